"""The shared district database on a real PostgreSQL server: each user connects as their own
role and the database itself, not only the program, limits them to their teams' youths and
their own service's notes (issue 10)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from lagmote.cli import main
from lagmote.db.audit import Actor, AuditEvent
from lagmote.db.engine import Database, open_database
from lagmote.db.errors import DatabaseError
from lagmote.db.models import AuditEntry, ServiceNote, Youth
from lagmote.db.plan_queries import load_plan
from lagmote.db.queries import list_youths
from lagmote.db.store import Store, WriteResult
from lagmote.ui.main_window import MainWindow
from lagmote.ui.team_page import TeamPage
from tests.pgserver import PgServer

_names = itertools.count(1)


@dataclass
class District:
    """A district database with three users: an oppfølger, a school contact, a police officer."""

    server: PgServer
    dbname: str
    admin: Store
    oppfolger: str
    skole: str
    politi: str
    youth_a: int  # made by the oppfølger: on the oppfølger's team
    youth_b: int  # made by the administrator, the police officer put on its team

    def url(self, user: str) -> str:
        return self.server.url(self.dbname, user=user)

    def store(self, user: str) -> Store:
        database = open_database(self.url(user))
        opened.append(database)
        return Store(database.engine, Actor(user), database.db_role)

    def raw(self, user: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host=str(self.server.socket_dir),
            port=self.server.port,
            user=user,
            dbname=self.dbname,
            autocommit=True,
        )


opened: list[Database] = []


def _admin(url: str, *args: str) -> int:
    return main(["admin", *args, "--db", url])


def _add_user(url: str, name: str, role: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", _Lines("hemmelig-passord\n"))
    assert _admin(url, "add-user", name, "--role", role) == 0


class _Lines:
    """A standard input that is not a terminal, holding ``text``."""

    def __init__(self, text: str) -> None:
        self._lines = iter(text.splitlines(keepends=True))

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        return next(self._lines, "")


def _new_youth(store: Store, first_name: str) -> int:
    def write(session: object) -> WriteResult:
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        youth = Youth(first_name=first_name)
        session.add(youth)
        session.flush()
        result = WriteResult(youth.id)
        result.log("create", "youth", youth.id)
        return result

    changes = store.write(write)
    assert changes.youth_id is not None
    return changes.youth_id


@pytest.fixture
def district(
    pg_server: PgServer, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[District]:
    n = next(_names)
    assert _admin(pg_url, "init") == 0
    names = (f"oda{n}", f"kari{n}", f"per{n}")
    for name, role in zip(names, ("oppfolger", "skole", "politi"), strict=True):
        _add_user(pg_url, name, role, monkeypatch)
    admin_db = open_database(pg_url)
    opened.append(admin_db)
    admin = Store(admin_db.engine, Actor("Admin"), admin_db.db_role)
    dbname = make_url(pg_url).database
    assert dbname is not None
    place = District(pg_server, dbname, admin, *names, youth_a=0, youth_b=0)
    place.youth_a = _new_youth(place.store(place.oppfolger), "Aksel")
    place.youth_b = _new_youth(admin, "Bente")
    assert _admin(pg_url, "add-to-team", place.politi, "--youth", str(place.youth_b)) == 0
    yield place
    while opened:
        opened.pop().dispose()


def _seen(store: Store) -> set[int]:
    return {y.id for y in list_youths(store, date(2026, 12, 1))}


def test_each_user_sees_only_the_youths_whose_team_they_are_on(district: District) -> None:
    assert _seen(district.store(district.oppfolger)) == {district.youth_a}
    assert _seen(district.store(district.politi)) == {district.youth_b}
    assert _seen(district.store(district.skole)) == set()
    assert _seen(district.admin) == {district.youth_a, district.youth_b}


def test_a_raw_query_as_the_user_is_limited_too(district: District) -> None:
    """Not the program: psql or any other tool connecting as the user sees the same."""
    with district.raw(district.politi) as conn:
        ids = {row[0] for row in conn.execute("SELECT id FROM youth")}
        goals = conn.execute("SELECT count(*) FROM goal WHERE youth_id = %s", (district.youth_a,))
        team = {row[0] for row in conn.execute("SELECT youth_id FROM team_access")}
    assert ids == {district.youth_b}
    assert goals.fetchone() == (0,)
    assert team == {district.youth_b}


def test_refused_access_is_a_clear_sentence_not_an_empty_page(district: District) -> None:
    school = district.store(district.skole)
    with pytest.raises(DatabaseError, match="ikke tilgang til ungdom"):
        load_plan(school, district.youth_a)


def test_a_user_cannot_put_themselves_on_a_team(district: District) -> None:
    with district.raw(district.skole) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO team_access (youth_id, db_role) VALUES (%s, %s)",
            (district.youth_a, district.skole),
        )


def test_only_an_oppfolger_starts_a_follow_up(district: District) -> None:
    with pytest.raises(DatabaseError, match="ikke tilgang til å lagre"):
        _new_youth(district.store(district.skole), "Ny")


def _write_note(store: Store, youth_id: int, service: str, words: str) -> None:
    def write(session: object) -> WriteResult:
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        note = ServiceNote(
            youth_id=youth_id, service=service, text=words, written_on=date(2026, 12, 1),
            written_by="Per",
        )  # fmt: skip
        session.add(note)
        session.flush()
        result = WriteResult(youth_id)
        result.log("create", "service_note", note.id)
        return result

    store.write(write)


def _notes(store: Store, youth_id: int) -> list[str]:
    from lagmote.db.audit import AuditEvent

    return store.read(
        AuditEvent("read", "service_note", youth_id),
        lambda s: list(s.scalars(select(ServiceNote.text).where(ServiceNote.youth_id == youth_id))),
    )


def test_a_police_note_is_invisible_to_the_school(district: District, pg_url: str) -> None:
    police = district.store(district.politi)
    _write_note(police, district.youth_b, "politi", "Bekymringsmelding mottatt")
    assert _admin(pg_url, "add-to-team", district.skole, "--youth", str(district.youth_b)) == 0
    school = district.store(district.skole)
    assert district.youth_b in _seen(school)  # on the team, and sees the youth
    assert _notes(school, district.youth_b) == []  # but not the police's note
    assert _notes(police, district.youth_b) == ["Bekymringsmelding mottatt"]
    with district.raw(district.skole) as conn:
        assert conn.execute("SELECT count(*) FROM service_note").fetchone() == (0,)
    with pytest.raises(DatabaseError, match="ikke tilgang til å lagre"):  # nor write one
        _write_note(school, district.youth_b, "politi", "Falsk")


def test_removed_from_the_team_loses_access_at_once(district: District, pg_url: str) -> None:
    police = district.store(district.politi)
    assert _seen(police) == {district.youth_b}
    with district.raw(district.politi) as conn:  # a session that stays open throughout
        assert _admin(pg_url, "remove-from-team", district.politi, "--youth",
                      str(district.youth_b)) == 0  # fmt: skip
        assert conn.execute("SELECT count(*) FROM youth").fetchone() == (0,)
    assert _seen(police) == set()
    with pytest.raises(DatabaseError, match="ikke tilgang"):
        load_plan(police, district.youth_b)


def test_the_audit_log_records_the_database_role(district: District) -> None:
    """Whatever the program claims: the database writes the role that is connected."""
    database = open_database(district.url(district.politi))
    opened.append(database)
    lying = Store(database.engine, Actor("Per"), db_role="someone_else")
    load_plan(lying, district.youth_b)
    roles = district.admin.read(
        _audit_event(),
        lambda s: set(s.scalars(select(AuditEntry.db_role).where(AuditEntry.actor == "Per"))),
    )
    assert roles == {district.politi}


def _audit_event() -> AuditEvent:
    return AuditEvent("read", "audit_log")


def test_the_audit_log_is_insert_and_select_only(district: District) -> None:
    with district.raw(district.oppfolger) as conn:
        row = conn.execute("SELECT count(*) FROM audit_log").fetchone()
        assert row is not None and int(str(row[0])) > 0
        for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_changes_are_announced_without_content(district: District) -> None:
    oppfolger = district.store(district.oppfolger)
    with district.raw(district.oppfolger) as listener:
        listener.execute("LISTEN lagmote_changes")
        from lagmote.db import plan_ops

        plan_ops.set_section(oppfolger, district.youth_a, "onsker", "Bli snekker")
        payloads = [json.loads(n.payload) for n in listener.notifies(timeout=2, stop_after=1)]
    assert payloads[0]["youth"] == district.youth_a
    assert payloads[0]["table"] == "plan_section"
    assert payloads[0]["client"]  # the writer's client id, so a window knows its own
    assert "Bli snekker" not in json.dumps(payloads)


def test_admin_commands_refuse_bad_input_in_one_line(
    district: District, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _admin(pg_url, "add-user", "Robert'); DROP", "--role", "skole") == 1
    assert _admin(pg_url, "add-user", "nils", "--role", "astronaut") == 1
    assert _admin(pg_url, "add-to-team", "ukjent", "--youth", str(district.youth_a)) == 1
    assert _admin(pg_url, "remove-from-team", district.skole, "--youth", "1") == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 4 and all(line.startswith("lagmote: ") for line in err)
    assert "brukernavn" in err[0] and "Ukjent rolle" in err[1]


def test_admin_on_a_file_database_says_what_it_needs(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["admin", "init", "--db", "lagmote.db"]) == 1
    assert "PostgreSQL" in capsys.readouterr().err


def test_a_role_without_the_programs_rights_is_refused_clearly(
    district: District, pg_server: PgServer
) -> None:
    """A login role that is not a user of the program gets a sentence, not a traceback."""
    with district.raw("postgres") as conn:
        conn.execute("CREATE ROLE utenfor LOGIN")
    with pytest.raises(DatabaseError, match="ikke tilgang til denne databasen"):
        district.store("utenfor")


def test_add_user_again_changes_the_role_and_keeps_the_login(
    district: District, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", _Lines(""))  # no new password: keep the old one
    assert _admin(pg_url, "add-user", district.skole, "--role", "helse") == 0
    with district.admin.engine.connect() as conn:
        role = conn.execute(
            text("SELECT role FROM district_user WHERE db_role = :n"), {"n": district.skole}
        ).scalar()
    assert role == "helse"


def test_an_oppfolger_runs_the_whole_program_as_their_own_role(
    district: District, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo, every export and the window's pages, as a user bound by row-level security."""
    url = district.url(district.oppfolger)
    assert main(["demo", "--db", url]) == 0
    youth = int(capsys.readouterr().out.split()[-1])
    assert youth in _seen(district.store(district.oppfolger))
    assert youth not in _seen(district.store(district.politi))
    for command, out in (
        ("export-json", "saken.json"), ("export-plan", "plan.pdf"),
        ("export-evaluation", "evaluering.pdf"), ("export-minutes", "referat.pdf"),
    ):  # fmt: skip
        target = str(tmp_path / out)
        assert main([command, "--db", url, "--youth", str(youth), "--out", target]) == 0
        assert (tmp_path / out).stat().st_size > 0
    assert main(["export-plan", "--db", district.url(district.politi), "--youth", str(youth),
                 "--out", str(tmp_path / "nei.pdf")]) == 1  # fmt: skip
    assert "ikke tilgang" in capsys.readouterr().err


