"""Reading and writing one service's notes, each audit-logged through :class:`Store`.

The program filters by service too, so that a local file (no row-level security) shows a
note only to the service that wrote it; in a shared database the policies of migration 0005
make the same rule hold for every tool that connects.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from lagmote.db.models import ServiceNote
from lagmote.db.ops_common import created, get_row, logged, same_youth
from lagmote.db.store import AuditEvent, Changes, Store, WriteResult
from lagmote.db.youth_access import shown_youth
from lagmote.i18n import N_
from lagmote.service_notes import ServiceNoteInfo, check_note, service_of


def district_role(store: Store) -> str | None:
    """In a shared database, the connected user's role on the team (set by the
    administrator); None in a local file, or for a role that is not a user."""
    if store.engine.dialect.name != "postgresql":
        return None
    with store.engine.connect() as connection:
        found = connection.execute(
            text("SELECT role FROM district_user WHERE db_role = current_user")
        ).scalar()
    return str(found) if found else None


def load_notes(store: Store, youth_id: int, service: str) -> tuple[ServiceNoteInfo, ...]:
    """The youth's notes of ``service``, oldest first."""

    def read(session: Session) -> tuple[ServiceNoteInfo, ...]:
        shown_youth(session, youth_id)
        rows = session.scalars(
            select(ServiceNote)
            .where(ServiceNote.youth_id == youth_id, ServiceNote.service == service)
            .order_by(ServiceNote.written_on, ServiceNote.id)
        )
        return tuple(
            ServiceNoteInfo(r.id, r.service, r.written_on, r.written_by, r.text) for r in rows
        )

    return store.read(AuditEvent("read", "service_note", youth_id, None, service), read)


def add_note(
    store: Store, youth_id: int, service: str, words: str, today: date, note_id: int | None = None
) -> Changes:
    """A new note of ``service`` by the store's user; ``note_id`` brings one back (redo)."""
    body = check_note(service, words)

    def write(session: Session) -> WriteResult:
        shown_youth(session, youth_id)
        note = ServiceNote(
            id=note_id, youth_id=youth_id, service=service, written_on=today,
            written_by=store.actor.name, text=body,
        )  # fmt: skip
        session.add(note)
        session.flush()
        return created(youth_id, "service_note", note.id)

    return store.write(write)


def delete_note(store: Store, youth_id: int, note_id: int) -> Changes:
    def write(session: Session) -> WriteResult:
        note = get_row(session, ServiceNote, note_id, N_("notatet"))
        same_youth(note.youth_id, youth_id)
        session.delete(note)
        return logged(youth_id, "delete", "service_note", note_id)

    return store.write(write)


__all__ = ["add_note", "delete_note", "district_role", "load_notes", "service_of"]
