"""District-wide settings kept in the database, so that every user of a shared database
works to the same rule. Today one: how many months may pass between evaluations (§7.7 says
only «jevnlig»; six months by default)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lagmote.db.models import Setting
from lagmote.db.store import AuditEvent, Changes, Store, WriteResult
from lagmote.evaluation import (
    DEFAULT_INTERVAL_MONTHS,
    MAX_INTERVAL_MONTHS,
    MIN_INTERVAL_MONTHS,
    check_interval_months,
)

EVALUATION_MONTHS = "evaluation_interval_months"


def interval_months(session: Session) -> int:
    """The evaluation interval in months (the default when none is set, or when the stored
    value is unreadable or outside the allowed months)."""
    row = session.get(Setting, EVALUATION_MONTHS)
    if row is None or not (row.value.isascii() and row.value.isdigit()):
        return DEFAULT_INTERVAL_MONTHS
    months = int(row.value)
    if not MIN_INTERVAL_MONTHS <= months <= MAX_INTERVAL_MONTHS:
        return DEFAULT_INTERVAL_MONTHS
    return months


def read_interval_months(store: Store) -> int:
    return store.read(AuditEvent("read", "setting", detail=EVALUATION_MONTHS), interval_months)


def set_interval_months(store: Store, months: int) -> Changes:
    check_interval_months(months)

    def write(session: Session) -> WriteResult:
        row = session.get(Setting, EVALUATION_MONTHS)
        if row is None:
            session.add(Setting(key=EVALUATION_MONTHS, value=str(months)))
        else:
            row.value = str(months)
        result = WriteResult(None)
        result.log("update", "setting", None, EVALUATION_MONTHS)
        return result

    return store.write(write)
