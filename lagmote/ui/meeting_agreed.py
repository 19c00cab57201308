"""Who does what by when, and what the team agreed: the action items and the decisions of one
lagmøte, with rows to add them.

An existing item or decision is changed in the same form as a new one: "Endre" (or a double
click, or Enter, on its row) fills the form with it, and "Lagre endringen" or "Avbryt" ends
that. In meeting mode an owner is named by role only (the youth and the parents by name). The
step never writes.

Signals:
    action_add_requested(object): the :class:`~lagmote.meetings.ActionFields` of a new item.
    action_done_requested(int, bool): mark an item done today (True) or not done (False).
    action_delete_requested(int): delete an item.
    action_edit_requested(int, object): an item's id and its edited
        :class:`~lagmote.meetings.ActionFields`.
    decision_add_requested(str): a new decision's text.
    decision_delete_requested(int): delete a decision.
    decision_edit_requested(int, str): a decision's id and its new text.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelection, QModelIndex, QSignalBlocker, Signal, Slot
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
    action_edit_requested = Signal(int, object)
    decision_edit_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = ThemedText()
        self.actions_model = ActionTableModel(self)
        self.actions_table = FittedTable(self)
        self.done_button = QPushButton(self.tr("Merk som gjort"), self)
        self.delete_action_button = QPushButton(self.tr("Slett oppgaven"), self)
        self.edit_action_button = QPushButton(self.tr("Endre oppgaven"), self)
        self.action_text = QLineEdit(self)
        self.owner = QComboBox(self)
        self.due = QDateEdit(self)
        self.add_action_button = QPushButton(self.tr("Legg til oppgave"), self)
        self.save_action_button = QPushButton(self.tr("Lagre endringen"), self)
        self.cancel_action_button = QPushButton(self.tr("Avbryt"), self)
        self.decisions_model = DecisionListModel(self)
        self.decisions_table = FittedTable(self)
        self.decision_text = QLineEdit(self)
        self.add_decision_button = QPushButton(self.tr("Legg til vedtak"), self)
        self.delete_decision_button = QPushButton(self.tr("Slett vedtaket"), self)
        self.edit_decision_button = QPushButton(self.tr("Endre vedtaket"), self)
        self.save_decision_button = QPushButton(self.tr("Lagre endringen"), self)
        self.cancel_decision_button = QPushButton(self.tr("Avbryt"), self)
        self._items: dict[int, ActionItemInfo] = {}
        self._decisions: dict[int, str] = {}
        self._editing_action: int | None = None
        self._editing_decision: int | None = None
        self._edited_due: tuple[date, date | None] | None = None  # (shown, as it was)
        self._default_due = date.today()
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
        layout.addLayout(_row(self.edit_action_button, self.done_button, self.delete_action_button))
        layout.addLayout(self._action_form())
        layout.addSpacing(16)
        layout.addWidget(self.labels.heading(self.tr("Vedtak: dette ble laget enige om"), self))
        self.decisions_table.setModel(self.decisions_model)
        self.decisions_table.stretch_column(0)
        self.decisions_table.horizontalHeader().hide()
        self.decisions_table.setAccessibleName(self.tr("Vedtak fra lagmøtet"))
        layout.addWidget(self.decisions_table)
        layout.addLayout(_row(self.edit_decision_button, self.delete_decision_button))
        self.decision_text.setPlaceholderText(self.tr("Det laget ble enige om"))
        self.decision_text.setAccessibleName(self.tr("Nytt vedtak"))
        add = QHBoxLayout()
        add.addWidget(self.decision_text, 1)
        for button in (self.add_decision_button, self.save_decision_button,
                       self.cancel_decision_button):  # fmt: skip
            add.addWidget(button)
        layout.addLayout(add)
        self._show_edit_buttons()
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
        grid.addLayout(
            _row(self.add_action_button, self.save_action_button, self.cancel_action_button), 1, 3
        )
        grid.setColumnStretch(0, 1)
        return grid

    def _connect(self) -> None:
        self.add_action_button.clicked.connect(self._on_add_action_button_clicked)
        self.action_text.returnPressed.connect(self._on_action_text_return_pressed)
        self.edit_action_button.clicked.connect(self._on_edit_action_button_clicked)
        self.actions_table.activated.connect(self._on_edit_action_button_clicked)
        self.save_action_button.clicked.connect(self._on_save_action_button_clicked)
        self.cancel_action_button.clicked.connect(self.end_action_edit)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.delete_action_button.clicked.connect(self._on_delete_action_button_clicked)
        self.add_decision_button.clicked.connect(self._on_add_decision_button_clicked)
        self.decision_text.returnPressed.connect(self._on_decision_text_return_pressed)
        self.edit_decision_button.clicked.connect(self._on_edit_decision_button_clicked)
        self.decisions_table.activated.connect(self._on_edit_decision_button_clicked)
        self.save_decision_button.clicked.connect(self._on_save_decision_button_clicked)
        self.cancel_decision_button.clicked.connect(self.end_decision_edit)
        self.delete_decision_button.clicked.connect(self._on_delete_decision_button_clicked)
        for table in (self.actions_table, self.decisions_table):
            table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # -- showing --------------------------------------------------------------------------

    def show_meeting(self, shown: Showing) -> None:
        meeting = shown.meeting
        new_meeting = meeting.id != self._meeting_id
        self._meeting_id = meeting.id
        self._items = {a.id: a for a in meeting.action_items}
        self._decisions = {d.id: d.text for d in meeting.decisions}
        self._default_due = max(shown.today, meeting.meeting_on) + timedelta(DEFAULT_DUE_DAYS)
        chosen = None if new_meeting else self._selected_action()
        self.actions_model.set_items(meeting.action_items, shown.owner, shown.today)
        self._reselect(chosen.id if chosen else None)
        self.decisions_model.set_rows(meeting.decisions)
        self._fill_owners(shown)
        if new_meeting:  # a row half filled in for another meeting starts over
            self.end_action_edit()
            self.end_decision_edit()
            self.decision_text.clear()
        else:  # an item or decision being changed may be gone (deleted, or its adding undone)
            if self._editing_action is not None and self._editing_action not in self._items:
                self.end_action_edit()
            if self._editing_decision not in (None, *self._decisions):
                self.end_decision_edit()
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

    def end_action_edit(self) -> None:
        """Leave changing an item (if one is being changed): the form is for a new one."""
        self._editing_action, self._edited_due = None, None
        self.action_text.clear()
        self.owner.setCurrentIndex(0)
        self.due.setDate(as_qdate(self._default_due))
        self._show_edit_buttons()

    def end_decision_edit(self) -> None:
        if self._editing_decision is not None:
            self._editing_decision = None
            self.decision_text.clear()
        self._show_edit_buttons()

    @property
    def editing_action(self) -> int | None:
        """The id of the item being changed in the form, or None for a new one."""
        return self._editing_action

    @property
    def editing_decision(self) -> int | None:
        return self._editing_decision

    def _edit_action(self, item: ActionItemInfo) -> None:
        self._editing_action = item.id
        self.action_text.setText(item.text)
        index = self.owner.findData(item.owner_id)
        if index < 0 and item.owner_id is not None:  # no longer active: still the owner
            row = next(r for r in range(self.actions_model.rowCount())
                       if self.actions_model.index(r, 0).data(ID_ROLE) == item.id)  # fmt: skip
            label = self.actions_model.index(row, ActionTableModel.COL_OWNER).data()
            self.owner.addItem(str(label), item.owner_id)
            index = self.owner.count() - 1
        self.owner.setCurrentIndex(max(0, index))
        shown = item.due_on or self._default_due
        self.due.setDate(as_qdate(shown))
        self._edited_due = (shown, item.due_on)
        self._show_edit_buttons()
        self.action_text.setFocus()
        self.action_text.selectAll()

    def _action_fields(self) -> ActionFields:
        owner = self.owner.currentData()
        due: date | None = as_date(self.due.date())
        if self._edited_due is not None and due == self._edited_due[0]:
            due = self._edited_due[1]  # an item without a date keeps none unless one is set
        return ActionFields(self.action_text.text(), owner if isinstance(owner, int) else None, due)

    def _show_edit_buttons(self) -> None:
        action, decision = self._editing_action is not None, self._editing_decision is not None
        self.add_action_button.setVisible(not action)
        self.save_action_button.setVisible(action)
        self.cancel_action_button.setVisible(action)
        self.action_text.setAccessibleName(
            self.tr("Oppgaven som endres") if action else self.tr("Ny oppgave")
        )
        self.add_decision_button.setVisible(not decision)
        self.save_decision_button.setVisible(decision)
        self.cancel_decision_button.setVisible(decision)
        self.decision_text.setAccessibleName(
            self.tr("Vedtaket som endres") if decision else self.tr("Nytt vedtak")
        )

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
        self.edit_action_button.setEnabled(item is not None)
        done = item is not None and item.done_on is not None
        self.done_button.setText(
            self.tr("Ikke gjort likevel") if done else self.tr("Merk som gjort")
        )
        self.delete_decision_button.setEnabled(self._selected_decision() is not None)
        self.edit_decision_button.setEnabled(self._selected_decision() is not None)

    # -- events ---------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    @Slot()
    def _on_add_action_button_clicked(self) -> None:
        self.action_add_requested.emit(self._action_fields())

    @Slot()
    def _on_action_text_return_pressed(self) -> None:
        if self._editing_action is None:
            self._on_add_action_button_clicked()
        else:
            self._on_save_action_button_clicked()

    @Slot()
    @Slot(QModelIndex)
    def _on_edit_action_button_clicked(self, *_args: object) -> None:
        item = self._selected_action()
        if item is not None:
            self._edit_action(item)

    @Slot()
    def _on_save_action_button_clicked(self) -> None:
        if self._editing_action is not None:
            self.action_edit_requested.emit(self._editing_action, self._action_fields())

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
    def _on_decision_text_return_pressed(self) -> None:
        if self._editing_decision is None:
            self._on_add_decision_button_clicked()
        else:
            self._on_save_decision_button_clicked()

    @Slot()
    @Slot(QModelIndex)
    def _on_edit_decision_button_clicked(self, *_args: object) -> None:
        decision = self._selected_decision()
        if decision is not None and decision in self._decisions:
            self._editing_decision = decision
            self.decision_text.setText(self._decisions[decision])
            self._show_edit_buttons()
            self.decision_text.setFocus()
            self.decision_text.selectAll()

    @Slot()
    def _on_save_decision_button_clicked(self) -> None:
        if self._editing_decision is not None:
            self.decision_edit_requested.emit(self._editing_decision, self.decision_text.text())

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
