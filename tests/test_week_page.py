"""The week page and its grid with the demo youth: mouse, keyboard, form, undo, audit log."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lagmote.db.models import AuditEntry
from lagmote.db.plan_queries import load_week
from lagmote.db.store import Changes, Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.plan import EntryFields, ScheduleEntryInfo
from lagmote.ui.context import YouthContext
from lagmote.ui.theme import MEETING, NORMAL, contrast_ratio
from lagmote.ui.undo import Editor
from lagmote.ui.week_page import WeekPage
from lagmote.widgets.week_grid import KIND_STYLES, WeekGrid

TODAY = date(2026, 12, 1)
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton


def hm(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


@dataclass
class Setup:
    page: WeekPage
    editor: Editor
    store: Store
    youth_id: int

    @property
    def grid(self) -> WeekGrid:
        return self.page.grid

    def week(self) -> dict[int, EntryFields]:
        return {e.id: e.fields for e in load_week(self.store, self.youth_id).entries}

    def entry(self, day: int, title: str) -> ScheduleEntryInfo:
        return next(
            e for e in self.grid.entries() if e.fields.weekday == day and e.fields.title == title
        )


@pytest.fixture
def setup(qtbot: QtBot, store: Store) -> Iterator[Setup]:
    """The demo youth's week on a shown page, wired to an editor the way the window is."""
    youth_id = import_document(store, build_demo(TODAY))
    editor = Editor()
    page = WeekPage()
    qtbot.addWidget(page)

    def on_changed(changes: Changes) -> None:
        if changes.objects & page.shows:
            page.apply_changes(changes)

    editor.changed.connect(on_changed)
    page.set_theme(NORMAL)
    page.show_youth(YouthContext(store, editor, youth_id, TODAY))
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    yield Setup(page, editor, store, youth_id)
    editor.changed.disconnect(on_changed)


def at(grid: WeekGrid, day: int, minute: int, dx: float = 0.0) -> QPoint:
    """The point in the middle of a day's column at a time of day."""
    frame = grid.frame()
    column = frame.columns[day]
    return QPoint(round(column.x + column.width / 2 + dx), round(frame.y_of(minute)))


