"""The audit log, readable: what is logged shows up with who did it, one youth's log can be
read (and that read is logged once), the command line prints it, the database refuses to
change it, the window shows it in plain words, and every action and object the code base
logs has words."""

from __future__ import annotations

import ast
import getpass
import re
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

import lagmote
from lagmote.audit_view import (
    ACTIONS,
    DETAIL_WORDS,
    SPECIAL,
    AuditGroup,
    AuditLine,
    cli_line,
    describe,
    group_reads,
    group_text,
    phrase,
    reads_only,
    sentence,
    when,
    who,
)
from lagmote.db import settings as db_settings
from lagmote.db.audit_queries import load_audit
from lagmote.db.engine import Database
from lagmote.db.errors import DatabaseError
from lagmote.db.meeting_ops import TEXT_FIELDS
from lagmote.db.models import AuditEntry
from lagmote.db.plan_ops import set_section
from lagmote.db.plan_queries import load_plan
from lagmote.db.queries import load_overview
from lagmote.db.schema import alembic_config
from lagmote.db.store import Actor, AuditEvent, Store
from lagmote.db.transfer import export_youth, import_document
from lagmote.demo import build_demo
from lagmote.standard import (
    INCIDENT_PLAN_FIELDS,
    LAGMOTE_AGENDA,
    PERSPECTIVES,
    PLAN_SECTIONS,
    STEPS,
)
from lagmote.ui.audit_dialog import ACTION_ROLE, AuditDialog
from lagmote.ui.main_window import MainWindow
from lagmote.ui.theme import NORMAL, apply_theme
from tests.pgserver import PgServer
from tests.test_cli import assert_one_line_error, run

TODAY = date(2026, 12, 1)
ACTOR = ("Test Testesen", "oppfolger", "Bydel Test")  # as conftest's stores are made


def _demo(store: Store) -> int:
    return import_document(store, build_demo(TODAY), as_new=True)


def _rows(store: Store) -> int:
    with Session(store.engine) as session:
        return session.scalar(select(func.count(AuditEntry.id))) or 0


# --- what is logged shows up ---------------------------------------------------------------


def test_reads_changes_and_exports_appear_with_who_did_them(any_store: Store) -> None:
    youth_id = _demo(any_store)
    load_overview(any_store, youth_id, TODAY)
    load_plan(any_store, youth_id)
    set_section(any_store, youth_id, "mal", "Bli ferdig med ungdomsskolen.")
    export_youth(any_store, youth_id)
    any_store.log(AuditEvent("print", "youth", youth_id, youth_id, "sheet"))
    lines = load_audit(any_store, youth_id, 5)
    assert [(x.action, x.object, x.detail) for x in lines] == [
        ("print", "youth", "sheet"),
        ("export", "youth", ""),
        ("update", "plan_section", "mal"),
        ("read", "youth", "plan"),
        ("read", "youth", "overview"),
    ]
    assert {(x.actor, x.actor_role, x.actor_org) for x in lines} == {ACTOR}
    assert all(x.youth_id == youth_id and x.at.tzinfo is not None for x in lines)
    assert [describe(x) for x in lines[:3]] == [
        "skrev ut planen på én side",
        "lagret hele saken som fil",
        "endret planen (Mine mål)",
    ]
    assert who(lines[0]) == "Test Testesen (Én-til-én-oppfølger, Bydel Test)"


def test_the_import_is_the_oldest_line_and_times_are_the_databases(any_store: Store) -> None:
    youth_id = _demo(any_store)
    lines = load_audit(any_store, youth_id, None)
    assert (lines[-1].action, lines[-1].object) == ("import", "youth")
    assert abs(lines[-1].at - datetime.now(UTC)) < timedelta(minutes=5)


def test_reading_the_log_is_logged_once_not_per_row(any_store: Store) -> None:
    youth_id = _demo(any_store)
    for _ in range(3):
        load_overview(any_store, youth_id, TODAY)
    before = _rows(any_store)
    load_audit(any_store, youth_id, None)
    assert _rows(any_store) == before + 1
    newest = load_audit(any_store, youth_id, 1)[0]
    assert (newest.action, newest.object, newest.youth_id) == ("read", "audit_log", youth_id)
    assert describe(newest) == "leste loggen over hvem som har sett saken"
    load_audit(any_store, None, None)
    whole = load_audit(any_store, None, 1)[0]
    assert (whole.action, whole.object, whole.youth_id) == ("list", "audit_log", None)


