"""Closing a follow-up (avslutning) and reopening it, each one audit-logged write.

Closing writes the closing record, marks the youth ``avsluttet`` and dates the avslutning
step, in one transaction. Reopening keeps the closing record and marks it reopened; only
:func:`undo_close` (the undo of a close just made) removes the row it made.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.closing import ClosingFields, check_closing
from lagmote.db.models import Closing, Evaluation, Step, Youth
from lagmote.db.ops_common import created, logged, owned_row, youth_row
from lagmote.db.store import Changes, Store, WriteResult
from lagmote.errors import UserError
from lagmote.i18n import N_, t

CLOSING = N_("avslutningen")


def close_case(
    store: Store, youth_id: int, fields: ClosingFields, today: date, closing_id: int | None = None
) -> Changes:
    """End the follow-up: the closing record, the youth's status and the avslutning step."""
    check_closing(fields, today)

    def write(session: Session) -> WriteResult:
        youth = youth_row(session, youth_id)
        if youth.status == "avsluttet":
            raise UserError(t("Oppfølgingen er allerede avsluttet."))
        if fields.evaluation_id is not None:
            owned_row(session, Evaluation, fields.evaluation_id, youth_id, N_("evalueringen"))
        row = Closing(id=closing_id, youth_id=youth_id)
        _fill(row, fields)
        session.add(row)
        result = _set_status(session, youth, fields.closed_on)
        session.flush()
        done = created(youth_id, "closing", row.id)
        done.events.extend(result.events)
        return done

    return store.write(write)


def undo_close(store: Store, youth_id: int, closing_id: int) -> Changes:
    """Take back a close just made (Ctrl+Z): the row it made goes, the case is active."""

    def write(session: Session) -> WriteResult:
        row = _owned(session, closing_id, youth_id)
        result = _set_status(session, youth_row(session, youth_id), None)
        session.delete(row)
        result.log("delete", "closing", closing_id)
        return result

    return store.write(write)


def reopen_case(store: Store, youth_id: int, today: date) -> Changes:
    """Open a closed case again; its closing record stays, marked reopened today. A case
    closed before closing records existed (imported from an older file) has none to mark."""

    def write(session: Session) -> WriteResult:
        youth = youth_row(session, youth_id)
        if youth.status != "avsluttet":
            raise UserError(t("Oppfølgingen er ikke avsluttet."))
        row = _current(session, youth_id)
        result = _set_status(session, youth, None)
        if row is not None:
            row.reopened_on = today
            result.log("update", "closing", row.id, "reopened")
        else:
            result.log("update", "closing", None, "reopened")
        return result

    return store.write(write)


def undo_reopen(store: Store, youth_id: int, closing_id: int) -> Changes:
    """Take back a reopening: the closing is in force again."""

    def write(session: Session) -> WriteResult:
        row = _owned(session, closing_id, youth_id)
        row.reopened_on = None
        result = _set_status(session, youth_row(session, youth_id), row.closed_on)
        result.log("update", "closing", closing_id, "reopened")
        return result

    return store.write(write)


def _owned(session: Session, closing_id: int, youth_id: int) -> Closing:
    return owned_row(session, Closing, closing_id, youth_id, CLOSING)


def _current(session: Session, youth_id: int) -> Closing | None:
    query = (
        select(Closing)
        .where(Closing.youth_id == youth_id, Closing.reopened_on.is_(None))
        .order_by(Closing.closed_on.desc(), Closing.id.desc())
    )
    return session.scalars(query).first()


def _set_status(session: Session, youth: Youth, closed_on: date | None) -> WriteResult:
    """The youth closed on ``closed_on`` (None: active again), with the avslutning step."""
    youth.status = "aktiv" if closed_on is None else "avsluttet"
    step = session.scalars(
        select(Step).where(Step.youth_id == youth.id, Step.kind == "avslutning")
    ).one_or_none()
    if step is None:
        step = Step(youth_id=youth.id, kind="avslutning")
        session.add(step)
    step.done_on = closed_on
    session.flush()
    result = logged(youth.id, "update", "youth", youth.id, "status")
    result.log("update", "step", step.id, "avslutning")
    return result


def _fill(row: Closing, fields: ClosingFields) -> None:
    row.evaluation_id = fields.evaluation_id
    row.closed_on, row.reason = fields.closed_on, fields.reason
    row.reason_text, row.handover = fields.reason_text.strip(), fields.handover.strip()
    row.contact_name = fields.contact_name.strip()
    row.contact_service = fields.contact_service.strip()
    row.contact_phone = fields.contact_phone.strip()
    row.transitions = ",".join(fields.transitions)
    row.transitions_note, row.summary = fields.transitions_note.strip(), fields.summary.strip()