def _window(qtbot: QtBot, district: District, user: str) -> MainWindow:
    database = open_database(district.url(user))
    opened.append(database)
    window = MainWindow(None, "pg", today=lambda: date(2026, 12, 1))
    qtbot.addWidget(window)
    window.attach_store(Store(database.engine, Actor(user), database.db_role), "pg")
    return window


def test_the_window_of_a_user_taken_off_the_team_says_so(
    qtbot: QtBot, district: District, pg_url: str
) -> None:
    window = _window(qtbot, district, district.politi)
    assert window.youth_model.row_of(district.youth_b) >= 0
    assert _admin(pg_url, "remove-from-team", district.politi, "--youth",
                  str(district.youth_b)) == 0  # fmt: skip
    qtbot.waitUntil(lambda: window.youth_model.row_of(district.youth_b) < 0, timeout=5_000)
    assert "ikke lenger tilgjengelig" in window.statusBar().currentMessage()
    assert "ikke med i laget" in window.empty_note.text()  # not an empty list that says nothing
    window.close()


def test_the_police_see_their_notes_box_in_the_shared_database(
    qtbot: QtBot, district: District
) -> None:
    _write_note(district.store(district.politi), district.youth_b, "politi", "Avhør avtalt")
    window = _window(qtbot, district, district.politi)
    window.select_page("team")
    page = window.pages.page("team")
    assert isinstance(page, TeamPage)
    box = page.service_notes
    assert not box.isHidden() and box.notes.count() == 1
    assert "Avhør avtalt" in box.notes.item(0).text()
    window.close()


