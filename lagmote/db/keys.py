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
from lagmote.i18n import t

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
    def raw(cls, key: bytes, salt: bytes = b"") -> DbKey:
        """A raw 256-bit key; with ``salt``, SQLCipher writes that salt into a new file."""
        return cls(f"\"x'{key.hex()}{salt.hex()}'\"", "keyring")

    @classmethod
    def passphrase(cls, text: str) -> DbKey:
        return cls("'" + text.replace("'", "''") + "'", "passphrase")


@dataclass(frozen=True)
class NewKey:
    """A key for a database not yet created, with the salt that will name it in the keyring."""

    key: bytes
    salt: bytes

    def __repr__(self) -> str:
        return "NewKey(…)"

    @classmethod
    def generate(cls) -> NewKey:
        return cls(secrets.token_bytes(32), secrets.token_bytes(SALT_BYTES))

    @property
    def db_key(self) -> DbKey:
        return DbKey.raw(self.key, self.salt)


def keyring_available() -> bool:
    """True when a real, secure keyring backend exists.

    The 'fail' and 'null' backends hold nothing (null silently drops what it is given), and
    a backend with priority below 1 (such as keyrings.alt's plain-text files) is not trusted
    with a key.
    """
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return False
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    try:
        return float(backend.priority) >= 1
    except Exception:  # a backend may raise when asked whether it is usable
        return False


def salt_of(path: Path) -> str:
    """The SQLCipher salt at the start of the file, as hex: the file's keyring id."""
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES).hex()


def keyring_name(salt_hex: str) -> str:
    return f"sqlcipher:{salt_hex}"


def stored_key(path: Path) -> DbKey | None:
    """The key the keyring holds for this file, or None."""
    import keyring

    try:
        value = keyring.get_password(SERVICE, keyring_name(salt_of(path)))
        return DbKey.raw(bytes.fromhex(value)) if value else None
    except ValueError as error:
        raise DatabaseError(t("Nøkkelen i nøkkelringen er ødelagt.")) from error
    except Exception as error:  # any backend failure: D-Bus, a locked collection, …
        raise DatabaseError(
            t("Nøkkelringen svarte ikke, så databasen kan ikke låses opp.")
        ) from error


def remember_key(new: NewKey) -> None:
    """Put a new database's key in the keyring, under its salt, and read it back."""
    import keyring

    name = keyring_name(new.salt.hex())
    try:
        keyring.set_password(SERVICE, name, new.key.hex())
        kept = keyring.get_password(SERVICE, name)
    except Exception as error:
        raise DatabaseError(t("Nøkkelen kunne ikke lagres i nøkkelringen.")) from error
    if kept != new.key.hex():
        raise DatabaseError(
            t("Nøkkelringen tok ikke vare på nøkkelen, så databasen ble ikke laget.")
        )


def forget_key(new: NewKey) -> None:
    """Remove the key of a database whose creation failed."""
    import keyring

    try:
        keyring.delete_password(SERVICE, keyring_name(new.salt.hex()))
    except Exception:  # nothing to remove, or the keyring is gone: the key guards nothing
        return


def passphrase_from_env() -> str | None:
    value = os.environ.get(PASSPHRASE_ENV)
    if value is None:
        return None
    check_passphrase(value)
    return value


def check_passphrase(value: str) -> None:
    """Refuse passphrases SQLCipher would misread: too short, control characters, or the
    ``x'…'`` form it takes as a raw key."""
    if len(value) < MIN_PASSPHRASE_LENGTH:
        raise DatabaseError(
            t("Passordet må ha minst {length} tegn.").format(length=MIN_PASSPHRASE_LENGTH)
        )
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise DatabaseError(t("Passordet kan ikke inneholde kontrolltegn."))
    if value[:2].lower() == "x'":
        raise DatabaseError(t("Passordet kan ikke begynne med x'."))


def ask_passphrase(prompt: PassphrasePrompt | None, new: bool) -> DbKey:
    """A passphrase from the window's prompt; on the command line, say how to give one."""
    if prompt is None:
        raise DatabaseError(
            t("Ingen nøkkelring er tilgjengelig: oppgi passordet i {variable}.").format(
                variable=PASSPHRASE_ENV
            )
        )
    text = prompt(new)
    if text is None:
        raise DatabaseError(t("Databasen ble ikke åpnet fordi passordet ikke ble oppgitt."))
    check_passphrase(text)
    return DbKey.passphrase(text)
