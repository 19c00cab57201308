"""A quick, read-only way into the encrypted file for one-shot exports, without SQLAlchemy.

``lagmote export-plan`` must be quick (issue 7: at least three times faster than converting
a Word document), and importing SQLAlchemy and mapping the models costs more than the rest of
the command together. So for an existing file at the current schema revision, the export
reads with plain SQL through :class:`QuickStore`, which keeps the store's promise: each read
and the export are logged in the audit log, in the same transaction as the read, with the
same values (:func:`lagmote.db.audit.audit_values`). Everything else (a server, a new file, a
file that needs upgrading) goes the full way through :class:`lagmote.db.store.Store`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from lagmote.db.audit import AUDIT_COLUMNS, Actor, AuditEvent, audit_values
from lagmote.db.cipher_file import check_file_shape, key_for_existing, keyed_connection
from lagmote.db.errors import DatabaseError, describe_driver_error
from lagmote.db.revision import HEAD_REVISION
from lagmote.db.urls import is_server_url
from lagmote.i18n import t

T = TypeVar("T")
_INSERT = (
    f"INSERT INTO audit_log ({', '.join(AUDIT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in AUDIT_COLUMNS)})"
)


class QuickStore:
    """Reads on one keyed connection, each with its audit row, in one transaction."""

    def __init__(self, connection: Any, actor: Actor) -> None:
        self._connection = connection
        self.actor = actor

    def read(self, event: AuditEvent, fn: Callable[[Any], T]) -> T:
        """Run ``fn(connection)`` and log ``event`` with it; all or nothing."""
        return self._transaction(event, lambda: fn(self._connection))

    def log(self, event: AuditEvent) -> None:
        """Log something done outside the database, such as an export."""
        self._transaction(event, lambda: None)

    def close(self) -> None:
        self._connection.close()

    def _transaction(self, event: AuditEvent, work: Callable[[], T]) -> T:
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                result = work()
                values = audit_values(self.actor, "", event)
                connection.execute(_INSERT, [values[c] for c in AUDIT_COLUMNS])
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
        except _driver_errors() as error:
            raise _failure(error) from error
        return result


def open_quick(target: str, actor: Actor) -> QuickStore | None:
    """The quick way into ``target``, or None where the full way must be taken."""
    if is_server_url(target):
        return None
    path = Path(target).expanduser()
    if not path.is_file():
        return None  # the full way creates it, or says what is wrong
    check_file_shape(path)
    import sqlcipher3

    try:
        connection = keyed_connection(sqlcipher3, path, key_for_existing(path, None), False)
    except sqlcipher3.DatabaseError as error:
        raise _failure(error) from error
    connection.isolation_level = None  # transactions are begun and ended here, explicitly
    connection.execute("PRAGMA busy_timeout = 5000")
    if _revision(connection) != HEAD_REVISION:
        connection.close()
        return None  # an older file is upgraded the full way first
    return QuickStore(connection, actor)


def _revision(connection: Any) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception:  # no table yet: not a database this program has set up
        return None
    return str(row[0]) if row else None


def _driver_errors() -> tuple[type[BaseException], ...]:
    import sqlcipher3

    return (sqlcipher3.DatabaseError,)


def _failure(error: BaseException) -> DatabaseError:
    sentence = describe_driver_error(error)
    return DatabaseError(
        sentence or t("Databasen meldte en feil, så handlingen ble ikke fullført.")
    )
