"""What the Lagmøter page shows of one meeting, and how it says it: the meeting with the
youth's lagmøter and Min plan, whether the wall is watching (meeting mode), and the words
for people, statuses and what happened since the last meeting.

In meeting mode adults are named by their role only; the youth and the parents may be named.
Goals in sensitive areas (and the measures under them) are hidden until someone chooses to
show a goal for the meeting.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from lagmote.dates import days_between_words, format_date
from lagmote.meetings import GoalMove, LagmoteInfo, MeetingsView, SinceLast, date_warning
from lagmote.plan import GoalInfo, PlanView, TiltakInfo
from lagmote.records import MemberInfo
from lagmote.standard import ROLES, role
from lagmote.steps import CaseDates
from lagmote.team import ActionItemInfo
from lagmote.widgets.goal_ladder_texts import cut
from lagmote.widgets.ladder_geometry import format_value

# Who may be named on the projector: the youth and the parents (§7.5: the plan is theirs).
NAMED_ROLES = frozenset({"ungdommen", "foresatt"})
LATE_SYMBOL = "⚠"
DONE_SYMBOL = "✓"
PLANNED_SYMBOL = "○"
UP_SYMBOL = "▲"
DOWN_SYMBOL = "▼"
GOAL_CHARS = 90
ROLE_CODES_IN_ORDER = tuple(r.code for r in ROLES)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingTexts", text)


@dataclass(frozen=True)
class Line:
    """One line of a list in words; ``late`` lines are marked by symbol, word and colour."""

    text: str
    late: bool = False
    tooltip: str = ""


@dataclass(frozen=True)
class Showing:
    """One lagmøte as the page shows it now."""

    view: MeetingsView
    plan: PlanView
    meeting: LagmoteInfo
    today: date
    meeting_mode: bool = False
    revealed: frozenset[int] = field(default=frozenset())  # goal ids shown on request

    @property
    def number(self) -> int:
        return self.view.number(self.meeting.id)

    def goal_hidden(self, goal: GoalInfo) -> bool:
        sensitive = goal.fields.area in self.plan.sensitive_areas
        return self.meeting_mode and sensitive and goal.id not in self.revealed

    @property
    def hidden_tiltak(self) -> frozenset[int]:
        """Measures under a goal hidden now."""
        return frozenset(t.id for g in self.plan.goals if self.goal_hidden(g) for t in g.tiltak)

    def goal_number(self, goal_id: int) -> int:
        ids = [g.id for g in self.plan.goals]
        return ids.index(goal_id) + 1 if goal_id in ids else 0

    def person(self, member: MemberInfo | None) -> str:
        if member is None:
            return _tr("Ingen valgt")
        return person_label(member.name, member.role, self.meeting_mode)

    def owner(self, item: ActionItemInfo) -> str:
        return self.person(self.view.member(item.owner_id))

    def responsible(self, measure: TiltakInfo) -> str:
        member = next((m for m in self.plan.members if m.id == measure.fields.responsible_id), None)
        return self.person(member) if member is not None else ""

    @property
    def live(self) -> bool:
        """True when the meeting is today's: ratings made now belong to it."""
        today = self.plan.meeting_on(self.today)
        return today is not None and today.id == self.meeting.id

    @property
    def next_dates(self) -> CaseDates:
        """The case dates as they will be once this meeting is held (to plan the next)."""
        dates, on = self.view.dates, self.meeting.meeting_on
        if self.meeting.held or on in dates.lagmoter_held:
            return dates
        return replace(dates, lagmoter_held=tuple(sorted((*dates.lagmoter_held, on))))


def person_label(name: str, role_code: str, roles_only: bool) -> str:
    """ "Name (Role)"; the role alone when there is no name, or in meeting mode for anyone but
    the youth and the parents."""
    role_name = role_name_of(role_code)
    if not name.strip() or (roles_only and role_code not in NAMED_ROLES):
        return role_name
    return f"{name} ({role_name})"


def role_name_of(role_code: str) -> str:
    try:
        return role(role_code).name
    except ValueError:
        return role_code


def meeting_title(view: MeetingsView, meeting: LagmoteInfo) -> str:
    return _tr("{number}. lagmøte, {date}").format(
        number=view.number(meeting.id), date=format_date(meeting.meeting_on)
    )


def status_text(meeting: LagmoteInfo, today: date) -> str:
    """Held or planned, in a symbol and words (never a colour alone)."""
    if meeting.held:
        return f"{DONE_SYMBOL} " + _tr("Holdt")
    if meeting.meeting_on < today:
        return f"{LATE_SYMBOL} " + _tr("Planlagt, men ikke avsluttet")
    if meeting.meeting_on == today:
        return f"{PLANNED_SYMBOL} " + _tr("Planlagt i dag")
    return f"{PLANNED_SYMBOL} " + _tr("Planlagt")


def list_status(view: MeetingsView, meeting: LagmoteInfo, today: date) -> Line:
    """The status in the list of meetings: a planned meeting later than the standard allows
    (or not closed after its day) is marked late."""
    text = status_text(meeting, today)
    if meeting.held:
        return Line(text)
    if meeting.meeting_on < today:
        return Line(text, late=True)
    held = [m.meeting_on for m in view.meetings if m.held]
    first_after = not held or meeting.meeting_on > max(held)
    if first_after and date_warning(meeting.meeting_on, view.dates) is not None:
        late = f"{LATE_SYMBOL} " + _tr("Planlagt etter fristen")
        return Line(late, late=True, tooltip=date_warning(meeting.meeting_on, view.dates) or "")
    return Line(text)


