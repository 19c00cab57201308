"""Changes to the team and its consents, each one audit-logged write through :class:`Store`.

A member who leaves is made inactive, never deleted: measures, action items and meetings
keep pointing at them. A consent is withdrawn with a date, never deleted by the user; the
delete here is for undoing a consent just added. Rows come back under their old ids
(``*_id`` arguments), so undo and redo keep the ids other undo steps refer to. Updates take
the values the user's edit began from (``base``) and refuse to save over someone else's
change of the same field (:mod:`lagmote.db.conflicts`).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from lagmote.db.conflicts import over_stored
from lagmote.db.models import Consent, TeamMember
from lagmote.db.ops_common import created, logged, owned_row, youth_row
from lagmote.db.store import Changes, Store, WriteResult
from lagmote.db.team_queries import consent_fields
from lagmote.i18n import N_
from lagmote.team import (
    ConsentFields,
    MemberFields,
    check_consent,
    check_member,
    format_roles,
)

MEMBER_LABELS = {
    "role": N_("rollen"),
    "name": N_("navnet"),
    "organisation": N_("arbeidsstedet"),
    "phone": N_("telefonnummeret"),
    "email": N_("e-postadressen"),
    "responsibilities": N_("ansvaret"),
}
CONSENT_LABELS = {
    "given_by": N_("hvem som samtykket"),
    "given_by_role": N_("rollen til den som samtykket"),
    "shared_roles": N_("hvem det deles med"),
    "given_on": N_("datoen samtykket ble gitt"),
    "shared_with": N_("hvem det deles med"),
    "scope": N_("hva som deles"),
    "form": N_("formen på samtykket"),
    "withdrawn_on": N_("datoen samtykket ble trukket tilbake"),
    "note": N_("merknaden"),
}

# --- members ------------------------------------------------------------------------------


def add_member(
    store: Store, youth_id: int, fields: MemberFields, member_id: int | None = None
) -> Changes:
    """A new team member; its id is ``created_ids[0]``."""
    check_member(fields)

    def write(session: Session) -> WriteResult:
        youth_row(session, youth_id)
        row = TeamMember(id=member_id, youth_id=youth_id, active=True)
        _fill_member(row, fields)
        session.add(row)
        session.flush()
        return created(youth_id, "team_member", row.id)

    return store.write(write)


def update_member(
    store: Store,
    youth_id: int,
    member_id: int,
    fields: MemberFields,
    base: MemberFields | None = None,
) -> Changes:
    """Save the fields the user changed from ``base`` (all of them without a base)."""
    check_member(fields)

    def again(new: MemberFields, over: MemberFields) -> Changes:
        return update_member(store, youth_id, member_id, new, over)

    def write(session: Session) -> WriteResult:
        row = owned_row(session, TeamMember, member_id, youth_id, N_("medlemmet"))
        stored = MemberFields(
            row.role, row.name, row.organisation, row.phone, row.email, row.responsibilities
        )
        _fill_member(row, over_stored(base, fields, stored, MEMBER_LABELS, again))
        return logged(youth_id, "update", "team_member", member_id)

    return store.write(write)


def set_member_active(store: Store, youth_id: int, member_id: int, active: bool) -> Changes:
    """A member leaves the team (or comes back); what they were responsible for stays."""

    def write(session: Session) -> WriteResult:
        row = owned_row(session, TeamMember, member_id, youth_id, N_("medlemmet"))
        row.active = active
        return logged(youth_id, "update", "team_member", member_id, "active")

    return store.write(write)


def delete_member(store: Store, youth_id: int, member_id: int) -> Changes:
    """Only to undo adding a member: the row goes, and nothing points at it yet."""

    def write(session: Session) -> WriteResult:
        row = owned_row(session, TeamMember, member_id, youth_id, N_("medlemmet"))
        session.delete(row)
        return logged(youth_id, "delete", "team_member", member_id)

    return store.write(write)


def _fill_member(row: TeamMember, fields: MemberFields) -> None:
    row.role, row.name, row.organisation = fields.role, fields.name.strip(), fields.organisation
    row.phone, row.email = fields.phone.strip(), fields.email.strip()
    row.responsibilities = fields.responsibilities


# --- consents -----------------------------------------------------------------------------


def add_consent(
    store: Store, youth_id: int, fields: ConsentFields, consent_id: int | None = None
) -> Changes:
    check_consent(fields)

    def write(session: Session) -> WriteResult:
        youth_row(session, youth_id)
        row = Consent(id=consent_id, youth_id=youth_id)
        _fill_consent(row, fields)
        session.add(row)
        session.flush()
        return created(youth_id, "consent", row.id)

    return store.write(write)


def update_consent(
    store: Store,
    youth_id: int,
    consent_id: int,
    fields: ConsentFields,
    base: ConsentFields | None = None,
) -> Changes:
    """Change a consent, for instance to withdraw it (``withdrawn_on``): the fields the user
    changed from ``base`` (all of them without a base)."""
    check_consent(fields)

    def again(new: ConsentFields, over: ConsentFields) -> Changes:
        return update_consent(store, youth_id, consent_id, new, over)

    def write(session: Session) -> WriteResult:
        row = owned_row(session, Consent, consent_id, youth_id, N_("samtykket"))
        stored = consent_fields(row)
        _fill_consent(row, over_stored(base, fields, stored, CONSENT_LABELS, again))
        return logged(youth_id, "update", "consent", consent_id)

    return store.write(write)


def delete_consent(store: Store, youth_id: int, consent_id: int) -> Changes:
    """Only to undo adding a consent; a consent is otherwise withdrawn, never deleted."""

    def write(session: Session) -> WriteResult:
        row = owned_row(session, Consent, consent_id, youth_id, N_("samtykket"))
        session.delete(row)
        return logged(youth_id, "delete", "consent", consent_id)

    return store.write(write)


def _fill_consent(row: Consent, f: ConsentFields) -> None:
    row.given_by, row.given_by_role = f.given_by.strip(), f.given_by_role
    row.shared_roles, row.shared_with = format_roles(f.shared_roles), f.shared_with
    row.scope, row.form, row.note = f.scope, f.form, f.note
    row.given_on, row.withdrawn_on = f.given_on, f.withdrawn_on
