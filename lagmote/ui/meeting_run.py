"""Running one lagmøte as a guided sequence: the steps of the agenda on the left, the current
step large on the right, "Forrige" and "Neste" below (or Ctrl+PgUp/PgDown, Alt+←/→), and
"Avslutt møtet" when it is over.

The run view never writes: every request of its steps is passed on through its own signals,
which the page turns into undoable changes.

Signals:
    back_requested(): back to the list of meetings.
    date_requested(object): move the meeting to this date.
    held_requested(bool): the meeting is over (True), or open again (False).
    step_changed(int): the step shown now (0..8).
    text_committed(str, str), note_committed(str, str), rating_requested(int, int),
    reveal_requested(int), plan_requested(object), member_toggled(int, bool),
    guest_requested(str, str), guest_remove_requested(int), action_add_requested(object),
    action_done_requested(int, bool), action_delete_requested(int),
    decision_add_requested(str), decision_delete_requested(int): as the steps say.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lagmote.meetings import date_warning
from lagmote.ui.meeting_agreed import AgreedStep
from lagmote.ui.meeting_goals import GoalsStep
from lagmote.ui.meeting_models import STEPS, StepListModel
from lagmote.ui.meeting_plan import as_date, as_qdate
from lagmote.ui.meeting_shown import LATE_SYMBOL, Showing, meeting_title, status_text
from lagmote.ui.meeting_since import SinceStep
from lagmote.ui.meeting_steps import CoordinationStep, NextStep, NoteStep, WorksStep, YouthStep
from lagmote.ui.meeting_widgets import NoteField, ThemedText
from lagmote.ui.plan_fields import plain_label
from lagmote.ui.theme import NORMAL, Theme

NEXT_KEYS = ("Ctrl+PgDown", "Alt+Right")
PREVIOUS_KEYS = ("Ctrl+PgUp", "Alt+Left")
ENSURE_MARGIN = 24

Step = (
    SinceStep
    | YouthStep
    | GoalsStep
    | WorksStep
    | NoteStep
    | AgreedStep
    | CoordinationStep
    | NextStep
)


class MeetingRun(QWidget):
    """One lagmøte, step by step."""

    back_requested = Signal()
    date_requested = Signal(object)
    held_requested = Signal(bool)
    step_changed = Signal(int)
    text_committed = Signal(str, str)
    note_committed = Signal(str, str)
    rating_requested = Signal(int, int)
    reveal_requested = Signal(int)
    plan_requested = Signal(object)
    member_toggled = Signal(int, bool)
    guest_requested = Signal(str, str)
    guest_remove_requested = Signal(int)
    action_add_requested = Signal(object)
    action_done_requested = Signal(int, bool)
    action_delete_requested = Signal(int)
    decision_add_requested = Signal(str)
    decision_delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = ThemedText()
        self.back_button = QPushButton(self.tr("← Alle lagmøter"), self)
        self.title = self.labels.heading("", self, "title")
        self.status = plain_label(self)
        self.date_edit = QDateEdit(self)
        self.date_warning = plain_label(self)
        self.date_warning.setObjectName("meetingWarning")
        self.step_model = StepListModel(self)
        self.step_list = QListView(self)
        self.step_title = self.labels.heading("", self, "title")
        self.step_prompt = self.labels.heading("", self)
        self.stack = QStackedWidget(self)
        self.since = SinceStep(self)
        self.youth = YouthStep(self)
        self.goals = GoalsStep(self)
        self.works = WorksStep(self)
        self.roles = NoteStep("roller", self)
        self.agreed = AgreedStep(self)
        self.family = NoteStep("familien", self)
        self.coordination = CoordinationStep(self)
        self.next = NextStep(self)
        self.steps: tuple[Step, ...] = (
            self.since, self.youth, self.goals, self.works, self.roles, self.agreed,
            self.family, self.coordination, self.next,
        )  # fmt: skip
        self.previous_button = QPushButton(self.tr("◀ Forrige"), self)
        self.next_button = QPushButton(self.tr("Neste ▶"), self)
        self.position = plain_label(self)
        self.finish_button = QPushButton(self.tr("Avslutt møtet"), self)
        self._shown: Showing | None = None
        self._theme = NORMAL
        self._build()
        self._connect()
        self.go_to(0)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._header())
        layout.addWidget(self.date_warning)
        body = QHBoxLayout()
        body.addWidget(self.step_list)
        current = QVBoxLayout()
        current.addWidget(self.step_title)
        current.addWidget(self.step_prompt)
        current.addWidget(self.stack, 1)
        body.addLayout(current, 1)
        layout.addLayout(body, 1)
        layout.addLayout(self._navigation())
        for step in self.steps:
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(step)
            self.stack.addWidget(scroll)

    def _header(self) -> QHBoxLayout:
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Dato for lagmøtet"))
        date_label = QLabel(self.tr("Dato:"), self)
        date_label.setBuddy(self.date_edit)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.title, 1)
        row.addWidget(self.status)
        row.addSpacing(16)
        row.addWidget(date_label)
        row.addWidget(self.date_edit)
        return row

    def _navigation(self) -> QHBoxLayout:
        hint = self.tr("Neste: Ctrl+PgDown eller Alt+→. Forrige: Ctrl+PgUp eller Alt+←.")
        self.previous_button.setToolTip(hint)
        self.next_button.setToolTip(hint)
        self.step_list.setModel(self.step_model)
        self.step_list.setAccessibleName(self.tr("Dagsorden"))
        self.step_list.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.position)
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(self.finish_button)
        return row

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.date_edit.editingFinished.connect(self._on_date_edit_editing_finished)
        self.step_list.selectionModel().currentChanged.connect(self._on_step_list_current_changed)
        for keys, slot in ((NEXT_KEYS, self.go_next), (PREVIOUS_KEYS, self.go_previous)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self._connect_steps()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    def _connect_steps(self) -> None:
        for step in (self.since, self.goals, self.works, self.roles, self.family, self.next):
            step.note_committed.connect(self.note_committed)
        self.coordination.note_committed.connect(self.note_committed)
        self.coordination.text_committed.connect(self.text_committed)
        self.youth.text_committed.connect(self.text_committed)
        self.goals.rating_requested.connect(self.rating_requested)
        self.goals.reveal_requested.connect(self.reveal_requested)
        self.goals.date_requested.connect(self.date_requested)
        self.next.planner.plan_requested.connect(self.plan_requested)
        a = self.since.attendees
        a.member_toggled.connect(self.member_toggled)
        a.guest_requested.connect(self.guest_requested)
        a.guest_remove_requested.connect(self.guest_remove_requested)
        g = self.agreed
        g.action_add_requested.connect(self.action_add_requested)
        g.action_done_requested.connect(self.action_done_requested)
        g.action_delete_requested.connect(self.action_delete_requested)
        g.decision_add_requested.connect(self.decision_add_requested)
        g.decision_delete_requested.connect(self.decision_delete_requested)

    # -- showing --------------------------------------------------------------------------

    def show_meeting(self, shown: Showing) -> None:
        self._shown = shown
        meeting = shown.meeting
        self.title.setText(meeting_title(shown.view, meeting))
        self.title.setAccessibleName(self.title.text())
        self.status.setText(status_text(meeting, shown.today))
        if not self.date_edit.hasFocus():
            with QSignalBlocker(self.date_edit):
                self.date_edit.setDate(as_qdate(meeting.meeting_on))
        warning = None if meeting.held else date_warning(meeting.meeting_on, shown.view.dates)
        self.date_warning.setText(f"{LATE_SYMBOL} {warning}" if warning else "")
        self.date_warning.setVisible(bool(warning))
        self.finish_button.setText(
            self.tr("Åpne møtet igjen") if meeting.held else self.tr("Avslutt møtet")
        )
        for step in self.steps:
            step.show_meeting(shown)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.labels.set_theme(theme)
        c = theme.colours
        self.date_warning.setStyleSheet(
            f"background: {c.warning}; color: {c.text}; padding: {theme.spacing // 2}px;"
        )
        # Measured in the theme's size now: the application font reaches widgets later.
        font = QFont(self.step_list.font())
        font.setPointSizeF(theme.base_point_size)
        metrics = QFontMetrics(font)
        width = max(metrics.horizontalAdvance(f"{n}. {s.title}") for n, s in enumerate(STEPS, 1))
        self.step_list.setFixedWidth(width + 4 * theme.spacing + 2 * theme.focus_width)
        self.step_list.setSpacing(theme.spacing // 2)
        for step in self.steps:
            step.set_theme(theme)

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    @property
    def shown(self) -> Showing | None:
        return self._shown

    def fields(self) -> list[NoteField]:
        """Every text field of the meeting, shown or not."""
        return [
            self.since.note, self.youth.words, self.goals.note, self.works.note,
            self.roles.note, self.family.note, self.coordination.note, self.coordination.notes,
            self.next.note,
        ]  # fmt: skip

    # -- moving between steps ------------------------------------------------------------

    def go_to(self, step: int) -> None:
        step = max(0, min(step, len(STEPS) - 1))
        for field in self.fields():
            field.text.flush()
        self.stack.setCurrentIndex(step)
        item = STEPS[step]
        self.step_title.setText(item.title)
        self.step_title.setAccessibleName(item.title)
        self.step_prompt.setText(item.prompt)
        self.position.setText(self.tr("Steg {n} av {total}").format(n=step + 1, total=len(STEPS)))
        self.previous_button.setEnabled(step > 0)
        self.next_button.setEnabled(step < len(STEPS) - 1)
        index = self.step_model.index(step, 0)
        if self.step_list.currentIndex() != index:
            with QSignalBlocker(self.step_list.selectionModel()):
                self.step_list.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            self.step_list.viewport().update()
        self.step_changed.emit(step)

    @Slot()
    def go_next(self) -> None:
        self.go_to(self.step + 1)

    @Slot()
    def go_previous(self) -> None:
        self.go_to(self.step - 1)

    # -- events ---------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_step_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() != self.step:
            self.go_to(current.row())

    @Slot(QWidget, QWidget)
    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Tab to a field or a ladder below the fold scrolls it into view."""
        scroll = self.stack.currentWidget()
        if new is not None and isinstance(scroll, QScrollArea) and scroll.isAncestorOf(new):
            scroll.ensureWidgetVisible(new, 0, ENSURE_MARGIN)

    @Slot()
    def _on_finish_button_clicked(self) -> None:
        if self._shown is not None:
            self.held_requested.emit(not self._shown.meeting.held)

    @Slot()
    def _on_date_edit_editing_finished(self) -> None:
        picked: date = as_date(self.date_edit.date())
        if self._shown is not None and picked != self._shown.meeting.meeting_on:
            self.date_requested.emit(picked)
