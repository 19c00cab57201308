"""Writing one youth's whole record as a ``lagmote-ungdom`` document.

Rows are listed in the order they were created (by database id), which is also the order
:func:`~lagmote.db.transfer.import_document` creates them in, so an export of an import is
the document that was imported. Rows that other rows point at get ``ref`` 1, 2, 3… in that
order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime
from functools import partial
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db.store import AuditEvent, Store
from lagmote.db.transfer.spec import FORMAT, FORMAT_VERSION, INSERT_ORDER, TABLES, YOUTH, Table
from lagmote.db.youth_access import shown_youth

Refs = dict[str, dict[int, int]]
"""Per table key: database id -> document ref."""


def export_youth(store: Store, youth_id: int) -> dict[str, Any]:
    """The youth's whole record as a JSON-ready document; the export is audit-logged."""
    event = AuditEvent("export", "youth", youth_id, youth_id)
    return store.read(event, partial(_export, youth_id))


def _export(youth_id: int, session: Session) -> dict[str, Any]:
    youth = shown_youth(session, youth_id)
    refs: Refs = {}
    lists = {t.key: _rows(session, t, [youth_id], refs).get(youth_id, []) for t in INSERT_ORDER}
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "youth": _serialize(YOUTH, youth, refs),
        **{t.key: lists[t.key] for t in TABLES},
    }


def _rows(
    session: Session, table: Table, parent_ids: list[int], refs: Refs
) -> dict[int, list[dict[str, Any]]]:
    """The table's rows under these parents, serialized, grouped by parent id."""
    objects = _load(session, table, parent_ids)
    if table.has_ref:
        refs[table.key] = {obj.id: number for number, obj in enumerate(objects, start=1)}
    ids = [obj.id for obj in objects]
    children = {c.key: _rows(session, c, ids, refs) for c in table.children}
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for obj in objects:
        row = _serialize(table, obj, refs)
        row.update({key: rows.get(obj.id, []) for key, rows in children.items()})
        grouped[getattr(obj, str(table.parent))].append(row)
    return grouped


def _load(session: Session, table: Table, parent_ids: list[int]) -> Sequence[Any]:
    mapper = sa_inspect(table.model)
    parent = mapper.columns[str(table.parent)]
    query = select(table.model).where(parent.in_(parent_ids)).order_by(mapper.primary_key[0])
    return session.scalars(query).all()


def _serialize(table: Table, obj: Any, refs: Refs) -> dict[str, Any]:
    row: dict[str, Any] = {}
    if table.has_ref:
        row["ref"] = refs[table.key][obj.id]
    for f in table.fields:
        value = getattr(obj, f.column)
        if f.target is not None and value is not None:
            value = refs.get(f.target, {}).get(value)
        elif isinstance(value, date):
            value = value.isoformat()
        row[f.name] = value
    return row
