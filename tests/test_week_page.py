"""The week page and its grid with the demo youth: mouse, keyboard, form, undo, audit log."""

from __future__ import annotations

import math
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lagmote.db import plan_ops
from lagmote.db.audit import Actor
from lagmote.db.conflicts import EditConflict
from lagmote.db.errors import DatabaseError
from lagmote.db.models import AuditEntry
from lagmote.db.plan_queries import load_week
from lagmote.db.store import Changes, Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.plan import EntryFields, ScheduleEntryInfo
from lagmote.ui import conflict_dialog, week_page
from lagmote.ui.conflict_dialog import MINE, THEIRS
from lagmote.ui.context import YouthContext
from lagmote.ui.main_window import MainWindow
from lagmote.ui.theme import MEETING, NORMAL, contrast_ratio
from lagmote.ui.undo import Editor
from lagmote.ui.week_page import WeekPage
from lagmote.widgets.week_grid import WeekGrid
from lagmote.widgets.week_grid_paint import KIND_STYLES, Fonts, WeekGridPainter

TODAY = date(2026, 12, 1)
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LOCKED = "Databasen er låst av et annet program som bruker den."
LEFT = Qt.MouseButton.LeftButton
OTHER = Actor("Kari Kollega", "oppfolger", "Bydel Test")


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

    def another_youth(self) -> YouthContext:
        """A second youth (the demo again, as new), in a context for this page's editor."""
        youth_id = import_document(self.store, build_demo(TODAY), as_new=True)
        return YouthContext(self.store, self.editor, youth_id, TODAY)

    def week_of(self, youth_id: int) -> dict[int, EntryFields]:
        return {e.id: e.fields for e in load_week(self.store, youth_id).entries}


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


def locked(_store: Store, _youth_id: int) -> object:
    raise DatabaseError(LOCKED)


def assert_no_week_shown(page: WeekPage) -> None:
    """Nothing of a week is on screen, nothing can be edited, and the message says why."""
    assert page.message.isVisible()
    assert page.message.text() == f"Uka kunne ikke leses. {LOCKED}"
    assert page.grid.entries() == ()
    assert not page.grid.isEnabled()
    assert not page.form.isVisible()
    assert not page.new_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.findings_text() == "" and page.free_time.text() == ""


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


def test_the_grid_paints_every_kinds_pattern_in_its_strip(setup: Setup) -> None:
    setup.page.create_entry(EntryFields(WED, hm("18:00"), hm("20:00"), "annet", "Annet"))
    setup.grid.focus_entry(None)
    image = setup.grid.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    painter = WeekGridPainter(NORMAL, Fonts(setup.grid.font(), NORMAL))
    ink = QColor(NORMAL.colours.text).rgb()
    outline = NORMAL.line_width
    for kind, style in KIND_STYLES.items():
        entries = setup.grid.entries()
        boxes = [b.box for b in setup.grid.entry_boxes() if entries[b.index].fields.kind == kind]
        box = max(boxes, key=lambda b: b.width)
        left, top = math.floor(box.x) + outline, math.floor(box.y) + outline
        strip = {  # inside the box's outline
            image.pixel(x, y)
            for x in range(left, int(box.x + painter.strip_width(box)))
            for y in range(top, int(box.bottom))
        }
        if style.pattern == Qt.BrushStyle.SolidPattern:
            assert strip == {ink}, kind
        else:  # the kind's pattern in dark blue over its fill
            assert strip == {ink, QColor(style.fill).rgb()}, kind


def _colours(image: QImage) -> set[int]:
    data = bytes(image.constBits())
    pixels = memoryview(data).cast("I")
    return {0xFF000000 | p for p in set(pixels)}


def test_kind_fills_keep_dark_blue_text_readable() -> None:
    for style in KIND_STYLES.values():
        assert contrast_ratio(NORMAL.colours.text, style.fill) >= 4.5
    patterns = {style.pattern for style in KIND_STYLES.values()}
    assert len(patterns) == len(KIND_STYLES)  # told apart without colour


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


def test_an_end_at_midnight_after_a_midnight_start_is_the_whole_day(
    setup: Setup, qtbot: QtBot
) -> None:
    new_id = setup.page.create_entry(EntryFields(WED, hm("00:00"), hm("24:00"), "annet", "Døgn"))
    assert new_id is not None and not setup.page.has_unsaved()
    qtbot.keyClick(setup.page.form.start, Qt.Key.Key_Return)
    assert setup.week()[new_id].end_minute == 24 * 60
    assert not setup.page.message.isVisible()


