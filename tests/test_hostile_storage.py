"""A broken store: each failure one clear sentence, nothing lost, the file not made worse.

Database files cut short or damaged, read-only, on a full disk, or locked by another copy;
a PostgreSQL server that goes away in the middle of a session. Child processes
(:mod:`tests.db_child`) play the other program, the user without rights, and the process
whose files may not grow.
"""

from __future__ import annotations

import errno
import hashlib
import itertools
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import event, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry

from lagmote.db import plan_ops
from lagmote.db.engine import Database, open_database
from lagmote.db.errors import DatabaseError
from lagmote.db.models import Goal
from lagmote.db.store import Actor, Store, WriteResult
from lagmote.db.transfer import export_youth, import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.plan import GoalFields
from tests import db_child
from tests.pgserver import PgServer, _binary, _run, _start, start_pg_server
from tests.test_transfer import row_counts

TODAY = date(2026, 3, 1)
PASSPHRASE = "fiendtlig-passord"
ACTOR = Actor("Test Testesen", "oppfolger", "Bydel Test")
CHILD_TIMEOUT = 120.0
"""Seconds a child process may take; generous, for slow CI machines."""

DAMAGED = {
    "Databasefilen er skadet.",
    "Databasen kan ikke åpnes: feil nøkkel eller passord, eller filen er skadet.",
}
SERVER_GONE = {"Databaseserveren svarer ikke.", "Forbindelsen til databaseserveren ble brutt."}
CONNECTION_LOST = "Forbindelsen til databaseserveren ble brutt."
LOCKED = "Databasen er låst av et annet program som bruker den."
READ_ONLY = "Databasefilen kan ikke skrives til (skrivebeskyttet)."
DISK_FULL = "Disken er full, så endringen ble ikke lagret."
DISK_FAILED = "Lesing eller skriving til disken feilet."


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- database files -----------------------------------------------------------------------


