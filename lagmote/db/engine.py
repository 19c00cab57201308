"""Opening the case store: an SQLCipher-encrypted SQLite file, or a PostgreSQL server.

Whatever goes wrong while opening (a wrong key, a corrupt or truncated file, a missing
folder, an unreachable server) ends in a :class:`DatabaseError` with one plain sentence, and
an existing file is never written to before its key has been proven right.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry

from lagmote.db import keys
from lagmote.db.errors import DatabaseError, describe_error
from lagmote.db.schema import ensure_schema

DB_FILENAME = "lagmote.db"
DATA_DIR_ENV = "LAGMOTE_DATA_DIR"
PAGE_SIZE = 4096  # SQLCipher 4's default; a file of another length has been cut short


@dataclass(frozen=True)
class Database:
    """An open case store and how it is protected."""

    engine: Engine
    kind: str  # "sqlcipher" or "postgresql"
    location: str  # a path or the server's address, never a password
    key_source: str  # "keyring", "passphrase" or "server"
    path: Path | None = None

    def dispose(self) -> None:
        self.engine.dispose()


def data_dir() -> Path:
    """The user's data folder (``LAGMOTE_DATA_DIR`` overrides it)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("lagmote", appauthor=False))


def default_target() -> str:
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / DB_FILENAME)


def is_server_url(target: str) -> bool:
    return target.startswith(("postgresql:", "postgresql+", "postgres:"))


def open_database(
    target: str | None = None, prompt: keys.PassphrasePrompt | None = None
) -> Database:
    """Open (or create) the store at ``target``: a file path or a PostgreSQL URL."""
    target = target or default_target()
    if is_server_url(target):
        return _open_server(target)
    return _open_file(Path(target).expanduser(), prompt)


# --- PostgreSQL -------------------------------------------------------------------------


def _open_server(url: str) -> Database:
    try:
        engine = create_engine(url, pool_pre_ping=True)
        ensure_schema(engine)
    except ImportError as error:
        raise DatabaseError("PostgreSQL-støtte mangler: installer lagmote[postgres].") from error
    except SQLAlchemyError as error:
        raise DatabaseError(describe_error(error)) from error
    return Database(engine, "postgresql", _server_location(engine), "server")


def _server_location(engine: Engine) -> str:
    url = engine.url
    return f"{url.host or 'lokal socket'}/{url.database or ''}"


# --- Encrypted SQLite -------------------------------------------------------------------


def _open_file(path: Path, prompt: keys.PassphrasePrompt | None) -> Database:
    if not path.parent.is_dir():
        raise DatabaseError(f"Mappen {path.parent} finnes ikke.")
    if path.is_dir():
        raise DatabaseError(f"{path} er en mappe, ikke en databasefil.")
    if path.exists():
        return _open_existing(path, prompt)
    return _create_new(path, prompt)


def _open_existing(path: Path, prompt: keys.PassphrasePrompt | None) -> Database:
    _check_file_shape(path)
    key = _key_for_existing(path, prompt)
    engine = _sqlcipher_engine(path, key)
    try:
        ensure_schema(engine)
    except SQLAlchemyError as error:
        engine.dispose()
        raise DatabaseError(describe_error(error)) from error
    return Database(engine, "sqlcipher", str(path), key.source, path)


def _check_file_shape(path: Path) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except OSError as error:
        raise DatabaseError(f"Databasefilen {path} kan ikke leses.") from error
    if size == 0 or size % PAGE_SIZE:
        raise DatabaseError(f"Databasefilen {path} er skadet eller ufullstendig.")


def _key_for_existing(path: Path, prompt: keys.PassphrasePrompt | None) -> keys.DbKey:
    env = keys.passphrase_from_env()
    if env is not None:
        return keys.DbKey.passphrase(env)
    if not keys.keyring_available():
        return keys.ask_passphrase(prompt, new=False)
    stored = keys.stored_key(path)
    if stored is not None:
        return stored
    if prompt is None:
        raise DatabaseError(
            "Nøkkelringen har ingen nøkkel for denne databasefilen: den er skadet, laget på en "
            f"annen maskin, eller låst med passord (oppgi det i {keys.PASSPHRASE_ENV})."
        )
    return keys.ask_passphrase(prompt, new=False)


def _create_new(path: Path, prompt: keys.PassphrasePrompt | None) -> Database:
    env = keys.passphrase_from_env()
    raw: bytes | None = None
    if env is not None:
        key = keys.DbKey.passphrase(env)
    elif keys.keyring_available():
        raw = keys.new_raw_key()
        key = keys.DbKey.raw(raw)
    else:
        key = keys.ask_passphrase(prompt, new=True)
    try:
        engine = _sqlcipher_engine(path, key, new=True)
        ensure_schema(engine)
        if raw is not None:
            keys.remember_key(path, raw)
    except (SQLAlchemyError, DatabaseError, OSError) as error:
        _remove_new_file(path)
        if isinstance(error, DatabaseError):
            raise
        raise DatabaseError(_create_failure(error)) from error
    return Database(engine, "sqlcipher", str(path), key.source, path)


def _create_failure(error: Exception) -> str:
    if isinstance(error, SQLAlchemyError):
        return describe_error(error)
    return "Databasefilen kunne ikke opprettes."


def _remove_new_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _sqlcipher_engine(path: Path, key: keys.DbKey, new: bool = False) -> Engine:
    """An engine whose every connection is keyed, and proven keyed, before it is used."""
    import sqlcipher3

    def connect() -> Any:
        return _keyed_connection(sqlcipher3, path, key, new)

    engine = create_engine("sqlite://", creator=connect, module=sqlcipher3)
    event.listen(engine, "connect", _on_connect)
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as error:
        engine.dispose()
        raise DatabaseError(describe_error(error)) from error
    return engine


def _keyed_connection(module: Any, path: Path, key: keys.DbKey, new: bool) -> Any:
    connection = module.connect(str(path), check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")  # no decrypt noise on stderr
        connection.execute(f"PRAGMA key = {key.pragma_value}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if new:
            connection.execute("PRAGMA journal_mode = WAL").fetchone()
    except module.DatabaseError:
        connection.close()
        raise
    return connection


def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    """Settings every connection needs: WAL, foreign keys, temp data kept in memory."""
    cursor = dbapi_connection.cursor()
    for pragma in (
        "PRAGMA foreign_keys = ON",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA busy_timeout = 5000",
        "PRAGMA synchronous = FULL",
    ):
        cursor.execute(pragma)
    cursor.close()
