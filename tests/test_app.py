"""Starting the window: its first location line, and opening the database after first paint."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from lagmote.db.engine import Database
from lagmote.db.errors import DatabaseError
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.ui import app
from lagmote.ui.main_window import MainWindow

TODAY = date(2026, 12, 1)


class Opener:
    """Stands in for ``open_store``: raises the given failures in turn, then opens."""

    def __init__(self, result: tuple[Database, Store], failures: list[Exception]) -> None:
        self.result = result
        self.failures = failures
        self.calls: list[tuple[str | None, bool]] = []

    def __call__(self, target: str | None, interactive: bool) -> tuple[Database, Store]:
        self.calls.append((target, interactive))
        if self.failures:
            raise self.failures.pop(0)
        return self.result


class Asker:
    """Stands in for the retry question: records what it was asked, answers in turn."""

    def __init__(self, answers: list[bool]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def __call__(self, _parent: object, error: BaseException) -> bool:
        from lagmote.ui.failures import failure_text

        self.asked.append(failure_text(error))
        return self.answers.pop(0)


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    main = app.opening_window("case.db")
    qtbot.addWidget(main)
    return main


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    codes: list[int] = []
    monkeypatch.setattr(app, "exit_application", codes.append)
    return codes


def patch(monkeypatch: pytest.MonkeyPatch, opener: Opener, asker: Asker) -> None:
    monkeypatch.setattr(app, "open_store", opener)
    monkeypatch.setattr(app, "ask_retry", asker)


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_opening_window_masks_a_password(qtbot: QtBot) -> None:
    main = app.opening_window("postgresql+psycopg://ola:hemmelig@vert/lagmote")
    qtbot.addWidget(main)
    assert "hemmelig" not in status(main)
    assert "postgresql+psycopg://ola:***@vert/lagmote" in status(main)
    assert main.header._name.text() == "Åpner databasen …"


def test_retry_after_a_database_error_opens(
    window: MainWindow,
    database: Database,
    store: Store,
    exits: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import_document(store, build_demo(TODAY))
    sentence = "Databasen kan ikke åpnes: feil nøkkel eller passord, eller filen er skadet."
    opener = Opener((database, store), [DatabaseError(sentence)])
    asker = Asker([True])
    patch(monkeypatch, opener, asker)
    app._open_into(window, "case.db")
    assert asker.asked == [sentence]
    assert opener.calls == [("case.db", True), ("case.db", True)]  # asked for it again
    assert exits == []
    assert window.youth_model.rowCount() == 1
    assert status(window) == f"Database: {app.location_text(database)}"


def test_unexpected_error_names_only_its_type_and_can_quit(
    window: MainWindow,
    database: Database,
    store: Store,
    exits: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opener = Opener((database, store), [ValueError("Emil Fiktiv Hansen, født 23.08.2011")])
    asker = Asker([False])
    patch(monkeypatch, opener, asker)
    app._open_into(window, "case.db")
    assert len(asker.asked) == 1
    assert "ValueError" in asker.asked[0]
    assert "Emil" not in asker.asked[0]
    assert exits == [1]
    assert len(opener.calls) == 1
    assert window.header._name.text() == "Åpner databasen …"  # nothing attached


def test_a_failing_first_read_shows_a_message(
    window: MainWindow,
    database: Database,
    store: Store,
    exits: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("lagmote.ui.main_window.show_failure", lambda _w, e: shown.append(e))
    monkeypatch.setattr("lagmote.db.queries.list_youths", _raise_os_error)
    patch(monkeypatch, Opener((database, store), []), Asker([]))
    app._open_into(window, "case.db")
    assert [type(e) for e in shown] == [OSError]
    assert window.header._name.text() == "Kunne ikke lese databasen."
    assert exits == []


def _raise_os_error(*_args: object) -> None:
    raise OSError("disk")


def test_ask_retry_offers_retry_and_quit(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real question, answered by pressing its retry button as soon as it shows."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[list[str]] = []

    def press_retry(box: QMessageBox) -> int:
        seen.append([b.text() for b in box.buttons()])
        next(b for b in box.buttons() if b.text() == "Prøv igjen").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_retry)
    assert app.ask_retry(None, DatabaseError("Databasefilen er skadet.")) is True
    assert sorted(seen[0]) == ["Avslutt", "Prøv igjen"]
