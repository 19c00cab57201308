"""Opening the case store: an SQLCipher-encrypted SQLite file, or a PostgreSQL server.

Whatever goes wrong while opening (a wrong key, a corrupt or truncated file, a missing
folder, an unreachable server) ends in a :class:`DatabaseError` with one plain sentence, and
an existing file is never written to before its key has been proven right.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from lagmote.db import keys
from lagmote.db.cipher_file import check_file_shape, key_for_existing, keyed_connection
from lagmote.db.errors import DatabaseError, describe_error
from lagmote.db.schema import ensure_schema
from lagmote.db.urls import is_server_url
from lagmote.i18n import t

if TYPE_CHECKING:
    from lagmote.db.server import PasswordPrompt

DB_FILENAME = "lagmote.db"
DATA_DIR_ENV = "LAGMOTE_DATA_DIR"


@dataclass(frozen=True)
class Database:
    """An open case store and how it is protected."""

    engine: Engine
    kind: str  # "sqlcipher" or "postgresql"
    location: str  # a path or the server's address, never a password
    key_source: str  # "keyring", "passphrase" or "server"
    path: Path | None = None
    client_id: str = ""  # on a server: this program's id in the change notifications
    db_role: str = ""  # on a server: the database role the user connects as

    def dispose(self) -> None:
        self.engine.dispose()


def data_dir() -> Path:
    """The user's data folder: ``LAGMOTE_DATA_DIR``, else the preference, else the
    platform's (:mod:`lagmote.preferences`)."""
    from lagmote.preferences import data_folder_preference

    override = os.environ.get(DATA_DIR_ENV) or data_folder_preference()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("lagmote", appauthor=False))


def default_target() -> str:
    """The database to open without ``--db``: the preference, else the file in the data
    folder."""
    from lagmote.preferences import database_preference

    chosen = database_preference()
    if chosen:
        return chosen
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / DB_FILENAME)


def open_database(
    target: str | None = None,
    prompt: keys.PassphrasePrompt | None = None,
    passphrase: str | None = None,
    password_prompt: PasswordPrompt | None = None,
) -> Database:
    """Open (or create) the store at ``target``: a file path or a PostgreSQL URL.

    ``passphrase``: the passphrase the user has just typed (to unlock a locked window), used
    instead of any other source of the key. ``password_prompt``: asks for a server
    password the keyring does not hold (:mod:`lagmote.db.server`)."""
    target = target or default_target()
    if is_server_url(target):
        return _open_server(target, password_prompt)
    if passphrase is not None:
        return _open_with(Path(target).expanduser(), keys.DbKey.passphrase(passphrase))
    return _open_file(Path(target).expanduser(), prompt)


# --- PostgreSQL -------------------------------------------------------------------------


def _open_server(url: str, prompt: PasswordPrompt | None) -> Database:
    from lagmote.db.server import open_server

    server = open_server(url, prompt)
    return Database(
        server.engine,
        "postgresql",
        _server_location(server.engine),
        "server",
        client_id=server.client_id,
        db_role=server.db_role,
    )


def _dispose(engine: Engine | None) -> None:
    if engine is not None:
        engine.dispose()


def _server_location(engine: Engine) -> str:
    url = engine.url
    host = url.host or t("lokal socket")  # shown in the window's status line
    return f"{host}/{url.database or ''}"


# --- Encrypted SQLite -------------------------------------------------------------------


def _open_file(path: Path, prompt: keys.PassphrasePrompt | None) -> Database:
    if not path.parent.is_dir():
        raise DatabaseError(t("Mappen {folder} finnes ikke.").format(folder=path.parent))
    if path.is_dir():
        raise DatabaseError(t("{path} er en mappe, ikke en databasefil.").format(path=path))
    if path.exists():
        return _open_existing(path, prompt)
    return _create_new(path, prompt)


