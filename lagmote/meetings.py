"""Lagmøter (§7.6) as plain records: planning the next one, running one, and what happened
since the last.

The team meets at least every sixth week, the first time at most a week after
oppstartsmøtet (the deadlines live in :mod:`lagmote.steps`). A meeting is planned (a date),
then held: the youth's own words first, then the agenda of §7.6, with attendees, decisions
and action items recorded as they are agreed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from lagmote.dates import format_date
from lagmote.errors import UserError
from lagmote.i18n import t
from lagmote.plan import (
    CLOSED_TILTAK,
    MAX_TEXT_CHARS,
    GoalInfo,
    PlanView,
    TiltakInfo,
    check_length,
)
from lagmote.records import MemberInfo
from lagmote.standard import LAGMOTE_AGENDA, LAGMOTE_INTERVAL_DAYS
from lagmote.steps import CaseDates, next_lagmote_due
from lagmote.team import ROLE_CODES, ActionItemInfo

AGENDA_KEYS = tuple(item.key for item in LAGMOTE_AGENDA)


@dataclass(frozen=True)
class AttendeeInfo:
    """Who attended: a team member (``member_id``), or a guest with a name and a role."""

    id: int
    member_id: int | None
    name: str
    role: str


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    text: str


@dataclass(frozen=True)
class LagmoteInfo:
    """One lagmøte, planned or held, with everything recorded at it."""

    id: int
    meeting_on: date
    held: bool
    youth_words: str = ""
    notes: str = ""
    attendees: tuple[AttendeeInfo, ...] = ()
    agenda_notes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    decisions: tuple[DecisionInfo, ...] = ()
    action_items: tuple[ActionItemInfo, ...] = ()

    def agenda_note(self, key: str) -> str:
        return self.agenda_notes.get(key, "")


@dataclass(frozen=True)
class MeetingsView:
    """Every lagmøte of one youth (oldest first), with the team and the case dates."""

    youth_id: int
    meetings: tuple[LagmoteInfo, ...] = ()
    members: tuple[MemberInfo, ...] = ()
    dates: CaseDates = field(default_factory=CaseDates)

    def meeting(self, lagmote_id: int | None) -> LagmoteInfo | None:
        return next((m for m in self.meetings if m.id == lagmote_id), None)

    def number(self, lagmote_id: int) -> int:
        """The meeting's number, counting the youth's lagmøter from 1."""
        ids = [m.id for m in self.meetings]
        return ids.index(lagmote_id) + 1

    def by_number(self, number: int | None) -> LagmoteInfo | None:
        """Lagmøte ``number`` (from 1); without a number, the latest one held (or else the
        latest planned)."""
        if number is None:
            held = [m for m in self.meetings if m.held]
            return held[-1] if held else (self.meetings[-1] if self.meetings else None)
        return self.meetings[number - 1] if 1 <= number <= len(self.meetings) else None

    @property
    def planned(self) -> tuple[LagmoteInfo, ...]:
        return tuple(m for m in self.meetings if not m.held)

    def previous_held(self, lagmote_id: int) -> LagmoteInfo | None:
        """The last meeting held before this one."""
        current = self.meeting(lagmote_id)
        if current is None:
            return None
        earlier = [m for m in self.meetings if m.held and m.meeting_on < current.meeting_on]
        return earlier[-1] if earlier else None

    def next_after(self, lagmote_id: int) -> LagmoteInfo | None:
        """The next meeting planned after this one (for the minutes)."""
        current = self.meeting(lagmote_id)
        if current is None:
            return None
        later = [m for m in self.meetings if m.meeting_on > current.meeting_on]
        return later[0] if later else None

    def member(self, member_id: int | None) -> MemberInfo | None:
        return next((m for m in self.members if m.id == member_id), None)

    def owner_name(self, item: ActionItemInfo) -> str:
        """ "Name (Role)", or the role alone, or "ingen" when no one owns it."""
        member = self.member(item.owner_id)
        if member is None:
            return t("ingen")
        return f"{member.name} ({member.role_name})" if member.name else member.role_name


# --- planning -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    """The date the program proposes for the next lagmøte, and why."""

    on: date
    reason: str


def propose_next(dates: CaseDates, today: date) -> Proposal | None:
    """The latest date the standard allows for the next lagmøte (never before today).

    None before oppstartsmøtet is held, or after the follow-up has ended."""
    due = next_lagmote_due(dates)
    if due is None:
        return None
    if dates.lagmoter_held:
        words = t("Senest seks uker etter forrige lagmøte ({date}).")
        reason = words.format(date=format_date(dates.lagmoter_held[-1]))
    else:
        reason = t("Det første lagmøtet skal holdes senest én uke etter oppstartsmøtet.")
    if due < today:
        late = t("Fristen var {date}, så møtet bør holdes nå.").format(date=format_date(due))
        return Proposal(today, f"{reason} {late}")
    return Proposal(due, reason)


def date_warning(on: date, dates: CaseDates) -> str | None:
    """A sentence when ``on`` is later than the standard allows, else None."""
    due = next_lagmote_due(dates)
    if due is None or on <= due:
        return None
    days = (on - due).days
    if days == 1:
        words = t(
            "{date} er 1 dag etter fristen ({due}): lagmøtene skal holdes minst hver {weeks}. uke."
        )
    else:
        words = t(
            "{date} er {days} dager etter fristen ({due}): "
            "lagmøtene skal holdes minst hver {weeks}. uke."
        )
    weeks = LAGMOTE_INTERVAL_DAYS // 7
    return words.format(date=format_date(on), days=days, due=format_date(due), weeks=weeks)


# --- since the last meeting ---------------------------------------------------------------


@dataclass(frozen=True)
class GoalMove:
    goal: GoalInfo
    before: int | None  # the rating at the last meeting (None: not rated then)
    now: int


@dataclass(frozen=True)
class SinceLast:
    """What opens every meeting: what moved and what did not since the last one."""

    since: date | None
    goals_moved: tuple[GoalMove, ...] = ()
    tiltak_done: tuple[TiltakInfo, ...] = ()
    tiltak_late: tuple[TiltakInfo, ...] = ()
    actions_not_kept: tuple[ActionItemInfo, ...] = ()


def since_last(view: MeetingsView, plan: PlanView, lagmote_id: int, today: date) -> SinceLast:
    """Since the last lagmøte held before ``lagmote_id``: goals whose rating changed, measures
    done, measures late, and action items from that meeting not done by their date.

    A meeting held before today is looked at as it stood on its day: ratings and measures
    done after it belong to the meetings after it, and lateness counts to its date."""
    current = view.meeting(lagmote_id)
    until = today
    if current is not None and current.held and current.meeting_on < today:
        until = current.meeting_on
    previous = view.previous_held(lagmote_id)
    since = previous.meeting_on if previous is not None else None
    moved = tuple(m for g in plan.goals if (m := _goal_move(g, since, until)) is not None)
    tiltak = [*plan.loose_tiltak, *(t for g in plan.goals for t in g.tiltak)]
    done = tuple(t for t in tiltak if _done_since(t, since, until))
    late = tuple(t for t in tiltak if _late_on(t.fields.due_on, _done_on(t), until))
    earlier = [m for m in view.meetings if m.held and since is not None and m.meeting_on <= since]
    not_kept = tuple(
        a for m in earlier for a in m.action_items if _late_on(a.due_on, a.done_on, until)
    )
    return SinceLast(since, moved, done, late, not_kept)


def _done_on(measure: TiltakInfo) -> date | None:
    """When the measure was closed: its done date; closed on an unknown day (stopped, or done
    without a date) counts as closed all along."""
    if measure.fields.status not in CLOSED_TILTAK:
        return None
    return measure.fields.done_on or date.min


def _late_on(due: date | None, done: date | None, day: date) -> bool:
    """Past its date on ``day`` and not done by then (done later does not count)."""
    return due is not None and due < day and (done is None or done > day)


def _done_since(measure: TiltakInfo, since: date | None, until: date) -> bool:
    done_on = measure.fields.done_on
    return done_on is not None and (since is None or done_on > since) and done_on <= until


def _goal_move(goal: GoalInfo, since: date | None, until: date) -> GoalMove | None:
    ratings = [r for r in goal.ratings if r.rated_on <= until]
    latest = ratings[-1] if ratings else None
    if latest is None or (since is not None and latest.rated_on <= since):
        return None
    before = [r.value for r in ratings if since is not None and r.rated_on <= since]
    start = before[-1] if before else None
    if start == latest.value:
        return None
    return GoalMove(goal, start, latest.value)


# --- rules for changes --------------------------------------------------------------------


@dataclass(frozen=True)
class ActionFields:
    """An action item as the user edits it."""

    text: str
    owner_id: int | None = None
    due_on: date | None = None
    done_on: date | None = None


def check_meeting_text(text: str) -> None:
    check_length(text, MAX_TEXT_CHARS, t("Teksten"))


def check_agenda_item(key: str, text: str) -> None:
    if key not in AGENDA_KEYS:
        raise UserError(t("Dagsordenen har ikke noe punkt som heter «{key}».").format(key=key))
    check_length(text, MAX_TEXT_CHARS, t("Teksten"))


def check_action(text: str, done_on: date | None, today: date) -> None:
    if not text.strip():
        raise UserError(t("Skriv hva som skal gjøres."))
    check_length(text, MAX_TEXT_CHARS, t("Oppgaven"))
    if done_on is not None and done_on > today:
        raise UserError(t("En oppgave kan ikke være gjort på en dato fram i tid."))


def check_decision(text: str) -> None:
    if not text.strip():
        raise UserError(t("Skriv hva laget ble enige om."))
    check_length(text, MAX_TEXT_CHARS, t("Vedtaket"))


def check_attendee(name: str, role_code: str) -> None:
    if role_code not in ROLE_CODES:
        raise UserError(t("Ukjent rolle: «{role}».").format(role=role_code))
    if not name.strip():
        raise UserError(t("Skriv navnet på den som var med."))
    check_length(name, 200, t("Navnet"))
