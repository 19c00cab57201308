"""The Min plan page with the demo youth: typing saves itself, undo brings it back, ratings
from the keyboard, goals added and deleted, bad input, and the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db import plan_ops
from lagmote.db.errors import DatabaseError
from lagmote.db.models import AuditEntry
from lagmote.db.plan_queries import load_plan
from lagmote.db.store import Changes, Store
from lagmote.db.transfer import import_document
from lagmote.demo import LAGMOTER, build_demo
from lagmote.plan import GoalFields, GoalInfo, PlanView
from lagmote.ui.context import YouthContext
from lagmote.ui.plan_fields import AutosaveText
from lagmote.ui.plan_models import TiltakTableModel
from lagmote.ui.plan_page import PlanPage
from lagmote.ui.theme import MEETING, NORMAL
from lagmote.widgets.goal_ladder import GoalLadder
from lagmote.widgets.goal_ladder_texts import rating_tooltip
from tests.pages import ShownPage, show_demo_youth, showing_demo_youth

TODAY = date(2026, 12, 1)
WAIT_MS = 5_000
RTL_EMOJI = "سارة تريد أن تذهب إلى المدرسة 😀👍🏽 كل يوم — Emil ✔"


class Shown(ShownPage[PlanPage]):
    def plan(self) -> PlanView:
        return load_plan(self.store, self.youth_id)

    def goal(self, index: int = 0) -> GoalInfo:
        return self.plan().goals[index]


def open_page(qtbot: QtBot, store: Store, today: date = TODAY) -> Shown:
    return show_demo_youth(qtbot, store, Shown, PlanPage, TODAY, today)


@pytest.fixture
def shown(qtbot: QtBot, store: Store) -> Iterator[Shown]:
    yield from showing_demo_youth(qtbot, store, Shown, PlanPage, TODAY)


def audit(store: Store) -> list[tuple[str, str]]:
    with Session(store.engine) as session:
        rows = session.execute(select(AuditEntry.action, AuditEntry.object))
        return [(action, obj) for action, obj in rows]


def writes(store: Store) -> list[tuple[str, str, int | None]]:
    """The audit log's changes (reads left out), oldest first, with the youth of each."""
    with Session(store.engine) as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.object, AuditEntry.youth_id)
            .where(AuditEntry.action != "read")
            .order_by(AuditEntry.id)
        )
        return [(action, obj, youth) for action, obj, youth in rows]


def another_youth(shown: Shown) -> int:
    """A second demo youth in the same store, with a "Styrker" of its own."""
    youth_id = import_document(shown.store, build_demo(TODAY), as_new=True)
    plan_ops.set_section(shown.store, youth_id, "styrker", "Ungdom B er god til å tegne.")
    return youth_id


def type_into(qtbot: QtBot, field: AutosaveText, text: str) -> None:
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClicks(field, text)


# -- showing ---------------------------------------------------------------------------------


def test_the_demo_plan_is_shown(shown: Shown) -> None:
    plan = shown.plan()
    page = shown.page
    assert page.sections["styrker"].text.toPlainText() == plan.section("styrker")
    assert page.sections["varseltegn"].text.toPlainText() == plan.section("varseltegn")
    assert [c.goal.id for c in page.cards.values()] == [g.id for g in plan.goals]
    card = page.cards[plan.goals[0].id]
    assert card.texts["text"].toPlainText() == plan.goals[0].fields.text
    assert card.area.currentData() == plan.goals[0].fields.area
    name = card.ladder.accessibleName()
    assert name.startswith("Mål: Jeg skal gå på skolen hver dag.") and "Nå: +1" in name
    assert "Start: −2" in name
    assert "på lagmøtet" in card.rating_line.text()


def test_other_youths_and_other_objects_do_not_reload(shown: Shown) -> None:
    plan = shown.page.plan
    shown.page.apply_changes(Changes(shown.youth_id + 1, frozenset({"goal"})))
    shown.page.apply_changes(Changes(shown.youth_id, frozenset({"schedule_entry"})))
    assert shown.page.plan is plan
    shown.page.apply_changes(Changes(shown.youth_id, frozenset({"goal"})))
    assert shown.page.plan is not plan


