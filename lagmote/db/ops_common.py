"""What every operation on a youth's record shares: fetching a row that must belong to the
youth being changed, and the audit rows a write reports."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from lagmote.db.errors import DatabaseError
from lagmote.db.models import (
    Closing,
    Consent,
    Evaluation,
    Goal,
    Kartlegging,
    Lagmote,
    ScheduleEntry,
    TeamMember,
    Tiltak,
    Youth,
)
from lagmote.db.store import WriteResult
from lagmote.i18n import N_, t

T = TypeVar("T")


class _HasId(Protocol):
    id: int


OwnedRow = TypeVar(
    "OwnedRow",
    Goal,
    Tiltak,
    ScheduleEntry,
    Kartlegging,
    TeamMember,
    Consent,
    Lagmote,
    Evaluation,
    Closing,
)


def youth_row(session: Session, youth_id: int) -> Youth:
    return get_row(session, Youth, youth_id, N_("ungdommen"))


def get_row(session: Session, model: type[T], row_id: int, what: str) -> T:
    """The row with ``row_id``; ``what`` names it for the user, a bokmål source marked with
    :func:`~lagmote.i18n.N_` (``N_("målet")``) and translated here."""
    row = session.get(model, row_id)
    if row is None:
        raise DatabaseError(
            t("Fant ikke {what} (id {id}); noen kan ha slettet det.").format(
                what=t(what), id=row_id
            )
        )
    return row


def owned_row(
    session: Session, model: type[OwnedRow], row_id: int, youth_id: int, what: str
) -> OwnedRow:
    """The row, which must belong to ``youth_id``: a page (or an undo step) showing one youth
    can never change another youth's record."""
    row = get_row(session, model, row_id, what)
    same_youth(row.youth_id, youth_id)
    return row


def same_youth(owner: int, youth_id: int) -> None:
    if owner != youth_id:
        raise DatabaseError(t("Det som ble valgt, hører til en annen ungdom."))


def logged(
    youth_id: int, action: str, obj: str, object_id: int | None, detail: str = ""
) -> WriteResult:
    result = WriteResult(youth_id)
    result.log(action, obj, object_id, detail)
    return result


def created(youth_id: int, obj: str, object_id: int) -> WriteResult:
    result = logged(youth_id, "create", obj, object_id)
    result.created_ids.append(object_id)
    return result


def delete_with_children(
    session: Session, row: OwnedRow, obj: str, children: Iterable[_HasId], child_obj: str
) -> WriteResult:
    """Delete ``row`` (its children go with it by cascade), logging each child too."""
    result = logged(row.youth_id, "delete", obj, row.id)
    for child in children:
        result.log("delete", child_obj, child.id)
    session.delete(row)
    return result
