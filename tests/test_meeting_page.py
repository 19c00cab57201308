"""The Lagmøter page with the demo youth: plan a meeting on the proposed date, run it step by
step (attendees, the youth's words, a goal rated live, who does what, a decision), finish it
and undo that; what happened since the last meeting as the records say; the warning for a
late date; and meeting mode, where no adult is named and the team's notes are hidden."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QDate, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lagmote.db import plan_ops
from lagmote.db.meeting_queries import load_meetings
from lagmote.db.minutes_queries import load_minutes
from lagmote.db.plan_queries import load_plan
from lagmote.db.store import Store
from lagmote.demo import build_demo
from lagmote.meetings import LagmoteInfo, MeetingsView, propose_next, since_last
from lagmote.pdf.minutes_pdf import minutes_pdf
from lagmote.plan import PlanView
from lagmote.ui.meeting_models import (
    STEP_KEYS,
    ActionTableModel,
    DecisionListModel,
    LineListModel,
    MeetingListModel,
    StepListModel,
)
from lagmote.ui.meeting_page import MeetingPage
from lagmote.ui.meeting_shown import NAMED_ROLES, Line
from lagmote.ui.theme import MEETING, NORMAL
from lagmote.widgets.ladder_geometry import format_value
from tests.pages import ShownPage, showing_demo_youth
from tests.test_minutes import pdf_text

TODAY = date(2026, 12, 1)


class Shown(ShownPage[MeetingPage]):
    def view(self) -> MeetingsView:
        return load_meetings(self.store, self.youth_id)

    def plan(self) -> PlanView:
        return load_plan(self.store, self.youth_id)

    def meeting(self, lagmote_id: int) -> LagmoteInfo:
        meeting = self.view().meeting(lagmote_id)
        assert meeting is not None
        return meeting


@pytest.fixture
def shown(qtbot: QtBot, store: Store) -> Iterator[Shown]:
    yield from showing_demo_youth(qtbot, store, Shown, MeetingPage, TODAY)


def _plan_proposed(shown: Shown) -> int:
    """Plan a meeting on the date the planner proposes; its id."""
    before = {m.id for m in shown.view().meetings}
    shown.page.list.planner.plan_button.click()
    new = [m.id for m in shown.view().meetings if m.id not in before]
    assert len(new) == 1
    return new[0]


def _open(shown: Shown, lagmote_id: int) -> None:
    page = shown.page
    page.list.table.selectRow(page.list.model.row_of(lagmote_id))
    page.list.open_button.click()
    assert page.meeting is not None and page.meeting.id == lagmote_id
    assert page.views.currentWidget() is page.run


# --- planning -------------------------------------------------------------------------------


def test_the_planner_proposes_the_standards_date(shown: Shown) -> None:
    view = shown.view()
    proposal = propose_next(view.dates, TODAY)
    assert proposal is not None
    planner = shown.page.list.planner
    assert planner.chosen == proposal.on
    assert proposal.reason in planner.proposal_label.text()
    new = _plan_proposed(shown)
    meeting = shown.meeting(new)
    assert meeting.meeting_on == proposal.on and not meeting.held
    assert shown.page.list.selected is not None and shown.page.list.selected.id == new
    assert "planlagt" in shown.page.message.text()
    shown.editor.stack.undo()
    assert shown.view().meeting(new) is None


def test_a_date_eight_weeks_after_the_last_is_warned_about(shown: Shown) -> None:
    view = shown.view()
    last = max(m.meeting_on for m in view.meetings if m.held)
    planner = shown.page.list.planner
    late = last + timedelta(weeks=8)
    planner.date_edit.setDate(QDate(late.year, late.month, late.day))
    assert not planner.warning_label.isHidden()
    days = (late - (last + timedelta(days=42))).days
    assert f"{days} dager etter fristen" in planner.warning
    assert planner.warning.startswith("⚠")
    # In the meeting being run, the next one is counted from its date: six weeks is fine.
    new = _plan_proposed(shown)
    _open(shown, new)
    inner = shown.page.run.next.planner
    on = shown.meeting(new).meeting_on
    assert inner.chosen == on + timedelta(days=42)
    assert inner.warning == ""
    eight = on + timedelta(weeks=8)
    inner.date_edit.setDate(QDate(eight.year, eight.month, eight.day))
    assert "14 dager etter fristen" in inner.warning


def test_only_a_planned_empty_meeting_can_be_deleted(shown: Shown) -> None:
    page = shown.page
    held = next(m for m in shown.view().meetings if m.held)
    page.list.table.selectRow(page.list.model.row_of(held.id))
    assert not page.list.delete_button.isEnabled()
    new = _plan_proposed(shown)
    page.list.table.selectRow(page.list.model.row_of(new))
    assert page.list.delete_button.isEnabled()
    page.list.delete_button.click()
    assert shown.view().meeting(new) is None
    assert "slettet" in page.message.text()
    shown.editor.stack.undo()
    assert shown.view().meeting(new) is not None  # back under its id


# --- running it -----------------------------------------------------------------------------


def test_the_whole_meeting_is_run_and_finished(shown: Shown, qtbot: QtBot, tmp_path: Path) -> None:
    page, run = shown.page, shown.page.run
    new = _plan_proposed(shown)
    _open(shown, new)
    assert run.step == 0 and run.step_title.text() == "Siden sist"

    # who is there: three members ticked, and an interpreter as a guest
    members = [m for m in shown.view().members if m.active][:3]
    for member in members:
        run.since.attendees.boxes[member.id].click()
    run.since.attendees.guest_name.setText("Tolk (arabisk)")
    run.since.attendees.add_guest_button.click()
    attendees = shown.meeting(new).attendees
    assert [a.member_id for a in attendees] == [*(m.id for m in members), None]
    assert attendees[-1].name == "Tolk (arabisk)" and attendees[-1].role == "annen"
    assert run.since.attendees.guest_name.text() == ""

    # the youth's own words come first of the agenda
    run.go_next()
    assert STEP_KEYS[run.step] == "ungdommens_ord"
    field = run.youth.words.text
    field.setFocus()
    qtbot.keyClicks(field, "Jeg vil ha jobb i sommer.")
    page.flush()
    assert shown.meeting(new).youth_words == "Jeg vil ha jobb i sommer."

    # a goal rated live: digit 5 is +2, tied to this meeting
    run.go_next()
    goal = shown.plan().goals[0]
    ladder = run.goals.rows[goal.id].ladder
    ladder.setFocus()
    qtbot.waitUntil(ladder.hasFocus)
    qtbot.keyClick(ladder, Qt.Key.Key_5)
    rated = next(g for g in shown.plan().goals if g.id == goal.id).latest
    assert rated is not None
    assert (rated.rated_on, rated.value, rated.lagmote_id) == (TODAY, 2, new)

    # who does what by when
    run.go_to(STEP_KEYS.index("hvem_gjor_hva"))
    agreed = run.agreed
    owner = members[1]
    agreed.action_text.setText("Ringe skolen om timeplanen")
    agreed.owner.setCurrentIndex(agreed.owner.findData(owner.id))
    due = TODAY + timedelta(days=10)
    agreed.due.setDate(QDate(due.year, due.month, due.day))
    agreed.add_action_button.click()
    item = shown.meeting(new).action_items[0]
    assert (item.text, item.owner_id, item.due_on) == ("Ringe skolen om timeplanen", owner.id, due)
    assert agreed.actions_model.index(0, ActionTableModel.COL_OWNER).data() == (
        f"{owner.name} ({owner.role_name})"
    )
    decision = "Emil prøver sykkelverkstedet onsdag."
    agreed.decision_text.setText(decision)
    agreed.add_decision_button.click()
    assert [d.text for d in shown.meeting(new).decisions] == [decision]
    assert agreed.decisions_model.rowCount() == 1

    # finished, and undone
    run.finish_button.click()
    assert shown.meeting(new).held
    assert run.finish_button.text() == "Åpne møtet igjen"
    assert "avsluttet" in page.message.text()
    shown.editor.stack.undo()
    assert not shown.meeting(new).held
    assert run.finish_button.text() == "Avslutt møtet"
    shown.editor.stack.undo()  # the decision
    assert shown.meeting(new).decisions == ()
    shown.editor.stack.redo()
    assert len(shown.meeting(new).decisions) == 1

    # finished again, and there it is in the minutes sent to the participants
    run.finish_button.click()
    number = shown.view().number(new)
    minutes = load_minutes(shown.store, shown.youth_id, number, TODAY)
    assert minutes.held and minutes.youth_words == "Jeg vil ha jobb i sommer."
    assert [a.text for a in minutes.actions] == ["Ringe skolen om timeplanen"]
    assert minutes.actions[0].owner_text == f"{owner.name} ({owner.role_name})"
    assert minutes.decisions == (decision,)
    assert "Tolk (arabisk)" in [p.name for p in minutes.attendees]
    text = " ".join(pdf_text(minutes_pdf(minutes), tmp_path))
    assert "Ringe skolen om timeplanen" in text and decision in text


def test_keys_move_between_the_steps(shown: Shown, qtbot: QtBot) -> None:
    _open(shown, shown.view().meetings[-1].id)
    run = shown.page.run
    run.step_list.setFocus()
    qtbot.waitUntil(run.step_list.hasFocus)
    qtbot.keyClick(run.step_list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert run.step == 1
    qtbot.keyClick(run.step_list, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert run.step == 2 and run.step_list.currentIndex().row() == 2
    qtbot.keyClick(run.step_list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(run.step_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert run.step == 0 and not run.previous_button.isEnabled()
    run.step_list.setCurrentIndex(run.step_model.index(8, 0))
    assert run.step == 8 and not run.next_button.isEnabled()
    assert run.step_prompt.text() == "Når er neste lagmøte, og hvem kaller inn?"
    run.go_to(1)
    field = run.youth.words.text  # the keys work while typing, too
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert run.step == 2


def test_agenda_notes_are_saved_and_an_emptied_one_is_gone(shown: Shown, qtbot: QtBot) -> None:
    new = _plan_proposed(shown)
    _open(shown, new)
    run = shown.page.run
    run.go_to(STEP_KEYS.index("familien"))
    field = run.family.note.text
    field.setFocus()
    qtbot.keyClicks(field, "Helgene er bedre.")
    shown.page.flush()
    assert shown.meeting(new).agenda_note("familien") == "Helgene er bedre."
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    shown.page.flush()
    assert "familien" not in shown.meeting(new).agenda_notes
    shown.editor.stack.undo()  # both edits were one step of typing: back to no note at all
    assert "familien" not in shown.meeting(new).agenda_notes


def test_a_refused_change_is_named_and_nothing_is_written(shown: Shown) -> None:
    planned = shown.view().planned[0]
    assert planned.meeting_on > TODAY  # the demo's next meeting is still to come
    _open(shown, planned.id)
    page, run = shown.page, shown.page.run
    run.go_to(STEP_KEYS.index("hvem_gjor_hva"))
    run.agreed.action_text.setText("   ")
    run.agreed.add_action_button.click()
    assert page.message.kind == "problem" and "Skriv hva som skal gjøres" in page.message.text()
    run.finish_button.click()  # a meeting dated after today cannot have been held
    assert page.message.kind == "problem" and "fram i tid" in page.message.text()
    assert shown.meeting(planned.id) == planned
    assert shown.editor.stack.count() == 0
    run.agreed.decision_text.setText("Vi møtes igjen.")
    run.agreed.add_decision_button.click()
    assert page.message.kind == ""  # the next change that works takes the problem away


def test_an_action_and_a_decision_are_changed_and_the_change_undone(shown: Shown) -> None:
    new = _plan_proposed(shown)
    _open(shown, new)
    page, agreed = shown.page, shown.page.run.agreed
    page.run.go_to(STEP_KEYS.index("hvem_gjor_hva"))
    first, second = [m for m in shown.view().members if m.active][:2]
    agreed.action_text.setText("Ringe skolen")
    agreed.owner.setCurrentIndex(agreed.owner.findData(first.id))
    due = TODAY + timedelta(days=10)
    agreed.due.setDate(QDate(due.year, due.month, due.day))
    agreed.add_action_button.click()
    agreed.decision_text.setText("Vi møtes hver tirsdag.")
    agreed.add_decision_button.click()
    item = shown.meeting(new).action_items[0]
    steps = shown.editor.stack.count()

    # the item into the form: its text, owner and date, saved instead of added
    assert not agreed.edit_action_button.isEnabled()
    agreed.actions_table.selectRow(0)
    agreed.edit_action_button.click()
    assert agreed.editing_action == item.id
    assert agreed.action_text.text() == "Ringe skolen"
    assert agreed.owner.currentData() == first.id
    assert agreed.due.date() == QDate(due.year, due.month, due.day)
    assert agreed.save_action_button.isVisibleTo(agreed)
    assert not agreed.add_action_button.isVisibleTo(agreed)

    # a refusal: named, nothing written, still changing the item
    agreed.action_text.setText("  ")
    agreed.save_action_button.click()
    assert page.message.kind == "problem" and "Skriv hva som skal gjøres" in page.message.text()
    assert shown.meeting(new).action_items == (item,)
    assert shown.editor.stack.count() == steps and agreed.editing_action == item.id

    later = due + timedelta(days=7)
    agreed.action_text.setText("Ringe skolen om timeplanen")
    agreed.owner.setCurrentIndex(agreed.owner.findData(second.id))
    agreed.due.setDate(QDate(later.year, later.month, later.day))
    agreed.save_action_button.click()
    changed = shown.meeting(new).action_items[0]
    assert (changed.id, changed.text, changed.owner_id, changed.due_on) == (
        item.id,
        "Ringe skolen om timeplanen",
        second.id,
        later,
    )
    assert page.message.kind == "" and shown.editor.stack.count() == steps + 1
    assert agreed.editing_action is None and agreed.action_text.text() == ""
    assert agreed.add_action_button.isVisibleTo(agreed)
    assert agreed.actions_model.index(0, ActionTableModel.COL_TEXT).data() == changed.text
    shown.editor.stack.undo()
    assert shown.meeting(new).action_items == (item,)
    shown.editor.stack.redo()
    assert shown.meeting(new).action_items == (changed,)

    # cancelling leaves the item as it is; a double click or Enter on the row opens it too
    agreed.actions_table.selectRow(0)
    agreed.actions_table.activated.emit(agreed.actions_model.index(0, 0))
    assert agreed.editing_action == item.id
    agreed.action_text.setText("Noe annet")
    agreed.cancel_action_button.click()
    assert agreed.editing_action is None and agreed.action_text.text() == ""
    assert shown.meeting(new).action_items == (changed,)

    # a decision's text: selected, into the line, saved, and undone
    decision = shown.meeting(new).decisions[0]
    agreed.decisions_table.selectRow(0)
    agreed.edit_decision_button.click()
    assert agreed.decision_text.text() == "Vi møtes hver tirsdag."
    assert agreed.save_decision_button.isVisibleTo(agreed)
    agreed.decision_text.setText("Vi møtes hver onsdag.")
    agreed.save_decision_button.click()
    assert [d.text for d in shown.meeting(new).decisions] == ["Vi møtes hver onsdag."]
    assert shown.meeting(new).decisions[0].id == decision.id
    assert agreed.editing_decision is None and agreed.decision_text.text() == ""
    assert agreed.add_decision_button.isVisibleTo(agreed)
    shown.editor.stack.undo()
    assert shown.meeting(new).decisions == (decision,)
    assert shown.meeting(new).action_items == (changed,)  # the one step was the decision


def test_a_meeting_dated_later_is_moved_to_today_to_rate_for_it(shown: Shown, qtbot: QtBot) -> None:
    planned = shown.view().planned[0]
    assert planned.meeting_on != TODAY
    _open(shown, planned.id)
    goals = shown.page.run.goals
    shown.page.run.go_to(STEP_KEYS.index("maal"))
    assert goals.today_button.isVisibleTo(shown.page)
    assert "knyttes ikke til dette møtet" in goals.live_label.text()
    goals.today_button.click()
    assert shown.meeting(planned.id).meeting_on == TODAY
    assert not goals.today_button.isVisibleTo(shown.page)
    goal = shown.plan().goals[1]
    ladder = goals.rows[goal.id].ladder
    ladder.setFocus()
    qtbot.waitUntil(ladder.hasFocus)
    qtbot.keyClick(ladder, Qt.Key.Key_1)
    latest = next(g for g in shown.plan().goals if g.id == goal.id).latest
    assert latest is not None and (latest.value, latest.lagmote_id) == (-2, planned.id)
    shown.editor.stack.undo()
    shown.editor.stack.undo()
    assert shown.meeting(planned.id).meeting_on == planned.meeting_on


# --- since the last meeting -----------------------------------------------------------------


def _lines(shown: Shown, key: str) -> list[str]:
    return shown.page.run.since.lines(key)


def test_since_last_says_what_the_records_say(shown: Shown) -> None:
    view, plan = shown.view(), shown.plan()
    planned = view.planned[0]
    _open(shown, planned.id)
    since = since_last(view, plan, planned.id, TODAY)
    assert since.tiltak_late, "the demo has a measure past its date"
    late = _lines(shown, "late")
    assert len(late) == len(since.tiltak_late)
    for measure, line in zip(since.tiltak_late, late, strict=True):
        assert line.startswith("⚠ For sent") and measure.fields.text in line
    not_kept = _lines(shown, "not_kept")
    if since.actions_not_kept:
        for item, line in zip(since.actions_not_kept, not_kept, strict=True):
            assert line.startswith("⚠ For sent") and " ".join(item.text.split()) in line
    else:
        assert not_kept == ["Ingen oppgaver fra tidligere lagmøter er over fristen."]
    model = shown.page.run.since.models["late"]
    assert all(model.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(len(late)))


def test_since_last_at_the_third_meeting_shows_the_goals_that_moved(shown: Shown) -> None:
    view, plan = shown.view(), shown.plan()
    third = [m for m in view.meetings if m.held][2]
    _open(shown, third.id)
    since = since_last(view, plan, third.id, TODAY)
    assert since.goals_moved, "the demo's goals were rated anew at the third meeting"
    lines = _lines(shown, "goals")
    assert len(lines) == len(since.goals_moved)
    for move, line in zip(since.goals_moved, lines, strict=True):
        assert move.before is not None
        assert f"{format_value(move.before)} → {format_value(move.now)}" in line
        assert ("▲ bedre" if move.now > move.before else "▼ dårligere") in line


# --- meeting mode ---------------------------------------------------------------------------


def _model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    # A list model's columnCount is private in PySide: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for row in range(model.rowCount()):
        for column in range(columns):
            for role in roles:
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def _visible_texts(root: QWidget) -> list[str]:
    """Every text a visible widget under ``root`` shows or reads out, models included."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model())
    return [t for t in texts if t]


