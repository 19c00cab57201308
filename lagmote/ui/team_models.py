"""Item models of the team page: the members with whether sharing with them is covered, who
does what (counts per actor, and one actor's items), and the consent register.

In meeting mode the models themselves leave out what the wall must not show (no adult's
name, no phone or e-mail), so that no hidden column and no tooltip can show it either. The
youth and the parents may be named: they are in the room, and two rows that both say
"Foresatte" would not tell the parents apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from lagmote.dates import format_date
from lagmote.records import MemberInfo
from lagmote.standard import CONSENT_FORMS, ROLES, role
from lagmote.steps import StepState
from lagmote.team import (
    COVERED,
    MISSING,
    NOT_NEEDED,
    PARTIAL,
    WITHDRAWN,
    ActorDuties,
    ConsentInfo,
    Coverage,
    DutyItem,
)
from lagmote.ui.models import RecordTableModel
from lagmote.ui.theme import RED, YELLOW, state_style

Index = QModelIndex | QPersistentModelIndex
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 11
CONSENT_ID_ROLE = Qt.ItemDataRole.UserRole + 12
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 13
FAMILY_ROLES = frozenset({"ungdommen", "foresatt"})
# Called by this name so that lupdate finds the strings (it does not follow wrappers).
translate = QCoreApplication.translate
_DISPLAY = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)

# How a coverage state looks: a symbol (meaning never by colour alone) and a fill or none.
# Dark-blue text on red is 5.6:1, on yellow 8.6:1.
COVERAGE_LOOK: dict[str, tuple[str, str | None]] = {
    MISSING: ("⚠", RED),
    WITHDRAWN: ("⚠", RED),
    PARTIAL: ("!", YELLOW),
    COVERED: ("✓", None),
    NOT_NEEDED: ("–", None),
}


def who(member: MemberInfo, meeting: bool) -> str:
    """The member as the page names them: by role, with the name at the desk; on the wall
    adults by role only, the youth and the parents with their names."""
    if not member.name or (meeting and member.role not in FAMILY_ROLES):
        return member.role_name
    return f"{member.role_name}: {member.name}"


def coverage_text(coverage: Coverage, short: bool = False) -> str:
    words = coverage.short if short else coverage.words
    return f"{COVERAGE_LOOK[coverage.state][0]} {words}"


def role_names(codes: frozenset[str]) -> list[str]:
    """Role names in the standard's order."""
    return [r.name for r in ROLES if r.code in codes]


@dataclass(frozen=True)
class MemberRow:
    member: MemberInfo
    coverage: Coverage


class _HasMember(Protocol):
    @property
    def member(self) -> MemberInfo: ...


R = TypeVar("R")
M = TypeVar("M", bound=_HasMember)


