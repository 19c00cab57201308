"""Changes to lagmøter, each one audit-logged write through :class:`Store`.

Every function checks its input first (:mod:`lagmote.meetings`) and refuses rows of another
youth. Rows come back under their old ids (``*_id`` arguments) so that undo and redo keep
the ids other undo steps refer to. A held lagmøte is the team's record of what was agreed:
it can be corrected, never deleted. Updates take the values the user's edit began from
(``base``) and refuse to save over someone else's change of the same field
(:mod:`lagmote.db.conflicts`).
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db.conflicts import over_stored
from lagmote.db.errors import DatabaseError
from lagmote.db.models import ActionItem, AgendaNote, Attendee, Decision, Lagmote, TeamMember
from lagmote.db.ops_common import created, get_row, logged, owned_row, same_youth, youth_row
from lagmote.db.store import Changes, Store, WriteResult
from lagmote.errors import UserError
from lagmote.i18n import N_, t
from lagmote.meetings import (
    ActionFields,
    check_action,
    check_agenda_item,
    check_attendee,
    check_decision,
    check_meeting_text,
)

Child = TypeVar("Child", Attendee, Decision, ActionItem)
MEETING = N_("lagmøtet")
TEXT_FIELDS = ("youth_words", "notes")
TEXT_LABELS = {"youth_words": N_("ungdommens egne ord"), "notes": N_("notatene")}
ACTION_LABELS = {
    "text": N_("oppgaven"),
    "owner_id": N_("hvem som gjør oppgaven"),
    "due_on": N_("fristen"),
    "done_on": N_("datoen den ble gjort"),
}

# --- the meeting itself -------------------------------------------------------------------


def plan_meeting(store: Store, youth_id: int, on: date, lagmote_id: int | None = None) -> Changes:
    """A new lagmøte on ``on``, planned (not yet held)."""

    def write(session: Session) -> WriteResult:
        youth_row(session, youth_id)
        row = Lagmote(id=lagmote_id, youth_id=youth_id, meeting_on=on, held=False)
        session.add(row)
        session.flush()
        return created(youth_id, "lagmote", row.id)

    return store.write(write)


def set_meeting_date(store: Store, youth_id: int, lagmote_id: int, on: date) -> Changes:
    def write(session: Session) -> WriteResult:
        owned_row(session, Lagmote, lagmote_id, youth_id, MEETING).meeting_on = on
        return logged(youth_id, "update", "lagmote", lagmote_id, "date")

    return store.write(write)


def set_meeting_text(
    store: Store, youth_id: int, lagmote_id: int, field: str, text: str, base: str | None = None
) -> Changes:
    """The youth's own words (``youth_words``) or the general notes (``notes``); with
    ``base``, refused when someone else changed that text since."""
    if field not in TEXT_FIELDS:
        raise UserError(t("Lagmøtet har ikke noe felt som heter «{field}».").format(field=field))
    check_meeting_text(text)

    def again(new: str, over: str) -> Changes:
        return set_meeting_text(store, youth_id, lagmote_id, field, new, over)

    def write(session: Session) -> WriteResult:
        row = owned_row(session, Lagmote, lagmote_id, youth_id, MEETING)
        stored = str(getattr(row, field))
        setattr(row, field, over_stored(base, text, stored, TEXT_LABELS[field], again))
        return logged(youth_id, "update", "lagmote", lagmote_id, field)

    return store.write(write)


def set_held(store: Store, youth_id: int, lagmote_id: int, held: bool) -> Changes:
    """Mark the meeting held (the end of running it), or planned again (undo)."""

    def write(session: Session) -> WriteResult:
        owned_row(session, Lagmote, lagmote_id, youth_id, MEETING).held = held
        return logged(youth_id, "update", "lagmote", lagmote_id, "held")

    return store.write(write)


def delete_meeting(store: Store, youth_id: int, lagmote_id: int) -> Changes:
    """Delete a planned lagmøte that has nothing recorded; a held one is refused."""

    def write(session: Session) -> WriteResult:
        row = owned_row(session, Lagmote, lagmote_id, youth_id, MEETING)
        if row.held:
            raise UserError(t("Et holdt lagmøte kan ikke slettes: det er lagets referat."))
        written = row.youth_words.strip() or row.notes.strip()
        if written or row.attendees or row.decisions or row.action_items or row.agenda_notes:
            raise UserError(t("Lagmøtet har allerede noe skrevet inn, så det kan ikke slettes."))
        session.delete(row)
        return logged(youth_id, "delete", "lagmote", lagmote_id)

    return store.write(write)


# --- what is recorded at it ----------------------------------------------------------------


def set_agenda_note(
    store: Store, youth_id: int, lagmote_id: int, item: str, text: str, base: str | None = None
) -> Changes:
    """What was said under one agenda item; an empty text leaves no row. With ``base``,
    refused when someone else changed the note since (no row is an empty note)."""
    check_agenda_item(item, text)

    def again(new: str, over: str) -> Changes:
        return set_agenda_note(store, youth_id, lagmote_id, item, new, over)

    def write(session: Session) -> WriteResult:
        owned_row(session, Lagmote, lagmote_id, youth_id, MEETING)
        row = session.scalars(
            select(AgendaNote).where(AgendaNote.lagmote_id == lagmote_id, AgendaNote.item == item)
        ).one_or_none()
        stored = row.text if row is not None else ""
        written = over_stored(base, text, stored, N_("notatet"), again)
        if row is None and not written.strip():
            return WriteResult(youth_id)
        if row is not None and not written.strip():
            session.delete(row)
            return logged(youth_id, "delete", "agenda_note", row.id, item)
        action = "update" if row is not None else "create"
        if row is None:
            row = AgendaNote(lagmote_id=lagmote_id, item=item)
            session.add(row)
        row.text = written
        session.flush()
        return logged(youth_id, action, "agenda_note", row.id, item)

    return store.write(write)


def add_attendee(
    store: Store,
    youth_id: int,
    lagmote_id: int,
    member_id: int | None,
    name: str,
    role: str,
    attendee_id: int | None = None,
) -> Changes:
    """Someone who is at the meeting: a team member, or a guest (``member_id`` None)."""
    check_attendee(name, role)

    def write(session: Session) -> WriteResult:
        owned_row(session, Lagmote, lagmote_id, youth_id, MEETING)
        _check_member(session, member_id, youth_id)
        row = Attendee(
            id=attendee_id, lagmote_id=lagmote_id, member_id=member_id, name=name, role=role
        )
        session.add(row)
        session.flush()
        return created(youth_id, "attendee", row.id)

    return store.write(write)


def delete_attendee(store: Store, youth_id: int, attendee_id: int) -> Changes:
    return _delete_child(store, youth_id, Attendee, attendee_id, "attendee", N_("deltakeren"))


def add_decision(
    store: Store, youth_id: int, lagmote_id: int, text: str, decision_id: int | None = None
) -> Changes:
    check_decision(text)

    def write(session: Session) -> WriteResult:
        owned_row(session, Lagmote, lagmote_id, youth_id, MEETING)
        row = Decision(id=decision_id, lagmote_id=lagmote_id, text=text.strip())
        session.add(row)
        session.flush()
        return created(youth_id, "decision", row.id)

    return store.write(write)


def update_decision(
    store: Store, youth_id: int, decision_id: int, text: str, base: str | None = None
) -> Changes:
    """A decision's new wording; with ``base``, refused over someone else's new wording."""
    check_decision(text)

    def again(new: str, over: str) -> Changes:
        return update_decision(store, youth_id, decision_id, new, over)

    def write(session: Session) -> WriteResult:
        row = _owned_child(session, Decision, decision_id, youth_id, N_("vedtaket"))
        row.text = over_stored(base, text.strip(), row.text, N_("vedtaket"), again)
        return logged(youth_id, "update", "decision", decision_id)

    return store.write(write)


def delete_decision(store: Store, youth_id: int, decision_id: int) -> Changes:
    return _delete_child(store, youth_id, Decision, decision_id, "decision", N_("vedtaket"))


def add_action(
    store: Store,
    youth_id: int,
    lagmote_id: int,
    fields: ActionFields,
    today: date,
    action_id: int | None = None,
) -> Changes:
    """Who does what by when, agreed at this meeting."""
    check_action(fields.text, fields.done_on, today)

    def write(session: Session) -> WriteResult:
        owned_row(session, Lagmote, lagmote_id, youth_id, MEETING)
        _check_member(session, fields.owner_id, youth_id)
        row = ActionItem(id=action_id, lagmote_id=lagmote_id)
        _fill_action(row, fields)
        session.add(row)
        session.flush()
        return created(youth_id, "action_item", row.id)

    return store.write(write)


def update_action(
    store: Store,
    youth_id: int,
    action_id: int,
    fields: ActionFields,
    today: date,
    base: ActionFields | None = None,
) -> Changes:
    """Change an action item; marking it done is ``done_on``. With ``base``, only the
    fields the user changed, refused over someone else's change of one of them."""
    check_action(fields.text, fields.done_on, today)

    def again(new: ActionFields, over: ActionFields) -> Changes:
        return update_action(store, youth_id, action_id, new, today, over)

    def write(session: Session) -> WriteResult:
        row = _owned_child(session, ActionItem, action_id, youth_id, N_("oppgaven"))
        stored = ActionFields(row.text, row.owner_id, row.due_on, row.done_on)
        written = over_stored(base, fields, stored, ACTION_LABELS, again)
        _check_member(session, written.owner_id, youth_id)
        _fill_action(row, written)
        return logged(youth_id, "update", "action_item", action_id)

    return store.write(write)