def _open_existing(path: Path, prompt: keys.PassphrasePrompt | None) -> Database:
    check_file_shape(path)  # before the key is asked for: a broken file needs no passphrase
    return _open_with(path, key_for_existing(path, prompt))


def _open_with(path: Path, key: keys.DbKey) -> Database:
    """An existing file with ``key``; a wrong key is one sentence, as for any other source."""
    if not path.is_file():
        raise DatabaseError(t("Databasefilen {path} finnes ikke.").format(path=path))
    check_file_shape(path)
    engine = _sqlcipher_engine(path, key)
    try:
        ensure_schema(engine)
    except SQLAlchemyError as error:
        engine.dispose()
        raise DatabaseError(describe_error(error)) from error
    return Database(engine, "sqlcipher", str(path), key.source, path)


def _create_new(path: Path, prompt: keys.PassphrasePrompt | None) -> Database:
    """Make a new encrypted database. The file is claimed first (so that two programs
    starting at once cannot both create it), the key stored before any data is written,
    and on any failure exactly what this call made is removed again."""
    env = keys.passphrase_from_env()
    new_key: keys.NewKey | None = None
    if env is not None:
        key = keys.DbKey.passphrase(env)
    elif keys.keyring_available():
        new_key = keys.NewKey.generate()
        key = new_key.db_key
    else:
        key = keys.ask_passphrase(prompt, new=True)
    _claim(path)
    engine: Engine | None = None
    try:
        if new_key is not None:
            keys.remember_key(new_key)
        engine = _sqlcipher_engine(path, key, new=True)
        ensure_schema(engine)
    except BaseException as error:
        _undo_create(path, engine, new_key)
        if isinstance(error, DatabaseError | KeyboardInterrupt):
            raise
        raise DatabaseError(_create_failure(error)) from error
    return Database(engine, "sqlcipher", str(path), key.source, path)


def _claim(path: Path) -> None:
    """Create the empty file, failing if it appeared meanwhile (SQLite takes an empty file
    as an empty database)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError as error:
        raise DatabaseError(
            t("Databasefilen {path} ble laget av et annet program.").format(path=path)
        ) from error
    except OSError as error:
        raise DatabaseError(
            t("Databasefilen {path} kunne ikke opprettes.").format(path=path)
        ) from error


def _undo_create(path: Path, engine: Engine | None, new_key: keys.NewKey | None) -> None:
    _dispose(engine)
    _remove_new_file(path)
    if new_key is not None:
        keys.forget_key(new_key)


def _create_failure(error: BaseException) -> str:
    if isinstance(error, SQLAlchemyError):
        return describe_error(error)
    return t("Databasefilen kunne ikke opprettes.")


def _remove_new_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _sqlcipher_engine(path: Path, key: keys.DbKey, new: bool = False) -> Engine:
    """An engine whose every connection is keyed, and proven keyed, before it is used."""
    import sqlcipher3

    def connect() -> Any:
        return keyed_connection(sqlcipher3, path, key, new)

    # QueuePool, not the SingletonThreadPool an "sqlite://" URL would get: connections are
    # shared safely between threads, and each pays the key derivation once.
    engine = create_engine("sqlite://", creator=connect, module=sqlcipher3, poolclass=QueuePool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as error:
        engine.dispose()
        raise DatabaseError(describe_error(error)) from error
    return engine


def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    """Settings every connection needs: foreign keys, temp data kept in memory, and
    transactions that SQLAlchemy begins itself (the DB-API's own would leave DDL, and so a
    failed migration, outside any transaction)."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in (
        "PRAGMA foreign_keys = ON",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA busy_timeout = 5000",
        "PRAGMA synchronous = FULL",
    ):
        cursor.execute(pragma)
    cursor.close()


def _on_begin(connection: Connection) -> None:
    """Every transaction writes (at least its audit row), so take the write lock at once:
    a deferred transaction that later writes can fail with "database is locked"."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")
