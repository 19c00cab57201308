"""Who the user is: asked at first start, kept readable by the user only, and written on
every audit row (by the window and by the command line); without it, the OS user."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db.audit import Actor
from lagmote.db.engine import open_database
from lagmote.db.models import AuditEntry
from lagmote.errors import UserError
from lagmote.profile import CONFIG_ENV, Profile, load_profile, profile_path, save_profile
from tests.test_cli import PASSPHRASE, run


@pytest.fixture
def no_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "ny-bruker"
    monkeypatch.setenv(CONFIG_ENV, str(folder))
    return folder


def test_a_saved_profile_is_read_back_and_private(no_profile: Path) -> None:
    assert load_profile() is None
    save_profile(Profile("  Kari Nordmann ", "fagansvarlig", " Bydel Nord "))
    assert load_profile() == Profile("Kari Nordmann", "fagansvarlig", "Bydel Nord")
    assert (profile_path().stat().st_mode & 0o777) == 0o600
    assert Actor.current() == Actor("Kari Nordmann", "Fagansvarlig", "Bydel Nord")


def test_a_broken_or_missing_profile_falls_back_to_the_os_user(no_profile: Path) -> None:
    assert Actor.current() == Actor.from_os_user()
    no_profile.mkdir()
    profile_path().write_text("{ikke json", encoding="utf-8")
    assert load_profile() is None
    assert Actor.current() == Actor.from_os_user()


@pytest.mark.parametrize(
    ("profile", "words"),
    [
        (Profile("   "), "Skriv navnet ditt."),
        (Profile("Ola", "sjef"), "Ukjent rolle"),
        (Profile("x" * 201), "Navnet har for mange tegn"),
    ],
)
def test_a_bad_profile_is_refused_and_nothing_is_written(
    no_profile: Path, profile: Profile, words: str
) -> None:
    with pytest.raises(UserError, match=words):
        save_profile(profile)
    assert not profile_path().exists()


def test_the_command_line_writes_the_profile_on_its_audit_rows(
    no_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_profile(Profile("Kari Nordmann", "oppfolger", "Bydel Nord"))
    path = tmp_path / "demo.db"
    result = run("demo", "--db", str(path), env={CONFIG_ENV: str(no_profile)})
    assert result.returncode == 0, result.stderr
    monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
    engine = open_database(str(path)).engine
    with Session(engine) as session:
        rows = session.execute(select(AuditEntry.actor, AuditEntry.actor_role,
                                      AuditEntry.actor_org)).all()  # fmt: skip
    engine.dispose()
    assert rows and all(tuple(r) == ("Kari Nordmann", "Én-til-én-oppfølger", "Bydel Nord")
                        for r in rows)  # fmt: skip


