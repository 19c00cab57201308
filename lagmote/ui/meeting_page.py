"""The Lagmøter page (§7.6): plan the next lagmøte, choose one, and run it as a guided
sequence through the agenda, from "Siden sist" to the next meeting.

Everything is saved as it is chosen or typed; each change is one undoable step made through
:class:`~lagmote.ui.meeting_actions.MeetingActions`, and a refused change is named in the
message above the page with nothing written. After every change the window calls
:meth:`MeetingPage.apply_changes`, which reads the meetings and Min plan once and updates
the widgets in place (a field being typed in keeps its text and cursor). The slots that
turn the list's and the run view's requests into changes are in
:mod:`lagmote.ui.meeting_page_changes`.

In meeting mode (the screen on the wall) adults are named by their role only, nothing shows
a phone number or an e-mail address, the team's internal notes (the general notes and the
note on coordination, where police and child welfare write) are hidden, and so are goals in
sensitive areas and their measures, until someone chooses to show a goal for the meeting.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from lagmote.db.meeting_queries import load_meetings
from lagmote.db.plan_queries import load_plan
from lagmote.db.store import Changes
from lagmote.meetings import LagmoteInfo, MeetingsView
from lagmote.plan import PlanView
from lagmote.ui.context import YouthContext, touches
from lagmote.ui.meeting_actions import MeetingActions
from lagmote.ui.meeting_list import MeetingList
from lagmote.ui.meeting_page_changes import MeetingPageChanges
from lagmote.ui.meeting_run import MeetingRun
from lagmote.ui.meeting_shown import Showing
from lagmote.ui.page_changes import read_shown, read_youth
from lagmote.ui.plan_fields import MessageBar
from lagmote.ui.theme import NORMAL, Theme


def _read(context: YouthContext) -> tuple[MeetingsView, PlanView]:
    """What the page shows: the youth's lagmøter and Min plan."""
    store, youth_id = context.store, context.youth_id
    return load_meetings(store, youth_id), load_plan(store, youth_id)


