"""Losing the PostgreSQL server in the middle of work: the window says so, keeps what was
typed, lets the user copy it out, and saves it when the server is back; nothing is lost.

The server is stopped and started again for real (``pg_ctl stop -m immediate``, then the
same data folder and port), so these tests have a server of their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from lagmote.db.engine import open_database
from lagmote.db.errors import ConnectionLost, DatabaseError, is_connection_lost
from lagmote.db.plan_queries import load_plan
from lagmote.db.queries import list_youths
from lagmote.db.store import Actor, Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.ui.main_window import MainWindow
from lagmote.ui.plan_fields import AutosaveText
from lagmote.ui.plan_page import PlanPage
from lagmote.ui.server_link import ServerLink
from tests.pgserver import PgServer, start_pg_server

TODAY = date(2026, 12, 1)
WAIT_MS = 10_000
TYPED = " Og så skrev jeg dette mens serveren var borte."
_databases = iter(range(1000))


@pytest.fixture(scope="module")
def server() -> Iterator[PgServer]:
    """A server of this module's own, so that stopping it stops no other test's."""
    own = start_pg_server()
    yield own
    own.stop()


class Window:
    """The window on a database of the module's server, showing the plan page."""

    def __init__(self, qtbot: QtBot, server: PgServer) -> None:
        self.server = server
        self.url = server.create_database(f"loss_{next(_databases)}")
        self.database = open_database(self.url)
        self.store = Store(self.database.engine, Actor("Test Testesen", "oppfolger"))
        self.youth_id = import_document(self.store, build_demo(TODAY))
        self.window = MainWindow(None, "pg", today=lambda: TODAY)
        qtbot.addWidget(self.window)
        self.window.show()
        self.window.attach_store(self.store, "pg")
        self.window.select_page("plan")
        self.page: PlanPage = self.window.pages.page("plan")  # type: ignore[assignment]
        assert self.window.server_link is not None
        self.link: ServerLink = self.window.server_link
        self.banner = self.link.banner
        self.stopped = False

    def stop_server(self) -> None:
        self.stopped = True
        self.server.stop_server()

    def start_server(self) -> None:
        self.server.start_server()
        self.stopped = False

    def type_into(self, key: str, typed: str = TYPED) -> AutosaveText:
        field = self.page.sections[key].text
        field.setFocus()
        field.moveCursor(field.textCursor().MoveOperation.End)
        QTest.keyClicks(field, typed)
        field.flush()  # as a pause in typing would
        return field

    def saved_section(self, key: str) -> str:
        """The section as a fresh program reads it from the server."""
        fresh = open_database(self.url)
        try:
            store = Store(fresh.engine, Actor("Kontroll"))
            return load_plan(store, self.youth_id).section(key)
        finally:
            fresh.dispose()


@pytest.fixture
def shown(qtbot: QtBot, server: PgServer) -> Iterator[Window]:
    window = Window(qtbot, server)
    try:
        yield window
    finally:
        if window.stopped:  # whatever the test did: the next test needs the server
            window.start_server()
        window.link.stop()
        window.database.dispose()


