"""The recovery key: the database key in a form a person can write down, and read back.

A backup is encrypted with the database's own key, so without the key it is useless. With a
keyring the key is 256 random bits that nobody has seen; the window shows them (after the
user confirms) as 64 hexadecimal digits in blocks of four, and prints them on paper. When
``lagmote restore`` finds no key in the keyring (a new machine), it asks for these digits and
keeps them in the keyring under the backup's salt. With a passphrase, the passphrase is the
key, and it is stored nowhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lagmote.db import keys
from lagmote.db.errors import DatabaseError
from lagmote.i18n import t

if TYPE_CHECKING:
    from sqlalchemy import Engine

KEY_HEX_DIGITS = 64
BLOCK = 4
BLOCKS_PER_LINE = 4
_RAW_PRAGMA = re.compile(r"^\"x'(?P<key>[0-9a-fA-F]{64})(?:[0-9a-fA-F]{32})?'\"$")
_SEPARATORS = re.compile(r"[\s\-.:]+")


@dataclass(frozen=True)
class KeyFacts:
    """Where an open database's key lives: ``kind`` is "keyring", "passphrase" or "server";
    ``path`` is the file and ``salt`` its SQLCipher salt as hex (None and "" for a server)."""

    kind: str
    path: Path | None
    salt: str = ""


def raw_key_hex(key: keys.DbKey) -> str | None:
    """The raw key's 64 hex digits (without any salt), or None for a passphrase."""
    match = _RAW_PRAGMA.match(key.pragma_value)
    return match.group("key").lower() if match else None


def key_lines(hex_digits: str) -> list[str]:
    """The key as lines of blocks of four (upper case, easier to copy by hand)."""
    digits = hex_digits.upper()
    blocks = [digits[i : i + BLOCK] for i in range(0, len(digits), BLOCK)]
    rows = range(0, len(blocks), BLOCKS_PER_LINE)
    return [" ".join(blocks[i : i + BLOCKS_PER_LINE]) for i in rows]


def parse_recovery_key(text: str) -> bytes:
    """The key from what the user typed off the paper: spaces and dashes are ignored."""
    digits = _SEPARATORS.sub("", text)
    if len(digits) != KEY_HEX_DIGITS or not re.fullmatch(r"[0-9a-fA-F]+", digits):
        raise DatabaseError(
            t("Gjenopprettingsnøkkelen skal ha 64 tegn (0–9 og A–F) i blokker på fire.")
        )
    return bytes.fromhex(digits)


def key_facts(engine: Engine) -> KeyFacts:
    """Where the key of the database behind ``engine`` lives (asks the keyring, not the
    user)."""
    if engine.dialect.name != "sqlite":
        return KeyFacts("server", None)
    path, salt = file_and_salt(engine)
    return KeyFacts(_key_kind(salt), path, salt)


def file_and_salt(engine: Engine) -> tuple[Path, str]:
    """The open database's file and salt, asked of SQLite on one of the engine's own
    connections. Never by reading the file: in the process that has it open, closing any
    handle on the file would drop that process's POSIX locks on it."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        files = cursor.execute("PRAGMA database_list").fetchall()
        salt = cursor.execute("PRAGMA cipher_salt").fetchone()
    finally:
        raw.close()
    path = Path(next(str(row[2]) for row in files if row[1] == "main"))
    return path, str(salt[0]) if salt else ""


def _key_kind(salt: str) -> str:
    """The same order as opening the file: LAGMOTE_PASSPHRASE, then the keyring."""
    if keys.passphrase_from_env() is not None or not keys.keyring_available():
        return "passphrase"
    return "keyring" if stored_for_salt(salt) is not None else "passphrase"


def stored_for_salt(salt: str) -> keys.DbKey | None:
    """The keyring's key for the file with this salt (:func:`keys.stored_key` without
    opening the file)."""
    import keyring

    try:
        value = keyring.get_password(keys.SERVICE, keys.keyring_name(salt))
        return keys.DbKey.raw(bytes.fromhex(value)) if value else None
    except ValueError as error:
        raise DatabaseError(t("Nøkkelen i nøkkelringen er ødelagt.")) from error
    except Exception as error:  # any backend failure: D-Bus, a locked collection, …
        raise DatabaseError(t("Nøkkelringen svarte ikke, så nøkkelen kan ikke vises.")) from error


def stored_key_hex(salt: str) -> str:
    """The keyring's key for the file with this salt, as 64 hex digits."""
    stored = stored_for_salt(salt)
    raw = raw_key_hex(stored) if stored is not None else None
    if raw is None:
        raise DatabaseError(t("Nøkkelringen har ingen nøkkel for denne databasefilen."))
    return raw


def known_key(salt: str, source: str) -> keys.DbKey:
    """The key of an open file without asking anyone: LAGMOTE_PASSPHRASE or the keyring."""
    env = keys.passphrase_from_env()
    if env is not None:
        return keys.DbKey.passphrase(env)
    stored = stored_for_salt(salt) if source == "keyring" else None
    if stored is None:
        raise DatabaseError(
            t("Passordet lagres ikke noe sted, så ta sikkerhetskopi med «lagmote backup».")
        )
    return stored


def key_for_backup(
    path: Path, ask_recovery_key: keys.PassphrasePrompt | None
) -> tuple[keys.DbKey, keys.NewKey | None]:
    """The key that opens the backup at ``path``, and a key to keep in the keyring after
    the restore (when it came from paper)."""
    env = keys.passphrase_from_env()
    if env is not None:
        return keys.DbKey.passphrase(env), None
    if not keys.keyring_available():
        return keys.ask_passphrase(None, new=False), None  # says how to give a passphrase
    stored = keys.stored_key(path)
    if stored is not None:
        return stored, None
    text = ask_recovery_key(False) if ask_recovery_key is not None else None
    if not text:
        raise DatabaseError(
            t(
                "Nøkkelringen har ingen nøkkel for {name}: kjør kommandoen i et terminalvindu "
                "og skriv gjenopprettingsnøkkelen, eller oppgi passordet i {variable}."
            ).format(name=path.name, variable=keys.PASSPHRASE_ENV)
        )
    new = keys.NewKey(parse_recovery_key(text), bytes.fromhex(keys.salt_of(path)))
    return keys.DbKey.raw(new.key), new
