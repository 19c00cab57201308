"""The throw-away PostgreSQL server starts, serves a new database and goes away."""

from __future__ import annotations

import psycopg

from tests.pgserver import start_pg_server


def test_server_starts_serves_a_database_and_is_removed() -> None:
    server = start_pg_server()
    try:
        url = server.create_database("lagmote_test")
        assert url == (
            f"postgresql+psycopg://postgres@/lagmote_test"
            f"?host={server.socket_dir}&port={server.port}"
        )
        with psycopg.connect(
            host=str(server.socket_dir), port=server.port, user="postgres", dbname="lagmote_test"
        ) as conn:
            row = conn.execute("select 1").fetchone()
        assert row == (1,)
    finally:
        server.stop()
    assert not server.datadir.exists()
    assert not server.socket_dir.exists()
