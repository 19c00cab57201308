"""Min plan (§7.5) and the youth's week as plain records, and the rules for changing them.

The database layer hands pages these records (never ORM objects); pages hand the operations
layer the ``*Fields`` dataclasses below, which :func:`check_goal`, :func:`check_tiltak` and
:func:`check_entry` validate first, so bad input is refused with one clear sentence before
anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from lagmote.errors import UserError
from lagmote.i18n import t
from lagmote.records import MemberInfo
from lagmote.standard import (
    AREAS,
    INCIDENT_PLAN_FIELDS,
    PLAN_SECTIONS,
    SCHEDULE_KINDS,
    TILTAK_STATUSES,
)

LADDER_VALUES = (-2, -1, 0, 1, 2)
MAX_GOAL_CHARS = 5_000
MAX_TEXT_CHARS = 20_000
MINUTES_PER_DAY = 24 * 60
CLOSED_TILTAK = ("fullfort", "avbrutt")
# Plan sections hidden on the projector (meeting mode): who may not come near, and where the
# youth feels unsafe.
SENSITIVE_SECTIONS = frozenset({"trygghet", "ring"})
SECTION_KEYS = frozenset(s.key for s in (*PLAN_SECTIONS, *INCIDENT_PLAN_FIELDS))


# --- what the pages show -------------------------------------------------------------------


@dataclass(frozen=True)
class GoalRatingInfo:
    """One dated rating on a goal's ladder, tied to a lagmøte when there was one."""

    id: int
    rated_on: date
    value: int
    lagmote_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class TiltakFields:
    """A measure as the user edits it."""

    text: str
    goal_id: int | None = None
    responsible_id: int | None = None
    due_on: date | None = None
    status: str = "planlagt"
    done_on: date | None = None


@dataclass(frozen=True)
class TiltakInfo:
    """A measure under a goal (or under no goal): what, who, by when, status."""

    id: int
    fields: TiltakFields
    responsible: str = ""  # "Name (Role)", for showing

    def is_late(self, today: date) -> bool:
        due = self.fields.due_on
        return due is not None and due < today and self.fields.status not in CLOSED_TILTAK


@dataclass(frozen=True)
class GoalFields:
    """A goal as the user edits it: the youth's words, the area, why, and the ladder."""

    text: str
    area: int | None = None
    why: str = ""
    levels: tuple[str, str, str, str, str] = ("", "", "", "", "")  # −2, −1, 0, +1, +2


@dataclass(frozen=True)
class GoalInfo:
    """A goal with its rating history (oldest first) and its measures."""

    id: int
    position: int
    fields: GoalFields
    created_on: date
    ratings: tuple[GoalRatingInfo, ...] = ()
    tiltak: tuple[TiltakInfo, ...] = ()

    @property
    def first(self) -> GoalRatingInfo | None:
        return self.ratings[0] if self.ratings else None

    @property
    def latest(self) -> GoalRatingInfo | None:
        return self.ratings[-1] if self.ratings else None

    def level_text(self, value: int) -> str:
        return self.fields.levels[LADDER_VALUES.index(value)]


@dataclass(frozen=True)
class MeetingInfo:
    """A lagmøte as the plan needs it: to tie a rating to it."""

    id: int
    meeting_on: date
    held: bool


@dataclass(frozen=True)
class PlanView:
    """Everything the Min plan page shows for one youth."""

    youth_id: int
    sections: dict[str, str] = field(default_factory=dict)
    goals: tuple[GoalInfo, ...] = ()
    loose_tiltak: tuple[TiltakInfo, ...] = ()  # measures tied to no goal
    members: tuple[MemberInfo, ...] = ()
    meetings: tuple[MeetingInfo, ...] = ()
    # The kartlegging areas hidden in meeting mode: the standard's and the team's.
    sensitive_areas: frozenset[int] = frozenset(a.number for a in AREAS if a.sensitive)

    def section(self, key: str) -> str:
        return self.sections.get(key, "")

    def meeting_on(self, day: date) -> MeetingInfo | None:
        """The lagmøte on ``day`` (held, or planned and being held now), which a rating made
        that day belongs to."""
        return next((m for m in self.meetings if m.meeting_on == day), None)


@dataclass(frozen=True)
class EntryFields:
    """A recurring weekly entry as the user edits it (Monday = 0; minutes from midnight)."""

    weekday: int
    start_minute: int
    end_minute: int
    kind: str
    title: str = ""
    place: str = ""


@dataclass(frozen=True)
class ScheduleEntryInfo:
    id: int
    fields: EntryFields


@dataclass(frozen=True)
class WeekView:
    """The youth's week: recurring entries, and the lagmøter (for the calendar)."""

    youth_id: int
    entries: tuple[ScheduleEntryInfo, ...] = ()
    meetings: tuple[MeetingInfo, ...] = ()
    youth_uid: str = ""


# --- rules for changes ---------------------------------------------------------------------


def check_section(key: str, text: str) -> None:
    if key not in SECTION_KEYS:
        raise UserError(t("Planen har ingen del som heter «{key}».").format(key=key))
    check_length(text, MAX_TEXT_CHARS, t("Teksten"))


def check_goal(fields: GoalFields) -> None:
    if not fields.text.strip():
        raise UserError(t("Målet må ha en tekst: skriv det med ungdommens egne ord."))
    check_length(fields.text, MAX_GOAL_CHARS, t("Målet"))
    if fields.area is not None and not 1 <= fields.area <= 12:
        raise UserError(t("Området må være et av de 12 områdene i kartleggingen."))
    for text in (fields.why, *fields.levels):
        check_length(text, MAX_TEXT_CHARS, t("Teksten"))


def check_rating(value: int) -> None:
    if value not in LADDER_VALUES:
        raise UserError(t("En vurdering på målstigen må være fra −2 til +2."))


def check_tiltak(fields: TiltakFields) -> None:
    if not fields.text.strip():
        raise UserError(t("Tiltaket må ha en tekst som sier hva som skal gjøres."))
    check_length(fields.text, MAX_TEXT_CHARS, t("Tiltaket"))
    if fields.status not in TILTAK_STATUSES:
        raise UserError(t("Ukjent status for tiltaket: «{status}».").format(status=fields.status))
    if fields.done_on is not None and fields.status != "fullfort":
        raise UserError(t("Bare et fullført tiltak kan ha en dato for når det ble gjort."))


def check_entry(fields: EntryFields) -> None:
    """A weekly entry lies within one day and has a known kind."""
    if not 0 <= fields.weekday <= 6:
        raise UserError(t("Dagen må være en ukedag fra mandag til søndag."))
    if fields.kind not in SCHEDULE_KINDS:
        raise UserError(t("Ukjent type aktivitet: «{kind}».").format(kind=fields.kind))
    if fields.start_minute < 0 or fields.end_minute > MINUTES_PER_DAY:
        raise UserError(t("En aktivitet må ligge innenfor ett døgn (00:00–24:00)."))
    if fields.end_minute <= fields.start_minute:
        raise UserError(t("En aktivitet må slutte etter at den begynner."))
    check_length(fields.title, 200, t("Navnet på aktiviteten"))
    check_length(fields.place, 200, t("Stedet"))


def check_length(text: str, most: int, what: str) -> None:
    """Refuse ``text`` longer than ``most``; ``what`` names it, translated by the caller."""
    if len(text) > most:
        words = t("{what} har for mange tegn ({count}); høyst {most} går an.")
        raise UserError(words.format(what=what, count=len(text), most=most))
