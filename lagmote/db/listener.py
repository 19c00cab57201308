"""Hearing about changes other programs make in a shared PostgreSQL database.

The database's triggers (migration 0005) send ``pg_notify('lagmote_changes', payload)`` for
every row written, with the payload ``{"youth": <id or null>, "table": "<name>", "client":
"<writer's client id>"}``. A :class:`ChangeListener` holds one connection of its own that
listens on that channel. It never blocks: the window watches :meth:`ChangeListener.fileno`
and calls :meth:`ChangeListener.drain` when the socket has something to read. Payloads carry
ids and table names only, never record content, so nothing here is personal data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError

from lagmote.db.errors import CONNECTION_BROKEN, ConnectionLost, describe_error
from lagmote.i18n import t

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Engine

CHANNEL = "lagmote_changes"
# Tables whose rows no page shows: the audit log is written by every read, so a change
# there must never make another window read (and so write an audit row) again.
IGNORED_TABLES = frozenset({"audit_log", "alembic_version"})


@dataclass(frozen=True)
class RemoteChange:
    """A row written by another program: the youth it belongs to (None: no one youth, such
    as a district setting) and its table."""

    youth_id: int | None
    table: str


class ChangeListener:
    """One listening connection of its own, opened from the engine the store uses (same
    server, user and password source), in autocommit so that notifications arrive at once.

    ``client_id``: this program's own id, whose changes are not reported back; None reads it
    from the connection (``lagmote.client``, which the engine sets on every connection).
    Raises :class:`ConnectionLost` when the server cannot be reached.
    """

    def __init__(self, engine: Engine, client_id: str | None = None) -> None:
        self._connection = _autocommit_connection(engine)
        try:
            self.client_id = client_id if client_id is not None else self._own_client_id()
            self._connection.execute(f"LISTEN {CHANNEL}")
            self._fileno = self._connection.pgconn.socket
        except Exception as error:
            self._connection.close()
            raise ConnectionLost(t(CONNECTION_BROKEN)) from error

    def fileno(self) -> int:
        """The socket to watch for readability."""
        return self._fileno

    def drain(self) -> list[RemoteChange]:
        """Every notification that has arrived, without waiting; own changes and payloads
        that are not ours are left out. Raises :class:`ConnectionLost` when the connection
        is gone (the socket then reads as closed)."""
        from psycopg import OperationalError
        from psycopg.pq import ConnStatus

        pgconn = self._connection.pgconn
        try:
            pgconn.consume_input()
        except OperationalError as error:
            raise ConnectionLost(t(CONNECTION_BROKEN)) from error
        if pgconn.status == ConnStatus.BAD:
            raise ConnectionLost(t(CONNECTION_BROKEN))
        changes: list[RemoteChange] = []
        while (notice := pgconn.notifies()) is not None:
            change = parse_payload(notice.extra, self.client_id)
            if notice.relname.decode() == CHANNEL and change is not None:
                changes.append(change)
        return changes

    def close(self) -> None:
        self._connection.close()

    @property
    def closed(self) -> bool:
        return self._connection.closed

    def _own_client_id(self) -> str:
        row = self._connection.execute("SELECT current_setting('lagmote.client', true)")
        value = row.fetchone()
        return str(value[0]) if value is not None and value[0] is not None else ""


def _autocommit_connection(engine: Engine) -> psycopg.Connection[Any]:
    """A connection made the way the engine makes its own (its URL, its connect arguments
    with the password and the client id, its connect events), then taken out of the pool
    for good and set to autocommit."""
    try:
        fairy = engine.raw_connection()
    except SQLAlchemyError as error:
        raise ConnectionLost(describe_error(error)) from error
    connection: psycopg.Connection[Any] = fairy.driver_connection  # type: ignore[assignment]
    fairy.detach()  # closed for real when we close it, never handed to the store
    try:
        connection.rollback()  # the pool's pre-ping may have begun a transaction
        connection.autocommit = True
    except Exception as error:
        connection.close()
        raise ConnectionLost(t(CONNECTION_BROKEN)) from error
    return connection


def parse_payload(payload: bytes | str, own_client: str) -> RemoteChange | None:
    """The change a payload describes; None for our own change or a payload we do not
    understand (a notification on this channel from something else is no reason to fail)."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    youth, table, client = data.get("youth"), data.get("table"), data.get("client")
    if not isinstance(table, str) or not table or table in IGNORED_TABLES:
        return None
    if youth is not None and (not isinstance(youth, int) or isinstance(youth, bool)):
        return None
    if own_client and client == own_client:
        return None
    return RemoteChange(youth, table)


def server_answers(engine: Engine) -> bool:
    """True when the server answers a ``SELECT 1`` (through the pool, whose pre-ping
    throws out connections the server dropped); any failure is False."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except Exception:  # whatever the reason, the server did not answer
        return False
    return True
