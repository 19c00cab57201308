"""Retention: a closed case is archived (JSON and the full plan as PDF, read back and checked)
and then erased from every table; the erasure is logged without personal data; an open case,
or a failed archive, erases nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from lagmote.closing import ClosingFields
from lagmote.db.archive import archive, archive_and_erase
from lagmote.db.closing_ops import close_case
from lagmote.db.models import AuditEntry, Base
from lagmote.db.store import Store
from lagmote.db.transfer import import_document, read_document, validate_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from tests.test_cli import PASSPHRASE, run
from tests.test_family_sheet import pdf_words

TODAY = date(2026, 12, 1)


def _close(store: Store, youth_id: int) -> None:
    fields = ClosingFields(TODAY, "mal_nadd", handover="Skolen følger opp.", summary="Nådd.")
    close_case(store, youth_id, fields, TODAY)


def _counts(store: Store) -> dict[str, int]:
    """Rows per table of the record (every table but the audit log and settings)."""
    counts = {}
    with Session(store.engine) as session:
        for table in Base.metadata.sorted_tables:
            if table.name in ("audit_log", "setting"):
                continue
            assert isinstance(table, Table)
            counts[table.name] = session.scalar(select(func.count()).select_from(table)) or 0
    return counts


def test_a_closed_case_is_archived_then_erased_from_every_table(
    any_store: Store, tmp_path: Path
) -> None:
    kept = import_document(any_store, build_demo(TODAY), as_new=True)
    one_youth = _counts(any_store)
    youth_id = import_document(any_store, build_demo(TODAY), as_new=True)
    _close(any_store, youth_id)
    assert _counts(any_store)["closing"] == 1
    paths = archive_and_erase(any_store, youth_id, tmp_path, TODAY)
    document = read_document(paths.json_path)
    validate_document(document)
    assert document["youth"]["first_name"] == "Emil"
    assert "Fortrolig" in pdf_words(paths.pdf_path.read_bytes(), tmp_path)
    assert "Emil" not in paths.json_path.name and "Emil" not in paths.pdf_path.name
    assert _counts(any_store) == one_youth  # exactly the other youth's rows are left
    with Session(any_store.engine) as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None
        assert (last.action, last.object, last.object_id, last.detail) == (
            "delete", "youth", youth_id, "erased",
        )  # fmt: skip
    assert kept != youth_id


def test_an_open_case_is_neither_archived_nor_erased(any_store: Store, tmp_path: Path) -> None:
    youth_id = import_document(any_store, build_demo(TODAY), as_new=True)
    before = _counts(any_store)
    with pytest.raises(UserError, match="Bare en avsluttet sak"):
        archive_and_erase(any_store, youth_id, tmp_path, TODAY)
    assert _counts(any_store) == before
    assert not list(tmp_path.glob("lagmote-*"))


def test_a_missing_folder_erases_nothing(any_store: Store, tmp_path: Path) -> None:
    youth_id = import_document(any_store, build_demo(TODAY), as_new=True)
    _close(any_store, youth_id)
    before = _counts(any_store)
    with pytest.raises(UserError, match="finnes ikke"):
        archive_and_erase(any_store, youth_id, tmp_path / "nei", TODAY)
    assert _counts(any_store) == before


def test_archive_alone_keeps_the_case(any_store: Store, tmp_path: Path) -> None:
    youth_id = import_document(any_store, build_demo(TODAY), as_new=True)
    _close(any_store, youth_id)
    before = _counts(any_store)
    archive(any_store, youth_id, tmp_path, TODAY)
    assert _counts(any_store) == before


def test_the_command_archives_and_erases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "demo.db"
    youth_id = run("demo", "--db", str(path)).stdout.strip().splitlines()[-1]
    refused = run("archive", "--db", str(path), "--youth", youth_id, "--out", str(tmp_path),
                  "--erase")  # fmt: skip
    assert refused.returncode == 1 and "Bare en avsluttet sak" in refused.stderr
    from lagmote.db.audit import Actor
    from lagmote.db.engine import open_database

    store = Store(open_database(str(path)).engine, Actor("test"))
    _close(store, int(youth_id))
    store.engine.dispose()
    result = run("archive", "--db", str(path), "--youth", youth_id, "--out", str(tmp_path),
                 "--erase")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "slettet" in result.stdout
    assert len(list(tmp_path.glob("lagmote-*.json"))) == 1
    store = Store(open_database(str(path)).engine, Actor("test"))
    assert _counts(store)["youth"] == 0
    store.engine.dispose()


