"""The goals step of a lagmøte: each goal of Min plan with its ladder, rated live.

A digit on a ladder rates the goal today through the same change as on the Min plan page,
which ties today's rating to today's lagmøte. When the meeting open is not today's, the step
says so (and, for a planned meeting, offers to move it to today). In meeting mode a goal in a
sensitive area shows only its number and a line saying it is hidden, until someone chooses
to show it.

Signals:
    rating_requested(int, int): the goal id and the value (−2..+2) for today.
    reveal_requested(int): show this hidden goal for the rest of the meeting.
    date_requested(object): move the meeting to this date (today).
    note_committed(str, str): the agenda item ("maal") and the note to save.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from lagmote.dates import format_date
from lagmote.plan import GoalInfo
from lagmote.ui.meeting_models import AGENDA
from lagmote.ui.meeting_shown import Showing
from lagmote.ui.meeting_widgets import NoteField, ThemedText
from lagmote.ui.plan_fields import plain_label
from lagmote.ui.plan_goal_card import rating_line
from lagmote.ui.plan_sections import concealed_text
from lagmote.ui.theme import NORMAL, Theme
from lagmote.widgets.goal_ladder import GoalLadder


class GoalRow(QFrame):
    """One goal: its number and words, how it was last rated, and its ladder.

    Signals:
        rating_requested(int, int): the goal id and the value chosen.
        reveal_requested(int): the goal id.
    """

    rating_requested = Signal(int, int)
    reveal_requested = Signal(int)

    def __init__(self, goal: GoalInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingGoal")
        self.goal = goal
        self.heading = plain_label(self)
        self.heading.setObjectName("goalHeading")
        self.rating = plain_label(self)
        self.ladder = GoalLadder(self)
        self.concealed = QWidget(self)
        self.concealed_label = plain_label(self.concealed, concealed_text())
        self.reveal_button = QPushButton(self.tr("Vis"), self.concealed)
        row = QHBoxLayout(self.concealed)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.concealed_label, 1)
        row.addWidget(self.reveal_button)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.concealed, self.rating, self.ladder):
            layout.addWidget(widget)
        self.ladder.rating_requested.connect(self._on_ladder_rating_requested)
        self.reveal_button.clicked.connect(self._on_reveal_button_clicked)

    def set_goal(self, goal: GoalInfo, number: int, shown: Showing) -> None:
        meeting = shown.meeting
        if meeting.held and meeting.meeting_on < shown.today:
            # a meeting looked back at shows the ladder as it stood that day
            ratings = tuple(r for r in goal.ratings if r.rated_on <= meeting.meeting_on)
            goal = replace(goal, ratings=ratings)
        self.goal = goal
        hidden = shown.goal_hidden(goal)
        if hidden:
            self.heading.setText(self.tr("Mål {number}").format(number=number))
        else:
            self.heading.setText(
                self.tr("Mål {number}: {text}").format(number=number, text=goal.fields.text)
            )
        self.heading.setAccessibleName(self.heading.text())
        self.reveal_button.setAccessibleName(self.tr("Vis mål {number}").format(number=number))
        self.concealed.setVisible(hidden)
        self.rating.setVisible(not hidden)
        self.ladder.setVisible(not hidden)
        self.rating.setText(rating_line(goal, shown.today))
        self.ladder.set_goal(goal)

    def set_theme(self, theme: Theme) -> None:
        c = theme.colours
        self.setStyleSheet(
            f"QFrame#meetingGoal {{ background: {c.surface}; border: {theme.line_width}px solid"
            f" {c.muted_text}; border-radius: 6px; }}"
            f" QLabel#goalHeading {{ font-size: {theme.heading_point_size}pt; font-weight: bold;"
            " }"
        )
        self.ladder.set_theme(theme)

    @Slot(int)
    def _on_ladder_rating_requested(self, value: int) -> None:
        self.rating_requested.emit(self.goal.id, value)

    @Slot()
    def _on_reveal_button_clicked(self) -> None:
        self.reveal_requested.emit(self.goal.id)


class GoalsStep(QWidget):
    """Every goal of Min plan, rated live at the meeting."""

    rating_requested = Signal(int, int)
    reveal_requested = Signal(int)
    date_requested = Signal(object)
    note_committed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = ThemedText()
        self.live_label = self.labels.note("", self)
        self.today_button = QPushButton(self.tr("Flytt møtet til i dag"), self)
        self.empty_note = self.labels.note(
            self.tr("«Min plan» har ingen mål ennå. Skriv dem inn på siden «Min plan»."), self
        )
        self.rows: dict[int, GoalRow] = {}
        self.goal_area = QVBoxLayout()
        item = AGENDA["maal"]
        self.note = NoteField(
            item.key, self.tr("Notat"), item.prompt, self, (2, 6), show_prompt=False
        )
        self._theme = NORMAL
        self._today: date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        live = QHBoxLayout()
        live.addWidget(self.live_label, 1)
        live.addWidget(self.today_button)
        layout.addLayout(live)
        layout.addWidget(self.empty_note)
        layout.addLayout(self.goal_area)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.note.text_committed.connect(self.note_committed)
        self.today_button.clicked.connect(self._on_today_button_clicked)

    def show_meeting(self, shown: Showing) -> None:
        self._today = shown.today
        self._show_live(shown)
        goals = shown.plan.goals
        self._sync_rows(goals)
        for number, goal in enumerate(goals, start=1):
            self.rows[goal.id].set_goal(goal, number, shown)
            self.rows[goal.id].ladder.setEnabled(shown.live or not shown.meeting.held)
        ladders = [self.rows[g.id].ladder for g in goals]
        for i, ladder in enumerate(ladders):
            previous = ladders[i - 1] if i > 0 else None
            following = ladders[i + 1] if i + 1 < len(ladders) else None
            ladder.set_tab_neighbours(previous, following)
        self.empty_note.setVisible(not goals)
        self.note.text.set_saved_text(shown.meeting.agenda_note("maal"))

    def _show_live(self, shown: Showing) -> None:
        meeting, today = shown.meeting, shown.today
        self.today_button.setVisible(not meeting.held and meeting.meeting_on != today)
        if shown.live:
            self.live_label.setText(
                self.tr("Vurderingene du gjør nå, lagres for i dag og knyttes til dette lagmøtet.")
            )
        elif meeting.held:
            self.live_label.setText(
                self.tr(
                    "Dette lagmøtet ble holdt {date}. Stigene viser vurderingene slik de var da;"
                    " nye vurderinger gjøres på lagmøtet som holdes i dag, eller i «Min plan»."
                ).format(date=format_date(meeting.meeting_on))
            )
        else:
            self.live_label.setText(
                self.tr(
                    "Lagmøtet er datert {date}. Vurderinger du gjør nå, lagres for i dag og"
                    " knyttes ikke til dette møtet før det flyttes til i dag."
                ).format(date=format_date(meeting.meeting_on))
            )

    def _sync_rows(self, goals: tuple[GoalInfo, ...]) -> None:
        wanted = [g.id for g in goals]
        if wanted == list(self.rows):
            return
        for row in self.rows.values():
            self.goal_area.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows.clear()
        for goal in goals:
            row = GoalRow(goal, self)
            row.set_theme(self._theme)
            row.rating_requested.connect(self.rating_requested)
            row.reveal_requested.connect(self.reveal_requested)
            self.rows[goal.id] = row
            self.goal_area.addWidget(row)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.labels.set_theme(theme)
        self.note.set_theme(theme)
        for row in self.rows.values():
            row.set_theme(theme)

    @Slot()
    def _on_today_button_clicked(self) -> None:
        if self._today is not None:
            self.date_requested.emit(self._today)