def _all_steps_texts(shown: Shown) -> list[str]:
    texts: list[str] = []
    for step in range(len(STEP_KEYS)):
        shown.page.run.go_to(step)
        texts += _visible_texts(shown.page)
    return texts


def test_meeting_mode_names_no_adult_and_hides_the_teams_notes(shown: Shown) -> None:
    view = shown.view()
    third = [m for m in view.meetings if m.held][2]
    adults = [m for m in view.members if m.role not in NAMED_ROLES and m.name]
    family = [m for m in view.members if m.role in NAMED_ROLES and m.name]
    assert adults and family and third.notes
    _open(shown, third.id)
    normal = "\n".join(_all_steps_texts(shown))
    assert any(a.name in normal for a in adults)  # the walk sees names where they are shown
    assert third.notes in normal

    shown.page.set_theme(MEETING)
    assert shown.page.meeting is not None and shown.page.meeting.id == third.id
    meeting = "\n".join(_all_steps_texts(shown))
    for adult in adults:
        assert adult.name not in meeting
        assert adult.phone not in meeting and adult.email not in meeting
    assert all(f.name in meeting for f in family if f.active)
    assert third.notes not in meeting
    assert third.agenda_note("koordinering") == "" or third.agenda_note("koordinering") not in (
        meeting
    )
    assert "Skjult i møtemodus" in meeting
    assert third.youth_words in meeting  # the youth's own words are for the wall


