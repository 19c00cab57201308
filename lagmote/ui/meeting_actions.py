"""Every change the Lagmøter page makes, each an undoable step through the one operations
layer (:mod:`lagmote.db.meeting_ops`), so each lands in the audit log.

As on the Min plan and kartlegging pages, both the change and its undo carry the youth id of
the context they were made in; a :class:`~lagmote.errors.UserError` propagates with nothing
written and nothing on the undo stack. Rows that are created come back under the same id on
redo (:func:`~lagmote.ui.undo.creation`), and deleted rows come back under theirs on undo,
so later steps on the stack still find them. Updates are saved over the values they began
from (:func:`~lagmote.ui.based_actions.based_apply`), never over someone else's change of the
same field.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from lagmote.dates import format_date
from lagmote.db import meeting_ops as ops
from lagmote.db.store import Changes
from lagmote.errors import UserError
from lagmote.meetings import ActionFields, AttendeeInfo, DecisionInfo, LagmoteInfo
from lagmote.plan import GoalInfo, PlanView
from lagmote.team import ActionItemInfo
from lagmote.ui.based_actions import based_apply
from lagmote.ui.context import YouthContext
from lagmote.ui.plan_actions import PlanActions
from lagmote.ui.undo import creation


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingActions", text)


def fields_of(item: ActionItemInfo) -> ActionFields:
    """An action item as the user edits it."""
    return ActionFields(item.text, item.owner_id, item.due_on, item.done_on)


class MeetingActions:
    """The changes of one youth's lagmøter, made through the context's editor."""

    def __init__(self, context: YouthContext) -> None:
        self.context = context
        self._store, self._youth = context.store, context.youth_id

    # -- the meeting itself ---------------------------------------------------------------

    def plan(self, on: date) -> Changes:
        """A new lagmøte on ``on``; undo deletes it (while nothing is recorded at it)."""
        store, youth = self._store, self._youth
        redo, undo = creation(
            lambda lagmote_id: ops.plan_meeting(store, youth, on, lagmote_id),
            lambda lagmote_id: ops.delete_meeting(store, youth, lagmote_id),
        )
        return self.context.editor.apply(_tr("nytt lagmøte"), redo, undo)

    def delete(self, meeting: LagmoteInfo) -> Changes:
        """Delete a planned lagmøte with nothing recorded; undo plans it again, same id."""
        store, youth = self._store, self._youth
        return self.context.editor.apply(
            _tr("sletting av lagmøte"),
            lambda: ops.delete_meeting(store, youth, meeting.id),
            lambda: ops.plan_meeting(store, youth, meeting.meeting_on, meeting.id),
        )

    def set_date(self, meeting: LagmoteInfo, on: date) -> Changes | None:
        if on == meeting.meeting_on:
            return None
        store, youth, old = self._store, self._youth, meeting.meeting_on
        return self.context.editor.apply(
            _tr("ny dato for lagmøtet"),
            lambda: ops.set_meeting_date(store, youth, meeting.id, on),
            lambda: ops.set_meeting_date(store, youth, meeting.id, old),
        )

    def set_text(self, lagmote_id: int, field: str, old: str, new: str) -> Changes:
        """The youth's words or the notes; typing in one field merges into one undo step."""
        store, youth = self._store, self._youth
        return based_apply(
            self.context.editor,
            _tr("tekst i lagmøtet"),
            lambda text, base: ops.set_meeting_text(store, youth, lagmote_id, field, text, base),
            old,
            new,
            merge_key=("lagmote-text", lagmote_id, field),
        )

    def set_note(self, lagmote_id: int, item: str, old: str, new: str) -> Changes:
        """What was said under one agenda item; typing merges into one undo step."""
        store, youth = self._store, self._youth
        return based_apply(
            self.context.editor,
            _tr("notat i lagmøtet"),
            lambda text, base: ops.set_agenda_note(store, youth, lagmote_id, item, text, base),
            old,
            new,
            merge_key=("agenda-note", lagmote_id, item),
        )

    def set_held(self, meeting: LagmoteInfo, held: bool) -> Changes | None:
        """ "Avslutt møtet" (held) or open it again; a meeting dated after today cannot have
        been held yet, so its date has to be moved first."""
        if held == meeting.held:
            return None
        if held and meeting.meeting_on > self.context.today:
            raise UserError(
                _tr(
                    "Møtet er datert {date}, fram i tid. Sett datoen til dagen møtet ble holdt"
                    " før du avslutter det."
                ).format(date=format_date(meeting.meeting_on))
            )
        store, youth = self._store, self._youth
        return self.context.editor.apply(
            _tr("avsluttet lagmøte") if held else _tr("gjenåpnet lagmøte"),
            lambda: ops.set_held(store, youth, meeting.id, held),
            lambda: ops.set_held(store, youth, meeting.id, not held),
        )

    # -- who was there ------------------------------------------------------------------

    def add_attendee(self, lagmote_id: int, member_id: int | None, name: str, role: str) -> Changes:
        store, youth = self._store, self._youth
        redo, undo = creation(
            lambda attendee_id: ops.add_attendee(
                store, youth, lagmote_id, member_id, name.strip(), role, attendee_id
            ),
            lambda attendee_id: ops.delete_attendee(store, youth, attendee_id),
        )
        text = _tr("gjest på lagmøtet") if member_id is None else _tr("til stede på lagmøtet")
        return self.context.editor.apply(text, redo, undo)

    def remove_attendee(self, lagmote_id: int, attendee: AttendeeInfo) -> Changes:
        store, youth, a = self._store, self._youth, attendee
        return self.context.editor.apply(
            _tr("ikke til stede på lagmøtet"),
            lambda: ops.delete_attendee(store, youth, a.id),
            lambda: ops.add_attendee(store, youth, lagmote_id, a.member_id, a.name, a.role, a.id),
        )

    # -- what was agreed ----------------------------------------------------------------

    def add_decision(self, lagmote_id: int, text: str) -> Changes:
        store, youth = self._store, self._youth
        redo, undo = creation(
            lambda decision_id: ops.add_decision(store, youth, lagmote_id, text, decision_id),
            lambda decision_id: ops.delete_decision(store, youth, decision_id),
        )
        return self.context.editor.apply(_tr("nytt vedtak"), redo, undo)

    def delete_decision(self, lagmote_id: int, decision: DecisionInfo) -> Changes:
        store, youth, d = self._store, self._youth, decision
        return self.context.editor.apply(
            _tr("sletting av vedtak"),
            lambda: ops.delete_decision(store, youth, d.id),
            lambda: ops.add_decision(store, youth, lagmote_id, d.text, d.id),
        )

    def update_decision(self, decision: DecisionInfo, text: str) -> Changes | None:
        """A decision's new wording; undo gives back the old."""
        if text.strip() == decision.text:
            return None
        store, youth = self._store, self._youth
        return based_apply(
            self.context.editor,
            _tr("endring av vedtak"),
            lambda new, base: ops.update_decision(store, youth, decision.id, new, base),
            decision.text,
            text.strip(),
        )

    def add_action(self, lagmote_id: int, fields: ActionFields) -> Changes:
        store, youth, today = self._store, self._youth, self.context.today
        redo, undo = creation(
            lambda action_id: ops.add_action(store, youth, lagmote_id, fields, today, action_id),
            lambda action_id: ops.delete_action(store, youth, action_id),
        )
        return self.context.editor.apply(_tr("ny oppgave"), redo, undo)

    def update_action(self, item: ActionItemInfo, fields: ActionFields) -> Changes | None:
        old = fields_of(item)
        if fields == old:
            return None
        store, youth, today = self._store, self._youth, self.context.today
        return based_apply(
            self.context.editor,
            _tr("endring av oppgave"),
            lambda new, base: ops.update_action(store, youth, item.id, new, today, base),
            old,
            fields,
        )

    def edit_action(self, item: ActionItemInfo, fields: ActionFields) -> Changes | None:
        """What, who and by when of an item, as edited in the form; whether and when it was
        done stays as it is. As for a new item, someone has to do it."""
        if fields.owner_id is None and fields.text.strip():
            raise UserError(_tr("Velg hvem som skal gjøre oppgaven."))
        return self.update_action(item, replace(fields, done_on=item.done_on))

    def delete_action(self, item: ActionItemInfo) -> Changes:
        store, youth, today = self._store, self._youth, self.context.today
        old = fields_of(item)
        return self.context.editor.apply(
            _tr("sletting av oppgave"),
            lambda: ops.delete_action(store, youth, item.id),
            lambda: ops.add_action(store, youth, item.lagmote_id, old, today, item.id),
        )

    # -- the goals ----------------------------------------------------------------------

    def rate(self, goal: GoalInfo, value: int, plan: PlanView) -> Changes | None:
        """Rate a goal today, tied to today's lagmøte (as on the Min plan page)."""
        return PlanActions(self.context).rate(goal, value, plan)
