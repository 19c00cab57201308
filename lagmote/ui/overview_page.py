"""The overview page: the steps and their deadlines, and the team with its roles."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagmote.dates import days_between_words, format_date
from lagmote.records import LateAction, YouthOverview
from lagmote.standard import LAGMOTE_INTERVAL_DAYS
from lagmote.steps import StepState, StepStatus, lagmote_gaps, step_timeline
from lagmote.ui.models import TeamTableModel
from lagmote.ui.theme import Theme, state_style
from lagmote.widgets.step_timeline import StepTimeline

# Late first, then what is coming, then what is done: what the team must act on leads.
_STATE_ORDER = {
    StepState.OVERDUE: 0,
    StepState.DUE: 1,
    StepState.DONE_LATE: 2,
    StepState.WAITING: 3,
    StepState.DONE: 4,
    StepState.NOT_NEEDED: 5,
}


_FIT = QHeaderView.ResizeMode.ResizeToContents
# Role, name and phone always show whole; the organisation gets what is left, elided.
_COLUMN_MODES = {TeamTableModel.COL_ORGANISATION: QHeaderView.ResizeMode.Stretch}
# The overview shows who to call; e-mail and the full details belong on the team page.
_OVERVIEW_HIDDEN = (TeamTableModel.COL_EMAIL,)


_SETTLED = (StepState.DONE, StepState.NOT_NEEDED)


class OverviewPage(QWidget):
    """Step timeline, deadlines in words, and the team. The window reads its data (the
    header needs the same), so it follows no changes of its own."""

    shows: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = False
        self._shown: tuple[YouthOverview, date] | None = None
        self.timeline = StepTimeline(self)
        self.deadlines = QLabel(self)
        self.deadlines.setObjectName("deadlines")
        self.deadlines.setWordWrap(True)
        self.deadlines.setTextFormat(Qt.TextFormat.RichText)
        self.deadlines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.missing_roles = QLabel(self)
        self.missing_roles.setObjectName("missingRoles")
        self.missing_roles.setTextFormat(Qt.TextFormat.PlainText)
        self.missing_roles.setWordWrap(True)
        self.team_model = TeamTableModel(self)
        self.team_view = self._team_view()
        self._headings: list[QLabel] = []
        self._build_layout()

    def _team_view(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.team_model)
        view.setAccessibleName(self.tr("Laget rundt ungdommen"))
        view.verticalHeader().setVisible(False)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(self.team_model.columnCount()):
            header.setSectionResizeMode(column, _COLUMN_MODES.get(column, _FIT))
        return view

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(text)
        self._headings.append(label)
        return label

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self._heading(self.tr("Frister")))
        scroll = QScrollArea(self)
        scroll.setWidget(self.deadlines)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        left.addWidget(scroll, 1)
        right = QVBoxLayout()
        right.addWidget(self._heading(self.tr("Laget")))
        right.addWidget(self.missing_roles)
        right.addWidget(self.team_view, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading(self.tr("Stegene i oppfølgingen")))
        layout.addWidget(self.timeline)
        layout.addWidget(line)
        layout.addLayout(columns, 1)

    def set_theme(self, theme: Theme) -> None:
        self._meeting = theme.name == "meeting"
        self.timeline.set_theme(theme)
        font = QFont(self.font())
        font.setPointSizeF(theme.heading_point_size)
        font.setBold(True)
        for heading in self._headings:
            heading.setFont(font)
        for column in TeamTableModel.CONTACT_COLUMNS:
            hidden = self._meeting or column in _OVERVIEW_HIDDEN
            self.team_view.setColumnHidden(column, hidden)
        role_mode = QHeaderView.ResizeMode.Stretch if self._meeting else _FIT
        self.team_view.horizontalHeader().setSectionResizeMode(TeamTableModel.COL_ROLE, role_mode)
        c = theme.colours
        if self._shown is not None:
            self.show_overview(*self._shown)
        self.missing_roles.setStyleSheet(
            f"background: {c.warning}; color: {c.text}; padding: {theme.spacing // 2}px;"
        )

    def show_overview(self, overview: YouthOverview, today: date) -> None:
        self._shown = (overview, today)
        steps = step_timeline(overview.dates, today, overview.evaluation_interval_days)
        self.timeline.set_steps(steps, today)
        self.deadlines.setText(self._deadline_html(steps, overview, today))
        self.team_model.set_members(overview.members)
        self._show_missing_roles(overview.missing_core_groups)

    def _show_missing_roles(self, missing: list[str]) -> None:
        self.missing_roles.setVisible(bool(missing))
        if missing:
            self.missing_roles.setText(
                self.tr(
                    "⚠ Mangler i laget: {groups}. Bydel, skole og politi bør alltid være "
                    "med i laget (§3.1)."
                ).format(groups=", ".join(missing))
            )

    def _deadline_html(self, steps: list[StepStatus], overview: YouthOverview, today: date) -> str:
        ordered = sorted(steps, key=lambda s: _STATE_ORDER[s.state])
        if self._meeting:  # on the wall, only what the team must act on or talk about
            ordered = [s for s in ordered if s.state not in _SETTLED]
        rows = [self._deadline_row(step, today) for step in ordered]
        rows += [self._gap_row(*gap) for gap in lagmote_gaps(overview.dates)]
        rows += [self._late_action_row(action, today) for action in overview.late_actions]
        return "<table cellspacing='4'>" + "".join(rows) + "</table>"

    @staticmethod
    def _deadline_row(step: StepStatus, today: date) -> str:
        style = state_style(step.state)
        weight = "bold" if step.state == StepState.OVERDUE else "normal"
        return (
            f"<tr><td style='padding-right:6px'><b>{_escape(style.symbol)}</b></td>"
            f"<td style='font-weight:{weight}'>{_escape(step.sentence(today))}</td></tr>"
        )

    def _gap_row(self, start: date, end: date, days: int) -> str:
        text = self.tr("Det gikk {days} dager mellom lagmøtene {start} og {end} (høyst {most}).")
        sentence = text.format(
            days=days, start=format_date(start), end=format_date(end), most=LAGMOTE_INTERVAL_DAYS
        )
        return f"<tr><td><b>!</b></td><td>{_escape(sentence)}</td></tr>"

    def _late_action_row(self, action: LateAction, today: date) -> str:
        """A late action item, with whose it is: by role alone on the projector."""
        owner = action.owner
        if owner is None:
            who = self.tr("ingen ansvarlig")
        elif self._meeting or not owner.name:
            who = owner.role_name
        else:
            who = f"{owner.name} ({owner.role_name})"
        days = (today - action.due_on).days
        sentence = self.tr(
            "Oppgave fra lagmøtet er {days} over fristen {due}: «{text}» – {who}."
        ).format(
            days=days_between_words(days), due=format_date(action.due_on), text=action.text, who=who
        )
        style = state_style(StepState.OVERDUE)
        return (
            f"<tr><td><b>{_escape(style.symbol)}</b></td>"
            f"<td style='font-weight:bold'>{_escape(sentence)}</td></tr>"
        )


def _escape(text: str) -> str:
    """``text`` as rich-text content: markup characters and both quotes escaped."""
    return html.escape(text, quote=True)
