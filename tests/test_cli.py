"""The command line as a user runs it: exit codes, one-line errors, the demo round trip."""

from __future__ import annotations

import json
import os
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from lagmote import __version__

PASSPHRASE = "et langt testpassord"


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "LAGMOTE_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    full_env.pop("LAGMOTE_DEBUG", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "lagmote", *args],
        capture_output=True, text=True, env=full_env, timeout=120, check=False, cwd=cwd,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert words in lines[0]
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = run("demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    youth_id = result.stdout.strip().splitlines()[-1]
    assert youth_id.isdigit()
    return path, youth_id


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"lagmote {__version__}"


@pytest.mark.parametrize(
    "args",
    [("render",), ("render", "--db", "x.db", "--youth", "1", "--page", "nope", "--out", "a.png"),
     ("export-json", "--db", "x.db", "--youth", "abc", "--out", "a.json"), ("nonsense",)],
)
def test_wrong_usage_is_one_line_and_exit_1(args: tuple[str, ...]) -> None:
    """A wrong usage is a command-line error like the others, in bokmål, with the way to help."""
    result = run(*args)
    assert_one_line_error(result, "Se «lagmote")
    assert "usage" not in result.stderr and "error:" not in result.stderr


def test_wrong_usage_shows_control_characters_as_question_marks() -> None:
    result = run("export-json", "--db", "x.db", "--youth", "1\x1b[2J\n2", "--out", "a.json")
    assert_one_line_error(result, "--youth: «1?[2J?2» er ikke et heltall")


def test_help_speaks_bokmal() -> None:
    result = run("render", "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("bruk: lagmote render")
    assert "\nvalg:\n" in result.stdout and "vis denne hjelpen og avslutt" in result.stdout
    assert "usage" not in result.stdout and "show this help" not in result.stdout


@pytest.mark.parametrize("command", ["demo", "export-json", "render", "import"])
def test_db_may_come_before_the_command(command: str) -> None:
    result = run("--db", "x.db", command, "--help")
    assert result.returncode == 0, result.stderr
    assert "--db URL" in result.stdout


@pytest.mark.parametrize("before", [True, False])
def test_demo_with_db_before_or_after(before: bool, tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    args = ("--db", str(path), "demo") if before else ("demo", "--db", str(path))
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].isdigit()
    assert path.is_file()


@pytest.mark.parametrize(
    "args",
    [("demo",), ("export-json", "--youth", "1", "--out", "a.json"), ("import", "a.json")],
)
def test_command_without_db_is_wrong_usage(args: tuple[str, ...], tmp_path: Path) -> None:
    work = tmp_path / "arbeid"
    work.mkdir()
    result = run(*args, cwd=work)
    assert_one_line_error(result, "kommandoen trenger en database")
    assert list(work.iterdir()) == []


def test_demo_export_import_round_trip(demo_db: tuple[Path, str], tmp_path: Path) -> None:
    path, youth_id = demo_db
    out = tmp_path / "ungdom.json"
    result = run("export-json", "--db", str(path), "--youth", youth_id, "--out", str(out))
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "lagmote-ungdom"
    other = tmp_path / "annen.db"
    first = run("import", "--db", str(other), str(out))
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip().splitlines()[-1].isdigit()
    again = run("import", "--db", str(other), str(out))
    assert_one_line_error(again, "finnes allerede")
    copy = run("import", "--db", str(other), str(out), "--as-new")
    assert copy.returncode == 0, copy.stderr
    assert copy.stdout.strip() != first.stdout.strip()


def test_import_of_malformed_json_writes_nothing(demo_db: tuple[Path, str], tmp_path: Path) -> None:
    path, _ = demo_db
    bad = tmp_path / "feil.json"
    bad.write_text('{"format": "lagmote-ungdom", "version": 1, "youth": {', encoding="utf-8")
    before = path.read_bytes()
    assert_one_line_error(run("import", "--db", str(path), str(bad)), "JSON")
    assert path.read_bytes() == before


def test_render_overview(demo_db: tuple[Path, str], tmp_path: Path) -> None:
    path, youth_id = demo_db
    folder = tmp_path / "bilder"
    folder.mkdir()
    out = folder / "oversikt.png"
    result = run("--db", str(path), "render", "--youth", youth_id, "--page", "overview",
                 "--out", str(out), "--size", "1024x700")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # it shows a youth: an export
    assert [p.name for p in folder.iterdir()] == ["oversikt.png"]  # no temporary file left


def test_render_names_the_database_in_the_windows_language(
    demo_db: tuple[Path, str], tmp_path: Path
) -> None:
    """The status line of a rendered page is worded after the translators are in: in English
    it says "encrypted", not the bokmål "kryptert". (render_page is replaced by a stand-in
    that prints the location it was given.)"""
    path, youth_id = demo_db
    script = (
        "import sys, lagmote.ui.render as r; from lagmote.cli import main;"
        "r.render_page = lambda *a: print(a[6]); sys.exit(main(sys.argv[1:]))"
    )
    full_env = {**os.environ, "LAGMOTE_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen",
                "LAGMOTE_LANGUAGE": "en"}
    result = subprocess.run(
        [sys.executable, "-c", script, "--db", str(path), "render", "--youth", youth_id,
         "--page", "overview", "--out", str(tmp_path / "x.png")],
        capture_output=True, text=True, env=full_env, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "(encrypted, locked with a password)" in result.stdout


def test_wrong_passphrase_is_one_line(demo_db: tuple[Path, str], tmp_path: Path) -> None:
    path, youth_id = demo_db
    before = path.read_bytes()
    out = tmp_path / "x.json"
    result = run("export-json", "--db", str(path), "--youth", youth_id, "--out", str(out),
                 env={"LAGMOTE_PASSPHRASE": "helt feil passord"})
    assert_one_line_error(result, "feil nøkkel eller passord")
    assert path.read_bytes() == before
    assert not out.exists()


def test_unknown_youth(demo_db: tuple[Path, str], tmp_path: Path) -> None:
    path, _ = demo_db
    result = run("export-json", "--db", str(path), "--youth", "999", "--out",
                 str(tmp_path / "x.json"))
    assert_one_line_error(result, "Fant ingen ungdom med id 999")


def test_missing_folder_for_database(tmp_path: Path) -> None:
    result = run("demo", "--db", str(tmp_path / "nei" / "demo.db"))
    assert_one_line_error(result, "finnes ikke")


def test_unreachable_server() -> None:
    result = run("demo", "--db", "postgresql+psycopg://postgres@/lagmote?host=/nonexistent&port=1")
    assert_one_line_error(result, "svarer ikke")


@pytest.mark.parametrize("meeting", [(), ("--meeting",)])
def test_render_kartlegging(demo_db: tuple[Path, str], tmp_path: Path, meeting: tuple[str, ...]):
    path, youth_id = demo_db
    out = tmp_path / "kartlegging.png"
    result = run("--db", str(path), "render", "--youth", youth_id, "--page", "kartlegging",
                 "--out", str(out), "--size", "1920x1080", *meeting)  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    # The page fits a 1920×1080 projector even in meeting mode's large type.
    assert struct.unpack(">II", data[16:24]) == (1920, 1080)