class _MeetingAwareModel(RecordTableModel[R]):
    """A model that leaves out in meeting mode what the wall must not show."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._meeting = False

    def set_meeting(self, meeting: bool) -> None:
        self.beginResetModel()
        self._meeting = meeting
        self.endResetModel()


class _MemberRowsModel(_MeetingAwareModel[M]):
    """A meeting-aware model with one team member a row."""

    def row_of(self, member_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.member.id == member_id), -1)


class MemberTableModel(_MemberRowsModel[MemberRow]):
    """Team members, one a row, each with whether sharing with them is covered by consent.

    ``MEMBER_ID_ROLE`` gives a row's member id, ``PROBLEM_ROLE`` whether its consent is
    missing, partial or withdrawn (that cell is filled too, and says so in words)."""

    COL_ROLE, COL_NAME, COL_ORGANISATION, COL_PHONE, COL_EMAIL, COL_COVERAGE = range(6)
    COLUMN_COUNT = 6
    CONTACT_COLUMNS = (COL_NAME, COL_ORGANISATION, COL_PHONE, COL_EMAIL)

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (
            translate("MemberTableModel", "Rolle"),
            translate("MemberTableModel", "Navn"),
            translate("MemberTableModel", "Virksomhet"),
            translate("MemberTableModel", "Telefon"),
            translate("MemberTableModel", "E-post"),
            translate("MemberTableModel", "Deling av informasjon"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role in _DISPLAY:
            return self._display(row, column)
        if role == MEMBER_ID_ROLE:
            return row.member.id
        if role == PROBLEM_ROLE:
            return row.coverage.problem
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_COVERAGE:
            fill = COVERAGE_LOOK[row.coverage.state][1]
            return QBrush(QColor(fill)) if fill else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_COVERAGE:
            return self._coverage_tip(row.coverage)
        return None

    def _display(self, row: MemberRow, column: int) -> str | None:
        m = row.member
        if column == self.COL_ROLE:
            return who(m, True) if self._meeting else m.role_name
        if column == self.COL_COVERAGE:
            return coverage_text(row.coverage, short=True)
        if self._meeting:
            return None  # no names of adults, no contact details on the wall
        values = {
            self.COL_NAME: m.name,
            self.COL_ORGANISATION: m.organisation,
            self.COL_PHONE: m.phone,
            self.COL_EMAIL: m.email,
        }
        return values.get(column)

    @staticmethod
    def _coverage_tip(coverage: Coverage) -> str | None:
        if coverage.state in (MISSING, WITHDRAWN):
            return translate(
                "MemberTableModel",
                "Laget kan ikke dele informasjon om ungdommen med denne rollen nå.",
            )
        if coverage.state == PARTIAL:
            return translate("MemberTableModel", "Alle som må samtykke, har ikke gjort det ennå.")
        return coverage.words


class DutyTableModel(_MemberRowsModel[ActorDuties]):
    """Who does what: per actor the open, done and late measures and action items. Actors
    with something late come first; a late count is filled and says "for sent" in words."""

    COL_ROLE, COL_NAME, COL_OPEN, COL_DONE, COL_LATE = range(5)
    COLUMN_COUNT = 5

    def set_duties(self, duties: Sequence[ActorDuties]) -> None:
        """In team order, those with something late first (most late first)."""
        self.set_rows(sorted(duties, key=lambda d: -d.late))

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (
            translate("DutyTableModel", "Rolle"),
            translate("DutyTableModel", "Navn"),
            translate("DutyTableModel", "Åpne"),
            translate("DutyTableModel", "Gjort"),
            translate("DutyTableModel", "For sent"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        duties = self.row_at(index.row()) if index.isValid() else None
        if duties is None:
            return None
        column = index.column()
        late = column == self.COL_LATE and duties.late > 0
        if role in _DISPLAY:
            return self._display(duties, column)
        if role == MEMBER_ID_ROLE:
            return duties.member.id
        if role == PROBLEM_ROLE:
            return duties.late > 0
        if role == Qt.ItemDataRole.BackgroundRole and late:
            return QBrush(QColor(state_style(StepState.OVERDUE).fill))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COL_OPEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, duties: ActorDuties, column: int) -> str | None:
        m = duties.member
        if column == self.COL_ROLE:
            return who(m, True) if self._meeting else m.role_name
        if column == self.COL_NAME:
            return None if self._meeting else m.name
        if column == self.COL_OPEN:
            return str(duties.open)
        if column == self.COL_DONE:
            return str(duties.done)
        if duties.late == 0:
            return "0"
        symbol = state_style(StepState.OVERDUE).symbol
        return translate("DutyTableModel", "{symbol} {count} for sent").format(
            symbol=symbol, count=duties.late
        )


class DutyItemModel(_MeetingAwareModel[DutyItem]):
    """One actor's measures and action items: what, which kind, by when, and where it
    stands. In meeting mode a measure under a sensitive goal shows only that it is hidden."""

    COL_TEXT, COL_KIND, COL_DUE, COL_STATUS = range(4)
    COLUMN_COUNT = 4

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (
            translate("DutyItemModel", "Hva"),
            translate("DutyItemModel", "Type"),
            translate("DutyItemModel", "Frist"),
            translate("DutyItemModel", "Status"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role in _DISPLAY:
            return self._display(item, column)
        if role == PROBLEM_ROLE:
            return item.late
        if role == Qt.ItemDataRole.BackgroundRole and item.late and column == self.COL_STATUS:
            return QBrush(QColor(state_style(StepState.OVERDUE).fill))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TEXT:
            return None if self._hidden(item) else item.text[:2000]
        return None

    def _hidden(self, item: DutyItem) -> bool:
        return self._meeting and item.sensitive

    def _display(self, item: DutyItem, column: int) -> str:
        if column == self.COL_TEXT:
            if self._hidden(item):
                return translate("DutyItemModel", "Tiltak under et mål som er skjult i møtet")
            return " ".join(item.text.split())
        if column == self.COL_KIND:
            if item.kind == "tiltak":
                return translate("DutyItemModel", "Tiltak")
            return translate("DutyItemModel", "Oppgave")
        if column == self.COL_DUE:
            if item.due_on is None:
                return translate("DutyItemModel", "Ingen frist")
            return format_date(item.due_on)
        return self._status(item)

    @staticmethod
    def _status(item: DutyItem) -> str:
        if item.late:
            style = state_style(StepState.OVERDUE)
            return f"{style.symbol} {style.label}"
        if item.done:
            return "✓ " + translate("DutyItemModel", "Gjort")
        if item.closed:
            return "– " + translate("DutyItemModel", "Avbrutt")
        return "… " + translate("DutyItemModel", "Åpen")


class ConsentTableModel(RecordTableModel[ConsentInfo]):
    """The consent register (§6): who consented, to sharing with whom, what, in which form,
    from when, and whether it was withdrawn. The note is the row's tooltip."""

    COL_GIVEN_BY, COL_ROLE, COL_SHARED, COL_SCOPE, COL_FORM, COL_FROM, COL_STATUS = range(7)
    COLUMN_COUNT = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = date.today()

    def set_consents(self, consents: Sequence[ConsentInfo], today: date) -> None:
        self._today = today
        self.set_rows(consents)

    def row_of(self, consent_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == consent_id), -1)

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (
            translate("ConsentTableModel", "Gitt av"),
            translate("ConsentTableModel", "Rolle"),
            translate("ConsentTableModel", "Kan deles med"),
            translate("ConsentTableModel", "Hva"),
            translate("ConsentTableModel", "Form"),
            translate("ConsentTableModel", "Fra"),
            translate("ConsentTableModel", "Status"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        consent = self.row_at(index.row()) if index.isValid() else None
        if consent is None:
            return None
        column = index.column()
        if role in _DISPLAY:
            return self._display(consent, column)
        if role == CONSENT_ID_ROLE:
            return consent.id
        withdrawn = consent.fields.withdrawn_on is not None
        if role == PROBLEM_ROLE:
            return withdrawn
        if role == Qt.ItemDataRole.BackgroundRole and withdrawn and column == self.COL_STATUS:
            return QBrush(QColor(RED))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(consent, column)
        return None

    def _display(self, consent: ConsentInfo, column: int) -> str:
        f = consent.fields
        if column == self.COL_GIVEN_BY:
            return f.given_by
        if column == self.COL_ROLE:
            return role(f.given_by_role).name
        if column == self.COL_SHARED:
            return shared_text(consent)
        if column == self.COL_SCOPE:
            return " ".join(f.scope.split())
        if column == self.COL_FORM:
            return CONSENT_FORMS.get(f.form, f.form)
        if column == self.COL_FROM:
            return format_date(f.given_on)
        return consent_status(consent, self._today)

    @staticmethod
    def _tooltip(consent: ConsentInfo, column: int) -> str | None:
        f = consent.fields
        if column == ConsentTableModel.COL_SCOPE and f.scope:
            return f.scope[:2000]
        if f.note:
            return translate("ConsentTableModel", "Merknad: {note}").format(note=f.note[:2000])
        return None


def shared_text(consent: ConsentInfo) -> str:
    """The roles a consent names, then the family's own words when they say more."""
    f = consent.fields
    parts = role_names(f.shared_roles)
    text = ", ".join(parts)
    words = " ".join(f.shared_with.split())
    if words:
        return f"{text}\n«{words}»" if text else words
    return text


def consent_status(consent: ConsentInfo, today: date) -> str:
    f = consent.fields
    if f.withdrawn_on is not None and f.withdrawn_on <= today:
        return translate("ConsentTableModel", "⚠ Trukket tilbake {date}").format(
            date=format_date(f.withdrawn_on)
        )
    if f.given_on > today:
        return translate("ConsentTableModel", "… Gjelder fra {date}").format(
            date=format_date(f.given_on)
        )
    if f.withdrawn_on is not None:
        return translate("ConsentTableModel", "✓ Gjelder til {date}").format(
            date=format_date(f.withdrawn_on)
        )
    return translate("ConsentTableModel", "✓ Gjelder")