def test_flush_saves_what_is_typed_and_a_refused_time_stays_unsaved(setup: Setup) -> None:
    football = setup.entry(TUE, "Fotballtrening")
    setup.grid.focus_entry(football.id)
    form = setup.page.form
    form.place.setText("Banen ved skolen")
    form.end.setTime(QTime(16, 0))  # before the start: refused
    assert setup.page.has_unsaved()
    setup.page.flush()
    fields = setup.week()[football.id]
    assert fields.place == "Banen ved skolen"
    assert (fields.start_minute, fields.end_minute) == (hm("17:00"), hm("18:30"))
    assert setup.page.message.text().startswith("Slutten (16:00) må være etter starten")
    assert setup.page.has_unsaved()


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


def test_the_kind_chosen_in_the_form_is_undone_from_the_title_with_ctrl_z(
    setup: Setup, qtbot: QtBot
) -> None:
    football = setup.entry(TUE, "Fotballtrening")
    setup.grid.focus_entry(football.id)
    form = setup.page.form
    form.kind.activated.emit(form.kind.findData("jobb"))
    form.title.setFocus()
    qtbot.keyClick(form.title, Qt.Key.Key_Z, CTRL)  # nothing typed: the window's undo
    assert setup.week()[football.id].kind == "aktivitet"
    assert form.kind.currentData() == "aktivitet"
    qtbot.keyClick(form.title, Qt.Key.Key_Y, CTRL)
    assert setup.week()[football.id].kind == "jobb"


def test_ctrl_z_in_the_title_saves_the_typing_then_undoes_it(setup: Setup, qtbot: QtBot) -> None:
    football = setup.entry(TUE, "Fotballtrening")
    setup.grid.focus_entry(football.id)
    title = setup.page.form.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Fotball med laget")
    assert setup.week()[football.id].title == "Fotballtrening"  # typing is not saved yet
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert setup.week()[football.id].title == "Fotballtrening"
    assert title.text() == "Fotballtrening"
    stack = setup.editor.stack
    assert (stack.count(), stack.index()) == (1, 0)  # saved, then undone on the stack
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL | SHIFT)
    assert setup.week()[football.id].title == "Fotball med laget"
    assert title.text() == "Fotball med laget"
    assert audit(setup.store, "update") == 3  # saved, undone, redone


def test_ctrl_z_in_a_time_saves_the_typed_time_then_undoes_it(setup: Setup, qtbot: QtBot) -> None:
    football = setup.entry(TUE, "Fotballtrening")
    setup.grid.focus_entry(football.id)
    start = setup.page.form.start
    start.setFocus()
    qtbot.keyClicks(start, "1630")  # the hour section first, then the minutes
    assert setup.week()[football.id].start_minute == hm("17:00")
    qtbot.keyClick(start, Qt.Key.Key_Z, CTRL)
    assert setup.week()[football.id].start_minute == hm("17:00")
    assert start.time() == QTime(17, 0)
    qtbot.keyClick(start, Qt.Key.Key_Y, CTRL)
    assert setup.week()[football.id].start_minute == hm("16:30")
    assert setup.editor.stack.count() == 1


def test_ctrl_z_in_the_window_undoes_one_step_once(qtbot: QtBot, store: Store) -> None:
    """In the window, the field's Ctrl+Z is not also the menu's: one step is undone."""
    youth_id = import_document(store, build_demo(TODAY))
    window = MainWindow(store, "test.db", today=lambda: TODAY)
    qtbot.addWidget(window)
    window.reload()
    with qtbot.waitExposed(window), qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.select_page("week")
    page = window.pages.page("week")
    assert isinstance(page, WeekPage)
    football = next(e for e in page.grid.entries() if e.fields.title == "Fotballtrening")
    page.grid.focus_entry(football.id)
    page.form.kind.activated.emit(page.form.kind.findData("jobb"))
    title = page.form.title
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.selectAll()
    qtbot.keyClicks(title, "Fotball")
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    fields = {e.id: e.fields for e in load_week(store, youth_id).entries}[football.id]
    assert (fields.title, fields.kind) == ("Fotballtrening", "jobb")  # the kind stays
    assert (window.editor.stack.count(), window.editor.stack.index()) == (2, 1)


# --- reading fails -------------------------------------------------------------------------


