"""Who does what by when, and what the team agreed: the action items and the decisions of one
lagmøte, with rows to add them.

In meeting mode an owner is named by role only (the youth and the parents by name). The step
never writes.

Signals:
    action_add_requested(object): the :class:`~lagmote.meetings.ActionFields` of a new item.
    action_done_requested(int, bool): mark an item done today (True) or not done (False).
    action_delete_requested(int): delete an item.
    decision_add_requested(str): a new decision's text.
    decision_delete_requested(int): delete a decision.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QItemSelection, QSignalBlocker, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagmote.meetings import ActionFields
from lagmote.team import ActionItemInfo
from lagmote.ui.meeting_models import ID_ROLE, ActionTableModel, DecisionListModel
from lagmote.ui.meeting_plan import as_date, as_qdate
from lagmote.ui.meeting_shown import Showing, person_label
from lagmote.ui.meeting_widgets import FittedTable, ThemedText
from lagmote.ui.theme import Theme

DEFAULT_DUE_DAYS = 14


class AgreedStep(QWidget):
    """The action items and the decisions of the meeting."""

    action_add_requested = Signal(object)
    action_done_requested = Signal(int, bool)
    action_delete_requested = Signal(int)
    decision_add_requested = Signal(str)
    decision_delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = ThemedText()
        self.actions_model = ActionTableModel(self)
        self.actions_table = FittedTable(self)
        self.done_button = QPushButton(self.tr("Merk som gjort"), self)
        self.delete_action_button = QPushButton(self.tr("Slett oppgaven"), self)
        self.action_text = QLineEdit(self)
        self.owner = QComboBox(self)
        self.due = QDateEdit(self)
        self.add_action_button = QPushButton(self.tr("Legg til oppgave"), self)
        self.decisions_model = DecisionListModel(self)
        self.decisions_table = FittedTable(self)
        self.decision_text = QLineEdit(self)
        self.add_decision_button = QPushButton(self.tr("Legg til vedtak"), self)
        self.delete_decision_button = QPushButton(self.tr("Slett vedtaket"), self)
        self._items: dict[int, ActionItemInfo] = {}
        self._owners: tuple[tuple[int, str], ...] = ()
        self._meeting_id: int | None = None
        self._build()
        self._connect()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.labels.heading(self.tr("Oppgaver"), self))
        self.actions_table.setModel(self.actions_model)
        self.actions_table.stretch_column(ActionTableModel.COL_TEXT)
        self.actions_table.setAccessibleName(self.tr("Oppgaver fra lagmøtet"))
        layout.addWidget(self.actions_table)
        layout.addLayout(_row(self.done_button, self.delete_action_button))
        layout.addLayout(self._action_form())
        layout.addSpacing(16)
        layout.addWidget(self.labels.heading(self.tr("Vedtak: dette ble laget enige om"), self))
        self.decisions_table.setModel(self.decisions_model)
        self.decisions_table.stretch_column(0)
        self.decisions_table.horizontalHeader().hide()
        self.decisions_table.setAccessibleName(self.tr("Vedtak fra lagmøtet"))
        layout.addWidget(self.decisions_table)
        layout.addLayout(_row(self.delete_decision_button))
        self.decision_text.setPlaceholderText(self.tr("Det laget ble enige om"))
        self.decision_text.setAccessibleName(self.tr("Nytt vedtak"))
        add = QHBoxLayout()
        add.addWidget(self.decision_text, 1)
        add.addWidget(self.add_decision_button)
        layout.addLayout(add)
        layout.addStretch(1)

    def _action_form(self) -> QGridLayout:
        self.action_text.setPlaceholderText(self.tr("Hva skal gjøres?"))
        self.action_text.setAccessibleName(self.tr("Ny oppgave"))
        self.owner.setAccessibleName(self.tr("Hvem gjør det"))
        self.due.setDisplayFormat("dd.MM.yyyy")
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Innen"))
        grid = QGridLayout()
        for column, (text, widget) in enumerate(
            ((self.tr("Hva:"), self.action_text), (self.tr("Hvem:"), self.owner),
             (self.tr("Innen:"), self.due))
        ):  # fmt: skip
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.add_action_button, 1, 3)
        grid.setColumnStretch(0, 1)
        return grid

    def _connect(self) -> None:
        self.add_action_button.clicked.connect(self._on_add_action_button_clicked)
        self.action_text.returnPressed.connect(self._on_add_action_button_clicked)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.delete_action_button.clicked.connect(self._on_delete_action_button_clicked)
        self.add_decision_button.clicked.connect(self._on_add_decision_button_clicked)
        self.decision_text.returnPressed.connect(self._on_add_decision_button_clicked)
        self.delete_decision_button.clicked.connect(self._on_delete_decision_button_clicked)
        for table in (self.actions_table, self.decisions_table):
            table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # -- showing --------------------------------------------------------------------------

    def show_meeting(self, shown: Showing) -> None:
        meeting = shown.meeting
        new_meeting = meeting.id != self._meeting_id
        self._meeting_id = meeting.id
        self._items = {a.id: a for a in meeting.action_items}
        chosen = None if new_meeting else self._selected_action()
        self.actions_model.set_items(meeting.action_items, shown.owner, shown.today)
        self._reselect(chosen.id if chosen else None)
        self.decisions_model.set_rows(meeting.decisions)
        self._fill_owners(shown)
        if new_meeting:  # a row half filled in for another meeting starts over
            self.action_text.clear()
            self.decision_text.clear()
            self.owner.setCurrentIndex(0)
            due = max(shown.today, meeting.meeting_on) + timedelta(DEFAULT_DUE_DAYS)
            self.due.setDate(as_qdate(due))
        self._update_buttons()

    def _fill_owners(self, shown: Showing) -> None:
        members = [m for m in shown.view.members if m.active]
        owners = tuple((m.id, person_label(m.name, m.role, shown.meeting_mode)) for m in members)
        if owners == self._owners:
            return
        self._owners = owners
        chosen = self.owner.currentData()
        with QSignalBlocker(self.owner):
            self.owner.clear()
            self.owner.addItem(self.tr("Velg hvem"), None)
            for member_id, label in owners:
                self.owner.addItem(label, member_id)
            self.owner.setCurrentIndex(max(0, self.owner.findData(chosen)))

    def _reselect(self, action_id: int | None) -> None:
        model = self.actions_model
        rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == action_id]
        if rows:
            self.actions_table.selectRow(rows[0])

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)
        self.actions_model.set_late_colour(theme.colours.warning)

    def clear_action(self) -> None:
        self.action_text.clear()

    def clear_decision(self) -> None:
        self.decision_text.clear()

    def _selected_action(self) -> ActionItemInfo | None:
        rows = self.actions_table.selectionModel().selectedRows()
        return self._items.get(rows[0].data(ID_ROLE)) if rows else None

    def _selected_decision(self) -> int | None:
        rows = self.decisions_table.selectionModel().selectedRows()
        value = rows[0].data(ID_ROLE) if rows else None
        return value if isinstance(value, int) else None

    def _update_buttons(self) -> None:
        item = self._selected_action()
        self.done_button.setEnabled(item is not None)
        self.delete_action_button.setEnabled(item is not None)
        done = item is not None and item.done_on is not None
        self.done_button.setText(
            self.tr("Ikke gjort likevel") if done else self.tr("Merk som gjort")
        )
        self.delete_decision_button.setEnabled(self._selected_decision() is not None)

    # -- events ---------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    @Slot()
    def _on_add_action_button_clicked(self) -> None:
        owner = self.owner.currentData()
        fields = ActionFields(
            self.action_text.text(),
            owner if isinstance(owner, int) else None,
            as_date(self.due.date()),
        )
        self.action_add_requested.emit(fields)

    @Slot()
    def _on_done_button_clicked(self) -> None:
        item = self._selected_action()
        if item is not None:
            self.action_done_requested.emit(item.id, item.done_on is None)

    @Slot()
    def _on_delete_action_button_clicked(self) -> None:
        item = self._selected_action()
        if item is not None:
            self.action_delete_requested.emit(item.id)

    @Slot()
    def _on_add_decision_button_clicked(self) -> None:
        self.decision_add_requested.emit(self.decision_text.text())

    @Slot()
    def _on_delete_decision_button_clicked(self) -> None:
        decision = self._selected_decision()
        if decision is not None:
            self.decision_delete_requested.emit(decision)


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
