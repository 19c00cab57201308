"""Opening the encrypted store: keys, passphrases, and every way a file can be wrong."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null
from sqlalchemy import text

from lagmote.db import keys
from lagmote.db.engine import open_database
from lagmote.db.errors import DatabaseError
from tests.memory_keyring import MemoryKeyring


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make(path: Path) -> None:
    open_database(str(path)).dispose()


def test_new_file_is_encrypted_and_key_is_in_keyring(
    db_path: Path, memory_keyring: MemoryKeyring
) -> None:
    _make(db_path)
    raw = db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"youth" not in raw and b"CREATE TABLE" not in raw
    (stored,) = memory_keyring.secrets.values()
    assert len(bytes.fromhex(stored)) == 32
    assert stored.encode() not in raw


def test_reopen_with_keyring_key(db_path: Path) -> None:
    _make(db_path)
    database = open_database(str(db_path))
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM youth")).scalar() == 0
    assert database.key_source == "keyring"
    database.dispose()


def test_moved_file_still_finds_its_key(db_path: Path, tmp_path: Path) -> None:
    _make(db_path)
    moved = tmp_path / "flyttet.db"
    db_path.rename(moved)
    open_database(str(moved)).dispose()


def test_wrong_key_is_one_sentence_and_bytes_unchanged(
    db_path: Path, memory_keyring: MemoryKeyring
) -> None:
    _make(db_path)
    before = _digest(db_path)
    for name in memory_keyring.secrets:
        memory_keyring.secrets[name] = os.urandom(32).hex()
    with pytest.raises(DatabaseError, match="feil nøkkel eller passord"):
        open_database(str(db_path))
    assert _digest(db_path) == before


def test_passphrase_from_environment(db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     memory_keyring: MemoryKeyring) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "et langt passord")
    _make(db_path)
    assert memory_keyring.secrets == {}, "the keyring must not be asked when the variable is set"
    database = open_database(str(db_path))
    assert database.key_source == "passphrase"
    database.dispose()
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "et annet passord")
    before = _digest(db_path)
    with pytest.raises(DatabaseError, match="feil nøkkel"):
        open_database(str(db_path))
    assert _digest(db_path) == before


def test_short_passphrase_refused(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "kort")
    with pytest.raises(DatabaseError, match="minst 8 tegn"):
        open_database(str(db_path))
    assert not db_path.exists()


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_no_keyring_needs_a_passphrase(db_path: Path, backend: type) -> None:
    keyring.set_keyring(backend())
    assert not keys.keyring_available()
    with pytest.raises(DatabaseError, match="LAGMOTE_PASSPHRASE"):
        open_database(str(db_path))
    assert not db_path.exists()


def test_no_keyring_uses_the_prompt(db_path: Path) -> None:
    keyring.set_keyring(null.Keyring())
    asked: list[bool] = []

    def prompt(new: bool) -> str:
        asked.append(new)
        return "passord fra vinduet"

    open_database(str(db_path), prompt).dispose()
    open_database(str(db_path), prompt).dispose()
    assert asked == [True, False]


def test_prompt_cancelled(db_path: Path) -> None:
    keyring.set_keyring(null.Keyring())
    with pytest.raises(DatabaseError, match="ikke ble oppgitt"):
        open_database(str(db_path), lambda new: None)
    assert not db_path.exists()


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "finnes-ikke" / "case.db"
    with pytest.raises(DatabaseError, match="finnes ikke"):
        open_database(str(target))
    assert not target.parent.exists()


@pytest.mark.parametrize("cut", [1, 100, 4096, 5000])
def test_truncated_file(db_path: Path, cut: int) -> None:
    _make(db_path)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) - cut])
    before = _digest(db_path)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(db_path))
    assert "\n" not in str(caught.value)
    assert _digest(db_path) == before


def test_corrupt_file(db_path: Path) -> None:
    _make(db_path)
    data = bytearray(db_path.read_bytes())
    for offset in range(100, 4000, 7):
        data[offset] ^= 0xFF
    db_path.write_bytes(bytes(data))
    before = _digest(db_path)
    with pytest.raises(DatabaseError):
        open_database(str(db_path))
    assert _digest(db_path) == before


def test_not_a_database(db_path: Path) -> None:
    db_path.write_bytes(b"hei " * 1024)
    before = _digest(db_path)
    with pytest.raises(DatabaseError, match="ingen nøkkel for denne databasefilen"):
        open_database(str(db_path))
    assert _digest(db_path) == before


def test_not_a_database_with_passphrase(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "et langt passord")
    db_path.write_bytes(b"hei " * 1024)
    before = _digest(db_path)
    with pytest.raises(DatabaseError, match="feil nøkkel eller passord, eller filen er skadet"):
        open_database(str(db_path))
    assert _digest(db_path) == before


def test_empty_file(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with pytest.raises(DatabaseError, match="skadet eller ufullstendig"):
        open_database(str(db_path))
    assert db_path.read_bytes() == b""


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="er en mappe"):
        open_database(str(tmp_path))


def test_unreachable_server(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://postgres@/lagmote?host={tmp_path}&port=1"
    with pytest.raises(DatabaseError, match="svarer ikke"):
        open_database(url)


def test_default_location_is_the_data_folder(data_dir: Path) -> None:
    database = open_database(None)
    assert database.path == data_dir / "lagmote.db"
    assert database.path.exists()
    database.dispose()


def test_key_never_in_repr() -> None:
    key = keys.DbKey.raw(b"\x01" * 32)
    assert "01010101" not in repr(key)


def test_failed_creation_removes_file_and_key(
    db_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lagmote.db import engine as engine_module

    def broken(_engine: object) -> None:
        raise RuntimeError("simulated failure while migrating")

    monkeypatch.setattr(engine_module, "ensure_schema", broken)
    with pytest.raises(DatabaseError, match="kunne ikke opprettes"):
        open_database(str(db_path))
    assert not db_path.exists()
    assert not list(db_path.parent.glob("case.db*"))
    assert memory_keyring.secrets == {}


def test_keyring_that_loses_the_key_is_refused(
    db_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(memory_keyring, "set_password", lambda *args: None)
    with pytest.raises(DatabaseError, match="tok ikke vare på nøkkelen"):
        open_database(str(db_path))
    assert not db_path.exists()


def test_claim_never_takes_an_existing_file(db_path: Path) -> None:
    from lagmote.db.engine import _claim

    db_path.write_bytes(b"someone else's database")
    with pytest.raises(DatabaseError, match="annet program"):
        _claim(db_path)
    assert db_path.read_bytes() == b"someone else's database"


def test_low_priority_keyring_is_not_trusted() -> None:
    class PlainText(MemoryKeyring):
        priority = 0.5  # type: ignore[assignment]

    keyring.set_keyring(PlainText())
    assert not keys.keyring_available()


@pytest.mark.parametrize(
    ("passphrase", "words"),
    [("med\nlinjeskift", "kontrolltegn"), ("x'0011223344'", "x'"), ("kort", "minst 8")],
)
def test_bad_passphrases(db_path: Path, monkeypatch: pytest.MonkeyPatch, passphrase: str,
                         words: str) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, passphrase)
    with pytest.raises(DatabaseError, match=words):
        open_database(str(db_path))
    assert not db_path.exists()


def test_passphrase_with_quote_works(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "Ola's 'passord'; --")
    _make(db_path)
    open_database(str(db_path)).dispose()


def test_password_in_server_url_is_refused() -> None:
    with pytest.raises(Exception, match="passordet") as caught:
        open_database("postgresql+psycopg://kari:hemmelig@localhost/lagmote")
    assert "hemmelig" not in str(caught.value)


def test_failed_migration_leaves_schema_as_it_was(db_path: Path) -> None:
    from sqlalchemy import inspect

    from lagmote.db.engine import _claim, _sqlcipher_engine
    from lagmote.db.schema import ensure_schema

    _claim(db_path)
    engine = _sqlcipher_engine(db_path, keys.DbKey.passphrase("et langt passord"), new=True)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE tiltak (x INTEGER)"))  # in the migration's way
    with pytest.raises(Exception, match="already exists"):
        ensure_schema(engine)
    assert inspect(engine).get_table_names() == ["tiltak"]
    engine.dispose()