def test_a_week_that_cannot_be_read_again_is_not_left_to_edit(
    setup: Setup, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    football = setup.entry(TUE, "Fotballtrening")
    setup.grid.focus_entry(football.id)
    setup.grid.setFocus()
    monkeypatch.setattr(week_page, "load_week", locked)
    qtbot.keyClick(setup.grid, Qt.Key.Key_Down, ALT)  # saved; reading it back fails
    assert setup.week()[football.id].start_minute == hm("17:15")
    assert_no_week_shown(setup.page)
    writes = audit_rows(setup.store)
    assert setup.page.create_entry(EntryFields(WED, hm("18:00"), hm("19:00"), "annet")) is None
    assert audit_rows(setup.store) == writes
    monkeypatch.undo()
    setup.editor.stack.undo()  # the next change reads the week again
    assert setup.grid.isEnabled() and len(setup.grid.entries()) == 16
    assert setup.page.new_button.isEnabled()
    assert not setup.page.message.isVisible()
    assert setup.entry(TUE, "Fotballtrening").fields == football.fields


def test_another_youth_that_cannot_be_read_is_not_switched_to(
    setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = setup.another_youth()
    before = setup.week(), setup.week_of(other.youth_id)
    monkeypatch.setattr(week_page, "load_week", locked)
    setup.page.show_youth(other)
    assert_no_week_shown(setup.page)
    assert setup.page.create_entry(EntryFields(WED, hm("18:00"), hm("19:00"), "annet")) is None
    assert (setup.week(), setup.week_of(other.youth_id)) == before
    monkeypatch.undo()
    setup.page.apply_changes(Changes(other.youth_id, frozenset({"schedule_entry"})))
    assert {e.id for e in setup.grid.entries()} == set(before[1])
    assert not setup.page.message.isVisible()


def test_undo_after_another_youth_is_shown_changes_the_first(setup: Setup) -> None:
    football = setup.entry(TUE, "Fotballtrening")
    setup.page.update_entry(football.id, replace(football.fields, title="Fotball"))
    new_id = setup.page.create_entry(EntryFields(WED, hm("18:00"), hm("19:00"), "annet", "Ny"))
    other = setup.another_youth()
    theirs = setup.week_of(other.youth_id)
    setup.page.show_youth(other)
    setup.editor.stack.undo()  # the new entry is the first youth's, and goes
    setup.editor.stack.undo()
    assert new_id not in setup.week()
    assert setup.week()[football.id].title == "Fotballtrening"
    setup.editor.stack.redo()
    assert setup.week()[football.id].title == "Fotball"
    assert setup.week_of(other.youth_id) == theirs
    assert not setup.page.message.isVisible()


# --- someone else saves meanwhile ----------------------------------------------------------


class Choice:
    """Stands in for :func:`conflict_dialog.choose`: answers ``choice`` and keeps what it
    was asked."""

    def __init__(self, choice: str | None) -> None:
        self.choice = choice
        self.asked: list[tuple[QWidget, EditConflict[Any]]] = []

    def __call__(self, parent: QWidget, conflict: EditConflict[Any]) -> str | None:
        self.asked.append((parent, conflict))
        return self.choice


def type_title(setup: Setup, qtbot: QtBot, text: str) -> ScheduleEntryInfo:
    """Choose Tuesday's football and type ``text`` as its title (not saved yet)."""
    football = setup.entry(TUE, "Fotballtrening")
    setup.grid.focus_entry(football.id)
    title = setup.page.form.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, text)
    assert setup.week()[football.id].title == "Fotballtrening"
    return football


def other_saves(setup: Setup, entry: ScheduleEntryInfo, fields: EntryFields) -> None:
    """Another user of the database saves ``fields`` over ``entry``'s (as they read it)."""
    other = Store(setup.store.engine, OTHER)
    plan_ops.update_entry(other, setup.youth_id, entry.id, fields, entry.fields)


def refresh(setup: Setup) -> None:
    """The window's notice of someone else's save."""
    setup.page.apply_changes(Changes(setup.youth_id, frozenset({"schedule_entry"})))


def test_a_refresh_while_typing_a_title_keeps_the_typing(setup: Setup, qtbot: QtBot) -> None:
    football = type_title(setup, qtbot, "Fotball med laget")
    form = setup.page.form
    form.kind.activated.emit(form.kind.findData("jobb"))  # a change of this user's
    assert setup.week()[football.id].kind == "jobb"
    assert form.title.text() == "Fotball med laget"
    other_saves(
        setup,
        setup.entry(TUE, "Fotballtrening"),
        replace(football.fields, kind="jobb", place="Banen"),
    )
    refresh(setup)
    assert form.title.text() == "Fotball med laget"
    assert form.place.text() == "Banen"  # no typing there: what is stored is shown
    assert setup.page.has_unsaved()
    form.title.editingFinished.emit()
    fields = setup.week()[football.id]
    assert (fields.title, fields.place, fields.kind) == ("Fotball med laget", "Banen", "jobb")
    assert form.title.text() == "Fotball med laget"
    assert not setup.page.has_unsaved()


def test_a_place_typed_while_someone_renames_the_entry_is_no_conflict(
    setup: Setup, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    choice = Choice(MINE)
    monkeypatch.setattr(conflict_dialog, "choose", choice)
    football = setup.entry(TUE, "Fotballtrening")
    setup.grid.focus_entry(football.id)
    place = setup.page.form.place
    place.setFocus()
    place.selectAll()
    qtbot.keyClicks(place, "Banen ved skolen")
    other_saves(setup, football, replace(football.fields, title="Fotball (A-laget)"))
    place.editingFinished.emit()  # before the notice of their save has come
    fields = setup.week()[football.id]
    assert (fields.title, fields.place) == ("Fotball (A-laget)", "Banen ved skolen")
    assert choice.asked == []
    form = setup.page.form
    assert (form.title.text(), form.place.text()) == ("Fotball (A-laget)", "Banen ved skolen")
    assert not setup.page.message.isVisible() and not setup.page.message_bar.isVisible()


@pytest.mark.parametrize("notified", [True, False])
def test_a_title_saved_over_theirs_asks_and_mine_is_kept(
    setup: Setup, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, notified: bool
) -> None:
    choice = Choice(MINE)
    monkeypatch.setattr(conflict_dialog, "choose", choice)
    football = type_title(setup, qtbot, "Fotball med laget")
    other_saves(setup, football, replace(football.fields, title="Fotball (A-laget)"))
    if notified:
        refresh(setup)
        assert setup.page.form.title.text() == "Fotball med laget"
    setup.page.form.title.editingFinished.emit()
    [(parent, conflict)] = choice.asked
    assert parent is setup.page
    assert [c.field for c in conflict.conflicts] == ["title"]
    assert (conflict.conflicts[0].mine, conflict.conflicts[0].theirs) == (
        "Fotball med laget",
        "Fotball (A-laget)",
    )
    assert setup.week()[football.id].title == "Fotball med laget"
    assert setup.page.form.title.text() == "Fotball med laget"
    assert not setup.page.has_unsaved()
    assert not setup.page.message_bar.isVisible()
    setup.editor.stack.undo()  # keeping mine is a step of its own: undo gives theirs back
    assert setup.week()[football.id].title == "Fotball (A-laget)"
    assert setup.page.form.title.text() == "Fotball (A-laget)"


@pytest.mark.parametrize("notified", [True, False])
def test_a_title_saved_over_theirs_asks_and_theirs_is_shown(
    setup: Setup, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, notified: bool
) -> None:
    choice = Choice(THEIRS)
    monkeypatch.setattr(conflict_dialog, "choose", choice)
    football = type_title(setup, qtbot, "Fotball med laget")
    other_saves(setup, football, replace(football.fields, title="Fotball (A-laget)"))
    if notified:
        refresh(setup)
    writes = audit(setup.store, "update")
    setup.page.form.title.editingFinished.emit()
    assert len(choice.asked) == 1
    assert setup.week()[football.id].title == "Fotball (A-laget)"
    assert audit(setup.store, "update") == writes
    assert setup.page.form.title.text() == "Fotball (A-laget)"
    assert not setup.page.has_unsaved()
    assert setup.editor.stack.count() == 0
    refresh(setup)
    assert setup.page.form.title.text() == "Fotball (A-laget)"


def test_a_conflict_closed_without_a_choice_keeps_the_typing(
    setup: Setup, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    choice = Choice(None)
    monkeypatch.setattr(conflict_dialog, "choose", choice)
    football = type_title(setup, qtbot, "Fotball med laget")
    other_saves(setup, football, replace(football.fields, title="Fotball (A-laget)"))
    refresh(setup)
    setup.page.flush()
    assert setup.week()[football.id].title == "Fotball (A-laget)"
    assert setup.page.form.title.text() == "Fotball med laget"
    bar = setup.page.message_bar
    assert bar.isVisible() and bar.kind == "problem"
    assert "navnet på aktiviteten" in bar.text()
    choice.choice = MINE  # saving it again asks again
    setup.page.flush()
    assert len(choice.asked) == 2
    assert setup.week()[football.id].title == "Fotball med laget"
    assert not bar.isVisible()


def test_a_refresh_keeps_a_refused_time_and_saves_none_over_theirs(setup: Setup) -> None:
    football = setup.entry(TUE, "Fotballtrening")
    setup.grid.focus_entry(football.id)
    form = setup.page.form
    form.end.setTime(QTime(16, 0))  # before the start: refused when saved
    other_saves(setup, football, replace(football.fields, title="Fotball (A-laget)"))
    refresh(setup)
    assert form.end.time() == QTime(16, 0)
    assert form.title.text() == "Fotball (A-laget)"
    setup.page.flush()
    assert setup.week()[football.id] == replace(football.fields, title="Fotball (A-laget)")
    assert setup.page.message.text().startswith("Slutten (16:00) må være etter starten")
    assert setup.page.has_unsaved()
