"""Planning the next lagmøte: the date the standard allows (§7: at most six weeks after the
last one held, the first at most a week after oppstartsmøtet), why, and a warning in words
when the date chosen is later than that.

The planner never writes: "Planlegg lagmøte" emits ``plan_requested`` with the date chosen.

Signals:
    plan_requested(object): the date (a :class:`datetime.date`) to plan a lagmøte on.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagmote.dates import format_date
from lagmote.meetings import LagmoteInfo, Proposal, date_warning, propose_next
from lagmote.steps import CaseDates
from lagmote.ui.meeting_shown import LATE_SYMBOL
from lagmote.ui.meeting_widgets import ThemedText
from lagmote.ui.theme import NORMAL, Theme


def as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def as_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class MeetingPlanner(QFrame):
    """The proposal, a date field set to it, the warning for the date chosen, and the button
    that plans the meeting."""

    plan_requested = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingPlanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.labels = ThemedText()
        self.title = self.labels.heading(title, self)
        self.proposal_label = _plain_label(self)
        self.planned_label = _plain_label(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Dato for lagmøtet"))
        self.warning_label = _plain_label(self)
        self.warning_label.setObjectName("meetingWarning")
        self.plan_button = QPushButton(self.tr("Planlegg lagmøte"), self)
        self._dates = CaseDates()
        self._proposal: Proposal | None = None
        self._shown_for: tuple[object, ...] = ()
        self._build()
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.plan_button.clicked.connect(self._on_plan_button_clicked)
        self.set_theme(NORMAL)

    def _build(self) -> None:
        row = QHBoxLayout()
        label = QLabel(self.tr("Dato:"), self)
        label.setBuddy(self.date_edit)
        row.addWidget(label)
        row.addWidget(self.date_edit)
        row.addWidget(self.plan_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.proposal_label)
        layout.addLayout(row)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.planned_label)

    # -- showing --------------------------------------------------------------------------

    def show_dates(
        self, dates: CaseDates, today: date, planned: tuple[LagmoteInfo, ...] = ()
    ) -> None:
        """Propose the next date from ``dates``; ``planned`` are the meetings already
        planned after the last one held. The date field is set to the proposal only when
        the proposal has changed, so a date being chosen is kept."""
        self._dates = dates
        self._proposal = proposal = propose_next(dates, today)
        if proposal is None:
            self.proposal_label.setText(
                self.tr(
                    "Ingen dato å foreslå: oppstartsmøtet er ikke holdt, eller oppfølgingen er"
                    " avsluttet."
                )
            )
        else:
            self.proposal_label.setText(
                self.tr("Forslag: {date}. {reason}").format(
                    date=format_date(proposal.on), reason=proposal.reason
                )
            )
        key = (dates, proposal)
        if key != self._shown_for:
            self._shown_for = key
            with QSignalBlocker(self.date_edit):
                self.date_edit.setDate(as_qdate(proposal.on if proposal else today))
        self._show_planned(planned)
        self._update_warning()

    def _show_planned(self, planned: tuple[LagmoteInfo, ...]) -> None:
        if not planned:
            self.planned_label.hide()
            return
        days = ", ".join(format_date(m.meeting_on) for m in planned)
        self.planned_label.setText(
            self.tr("Allerede planlagt: {dates}. Du kan åpne det og endre datoen i stedet.").format(
                dates=days
            )
        )
        self.planned_label.show()

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)
        c = theme.colours
        self.setStyleSheet(
            f"QFrame#meetingPlanner {{ background: {c.surface}; border: {theme.line_width}px"
            f" solid {c.muted_text}; border-radius: 6px; }}"
            f" QLabel#meetingWarning {{ background: {c.warning}; color: {c.text};"
            f" padding: {theme.spacing // 2}px; }}"
        )

    @property
    def chosen(self) -> date:
        return as_date(self.date_edit.date())

    @property
    def warning(self) -> str:
        """The warning shown for the date chosen ("" when it is within the deadline)."""
        return self.warning_label.text() if not self.warning_label.isHidden() else ""

    def _update_warning(self) -> None:
        text = date_warning(self.chosen, self._dates)
        self.warning_label.setText(f"{LATE_SYMBOL} {text}" if text else "")
        self.warning_label.setVisible(bool(text))

    # -- events ---------------------------------------------------------------------------

    @Slot(QDate)
    def _on_date_edit_date_changed(self, _value: QDate) -> None:
        self._update_warning()

    @Slot()
    def _on_plan_button_clicked(self) -> None:
        self.plan_requested.emit(self.chosen)


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
