"""Every change the kartlegging page makes, each an undoable step through the one operations
layer (:mod:`lagmote.db.kartlegging_ops`), so each lands in the audit log.

As on the Min plan page, both the change and its undo carry the youth id of the context they
were made in; a :class:`~lagmote.errors.UserError` propagates with nothing written and
nothing on the undo stack. Updates are saved over the values they began from
(:func:`~lagmote.ui.based_actions.based_apply`), never over someone else's change of the same
rating or text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from lagmote.db import kartlegging_ops as ops
from lagmote.db.kartlegging_ops import KartleggingFields
from lagmote.db.store import Changes
from lagmote.kartlegging import AreaRatingInfo, AssessmentInfo
from lagmote.ui.based_actions import based_apply
from lagmote.ui.context import YouthContext
from lagmote.ui.undo import creation


def _tr(text: str) -> str:
    return QCoreApplication.translate("KartleggingActions", text)


class KartleggingActions:
    """The changes of one youth's kartlegginger, made through the context's editor."""

    def __init__(self, context: YouthContext) -> None:
        self.context = context
        self._store, self._youth = context.store, context.youth_id

    def rate(
        self, assessment: AssessmentInfo, area: int, perspective: str, value: int | None
    ) -> Changes | None:
        """Set one rating (None: not assessed); the area's texts stay as they are."""
        old = assessment.rating(area, perspective)
        if old.rating == value:
            return None
        return self._set(assessment.id, area, perspective, old, replace(old, rating=value), None)

    def set_texts(
        self,
        assessment_id: int,
        area: int,
        perspective: str,
        old: AreaRatingInfo,
        new: AreaRatingInfo,
        field: str,
    ) -> Changes:
        """Typing in one text of one area merges into one undo step."""
        return self._set(assessment_id, area, perspective, old, new, field)

    def _set(
        self,
        assessment_id: int,
        area: int,
        perspective: str,
        old: AreaRatingInfo,
        new: AreaRatingInfo,
        field: str | None,
    ) -> Changes:
        store, youth = self._store, self._youth
        merge = ("area", assessment_id, area, perspective, field) if field else None

        def write(info: AreaRatingInfo, base: AreaRatingInfo) -> Changes:
            return ops.set_area_rating(store, youth, assessment_id, area, perspective, info, base)

        return based_apply(
            self.context.editor, _tr("vurdering i kartleggingen"), write, old, new, merge
        )

    def add(self, on: date) -> Changes:
        """A new, empty kartlegging; redo after undo brings it back under the same id."""
        store, youth, today = self._store, self._youth, self.context.today

        def add(kartlegging_id: int | None) -> Changes:
            return ops.add_kartlegging(store, youth, on, today, kartlegging_id)

        redo, undo = creation(add, lambda kid: ops.delete_kartlegging(store, youth, kid))
        return self.context.editor.apply(_tr("ny kartlegging"), redo, undo)

    def delete(self, assessment: AssessmentInfo) -> Changes:
        """Delete a kartlegging; undo brings it back with its id and every rating."""
        store, youth = self._store, self._youth
        return self.context.editor.apply(
            _tr("sletting av kartlegging"),
            lambda: ops.delete_kartlegging(store, youth, assessment.id),
            lambda: ops.restore_kartlegging(store, youth, assessment),
        )

    def update(self, assessment: AssessmentInfo, on: date, note: str) -> Changes:
        store, youth, today = self._store, self._youth, self.context.today
        merge = ("kartlegging-note", assessment.id) if on == assessment.assessed_on else None
        old = KartleggingFields(assessment.assessed_on, assessment.note)

        def write(new: KartleggingFields, base: KartleggingFields) -> Changes:
            return ops.update_kartlegging(
                store, youth, assessment.id, new.assessed_on, new.note, today, base
            )

        return based_apply(
            self.context.editor,
            _tr("endring av kartlegging"),
            write,
            old,
            KartleggingFields(on, note),
            merge,
        )

    def mark_sensitive(self, old: frozenset[int], new: frozenset[int]) -> Changes:
        store, youth = self._store, self._youth
        return self.context.editor.apply(
            _tr("sensitive områder"),
            lambda: ops.set_marked_sensitive(store, youth, new),
            lambda: ops.set_marked_sensitive(store, youth, old),
        )
