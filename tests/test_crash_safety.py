"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it committed.

A child process (:mod:`tests.db_child`) makes numbered changes through the real operations
and prints each number after its commit has returned; it is killed at a random moment,
again and again. After every kill the database must open, pass ``PRAGMA integrity_check``,
hold every change the writer reported, hold nothing it did not (but the one change that was
being committed when the kill came), and hold no change in part: each goal with its audit
row, each imported youth with all its rows.

``LAGMOTE_CRASH_RUNS`` sets the number of kills (a few in the normal suite, e.g. 500 by
hand); ``LAGMOTE_CRASH_SEED`` repeats the random moments of an earlier run, whose seed a
failure names.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest
from sqlalchemy import Connection, func, select

from lagmote.db.engine import open_database
from lagmote.db.models import AuditEntry, Base, Goal, PlanSection, Youth
from lagmote.db.store import Actor, Store
from lagmote.db.transfer import import_document
from lagmote.db.transfer.spec import TABLES, Table
from tests import db_child

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

RUNS = int(os.environ.get("LAGMOTE_CRASH_RUNS") or 10)
RUNS_PER_FILE = 25
"""A fresh database after this many kills, so that a long run by hand stays fast."""
PASSPHRASE = "krasjtest-passord"
CHILD = Path(db_child.__file__)
STARTUP_TIMEOUT = 60.0
"""Seconds a writer may take to make its first change; generous, for slow CI machines."""


def _document_rows(document: dict[str, Any]) -> Counter[str]:
    """Rows per table that importing ``document`` makes."""
    counts: Counter[str] = Counter({Youth.__tablename__: 1})

    def walk(table: Table, rows: list[dict[str, Any]]) -> None:
        counts[str(table.model.__tablename__)] += len(rows)
        for row in rows:
            for child in table.children:
                walk(child, row[child.key])

    for table in TABLES:
        walk(table, document[table.key])
    return counts


IMPORT_ROWS = _document_rows(db_child.import_document_for(0))


# --- what the database holds after a kill -------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """What a killed writer left, read without the Store (a read would add audit rows)."""

    integrity: list[str]
    goals: list[int | None]
    imports: list[int | None]
    section: int | None
    audit: Counter[tuple[str, str]]
    rows: dict[str, int]


def _snapshot(path: Path) -> Snapshot:
    database = open_database(str(path))
    try:
        with database.engine.connect() as connection:
            return _read_snapshot(connection)
    finally:
        database.dispose()


def _read_snapshot(connection: Connection) -> Snapshot:
    integrity = [str(r) for r in connection.exec_driver_sql("PRAGMA integrity_check").scalars()]
    goals = connection.scalars(select(Goal.text).where(Goal.youth_id == db_child.YOUTH_ID))
    youths = connection.scalars(select(Youth.first_name).where(Youth.id != db_child.YOUTH_ID))
    section = connection.scalar(
        select(PlanSection.text).where(
            PlanSection.youth_id == db_child.YOUTH_ID, PlanSection.key == db_child.SECTION
        )
    )
    audit = connection.execute(
        select(AuditEntry.action, AuditEntry.object, func.count()).group_by(
            AuditEntry.action, AuditEntry.object
        )
    )
    rows = {
        table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
        for table in Base.metadata.sorted_tables
    }
    return Snapshot(
        integrity,
        [db_child.number(text) for text in goals],
        [db_child.number(name) for name in youths],
        None if section is None else db_child.number(section),
        Counter({(action, obj): count for action, obj, count in audit}),
        rows,
    )


# --- the bookkeeping of what must be there ------------------------------------------------


@dataclass
class Ledger:
    """The changes known to be committed, and where the next writer starts."""

    committed: set[int] = field(default_factory=set)
    next_start: int = 0

    def of_kind(self, kind: str, extra: Iterable[int] = ()) -> set[int]:
        return {n for n in (*self.committed, *extra) if db_child.kind(n) == kind}


def _check(snapshot: Snapshot, ledger: Ledger, in_flight: int, where: str) -> bool:
    """Check the snapshot against the ledger (which holds this run's reported changes);
    return whether the change in flight was committed too."""
    assert snapshot.integrity == ["ok"], where
    goals, imports = set(snapshot.goals), set(snapshot.imports)
    assert len(goals) == len(snapshot.goals) and None not in goals, where
    assert len(imports) == len(snapshot.imports) and None not in imports, where
    for kind, found in ((db_child.GOAL, goals), (db_child.IMPORT, imports)):
        expected = ledger.of_kind(kind)
        assert expected <= found <= expected | {in_flight}, f"{where}: {kind}"
    sections = ledger.of_kind(db_child.PLAN_SECTION)
    section_in_flight = snapshot.section == in_flight
    if section_in_flight:
        sections.add(in_flight)
    assert snapshot.section == max(sections, default=None), f"{where}: plan section"
    _check_whole_changes(snapshot, len(sections), where)
    return in_flight in goals | imports or section_in_flight


