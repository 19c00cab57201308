"""«Hvem har sett saken»: one youth's audit log, in plain words, newest first.

The youth has the right to see who has read their record. The dialog reads the log once
(one audit-logged read of the youth's record, not one per row) and shows it read-only:
when, who (name, role, organisation) and what they did. Reads by one person within a
minute are one line. A filter shows only the reads («Bare lesing») or everything («Alle»).
The log cannot be changed or deleted here, nor anywhere in the program.

Signals: none of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagmote.audit_view import AuditGroup, group_reads, group_text, reads_only, when, who
from lagmote.errors import UserError
from lagmote.ui.models import RecordTableModel

if TYPE_CHECKING:
    from lagmote.db.store import Store

Index = QModelIndex | QPersistentModelIndex
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
SHOWN_AT_MOST = 5000
"""Rows of the log read at most; the command line (``lagmote audit``) shows all."""
translate = QCoreApplication.translate


class AuditTableModel(RecordTableModel[AuditGroup]):
    """The log's lines, newest first: when, who, what. ``ACTION_ROLE`` gives a line's action
    code ("read", "update", …), ``COUNT_ROLE`` how many rows of the log it stands for."""

    COL_WHEN, COL_WHO, COL_WHAT = range(3)
    COLUMN_COUNT = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: tuple[AuditGroup, ...] = ()
        self.reads_only = False

    def set_groups(self, groups: Sequence[AuditGroup]) -> None:
        self._groups = tuple(groups)
        self._refill()

    def set_reads_only(self, on: bool) -> None:
        self.reads_only = on
        self._refill()

    def _refill(self) -> None:
        self.set_rows(reads_only(self._groups) if self.reads_only else self._groups)

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (
            translate("AuditTableModel", "Når"),
            translate("AuditTableModel", "Hvem"),
            translate("AuditTableModel", "Hva"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        group = self.row_at(index.row()) if index.isValid() else None
        if group is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(group, index.column())
        if role == ACTION_ROLE:
            return group.action
        if role == COUNT_ROLE:
            return group.count
        return None

    def _text(self, group: AuditGroup, column: int) -> str | None:
        if column == self.COL_WHEN:
            return when(group.newest.at)
        if column == self.COL_WHO:
            return who(group.newest)
        return group_text(group) if column == self.COL_WHAT else None


class AuditDialog(QDialog):
    """Who has read or changed the record of ``youth_id``, read-only."""

    def __init__(self, store: Store, youth_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.youth_id = store, youth_id
        self.setWindowTitle(translate("AuditDialog", "Hvem har sett saken"))
        self.model = AuditTableModel(self)
        self.table = self._table()
        self.all_button = QRadioButton(translate("AuditDialog", "&Alle"), self)
        self.reads_button = QRadioButton(translate("AuditDialog", "&Bare lesing"), self)
        self.note = QLabel(self)
        self.close_button = QPushButton(translate("AuditDialog", "Lukk"), self)
        self.fit_timer = QTimer(self)  # one fitting after a burst of resizes, not one each
        self.fit_timer.setSingleShot(True)
        self.fit_timer.setInterval(0)
        self.fit_timer.timeout.connect(self._fit_rows)
        self._build()
        self.close_button.clicked.connect(self.accept)
        self.resize(1000, 600)
        self.reload()

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(translate("AuditDialog", "Hvem har sett saken"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)  # "what" wraps onto a second line, never cut off
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(AuditTableModel.COL_WHAT, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._on_header_section_resized)
        return table

    def _build(self) -> None:
        intro = QLabel(self._intro_text(), self)
        intro.setWordWrap(True)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._filter_row())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    @staticmethod
    def _intro_text() -> str:
        return translate(
            "AuditDialog",
            "Alle som har lest, endret, lagret eller skrevet ut saken, det nyeste først. "
            "Ungdommen har rett til å se dette. Listen kan ikke endres eller slettes.",
        )

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("AuditDialog", "Vis:"), self))
        self.filter = QButtonGroup(self)
        for button in (self.all_button, self.reads_button):
            self.filter.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.all_button.setChecked(True)
        self.reads_button.toggled.connect(self._on_reads_button_toggled)
        return row

    def reload(self) -> None:
        """Read the youth's log again (one audit-logged read) and show it."""
        from lagmote.db.audit_queries import load_audit

        try:
            lines = load_audit(self.store, self.youth_id, SHOWN_AT_MOST)
        except UserError as error:
            self.note.setText(str(error))
            return
        self.model.set_groups(group_reads(lines))
        self.note.setText(self._note_text(len(lines), self.youth_id))
        self.table.resizeColumnToContents(AuditTableModel.COL_WHEN)
        self.table.resizeColumnToContents(AuditTableModel.COL_WHO)
        self.fit_timer.start()

    @Slot()
    def _fit_rows(self) -> None:
        """A taller row only where "what" needs more than one line. Qt measures those rows
        alone: measuring every row (ResizeToContents) took seconds for a long log."""
        table, column = self.table, AuditTableModel.COL_WHAT
        metrics = table.fontMetrics()
        room = table.columnWidth(column) - 4 * metrics.averageCharWidth()  # cell margins
        plain = table.verticalHeader().defaultSectionSize()
        for row in range(self.model.rowCount()):
            if metrics.horizontalAdvance(self.model.index(row, column).data()) > room:
                table.resizeRowToContents(row)
            elif table.rowHeight(row) != plain:
                table.setRowHeight(row, plain)

    @staticmethod
    def _note_text(count: int, youth_id: int) -> str:
        if count == 0:
            return translate("AuditDialog", "Ingen har lest eller endret saken ennå.")
        if count < SHOWN_AT_MOST:
            return ""
        return translate(
            "AuditDialog",
            "Viser de {n} siste hendelsene. Hele listen: «lagmote audit --youth {id}».",
        ).format(n=SHOWN_AT_MOST, id=youth_id)

    @Slot(bool)
    def _on_reads_button_toggled(self, on: bool) -> None:
        self.model.set_reads_only(on)
        self.fit_timer.start()

    @Slot(int, int, int)
    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == AuditTableModel.COL_WHAT:
            self.fit_timer.start()
