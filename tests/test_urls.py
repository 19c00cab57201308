"""Database targets: server URLs are recognised, normalised, and never shown with a password."""

from __future__ import annotations

import pytest

from lagmote.db.urls import check_no_password, display_location, is_server_url, normalise_server_url
from lagmote.errors import UserError


@pytest.mark.parametrize(
    ("target", "server"),
    [("postgresql+psycopg://u@h/db", True), ("postgres://u@h/db", True),
     ("POSTGRESQL://u@h/db", True), ("/home/u/lagmote.db", False), ("postgres.db", False)],
)
def test_is_server_url(target: str, server: bool) -> None:
    assert is_server_url(target) is server


def test_normalise_picks_psycopg() -> None:
    assert normalise_server_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_server_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_server_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_password_is_refused_and_masked() -> None:
    url = "postgresql+psycopg://kari:hemmelig@server/lagmote"
    with pytest.raises(UserError, match="passordet") as caught:
        check_no_password(url)
    assert "hemmelig" not in str(caught.value)
    assert display_location(url) == "postgresql+psycopg://kari:***@server/lagmote"
    check_no_password("postgresql+psycopg://kari@server/lagmote")
    assert display_location("/data/a:b@c.db") == "/data/a:b@c.db"
