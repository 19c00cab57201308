"""The steps of a lagmøte after "Siden sist" and the goals: the youth's own words, what works,
the notes under the agenda items, who does what by when with the decisions, the team's
internal notes, and the next meeting.

Each step shows a :class:`~lagmote.ui.meeting_shown.Showing` and never writes; it says what
the user asked for through its signals:
    text_committed(str, str): a text of the meeting ("youth_words" or "notes") to save.
    note_committed(str, str): an agenda item's key and its note to save.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lagmote.dates import format_date
from lagmote.meetings import LagmoteInfo, MeetingsView
from lagmote.plan import CLOSED_TILTAK, TiltakInfo
from lagmote.ui.meeting_models import AGENDA
from lagmote.ui.meeting_plan import MeetingPlanner
from lagmote.ui.meeting_shown import Showing, meeting_title
from lagmote.ui.meeting_widgets import FittedTable, NoteField, ThemedText
from lagmote.ui.plan_models import TiltakTableModel
from lagmote.ui.theme import Theme
from lagmote.widgets.goal_ladder_texts import cut

PREVIOUS_WORDS_CHARS = 400


class YouthStep(QWidget):
    """The youth's own words, first of the agenda, with what they said last time."""

    text_committed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        item = AGENDA["ungdommens_ord"]
        self.labels = ThemedText()
        self.words = NoteField(
            "youth_words",
            self.tr("Med ungdommens egne ord"),
            item.prompt,
            self,
            (4, 14),
            show_prompt=False,
        )
        self.previous = self.labels.note("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words)
        layout.addWidget(self.previous)
        layout.addStretch(1)
        self.words.text_committed.connect(self.text_committed)

    def show_meeting(self, shown: Showing) -> None:
        self.words.text.set_saved_text(shown.meeting.youth_words)
        before = shown.view.previous_held(shown.meeting.id)
        words = before.youth_words.strip() if before is not None else ""
        self.previous.setVisible(bool(words))
        if before is not None and words:
            self.previous.setText(
                self.tr("Forrige lagmøte ({date}) sa ungdommen: «{words}»").format(
                    date=format_date(before.meeting_on), words=cut(words, PREVIOUS_WORDS_CHARS)
                )
            )

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)
        self.words.set_theme(theme)


class NoteStep(QWidget):
    """One agenda item's note (roles, the whole family)."""

    note_committed = Signal(str, str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        item = AGENDA[key]
        self.note = NoteField(key, self.tr("Notat"), item.prompt, self, (4, 14), show_prompt=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.note.text_committed.connect(self.note_committed)

    def show_meeting(self, shown: Showing) -> None:
        self.note.text.set_saved_text(shown.meeting.agenda_note(self.note.key))

    def set_theme(self, theme: Theme) -> None:
        self.note.set_theme(theme)


class WorksStep(QWidget):
    """What works: the measures of Min plan (read only here), and the note."""

    note_committed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        item = AGENDA["hva_virker"]
        self.labels = ThemedText()
        self.model = TiltakTableModel(self)
        self.table = FittedTable(self)
        self.table.setModel(self.model)
        self.table.stretch_column(TiltakTableModel.COL_TEXT)
        self.table.setAccessibleName(self.tr("Tiltakene i «Min plan»"))
        self.hidden_note = self.labels.note("", self)
        self.note = NoteField(
            item.key, self.tr("Notat"), item.prompt, self, (3, 12), show_prompt=False
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.labels.heading(self.tr("Tiltakene i «Min plan»"), self))
        layout.addWidget(self.table)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.note.text_committed.connect(self.note_committed)

    def show_meeting(self, shown: Showing) -> None:
        plan, hidden = shown.plan, shown.hidden_tiltak
        measures: list[TiltakInfo] = [
            *(t for g in plan.goals for t in g.tiltak if t.id not in hidden),
            *plan.loose_tiltak,
        ]
        measures.sort(key=lambda t: t.fields.status in CLOSED_TILTAK)  # open ones first
        self.model.set_roles_only(shown.meeting_mode)
        self.model.set_tiltak(measures, plan.members, shown.today)
        self.hidden_note.setVisible(bool(hidden))
        self.hidden_note.setText(
            self.tr("{n} tiltak under følsomme mål er skjult i møtemodus.").format(n=len(hidden))
        )
        self.note.text.set_saved_text(shown.meeting.agenda_note("hva_virker"))

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)
        self.note.set_theme(theme)
        self.model.set_late_colour(theme.colours.warning)
        self.table.fit()


class CoordinationStep(QWidget):
    """How the services work together, and the team's other notes: both for the team only,
    hidden in meeting mode (police and child welfare write here)."""

    note_committed = Signal(str, str)
    text_committed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        item = AGENDA["koordinering"]
        self.note = NoteField(
            item.key,
            self.tr("Notat (bare for laget)"),
            item.prompt,
            self,
            (3, 12),
            internal=True,
            show_prompt=False,
        )
        self.notes = NoteField(
            "notes",
            self.tr("Lagets notater fra møtet (bare for laget)"),
            self.tr("Det laget trenger å huske, som ikke hører hjemme i «Min plan»."),
            self,
            (3, 12),
            internal=True,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self.note.text_committed.connect(self.note_committed)
        self.notes.text_committed.connect(self.text_committed)

    def show_meeting(self, shown: Showing) -> None:
        self.note.text.set_saved_text(shown.meeting.agenda_note("koordinering"))
        self.notes.text.set_saved_text(shown.meeting.notes)

    def set_theme(self, theme: Theme) -> None:
        self.note.set_theme(theme)
        self.notes.set_theme(theme)


class NextStep(QWidget):
    """The next meeting: proposed from this one's date, planned from here; who calls in."""

    note_committed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        item = AGENDA["neste_mote"]
        self.labels = ThemedText()
        self.next_line = self.labels.note("", self)
        self.planner = MeetingPlanner(self.tr("Planlegg neste lagmøte"), self)
        self.note = NoteField(
            item.key, self.tr("Notat"), item.prompt, self, (2, 6), show_prompt=False
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.next_line)
        layout.addWidget(self.planner)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.note.text_committed.connect(self.note_committed)

    def show_meeting(self, shown: Showing) -> None:
        following = shown.view.next_after(shown.meeting.id)
        self.next_line.setText(_next_sentence(shown.view, following))
        later = tuple(m for m in shown.view.planned if m.meeting_on > shown.meeting.meeting_on)
        self.planner.show_dates(shown.next_dates, shown.today, later)
        self.note.text.set_saved_text(shown.meeting.agenda_note("neste_mote"))

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)
        self.planner.set_theme(theme)
        self.note.set_theme(theme)


def _next_sentence(view: MeetingsView, following: LagmoteInfo | None) -> str:
    if following is None:
        return _tr("Neste lagmøte er ikke planlagt ennå.")
    return _tr("Neste lagmøte: {title}.").format(title=meeting_title(view, following))


def _tr(text: str) -> str:
    return QCoreApplication.translate("NextStep", text)