def test_the_window_keeps_the_typing_while_the_server_is_away(qtbot: QtBot, shown: Window) -> None:
    before = shown.page.sections["styrker"].text.toPlainText()
    shown.stop_server()
    qtbot.waitUntil(shown.banner.isVisible, timeout=WAIT_MS)  # the listener heard it go
    assert "Forbindelsen til databaseserveren er brutt" in shown.banner.message.text()
    assert shown.banner.accessibleName() == shown.banner.message.text()
    field = shown.type_into("styrker")
    assert field.toPlainText() == before + TYPED
    assert field.dirty
    assert shown.page.message.kind == "problem"
    assert shown.window.pages.unsaved() == ["plan"]

    QTest.mouseClick(shown.banner.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    title = shown.page.sections["styrker"].title.text()
    assert f"{field.accessibleName()}:\n{before + TYPED}" in copied
    assert field.accessibleName() in title
    assert "1 felt" in shown.banner.status.text()

    QTest.mouseClick(shown.banner.retry_button, Qt.MouseButton.LeftButton)  # still away
    qtbot.waitUntil(lambda: not shown.link.pinger.asking, timeout=WAIT_MS)
    assert shown.banner.isVisible()
    assert field.dirty

    shown.start_server()
    QTest.mouseClick(shown.banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shown.banner.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not field.dirty, timeout=WAIT_MS)
    assert shown.saved_section("styrker") == before + TYPED
    assert shown.page.message.kind == ""
    assert shown.link.watch.listening
    assert not shown.store.connection_lost


def test_a_save_that_finds_the_server_gone_shows_the_banner_and_saves_later(
    qtbot: QtBot, shown: Window
) -> None:
    shown.link.watch.stop()  # so that the save, not the listener, is the first to notice
    shown.link.timer.setInterval(100)
    shown.stop_server()
    field = shown.type_into("onsker", "Mitt ønske.")
    assert shown.banner.isVisible()
    assert shown.store.connection_lost
    assert field.toPlainText().endswith("Mitt ønske.")
    with pytest.raises(ConnectionLost):  # every later call fails at once, no waiting
        list_youths(shown.store, TODAY)
    shown.start_server()
    qtbot.waitUntil(lambda: not shown.banner.isVisible(), timeout=WAIT_MS)
    assert not field.dirty
    assert shown.saved_section("onsker").endswith("Mitt ønske.")
    assert shown.link.watch.listening


def test_a_dropped_listener_alone_reconnects_without_the_banner(
    qtbot: QtBot, shown: Window
) -> None:
    with shown.database.engine.begin() as connection:  # the listener's own connection only
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()"
            )
        )
    watch = shown.link.watch
    before = watch.listener
    qtbot.waitUntil(lambda: watch.listener not in (None, before), timeout=WAIT_MS)
    assert not shown.banner.isVisible()
    assert not shown.link.lost


def test_closing_while_typing_is_not_saved_asks_first(
    qtbot: QtBot, shown: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown.stop_server()
    qtbot.waitUntil(shown.banner.isVisible, timeout=WAIT_MS)
    shown.type_into("styrker")
    asked: list[bool] = []
    monkeypatch.setattr(shown.window, "_close_anyway", lambda: asked.append(True) or False)
    assert not shown.window.close()
    assert asked == [True]
    assert shown.window.isVisible()
    assert shown.link.lost


def test_a_store_nobody_watches_tries_the_server_each_time(server: PgServer) -> None:
    url = server.create_database(f"loss_{next(_databases)}")
    database = open_database(url)
    store = Store(database.engine, Actor("Test"))
    list_youths(store, TODAY)
    server.stop_server()
    try:
        with pytest.raises(ConnectionLost) as raised:
            list_youths(store, TODAY)
        assert str(raised.value) in (
            "Databaseserveren svarer ikke.",
            "Forbindelsen til databaseserveren ble brutt.",
        )
        assert not store.connection_lost
    finally:
        server.start_server()
    assert list_youths(store, TODAY) == []
    database.dispose()


def test_which_failures_are_a_lost_connection() -> None:
    def operational(message: str) -> OperationalError:
        return OperationalError("SELECT 1", {}, Exception(message))

    assert is_connection_lost(operational("connection refused"))
    assert is_connection_lost(operational("server closed the connection unexpectedly"))
    assert is_connection_lost(operational("terminating connection due to administrator"))
    assert is_connection_lost(operational("connection timeout expired"))
    assert not is_connection_lost(operational("database is locked"))
    assert not is_connection_lost(operational("permission denied for table goal"))
    assert issubclass(ConnectionLost, DatabaseError)


def test_a_locked_window_stops_listening_and_follows_the_new_store(
    qtbot: QtBot, shown: Window
) -> None:
    opened: list[Store] = []

    def unlock() -> Store:
        again = open_database(shown.url)
        opened.append(Store(again.engine, Actor("Test Testesen", "oppfolger")))
        return opened[-1]

    shown.window.attach_store(shown.store, "pg", unlock)
    shown.window.lock()
    assert not shown.link.watch.listening
    assert shown.store.on_connection_lost is None
    assert shown.window.unlock()
    assert shown.link.watch.listening
    assert opened[0].on_connection_lost is not None
    shown.link.stop()
    opened[0].engine.dispose()
