"""Opening the encrypted SQLite file: its shape, its key, and a connection proven keyed.

Shared by the SQLAlchemy engine (:mod:`lagmote.db.engine`) and the quick read behind
``lagmote export-plan`` (:mod:`lagmote.db.quick`); no SQLAlchemy here, so the quick path
starts without loading it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lagmote.db import keys
from lagmote.db.errors import DatabaseError
from lagmote.i18n import t

PAGE_SIZE = 4096  # SQLCipher 4's default; a file of another length has been cut short


def check_file_shape(path: Path) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except OSError as error:
        raise DatabaseError(t("Databasefilen {path} kan ikke leses.").format(path=path)) from error
    if size == 0:  # what a first start stopped before its first page leaves behind
        raise DatabaseError(
            t(
                "Databasefilen {path} er skadet eller ufullstendig: den er tom. Ble programmet "
                "stoppet første gang det startet, kan den tomme filen slettes, så lages en ny."
            ).format(path=path)
        )
    if size % PAGE_SIZE:
        raise DatabaseError(
            t("Databasefilen {path} er skadet eller ufullstendig.").format(path=path)
        )


def key_for_existing(path: Path, prompt: keys.PassphrasePrompt | None) -> keys.DbKey:
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
            t(
                "Nøkkelringen har ingen nøkkel for denne databasefilen: den er skadet, laget på "
                "en annen maskin, eller låst med passord (oppgi det i {variable})."
            ).format(variable=keys.PASSPHRASE_ENV)
        )
    return keys.ask_passphrase(prompt, new=False)


def keyed_connection(module: Any, path: Path, key: keys.DbKey, new: bool) -> Any:
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