def drag(qtbot: QtBot, grid: WeekGrid, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(grid, LEFT, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(grid, middle)
    qtbot.mouseMove(grid, end)
    qtbot.mouseRelease(grid, LEFT, pos=end)


def audit(store: Store, action: str, obj: str = "schedule_entry") -> int:
    with Session(store.engine) as session:
        query = select(func.count()).where(AuditEntry.action == action, AuditEntry.object == obj)
        return int(session.scalar(query) or 0)


def audit_rows(store: Store) -> int:
    with Session(store.engine) as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


# --- showing -------------------------------------------------------------------------------


def test_the_demo_week_is_shown_with_the_rules_in_words(setup: Setup) -> None:
    assert len(setup.grid.entries()) == 16
    assert setup.page.findings_text().splitlines() == [
        "✓ Skole eller dagtilbud alle hverdager.",
        "✓ Aktivitet i uka: Fotballtrening (tirsdag og torsdag).",
        "✓ Kontakt med oppfølgeren hver hverdag.",
    ]
    free = setup.page.free_time.text()
    assert "• onsdag 14:30–22:00" in free
    assert "etter skolen og før 22:00" in free
    assert (
        "Fri tid uten avtaler tirsdag 14:30–17:00" in setup.page.free_time.accessibleDescription()
    )


def test_a_broken_rule_is_told_with_a_symbol_and_a_sentence(setup: Setup) -> None:
    setup.page.delete_entry(setup.entry(TUE, "Jonas henter meg").id)
    setup.page.delete_entry(setup.entry(THU, "Jonas henter meg").id)
    assert "! Ingen kontakt med oppfølgeren på tirsdag og torsdag." in setup.page.findings_text()
    assert "Ingen kontakt med oppfølgeren på tirsdag og torsdag." in setup.page.findings.text()


def test_the_grid_describes_the_week_in_words(setup: Setup) -> None:
    description = setup.grid.accessibleDescription()
    assert "tirsdag 17:00–18:30: Fotballtrening (Aktivitet), Eksempel kunstgress" in description
    assert "Fri tid uten avtaler onsdag 14:30–22:00" in description
    setup.grid.focus_entry(setup.entry(SAT, "Jobb på butikken").id)
    assert "lørdag 10:00–16:00" in setup.grid.accessibleName()


def test_the_form_shows_the_focused_entry(setup: Setup) -> None:
    assert not setup.page.form.isVisible()
    setup.grid.focus_entry(setup.entry(TUE, "Fotballtrening").id)
    form = setup.page.form
    assert form.isVisible()
    assert form.title.text() == "Fotballtrening"
    assert form.kind.currentData() == "aktivitet"
    assert form.day.currentText() == "Tirsdag"
    assert form.start.time() == QTime(17, 0) and form.end.time() == QTime(18, 30)
    assert form.start.displayFormat() == "HH:mm"


def test_the_grid_paints_every_kind_in_its_own_fill(setup: Setup) -> None:
    setup.page.create_entry(EntryFields(WED, hm("18:00"), hm("20:00"), "annet", "Annet"))
    image = setup.grid.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colours = _colours(image)
    for kind, style in KIND_STYLES.items():
        assert QColor(style.fill).rgb() in colours, kind


def _colours(image: QImage) -> set[int]:
    data = bytes(image.constBits())
    pixels = memoryview(data).cast("I")
    return {0xFF000000 | p for p in set(pixels)}


def test_kind_fills_keep_dark_blue_text_readable() -> None:
    for style in KIND_STYLES.values():
        assert contrast_ratio(NORMAL.colours.text, style.fill) >= 4.5
    patterns = {style.pattern for style in KIND_STYLES.values()}
    assert len(patterns) == len(KIND_STYLES)  # told apart without colour


def test_showing_again_reads_nothing(setup: Setup, qtbot: QtBot) -> None:
    before = audit_rows(setup.store)
    setup.page.hide()
    setup.page.show()
    qtbot.waitExposed(setup.page)
    setup.grid.repaint()
    setup.page.grab()
    assert audit_rows(setup.store) == before


def test_meeting_theme_and_odd_titles_paint(setup: Setup) -> None:
    page = setup.page
    page.create_entry(EntryFields(SAT, hm("17:00"), hm("19:00"), "aktivitet", "שלום עולם", "مرحبا"))
    page.create_entry(EntryFields(FRI, hm("18:00"), hm("20:00"), "familie", "Bursdag 🎂🎉 " * 15))
    page.create_entry(EntryFields(SUN, hm("23:00"), hm("24:00"), "annet", "Sent"))
    page.set_theme(MEETING)
    page.resize(1920, 1000)
    assert not page.grab().isNull()
    assert page.grid.frame().last_hour == 24
    assert not page.form_hint.isVisible()


# --- the mouse -----------------------------------------------------------------------------


def test_create_with_the_mouse_then_undo_and_redo_keep_the_id(setup: Setup, qtbot: QtBot) -> None:
    grid = setup.grid
    before = setup.week()
    with qtbot.waitSignal(grid.entry_create_requested) as created:
        drag(qtbot, grid, at(grid, WED, hm("15:00")), at(grid, WED, hm("17:00")))
    assert created.args == [WED, hm("15:00"), hm("17:00")]
    after = setup.week()
    [new_id] = set(after) - set(before)
    assert (after[new_id].weekday, after[new_id].start_minute) == (WED, hm("15:00"))
    assert after[new_id].end_minute == hm("17:00")
    assert grid.focused_entry_id() == new_id
    assert setup.page.form.title.hasFocus()  # ready to name it
    setup.editor.stack.undo()
    assert set(setup.week()) == set(before)
    setup.editor.stack.redo()
    assert setup.week()[new_id] == after[new_id]
    assert audit(setup.store, "create") == 2


def test_a_drag_writes_once_on_release_not_while_moving(setup: Setup, qtbot: QtBot) -> None:
    grid = setup.grid
    football = setup.entry(TUE, "Fotballtrening")
    changes: list[tuple[int, EntryFields]] = []
    grid.entry_changed.connect(lambda entry_id, fields: changes.append((entry_id, fields)))
    updates = audit(setup.store, "update")
    qtbot.mousePress(grid, LEFT, pos=at(grid, TUE, hm("17:30")))
    qtbot.mouseMove(grid, at(grid, WED, hm("18:00")))
    qtbot.mouseMove(grid, at(grid, WED, hm("18:30")))
    assert changes == [] and audit(setup.store, "update") == updates
    qtbot.mouseRelease(grid, LEFT, pos=at(grid, WED, hm("18:30")))
    assert len(changes) == 1
    moved = setup.week()[football.id]
    assert (moved.weekday, moved.start_minute, moved.end_minute) == (WED, hm("18:00"), hm("19:30"))
    assert moved.title == "Fotballtrening"
    assert audit(setup.store, "update") == updates + 1


def test_dragging_the_bottom_edge_resizes(setup: Setup, qtbot: QtBot) -> None:
    grid = setup.grid
    football = setup.entry(TUE, "Fotballtrening")
    box = next(b.box for b in grid.entry_boxes() if b.entry_id == football.id)
    edge = QPoint(round(box.x + box.width / 2), round(box.bottom - 2))
    drag(qtbot, grid, edge, at(grid, TUE, hm("19:15")))
    assert setup.week()[football.id].end_minute == hm("19:15")
    assert setup.week()[football.id].start_minute == hm("17:00")


def test_a_click_without_a_drag_only_chooses(setup: Setup, qtbot: QtBot) -> None:
    grid = setup.grid
    before = setup.week()
    qtbot.mouseClick(grid, LEFT, pos=at(grid, SAT, hm("12:00")))
    assert grid.focused_entry_id() == setup.entry(SAT, "Jobb på butikken").id
    qtbot.mouseClick(grid, LEFT, pos=at(grid, WED, hm("19:10")))
    assert grid.focused_entry_id() is None
    assert grid.cursor_cell().start == hm("19:00")
    assert setup.week() == before
    assert setup.editor.stack.count() == 0


def test_double_click_opens_the_entry_in_the_form(setup: Setup, qtbot: QtBot) -> None:
    grid = setup.grid
    with qtbot.waitSignal(grid.entry_activated) as activated:
        qtbot.mouseDClick(grid, LEFT, pos=at(grid, SUN, hm("18:00")))
    assert activated.args == [setup.entry(SUN, "Søndagsmiddag").id]
    assert setup.page.form.title.hasFocus()


def test_escape_cancels_a_drag(setup: Setup, qtbot: QtBot) -> None:
    grid = setup.grid
    before = setup.week()
    qtbot.mousePress(grid, LEFT, pos=at(grid, TUE, hm("17:30")))
    qtbot.mouseMove(grid, at(grid, WED, hm("19:00")))
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    qtbot.mouseRelease(grid, LEFT, pos=at(grid, WED, hm("19:00")))
    assert setup.week() == before


# --- the keyboard --------------------------------------------------------------------------


def test_alt_down_moves_the_focused_entry_a_quarter_hour(setup: Setup, qtbot: QtBot) -> None:
    grid = setup.grid
    football = setup.entry(TUE, "Fotballtrening")
    grid.setFocus()
    grid.focus_entry(football.id)
    qtbot.keyClick(grid, Qt.Key.Key_Down, ALT)
    moved = setup.week()[football.id]
    assert (moved.start_minute, moved.end_minute) == (hm("17:15"), hm("18:45"))
    assert grid.focused_entry_id() == football.id  # the focus stays on it
    assert audit(setup.store, "update") == 1


def test_alt_arrows_move_a_day_and_shift_alt_resizes(setup: Setup, qtbot: QtBot) -> None:
    grid = setup.grid
    football = setup.entry(TUE, "Fotballtrening")
    grid.setFocus()
    grid.focus_entry(football.id)
    qtbot.keyClick(grid, Qt.Key.Key_Right, ALT)
    qtbot.keyClick(grid, Qt.Key.Key_Down, ALT | Qt.KeyboardModifier.ShiftModifier)
    fields = setup.week()[football.id]
    assert (fields.weekday, fields.start_minute, fields.end_minute) == (
        WED,
        hm("17:00"),
        hm("18:45"),
    )
    setup.editor.stack.undo()
    setup.editor.stack.undo()
    assert setup.week()[football.id] == football.fields


def test_arrows_walk_entries_and_empty_hours(setup: Setup, qtbot: QtBot) -> None:
    grid = setup.grid
    grid.setFocus()
    grid.focus_entry(setup.entry(MON, "Skole").id)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.focused_entry_id() == setup.entry(MON, "Matte med Jonas").id
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.focused_entry_id() is None
    assert grid.cursor_cell().start == hm("17:00")
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # Tuesday at 17:00: football
    assert grid.focused_entry_id() == setup.entry(TUE, "Fotballtrening").id
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert grid.focused_entry_id() is None


def test_tab_goes_from_entry_to_entry_in_reading_order(setup: Setup, qtbot: QtBot) -> None:
    grid = setup.grid
    grid.setFocus()
    grid.focus_entry(setup.entry(MON, "Jonas henter meg").id)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.focused_entry_id() == setup.entry(MON, "Skole").id
    qtbot.keyClick(grid, Qt.Key.Key_Backtab)
    assert grid.focused_entry_id() == setup.entry(MON, "Jonas henter meg").id
    grid.focus_entry(setup.entry(SUN, "Søndagsmiddag").id)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)  # past the last: the focus leaves the grid
    assert not grid.hasFocus()


def test_enter_on_an_empty_hour_creates_an_hour_there(setup: Setup, qtbot: QtBot) -> None:
    grid = setup.grid
    qtbot.mouseClick(grid, LEFT, pos=at(grid, WED, hm("19:10")))
    with qtbot.waitSignal(grid.entry_create_requested) as created:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert created.args == [WED, hm("19:00"), hm("20:00")]
    new = setup.week()[grid.focused_entry_id() or -1]
    assert (new.weekday, new.start_minute, new.end_minute) == (WED, hm("19:00"), hm("20:00"))


def test_delete_then_undo_brings_it_back_with_its_id(setup: Setup, qtbot: QtBot) -> None:
    grid = setup.grid
    dinner = setup.entry(SUN, "Søndagsmiddag")
    grid.setFocus()
    grid.focus_entry(dinner.id)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert dinner.id not in setup.week()
    assert grid.focused_entry_id() is None
    setup.editor.stack.undo()
    assert setup.week()[dinner.id] == dinner.fields
    assert audit(setup.store, "delete") == 1


# --- the form ------------------------------------------------------------------------------


def test_an_end_before_the_start_is_told_and_writes_nothing(setup: Setup, qtbot: QtBot) -> None:
    football = setup.entry(TUE, "Fotballtrening")
    setup.grid.focus_entry(football.id)
    writes = audit(setup.store, "update")
    form = setup.page.form
    form.end.setTime(QTime(16, 0))
    qtbot.keyClick(form.end, Qt.Key.Key_Return)
    message = setup.page.message
    assert message.isVisible()
    assert message.text().startswith("Slutten (16:00) må være etter starten (17:00).")
    assert setup.week()[football.id] == football.fields
    assert audit(setup.store, "update") == writes
    assert setup.editor.stack.count() == 0


def test_an_end_at_midnight_is_the_end_of_the_day(setup: Setup, qtbot: QtBot) -> None:
    dinner = setup.entry(SUN, "Søndagsmiddag")
    setup.grid.focus_entry(dinner.id)
    setup.page.form.end.setTime(QTime(0, 0))
    qtbot.keyClick(setup.page.form.end, Qt.Key.Key_Return)
    assert setup.week()[dinner.id].end_minute == 24 * 60
    assert not setup.page.message.isVisible()


def test_a_refused_change_is_told_and_nothing_else_changes(setup: Setup) -> None:
    football = setup.entry(TUE, "Fotballtrening")
    past_midnight = replace(football.fields, end_minute=25 * 60)
    assert not setup.page.update_entry(football.id, past_midnight)
    assert "innenfor ett døgn" in setup.page.message.text()
    assert setup.week()[football.id] == football.fields
    assert setup.editor.stack.count() == 0


def test_title_edits_save_at_once_and_undo_as_one_step(setup: Setup, qtbot: QtBot) -> None:
    football = setup.entry(TUE, "Fotballtrening")
    setup.grid.focus_entry(football.id)
    title = setup.page.form.title
    for text in ("Fotball", "Fotball med laget 🏟️ ملعب"):
        title.setText(text)
        title.editingFinished.emit()
    assert setup.week()[football.id].title == "Fotball med laget 🏟️ ملعب"
    assert setup.editor.stack.count() == 1
    setup.editor.stack.undo()
    assert setup.week()[football.id].title == "Fotballtrening"
    assert audit(setup.store, "update") == 3


def test_kind_and_day_save_when_chosen(setup: Setup) -> None:
    football = setup.entry(TUE, "Fotballtrening")
    setup.grid.focus_entry(football.id)
    form = setup.page.form
    form.kind.activated.emit(form.kind.findData("jobb"))
    form.day.activated.emit(FRI)
    fields = setup.week()[football.id]
    assert (fields.kind, fields.weekday) == ("jobb", FRI)
    assert setup.editor.stack.count() == 2


def test_the_new_button_adds_an_hour_after_the_chosen_entry(setup: Setup, qtbot: QtBot) -> None:
    setup.grid.focus_entry(setup.entry(TUE, "Fotballtrening").id)
    qtbot.mouseClick(setup.page.new_button, LEFT)
    new = setup.week()[setup.grid.focused_entry_id() or -1]
    assert (new.weekday, new.start_minute, new.end_minute) == (TUE, hm("18:30"), hm("19:30"))
    assert new.kind == "aktivitet"
    qtbot.mouseClick(setup.page.delete_button, LEFT)
    assert len(setup.week()) == 16
