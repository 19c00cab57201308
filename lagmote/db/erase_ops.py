"""Erasing a closed case after it has been archived (retention), as one audit-logged write.

Only a closed case can be erased; :func:`lagmote.db.archive.archive_and_erase` first writes
the archive (the whole record as JSON and the full plan as PDF) and
reads it back. The erasure removes the youth and, by cascade, every row of the record in
every table. The audit log keeps its rows (who read or changed what, by ids and action words,
never personal data) and gains one more: the erasure, with the youth's id only.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from lagmote.db.ops_common import logged, youth_row
from lagmote.db.store import Changes, Store, WriteResult
from lagmote.errors import UserError
from lagmote.i18n import t


def erase_youth(store: Store, youth_id: int) -> Changes:
    def write(session: Session) -> WriteResult:
        youth = youth_row(session, youth_id)
        if youth.status != "avsluttet":
            raise UserError(t("Bare en avsluttet sak kan slettes. Avslutt oppfølgingen først."))
        session.delete(youth)  # every table of the record goes with it (ON DELETE CASCADE)
        return logged(youth_id, "delete", "youth", youth_id, "erased")

    return store.write(write)