def test_one_youths_log_holds_only_that_youth_and_limit_keeps_the_newest(
    any_store: Store,
) -> None:
    first, second = _demo(any_store), _demo(any_store)
    load_plan(any_store, first)
    load_plan(any_store, second)
    assert {x.youth_id for x in load_audit(any_store, first, None)} == {first}
    assert {x.youth_id for x in load_audit(any_store, second, None)} == {second}
    everything = load_audit(any_store, None, None)
    assert {x.youth_id for x in everything} == {first, second}
    newest = load_audit(any_store, second, 2)
    assert [(x.action, x.object) for x in newest] == [("read", "audit_log"), ("read", "youth")]


def test_an_unknown_youth_is_refused_and_nothing_is_logged(any_store: Store) -> None:
    _demo(any_store)
    before = _rows(any_store)
    with pytest.raises(DatabaseError, match="Fant ingen ungdom med id 999"):
        load_audit(any_store, 999, None)
    assert _rows(any_store) == before


def test_a_youth_whose_record_is_gone_still_has_a_log(any_store: Store) -> None:
    any_store.log(AuditEvent("read", "youth", 4242, 4242, "plan"))
    lines = load_audit(any_store, 4242, None)
    assert [(x.action, x.detail) for x in lines] == [("read", "plan")]


# --- the log cannot be changed ---------------------------------------------------------------


def _refused(database: Database, statement: str) -> None:
    with pytest.raises(Exception, match="append-only"), database.engine.begin() as connection:
        connection.execute(text(statement))


def test_the_database_refuses_update_and_delete(any_database: Database) -> None:
    store = Store(any_database.engine, Actor(*ACTOR))
    youth_id = _demo(store)
    before = load_audit(store, youth_id, None)
    _refused(any_database, "UPDATE audit_log SET actor = 'noen andre'")
    _refused(any_database, "DELETE FROM audit_log")
    if any_database.engine.dialect.name == "postgresql":
        _refused(any_database, "TRUNCATE audit_log")
    with pytest.raises(Exception, match="append-only"), Session(any_database.engine) as session:
        session.delete(session.scalars(select(AuditEntry)).first())
        session.commit()
    after = load_audit(store, youth_id, None)
    assert after[1:] == before  # the same rows, and one more: the read just now


