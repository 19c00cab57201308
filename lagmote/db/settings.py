"""District-wide settings kept in the database, so that every user of a shared database
works to the same rule: how many months may pass between evaluations (§7.7 says only
«jevnlig»; six months by default), and after how many idle minutes the window locks itself
(five by default).

Each is a whole number within bounds; a stored value that is missing, unreadable or out of
bounds reads as the default, so a hand-edited database can never switch a rule off.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from lagmote.db.models import Setting
from lagmote.db.store import AuditEvent, Changes, Store, WriteResult
from lagmote.errors import UserError
from lagmote.evaluation import DEFAULT_INTERVAL_MONTHS, MAX_INTERVAL_MONTHS, MIN_INTERVAL_MONTHS
from lagmote.i18n import N_, t


@dataclass(frozen=True)
class NumberSetting:
    key: str
    default: int
    lowest: int
    highest: int
    refusal: str  # the sentence for a value out of bounds, with {low} and {high}; N_-marked

    def check(self, value: int) -> None:
        if not self.lowest <= value <= self.highest:
            raise UserError(t(self.refusal).format(low=self.lowest, high=self.highest))


EVALUATION_INTERVAL = NumberSetting(
    "evaluation_interval_months", DEFAULT_INTERVAL_MONTHS, MIN_INTERVAL_MONTHS,
    MAX_INTERVAL_MONTHS, N_("Evalueringsintervallet må være mellom {low} og {high} måneder."),
)  # fmt: skip
AUTO_LOCK = NumberSetting(
    "auto_lock_minutes", 5, 1, 60,
    N_("Tiden før vinduet låser seg må være mellom {low} og {high} minutter."),
)  # fmt: skip
EVALUATION_MONTHS = EVALUATION_INTERVAL.key


def read_number(session: Session, setting: NumberSetting) -> int:
    row = session.get(Setting, setting.key)
    if row is None or not (row.value.isascii() and row.value.isdigit()):
        return setting.default
    value = int(row.value)
    return value if setting.lowest <= value <= setting.highest else setting.default


def load_number(store: Store, setting: NumberSetting) -> int:
    return store.read(
        AuditEvent("read", "setting", detail=setting.key), lambda s: read_number(s, setting)
    )


def set_number(store: Store, setting: NumberSetting, value: int) -> Changes:
    """Change the setting (one audit-logged write); a value out of bounds is refused."""
    setting.check(value)

    def write(session: Session) -> WriteResult:
        row = session.get(Setting, setting.key)
        if row is None:
            session.add(Setting(key=setting.key, value=str(value)))
        else:
            row.value = str(value)
        result = WriteResult(None)
        result.log("update", "setting", None, setting.key)
        return result

    return store.write(write)


# --- the evaluation interval, by name (the evaluation pages and reads use these) ------------


def interval_months(session: Session) -> int:
    return read_number(session, EVALUATION_INTERVAL)


def read_interval_months(store: Store) -> int:
    return load_number(store, EVALUATION_INTERVAL)


def set_interval_months(store: Store, months: int) -> Changes:
    return set_number(store, EVALUATION_INTERVAL, months)
