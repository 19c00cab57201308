"""Live refresh on a shared PostgreSQL database: what another program writes shows up in the
open window, our own writes and other youths' changes do not make it read again, and what
the user is typing survives the refresh.

The "other program" also sends, right after its write, the notification the database's own
triggers (migration 0005) send, so that the window's side is tested on its own.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from lagmote.db import plan_ops
from lagmote.db.engine import Database, open_database
from lagmote.db.listener import ChangeListener, RemoteChange, parse_payload
from lagmote.db.plan_queries import load_plan
from lagmote.db.store import Actor, Changes, Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.plan import GoalFields
from lagmote.ui import conflict_dialog
from lagmote.ui.change_watch import COALESCE_MS
from lagmote.ui.main_window import MainWindow
from lagmote.ui.plan_page import PlanPage

TODAY = date(2026, 12, 1)
WAIT_MS = 5_000
OTHER_CLIENT = "the-other-program"
QUIET_MS = COALESCE_MS * 3  # long enough for a notification to have been acted on


def notify(engine: Engine, youth: int | None, table: str, client: str = OTHER_CLIENT) -> None:
    """The notification the trigger sends for a row written in ``table``."""
    payload = json.dumps({"youth": youth, "table": table, "client": client})
    with engine.begin() as connection:
        connection.execute(text("SELECT pg_notify('lagmote_changes', :p)"), {"p": payload})


class Setup:
    """The window on the shared database, and another program's store on the same one."""

    def __init__(self, qtbot: QtBot, url: str) -> None:
        self.database = open_database(url)
        self.client = self.database.client_id
        self.store = Store(self.database.engine, Actor("Test Testesen", "oppfolger"))
        self.youth_id = import_document(self.store, build_demo(TODAY))
        self.other: Database = open_database(url)
        self.other_store = Store(self.other.engine, Actor("Annen Bruker", "fagansvarlig"))
        self.window = MainWindow(None, "pg", today=lambda: TODAY)
        qtbot.addWidget(self.window)
        self.window.attach_store(self.store, "pg")
        self.window.select_page("plan")
        self.page: PlanPage = self.window.pages.page("plan")  # type: ignore[assignment]
        self.changed: list[Changes] = []
        self.window.editor.changed.connect(self.changed.append)

    def other_writes(self, write: Callable[[Store], Changes], youth: int | None = None) -> None:
        """A change by the other program, and its notification for every table it wrote."""
        changes = write(self.other_store)
        for table in changes.objects:
            notify(self.other.engine, youth if youth is not None else changes.youth_id, table)

    def close(self) -> None:
        self.window.close()
        self.other.dispose()
        self.database.dispose()


@pytest.fixture
def setup(qtbot: QtBot, pg_url: str) -> Iterator[Setup]:
    shared = Setup(qtbot, pg_url)
    assert shared.window.server_link is not None
    assert shared.window.server_link.watch.listening
    yield shared
    shared.close()


# --- payloads --------------------------------------------------------------------------


def test_payloads_we_do_not_understand_or_wrote_ourselves_are_left_out() -> None:
    ok = json.dumps({"youth": 7, "table": "goal", "client": "them"})
    assert parse_payload(ok, "us") == RemoteChange(7, "goal")
    assert parse_payload(ok.encode(), "us") == RemoteChange(7, "goal")
    assert parse_payload(json.dumps({"youth": None, "table": "setting"}), "us") == RemoteChange(
        None, "setting"
    )
    ours = json.dumps({"youth": 7, "table": "goal", "client": "us"})
    assert parse_payload(ours, "us") is None
    for bad in (
        "not json",
        "[1, 2]",
        json.dumps({"youth": 7}),
        json.dumps({"youth": "7", "table": "goal"}),
        json.dumps({"youth": True, "table": "goal"}),
        json.dumps({"youth": 7, "table": ""}),
        json.dumps({"youth": 7, "table": "audit_log"}),  # every read writes one
    ):
        assert parse_payload(bad, "us") is None, bad


def test_the_listener_hears_others_and_not_itself(pg_url: str) -> None:
    database = open_database(pg_url)
    client = database.client_id
    assert client
    try:
        listener = ChangeListener(database.engine)
        assert listener.client_id == client
        notify(database.engine, 3, "goal")
        notify(database.engine, 3, "goal", client)
        notify(database.engine, None, "setting")
        heard: list[RemoteChange] = []
        for _ in range(50):
            heard += listener.drain()
            if len(heard) >= 2:
                break
            QTest.qWait(20)
        assert heard == [RemoteChange(3, "goal"), RemoteChange(None, "setting")]
        assert listener.drain() == []
        listener.close()
        assert listener.closed
    finally:
        database.dispose()


# --- the window ------------------------------------------------------------------------


def test_another_programs_change_shows_on_the_plan_page(qtbot: QtBot, setup: Setup) -> None:
    youth = setup.youth_id
    setup.other_writes(lambda s: plan_ops.set_section(s, youth, "styrker", "Sterk på fotball."))
    field = setup.page.sections["styrker"].text
    qtbot.waitUntil(lambda: field.toPlainText() == "Sterk på fotball.", timeout=WAIT_MS)
    assert not field.dirty


def test_a_new_goal_from_another_program_gets_its_card(qtbot: QtBot, setup: Setup) -> None:
    youth, before = setup.youth_id, len(setup.page.cards)
    fields = GoalFields("Komme på skolen hver dag")
    setup.other_writes(lambda s: plan_ops.add_goal(s, youth, fields, TODAY))
    qtbot.waitUntil(lambda: len(setup.page.cards) == before + 1, timeout=WAIT_MS)
    texts = [card.goal.fields.text for card in setup.page.cards.values()]
    assert "Komme på skolen hver dag" in texts