class MeetingPage(MeetingPageChanges, QWidget):
    """The lagmøter of one youth: the list and the planner, or one meeting being run.

    It has no signals of its own: every change goes through the context's editor, whose
    ``changed`` signal the window hands back to :meth:`apply_changes`.
    """

    # "youth": the team may mark more areas sensitive, which hides more goals in meetings.
    shows = frozenset(
        {"lagmote", "agenda_note", "attendee", "decision", "action_item", "goal_rating",
         "tiltak", "team_member", "goal", "youth"}
    )  # fmt: skip

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: YouthContext | None = None
        self._actions: MeetingActions | None = None
        self._view: MeetingsView | None = None
        self._plan: PlanView | None = None
        self._open: int | None = None  # the lagmøte being run (None: the list is shown)
        self._chosen: int | None = None  # the lagmøte chosen in the list
        self._theme = NORMAL
        self._revealed: frozenset[int] = frozenset()
        self.message = MessageBar(self)
        self.list = MeetingList(self)
        self.run = MeetingRun(self)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.list)
        self.views.addWidget(self.run)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.views, 1)
        self._connect()
        self.setEnabled(False)  # until a youth is shown

    def _connect(self) -> None:
        self.list.open_requested.connect(self.open_meeting)
        self.list.delete_requested.connect(self._on_list_delete_requested)
        self.list.plan_requested.connect(self._on_plan_requested)
        r = self.run
        r.back_requested.connect(self.show_list)
        r.date_requested.connect(self._on_run_date_requested)
        r.held_requested.connect(self._on_run_held_requested)
        r.text_committed.connect(self._on_run_text_committed)
        r.note_committed.connect(self._on_run_note_committed)
        r.rating_requested.connect(self._on_run_rating_requested)
        r.reveal_requested.connect(self._on_run_reveal_requested)
        r.plan_requested.connect(self._on_plan_requested)
        r.member_toggled.connect(self._on_run_member_toggled)
        r.guest_requested.connect(self._on_run_guest_requested)
        r.guest_remove_requested.connect(self._on_run_guest_remove_requested)
        r.action_add_requested.connect(self._on_run_action_add_requested)
        r.action_done_requested.connect(self._on_run_action_done_requested)
        r.action_delete_requested.connect(self._on_run_action_delete_requested)
        r.decision_add_requested.connect(self._on_run_decision_add_requested)
        r.decision_delete_requested.connect(self._on_run_decision_delete_requested)
        r.agreed.action_edit_requested.connect(self._on_agreed_action_edit_requested)
        r.agreed.decision_edit_requested.connect(self._on_agreed_decision_edit_requested)

    # -- the Page protocol ----------------------------------------------------------------

    def show_youth(self, context: YouthContext) -> None:
        """Show ``context``'s youth. For another youth, typing for the one before is saved
        first (for that youth); what still cannot be saved is dropped and named."""
        same = self._context is not None and self._context.youth_id == context.youth_id
        lost = self._save_pending()
        if not same:
            self._open, self._chosen, self._revealed = None, None, frozenset()
            self.views.setCurrentWidget(self.list)
        read = read_youth(
            self.message, lambda: _read(context), self.tr("Lagmøtene kan ikke vises: {error}")
        )
        if read is None:
            self._context, self._actions, self._view, self._plan = None, None, None, None
            self.setEnabled(False)
            return
        self._context, self._actions = context, MeetingActions(context)
        self.setEnabled(True)
        self.message.hide_message()
        self._show(*read)
        if lost:
            self.message.show_warning(self._lost_sentence(lost))

    def set_theme(self, theme: Theme) -> None:
        if (theme.name == "meeting") != self.meeting_mode:
            self._revealed = frozenset()  # shown on request for one meeting only
        self._theme = theme
        self.message.set_theme(theme)
        self.list.set_theme(theme)
        self.run.set_theme(theme)
        if self._view is not None and self._plan is not None:
            self._show(self._view, self._plan)

    def apply_changes(self, changes: Changes) -> None:
        if touches(self._context, changes, self.shows):
            self._reload()

    def flush(self) -> None:
        for field in self.run.fields():
            field.text.flush()

    def has_unsaved(self) -> bool:
        return any(field.text.dirty for field in self.run.fields())

    # -- what is shown --------------------------------------------------------------------

    @property
    def meeting_mode(self) -> bool:
        return self._theme.name == "meeting"

    @property
    def view(self) -> MeetingsView | None:
        return self._view

    @property
    def plan(self) -> PlanView | None:
        return self._plan

    @property
    def meeting(self) -> LagmoteInfo | None:
        """The lagmøte being run, or None while the list is shown."""
        return self._view.meeting(self._open) if self._view is not None else None

    @property
    def showing(self) -> Showing | None:
        meeting, context = self.meeting, self._context
        if meeting is None or context is None or self._view is None or self._plan is None:
            return None
        return Showing(
            self._view, self._plan, meeting, context.today, self.meeting_mode, self._revealed
        )

    @Slot(int)
    def open_meeting(self, lagmote_id: int) -> None:
        """Run (or read) this lagmøte, from its first step."""
        if self._view is None or self._view.meeting(lagmote_id) is None:
            return
        lost = self._save_pending()
        self._open = self._chosen = lagmote_id
        if self.message.kind == "notice":
            self.message.hide_message()
        self.run.go_to(0)
        self.views.setCurrentWidget(self.run)
        assert self._plan is not None
        self._show(self._view, self._plan)
        if lost:
            self.message.show_warning(self._lost_sentence(lost))

    @Slot()
    def show_list(self) -> None:
        lost = self._save_pending()
        self._open = None
        self.views.setCurrentWidget(self.list)
        if self._view is not None and self._plan is not None:
            self._show(self._view, self._plan)
        if lost:
            self.message.show_warning(self._lost_sentence(lost))

    def _reload(self) -> None:
        context = self._context
        if context is None:
            return
        read = read_shown(self.message, lambda: _read(context))
        if read is not None:
            self._show(*read)

    def _show(self, view: MeetingsView, plan: PlanView) -> None:
        assert self._context is not None
        self._view, self._plan = view, plan
        if self._open is not None and view.meeting(self._open) is None:
            self._forget_fields()  # the meeting is gone (an undone planning): so is its typing
            self._open = None
            self.views.setCurrentWidget(self.list)
        self.list.show_meetings(view, self._context.today, self._chosen)
        shown = self.showing
        if shown is not None:
            self.run.show_meeting(shown)

    # -- typing that could not be saved ---------------------------------------------------

    def _save_pending(self) -> list[str]:
        """Save what was typed, for the meeting it was typed in; name what is still not
        saved, and forget it (it is never saved into another meeting or youth)."""
        self.flush()
        lost = [f"«{f.title.text()}»" for f in self.run.fields() if f.text.dirty]
        self._forget_fields()
        return lost

    def _forget_fields(self) -> None:
        for field in self.run.fields():
            if field.text.dirty:
                field.text.reset(field.text.saved_text)

    def _lost_sentence(self, lost: list[str]) -> str:
        return self.tr(
            "Det du skrev i {where}, kunne ikke lagres. Det er forkastet og er ikke tatt med"
            " videre."
        ).format(where=", ".join(lost))

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)