def content_text(meeting: LagmoteInfo) -> str:
    """What is recorded, counted: "9 til stede · 3 vedtak · 3 oppgaver"."""
    parts = []
    if meeting.attendees:
        parts.append(_tr("{n} til stede").format(n=len(meeting.attendees)))
    if meeting.decisions:
        parts.append(_tr("{n} vedtak").format(n=len(meeting.decisions)))
    if meeting.action_items:
        count = len(meeting.action_items)
        words = _tr("1 oppgave") if count == 1 else _tr("{n} oppgaver").format(n=count)
        parts.append(words)
    if meeting.youth_words.strip() or meeting.notes.strip() or meeting.agenda_notes:
        parts.append(_tr("notater"))
    return " · ".join(parts) if parts else _tr("Ingenting skrevet ennå")


def is_empty(meeting: LagmoteInfo) -> bool:
    """Nothing recorded (the operations layer deletes only such a planned meeting)."""
    texts = meeting.youth_words.strip() or meeting.notes.strip()
    records = meeting.attendees or meeting.decisions or meeting.action_items
    return not (texts or records or meeting.agenda_notes)


def action_status(item: ActionItemInfo, today: date) -> Line:
    if item.done_on is not None:
        return Line(f"{DONE_SYMBOL} " + _tr("Gjort {date}").format(date=format_date(item.done_on)))
    if item.is_late(today):
        return Line(f"{LATE_SYMBOL} " + _tr("For sent"), late=True)
    return Line(_tr("Ikke gjort ennå"))


# --- since the last meeting ---------------------------------------------------------------


def since_heading(since: SinceLast, meeting: LagmoteInfo) -> str:
    if since.since is None:
        return _tr("Dette er det første lagmøtet: alt som er gjort, er nytt.")
    days = (meeting.meeting_on - since.since).days
    if days <= 0:
        return _tr("Forrige lagmøte var {date}.").format(date=format_date(since.since))
    return _tr("Forrige lagmøte var {date}, {days} før dette.").format(
        date=format_date(since.since), days=days_between_words(days)
    )


def goal_lines(since: SinceLast, shown: Showing) -> list[Line]:
    lines = [_goal_line(move, shown) for move in since.goals_moved]
    return lines or [Line(_tr("Ingen mål har fått en ny vurdering siden forrige lagmøte."))]


def _goal_line(move: GoalMove, shown: Showing) -> Line:
    number = shown.goal_number(move.goal.id)
    if shown.goal_hidden(move.goal):
        return Line(_tr("Mål {number}: skjult i møtemodus (følsomt)").format(number=number))
    before = _tr("ikke vurdert") if move.before is None else format_value(move.before)
    trend = ""
    if move.before is not None:
        better = move.now > move.before
        trend = (
            f"  {UP_SYMBOL} " + _tr("bedre") if better else f"  {DOWN_SYMBOL} " + _tr("dårligere")
        )
    text = _tr("Mål {number} «{goal}»: {before} → {now}").format(
        number=number, goal=cut(move.goal.fields.text, GOAL_CHARS), before=before,
        now=format_value(move.now),
    )  # fmt: skip
    return Line(text + trend, tooltip=move.goal.fields.text)


def done_lines(since: SinceLast, shown: Showing) -> list[Line]:
    hidden = shown.hidden_tiltak
    lines = []
    for measure in since.tiltak_done:
        done = measure.fields.done_on
        when = format_date(done) if done is not None else ""
        what = _measure_text(measure, hidden, shown)
        lines.append(
            Line(f"{DONE_SYMBOL} " + _tr("Gjort {date}: {what}").format(date=when, what=what))
        )
    return lines or [Line(_tr("Ingen tiltak er gjort ferdig siden forrige lagmøte."))]


def late_tiltak_lines(since: SinceLast, shown: Showing) -> list[Line]:
    hidden = shown.hidden_tiltak
    lines = []
    for measure in since.tiltak_late:
        due = measure.fields.due_on
        text = _tr("For sent, fristen var {date}: {what}").format(
            date=format_date(due) if due else "", what=_measure_text(measure, hidden, shown)
        )
        lines.append(Line(f"{LATE_SYMBOL} {text}", late=True, tooltip=text))
    return lines or [Line(_tr("Ingen tiltak er forsinket."))]


def not_kept_lines(since: SinceLast, shown: Showing) -> list[Line]:
    lines = []
    for item in since.actions_not_kept:
        origin = shown.view.meeting(item.lagmote_id)
        text = _tr("For sent, fristen var {date}: {what} – {who}").format(
            date=format_date(item.due_on) if item.due_on else "",
            what=" ".join(item.text.split()),
            who=shown.owner(item),
        )
        if origin is not None:
            text += " " + _tr("(avtalt {date})").format(date=format_date(origin.meeting_on))
        lines.append(Line(f"{LATE_SYMBOL} {text}", late=True, tooltip=text))
    return lines or [Line(_tr("Ingen oppgaver fra tidligere lagmøter er over fristen."))]


def _measure_text(measure: TiltakInfo, hidden: frozenset[int], shown: Showing) -> str:
    if measure.id in hidden:
        return _tr("skjult i møtemodus (følsomt)")
    text = " ".join(measure.fields.text.split())
    who = shown.responsible(measure)
    return f"{text} – {who}" if who else text
