"""Every change the Min plan page makes, each an undoable step through the one operations
layer (:mod:`lagmote.db.plan_ops`), so each lands in the audit log.

Each method hands :meth:`Editor.apply` the call that makes the change and the call that
takes it back. Both carry the youth id of the context the change was made in, so an undo
made later, whatever youth is shown by then, only ever touches that youth's rows (the
operations layer refuses a row of another youth). A :class:`~lagmote.errors.UserError` (a
refused text, a row someone else deleted, a row of another youth) propagates with nothing
written and nothing on the undo stack. Updates are saved over the values they began from
(:func:`~lagmote.ui.based_actions.based_apply`): a save or an undo over someone else's change
of the same field is refused as an :class:`~lagmote.db.conflicts.EditConflict`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from lagmote.db import plan_ops
from lagmote.db.store import Changes
from lagmote.plan import GoalFields, GoalInfo, PlanView, TiltakFields, TiltakInfo
from lagmote.ui.based_actions import based_apply
from lagmote.ui.context import YouthContext
from lagmote.ui.undo import creation

# Typing in one field merges into one undo step; these edits are typing.
TEXT_TAGS = frozenset({"text", "why", "level0", "level1", "level2", "level3", "level4"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanActions", text)


class PlanActions:
    """The changes of one youth's Min plan, made through the context's editor."""

    def __init__(self, context: YouthContext) -> None:
        self.context = context
        self._store, self._youth = context.store, context.youth_id

    def set_section(self, key: str, title: str, old: str, new: str) -> Changes:
        """Typing in one section merges: undo brings back the text before the first key."""
        store, youth = self._store, self._youth
        return based_apply(
            self.context.editor,
            _tr("endring i «{title}»").format(title=title),
            lambda text, base: plan_ops.set_section(store, youth, key, text, base),
            old,
            new,
            merge_key=("section", youth, key),
        )

    def update_goal(self, goal_id: int, tag: str, old: GoalFields, new: GoalFields) -> Changes:
        store, youth = self._store, self._youth
        merge = ("goal", goal_id, tag) if tag in TEXT_TAGS else None
        return based_apply(
            self.context.editor,
            _tr("endring av mål"),
            lambda fields, base: plan_ops.update_goal(store, youth, goal_id, fields, base),
            old,
            new,
            merge_key=merge,
        )

    def rate(self, goal: GoalInfo, value: int, plan: PlanView) -> Changes | None:
        """Rate ``goal`` today, tied to today's lagmøte if there is one (held or planned).
        Undo puts back the rating the goal had earlier today, or removes today's rating."""
        store, youth, today = self._store, self._youth, self.context.today
        meeting = plan.meeting_on(today)
        meeting_id = meeting.id if meeting is not None else None
        before = next((r for r in goal.ratings if r.rated_on == today), None)
        if before is not None and (before.value, before.lagmote_id) == (value, meeting_id):
            return None

        def undo() -> Changes:
            if before is None:
                return plan_ops.clear_rating(store, youth, goal.id, today)
            return plan_ops.rate_goal(store, youth, goal.id, before.value, today, before.lagmote_id)

        return self.context.editor.apply(
            _tr("vurdering av mål"),
            lambda: plan_ops.rate_goal(store, youth, goal.id, value, today, meeting_id),
            undo,
        )

    def add_goal(self, text: str, plan: PlanView) -> Changes:
        """A new goal last in the plan; redo after undo brings it back under the same id."""
        store, youth, today = self._store, self._youth, self.context.today
        fields = GoalFields(text.strip())
        position = max((g.position for g in plan.goals), default=-1) + 1

        def add(goal_id: int | None) -> Changes:
            if goal_id is None:
                return plan_ops.add_goal(store, youth, fields, today)
            return plan_ops.restore_goal(store, youth, GoalInfo(goal_id, position, fields, today))

        redo, undo = creation(add, lambda goal_id: plan_ops.delete_goal(store, youth, goal_id))
        return self.context.editor.apply(_tr("nytt mål"), redo, undo)

    def delete_goal(self, goal: GoalInfo) -> Changes:
        """Delete a goal; undo restores it with its ids, ratings and measures."""
        store, youth = self._store, self._youth
        return self.context.editor.apply(
            _tr("sletting av mål"),
            lambda: plan_ops.delete_goal(store, youth, goal.id),
            lambda: plan_ops.restore_goal(store, youth, goal),
        )

    def add_tiltak(self, goal_id: int | None, text: str) -> Changes:
        store, youth = self._store, self._youth
        fields = TiltakFields(text.strip(), goal_id=goal_id)
        redo, undo = creation(
            lambda tiltak_id: plan_ops.add_tiltak(store, youth, fields, tiltak_id),
            lambda tiltak_id: plan_ops.delete_tiltak(store, youth, tiltak_id),
        )
        return self.context.editor.apply(_tr("nytt tiltak"), redo, undo)

    def update_tiltak(self, info: TiltakInfo, fields: TiltakFields) -> Changes:
        store, youth = self._store, self._youth
        return based_apply(
            self.context.editor,
            _tr("endring av tiltak"),
            lambda new, base: plan_ops.update_tiltak(store, youth, info.id, new, base),
            info.fields,
            fields,
        )

    def delete_tiltak(self, info: TiltakInfo) -> Changes:
        store, youth = self._store, self._youth
        return self.context.editor.apply(
            _tr("sletting av tiltak"),
            lambda: plan_ops.delete_tiltak(store, youth, info.id),
            lambda: plan_ops.restore_tiltak(store, youth, replace(info)),
        )
