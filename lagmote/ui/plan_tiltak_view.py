"""The measures (tiltak) under one goal, as a table with a line to add one and a button to
remove the chosen one. It never writes: it asks, and the page makes the change."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagmote.plan import TiltakInfo
from lagmote.records import MemberInfo
from lagmote.standard import TILTAK_STATUSES
from lagmote.ui.plan_models import TiltakTableModel
from lagmote.ui.theme import Theme

Index = QModelIndex | QPersistentModelIndex
# The earliest date the date editor offers; choosing it means "no date" (shown in words).
NO_DATE = QDate(2000, 1, 1)


class TiltakDelegate(QStyledItemDelegate):
    """Editors in plain words: a list of the team for who is responsible, a calendar for
    the date (with "Ingen frist"), and a list of the statuses."""

    def __init__(self, model: TiltakTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == TiltakTableModel.COL_RESPONSIBLE:
            return self._combo(parent, self._model.responsible_choices())
        if column == TiltakTableModel.COL_STATUS:
            return self._combo(parent, list(TILTAK_STATUSES.items()))
        if column == TiltakTableModel.COL_DUE:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("dd.MM.yyyy")
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText(self.tr("Ingen frist"))
            return editor
        return super().createEditor(parent, option, index)

    @staticmethod
    def _combo(parent: QWidget, choices: Sequence[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox(parent)
        for value, label in choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QDateEdit):
            valid = isinstance(value, QDate) and value.isValid()
            editor.setDate(value if valid else NO_DATE)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QDateEdit):
            day = editor.date()
            model.setData(index, QDate() if day == NO_DATE else day, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class TiltakBox(QWidget):
    """The table of measures under a goal (or under no goal), with add and remove.

    Signals:
        add_requested(object, str): the goal id (None for no goal) and the new measure's text.
        delete_requested(int): the id of the measure to remove.
        edit_requested(int, object): a measure's id and the :class:`TiltakFields` it
            should have (from the model).
    """

    add_requested = Signal(object, str)
    delete_requested = Signal(int)
    edit_requested = Signal(int, object)

    def __init__(self, goal_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal_id = goal_id
        self.model = TiltakTableModel(self)
        self.view = self._table()
        self.new_text = QLineEdit(self)
        self.new_text.setPlaceholderText(self.tr("Nytt tiltak: hva skal gjøres?"))
        self.new_text.setAccessibleName(self.tr("Nytt tiltak"))
        self.add_button = QPushButton(self.tr("Legg til tiltak"), self)
        self.delete_button = QPushButton(self.tr("Slett valgt tiltak"), self)
        self.delete_button.setEnabled(False)
        self._connect()
        self._build_layout()

    def _table(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.model)
        view.setItemDelegate(TiltakDelegate(self.model, view))
        view.setAccessibleName(self.tr("Tiltak"))
        view.verticalHeader().setVisible(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Sized once per change of data or theme (_fit), not on every show: a page switch
        # must not ask every cell of every table for its size again.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TiltakTableModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        return view

    def _connect(self) -> None:
        self.model.edit_requested.connect(self.edit_requested)
        self.model.modelReset.connect(self._fit)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.new_text.returnPressed.connect(self._on_add_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.new_text, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(row)

    def set_tiltak(
        self, items: Sequence[TiltakInfo], members: Sequence[MemberInfo], today: date
    ) -> None:
        self.model.set_tiltak(items, members, today)
        self._fit()

    def set_theme(self, theme: Theme) -> None:
        self.model.set_roles_only(theme.name == "meeting")
        self.model.set_late_colour(theme.colours.warning)
        self._fit()

    def clear_new_text(self) -> None:
        self.new_text.clear()

    @Slot()
    def _fit(self) -> None:
        """Columns as wide as their contents (the text takes the rest), and the table tall
        enough for every row, so the page scrolls rather than the table."""
        for column in range(1, TiltakTableModel.COLUMN_COUNT):
            self.view.resizeColumnToContents(column)
        rows = max(1, self.model.rowCount())
        row_height = self.view.verticalHeader().defaultSectionSize()
        header = self.view.horizontalHeader().sizeHint().height()
        frame = 2 * self.view.frameWidth()
        self.view.setFixedHeight(header + rows * row_height + frame)

    @Slot()
    def _on_view_selection_changed(self) -> None:
        self.delete_button.setEnabled(self.view.selectionModel().hasSelection())

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_requested.emit(self.goal_id, self.new_text.text())

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        info = self.model.tiltak_at(rows[0].row()) if rows else None
        if info is not None:
            self.delete_requested.emit(info.id)