def _check_whole_changes(snapshot: Snapshot, section_writes: int, where: str) -> None:
    """No change in part: an audit row for each goal and each section write, one import row
    for each imported youth, and every table's rows those changes account for."""
    goals, imports = len(snapshot.goals), len(snapshot.imports)
    audit = snapshot.audit
    assert audit["create", "goal"] == goals, where
    assert audit["import", "youth"] == imports + 1, where  # and the youth the goals go to
    sections = audit["create", "plan_section"] + audit["update", "plan_section"]
    assert sections == section_writes, where
    own = Counter({"youth": 1, "goal": goals, "plan_section": min(section_writes, 1)})
    for table, count in snapshot.rows.items():
        if table not in ("audit_log", "alembic_version"):
            expected = imports * IMPORT_ROWS[table] + own[table]
            assert count == expected, f"{where}: {table} has {count} rows, not {expected}"


# --- running and killing a writer ---------------------------------------------------------


class _Lines:
    """The complete lines a child writes, read in a thread; ``first`` is set at the first
    line or at the end of output."""

    def __init__(self, stream: IO[str]) -> None:
        self.lines: list[str] = []
        self.first = threading.Event()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.append(line)
            self.first.set()
        self.first.set()

    def finish(self) -> list[str]:
        self._thread.join(timeout=STARTUP_TIMEOUT)
        assert not self._thread.is_alive()
        return [line for line in self.lines if line.endswith("\n")]


def _child_env() -> dict[str, str]:
    return {**os.environ, "LAGMOTE_PASSPHRASE": PASSPHRASE}


def _kill_writer_at_random(path: Path, start: int, rng: random.Random, log: Path) -> list[int]:
    """Start a writer at change ``start``, kill it at a random moment (most often while it
    writes, sometimes while it starts and opens the file), and return the numbers it
    reported."""
    command = [sys.executable, str(CHILD), "write", str(path), str(start)]
    with log.open("w") as errors:
        child = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, text=True, env=_child_env()
        )
        assert child.stdout is not None
        lines = _Lines(child.stdout)
        try:
            if rng.random() < 0.2:  # while it starts, opens the file or begins to write
                time.sleep(rng.uniform(0.05, 0.7))
            else:
                assert lines.first.wait(STARTUP_TIMEOUT), "the writer never started"
                time.sleep(rng.uniform(0.0, 0.4))
            child.send_signal(signal.SIGKILL)
        finally:
            child.kill()
            child.wait(timeout=STARTUP_TIMEOUT)
            child.stdout.close()
    reported, errors_text = lines.finish(), log.read_text()
    assert child.returncode == -signal.SIGKILL, f"the writer stopped: {reported[-3:]} {errors_text}"
    assert errors_text == "", "the writer wrote to stderr"
    return [int(line) for line in reported]


def _new_database(path: Path) -> None:
    database = open_database(str(path))
    try:
        import_document(Store(database.engine, Actor("Krasjtest")), db_child.base_document())
    finally:
        database.dispose()


def test_a_writer_killed_at_random_moments_loses_nothing_it_committed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
    seed = int(os.environ.get("LAGMOTE_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    ledger, path = Ledger(), tmp_path / "case.db"
    reported_total = 0
    for run in range(RUNS):
        if run % RUNS_PER_FILE == 0:
            ledger, path = Ledger(), tmp_path / f"case-{run}.db"
            _new_database(path)
        reported = _kill_writer_at_random(path, ledger.next_start, rng, tmp_path / "stderr.txt")
        assert reported == list(range(ledger.next_start, ledger.next_start + len(reported)))
        in_flight = ledger.next_start + len(reported)
        ledger.committed.update(reported)
        where = f"LAGMOTE_CRASH_SEED={seed}, run {run}, change {in_flight} in flight"
        if _check(_snapshot(path), ledger, in_flight, where):
            ledger.committed.add(in_flight)
        ledger.next_start = in_flight + 1
        reported_total += len(reported)
    assert reported_total > 0, f"no writer got to commit anything (seed {seed})"
