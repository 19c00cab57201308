"""Retention: a closed case is archived (the whole record as JSON, and the team's full plan
as PDF) and then erased from the database.

The archive is written first, into a folder the user names, with file names that carry the
youth's uid and no name. The JSON is read back and checked before anything is erased, so a
failed or unreadable archive leaves the case untouched. The erasure is logged without any
personal data (:func:`lagmote.db.erase_ops.erase_youth`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lagmote.db.erase_ops import erase_youth
from lagmote.db.full_plan_queries import load_full_plan
from lagmote.db.store import AuditEvent, Store
from lagmote.db.transfer import export_youth, read_document, validate_document, write_document
from lagmote.errors import UserError
from lagmote.i18n import source_texts, t
from lagmote.pdf.full_plan_pdf import full_plan_pdf
from lagmote.private_file import write_private


@dataclass(frozen=True)
class Archived:
    json_path: Path
    pdf_path: Path


def archive(store: Store, youth_id: int, folder: Path, today: date) -> Archived:
    """Write the record (JSON) and the full plan (PDF) into ``folder``; both are checked."""
    if not folder.is_dir():
        raise UserError(t("Mappen {folder} finnes ikke.").format(folder=folder))
    document = export_youth(store, youth_id)
    if document["youth"]["status"] != "avsluttet":
        raise UserError(
            t("Bare en avsluttet sak kan arkiveres og slettes. Avslutt oppfølgingen først.")
        )
    uid = document["youth"]["uid"]
    paths = Archived(folder / f"lagmote-{uid}.json", folder / f"lagmote-{uid}-hele-planen.pdf")
    write_document(document, paths.json_path)
    with source_texts():  # the archived plan is in bokmål, whatever the window speaks
        data = full_plan_pdf(load_full_plan(store, youth_id, today))
    store.log(AuditEvent("export", "youth", youth_id, youth_id, "archive"))
    write_private(paths.pdf_path, data)
    validate_document(read_document(paths.json_path))  # readable, whole, importable
    return paths


def archive_and_erase(store: Store, youth_id: int, folder: Path, today: date) -> Archived:
    """Archive the closed case, then erase it; nothing is erased unless the archive is whole."""
    paths = archive(store, youth_id, folder, today)
    erase_youth(store, youth_id)
    return paths