def _make_case_file(path: Path) -> None:
    """A case file with the youth the child writes to, the demo, and goals over many pages."""
    database = open_database(str(path))
    try:
        store = Store(database.engine, ACTOR)
        import_document(store, db_child.base_document())
        import_document(store, build_demo(TODAY))
        for n in range(40):
            plan_ops.add_goal(store, 1, GoalFields(f"Mål {n}", why="x" * 3000), TODAY)
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def case_template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a case file, made once: each test gets a copy."""
    path = tmp_path_factory.mktemp("mal") / "case.db"
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
        _make_case_file(path)
    return path.read_bytes()


@pytest.fixture
def case_file(case_template: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "case.db"
    path.write_bytes(case_template)
    return path


def _use(path: Path) -> tuple[str, str] | None:
    """Open the file, read both youths' records and add a goal; where the first UserError
    came, and its sentence, or None when all went well."""
    try:
        database = open_database(str(path))
    except UserError as error:
        return "open", str(error)
    store = Store(database.engine, ACTOR)
    steps: list[tuple[str, Callable[[], object]]] = [
        ("first read", lambda: export_youth(store, 1)),
        ("second read", lambda: export_youth(store, 2)),
        ("write", lambda: plan_ops.add_goal(store, 1, GoalFields("Et nytt mål"), TODAY)),
    ]
    try:
        for step, run in steps:
            try:
                run()
            except UserError as error:
                return step, str(error)
    finally:
        database.dispose()
    return None


@pytest.mark.parametrize("pages", [1, 2, "quarter", "half", "all but one"])
def test_a_file_cut_at_a_page_boundary_is_refused_at_open(case_file: Path, pages: Any) -> None:
    data = case_file.read_bytes()
    total = len(data) // 4096
    keep = {"quarter": total // 4, "half": total // 2, "all but one": total - 1}.get(pages, pages)
    case_file.write_bytes(data[: keep * 4096])
    before = _digest(case_file)
    assert _use(case_file) == ("open", "Databasefilen er skadet.")
    assert _digest(case_file) == before


def test_a_file_cut_mid_page_is_refused_naming_it(case_file: Path) -> None:
    case_file.write_bytes(case_file.read_bytes()[:-1000])
    before = _digest(case_file)
    assert _use(case_file) == ("open", f"Databasefilen {case_file} er skadet eller ufullstendig.")
    assert _digest(case_file) == before


@pytest.mark.parametrize("seed", range(12))
def test_damage_in_the_middle_is_reported_when_met_and_the_file_not_written(
    case_file: Path, seed: int
) -> None:
    """Random bytes over a random spot after the first page. SQLCipher finds the damage when
    it reads the damaged page; until then the rest of the file works."""
    data = bytearray(case_file.read_bytes())
    rng = random.Random(seed)
    at = rng.randrange(4096, len(data) - 64)
    data[at : at + 64] = rng.randbytes(64)
    case_file.write_bytes(bytes(data))
    before = _digest(case_file)
    outcome = _use(case_file)
    if outcome is not None:
        step, sentence = outcome
        assert sentence in DAMAGED, sentence
        if step in ("open", "first read"):  # nothing was committed, so nothing written
            assert _digest(case_file) == before


def test_a_zeroed_page_is_reported_when_met(case_file: Path) -> None:
    """SQLCipher takes a page of zeros as never written rather than as damage, so the
    damage shows when SQLite reads the page."""
    data = bytearray(case_file.read_bytes())
    middle = len(data) // 4096 // 2
    data[middle * 4096 : (middle + 1) * 4096] = bytes(4096)
    case_file.write_bytes(bytes(data))
    outcome = _use(case_file)
    assert outcome is None or outcome[1] in DAMAGED


# --- read-only files, full disks, a second copy: in a child process -----------------------

NOBODY = 65534


def _child(*args: str, stdin: int | None = subprocess.DEVNULL) -> subprocess.Popen[str]:
    env = {**os.environ, "LAGMOTE_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, str(Path(db_child.__file__)), *args]
    return subprocess.Popen(
        command, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def _finish(child: subprocess.Popen[str]) -> tuple[list[str], str]:
    out, err = child.communicate(timeout=CHILD_TIMEOUT)
    return out.splitlines(), err


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def shared_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder a child without root's rights can reach (pytest's own are root's alone)."""
    if not _is_root():
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="lagmote-rettigheter-"))
    try:
        folder.chmod(0o755)
        yield folder
    finally:
        for path in (folder, *folder.rglob("*")):
            if path.is_dir():
                path.chmod(0o700)
        shutil.rmtree(folder)


def _as_user_args() -> list[str]:
    return ["--user", str(NOBODY)] if _is_root() else []


def _chown(*paths: Path) -> None:
    if _is_root():
        for path in paths:
            os.chown(path, NOBODY, NOBODY)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_file_or_folder_refuses_the_write_in_one_sentence(
    shared_folder: Path, case_template: bytes, what: str
) -> None:
    folder = shared_folder / "saker"
    folder.mkdir()
    path = folder / "case.db"
    path.write_bytes(case_template)
    _chown(folder, path)
    (path if what == "file" else folder).chmod(0o400 if what == "file" else 0o500)
    before = _digest(path)
    lines, errors = _finish(_child("write", str(path), "0", *_as_user_args()))
    assert lines == [f"feil: {READ_ONLY}"]
    assert errors == ""
    folder.chmod(0o700)
    assert _digest(path) == before


def _check_reported_changes(path: Path, reported: list[int]) -> None:
    """The file opens, is whole, and holds every change the child reported, each whole."""
    database = open_database(str(path))
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            goals = set(
                connection.scalars(select(Goal.text).where(Goal.youth_id == db_child.YOUTH_ID))
            )
        wanted = {db_child.label(n) for n in reported if db_child.kind(n) == db_child.GOAL}
        assert wanted <= goals
        plan_ops.add_goal(Store(database.engine, ACTOR), 1, GoalFields("Etterpå"), TODAY)
    finally:
        database.dispose()