# -- typing, autosave and undo ---------------------------------------------------------------


def test_typing_saves_itself_and_undo_brings_the_old_text_back(qtbot: QtBot, shown: Shown) -> None:
    field = shown.page.sections["styrker"].text
    old = field.toPlainText()
    type_into(qtbot, field, " Jeg er snill.")
    qtbot.waitUntil(
        lambda: shown.plan().section("styrker") == old + " Jeg er snill.", timeout=WAIT_MS
    )
    assert not field.dirty
    type_into(qtbot, field, " Og rask.")
    field.clearFocus()  # leaving the field saves at once
    assert shown.plan().section("styrker") == old + " Jeg er snill. Og rask."
    assert shown.editor.stack.count() == 1  # one run of typing, one undo step
    shown.editor.stack.undo()
    assert shown.plan().section("styrker") == old
    assert field.toPlainText() == old
    shown.editor.stack.redo()
    assert field.toPlainText() == old + " Jeg er snill. Og rask."


def test_a_reload_keeps_unsaved_typing_focus_and_cursor(qtbot: QtBot, shown: Shown) -> None:
    field = shown.page.sections["onsker"].text
    type_into(qtbot, field, " Og en hund.")
    position = field.textCursor().position()
    plan_ops.set_section(shown.store, shown.youth_id, "styrker", "Endret et annet sted.")
    shown.page.apply_changes(Changes(shown.youth_id, frozenset({"plan_section"})))
    assert field.dirty and field.toPlainText().endswith(" Og en hund.")
    assert field.hasFocus() and field.textCursor().position() == position
    assert shown.page.sections["styrker"].text.toPlainText() == "Endret et annet sted."


def test_a_goal_field_saves_and_undoes(qtbot: QtBot, shown: Shown) -> None:
    goal = shown.goal(1)
    card = shown.page.cards[goal.id]
    type_into(qtbot, card.texts["why"], " Og mamma blir glad.")
    card.texts["why"].clearFocus()
    assert shown.goal(1).fields.why == goal.fields.why + " Og mamma blir glad."
    card.area.setFocus()
    card.area.setCurrentIndex(card.area.findData(9))
    card.area.activated.emit(card.area.currentIndex())
    assert shown.goal(1).fields.area == 9
    shown.editor.stack.undo()
    assert shown.goal(1).fields.area == goal.fields.area
    assert card.area.currentData() == goal.fields.area
    shown.editor.stack.undo()
    assert shown.goal(1).fields == goal.fields
    assert card.texts["why"].toPlainText() == goal.fields.why


# -- ratings ---------------------------------------------------------------------------------


def test_a_keypress_on_the_ladder_rates_the_goal_today(qtbot: QtBot, shown: Shown) -> None:
    goal = shown.goal(0)
    ladder = shown.page.cards[goal.id].ladder
    ladder.setFocus()
    qtbot.keyClick(ladder, "5")
    latest = shown.goal(0).latest
    assert latest is not None and (latest.rated_on, latest.value) == (TODAY, 2)
    assert latest.lagmote_id is None  # no lagmøte held today
    assert "Nå: +2" in ladder.accessibleName()
    qtbot.keyClick(ladder, "-")
    assert shown.goal(0).ratings[-1].value == 1
    assert len(shown.goal(0).ratings) == len(goal.ratings) + 1  # one rating a day
    shown.editor.stack.undo()
    assert shown.goal(0).ratings[-1].value == 2
    shown.editor.stack.undo()
    assert shown.goal(0).ratings == goal.ratings
    assert ("update", "goal_rating") in audit(shown.store)


def test_a_rating_on_a_lagmote_day_is_tied_to_it(qtbot: QtBot, store: Store) -> None:
    meeting_day = TODAY + timedelta(days=LAGMOTER[2])
    shown = open_page(qtbot, store, today=meeting_day)
    goal = shown.goal(2)
    before = goal.latest
    assert before is not None and before.rated_on == meeting_day
    ladder = shown.page.cards[goal.id].ladder
    ladder.setFocus()
    qtbot.keyClick(ladder, "2")
    latest = shown.goal(2).latest
    assert latest is not None and latest.value == -1 and latest.lagmote_id is not None
    assert "på lagmøtet" in shown.page.cards[goal.id].rating_line.text()
    shown.editor.stack.undo()  # back to the rating made earlier that day
    assert shown.goal(2).latest == before


