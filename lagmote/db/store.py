"""The one place every read and write of a youth's record goes through.

A :class:`Store` hands each operation a short-lived session and commits it together with the
audit-log rows that describe it, in one transaction: either both land or neither does.
Operations return plain objects (never a live session or ORM instance), so pages can redraw
from them without touching the database again. This mirrors Anki's ``CollectionOp``, which
returns ``OpChanges`` so that callers redraw only what changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from sqlalchemy import Engine, event, inspect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from lagmote.db.audit import Actor, AuditEvent, audit_values
from lagmote.db.errors import (
    STILL_LOST,
    ConnectionLost,
    DatabaseError,
    describe_error,
    is_connection_lost,
)
from lagmote.db.models import AuditEntry
from lagmote.i18n import N_, t

T = TypeVar("T")
CLOSED = N_("Lagmøte er låst: lås opp før du fortsetter.")  # translated where raised

__all__ = ["Actor", "AuditEvent", "Changes", "Store", "WriteResult"]

UNSTORABLE_CHARS: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
"""Control characters other than tab and newline, and lone surrogates: what a
``lagmote-ungdom`` document may not hold either, so every record stays exportable and
importable. NUL would cut a text short in SQLite's own functions and is refused by
PostgreSQL; a lone surrogate cannot be encoded at all."""
UNSTORABLE_TEXT: Final = N_(
    "Teksten har et kontrolltegn eller ugyldig tegn som ikke kan lagres; "
    "bare linjeskift og tabulator er lov."
)


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
        self._engine: Engine | None = engine
        self._sessions: sessionmaker[Session] | None = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _refuse_unstorable_text)
        self.actor = actor
        self.db_role = db_role
        #: Called (with nothing) when a read or write finds the server gone; whoever sets it
        #: watches for the server's return and then calls :meth:`connection_back`.
        self.on_connection_lost: Callable[[], None] | None = None
        self._lost = False

    @property
    def connection_lost(self) -> bool:
        """True from a lost connection until :meth:`connection_back` (only while watched)."""
        return self._lost

    def connection_gone(self) -> None:
        """The watcher found the server gone: refuse work at once until
        :meth:`connection_back` (unwatched, nothing changes)."""
        if self.on_connection_lost is not None:
            self._lost = True

    def connection_back(self) -> None:
        """The server answers again: reads and writes go to it from now on."""
        self._lost = False

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise DatabaseError(t(CLOSED))
        return self._engine

    def close(self) -> None:
        """Close the database and let go of it (and so of its key): the window is locked.
        Whatever still holds this store gets a clear sentence if it tries to use it."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine, self._sessions = None, None

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
        if self._sessions is None:
            raise DatabaseError(t(CLOSED))
        if self._lost:  # fail at once: a server out of reach can take seconds to time out
            raise ConnectionLost(t(STILL_LOST))
        try:
            with self._sessions.begin() as session:
                yield session
        except SQLAlchemyError as error:
            if is_connection_lost(error):
                self._report_lost()
                raise ConnectionLost(describe_error(error)) from error
            raise DatabaseError(describe_error(error)) from error

    def _report_lost(self) -> None:
        """Tell the watcher, once per loss; unwatched (the command line), every call simply
        tries the server again."""
        hook = self.on_connection_lost
        if hook is not None and not self._lost:
            self._lost = True
            hook()

    def _log(self, session: Session, events: list[AuditEvent]) -> None:
        session.add_all(self._entry(event) for event in events)

    def _entry(self, event: AuditEvent) -> AuditEntry:
        return AuditEntry(**audit_values(self.actor, self.db_role, event))


def _refuse_unstorable_text(session: Session, _context: Any, _instances: Any) -> None:
    """Refuse a flush that would store a text :data:`UNSTORABLE_CHARS` matches, on every
    backend alike (SQLite would keep a NUL, PostgreSQL refuse it with an unclear error)."""
    for obj in (*session.new, *session.dirty):
        for attribute in inspect(obj).attrs:
            for value in attribute.history.added:
                if isinstance(value, str) and UNSTORABLE_CHARS.search(value):
                    raise DatabaseError(t(UNSTORABLE_TEXT))