def delete_action(store: Store, youth_id: int, action_id: int) -> Changes:
    return _delete_child(store, youth_id, ActionItem, action_id, "action_item", N_("oppgaven"))


# --- shared -------------------------------------------------------------------------------


def _fill_action(row: ActionItem, fields: ActionFields) -> None:
    row.text, row.owner_id = fields.text.strip(), fields.owner_id
    row.due_on, row.done_on = fields.due_on, fields.done_on


def _check_member(session: Session, member_id: int | None, youth_id: int) -> None:
    if member_id is not None:
        member = get_row(session, TeamMember, member_id, N_("medlemmet"))
        same_youth(member.youth_id, youth_id)


def _owned_child(
    session: Session, model: type[Child], row_id: int, youth_id: int, what: str
) -> Child:
    """A row of a lagmøte, which must be a lagmøte of ``youth_id``."""
    row = get_row(session, model, row_id, what)
    meeting = session.get(Lagmote, row.lagmote_id)
    if meeting is None:
        raise DatabaseError(
            t("Fant ikke lagmøtet til {what}; noen kan ha slettet det.").format(what=t(what))
        )
    same_youth(meeting.youth_id, youth_id)
    return row


def _delete_child(
    store: Store, youth_id: int, model: type[Child], row_id: int, obj: str, what: str
) -> Changes:
    def write(session: Session) -> WriteResult:
        session.delete(_owned_child(session, model, row_id, youth_id, what))
        return logged(youth_id, "delete", obj, row_id)

    return store.write(write)