def test_tab_goes_from_one_ladder_to_the_next(qtbot: QtBot, shown: Shown) -> None:
    ladders = [card.ladder for card in shown.page.cards.values()]
    ladders[0].setFocus()
    qtbot.waitUntil(ladders[0].hasFocus)
    for current, following in pairwise(ladders):
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following
    qtbot.keyClick(ladders[-1], Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is ladders[-2]


# -- goals and tiltak ------------------------------------------------------------------------


def test_add_and_delete_goals_with_undo(qtbot: QtBot, shown: Shown) -> None:
    page = shown.page
    page.new_goal_text.setText("Jeg skal lære å sykle til skolen.")
    page.new_goal_button.click()
    plan = shown.plan()
    assert len(plan.goals) == 5 and plan.goals[-1].fields.text.startswith("Jeg skal lære")
    new_card = page.cards[plan.goals[-1].id]
    assert new_card.levels_panel.isVisibleTo(page)  # a new goal asks for its steps
    assert page.new_goal_text.text() == ""
    assert new_card.texts["why"].hasFocus()  # the next thing to write: why it matters
    doomed = plan.goals[0]
    page.cards[doomed.id].delete_button.click()
    assert [g.id for g in shown.plan().goals] == [g.id for g in plan.goals[1:]]
    assert doomed.id not in page.cards
    assert page.message.kind == "notice" and "slettet" in page.message.text()
    page.message.action.click()  # "Angre"
    assert not page.message.isVisible()
    back = shown.goal(0)
    assert back.id == doomed.id and back.ratings == doomed.ratings
    assert [t.id for t in back.tiltak] == [t.id for t in doomed.tiltak]
    assert doomed.id in page.cards
    shown.editor.stack.undo()
    assert len(shown.plan().goals) == 4
    shown.editor.stack.redo()
    assert shown.plan().goals[-1].id == plan.goals[-1].id  # the same id comes back


def test_an_empty_new_goal_is_refused_with_a_message(shown: Shown) -> None:
    shown.page.new_goal_button.click()
    assert shown.page.message.kind == "problem"
    assert "ungdommens egne ord" in shown.page.message.text()
    assert len(shown.plan().goals) == 4 and shown.editor.stack.count() == 0


def test_tiltak_are_added_edited_and_removed(qtbot: QtBot, shown: Shown) -> None:
    goal = shown.goal(3)
    box = shown.page.cards[goal.id].tiltak
    box.new_text.setText("Middag sammen på søndager.")
    box.add_button.click()
    assert shown.goal(3).tiltak[-1].fields.text == "Middag sammen på søndager."
    assert box.new_text.text() == ""
    row = box.model.rowCount() - 1
    box.model.setData(box.model.index(row, TiltakTableModel.COL_STATUS), "pagar")
    assert shown.goal(3).tiltak[-1].fields.status == "pagar"
    box.view.selectRow(row)
    box.delete_button.click()
    assert len(shown.goal(3).tiltak) == len(goal.tiltak)
    shown.editor.stack.undo()
    assert shown.goal(3).tiltak[-1].fields.status == "pagar"


def test_meeting_mode_shows_roles_not_names(shown: Shown) -> None:
    goal = shown.goal(0)
    model = shown.page.cards[goal.id].tiltak.model
    column = TiltakTableModel.COL_RESPONSIBLE
    assert "Jonas" in model.data(model.index(0, column))
    shown.page.set_theme(MEETING)
    assert model.data(model.index(0, column)) == "Én-til-én-oppfølger"


# -- bad input -------------------------------------------------------------------------------


def test_a_5000_character_goal_and_rtl_emoji_text_are_laid_out(qtbot: QtBot, shown: Shown) -> None:
    goal = shown.goal(0)
    card = shown.page.cards[goal.id]
    card.texts["text"].setPlainText("Jeg skal " + "x" * 4_991)
    card.texts["text"].flush()
    card.texts["level2"].setPlainText(RTL_EMOJI * 20)
    card.texts["level2"].flush()
    section = shown.page.sections["styrker"].text
    section.setPlainText(RTL_EMOJI)
    section.flush()
    assert len(shown.goal(0).fields.text) == 5_000
    assert shown.goal(0).fields.levels[2] == RTL_EMOJI * 20
    assert shown.page.message.kind == ""
    assert not shown.page.grab().isNull()
    geometry = card.ladder.ladder_geometry()
    first, last = geometry.rung(0).lines[1:]
    assert first.rtl and first.align == "right" and last.text.endswith("…")
    assert len(card.ladder.accessibleName()) < 200


def test_a_5001_character_goal_gets_a_message_and_writes_nothing(
    qtbot: QtBot, shown: Shown
) -> None:
    goal = shown.goal(0)
    field = shown.page.cards[goal.id].texts["text"]
    field.setPlainText("a" * 5_001)
    field.flush()
    message = shown.page.message
    assert message.isVisible() and message.kind == "problem"
    assert "(5001)" in message.text() and "5000" in message.text()
    assert shown.goal(0).fields == goal.fields
    assert field.toPlainText() == "a" * 5_001 and field.dirty  # the typing is kept
    assert shown.editor.stack.count() == 0
    field.setPlainText("Jeg skal gå på skolen.")
    field.flush()
    assert shown.goal(0).fields.text == "Jeg skal gå på skolen." and not message.isVisible()


# -- the audit log and speed -----------------------------------------------------------------


def test_every_change_lands_in_the_audit_log(qtbot: QtBot, shown: Shown) -> None:
    """Each kind of change the page makes, and an undo, writes its own line for the youth."""
    page, youth = shown.page, shown.youth_id
    logged = writes(shown.store)

    def new_lines() -> list[tuple[str, str]]:
        now = writes(shown.store)
        lines, logged[:] = now[len(logged) :], now
        assert all(line[2] == youth for line in lines)
        return [line[:2] for line in lines]

    field = page.sections["behov"].text
    field.setPlainText("Hjelp med matte.")
    field.flush()
    assert new_lines() == [("update", "plan_section")]
    page.new_goal_text.setText("Jeg skal sove før midnatt.")
    page.new_goal_button.click()
    assert new_lines() == [("create", "goal")]
    card = page.cards[shown.plan().goals[-1].id]
    card.texts["why"].setPlainText("Da orker jeg skolen.")
    card.texts["why"].flush()
    assert new_lines() == [("update", "goal")]
    card.ladder.setFocus()
    qtbot.keyClick(card.ladder, "3")
    assert new_lines() == [("create", "goal_rating")]
    qtbot.keyClick(card.ladder, "4")
    assert new_lines() == [("update", "goal_rating")]
    card.tiltak.new_text.setText("Legge bort mobilen klokka 23.")
    card.tiltak.add_button.click()
    assert new_lines() == [("create", "tiltak")]
    model = card.tiltak.model
    model.setData(model.index(0, TiltakTableModel.COL_STATUS), "pagar")
    assert new_lines() == [("update", "tiltak")]
    card.tiltak.view.selectRow(0)
    card.tiltak.delete_button.click()
    assert new_lines() == [("delete", "tiltak")]
    card.delete_button.click()
    assert new_lines() == [("delete", "goal"), ("delete", "goal_rating")]  # with its rating
    shown.editor.stack.undo()  # the goal comes back
    assert new_lines() == [("create", "goal"), ("create", "goal_rating")]
    assert len(shown.plan().goals) == 5


def test_ctrl_z_in_a_field_saves_then_undoes_through_the_window(qtbot: QtBot, shown: Shown) -> None:
    """The field's own undo is off: Ctrl+Z saves the typing and reaches the window's undo."""
    undo = shown.editor.stack.createUndoAction(shown.page)
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    shown.page.addAction(undo)  # as the main window does with its own actions
    field = shown.page.sections["mal"].text
    old = field.toPlainText()
    type_into(qtbot, field, " Og lappen.")
    assert field.dirty
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == old and shown.plan().section("mal") == old
    assert shown.editor.stack.canRedo() and field.hasFocus()


# -- the ladder widget -----------------------------------------------------------------------


def test_the_ladder_asks_for_a_rating_on_a_click_and_never_writes(
    qtbot: QtBot, shown: Shown
) -> None:
    goal = shown.goal(0)
    ladder = GoalLadder()
    qtbot.addWidget(ladder)
    ladder.set_goal(goal)
    ladder.resize(ladder.sizeHint())
    geometry = ladder.ladder_geometry()
    row = geometry.rung(-1).row
    with qtbot.waitSignal(ladder.rating_requested) as blocker:
        qtbot.mouseClick(
            ladder, Qt.MouseButton.LeftButton, pos=QPoint(int(row.x) + 4, int(row.centre[1]))
        )
    assert blocker.args == [-1]
    assert shown.goal(0) == goal
    with qtbot.assertNotEmitted(ladder.rating_requested):
        qtbot.keyClick(ladder, "7")
        qtbot.keyClick(ladder, Qt.Key.Key_Space)


def test_the_ladder_explains_itself_in_tooltips_and_sizes(qtbot: QtBot, shown: Shown) -> None:
    goal = shown.goal(0)
    ladder = GoalLadder()
    qtbot.addWidget(ladder)
    ladder.set_theme(MEETING)
    ladder.set_goal(goal)
    ladder.resize(1600, ladder.sizeHint().height())
    assert ladder.minimumSizeHint().width() <= ladder.sizeHint().width()
    assert ladder.sizeHint().height() == ladder.height()
    geometry = ladder.ladder_geometry()
    now = geometry.points[-1]
    assert ladder.tooltip_at(QPointF(now.x, now.y)) == rating_tooltip(goal.ratings[-1])
    assert "(lagmøte)" in rating_tooltip(goal.ratings[-1])
    zero = geometry.rung(0).row
    text = ladder.tooltip_at(QPointF(zero.x + 4, zero.centre[1]))
    assert text is not None and text.startswith("0 Som ventet") and "Tast 3" in text
    assert "1–5" in ladder.accessibleDescription()
    ladder.setFocus()
    assert not ladder.grab().isNull()  # paints with focus ring, meeting sizes


def test_a_goal_without_ratings_or_steps_says_so(qtbot: QtBot) -> None:
    ladder = GoalLadder()
    qtbot.addWidget(ladder)
    with qtbot.assertNotEmitted(ladder.rating_requested):
        qtbot.keyClick(ladder, "3")  # no goal yet
    ladder.set_goal(GoalInfo(1, 0, GoalFields("Sykle til skolen."), TODAY))
    assert ladder.accessibleName() == "Mål: Sykle til skolen. Ikke vurdert ennå."
    texts = [label.text for label in ladder.ladder_geometry().labels]
    assert "Ikke vurdert ennå" in texts
    assert "Ikke beskrevet ennå." in ladder.accessibleDescription()


def test_tiltak_editors_offer_the_team_dates_and_statuses(qtbot: QtBot, shown: Shown) -> None:
    goal = shown.goal(0)
    box = shown.page.cards[goal.id].tiltak
    delegate = box.view.itemDelegate()
    option = QStyleOptionViewItem()
    who = box.model.index(0, TiltakTableModel.COL_RESPONSIBLE)
    combo = delegate.createEditor(box.view.viewport(), option, who)
    assert isinstance(combo, QComboBox)
    delegate.setEditorData(combo, who)
    assert combo.currentData() == goal.tiltak[0].fields.responsible_id
    assert combo.itemText(0) == "Ingen valgt" and combo.count() == len(shown.plan().members) + 1
    combo.setCurrentIndex(0)
    delegate.setModelData(combo, box.model, who)
    assert shown.goal(0).tiltak[0].fields.responsible_id is None
    when = box.model.index(0, TiltakTableModel.COL_DUE)
    dates = delegate.createEditor(box.view.viewport(), option, when)
    assert isinstance(dates, QDateEdit) and dates.displayFormat() == "dd.MM.yyyy"
    delegate.setEditorData(dates, when)
    dates.setDate(dates.minimumDate())  # shown as "Ingen frist"
    assert dates.text() == "Ingen frist"
    delegate.setModelData(dates, box.model, when)
    assert shown.goal(0).tiltak[0].fields.due_on is None
    shown.editor.stack.undo()
    shown.editor.stack.undo()
    assert shown.goal(0).tiltak[0] == goal.tiltak[0]


# -- another youth ---------------------------------------------------------------------------


def test_switching_youth_never_carries_unsaved_text_over(qtbot: QtBot, shown: Shown) -> None:
    """Typing that can be saved is saved for the youth it was typed for; typing that cannot
    is dropped and named, and the next youth's plan is left as it was."""
    page, store = shown.page, shown.store
    other = another_youth(shown)
    other_before = load_plan(store, other)
    mine_before = shown.plan()
    refused = page.sections["styrker"].text
    refused.setPlainText("x" * 20_001)
    refused.flush()
    assert page.message.kind == "problem" and refused.dirty
    goal_text = page.cards[mine_before.goals[0].id].texts["text"]
    goal_text.setPlainText("y" * 5_001)
    goal_text.flush()
    assert goal_text.dirty
    pending = page.sections["onsker"].text
    pending.setPlainText("Jeg ønsker meg en sykkel.")  # not yet saved: the pause is not over
    assert pending.dirty

    page.show_youth(YouthContext(store, shown.editor, other, TODAY))

    mine = shown.plan()
    assert mine.section("onsker") == "Jeg ønsker meg en sykkel."  # saved for the youth before
    assert mine.section("styrker") == mine_before.section("styrker")
    assert mine.goals == mine_before.goals
    assert load_plan(store, other) == other_before
    styrker = page.sections["styrker"].text
    assert styrker.toPlainText() == "Ungdom B er god til å tegne." and not styrker.dirty
    assert styrker.styleSheet() == ""  # the problem mark went with the text
    assert not page.has_unsaved()
    assert [c.goal.id for c in page.cards.values()] == [g.id for g in other_before.goals]
    message = page.message
    assert message.isVisible() and message.kind == "warning"
    assert "«Styrker»" in message.text() and "Mål 1" in message.text()
    assert "xxx" not in message.text() and "yyy" not in message.text()
    logged = writes(store)
    page.flush()
    assert writes(store) == logged  # nothing waits to be written into the new youth
    styrker.setPlainText("Tegner og maler.")
    styrker.flush()
    assert load_plan(store, other).section("styrker") == "Tegner og maler."
    assert shown.plan().section("styrker") == mine_before.section("styrker")
    assert message.isVisible()  # a later change does not take the warning away


def test_a_failed_read_on_switch_empties_and_disables_the_page(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, store = shown.page, shown.store
    other = another_youth(shown)
    refused = page.sections["styrker"].text
    refused.setPlainText("x" * 20_001)
    refused.flush()
    logged = writes(store)

    def fail(_store: Store, _youth_id: int) -> PlanView:
        raise DatabaseError("Databasen er låst av et annet program som bruker den.")

    monkeypatch.setattr("lagmote.ui.plan_page.load_plan", fail)
    context = YouthContext(store, shown.editor, other, TODAY)
    page.show_youth(context)
    assert not page.content.isEnabled()
    assert page.message.isVisible()
    assert "Databasen er låst av et annet program" in page.message.text()
    assert "«Styrker»" in page.message.text()
    assert page.plan is None and page.cards == {}
    assert all(f.text.toPlainText() == "" and not f.text.dirty for f in page.sections.values())
    page.flush()
    page.new_goal_text.setText("Et mål.")
    page.new_goal_text.returnPressed.emit()
    page.apply_changes(Changes(other, frozenset({"goal"})))
    page.apply_changes(Changes(shown.youth_id, frozenset({"goal"})))
    assert writes(store) == logged
    assert page.plan is None  # the youth before is not shown again either
    monkeypatch.undo()
    page.show_youth(context)  # the window's "Les inn på nytt"
    assert page.content.isEnabled() and page.plan is not None and page.plan.youth_id == other
    assert page.sections["styrker"].text.toPlainText() == "Ungdom B er god til å tegne."


# -- the deleted-goal notice -----------------------------------------------------------------


def test_the_notices_angre_takes_back_only_the_deletion(qtbot: QtBot, shown: Shown) -> None:
    page, stack = shown.page, shown.editor.stack
    plan = shown.plan()
    page.cards[plan.goals[0].id].delete_button.click()
    angre = page.message.action
    assert page.message.kind == "notice" and angre.isVisibleTo(page)
    field = page.sections["behov"].text
    field.setPlainText("Hjelp med lekser.")
    field.flush()
    assert not page.message.isVisible()  # any later change ends the notice
    angre.click()  # a late click does nothing
    assert shown.plan().section("behov") == "Hjelp med lekser."
    assert [g.id for g in shown.plan().goals] == [g.id for g in plan.goals[1:]]
    assert stack.index() == 2

    page.cards[plan.goals[1].id].delete_button.click()
    assert page.message.kind == "notice"
    stack.undo()  # the window's undo takes the deletion back
    assert not page.message.isVisible()
    field.setPlainText("Hjelp med matte.")  # the same place on the stack, another step
    field.flush()
    angre.click()
    assert shown.plan().section("behov") == "Hjelp med matte."
    assert [g.id for g in shown.plan().goals] == [g.id for g in plan.goals[1:]]


# -- meeting mode ----------------------------------------------------------------------------


def test_meeting_mode_folds_sensitive_goals_and_sections_away(qtbot: QtBot, shown: Shown) -> None:
    page = shown.page
    goals = shown.plan().goals
    sensitive = goals[1]
    plan_ops.update_goal(
        shown.store, shown.youth_id, sensitive.id, replace(sensitive.fields, area=4)
    )
    page.apply_changes(Changes(shown.youth_id, frozenset({"goal"})))
    card, plain = page.cards[sensitive.id], page.cards[goals[0].id]
    ring, trygghet = page.sections["ring"], page.sections["trygghet"]
    assert not card.is_concealed and card.body.isVisible()  # the desk shows everything

    page.set_theme(MEETING)
    assert card.is_concealed and not card.body.isVisible() and card.concealed.isVisible()
    assert not card.delete_button.isVisible() and card.heading.isVisible()
    assert not plain.is_concealed and plain.body.isVisible()
    for field in (ring, trygghet):
        assert field.is_concealed and not field.text.isVisible() and field.concealed.isVisible()
        assert field.concealed_label.text() == "Skjult i møtemodus (følsomt)"
    assert page.sections["styrker"].text.isVisible()
    plain.ladder.setFocus()
    qtbot.waitUntil(plain.ladder.hasFocus)
    qtbot.keyClick(plain.ladder, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.cards[goals[2].id].ladder  # past the hidden one

    ring.reveal_button.click()
    card.reveal_button.click()
    assert ring.text.isVisible() and ring.text.toPlainText() == shown.plan().section("ring")
    assert card.body.isVisible() and trygghet.is_concealed
    page.set_theme(MEETING)  # the theme again (a page built later): what was shown stays
    assert ring.text.isVisible() and card.body.isVisible()
    page.set_theme(NORMAL)
    assert not any(x.is_concealed for x in (card, ring, trygghet))
    page.set_theme(MEETING)  # a new meeting: hidden again until someone chooses otherwise
    assert card.is_concealed and ring.is_concealed and trygghet.is_concealed
    assert not ring.text.isVisible()


def test_an_area_the_team_marks_sensitive_hides_its_goals(shown: Shown) -> None:
    from lagmote.db.kartlegging_ops import set_marked_sensitive

    page = shown.page
    goal = shown.plan().goals[0]
    plan_ops.update_goal(shown.store, shown.youth_id, goal.id, replace(goal.fields, area=2))
    page.apply_changes(Changes(shown.youth_id, frozenset({"goal"})))
    page.set_theme(MEETING)
    assert not page.cards[goal.id].is_concealed  # Familie is not sensitive by the standard
    page.apply_changes(set_marked_sensitive(shown.store, shown.youth_id, frozenset({2})))
    assert page.cards[goal.id].is_concealed