def test_two_users_editing_one_goal_never_overwrite_each_other(
    district: District, pg_url: str
) -> None:
    """Two people, each as their own database role, save the same goal's text: the second
    save is refused with a choice, and the first one's text stays."""
    from lagmote.db import plan_ops
    from lagmote.db.conflicts import EditConflict
    from lagmote.plan import GoalFields

    oda = district.store(district.oppfolger)
    assert _admin(pg_url, "add-to-team", district.skole, "--youth", str(district.youth_a)) == 0
    kari = district.store(district.skole)
    goal_id = plan_ops.add_goal(oda, district.youth_a, GoalFields("Gå på skolen"),
                                date(2026, 12, 1)).created_ids[0]  # fmt: skip
    seen_by_both = load_plan(kari, district.youth_a).goals[0].fields
    odas = replace(seen_by_both, text="Gå på skolen hver dag")
    plan_ops.update_goal(oda, district.youth_a, goal_id, odas, seen_by_both)
    karis = replace(seen_by_both, text="Møte på skolen")
    with pytest.raises(EditConflict) as refused:
        plan_ops.update_goal(kari, district.youth_a, goal_id, karis, seen_by_both)
    assert load_plan(kari, district.youth_a).goals[0].fields.text == "Gå på skolen hver dag"
    refused.value.save(refused.value.mine)  # "keep mine", as kari, over oda's
    assert load_plan(oda, district.youth_a).goals[0].fields.text == "Møte på skolen"
