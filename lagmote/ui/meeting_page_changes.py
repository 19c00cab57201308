"""How the Lagmøter page turns the run view's and the list's requests into changes.

:class:`MeetingPageChanges` is a mixin of :class:`~lagmote.ui.meeting_page.MeetingPage`,
kept apart so that each module stays small: its slots make one undoable change each through
:class:`~lagmote.ui.meeting_actions.MeetingActions` (a refusal is named in the message above
the page, with nothing written) and update the run view where the change asks for it. The
page owns the state the slots read and write; it is declared here for the type checker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from lagmote.dates import format_date
from lagmote.db.store import Changes
from lagmote.meetings import ActionFields, LagmoteInfo, MeetingsView
from lagmote.plan import PlanView
from lagmote.team import ActionItemInfo
from lagmote.ui.context import YouthContext
from lagmote.ui.meeting_actions import MeetingActions, fields_of
from lagmote.ui.meeting_run import MeetingRun
from lagmote.ui.meeting_shown import meeting_title
from lagmote.ui.meeting_widgets import NoteField
from lagmote.ui.page_changes import make_change
from lagmote.ui.plan_fields import MessageBar
from lagmote.ui.theme import Theme

MEETING_TEXTS = frozenset({"youth_words", "notes"})


class MeetingPageChanges:
    """The change slots of the Lagmøter page (a mixin: the page holds the state)."""

    _context: YouthContext | None
    _actions: MeetingActions | None
    _view: MeetingsView | None
    _plan: PlanView | None
    _open: int | None
    _chosen: int | None
    _theme: Theme
    _revealed: frozenset[int]
    message: MessageBar
    run: MeetingRun

    if TYPE_CHECKING:  # given by MeetingPage and QWidget

        @property
        def meeting(self) -> LagmoteInfo | None: ...
        def open_meeting(self, lagmote_id: int) -> None: ...
        def flush(self) -> None: ...
        def _reload(self) -> None: ...
        def _show(self, view: MeetingsView, plan: PlanView) -> None: ...
        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...

    def _run(
        self,
        change: Callable[[MeetingActions], object],
        settled: Callable[[], object] | None = None,
    ) -> object | None:
        """Make a change; a refusal is shown above the page, naming the problem. Returns
        what the change returned, or None when it was refused. A conflict with someone
        else's save that the user settles shows what is stored (``settled``, or a reload)."""
        done = make_change(self.message, self._actions, change, settled=settled or self._reload)
        if done is None:
            return None
        return done.result if done.result is not None else True

    def _field(self, key: str) -> NoteField | None:
        return next((f for f in self.run.fields() if f.key == key), None)

    def _commit(self, key: str, text: str, change: Callable[[MeetingActions, str], object]) -> None:
        field = self._field(key)
        if field is None:
            return
        old = field.text.saved_text
        settled: list[bool] = []

        def show_stored() -> None:
            settled.append(True)
            field.text.drop_typing()
            self._reload()

        if self._run(lambda actions: change(actions, old), show_stored) is not None:
            field.text.mark_saved(text)
            field.text.mark_problem(None)
        elif not settled:
            field.text.mark_problem(self._theme.colours.warning)

    @Slot(str, str)
    def _on_run_text_committed(self, key: str, text: str) -> None:
        lagmote_id = self._open
        if lagmote_id is not None and key in MEETING_TEXTS:
            self._commit(
                key, text, lambda actions, old: actions.set_text(lagmote_id, key, old, text)
            )

    @Slot(str, str)
    def _on_run_note_committed(self, key: str, text: str) -> None:
        lagmote_id = self._open
        if lagmote_id is not None:
            self._commit(
                key, text, lambda actions, old: actions.set_note(lagmote_id, key, old, text)
            )

    @Slot(object)
    def _on_plan_requested(self, on: date) -> None:
        changes = self._run(lambda actions: actions.plan(on))
        if not isinstance(changes, Changes) or not changes.created_ids:
            return
        new_id = changes.created_ids[0]
        text = self.tr("Lagmøtet {date} er planlagt. Ctrl+Z angrer.").format(date=format_date(on))
        if self._open is None:
            self._chosen = new_id
            if self._view is not None and self._plan is not None:
                self._show(self._view, self._plan)
            self.message.show_notice(
                text, (self.tr("Åpne møtet"), lambda: self.open_meeting(new_id))
            )
        else:
            self.message.show_notice(text, None)

    @Slot(int)
    def _on_list_delete_requested(self, lagmote_id: int) -> None:
        meeting = self._view.meeting(lagmote_id) if self._view is not None else None
        if meeting is None or self._view is None:
            return
        title = meeting_title(self._view, meeting)
        if self._run(lambda actions: actions.delete(meeting)) is not None:
            self._chosen = None
            if self._view is not None and self._plan is not None:
                self._show(self._view, self._plan)
            self.message.show_notice(
                self.tr("{title} er slettet. Ctrl+Z angrer.").format(title=title), None
            )

    @Slot(object)
    def _on_run_date_requested(self, on: date) -> None:
        meeting = self.meeting
        if meeting is not None and self._run(lambda a: a.set_date(meeting, on)) is None:
            self._reshow()  # the date field goes back to the saved date

    @Slot(bool)
    def _on_run_held_requested(self, held: bool) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        self.flush()
        if self._run(lambda actions: actions.set_held(meeting, held)) is None:
            return
        if held:
            text = self.tr("Lagmøtet er avsluttet og lagret som holdt. Ctrl+Z angrer.")
        else:
            text = self.tr("Lagmøtet er åpnet igjen. Ctrl+Z angrer.")
        self.message.show_notice(text, None)

    @Slot(int, int)
    def _on_run_rating_requested(self, goal_id: int, value: int) -> None:
        plan = self._plan
        goal = next((g for g in plan.goals if g.id == goal_id), None) if plan else None
        if plan is not None and goal is not None:
            self._run(lambda actions: actions.rate(goal, value, plan))

    @Slot(int)
    def _on_run_reveal_requested(self, goal_id: int) -> None:
        self._revealed = self._revealed | {goal_id}
        self._reshow()
        row = self.run.goals.rows.get(goal_id)
        if row is not None:
            row.ladder.setFocus()

    @Slot(int, bool)
    def _on_run_member_toggled(self, member_id: int, present: bool) -> None:
        meeting, view = self.meeting, self._view
        member = view.member(member_id) if view is not None else None
        if meeting is None or member is None:
            return
        if present:
            name = member.name or member.role_name
            changed = self._run(lambda a: a.add_attendee(meeting.id, member.id, name, member.role))
        else:
            here = next((a for a in meeting.attendees if a.member_id == member_id), None)
            if here is None:
                return
            changed = self._run(lambda a: a.remove_attendee(meeting.id, here))
        if changed is None:
            self._reshow()  # the box goes back to what is saved

    @Slot(str, str)
    def _on_run_guest_requested(self, name: str, role: str) -> None:
        meeting = self.meeting
        if meeting is not None and self._run(
            lambda a: a.add_attendee(meeting.id, None, name, role)
        ):
            self.run.since.attendees.clear_guest()

    @Slot(int)
    def _on_run_guest_remove_requested(self, attendee_id: int) -> None:
        meeting = self.meeting
        guest = (
            next((a for a in meeting.attendees if a.id == attendee_id), None) if meeting else None
        )
        if meeting is not None and guest is not None:
            self._run(lambda a: a.remove_attendee(meeting.id, guest))

    @Slot(object)
    def _on_run_action_add_requested(self, fields: ActionFields) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        if fields.owner_id is None and fields.text.strip():
            self.message.show_problem(self.tr("Velg hvem som skal gjøre oppgaven."))
            return
        if self._run(lambda a: a.add_action(meeting.id, fields)):
            self.run.agreed.clear_action()

    @Slot(int, bool)
    def _on_run_action_done_requested(self, action_id: int, done: bool) -> None:
        item = self._action(action_id)
        if item is not None and self._context is not None:
            fields = replace(fields_of(item), done_on=self._context.today if done else None)
            self._run(lambda a: a.update_action(item, fields))

    @Slot(int)
    def _on_run_action_delete_requested(self, action_id: int) -> None:
        item = self._action(action_id)
        if item is not None:
            self._run(lambda a: a.delete_action(item))

    @Slot(str)
    def _on_run_decision_add_requested(self, text: str) -> None:
        meeting = self.meeting
        if meeting is not None and self._run(lambda a: a.add_decision(meeting.id, text)):
            self.run.agreed.clear_decision()

    @Slot(int)
    def _on_run_decision_delete_requested(self, decision_id: int) -> None:
        meeting = self.meeting
        decision = (
            next((d for d in meeting.decisions if d.id == decision_id), None) if meeting else None
        )
        if meeting is not None and decision is not None:
            self._run(lambda a: a.delete_decision(meeting.id, decision))

    @Slot(int, object)
    def _on_agreed_action_edit_requested(self, action_id: int, fields: ActionFields) -> None:
        item = self._action(action_id)
        if item is not None and self._run(lambda a: a.edit_action(item, fields)):
            self.run.agreed.end_action_edit()

    @Slot(int, str)
    def _on_agreed_decision_edit_requested(self, decision_id: int, text: str) -> None:
        meeting = self.meeting
        decision = (
            next((d for d in meeting.decisions if d.id == decision_id), None) if meeting else None
        )
        if decision is not None and self._run(lambda a: a.update_decision(decision, text)):
            self.run.agreed.end_decision_edit()

    def _action(self, action_id: int) -> ActionItemInfo | None:
        meeting = self.meeting
        if meeting is None:
            return None
        return next((a for a in meeting.action_items if a.id == action_id), None)

    def _reshow(self) -> None:
        if self._view is not None and self._plan is not None:
            self._show(self._view, self._plan)
