"""Importing a ``lagmote-ungdom`` document as a new youth, all or nothing.

The document is validated completely first; then one :meth:`Store.write` inserts the youth
and every row (with new database ids, and refs turned into those ids) and logs the import,
in one transaction.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db.models import Youth, new_uid
from lagmote.db.store import Store, WriteResult
from lagmote.db.transfer.spec import INSERT_ORDER, Table, TransferError
from lagmote.db.transfer.validate import Row, ValidatedRecord, validate_document
from lagmote.i18n import t

Ids = dict[str, dict[int, int]]
"""Per table key: document ref -> new database id."""


def import_document(store: Store, data: object, as_new: bool = False) -> int:
    """Validate and insert the document; return the new youth's id.

    A youth whose uid is already in the database is refused, unless ``as_new`` asks for a
    copy with a fresh uid.
    """
    record = validate_document(data)
    uid = new_uid() if as_new else record.uid
    changes = store.write(partial(_insert_record, record, uid))
    assert changes.youth_id is not None
    return changes.youth_id


def _insert_record(record: ValidatedRecord, uid: str, session: Session) -> WriteResult:
    if session.scalar(select(Youth.id).where(Youth.uid == uid)) is not None:
        raise TransferError(
            t(
                "Ungdommen finnes allerede i databasen (uid {uid}). "
                "Bruk {option} for å lage en kopi."
            ).format(uid=uid, option="--as-new")
        )
    youth = Youth(**{**record.youth, "uid": uid})
    session.add(youth)
    session.flush()
    ids: Ids = {}
    for table in INSERT_ORDER:
        insert_rows(session, table, [(youth.id, row) for row in record.tables[table.key]], ids)
    result = WriteResult(youth.id, created_ids=[youth.id])
    result.log("import", "youth", youth.id)
    return result


def insert_rows(session: Session, table: Table, rows: list[tuple[int, Row]], ids: Ids) -> None:
    """Insert rows (each with its parent's id) in order, then their children."""
    parent = str(table.parent)
    objects: list[Any] = [
        table.model(**{parent: parent_id}, **_values(table, row, ids)) for parent_id, row in rows
    ]
    session.add_all(objects)
    session.flush()
    if table.has_ref:
        ids[table.key] = {
            row.ref: obj.id
            for (_, row), obj in zip(rows, objects, strict=True)
            if row.ref is not None
        }
    for child in table.children:
        child_rows = [
            (obj.id, child_row)
            for (_, row), obj in zip(rows, objects, strict=True)
            for child_row in row.children[child.key]
        ]
        insert_rows(session, child, child_rows, ids)


def _values(table: Table, row: Row, ids: Ids) -> dict[str, Any]:
    """The row's column values with document refs turned into the new database ids."""
    values = dict(row.values)
    for f in table.fields:
        if f.target is not None and values[f.column] is not None:
            values[f.column] = ids[f.target][values[f.column]]
    return values
