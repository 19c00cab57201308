"""The first view of the Lagmøter page: the youth's meetings (number, date, held or planned)
to choose the one to open, and the planner for the next one.

The list never writes; it says what the user asked for through its signals.

Signals:
    open_requested(int): open this lagmøte (run it, or read what was recorded).
    delete_requested(int): delete this planned, empty lagmøte.
    plan_requested(object): plan a new lagmøte on this date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagmote.meetings import LagmoteInfo, MeetingsView
from lagmote.ui.meeting_models import ID_ROLE, MeetingListModel
from lagmote.ui.meeting_plan import MeetingPlanner
from lagmote.ui.meeting_shown import is_empty
from lagmote.ui.meeting_widgets import ThemedText
from lagmote.ui.theme import Theme

LIST_STRETCH, PLANNER_STRETCH = 3, 2


class MeetingList(QWidget):
    """Choose a lagmøte, or plan the next one."""

    open_requested = Signal(int)
    delete_requested = Signal(int)
    plan_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = ThemedText()
        self.model = MeetingListModel(self)
        self.table = QTableView(self)
        self.open_button = QPushButton(self.tr("Åpne møtet"), self)
        self.delete_button = QPushButton(self.tr("Slett det planlagte møtet"), self)
        self.empty_note = self.labels.note(
            self.tr("Ingen lagmøter ennå. Planlegg det første til høyre."), self
        )
        self.planner = MeetingPlanner(self.tr("Planlegg neste lagmøte"), self)
        self._view: MeetingsView | None = None
        self._build()
        self._connect()

    def _build(self) -> None:
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Lagmøtene"))
        self.table.verticalHeader().hide()
        # Row heights are fitted when the rows or the column widths change, not on every
        # layout pass: with years of meetings that made each switch to the page slow.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_pending = False
        self.model.modelReset.connect(self._fit_rows_later)
        header.sectionResized.connect(self._fit_rows_later)
        self.delete_button.setToolTip(
            self.tr("Bare et planlagt møte der ingenting er skrevet inn, kan slettes.")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        left = QVBoxLayout()
        left.addWidget(self.labels.heading(self.tr("Lagmøter"), self, "title"))
        left.addWidget(
            self.labels.note(
                self.tr("Velg et møte og åpne det for å gå gjennom dagsordenen."), self
            )
        )
        left.addWidget(self.empty_note)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.planner)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, LIST_STRETCH)
        layout.addLayout(right, PLANNER_STRETCH)

    def _connect(self) -> None:
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.planner.plan_requested.connect(self.plan_requested)

    # -- showing --------------------------------------------------------------------------

    def show_meetings(self, view: MeetingsView, today: date, chosen: int | None) -> None:
        """Show the meetings with ``chosen`` selected (or else the next planned, or the
        latest one)."""
        self._view = view
        self.model.set_meetings(view, today)
        self.empty_note.setVisible(not view.meetings)
        self.table.setVisible(bool(view.meetings))
        row = self.model.row_of(chosen if view.meeting(chosen) else default_choice(view, today))
        if row >= 0:
            self.table.selectRow(row)
        self.planner.show_dates(view.dates, today, planned_after_held(view))
        self._update_buttons()

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)
        self.planner.set_theme(theme)
        self.model.set_late_colour(theme.colours.warning)

    @property
    def selected(self) -> LagmoteInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._view is None:
            return None
        return self._view.meeting(rows[0].data(ID_ROLE))

    def _update_buttons(self) -> None:
        meeting = self.selected
        self.open_button.setEnabled(meeting is not None)
        self.delete_button.setEnabled(
            meeting is not None and not meeting.held and is_empty(meeting)
        )

    # -- events ---------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        lagmote_id = index.data(ID_ROLE)
        if isinstance(lagmote_id, int):
            self.open_requested.emit(lagmote_id)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        meeting = self.selected
        if meeting is not None:
            self.open_requested.emit(meeting.id)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        meeting = self.selected
        if meeting is not None:
            self.delete_requested.emit(meeting.id)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows_later()  # larger type in meeting mode: wider columns, taller rows

    @Slot()
    def _fit_rows_later(self, *_args: object) -> None:
        """Fit the rows once, after the columns have their widths."""
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._on_fit_rows)

    @Slot()
    def _on_fit_rows(self) -> None:
        self._fit_pending = False
        last = self.model.columnCount() - 1
        for column in range(last):  # the last one stretches
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()


def default_choice(view: MeetingsView, today: date) -> int | None:
    """The meeting to start from: the first planned one from today on, or else the latest."""
    upcoming = [m for m in view.planned if m.meeting_on >= today]
    if upcoming:
        return upcoming[0].id
    return view.meetings[-1].id if view.meetings else None


def planned_after_held(view: MeetingsView) -> tuple[LagmoteInfo, ...]:
    """The meetings planned after the last one held: the next lagmøte is one of these."""
    held = [m.meeting_on for m in view.meetings if m.held]
    return tuple(m for m in view.planned if not held or m.meeting_on > max(held))
