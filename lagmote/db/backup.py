"""Backups of the encrypted SQLite file: made while the program runs, checked, restored.

**How the copy is made.** SQLite's online backup API (``sqlite3_backup_*``, sqlcipher3's
``Connection.backup``) copies the source into a new file keyed with the *same* key, in one
step (``pages=-1``). One step is one read transaction on the source: in WAL mode a reader sees
one snapshot while other connections go on writing, so the copy holds every transaction
committed before it began and nothing of any that was still open. (Copied in several steps,
the backup would restart whenever another connection wrote in between.) The other way,
``ATTACH … KEY`` with ``SELECT sqlcipher_export(…)``, is consistent too, but rebuilds the
database through SQL; the backup API copies it page for page, so what is checked afterwards
is exactly what was stored. With a keyring key the copy gets the source's salt, so the
keyring's entry (kept under the salt) opens the backup too.

**Nothing in plain text.** The copy is written to a temporary file (``mkstemp``: mode 0600)
in the target's own folder, never in ``/tmp``; SQLCipher encrypts every page before it is
written, the copy keeps its rollback journal in memory, and temporary tables stay in memory.
The file gets its final name only once it opens with the key, ``PRAGMA integrity_check``
says ok, ``PRAGMA cipher_integrity_check`` finds no page with a bad HMAC, and the schema
revision can be read. On any failure the temporary file is removed.

**Restoring** checks the backup first, refuses while another program has the database open,
keeps the current file as ``<name>.før-gjenoppretting-<time>`` (never deleted), and puts the
restored copy in place with one rename. An older schema is fine: ``ensure_schema`` upgrades
it the next time the database is opened; a newer one is refused.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from lagmote.db import keys
from lagmote.db.cipher_file import PAGE_SIZE, keyed_connection
from lagmote.db.errors import DatabaseError
from lagmote.db.revision import HEAD_REVISION
from lagmote.db.urls import is_server_url
from lagmote.i18n import N_, t

BACKUP_FOLDER = "sikkerhetskopier"
DAILY_KEEP = 7
DAILY_PREFIX = "lagmote-"
DAILY_PATTERN = "lagmote-????-??-??.db"
KEPT_MARK = ".før-gjenoppretting-"
SIDE_FILES = ("-wal", "-shm", "-journal")
PLAIN_HEADER = b"SQLite format 3\x00"
OUR_TABLES = frozenset({"alembic_version", "youth", "audit_log"})
SERVER_SENTENCE = N_(  # translated where raised
    "En PostgreSQL-database sikkerhetskopieres med serverens egne verktøy (pg_dump): "
    "se «Sikkerhetskopi» i README."
)


@dataclass(frozen=True)
class BackupInfo:
    """What a checked backup holds: its schema revision, how many youths, the newest
    audit-log entry (UTC; None for an empty log)."""

    revision: str
    youths: int
    newest_audit: datetime | None


# --- making a backup ----------------------------------------------------------------------


def backup(source_path: Path, key: keys.DbKey, out_path: Path) -> BackupInfo:
    """Copy the database at ``source_path`` to ``out_path``, encrypted with ``key``, while
    other connections may be writing; ``out_path`` appears only complete and checked."""
    _check_source(source_path)
    _check_distinct(source_path, out_path)
    with _temporary_beside(out_path) as temporary:
        _copy_online(source_path, key, temporary)
        info = check_backup(temporary, key, out_path.name)
        _flush(temporary)
        _move(temporary, out_path)
    return info


def _check_source(path: Path) -> None:
    """Only ``stat``: the file may be open in this very process (the window's daily backup),
    and closing any file handle on it would drop the process's POSIX locks on it."""
    if not path.is_file():
        raise DatabaseError(t("Databasefilen {path} finnes ikke.").format(path=path))
    size = path.stat().st_size
    if size == 0 or size % PAGE_SIZE:
        raise DatabaseError(
            t("Databasefilen {path} er skadet eller ufullstendig.").format(path=path)
        )


def _copy_online(source_path: Path, key: keys.DbKey, temporary: Path) -> None:
    import sqlcipher3

    try:
        with (
            _connected(source_path, key) as source,
            _connected(temporary, _key_for_copy(key, source)) as copy,
        ):
            copy.execute("PRAGMA journal_mode = MEMORY").fetchone()
            source.backup(copy, pages=-1)  # one step: one snapshot of the source
            copy.execute("PRAGMA journal_mode = DELETE").fetchone()  # one file, no WAL
    except sqlcipher3.DatabaseError as error:
        sentence = _driver_sentence(error, t("Sikkerhetskopien kunne ikke lages."))
        raise DatabaseError(sentence) from error


def _key_for_copy(key: keys.DbKey, source: Any) -> keys.DbKey:
    """The same key; a raw key also gets the source's salt, which names it in the keyring.
    The salt comes from SQLite (``PRAGMA cipher_salt``), not from reading the file: see
    :func:`_check_source`."""
    from lagmote.db.recovery_key import raw_key_hex

    raw = raw_key_hex(key)
    if raw is None:
        return key
    salt = str(source.execute("PRAGMA cipher_salt").fetchone()[0])
    return keys.DbKey.raw(bytes.fromhex(raw), bytes.fromhex(salt))


# --- checking a backup --------------------------------------------------------------------


def check_backup(path: Path, key: keys.DbKey, name: str = "") -> BackupInfo:
    """What the backup at ``path`` holds; DatabaseError with one sentence if it is not a
    backup of this program, the key is wrong, it is corrupt or cut short, or its schema is
    newer than this program's. ``name`` is the file's name in those sentences (a temporary
    file is named as the file it becomes)."""
    import sqlcipher3

    name = name or path.name
    _check_backup_shape(path, name)
    with _opened_backup(path, key, name) as connection:
        try:
            _check_integrity(connection, name)
            return _read_info(connection, name)
        except sqlcipher3.DatabaseError as error:
            raise DatabaseError(
                t("Sikkerhetskopien {name} er skadet.").format(name=name)
            ) from error


def _check_backup_shape(path: Path, name: str) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except FileNotFoundError as error:
        raise DatabaseError(t("Sikkerhetskopien {path} finnes ikke.").format(path=path)) from error
    except OSError as error:
        raise DatabaseError(
            t("Sikkerhetskopien {path} kan ikke leses.").format(path=path)
        ) from error
    if head == PLAIN_HEADER:
        raise DatabaseError(
            t("{name} er ikke kryptert, så den er ikke fra Lagmøte.").format(name=name)
        )
    if size == 0 or size % PAGE_SIZE:
        raise DatabaseError(
            t("Sikkerhetskopien {name} er ufullstendig eller skadet.").format(name=name)
        )


@contextmanager
def _opened_backup(path: Path, key: keys.DbKey, name: str) -> Iterator[Any]:
    import sqlcipher3

    try:
        connection = _connect(path, key)
    except sqlcipher3.DatabaseError as error:
        raise _open_failure(path, key, name, error) from error
    try:
        connection.execute("PRAGMA query_only = ON")
        yield connection
    finally:
        connection.close()


def _open_failure(path: Path, key: keys.DbKey, name: str, error: BaseException) -> DatabaseError:
    """Wrong key or damage? With the wrong key no page decrypts, the first one included."""
    if "not a database" in str(error).lower() and not _first_page_decrypts(path, key):
        return DatabaseError(
            t(
                "Sikkerhetskopien {name} kan ikke åpnes: feil nøkkel, eller filen er ikke fra "
                "Lagmøte."
            ).format(name=name)
        )
    return DatabaseError(t("Sikkerhetskopien {name} er skadet.").format(name=name))


def _first_page_decrypts(path: Path, key: keys.DbKey) -> bool:
    import sqlcipher3

    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {key.pragma_value}")
        failures = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()
    return not any(str(row[0]).endswith(" page 1") for row in failures)


def _check_integrity(connection: Any, name: str) -> None:
    bad_pages = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    verdict = connection.execute("PRAGMA integrity_check").fetchall()
    if bad_pages or verdict != [("ok",)]:
        raise DatabaseError(t("Sikkerhetskopien {name} er skadet.").format(name=name))


def _read_info(connection: Any, name: str) -> BackupInfo:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if not OUR_TABLES.issubset(tables):
        raise DatabaseError(t("{name} er ikke en sikkerhetskopi fra Lagmøte.").format(name=name))
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise DatabaseError(t("{name} er ikke en sikkerhetskopi fra Lagmøte.").format(name=name))
    revision = str(row[0])
    if not known_revision(revision):
        raise DatabaseError(
            t(
                "Sikkerhetskopien {name} er fra en nyere versjon av Lagmøte: "
                "oppdater programmet først."
            ).format(name=name)
        )
    youths = int(connection.execute("SELECT count(*) FROM youth").fetchone()[0])
    newest = connection.execute("SELECT max(at) FROM audit_log").fetchone()[0]
    return BackupInfo(revision, youths, _utc(newest))


def known_revision(revision: str) -> bool:
    """True for a schema revision this program has a migration for (the newest or older)."""
    if revision == HEAD_REVISION:
        return True
    from alembic.script import ScriptDirectory

    from lagmote.db.schema import alembic_config

    script = ScriptDirectory.from_config(alembic_config())  # type: ignore[arg-type]
    return revision in {step.revision for step in script.walk_revisions()}


def _utc(value: object) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# --- restoring ----------------------------------------------------------------------------


def restore(backup_path: Path, key_of_backup: keys.DbKey, target_path: Path) -> Path | None:
    """Put the backup at ``target_path``; returns where the file that was there is kept
    (None when there was none). Nothing is touched unless the backup checks out and no
    other program has the target open."""
    _check_distinct(backup_path, target_path)
    check_backup(backup_path, key_of_backup)
    if not target_path.parent.is_dir():
        raise DatabaseError(t("Mappen {folder} finnes ikke.").format(folder=target_path.parent))
    refuse_if_in_use(target_path)
    with _temporary_beside(target_path) as temporary:
        _copy_file(backup_path, temporary)
        check_backup(temporary, key_of_backup, backup_path.name)  # the copy as it landed
        _use_wal(temporary, key_of_backup)
        refuse_if_in_use(target_path)  # again, just before the swap
        kept = _keep_current(target_path)
        _move(temporary, target_path)
    return kept


def refuse_if_in_use(path: Path) -> None:
    """DatabaseError if another connection (this program or another) has ``path`` open.

    Every connection to a WAL database holds a shared lock on it for as long as it is
    open, so an exclusive lock, asked for without waiting, fails exactly then. No key is
    needed for the lock (the target may be the broken file being replaced); a WAL file left
    by a crash is folded into the file by SQLite on the way, page for page, as it would be
    at the next start.
    """
    if not path.exists():
        return
    import sqlcipher3

    connection = sqlcipher3.connect(str(path), timeout=0, isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
    except sqlcipher3.DatabaseError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise DatabaseError(
                t(
                    "Databasen {name} er åpen i Lagmøte akkurat nå: lukk programmet "
                    "(og kommandoer som bruker den) før du gjenoppretter."
                ).format(name=path.name)
            ) from error
    finally:
        connection.close()


def _use_wal(path: Path, key: keys.DbKey) -> None:
    """The program's databases run in WAL mode (backups are one plain file)."""
    with _connected(path, key) as connection:
        connection.execute("PRAGMA journal_mode = WAL").fetchone()


def _keep_current(target: Path) -> Path | None:
    """Keep the file at ``target`` (and any WAL beside it) under a name of its own."""
    if not target.exists():
        return None
    kept = _link_kept(target)
    for suffix in SIDE_FILES:
        side = Path(f"{target}{suffix}")
        if side.exists():
            _move(side, Path(f"{kept}{suffix}"))
    return kept


def _link_kept(target: Path) -> Path:
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    for number in range(1, 100):
        extra = "" if number == 1 else f"-{number}"
        kept = target.with_name(f"{target.name}{KEPT_MARK}{stamp}{extra}")
        if not kept.exists():
            _link_or_copy(target, kept)
            return kept
    raise DatabaseError(
        t("Den gamle databasefilen {name} kunne ikke tas vare på.").format(name=target.name)
    )


def _link_or_copy(source: Path, kept: Path) -> None:
    try:
        os.link(source, kept)
    except OSError:  # a file system without hard links: a private copy instead
        with _temporary_beside(kept) as temporary:
            _copy_file(source, temporary)
            _move(temporary, kept)


# --- the daily backup ---------------------------------------------------------------------


def default_backup_folder() -> Path:
    from lagmote.db.engine import data_dir

    return data_dir() / BACKUP_FOLDER


def daily_backup(
    path: Path | str,
    key: keys.DbKey,
    folder: Path | None = None,
    keep: int = DAILY_KEEP,
    today: date | None = None,
) -> Path | None:
    """Today's backup ``lagmote-YYYY-MM-DD.db`` in ``folder``, unless it is there already
    (or ``path`` is a PostgreSQL URL); then only the newest ``keep`` are kept.
    Returns the new file, or None when none was made."""
    if isinstance(path, str) and is_server_url(path):
        return None
    folder = folder or default_backup_folder()
    out = folder / f"{DAILY_PREFIX}{(today or date.today()).isoformat()}.db"
    if out.exists():
        return None
    _make_private_folder(folder)
    backup(Path(path), key, out)
    prune(folder, keep)
    return out


def prune(folder: Path, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` daily backups (their names sort by date)."""
    old = sorted(folder.glob(DAILY_PATTERN))[: -max(keep, 1)]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def _make_private_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(t("Mappen {folder} kan ikke lages.").format(folder=folder)) from error


# --- the command line ---------------------------------------------------------------------


def backup_target(target: str, out: Path) -> BackupInfo:
    """``lagmote backup``: the file at ``target`` (never a server), with its own key."""
    from lagmote.db.cipher_file import key_for_existing

    source = _file_target(target)
    if not out.parent.is_dir():
        raise DatabaseError(t("Mappen {folder} finnes ikke.").format(folder=out.parent))
    _check_source(source)
    return backup(source, key_for_existing(source, None), out)


@dataclass(frozen=True)
class Restored:
    info: BackupInfo
    kept: Path | None


def restore_target(
    backup_path: Path, target: str, ask_recovery_key: keys.PassphrasePrompt | None = None
) -> Restored:
    """``lagmote restore``: the backup's key from the keyring, ``LAGMOTE_PASSPHRASE`` or the
    recovery key on paper (then kept in the keyring afterwards, under the backup's salt)."""
    from lagmote.db.recovery_key import key_for_backup

    path = _file_target(target)
    _check_backup_shape(backup_path, backup_path.name)
    key, new_key = key_for_backup(backup_path, ask_recovery_key)
    info = check_backup(backup_path, key)
    kept = restore(backup_path, key, path)
    if new_key is not None:
        keys.remember_key(new_key)
    return Restored(info, kept)


def _file_target(target: str) -> Path:
    if is_server_url(target):
        raise DatabaseError(t(SERVER_SENTENCE))
    return Path(target).expanduser()


# --- files --------------------------------------------------------------------------------


@contextmanager
def _temporary_beside(path: Path) -> Iterator[Path]:
    """A new, empty, owner-only file in ``path``'s folder, removed (with any SQLite side
    files) unless it has been moved into place; OSError becomes one sentence."""
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise DatabaseError(
            t("Mappen {folder} kan ikke skrives til.").format(folder=path.parent)
        ) from error
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
    except OSError as error:
        raise DatabaseError(t("Filen {path} kunne ikke skrives.").format(path=path)) from error
    finally:
        for suffix in ("", *SIDE_FILES):
            Path(f"{temporary}{suffix}").unlink(missing_ok=True)


def _copy_file(source: Path, destination: Path) -> None:
    with source.open("rb") as reader, destination.open("r+b") as writer:
        shutil.copyfileobj(reader, writer)
        writer.flush()
        os.fsync(writer.fileno())


def _flush(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _move(source: Path, destination: Path) -> None:
    os.replace(source, destination)


def _check_distinct(first: Path, second: Path) -> None:
    if first.resolve() == second.resolve():
        raise DatabaseError(t("Sikkerhetskopien og databasen kan ikke være samme fil."))


@contextmanager
def _connected(path: Path, key: keys.DbKey) -> Iterator[Any]:
    connection = _connect(path, key)
    try:
        yield connection
    finally:
        connection.close()


def _connect(path: Path, key: keys.DbKey) -> Any:
    import sqlcipher3

    connection = keyed_connection(sqlcipher3, path, key, new=False)
    connection.isolation_level = None
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("PRAGMA busy_timeout = 5000")
    return connection


def _driver_sentence(error: BaseException, fallback: str) -> str:
    from lagmote.db.errors import describe_driver_error

    return describe_driver_error(error) or fallback