def test_our_own_writes_do_not_make_the_window_read_again(qtbot: QtBot, setup: Setup) -> None:
    field = setup.page.sections["onsker"].text
    field.setFocus()
    QTest.keyClicks(field, "Egen tekst")
    field.flush()
    assert not field.dirty
    local = len(setup.changed)  # the save's own redraw
    notify(setup.database.engine, setup.youth_id, "plan_section", setup.client)  # the trigger's
    QTest.qWait(QUIET_MS)
    assert len(setup.changed) == local


def test_another_youths_change_is_not_read(qtbot: QtBot, setup: Setup) -> None:
    other_youth = import_document(setup.other_store, build_demo(TODAY), as_new=True)
    QTest.qWait(QUIET_MS)  # the import's own notifications, if the triggers are there
    setup.changed.clear()
    setup.other_writes(lambda s: plan_ops.set_section(s, other_youth, "styrker", "Annen ungdom."))
    QTest.qWait(QUIET_MS)
    assert setup.changed == []
    assert setup.page.sections["styrker"].text.toPlainText() != "Annen ungdom."


def test_a_new_youth_from_another_program_joins_the_list(qtbot: QtBot, setup: Setup) -> None:
    rows = setup.window.youth_model.rowCount()
    new_youth = import_document(setup.other_store, build_demo(TODAY), as_new=True)
    notify(setup.other.engine, new_youth, "youth")
    qtbot.waitUntil(lambda: setup.window.youth_model.rowCount() == rows + 1, timeout=WAIT_MS)
    assert setup.window.youth_model.row_of(new_youth) >= 0
    assert setup.page.plan is not None  # the youth shown stays shown


def test_a_refresh_keeps_what_the_user_is_typing(
    qtbot: QtBot, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other program changed the very text being typed: the save is refused and the
    user chooses (here: keep mine); the refresh never replaced the typing meanwhile."""
    asked: list[str] = []

    def keep_mine(_parent: object, conflict: object) -> str:
        asked.append(str(conflict))
        return conflict_dialog.MINE

    monkeypatch.setattr(conflict_dialog, "choose", keep_mine)
    youth = setup.youth_id
    typing = setup.page.sections["styrker"].text
    typing.setFocus()
    QTest.keyClicks(typing, " og mer")
    typed = typing.toPlainText()
    assert typing.dirty
    setup.other_writes(lambda s: plan_ops.set_section(s, youth, "styrker", "Overskrevet."))
    setup.other_writes(lambda s: plan_ops.set_section(s, youth, "onsker", "Nytt ønske."))
    other = setup.page.sections["onsker"].text
    qtbot.waitUntil(lambda: other.toPlainText() == "Nytt ønske.", timeout=WAIT_MS)
    assert typing.toPlainText() == typed  # never replaced while typing
    qtbot.waitUntil(lambda: not typing.dirty, timeout=WAIT_MS)  # then it saves itself
    assert len(asked) == 1 and "Noen andre har endret" in asked[0]
    assert load_plan(setup.other_store, youth).section("styrker") == typed


def test_a_district_setting_reaches_the_page_that_shows_it(qtbot: QtBot, setup: Setup) -> None:
    notify(setup.other.engine, None, "setting")
    qtbot.waitUntil(lambda: bool(setup.changed), timeout=WAIT_MS)
    assert setup.changed == [Changes(None, frozenset({"setting"}))]


def test_sqlite_has_no_listener(qtbot: QtBot, store: Store) -> None:
    import_document(store, build_demo(TODAY))
    window = MainWindow(None, "test.db", today=lambda: TODAY)
    qtbot.addWidget(window)
    window.attach_store(store, "test.db")
    assert window.server_link is None


@pytest.mark.parametrize(("theirs_tag", "conflict"), [("text", True), ("why", False)])
def test_a_refresh_never_moves_the_base_of_a_goal_being_typed(
    qtbot: QtBot,
    setup: Setup,
    monkeypatch: pytest.MonkeyPatch,
    theirs_tag: str,
    conflict: bool,
) -> None:
    """Typing in a goal's text while another program saves the same goal: their change of
    the same field is a conflict to choose on (here: keep mine), of another field it is
    kept beside mine."""
    asked: list[str] = []
    monkeypatch.setattr(
        conflict_dialog, "choose", lambda _p, c: asked.append(str(c)) or conflict_dialog.MINE
    )
    youth = setup.youth_id
    plan = setup.page.plan
    assert plan is not None
    goal = plan.goals[0]
    card = setup.page.cards[goal.id]
    typing = card.texts["text"]
    typing.setFocus()
    QTest.keyClicks(typing, " (mitt)")
    typed = typing.toPlainText()
    theirs = replace(goal.fields, **{theirs_tag: "Deres tekst."})
    setup.other_writes(lambda s: plan_ops.update_goal(s, youth, goal.id, theirs, goal.fields))
    qtbot.waitUntil(lambda: card.goal.fields == theirs, timeout=WAIT_MS)  # refreshed
    assert typing.toPlainText() == typed
    card.flush()
    stored = load_plan(setup.other_store, youth).goals[0].fields
    assert stored.text == typed
    assert bool(asked) == conflict
    assert stored.why == (theirs.why if theirs_tag == "why" else goal.fields.why)
