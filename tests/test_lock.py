"""Locking the window: on Ctrl+L, after idle time, and from meeting mode. A locked window
shows and holds nothing of the record, lets go of the database (and so of the key), and
opens again only with the passphrase or the keyring; the youth and page come back."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from lagmote.db.audit import Actor
from lagmote.db.engine import open_database
from lagmote.db.settings import AUTO_LOCK, load_number, set_number
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.ui import app as app_module
from lagmote.ui.main_window import MainWindow
from tests.test_meeting_mode_privacy import sensitive_values, visible_texts

TODAY = date(2026, 12, 1)
PASSPHRASE = "et langt låsepassord"


@pytest.fixture
def locked_setup(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, int, set[str]]]:
    monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
    database = open_database(str(db_path))
    store = Store(database.engine, Actor("Test"))
    document = build_demo(TODAY)
    youth_id = import_document(store, document)
    window = MainWindow(store, "test", lambda: TODAY)
    qtbot.addWidget(window)
    unlock = app_module.unlocker(window, str(db_path), database)
    window.attach_store(store, "test", unlock)
    del database, store  # the window holds the only store, as in the program
    window.select_page("plan")
    window.show()
    yield window, youth_id, sensitive_values(document)
    if window._store is not None:
        window._store.engine.dispose()


def _shown(window: MainWindow) -> str:
    return " ".join(visible_texts(window))


def test_ctrl_l_hides_everything_and_lets_go_of_the_database(
    locked_setup: tuple[MainWindow, int, set[str]],
) -> None:
    window, _, secrets = locked_setup
    assert any(s in _shown(window) for s in secrets)  # the check would see a leak
    assert window._store is not None
    engine = weakref.ref(window._store.engine)
    window.lock_action.trigger()
    assert window.locked and window.lock_screen.isVisible()
    assert not [s for s in secrets if s in _shown(window)]
    assert window.youth_model.rowCount() == 0 and not window.pages._pages
    assert window.editor.stack.count() == 0
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the pages go
    gc.collect()
    assert engine() is None  # no engine, so no connection creator holding the key


def test_unlocking_needs_the_passphrase_and_brings_the_youth_back(
    locked_setup: tuple[MainWindow, int, set[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, youth_id, _ = locked_setup
    window.lock()
    answers = iter([None, "feil passord her", PASSPHRASE])
    monkeypatch.setattr(app_module, "_password", lambda *_: next(answers))
    assert not window.unlock() and window.locked  # cancelled
    assert not window.unlock() and window.locked
    assert "feil nøkkel eller passord" in window.lock_screen.problem.text()
    assert window.unlock() and not window.locked
    assert window._youth_id == youth_id and window.pages.current == "plan"
    assert window.workspace.isVisible()


def test_the_window_locks_itself_when_idle_and_input_keeps_it_open(
    locked_setup: tuple[MainWindow, int, set[str]], qtbot: QtBot
) -> None:
    window, _, _ = locked_setup
    window.idle.start_ms(400)
    for _ in range(6):  # typing keeps restarting the idle time
        qtbot.wait(100)
        qtbot.keyClick(window.youth_list, Qt.Key.Key_Down)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=3000)


def test_meeting_mode_locks_too(locked_setup: tuple[MainWindow, int, set[str]]) -> None:
    window, _, secrets = locked_setup
    window.set_meeting_mode(True, full_screen=False)
    window.idle.idle.emit()
    assert window.locked and not window.meeting_mode
    assert not [s for s in secrets if s in _shown(window)]


def test_the_idle_time_is_a_setting_within_bounds(store: Store) -> None:
    assert load_number(store, AUTO_LOCK) == 5
    set_number(store, AUTO_LOCK, 12)
    assert load_number(store, AUTO_LOCK) == 12
    with pytest.raises(UserError, match="mellom 1 og 60 minutter"):
        set_number(store, AUTO_LOCK, 0)


def test_a_keyring_database_asks_before_unlocking(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(str(db_path))  # the in-memory keyring holds the key
    assert database.key_source == "keyring"
    window = MainWindow(Store(database.engine, Actor("Test")), "test")
    qtbot.addWidget(window)
    unlock = app_module.unlocker(window, str(db_path), database)
    database.engine.dispose()
    answers: list[Any] = [False, True]
    monkeypatch.setattr(app_module, "_confirm_unlock", lambda _w: answers.pop(0))
    assert unlock() is None
    opened = unlock()
    assert opened is not None
    opened.engine.dispose()


def test_whatever_still_holds_the_store_gets_a_clear_sentence(
    locked_setup: tuple[MainWindow, int, set[str]],
) -> None:
    from lagmote.db.queries import list_youths
    from lagmote.db.store import CLOSED

    window, _, _ = locked_setup
    store = window._store
    assert store is not None
    window.lock()
    with pytest.raises(UserError) as caught:
        list_youths(store, TODAY)
    assert str(caught.value) == CLOSED


def test_locking_closes_open_dialogs_and_keeps_a_drafts_typing(
    locked_setup: tuple[MainWindow, int, set[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from lagmote.db.evaluation_queries import load_evaluations
    from lagmote.ui.evaluation_page import EvaluationPage

    window, youth_id, _ = locked_setup
    window.select_page("evaluations")
    page = window.pages.page("evaluations")
    assert isinstance(page, EvaluationPage)
    wizard = page.make_wizard()
    assert wizard is not None
    wizard.show()
    wizard.next()
    wizard.currentPage().rows[0].text.setPlainText("Skrevet rett før låsing")  # type: ignore[attr-defined]
    sheet = window.sheet_dialog()
    assert sheet is not None
    sheet.show()
    store = window._store
    assert store is not None
    window.lock()
    assert not wizard.isVisible() and not sheet.isVisible()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    monkeypatch.setattr(app_module, "_password", lambda *_: PASSPHRASE)
    assert window.unlock()
    assert window._store is not None
    draft = load_evaluations(window._store, youth_id).draft
    assert draft is not None and draft.answer(1, "ungdommen").text == "Skrevet rett før låsing"


def test_typing_that_cannot_be_saved_is_offered_after_unlocking_never_shown_while_locked(
    locked_setup: tuple[MainWindow, int, set[str]],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    """The server is gone when the window locks: the lock goes ahead (an unattended screen
    must not show the record), and the typing comes back after unlocking, to copy."""
    from PySide6.QtGui import QGuiApplication

    from lagmote.db import plan_ops
    from lagmote.db.errors import DatabaseError
    from lagmote.ui.plan_page import PlanPage

    window, _, _ = locked_setup
    page = window.pages.page("plan")
    assert isinstance(page, PlanPage)
    field = next(iter(page.sections.values())).text
    field.setFocus()
    qtbot.keyClicks(field, " Hemmelig tillegg")

    def gone(*_args: Any, **_kwargs: Any) -> Any:
        raise DatabaseError("Forbindelsen til databaseserveren ble brutt.")

    monkeypatch.setattr(plan_ops, "set_section", gone)
    window.lock()
    assert window.locked and "Hemmelig tillegg" not in _shown(window)
    monkeypatch.undo()
    monkeypatch.setattr(app_module, "_password", lambda *_: PASSPHRASE)
    assert window.unlock()
    dialog = window.kept_dialog
    assert dialog.isVisible() and "Hemmelig tillegg" in dialog.view.toPlainText()
    dialog.copy_button.click()
    assert "Hemmelig tillegg" in QGuiApplication.clipboard().text()
