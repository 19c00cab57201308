"""Reading the audit log back: who read or changed which youth's record, newest first.

Reading the log is itself logged, once per read and never per row, so that looking at the
log does not flood it: one youth's log as ``read audit_log`` of that youth (it is a read of
their record), the whole log as ``list audit_log``. Nothing here, nor anywhere else in the
program, updates or deletes a row of the log; the database refuses it too.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from lagmote.audit_view import AuditLine
from lagmote.db.errors import DatabaseError
from lagmote.db.models import AuditEntry, Youth
from lagmote.db.store import AuditEvent, Store
from lagmote.i18n import t


def load_audit(store: Store, youth_id: int | None, limit: int | None) -> tuple[AuditLine, ...]:
    """The log (one youth's, or all of it), newest first, at most ``limit`` lines.

    A youth whose record is gone still has a log; an id that has neither is refused."""

    def read(session: Session) -> tuple[AuditLine, ...]:
        if youth_id is not None:
            _check_known(session, youth_id)
        return tuple(_line(row) for row in _rows(session, youth_id, limit))

    return store.read(_event(youth_id), read)


def _event(youth_id: int | None) -> AuditEvent:
    if youth_id is None:
        return AuditEvent("list", "audit_log")
    return AuditEvent("read", "audit_log", youth_id, youth_id)


def _check_known(session: Session, youth_id: int) -> None:
    known = session.get(Youth, youth_id) is not None or session.scalar(
        select(exists().where(AuditEntry.youth_id == youth_id))
    )
    if not known:
        raise DatabaseError(t("Fant ingen ungdom med id {id}.").format(id=youth_id))


def _rows(session: Session, youth_id: int | None, limit: int | None) -> list[AuditEntry]:
    """Newest first; rows of one second (SQLite's clock) in the order they were written."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if youth_id is not None:
        query = query.where(AuditEntry.youth_id == youth_id)
    return list(session.scalars(query if limit is None else query.limit(limit)))


def _line(row: AuditEntry) -> AuditLine:
    return AuditLine(
        at=_utc(row.at),
        actor=row.actor,
        actor_role=row.actor_role,
        actor_org=row.actor_org,
        db_role=row.db_role,
        youth_id=row.youth_id,
        action=row.action,
        object=row.object,
        object_id=row.object_id,
        detail=row.detail,
    )


def _utc(at: datetime) -> datetime:
    """SQLite's clock gives UTC without a zone; PostgreSQL's comes with one."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
