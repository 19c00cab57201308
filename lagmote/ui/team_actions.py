"""Every change the team page makes, each an undoable step through the one operations layer
(:mod:`lagmote.db.team_ops`), so each lands in the audit log.

As on the other pages, both the change and its undo carry the youth id of the context they
were made in; a :class:`~lagmote.errors.UserError` propagates with nothing written and
nothing on the undo stack. A member added, or a consent registered, comes back under the
same id when undone and redone (:func:`~lagmote.ui.undo.creation`). Updates are saved over
the values they began from (:func:`~lagmote.ui.based_actions.based_apply`), never over
someone else's change of the same field.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from lagmote.db import team_ops as ops
from lagmote.db.store import Changes
from lagmote.errors import UserError
from lagmote.records import MemberInfo
from lagmote.team import ConsentFields, ConsentInfo, MemberFields, standard_responsibilities
from lagmote.ui.based_actions import based_apply
from lagmote.ui.context import YouthContext
from lagmote.ui.undo import creation


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamActions", text)


def member_fields(member: MemberInfo) -> MemberFields:
    """What the user edits of a member, as it is saved now."""
    return MemberFields(
        role=member.role,
        name=member.name,
        organisation=member.organisation,
        phone=member.phone,
        email=member.email,
        responsibilities=member.responsibilities,
    )


class TeamActions:
    """The changes of one youth's team and consents, made through the context's editor."""

    def __init__(self, context: YouthContext) -> None:
        self.context = context
        self._store, self._youth = context.store, context.youth_id

    # -- members --------------------------------------------------------------------------

    def add_member(self, role_code: str, name: str) -> Changes:
        """A new member with the role's standard responsibilities (§4) to start from; the
        new id is ``created_ids[0]``."""
        store, youth = self._store, self._youth
        fields = MemberFields(
            role=role_code,
            name=name.strip(),
            responsibilities=standard_responsibilities(role_code),
        )
        redo, undo = creation(
            lambda member_id: ops.add_member(store, youth, fields, member_id),
            lambda member_id: ops.delete_member(store, youth, member_id),
        )
        return self.context.editor.apply(_tr("nytt medlem i laget"), redo, undo)

    def update_member(
        self, member: MemberInfo, fields: MemberFields, typing: str | None = None
    ) -> Changes | None:
        """Save ``fields`` for ``member``; ``typing`` names a text typed in, whose saves
        merge into one undo step (back to the text before the first key)."""
        old = member_fields(member)
        if fields == old:
            return None
        store, youth, member_id = self._store, self._youth, member.id
        merge = ("team_member", youth, member_id, typing) if typing else None
        return based_apply(
            self.context.editor,
            _tr("endring av medlem i laget"),
            lambda new, base: ops.update_member(store, youth, member_id, new, base),
            old,
            fields,
            merge_key=merge,
        )

    def set_active(self, member: MemberInfo, active: bool) -> Changes | None:
        """A member leaves the team (``active`` False) or comes back."""
        if member.active == active:
            return None
        store, youth, member_id = self._store, self._youth, member.id
        text = _tr("medlem tilbake i laget") if active else _tr("medlem går ut av laget")
        return self.context.editor.apply(
            text,
            lambda: ops.set_member_active(store, youth, member_id, active),
            lambda: ops.set_member_active(store, youth, member_id, not active),
        )

    # -- consents -------------------------------------------------------------------------

    def add_consent(self, fields: ConsentFields) -> Changes:
        store, youth = self._store, self._youth
        redo, undo = creation(
            lambda consent_id: ops.add_consent(store, youth, fields, consent_id),
            lambda consent_id: ops.delete_consent(store, youth, consent_id),
        )
        return self.context.editor.apply(_tr("nytt samtykke"), redo, undo)

    def withdraw_consent(self, consent: ConsentInfo, on: date) -> Changes:
        """Withdraw a consent from ``on`` (no later than today); undo puts it back in force."""
        old = consent.fields
        if old.withdrawn_on is not None:
            raise UserError(_tr("Samtykket er allerede trukket tilbake."))
        if on > self.context.today:
            raise UserError(
                _tr("Datoen for når samtykket ble trukket tilbake, kan ikke være fram i tid.")
            )
        new = replace(old, withdrawn_on=on)
        store, youth, consent_id = self._store, self._youth, consent.id
        return based_apply(
            self.context.editor,
            _tr("samtykke trukket tilbake"),
            lambda fields, base: ops.update_consent(store, youth, consent_id, fields, base),
            old,
            new,
        )
