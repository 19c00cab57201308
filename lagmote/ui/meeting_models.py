"""Item models of the Lagmøter page: the youth's meetings, the steps of the agenda, the
action items and decisions of one meeting, and lines in words (what happened since the last
meeting). They show plain records and never write.

Late rows answer True to ``LATE_ROLE`` and say so in a symbol and a word; the late colour
(given by :meth:`set_late_colour`) is only a third way of telling it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtGui import Qt as GuiQt  # the Qt namespace with QtGui's functions

from lagmote.dates import format_date
from lagmote.meetings import DecisionInfo, LagmoteInfo, MeetingsView
from lagmote.standard import LAGMOTE_AGENDA, AgendaItem
from lagmote.team import ActionItemInfo
from lagmote.ui.meeting_shown import Line, action_status, content_text, list_status
from lagmote.ui.models import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LATE_ROLE = Qt.ItemDataRole.UserRole + 2
STEP_KEY_ROLE = Qt.ItemDataRole.UserRole + 3
translate = QCoreApplication.translate

# The order the meeting is run in: what happened since the last one opens every meeting,
# then the youth's own words come first, then the rest of the §7.6 agenda.
STEP_KEYS = (
    "siden_sist",
    "ungdommens_ord",
    "maal",
    "hva_virker",
    "roller",
    "hvem_gjor_hva",
    "familien",
    "koordinering",
    "neste_mote",
)
AGENDA = {item.key: item for item in LAGMOTE_AGENDA}
STEPS: tuple[AgendaItem, ...] = tuple(AGENDA[key] for key in STEP_KEYS)
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
TOOLTIP_CHARS = 2000


def plain_tooltip(text: str) -> str:
    """``text`` escaped as rich text: a tooltip would otherwise guess, and render markup."""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


class _LateColour:
    """The late rows' background, as the theme gives it."""

    _late_brush: QBrush | None = None

    def _late_background(self, late: bool) -> QBrush | None:
        return self._late_brush if late else None


class MeetingListModel(_LateColour, RecordTableModel[LagmoteInfo]):
    """The youth's lagmøter, oldest first: number, date, held or planned, what is recorded.
    ``ID_ROLE`` gives a row's lagmøte id."""

    COL_NUMBER, COL_DATE, COL_STATUS, COL_CONTENT = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._view = MeetingsView(0)
        self._today = date.today()
        # Worked out once per read, not each time a view asks for one of a cell's roles.
        self._status: dict[int, Line] = {}
        self._cells: dict[int, tuple[str, str, str, str]] = {}

    def set_meetings(self, view: MeetingsView, today: date) -> None:
        self._view, self._today = view, today
        self._status = {m.id: list_status(view, m, today) for m in view.meetings}
        self._cells = {m.id: self._texts(m) for m in view.meetings}
        self.set_rows(view.meetings)

    def set_late_colour(self, colour: str | None) -> None:
        self._late_brush = QBrush(QColor(colour)) if colour else None
        self.set_rows(self._rows)

    def row_of(self, lagmote_id: int | None) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == lagmote_id), -1)

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (
            translate("MeetingListModel", "Nr."),
            translate("MeetingListModel", "Dato"),
            translate("MeetingListModel", "Status"),
            translate("MeetingListModel", "Skrevet inn"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        meeting = self.row_at(index.row()) if index.isValid() else None
        if meeting is None:
            return None
        if role in _TEXT_ROLES:
            return self._cells[meeting.id][index.column()]
        if role == ID_ROLE:
            return meeting.id
        status = self._status[meeting.id]
        if role == LATE_ROLE:
            return status.late
        if role == Qt.ItemDataRole.ToolTipRole and status.tooltip:
            return plain_tooltip(status.tooltip)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == self.COL_STATUS:
            return self._late_background(status.late)
        return None

    def _texts(self, meeting: LagmoteInfo) -> tuple[str, str, str, str]:
        """The row's four cells, in column order."""
        number = translate("MeetingListModel", "{n}.").format(n=self._view.number(meeting.id))
        status = self._status[meeting.id].text
        return number, format_date(meeting.meeting_on), status, content_text(meeting)


class StepListModel(QAbstractListModel):
    """The steps a meeting is run through, numbered; ``STEP_KEY_ROLE`` gives the key."""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(STEPS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(STEPS):
            return None
        step = STEPS[index.row()]
        if role in _TEXT_ROLES:
            return f"{index.row() + 1}. {step.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return step.prompt
        if role == STEP_KEY_ROLE:
            return step.key
        return None


class ActionTableModel(_LateColour, RecordTableModel[ActionItemInfo]):
    """Who does what by when, agreed at one meeting. The owner is named as ``owner`` says
    (by role only in meeting mode); a late item says "⚠ For sent"."""

    COL_TEXT, COL_OWNER, COL_DUE, COL_STATUS = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._owner: Callable[[ActionItemInfo], str] = lambda _item: ""
        self._today = date.today()

    def set_items(
        self, items: Sequence[ActionItemInfo], owner: Callable[[ActionItemInfo], str], today: date
    ) -> None:
        self._owner, self._today = owner, today
        self.set_rows(items)

    def set_late_colour(self, colour: str | None) -> None:
        self._late_brush = QBrush(QColor(colour)) if colour else None
        self.set_rows(self._rows)

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (
            translate("ActionTableModel", "Hva"),
            translate("ActionTableModel", "Hvem"),
            translate("ActionTableModel", "Innen"),
            translate("ActionTableModel", "Status"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        status = action_status(item, self._today)
        if role in _TEXT_ROLES:
            return self._cell(item, index.column(), status)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_TEXT:
            return plain_tooltip(item.text[:TOOLTIP_CHARS])
        if role == ID_ROLE:
            return item.id
        if role == LATE_ROLE:
            return status.late
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._late_background(status.late)
        return None

    def _cell(self, item: ActionItemInfo, column: int, status: Line) -> str:
        if column == self.COL_TEXT:
            return " ".join(item.text.split())
        if column == self.COL_OWNER:
            return self._owner(item)
        if column == self.COL_DUE:
            return format_date(item.due_on) if item.due_on else ""
        return status.text


class DecisionListModel(RecordTableModel[DecisionInfo]):
    """What the meeting agreed, one decision a row; ``ID_ROLE`` gives its id."""

    COLUMN_COUNT = 1

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (translate("DecisionListModel", "Vedtak"),)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        decision = self.row_at(index.row()) if index.isValid() else None
        if decision is None or index.column() != 0:
            return None
        if role in _TEXT_ROLES:
            return f"• {' '.join(decision.text.split())}"
        if role == ID_ROLE:
            return decision.id
        return None


class LineListModel(_LateColour, QAbstractListModel):
    """Lines in words (:class:`~lagmote.ui.meeting_shown.Line`); late ones are marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[Line] = []

    def set_lines(self, lines: Sequence[Line]) -> None:
        if list(lines) == self._lines:
            return
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def set_late_colour(self, colour: str | None) -> None:
        self.beginResetModel()
        self._late_brush = QBrush(QColor(colour)) if colour else None
        self.endResetModel()

    def lines(self) -> list[Line]:
        return list(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in _TEXT_ROLES:
            return line.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(line.tooltip) if line.tooltip else None
        if role == LATE_ROLE:
            return line.late
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._late_background(line.late)
        return None
