"""A user's server password: never in the URL or a file; from the keyring, else asked for
and then kept in the keyring. Against a private server that demands SCRAM passwords."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import psycopg
import pytest

from lagmote.db import keys
from lagmote.db.engine import open_database
from lagmote.db.errors import DatabaseError
from lagmote.db.server import keyring_name
from lagmote.db.urls import display_location
from tests.memory_keyring import MemoryKeyring
from tests.pgserver import PgServer, start_pg_server

PASSWORD = "Riktig-passord-1"
_databases = itertools.count(1)


@pytest.fixture(scope="module")
def strict_server() -> Iterator[PgServer]:
    """A server where everyone but the superuser logs in with a password."""
    server = start_pg_server()
    try:
        with _superuser(server) as conn:
            conn.execute(f"CREATE ROLE oda LOGIN PASSWORD '{PASSWORD}'")
            hba = conn.execute("SHOW hba_file").fetchone()
            assert hba is not None
        _require_passwords(server, str(hba[0]))
        yield server
    finally:
        server.stop()


def _superuser(server: PgServer) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(
        host=str(server.socket_dir), port=server.port, user="postgres", dbname="postgres",
        autocommit=True,
    )  # fmt: skip


def _require_passwords(server: PgServer, hba_file: str) -> None:
    with open(hba_file, "w", encoding="utf-8") as handle:
        handle.write("local all postgres trust\nlocal all all scram-sha-256\n")
    with _superuser(server) as conn:
        conn.execute("SELECT pg_reload_conf()")


@pytest.fixture
def oda_url(strict_server: PgServer) -> str:
    name = f"distrikt_{next(_databases)}"
    strict_server.create_database(name)
    with _superuser(strict_server) as conn:
        conn.execute(f"ALTER DATABASE {name} OWNER TO oda")
    return strict_server.url(name, user="oda")


def test_the_password_is_asked_for_once_and_then_kept_in_the_keyring(
    oda_url: str, memory_keyring: MemoryKeyring
) -> None:
    asked: list[str] = []

    def prompt(who: str) -> str:
        asked.append(who)
        return PASSWORD

    open_database(oda_url, password_prompt=prompt).dispose()
    assert asked == [asked[0]] and asked[0].startswith("oda@")
    assert PASSWORD not in asked[0]
    open_database(oda_url, password_prompt=lambda who: pytest.fail("asked again")).dispose()
    assert PASSWORD in memory_keyring.secrets.values()


def test_a_wrong_password_is_refused_in_one_sentence_and_not_kept(
    oda_url: str, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(DatabaseError, match="feil brukernavn eller passord") as caught:
        open_database(oda_url, password_prompt=lambda who: "galt-passord")
    assert "galt-passord" not in str(caught.value)
    assert "galt-passord" not in memory_keyring.secrets.values()


def test_a_kept_password_that_no_longer_works_is_asked_for_again(
    oda_url: str, memory_keyring: MemoryKeyring
) -> None:
    from sqlalchemy.engine import make_url

    from lagmote.db.urls import normalise_server_url

    name = keyring_name(make_url(normalise_server_url(oda_url)))
    memory_keyring.set_password(keys.SERVICE, name, "gammelt-passord")
    open_database(oda_url, password_prompt=lambda who: PASSWORD).dispose()
    assert memory_keyring.get_password(keys.SERVICE, name) == PASSWORD


def test_without_a_prompt_the_missing_password_is_a_sentence(oda_url: str) -> None:
    with pytest.raises(DatabaseError, match="vil ha et passord"):
        open_database(oda_url)


def test_a_password_in_the_url_is_refused_and_never_shown(strict_server: PgServer) -> None:
    url = strict_server.url("postgres", user=f"oda:{PASSWORD}")
    with pytest.raises(Exception, match="Skriv ikke passordet") as caught:
        open_database(url)
    assert PASSWORD not in str(caught.value)
    assert PASSWORD not in display_location(url)
