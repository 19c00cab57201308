"""Read-only tables for the team page, as tall as their rows: the page scrolls as a whole,
so no table needs a scroll bar of its own and no row hides below its edge."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

# A table with no rows keeps room for one: the words "nobody yet" sit in a label above it.
MIN_ROWS = 1


class FittedTable(QTableView):
    """A table that selects whole rows, edits nothing, and is exactly as tall as its rows
    (refitted when rows come or go, or when the font changes)."""

    def __init__(self, model: QAbstractItemModel, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._fit_pending = False
        self.setModel(model)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        # Rows are fitted by fit() when rows, widths or the font change; fitting them on
        # every layout pass made each switch to the page slow.
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.fit)
        header.sectionResized.connect(self._on_header_section_resized)
        self.fit()

    def set_modes(self, stretch: Iterable[int]) -> None:
        """Columns fit their contents; those in ``stretch`` share what is left."""
        header = self.horizontalHeader()
        wide = set(stretch)
        for column in range(header.count()):
            mode = QHeaderView.ResizeMode.Stretch if column in wide else _FIT
            header.setSectionResizeMode(column, mode)
        self.fit()

    def fit(self, *_args: object) -> None:
        self._fit_columns()
        self.resizeRowsToContents()
        rows = self.model().rowCount()
        body = self.verticalHeader().length()
        if rows < MIN_ROWS:
            body = self.fontMetrics().lineSpacing() + 2 * self.fontMetrics().descent()
        header = self.horizontalHeader().sizeHint().height()
        frame = 2 * self.frameWidth()
        self.setFixedHeight(header + body + frame + 2)

    def _fit_columns(self) -> None:
        header = self.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                self.resizeColumnToContents(column)

    def set_wrapping(self, wrap: bool) -> None:
        """Long texts wrap onto more lines (the row grows) instead of being cut."""
        self.setWordWrap(wrap)
        self.setTextElideMode(Qt.TextElideMode.ElideNone if wrap else Qt.TextElideMode.ElideRight)
        self.fit()

    @Slot(int, int, int)
    def _on_header_section_resized(self, _section: int, old: int, new: int) -> None:
        """A column wider or narrower wraps its texts onto fewer or more lines."""
        if self.wordWrap() and old != new:
            self._fit_later()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.wordWrap() and event.size().width() != event.oldSize().width():
            self._fit_later()

    def _fit_later(self) -> None:
        """Fit once the header has given the columns their new widths (it does so after
        this resize), and once for many resizes in a row."""
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._on_fit_later)

    @Slot()
    def _on_fit_later(self) -> None:
        self._fit_pending = False
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()

    def selected_row(self) -> int:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        """Select ``row`` (-1: nothing) without scrolling the page."""
        if row < 0:
            self.clearSelection()
            return
        self.selectRow(row)

    def data_at(self, row: int, role: int) -> object:
        return self.model().index(row, 0, QModelIndex()).data(role)


# Fitted columns are sized by fit() when rows or the font change, not on every layout pass.
_FIT = QHeaderView.ResizeMode.Interactive
