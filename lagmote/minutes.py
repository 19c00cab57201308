"""The minutes of one lagmøte (§7.6), «Referat fra lagmøte», as plain data.

The minutes go to the participants, who are the team: who was there, the youth's own words,
what was said under the agenda items that have a note, the general notes, what was agreed,
who does what by when, and when the team meets next. Pure data, no Qt and no database:
:func:`build_minutes` turns a :class:`~lagmote.meetings.MeetingsView` into :class:`Minutes`,
and :mod:`lagmote.pdf.minutes_pdf` draws them.

The youth's words are kept in the meeting's own field; a note under the agenda item
«Ungdommens ord» is added to them instead of being repeated among the agenda items.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lagmote.dates import format_date, format_date_long, iso_week_label
from lagmote.errors import UserError
from lagmote.i18n import t
from lagmote.meetings import AttendeeInfo, LagmoteInfo, MeetingsView
from lagmote.standard import LAGMOTE_AGENDA, role
from lagmote.team import ActionItemInfo

YOUTH_WORDS_ITEM = "ungdommens_ord"
STATUS_OPEN = "åpen"
STATUS_LATE = "for sent"
NOT_PLANNED = "ikke planlagt ennå"
NO_DUE_DATE = "ingen frist"
NO_OWNER = "ingen"


@dataclass(frozen=True)
class MinutesPerson:
    """Someone at the meeting or owning a task: a name (may be empty) and a role name."""

    name: str
    role: str

    @property
    def text(self) -> str:
        """ "Name (Role)", or the role alone when there is no name."""
        return f"{self.name} ({self.role})" if self.name else self.role


@dataclass(frozen=True)
class MinutesNote:
    """What was said under one agenda item."""

    title: str
    text: str


@dataclass(frozen=True)
class MinutesAction:
    """One row of «Hvem gjør hva»: what, who (None: no one), by when, and how it stands."""

    text: str
    owner: MinutesPerson | None
    due_on: date | None
    done_on: date | None
    late: bool

    @property
    def owner_text(self) -> str:
        return self.owner.text if self.owner is not None else NO_OWNER

    @property
    def due_text(self) -> str:
        return format_date(self.due_on) if self.due_on is not None else NO_DUE_DATE

    @property
    def status(self) -> str:
        """ "gjort dd.mm", "for sent" or "åpen": in words, never by colour alone."""
        if self.done_on is not None:
            return f"gjort {self.done_on.day:02d}.{self.done_on.month:02d}"
        return STATUS_LATE if self.late else STATUS_OPEN


@dataclass(frozen=True)
class Minutes:
    """Everything the minutes of one lagmøte say, in the order they say it."""

    youth_name: str
    number: int
    meeting_on: date
    held: bool
    attendees: tuple[MinutesPerson, ...] = ()
    youth_words: str = ""
    agenda: tuple[MinutesNote, ...] = ()
    notes: str = ""
    decisions: tuple[str, ...] = ()
    actions: tuple[MinutesAction, ...] = ()
    next_meeting_on: date | None = None

    @property
    def date_text(self) -> str:
        """E.g. "torsdag 3. desember 2026"."""
        return format_date_long(self.meeting_on)

    @property
    def week_text(self) -> str:
        """E.g. "uke 49"."""
        return iso_week_label(self.meeting_on)

    @property
    def next_meeting_text(self) -> str:
        """E.g. "torsdag 14. januar 2027 (uke 2)", or "ikke planlagt ennå"."""
        on = self.next_meeting_on
        return f"{format_date_long(on)} ({iso_week_label(on)})" if on is not None else NOT_PLANNED


def build_minutes(view: MeetingsView, youth_name: str, number: int | None, today: date) -> Minutes:
    """The minutes of lagmøte ``number`` (from 1; None: the latest held).

    UserError, in one sentence, when there is no such meeting or nothing to write minutes of.
    """
    meeting = select_meeting(view, number)
    later = view.next_after(meeting.id)
    return Minutes(
        youth_name=youth_name,
        number=view.number(meeting.id),
        meeting_on=meeting.meeting_on,
        held=meeting.held,
        attendees=tuple(_attendee(view, a) for a in meeting.attendees),
        youth_words=_youth_words(meeting),
        agenda=agenda_notes(meeting),
        notes=meeting.notes.strip(),
        decisions=tuple(d.text.strip() for d in meeting.decisions if d.text.strip()),
        actions=tuple(_action(view, item, today) for item in meeting.action_items),
        next_meeting_on=later.meeting_on if later is not None else None,
    )


def select_meeting(view: MeetingsView, number: int | None) -> LagmoteInfo:
    """The meeting to write minutes of, or UserError saying why there is none."""
    count = len(view.meetings)
    if count == 0:
        raise UserError(t("Ungdommen har ingen lagmøter ennå; det finnes ikke noe referat."))
    meeting = view.by_number(number)
    if meeting is None:
        if count == 1:
            raise UserError(t("Ungdommen har bare ett lagmøte; velg 1."))
        words = t("Ungdommen har bare {count} lagmøter; velg et tall fra 1 til {count}.")
        raise UserError(words.format(count=count))
    if not meeting.held and not has_record(meeting):
        words = t("Lagmøte {number} er ikke holdt ennå; det finnes ikke noe referat.")
        raise UserError(words.format(number=view.number(meeting.id)))
    return meeting


def has_record(meeting: LagmoteInfo) -> bool:
    """Whether anything from the meeting itself is written down.

    The general notes do not count: before a meeting they hold the planning (the invitation,
    the topics)."""
    return bool(
        meeting.attendees
        or meeting.youth_words.strip()
        or any(text.strip() for text in meeting.agenda_notes.values())
        or meeting.decisions
        or meeting.action_items
    )


def agenda_notes(meeting: LagmoteInfo) -> tuple[MinutesNote, ...]:
    """The agenda items that have a note, in the agenda's order («Ungdommens ord» aside)."""
    return tuple(
        MinutesNote(item.title, text)
        for item in LAGMOTE_AGENDA
        if item.key != YOUTH_WORDS_ITEM and (text := meeting.agenda_note(item.key).strip())
    )


def _youth_words(meeting: LagmoteInfo) -> str:
    words = meeting.youth_words.strip()
    note = meeting.agenda_note(YOUTH_WORDS_ITEM).strip()
    if not note or note == words:
        return words
    return f"{words}\n\n{note}" if words else note


def _attendee(view: MeetingsView, attendee: AttendeeInfo) -> MinutesPerson:
    member = view.member(attendee.member_id)
    name = attendee.name.strip() or (member.name if member is not None else "")
    return MinutesPerson(name, role_name(attendee.role))


def _action(view: MeetingsView, item: ActionItemInfo, today: date) -> MinutesAction:
    member = view.member(item.owner_id)
    owner = MinutesPerson(member.name, member.role_name) if member is not None else None
    return MinutesAction(item.text.strip(), owner, item.due_on, item.done_on, item.is_late(today))


def role_name(code: str) -> str:
    """The role's display name; a code this program does not know is shown as it is."""
    try:
        return role(code).name
    except ValueError:
        return code
