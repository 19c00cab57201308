"""Item models for Min plan: the measures (tiltak) under a goal.

The model shows :class:`~lagmote.plan.TiltakInfo` records and never writes: an edit in the
view becomes ``edit_requested(tiltak_id, TiltakFields)``, which the page turns into an
undoable change through the operations layer; the change comes back as a reload.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from lagmote.dates import format_date
from lagmote.plan import TiltakFields, TiltakInfo
from lagmote.records import MemberInfo
from lagmote.standard import TILTAK_STATUSES
from lagmote.ui.models import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
TILTAK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LATE_ROLE = Qt.ItemDataRole.UserRole + 2
LATE_SYMBOL = "⚠"
translate = QCoreApplication.translate


def late_text() -> str:
    return translate("TiltakTableModel", "For sent")


def due_text(info: TiltakInfo, today: date) -> str:
    """The due date as dd.mm.åååå, with "⚠ For sent" after it when the measure is late."""
    due = info.fields.due_on
    if due is None:
        return ""
    text = format_date(due)
    return f"{text}  {LATE_SYMBOL} {late_text()}" if info.is_late(today) else text


def changed_fields(fields: TiltakFields, column: int, value: Any, today: date) -> TiltakFields:
    """``fields`` with the cell at ``column`` set to ``value`` (an edit role value).

    A measure marked done gets today as its done date; one moved away from done loses it.
    """
    if column == TiltakTableModel.COL_TEXT:
        return replace(fields, text=str(value))
    if column == TiltakTableModel.COL_RESPONSIBLE:
        return replace(fields, responsible_id=None if value is None else int(value))
    if column == TiltakTableModel.COL_DUE:
        return replace(fields, due_on=_as_date(value))
    status = str(value)
    done_on = (fields.done_on or today) if status == "fullfort" else None
    return replace(fields, status=status, done_on=done_on)


def _as_date(value: Any) -> date | None:
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day()) if value.isValid() else None
    return value if isinstance(value, date) else None


class TiltakTableModel(RecordTableModel[TiltakInfo]):
    """The measures under one goal: what, who is responsible, by when, and the status.

    A late measure (past its date and not done or stopped) says "⚠ For sent" in the date
    column, and every cell of its row answers True to ``LATE_ROLE`` (and has the late
    background once :meth:`set_late_colour` is given one). In meeting mode the responsible
    person is shown by role only.

    Signals:
        edit_requested(int, object): a tiltak id and the :class:`TiltakFields` the user
            wants it to have; nothing is written until the page makes that change.
    """

    edit_requested = Signal(int, object)

    COL_TEXT, COL_RESPONSIBLE, COL_DUE, COL_STATUS = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._members: dict[int, MemberInfo] = {}
        self._today = date.today()
        self._roles_only = False
        self._late_brush: QBrush | None = None

    # -- contents -------------------------------------------------------------------------

    def set_tiltak(
        self, items: Sequence[TiltakInfo], members: Sequence[MemberInfo], today: date
    ) -> None:
        """Show these measures. The same rows in the same order are updated in place (an
        open editor and the selection stay); anything else resets the model."""
        self._members = {m.id: m for m in members}
        self._today = today
        if [i.id for i in items] == [i.id for i in self._rows]:
            self._rows = list(items)
            self._all_changed()
            return
        self.set_rows(items)

    def set_roles_only(self, roles_only: bool) -> None:
        """Meeting mode: name the responsible person by role, never by name."""
        self._roles_only = roles_only
        self._all_changed()

    def set_late_colour(self, colour: str | None) -> None:
        self._late_brush = QBrush(QColor(colour)) if colour else None
        self._all_changed()

    def tiltak_at(self, row: int) -> TiltakInfo | None:
        return self.row_at(row)

    def row_of(self, tiltak_id: int) -> int:
        return next((i for i, t in enumerate(self._rows) if t.id == tiltak_id), -1)

    def responsible_choices(self) -> list[tuple[int | None, str]]:
        """Who can be responsible: nobody, then each team member as shown now."""
        nobody = translate("TiltakTableModel", "Ingen valgt")
        return [(None, nobody), *((m.id, self._person(m)) for m in self._members.values())]

    def _all_changed(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- Qt model API ---------------------------------------------------------------------

    @staticmethod
    def headers() -> tuple[str, ...]:
        """The column titles, translated now; each one literal, so that lupdate finds it."""
        return (
            translate("TiltakTableModel", "Tiltak"),
            translate("TiltakTableModel", "Ansvarlig"),
            translate("TiltakTableModel", "Frist"),
            translate("TiltakTableModel", "Status"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self._valid(index)
        if info is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(info, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(info, index.column())
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(info, index.column())
        return self._other(info, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the edit (``edit_requested``); the model itself changes nothing."""
        info = self._valid(index)
        if info is None or role != Qt.ItemDataRole.EditRole:
            return False
        fields = changed_fields(info.fields, index.column(), value, self._today)
        if fields != info.fields:
            self.edit_requested.emit(info.id, fields)
        return True

    # -- cells ----------------------------------------------------------------------------

    def _valid(self, index: Index) -> TiltakInfo | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()] if 0 <= index.column() < self.COLUMN_COUNT else None

    def _display(self, info: TiltakInfo, column: int) -> str:
        if column == self.COL_TEXT:
            return " ".join(info.fields.text.split())
        if column == self.COL_RESPONSIBLE:
            member = self._members.get(info.fields.responsible_id or -1)
            if member is not None:
                return self._person(member)
            return "" if self._roles_only else info.responsible
        if column == self.COL_DUE:
            return due_text(info, self._today)
        return TILTAK_STATUSES.get(info.fields.status, info.fields.status)

    def _tooltip(self, info: TiltakInfo, column: int) -> str | None:
        if column == self.COL_TEXT:
            return info.fields.text[:2000]
        if info.is_late(self._today):
            return translate("TiltakTableModel", "Fristen er passert, og tiltaket er ikke ferdig.")
        return None

    def _edit_value(self, info: TiltakInfo, column: int) -> Any:
        f = info.fields
        due = QDate(f.due_on.year, f.due_on.month, f.due_on.day) if f.due_on else QDate()
        values = {
            self.COL_TEXT: f.text,
            self.COL_RESPONSIBLE: f.responsible_id,
            self.COL_DUE: due,
            self.COL_STATUS: f.status,
        }
        return values.get(column)

    def _other(self, info: TiltakInfo, role: int) -> Any:
        late = info.is_late(self._today)
        if role == LATE_ROLE:
            return late
        if role == TILTAK_ID_ROLE:
            return info.id
        if role == Qt.ItemDataRole.BackgroundRole and late:
            return self._late_brush
        return None

    def _person(self, member: MemberInfo) -> str:
        if self._roles_only or not member.name:
            return member.role_name
        return f"{member.name} ({member.role_name})"
