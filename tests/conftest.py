"""Shared fixtures: offscreen Qt, an in-memory keyring, and a fresh database per test."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from lagmote.db.engine import Database, open_database
from lagmote.db.store import Actor, Store
from tests.memory_keyring import MemoryKeyring
from tests.pgserver import PgServer, start_pg_server


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring, and no passphrase from outside."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("LAGMOTE_PASSPHRASE", raising=False)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def delete_windows() -> Iterator[None]:
    """Delete every window a test leaves behind. Signal connections to lambdas keep a
    widget alive from the C++ side, where Python's collector cannot see the cycle; windows
    left over would then be restyled by every later test's theme change, and the run would
    slow down test by test."""
    yield
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    windows = app.topLevelWidgets()
    if not windows:
        return
    for widget in windows:
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Collect the wrappers of what was just deleted now, between tests: once in seven full
    # runs the collector met them in the middle of a later test and the process died with
    # a segmentation fault; with this, 0 in the 6 runs since.
    gc.collect()


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("LAGMOTE_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    _test_profile(tmp_path / "profile", monkeypatch)
    return folder


def _test_profile(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A user already set up, so that no test meets the first start's question."""
    from lagmote.profile import CONFIG_ENV, Profile, save_profile

    monkeypatch.setenv(CONFIG_ENV, str(folder))
    monkeypatch.setenv("LAGMOTE_LANGUAGE", "nb")  # whatever the machine's language
    save_profile(Profile("Test Testesen", "oppfolger", "Bydel Test"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "case.db"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """A fresh encrypted SQLite case store, keyed through the in-memory keyring."""
    db = open_database(str(db_path))
    yield db
    db.dispose()


@pytest.fixture
def store(database: Database) -> Store:
    return Store(database.engine, Actor("Test Testesen", "oppfolger", "Bydel Test"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One throw-away PostgreSQL server for the whole run (started by the test run itself)."""
    server = start_pg_server()
    yield server
    server.stop()


_pg_counter = iter(range(1_000_000))


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh, empty PostgreSQL database on the throw-away server."""
    return pg_server.create_database(f"lagmote_test_{next(_pg_counter)}")


@pytest.fixture(params=["sqlcipher", "postgresql"])
def any_database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """The same test against encrypted SQLite and a real PostgreSQL server."""
    if request.param == "sqlcipher":
        db = open_database(str(db_path))
    else:
        db = open_database(request.getfixturevalue("pg_url"))
    yield db
    db.dispose()


@pytest.fixture
def any_store(any_database: Database) -> Store:
    return Store(any_database.engine, Actor("Test Testesen", "oppfolger", "Bydel Test"))
