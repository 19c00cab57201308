"""The read behind the minutes of a lagmøte: the youth's lagmøter and the name to head them.

Two audit-logged reads (``lagmoter``, then ``name``); the export itself is logged by the
caller just before the file is written.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from lagmote.db.meeting_queries import load_meetings
from lagmote.db.store import AuditEvent, Store
from lagmote.db.youth_access import shown_youth
from lagmote.minutes import Minutes, build_minutes


def load_minutes(store: Store, youth_id: int, number: int | None, today: date) -> Minutes:
    """The minutes of the youth's lagmøte ``number`` (from 1; None: the latest held).

    UserError (one sentence) for an unknown youth, a number out of range, or a meeting with
    nothing recorded yet."""
    view = load_meetings(store, youth_id)
    return build_minutes(view, youth_name(store, youth_id), number, today)


def youth_name(store: Store, youth_id: int) -> str:
    """The youth's display name (preferred or first name, and last name)."""

    def read(session: Session) -> str:
        youth = shown_youth(session, youth_id)
        return youth.display_name

    return store.read(AuditEvent("read", "youth", youth_id, youth_id, "name"), read)
