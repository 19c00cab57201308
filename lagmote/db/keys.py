"""Where the database key comes from: the OS keyring, or a passphrase.

A new database gets a random 256-bit key, kept in the OS keyring under the database's
SQLCipher salt (the first 16 bytes of the file, random and not secret), so that the file can
be moved or renamed and still be found. Where no keyring exists, or when
``LAGMOTE_PASSPHRASE`` is set, the key is a passphrase run through SQLCipher's own key
derivation (PBKDF2-HMAC-SHA512). The key is never written anywhere in plain text.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lagmote.db.errors import DatabaseError

SERVICE = "Lagmøte"
PASSPHRASE_ENV = "LAGMOTE_PASSPHRASE"
SALT_BYTES = 16
MIN_PASSPHRASE_LENGTH = 8

#: Called with ``new=True`` when a passphrase for a new database is wanted; returns None
#: when the user cancels.
PassphrasePrompt = Callable[[bool], "str | None"]


@dataclass(frozen=True)
class DbKey:
    """A key in the form ``PRAGMA key`` takes, and where it came from."""

    pragma_value: str
    source: str  # "keyring" or "passphrase"

    def __repr__(self) -> str:  # never show the key, not even in a traceback
        return f"DbKey(source={self.source!r})"

    @classmethod
    def raw(cls, key: bytes) -> DbKey:
        return cls(f"\"x'{key.hex()}'\"", "keyring")

    @classmethod
    def passphrase(cls, text: str) -> DbKey:
        return cls("'" + text.replace("'", "''") + "'", "passphrase")


def new_raw_key() -> bytes:
    return secrets.token_bytes(32)


def keyring_available() -> bool:
    """True when a real keyring backend exists (not the 'fail' or 'null' ones)."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return False
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring | null.Keyring)


def salt_of(path: Path) -> str:
    """The SQLCipher salt at the start of the file, as hex: the file's keyring id."""
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES).hex()


def _keyring_name(salt_hex: str) -> str:
    return f"sqlcipher:{salt_hex}"


def stored_key(path: Path) -> DbKey | None:
    """The key the keyring holds for this file, or None."""
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(SERVICE, _keyring_name(salt_of(path)))
    except KeyringError as error:
        raise DatabaseError("Nøkkelringen svarte ikke, så databasen kan ikke låses opp.") from error
    return DbKey.raw(bytes.fromhex(value)) if value else None


def remember_key(path: Path, key: bytes) -> None:
    """Put a new database's key in the keyring, under the file's salt."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _keyring_name(salt_of(path)), key.hex())
    except KeyringError as error:
        raise DatabaseError("Nøkkelen kunne ikke lagres i nøkkelringen.") from error


def passphrase_from_env() -> str | None:
    value = os.environ.get(PASSPHRASE_ENV)
    if value is None:
        return None
    check_passphrase(value)
    return value


def check_passphrase(value: str) -> None:
    if len(value) < MIN_PASSPHRASE_LENGTH:
        raise DatabaseError(f"Passordet må ha minst {MIN_PASSPHRASE_LENGTH} tegn.")


def ask_passphrase(prompt: PassphrasePrompt | None, new: bool) -> DbKey:
    """A passphrase from the window's prompt; on the command line, say how to give one."""
    if prompt is None:
        raise DatabaseError(
            f"Ingen nøkkelring er tilgjengelig: oppgi passordet i {PASSPHRASE_ENV}."
        )
    text = prompt(new)
    if text is None:
        raise DatabaseError("Databasen ble ikke åpnet fordi passordet ikke ble oppgitt.")
    check_passphrase(text)
    return DbKey.passphrase(text)