def _downgrade(database: Database, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = alembic_config()
    assert isinstance(config, Config)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _public_grants(database: Database) -> set[str]:
    query = text(
        "SELECT privilege_type FROM information_schema.role_table_grants "
        "WHERE table_name = 'audit_log' AND grantee = 'PUBLIC'"
    )
    with database.engine.connect() as connection:
        return set(connection.execute(query).scalars())


def test_postgresql_takes_update_delete_and_truncate_from_public(pg_url: str) -> None:
    from lagmote.db.engine import open_database
    from lagmote.db.schema import upgrade

    database = open_database(pg_url)
    try:
        with database.engine.begin() as connection:
            connection.execute(text("GRANT UPDATE, DELETE, TRUNCATE ON audit_log TO PUBLIC"))
        assert _public_grants(database) == {"UPDATE", "DELETE", "TRUNCATE"}
        _downgrade(database, "0003")
        upgrade(database.engine)  # 0003 → 0004
        assert _public_grants(database) == set()
    finally:
        database.dispose()


_CHANGING_THE_LOG = re.compile(
    r"(UPDATE\s+audit_log|DELETE\s+FROM\s+audit_log|TRUNCATE\s+(TABLE\s+)?audit_log"
    r"|update\(\s*AuditEntry|delete\(\s*AuditEntry)",
    re.IGNORECASE,
)


def test_no_code_path_updates_or_deletes_the_log() -> None:
    package = Path(lagmote.__file__).parent
    found = [
        f"{path.relative_to(package)}: {match.group(0)}"
        for path in package.rglob("*.py")
        if "migrations" not in path.parts
        for match in _CHANGING_THE_LOG.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


# --- the command line ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("audit") / "demo.db"
    for _ in range(2):
        result = run("demo", "--db", str(path))
        assert result.returncode == 0, result.stderr
    youth_id = result.stdout.strip().splitlines()[-1]
    return path, youth_id


def _fields(stdout: str) -> list[list[str]]:
    return [line.split("\t") for line in stdout.splitlines()]


def test_cli_prints_one_line_per_entry_newest_first(cli_db: tuple[Path, str]) -> None:
    path, youth_id = cli_db
    result = run("audit", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    rows = _fields(result.stdout)
    assert all(len(row) == 8 for row in rows), result.stdout
    times = [datetime.fromisoformat(row[0]) for row in rows]
    assert times == sorted(times, reverse=True)
    assert all(t.utcoffset() in (timedelta(hours=1), timedelta(hours=2)) for t in times)
    imports = [row for row in rows if row[4:6] == ["import", "youth"]]
    assert [row[6] for row in imports] == [youth_id, str(int(youth_id) - 1)]
    assert imports[0][1:4] == [getpass.getuser(), "-", "-"]


def test_cli_youth_filter_and_limit(cli_db: tuple[Path, str]) -> None:
    path, youth_id = cli_db
    result = run("audit", "--db", str(path), "--youth", youth_id)
    assert result.returncode == 0, result.stderr
    rows = _fields(result.stdout)
    assert rows and {row[6] for row in rows} == {youth_id}
    limited = run("audit", "--db", str(path), "--youth", youth_id, "--limit", "1")
    rows = _fields(limited.stdout)
    # The newest row is the read of the log by the command before.
    assert [row[4:7] for row in rows] == [["read", "audit_log", youth_id]]


def test_cli_unknown_youth_is_one_line_on_stderr(cli_db: tuple[Path, str]) -> None:
    path, _ = cli_db
    result = run("audit", "--db", str(path), "--youth", "999")
    assert_one_line_error(result, "Fant ingen ungdom med id 999")
    assert result.stdout == ""


@pytest.mark.parametrize("args", [("audit",), ("audit", "--db", "x.db", "--limit", "0")])
def test_cli_wrong_usage_is_one_line(args: tuple[str, ...]) -> None:
    assert_one_line_error(run(*args), "Se «lagmote audit --help»")


def test_cli_line_keeps_one_line_per_entry() -> None:
    line = replace(_line("read", "youth", "plan"), actor="Navn\tmed\nlinjeskift", actor_org="")
    fields = cli_line(line).split("\t")
    assert len(fields) == 8
    assert fields[:4] == ["2026-12-01T14:03:00+01:00", "Navn med linjeskift", "oppfolger", "-"]


# --- the words -----------------------------------------------------------------------------


def _line(
    action: str,
    obj: str,
    detail: str = "",
    at: datetime = datetime(2026, 12, 1, 13, 3, tzinfo=UTC),
    actor: str = "Jonas Prøve Berg",
) -> AuditLine:
    return AuditLine(at, actor, "oppfolger", "Bydel X", "", 1, action, obj, None, detail)


def test_a_line_in_plain_words_in_oslo_time() -> None:
    group = AuditGroup((_line("read", "youth", "plan"),))
    assert sentence(group) == (
        "01.12.2026 14:03 · Jonas Prøve Berg (Én-til-én-oppfølger, Bydel X) leste planen"
    )
    assert when(datetime(2026, 7, 1, 12, 0, tzinfo=UTC)) == "01.07.2026 14:00"  # summer time
    assert when(datetime(2026, 7, 1, 12, 0)) == "01.07.2026 14:00"  # SQLite: UTC, no zone
    assert who(replace(_line("read", "youth"), actor_role="", actor_org="")) == "Jonas Prøve Berg"
    assert who(replace(_line("read", "youth"), actor_role="Saksbehandler")) == (
        "Jonas Prøve Berg (Saksbehandler, Bydel X)"
    )


def test_reads_by_one_person_within_a_minute_are_one_line() -> None:
    t = datetime(2026, 12, 1, 13, 3, 50, tzinfo=UTC)
    lines = [
        _line("read", "youth", "plan", t),
        _line("read", "youth", "plan", t - timedelta(seconds=20)),
        _line("read", "youth", "overview", t - timedelta(seconds=40)),
        _line("read", "youth", "plan", t - timedelta(seconds=59)),
        _line("read", "youth", "plan", t - timedelta(seconds=61)),  # more than a minute
        _line("update", "goal", "", t - timedelta(seconds=62)),
        _line("read", "youth", "plan", t - timedelta(seconds=63)),
        _line("read", "youth", "plan", t - timedelta(seconds=64), actor="Noen Andre"),
    ]
    groups = group_reads(lines)
    assert [g.count for g in groups] == [4, 1, 1, 1, 1]
    assert group_text(groups[0]) == "leste planen og oversikten (4 ganger)"  # oldest first
    assert [group_text(g) for g in groups[1:3]] == ["leste planen", "endret et mål"]
    same = group_reads([_line("read", "youth", "plan", t - timedelta(seconds=s)) for s in (0, 9)])
    assert group_text(same[0]) == "leste planen (2 ganger)"
    assert [g.action for g in reads_only(groups)] == ["read"] * 4


def test_something_not_worded_yet_is_shown_by_its_codes() -> None:
    assert phrase("read", "nytt_objekt") is None
    assert phrase("update", "goal", "nytt_felt") is None
    assert describe(_line("update", "nytt_objekt", "felt")) == "update nytt_objekt felt"


def test_the_standards_keys_have_words() -> None:
    keys = {s.key for s in (*PLAN_SECTIONS, *INCIDENT_PLAN_FIELDS)}
    keys |= {item.key for item in LAGMOTE_AGENDA} | set(PERSPECTIVES) | {s.key for s in STEPS}
    keys |= set(TEXT_FIELDS)
    keys |= {
        value.key
        for value in vars(db_settings).values()
        if isinstance(value, db_settings.NumberSetting)
    }
    assert keys - set(DETAIL_WORDS) == set()


# Where each logging call takes its action, object(s) and detail: positions of the
# arguments, or a fixed action ("create" for ``created``).
_CALLS: dict[str, tuple[int | str, tuple[int, ...], int | None]] = {
    "AuditEvent": (0, (1,), 4),
    "log": (0, (1,), 3),  # WriteResult.log; Store.log takes an AuditEvent, found by itself
    "logged": (1, (2,), 4),
    "created": ("create", (1,), None),
    "delete_with_children": ("delete", (2, 4), None),
    "_delete_child": ("delete", (4,), None),
}


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _arg(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if position < len(call.args):
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _logged_in(call: ast.Call) -> Iterator[tuple[str, str, str]]:
    spec = _CALLS.get(_name(call))
    if spec is None or len(call.args) < 2:
        return
    action_at, object_at, detail_at = spec
    if isinstance(action_at, str):
        actions: tuple[str, ...] = (action_at,)
    else:
        found = _literal(_arg(call, action_at, "action"))
        actions = (found,) if found is not None else ACTIONS  # a variable: any of them
    detail = _literal(_arg(call, detail_at, "detail")) if detail_at is not None else ""
    for position in object_at:
        obj = _literal(_arg(call, position, "obj"))
        if obj is not None:
            yield from ((action, obj, detail or "") for action in actions)


def _logged_in_code_base() -> set[tuple[str, str, str]]:
    found: set[tuple[str, str, str]] = set()
    for path in Path(lagmote.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                found.update(_logged_in(node))
    return found


def test_every_action_and_object_the_code_base_logs_has_words() -> None:
    logged = _logged_in_code_base()
    assert ("update", "plan_section", "") in logged  # the scan finds what it should
    assert ("export", "youth", "minutes") in logged
    assert ("delete", "area_rating", "") in logged
    assert ("read", "audit_log", "") in logged
    unworded = sorted(t for t in logged if phrase(*t) is None)
    assert unworded == []
    assert all(phrase(action, "youth") is not None for action in ACTIONS)
    assert all(action != "read" for action, _, _ in SPECIAL)  # reads are joined by their things


# --- the window ----------------------------------------------------------------------------


def _dialog(qtbot: QtBot, store: Store) -> tuple[AuditDialog, int]:
    youth_id = _demo(store)
    load_overview(store, youth_id, TODAY)
    load_plan(store, youth_id)
    set_section(store, youth_id, "mal", "Bli ferdig med ungdomsskolen.")
    dialog = AuditDialog(store, youth_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, youth_id


def _texts(dialog: AuditDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_dialog_shows_the_lines_and_filters_the_reads(
    qtbot: QtBot, store: Store, qtmodeltester: ModelTester
) -> None:
    dialog, youth_id = _dialog(qtbot, store)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    what = _texts(dialog, model.COL_WHAT)
    assert what == [
        "endret planen (Mine mål)",
        "leste oversikten og planen",
        "leste inn saken fra en fil",
    ]
    assert set(_texts(dialog, model.COL_WHO)) == {"Test Testesen (Én-til-én-oppfølger, Bydel Test)"}
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", t) for t in _texts(dialog, 0))
    dialog.reads_button.click()
    assert _texts(dialog, model.COL_WHAT) == ["leste oversikten og planen"]
    assert {model.index(r, 0).data(ACTION_ROLE) for r in range(model.rowCount())} == {"read"}
    qtmodeltester.check(model)
    dialog.all_button.click()
    assert len(_texts(dialog, model.COL_WHAT)) == 3
    newest = [(x.action, x.object) for x in load_audit(store, youth_id, 2)]
    assert newest == [("read", "audit_log"), ("update", "plan_section")]  # the dialog's, once
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_a_long_line_wraps_onto_a_taller_row(qtbot: QtBot, store: Store) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, NORMAL)  # as the window does (plain Fusion does not wrap item text)
    dialog, _ = _dialog(qtbot, store)
    t = datetime(2026, 12, 1, 13, 3, tzinfo=UTC)
    parts = ("overview", "plan", "week", "kartlegging", "team", "lagmoter", "evaluations")
    long = AuditGroup(tuple(_line("read", "youth", p, t) for p in parts))
    dialog.model.set_groups([long, AuditGroup((_line("read", "youth", "plan", t),))])
    dialog.resize(700, 500)
    qtbot.waitUntil(lambda: dialog.table.rowHeight(0) > 1.5 * dialog.table.rowHeight(1))
    assert dialog.table.textElideMode() == Qt.TextElideMode.ElideNone


def test_the_window_action_opens_it_for_the_youth_shown_and_is_off_in_meeting_mode(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    youth_id = _demo(store)
    opened: list[int] = []

    def exec_(dialog: AuditDialog) -> int:
        opened.append(dialog.youth_id)
        return 0

    monkeypatch.setattr(AuditDialog, "exec", exec_)
    window = MainWindow(store, "test", lambda: TODAY)
    qtbot.addWidget(window)
    window.reload()
    action = window.audit_action
    assert action.shortcut().toString() == "Ctrl+Shift+H"
    assert action.isEnabled()
    action.trigger()
    assert opened == [youth_id]
    window.set_meeting_mode(True, full_screen=False)
    assert not action.isEnabled()
    action.trigger()
    assert opened == [youth_id]
    window.set_meeting_mode(False)
    assert action.isEnabled()


def test_the_application_role_may_only_add_to_and_read_the_log(
    pg_server: PgServer, pg_url: str
) -> None:
    """A user's login role, a member of lagmote_app, is refused UPDATE and DELETE on the log
    by the grants themselves (before any trigger), and may INSERT and SELECT."""
    from sqlalchemy import create_engine, make_url
    from sqlalchemy.exc import ProgrammingError

    from lagmote.db.engine import open_database

    database = open_database(pg_url)
    name = f"bruker_{uuid.uuid4().hex[:8]}"
    with database.engine.begin() as connection:
        connection.execute(text(f"CREATE ROLE {name} LOGIN IN ROLE lagmote_app"))
    database.dispose()
    dbname = make_url(pg_url).database
    assert dbname is not None
    engine = create_engine(pg_server.url(dbname, user=name))
    try:
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO audit_log (actor, actor_role, actor_org, db_role, action, object, "
                "detail) VALUES ('a', '', '', '', 'read', 'youth', '')"
            ))  # fmt: skip
            assert connection.execute(text("SELECT count(*) FROM audit_log")).scalar()
        for statement in ("UPDATE audit_log SET actor = 'b'", "DELETE FROM audit_log"):
            with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as c:
                c.execute(text(statement))
        with engine.begin() as connection:  # the record's own tables are open to it
            connection.execute(text("SELECT count(*) FROM youth"))
    finally:
        engine.dispose()