def test_a_file_that_may_not_grow_refuses_the_write_and_keeps_what_was_saved(
    case_file: Path,
) -> None:
    """RLIMIT_FSIZE in the child: a disk full for this process only."""
    limit = case_file.stat().st_size + 300_000
    lines, errors = _finish(_child("write", str(case_file), "0", "--fsize", str(limit)))
    assert errors == ""
    *reported, last = lines
    assert last in (f"feil: {DISK_FULL}", f"feil: {DISK_FAILED}"), last
    assert reported == [str(n) for n in range(len(reported))]
    _check_reported_changes(case_file, [int(n) for n in reported])


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs: a disk that really fills up (needs root and a kernel that lets us)."""
    folder = tmp_path / "liten-disk"
    folder.mkdir()
    if not _is_root() or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("this system does not let the tests mount a tmpfs")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def _fill(path: Path) -> None:
    """Write ``path`` until the disk is full."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for chunk in (1 << 16, 1 << 12, 1 << 9):
            try:
                while True:
                    os.write(fd, bytes(chunk))
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
    finally:
        os.close(fd)


def test_a_full_disk_refuses_the_write_and_keeps_what_was_saved(
    small_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
    path, reserve, filler = small_disk / "case.db", small_disk / "reserve", small_disk / "fyll"
    database = open_database(str(path))
    try:
        store = Store(database.engine, ACTOR)
        import_document(store, db_child.base_document())
        reserve.write_bytes(bytes(200_000))
        _fill(filler)
        reserve.unlink()  # some room, soon used up
        saved: list[str] = []
        with pytest.raises(DatabaseError) as caught:
            for n in range(1_000):
                text = f"Mål {n}"
                plan_ops.add_goal(store, 1, GoalFields(text, why="y" * 4000), TODAY)
                saved.append(text)
        assert str(caught.value) == DISK_FULL
        assert saved, "the reserve should have held a few goals"
    finally:
        database.dispose()
    filler.unlink()
    database = open_database(str(path))
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            goals = list(connection.scalars(select(Goal.text).order_by(Goal.id)))
        assert goals == saved
    finally:
        database.dispose()


def test_a_new_file_on_a_full_disk_is_refused_and_leaves_nothing(
    small_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
    _fill(small_disk / "fyll")
    with pytest.raises(DatabaseError) as caught:
        open_database(str(small_disk / "case.db"))
    assert str(caught.value) == DISK_FULL
    assert sorted(p.name for p in small_disk.iterdir()) == ["fyll"]


def _short_busy_timeout(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.execute("PRAGMA busy_timeout = 300")


@pytest.fixture
def opened_case(case_file: Path) -> Iterator[Database]:
    database = open_database(str(case_file))
    yield database
    database.dispose()


def test_every_connection_waits_five_seconds_for_a_lock(opened_case: Database) -> None:
    with opened_case.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_a_copy_holding_the_lock_makes_a_write_wait_then_refuse_it(
    case_file: Path, opened_case: Database
) -> None:
    """The other copy holds the write lock past the wait (shortened here from 5 s)."""
    event.listen(opened_case.engine, "connect", _short_busy_timeout)
    opened_case.engine.dispose()  # new connections, with the short wait
    store = Store(opened_case.engine, ACTOR)
    before = row_counts(store)
    holder = _child("hold-lock", str(case_file), "0", stdin=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "låst\n"
        started = time.monotonic()
        with pytest.raises(DatabaseError) as caught:
            plan_ops.set_section(store, 1, "styrker", "Skrevet mens filen var låst")
        assert str(caught.value) == LOCKED
        assert time.monotonic() - started >= 0.25
    finally:
        lines, errors = _finish(holder)  # closes its stdin: it lets go
    assert lines == ["sluppet"] and errors == ""
    assert row_counts(store) == before
    plan_ops.set_section(store, 1, "styrker", "Skrevet etterpå")


def test_a_copy_holding_the_lock_briefly_only_delays_the_write(
    case_file: Path, opened_case: Database
) -> None:
    store = Store(opened_case.engine, ACTOR)
    holder = _child("hold-lock", str(case_file), "0.5")
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "låst\n"
        plan_ops.set_section(store, 1, "styrker", "Skrevet da låsen ble sluppet")
    finally:
        lines, errors = _finish(holder)
    assert lines == ["sluppet"] and errors == ""


# --- a PostgreSQL server that goes away ---------------------------------------------------


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    """A server of this module's own, since its tests stop and start it."""
    server = start_pg_server()
    yield server
    server.stop()


def _pg_ctl(server: PgServer, *args: str) -> subprocess.CompletedProcess[str]:
    return _run([_binary("pg_ctl"), *args, "-D", str(server.datadir)], cwd=server.datadir.parent)


def _stop(server: PgServer, mode: str) -> None:
    result = _pg_ctl(server, "stop", "-m", mode, "-w")
    assert result.returncode == 0, result.stderr


def _ensure_running(server: PgServer) -> None:
    if _pg_ctl(server, "status").returncode != 0:
        _start(_binary("pg_ctl"), server)


_databases = itertools.count()


@pytest.fixture
def server_store(own_server: PgServer) -> Iterator[tuple[Store, int]]:
    """A store on a fresh database of the own server, with the demo youth in it. The test
    server runs with ``synchronous_commit`` off, which can lose the last commits when it
    stops at once; the database here turns it on, as a real server has it."""
    _ensure_running(own_server)
    name = f"borte_{next(_databases)}"
    url = own_server.create_database(name)
    with psycopg.connect(
        host=str(own_server.socket_dir),
        port=own_server.port,
        user="postgres",
        dbname="postgres",
        autocommit=True,
    ) as connection:
        statement = sql.SQL("ALTER DATABASE {} SET synchronous_commit = on")
        connection.execute(statement.format(sql.Identifier(name)))
    database = open_database(url)
    store = Store(database.engine, ACTOR)
    try:
        yield store, import_document(store, build_demo(TODAY))
    finally:
        _ensure_running(own_server)
        database.dispose()


def _section(store: Store, youth_id: int) -> str:
    texts = {row["key"]: row["text"] for row in export_youth(store, youth_id)["plan_sections"]}
    return str(texts.get("styrker", ""))


def test_a_server_that_stops_refuses_the_edit_then_works_again(
    own_server: PgServer, server_store: tuple[Store, int]
) -> None:
    store, youth_id = server_store
    plan_ops.set_section(store, youth_id, "styrker", "Lagret før serveren stoppet")
    _stop(own_server, "immediate")
    for attempt in (
        lambda: plan_ops.set_section(store, youth_id, "styrker", "Skrevet mens den var borte"),
        lambda: export_youth(store, youth_id),
    ):
        with pytest.raises(UserError) as caught:
            attempt()
        assert str(caught.value) in SERVER_GONE
    _start(_binary("pg_ctl"), own_server)
    assert _section(store, youth_id) == "Lagret før serveren stoppet"
    plan_ops.set_section(store, youth_id, "styrker", "Lagret etterpå")
    assert _section(store, youth_id) == "Lagret etterpå"


@pytest.mark.parametrize("mode", ["immediate", "fast"])
def test_a_server_that_stops_mid_transaction_keeps_none_of_it(
    own_server: PgServer, server_store: tuple[Store, int], mode: str
) -> None:
    store, youth_id = server_store
    goals = len(export_youth(store, youth_id)["goals"])
    audit_rows = row_counts(store)["audit_log"]

    def write(session: Session) -> WriteResult:
        session.add(Goal(youth_id=youth_id, text="Halvveis", created_on=TODAY))
        session.flush()
        _stop(own_server, mode)
        session.add(Goal(youth_id=youth_id, text="Aldri", created_on=TODAY))
        session.flush()
        return WriteResult(youth_id)

    with pytest.raises(UserError) as caught:
        store.write(write)
    assert str(caught.value) == CONNECTION_LOST
    _start(_binary("pg_ctl"), own_server)
    assert row_counts(store)["audit_log"] == audit_rows
    assert len(export_youth(store, youth_id)["goals"]) == goals
    plan_ops.add_goal(store, youth_id, GoalFields("Lagret etterpå"), TODAY)
