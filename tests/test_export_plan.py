"""``lagmote export-plan``: one page for the family (quick: no SQLAlchemy and no Qt loaded for
an existing file), the team's whole plan with ``--full``, each logged; the quick read gives
the same sheet as the full one; bad input is one line on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db.audit import Actor
from lagmote.db.engine import open_database
from lagmote.db.models import AuditEntry, Youth
from lagmote.db.quick import open_quick
from lagmote.db.sheet_queries import load_sheet
from lagmote.db.sheet_quick import quick_sheet
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from tests.test_cli import PASSPHRASE, assert_one_line_error, run
from tests.test_family_sheet import pdf_pages, pdf_words

TODAY = date.today()


@pytest.fixture
def demo_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int]:
    """The demo in a file locked with the test passphrase (this process opens it too)."""
    monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "demo.db"
    result = run("demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path, int(result.stdout.strip().splitlines()[-1])


def _audit(path: Path) -> list[tuple[str, str]]:
    store = Store(open_database(str(path)).engine, Actor("test"))
    with Session(store.engine) as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.detail).order_by(AuditEntry.id)
        ).all()
    store.engine.dispose()
    return [(a, d) for a, d in rows]


def test_the_page_is_written_quickly_without_sqlalchemy_or_qt(
    demo_file: tuple[Path, int], tmp_path: Path
) -> None:
    path, youth_id = demo_file
    out = tmp_path / "plan.pdf"
    code = (
        "import sys; from lagmote.cli import main; "
        f"rc = main(['export-plan', '--db', {str(path)!r}, '--youth', '{youth_id}', "
        f"'--out', {str(out)!r}]); "
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6', "
        "'alembic')] + [m for m in sys.modules if m.startswith('reportlab.platypus')]; "
        "print(rc, heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False,
        env=_env(),
    )  # fmt: skip
    assert result.stdout.strip() == "0 []", result.stderr
    data = out.read_bytes()
    assert pdf_pages(data, tmp_path) == 1
    assert "Målene mine" in pdf_words(data, tmp_path)
    assert (out.stat().st_mode & 0o777) == 0o600
    assert _audit(path)[-2:] == [("read", "sheet"), ("export", "sheet")]


def _env() -> dict[str, str]:
    return {**os.environ, "LAGMOTE_PASSPHRASE": PASSPHRASE}


def test_the_quick_read_gives_the_same_sheet_as_the_full_one(store: Store, db_path: Path) -> None:
    document = build_demo(TODAY)
    document["youth"]["preferred_name"] = "Emo"
    document["youth"]["sensitive_areas"] = "1"  # the team hides school goals too
    youth_id = import_document(store, document)
    with Session(store.engine) as session:
        assert session.get(Youth, youth_id) is not None
    full = {lang: load_sheet(store, youth_id, TODAY, lang) for lang in ("nb", "en")}
    store.engine.dispose()
    quick = open_quick(str(db_path), Actor("test"))
    assert quick is not None
    try:
        for lang, sheet in full.items():
            assert quick_sheet(quick, youth_id, TODAY, lang) == sheet
        assert all("skole" not in g.text.lower() for g in full["nb"].goals)
        with pytest.raises(UserError, match="Fant ingen ungdom med id 999"):
            quick_sheet(quick, 999, TODAY, "nb")
    finally:
        quick.close()


def test_a_server_or_missing_file_goes_the_full_way(tmp_path: Path) -> None:
    actor = Actor("test")
    assert open_quick("postgresql+psycopg://u@h/db", actor) is None
    assert open_quick(str(tmp_path / "finnes-ikke.db"), actor) is None


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_the_language_is_chosen_on_the_command_line(
    demo_file: tuple[Path, int], tmp_path: Path, lang: str
) -> None:
    path, youth_id = demo_file
    out = tmp_path / "plan.pdf"
    result = run("export-plan", "--db", str(path), "--youth", str(youth_id), "--out", str(out),
                 "--lang", lang)  # fmt: skip
    assert result.returncode == 0, result.stderr
    words = pdf_words(out.read_bytes(), tmp_path)
    assert {"nn": "Måla mine", "en": "My goals"}[lang] in words


def test_full_is_the_teams_whole_plan_marked_confidential(
    demo_file: tuple[Path, int], tmp_path: Path
) -> None:
    path, youth_id = demo_file
    out = tmp_path / "hele.pdf"
    result = run("export-plan", "--db", str(path), "--youth", str(youth_id), "--out", str(out),
                 "--full")  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert pdf_pages(data, tmp_path) > 1
    assert "Fortrolig" in pdf_words(data, tmp_path)
    assert _audit(path)[-1] == ("export", "full_plan")


def test_the_page_from_a_shared_server_goes_the_full_way(pg_url: str, tmp_path: Path) -> None:
    store = Store(open_database(pg_url).engine, Actor("test"))
    youth_id = import_document(store, replace_uid(build_demo(TODAY)))
    store.engine.dispose()
    out = tmp_path / "plan.pdf"
    result = run("export-plan", "--db", pg_url, "--youth", str(youth_id), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert pdf_pages(out.read_bytes(), tmp_path) == 1


def replace_uid(document: dict[str, object]) -> dict[str, object]:
    import uuid

    youth = dict(document["youth"])  # type: ignore[call-overload]
    youth["uid"] = str(uuid.uuid4())
    return {**document, "youth": youth}


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--youth", "999"], "Fant ingen ungdom med id 999"),
        (["--youth", "1", "--lang", "de"], "--lang: 'de' er ikke et gyldig valg"),
    ],
)
def test_bad_input_is_one_line(
    demo_file: tuple[Path, int], tmp_path: Path, extra: list[str], words: str
) -> None:
    path, _ = demo_file
    result = run("export-plan", "--db", str(path), "--out", str(tmp_path / "x.pdf"), *extra)
    assert_one_line_error(result, words)
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_folder_is_one_line(demo_file: tuple[Path, int], tmp_path: Path) -> None:
    path, youth_id = demo_file
    out = tmp_path / "nei" / "plan.pdf"
    result = run("export-plan", "--db", str(path), "--youth", str(youth_id), "--out", str(out))
    assert_one_line_error(result, "finnes ikke")