def test_meeting_mode_hides_goals_in_sensitive_areas_until_shown(shown: Shown) -> None:
    plan = shown.plan()
    goal = plan.goals[0]
    fields = goal.fields.__class__(goal.fields.text, 4, goal.fields.why, goal.fields.levels)
    plan_ops.update_goal(shown.store, shown.youth_id, goal.id, fields)
    new = _plan_proposed(shown)
    _open(shown, new)
    page = shown.page
    page.set_theme(MEETING)
    page.run.go_to(STEP_KEYS.index("maal"))
    row = page.run.goals.rows[goal.id]
    assert not row.ladder.isVisibleTo(page) and row.concealed.isVisibleTo(page)
    assert goal.fields.text not in "\n".join(_all_steps_texts(shown))
    page.run.go_to(STEP_KEYS.index("maal"))
    row.reveal_button.click()
    assert row.ladder.isVisibleTo(page)
    assert goal.fields.text in row.heading.text()
    page.set_theme(NORMAL)
    page.set_theme(MEETING)  # shown on request for one meeting only
    assert row.concealed.isVisibleTo(page)


# --- the models -----------------------------------------------------------------------------


def test_models_pass_the_model_tester(shown: Shown, qtmodeltester: QObject) -> None:
    view = shown.view()
    third = [m for m in view.meetings if m.held][2]
    meetings = MeetingListModel()
    meetings.set_meetings(view, TODAY)
    actions = ActionTableModel()
    actions.set_items(third.action_items, lambda _item: "Skole", TODAY)
    decisions = DecisionListModel()
    decisions.set_rows(third.decisions)
    lines = LineListModel()
    lines.set_lines([Line("⚠ For sent", late=True), Line("Ingen.")])
    for model in (meetings, actions, decisions, lines, StepListModel()):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert meetings.rowCount() == len(view.meetings)
    assert lines.index(0, 0).data(Qt.ItemDataRole.UserRole + 2) is True


