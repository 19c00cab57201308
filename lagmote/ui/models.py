"""Item models for what the window shows as rows: the youth list and the team."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtGui import Qt as GuiQt  # the Qt namespace with QtGui's functions

from lagmote.ui.theme import YELLOW

if TYPE_CHECKING:
    from lagmote.alerts import Alert
    from lagmote.records import MemberInfo, YouthListItem

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
YOUTH_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MEMBER_ROLE_CODE = Qt.ItemDataRole.UserRole + 2
# Called by this name so that lupdate finds the strings (it does not follow wrappers).
translate = QCoreApplication.translate


class YouthListModel(QAbstractListModel):
    """The youths the user follows; `YOUTH_ID_ROLE` gives a row's youth id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[YouthListItem] = []
        # A youth past a deadline is filled with this (dark-blue text on it: 8.6:1), and
        # the words say so too.
        self.warning_fill = YELLOW

    def set_items(self, items: Sequence[YouthListItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def row_of(self, youth_id: int) -> int:
        return next((i for i, item in enumerate(self._items) if item.id == youth_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return "\n".join([self._label(item), *(_alert_line(a) for a in item.alerts)])
        if role == Qt.ItemDataRole.ToolTipRole and item.alerts:
            return "\n".join(_alert_line(a) for a in item.alerts)
        if role == Qt.ItemDataRole.BackgroundRole and _overdue(item):
            return QColor(self.warning_fill)
        if role == YOUTH_ID_ROLE:
            return item.id
        return None

    @staticmethod
    def _label(item: YouthListItem) -> str:
        label = item.display_name
        if item.age is not None:
            label += translate("YouthListModel", " ({age} år)").format(age=item.age)
        if not item.active:
            label += translate("YouthListModel", " – avsluttet")
        return label


def _alert_line(alert: Alert) -> str:
    symbol = "⚠" if alert.level == "overdue" else "◷"
    return f"{symbol} {alert.words}"


def _overdue(item: YouthListItem) -> bool:
    return any(a.level == "overdue" for a in item.alerts)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of plain records under translated column titles. Subclasses set
    ``COLUMN_COUNT`` and give :meth:`headers` and ``data``; nothing here writes."""

    COLUMN_COUNT: ClassVar[int] = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.COLUMN_COUNT:
            return self.headers()[section]
        return None

    @staticmethod
    def headers() -> tuple[str, ...]:
        """The column titles, translated when asked; each subclass lists its own literally,
        so that lupdate finds them."""
        return ()


class TeamTableModel(RecordTableModel["MemberInfo"]):
    """The team around the youth, one member a row.

    In meeting mode adults are shown by role only, and contact details are left out: what a
    projector shows is what the youth and the parents may see.
    """

    COL_ROLE, COL_NAME, COL_ORGANISATION, COL_PHONE, COL_EMAIL = range(5)
    COLUMN_COUNT = 5
    CONTACT_COLUMNS: ClassVar[tuple[int, ...]] = (COL_NAME, COL_ORGANISATION, COL_PHONE, COL_EMAIL)

    def set_members(self, members: Sequence[MemberInfo]) -> None:
        self.set_rows(members)

    @staticmethod
    def headers() -> tuple[str, ...]:
        """The column titles, translated now; each one literal, so that lupdate finds it."""
        return (
            translate("TeamTableModel", "Rolle"),
            translate("TeamTableModel", "Navn"),
            translate("TeamTableModel", "Virksomhet"),
            translate("TeamTableModel", "Telefon"),
            translate("TeamTableModel", "E-post"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        member = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(member, index.column(), role)
        if role == MEMBER_ROLE_CODE:
            return member.role
        return None

    @classmethod
    def _cell(cls, member: MemberInfo, column: int, role: int) -> str | None:
        if role == Qt.ItemDataRole.ToolTipRole:
            return _plain_tooltip(member.responsibilities)
        values = {
            cls.COL_ROLE: member.role_name,
            cls.COL_NAME: member.name,
            cls.COL_ORGANISATION: member.organisation,
            cls.COL_PHONE: member.phone,
            cls.COL_EMAIL: member.email,
        }
        return values.get(column)


def _plain_tooltip(text: str) -> str | None:
    """``text`` escaped as rich text: a tooltip would otherwise guess, and render markup."""
    if not text:
        return None
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
