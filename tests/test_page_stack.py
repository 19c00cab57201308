"""The window's pages: built and read while idle, switched to without database work."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lagmote.db import plan_ops
from lagmote.db.models import AuditEntry
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.plan import EntryFields
from lagmote.ui.main_window import MainWindow
from lagmote.ui.models import YOUTH_ID_ROLE
from lagmote.ui.page_stack import PAGE_NAMES, PREFETCH_DELAY_MS

TODAY = date(2026, 12, 1)


def _audit_rows(store: Store) -> int:
    with Session(store.engine) as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    import_document(store, build_demo(TODAY))
    window = MainWindow(store, "test", today=lambda: TODAY)
    qtbot.addWidget(window)
    window.reload()
    window.show()
    return window


def test_idle_window_prepares_every_page(qtbot: QtBot, store: Store) -> None:
    window = _window(qtbot, store)
    stack = window.pages
    qtbot.waitUntil(lambda: not stack._stale and set(stack._pages) == set(PAGE_NAMES),
                    timeout=PREFETCH_DELAY_MS * 20)
    before = _audit_rows(store)
    for name in ("plan", "week", "overview", "plan"):
        window.select_page(name)
        assert stack.current == name
    assert _audit_rows(store) == before  # switching read nothing


def test_a_closed_window_reads_no_page_ahead(qtbot: QtBot, store: Store) -> None:
    """Closing stops the reading ahead: nothing of a closed window's record is read after."""
    window = _window(qtbot, store)
    stack = window.pages
    built = set(stack._pages)
    assert built != set(PAGE_NAMES)  # the others wait for the window to be idle
    before = _audit_rows(store)
    window.close()
    qtbot.wait(PREFETCH_DELAY_MS * 3)
    assert set(stack._pages) == built
    assert _audit_rows(store) == before


def test_change_on_another_page_is_read_when_shown(qtbot: QtBot, store: Store) -> None:
    window = _window(qtbot, store)
    stack = window.pages
    qtbot.waitUntil(lambda: not stack._stale, timeout=PREFETCH_DELAY_MS * 20)
    window.select_page("plan")
    youth_id = window.youth_model.data(window.youth_model.index(0), YOUTH_ID_ROLE)
    fields = EntryFields(2, 600, 660, "aktivitet", "Sjakk")
    window.editor.apply(
        "Ny aktivitet",
        lambda: plan_ops.add_entry(store, youth_id, fields),
        lambda: plan_ops.delete_entry(store, youth_id, 0),
    )
    assert "week" in stack._stale  # off screen: not redrawn now, but marked
    assert "Sjakk" not in _week_titles(window)
    window.select_page("week")
    assert "Sjakk" in _week_titles(window)
    assert "week" not in stack._stale


def _week_titles(window: MainWindow) -> list[str]:
    from lagmote.ui.week_page import WeekPage

    page = window.pages.page("week")
    assert isinstance(page, WeekPage)
    return [entry.fields.title for entry in page.grid.entries()]


def test_window_undo_and_redo_reach_the_plan(qtbot: QtBot, store: Store) -> None:
    from lagmote.db.plan_queries import load_plan
    from lagmote.ui.plan_page import PlanPage

    window = _window(qtbot, store)
    window.select_page("plan")
    page = window.pages.page("plan")
    assert isinstance(page, PlanPage)
    youth_id = window.youth_model.data(window.youth_model.index(0), YOUTH_ID_ROLE)
    field = page.sections["behov"].text
    old = field.toPlainText()
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClicks(field, " Hjelp med lekser.")
    qtbot.waitUntil(  # the idle autosave
        lambda: load_plan(store, youth_id).section("behov") == old + " Hjelp med lekser.",
        timeout=5000,
    )
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert load_plan(store, youth_id).section("behov") == old
    assert field.toPlainText() == old
    window.redo_action.trigger()
    assert load_plan(store, youth_id).section("behov") == old + " Hjelp med lekser."