def test_typing_for_one_meeting_never_lands_in_another(shown: Shown, qtbot: QtBot) -> None:
    view = shown.view()
    third = [m for m in view.meetings if m.held][2]
    planned = view.planned[0]
    _open(shown, planned.id)
    run = shown.page.run
    run.go_next()
    field = run.youth.words.text
    field.setFocus()
    qtbot.keyClicks(field, "Bare til dette møtet")
    run.back_button.click()  # saves first, for the meeting it was typed in
    assert shown.meeting(planned.id).youth_words == "Bare til dette møtet"
    _open(shown, third.id)
    assert run.youth.words.text.toPlainText() == third.youth_words
    assert QApplication.instance() is not None


def test_meeting_mode_shows_nothing_the_privacy_list_forbids(shown: Shown) -> None:
    """The project's own list of what the room may see (tests/test_meeting_mode_privacy.py),
    checked on every step of a held meeting and of the planned one."""
    from tests.test_meeting_mode_privacy import sensitive_values, visible_texts

    secrets = sensitive_values(build_demo(TODAY))
    view = shown.view()
    shown.page.set_theme(MEETING)
    for meeting in (view.meetings[2], view.planned[0]):
        _open(shown, meeting.id)
        for step in range(len(STEP_KEYS)):
            shown.page.run.go_to(step)
            QApplication.processEvents()
            text = "\n".join(t for t in visible_texts(shown.page) if t)
            assert [s[:30] for s in secrets if s in text] == [], STEP_KEYS[step]
        shown.page.show_list()
    text = "\n".join(t for t in visible_texts(shown.page) if t)
    assert [s[:30] for s in secrets if s in text] == []
