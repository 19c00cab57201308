"""The one place every read and write of a youth's record goes through.

A :class:`Store` hands each operation a short-lived session and commits it together with the
audit-log rows that describe it, in one transaction: either both land or neither does.
Operations return plain objects (never a live session or ORM instance), so pages can redraw
from them without touching the database again. This mirrors Anki's ``CollectionOp``, which
returns ``OpChanges`` so that callers redraw only what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from lagmote.db.audit import Actor, AuditEvent, audit_values
from lagmote.db.errors import DatabaseError, describe_error
from lagmote.db.models import AuditEntry

T = TypeVar("T")

__all__ = ["Actor", "AuditEvent", "Changes", "Store", "WriteResult"]


@dataclass(frozen=True)
class Changes:
    """What a write changed: the youth, the kinds of object touched, and new ids."""

    youth_id: int | None
    objects: frozenset[str] = frozenset()
    created_ids: tuple[int, ...] = ()


@dataclass
class WriteResult:
    """What a write operation reports back to :meth:`Store.write`."""

    youth_id: int | None
    events: list[AuditEvent] = field(default_factory=list)
    created_ids: list[int] = field(default_factory=list)

    def log(self, action: str, obj: str, object_id: int | None = None, detail: str = "") -> None:
        self.events.append(AuditEvent(action, obj, self.youth_id, object_id, detail))


class Store:
    """Reads and writes of the case store, each audit-logged in its own transaction."""

    def __init__(self, engine: Engine, actor: Actor, db_role: str = "") -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.actor = actor
        self.db_role = db_role

    @property
    def engine(self) -> Engine:
        return self._engine

    def read(self, event: AuditEvent, fn: Callable[[Session], T]) -> T:
        """Run a read and log it; the result must be plain data, not ORM objects."""
        with self._transaction() as session:
            result = fn(session)
            self._log(session, [event])
        return result

    def write(self, fn: Callable[[Session], WriteResult]) -> Changes:
        """Run a write and its audit rows in one transaction; all or nothing."""
        with self._transaction() as session:
            result = fn(session)
            session.flush()
            self._log(session, result.events)
        objects = frozenset(e.object for e in result.events)
        return Changes(result.youth_id, objects, tuple(result.created_ids))

    def log(self, event: AuditEvent) -> None:
        """Log something done outside the database, such as an export or a print."""
        with self._transaction() as session:
            self._log(session, [event])

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        try:
            with self._sessions.begin() as session:
                yield session
        except SQLAlchemyError as error:
            raise DatabaseError(describe_error(error)) from error

    def _log(self, session: Session, events: list[AuditEvent]) -> None:
        session.add_all(self._entry(event) for event in events)

    def _entry(self, event: AuditEvent) -> AuditEntry:
        return AuditEntry(**audit_values(self.actor, self.db_role, event))
