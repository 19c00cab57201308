"""The step that opens every lagmøte: who is there, and what happened since the last one.

"Siden sist" says in words which goals moved (before → now), which measures were done, which
are late, and which action items from earlier meetings were not kept; late lines carry the
⚠ symbol and the word "For sent", and the late colour only as a third sign. The lines come
from :func:`lagmote.meetings.since_last`; the step never writes.

Signals:
    note_committed(str, str): the agenda item ("siden_sist") and the note to save.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from lagmote.meetings import SinceLast, since_last
from lagmote.ui.meeting_attendees import Attendees
from lagmote.ui.meeting_models import AGENDA, LineListModel
from lagmote.ui.meeting_shown import (
    Showing,
    done_lines,
    goal_lines,
    late_tiltak_lines,
    not_kept_lines,
    since_heading,
)
from lagmote.ui.meeting_widgets import FittedList, NoteField, ThemedText
from lagmote.ui.theme import Theme

SECTIONS = ("goals", "done", "late", "not_kept")
ATTENDEE_STRETCH, SINCE_STRETCH = 2, 3


class SinceStep(QWidget):
    """Who is there (left) and what happened since the last meeting (right)."""

    note_committed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = ThemedText()
        self.attendees = Attendees(self)
        self.since_line = self.labels.note("", self)
        self.models = {key: LineListModel(self) for key in SECTIONS}
        self.lists = {key: FittedList(self) for key in SECTIONS}
        item = AGENDA["siden_sist"]
        self.note = NoteField(
            item.key, self.tr("Notat"), item.prompt, self, (2, 6), show_prompt=False
        )
        self.since: SinceLast | None = None
        self._build()
        self.note.text_committed.connect(self.note_committed)

    def _build(self) -> None:
        titles = {
            "goals": self.tr("Mål som har flyttet seg"),
            "done": self.tr("Tiltak som er gjort"),
            "late": self.tr("Tiltak som er forsinket"),
            "not_kept": self.tr("Oppgaver fra tidligere lagmøter som ikke er gjort"),
        }
        right = QVBoxLayout()
        right.addWidget(self.since_line)
        for key in SECTIONS:
            title = self.labels.bold(titles[key], self)
            self.lists[key].setModel(self.models[key])
            self.lists[key].setAccessibleName(titles[key])
            title.setBuddy(self.lists[key])
            right.addWidget(title)
            right.addWidget(self.lists[key])
        right.addWidget(self.note)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.attendees)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, ATTENDEE_STRETCH)
        layout.addLayout(right, SINCE_STRETCH)

    def show_meeting(self, shown: Showing) -> None:
        self.attendees.show_attendees(shown)
        since = since_last(shown.view, shown.plan, shown.meeting.id, shown.today)
        self.since = since
        self.since_line.setText(since_heading(since, shown.meeting))
        self.models["goals"].set_lines(goal_lines(since, shown))
        self.models["done"].set_lines(done_lines(since, shown))
        self.models["late"].set_lines(late_tiltak_lines(since, shown))
        self.models["not_kept"].set_lines(not_kept_lines(since, shown))
        self.note.text.set_saved_text(shown.meeting.agenda_note("siden_sist"))

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)
        self.attendees.set_theme(theme)
        self.note.set_theme(theme)
        for model in self.models.values():
            model.set_late_colour(theme.colours.warning)
        for view in self.lists.values():
            view.setSpacing(theme.spacing // 4)
            view.fit()

    def lines(self, key: str) -> list[str]:
        """The lines shown under one section (for tests and the screen reader)."""
        return [line.text for line in self.models[key].lines()]
