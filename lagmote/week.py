"""The youth's week against the Oslostandard (§3.2–3.3), and the free time in it.

Plain functions over :class:`~lagmote.plan.EntryFields`, no Qt and no database:

- :func:`check_week` says, rule by rule, whether the week has a school or day offer, at
  least one activity, and contact with the oppfølger every weekday; each finding is one
  sentence a parent understands, with the missing days named in words.
- :func:`free_stretches` finds the long, unstructured afternoons and evenings (after school,
  or from 15:00; weekends from 10:00; until 22:00) that the team wants to fill.

Overlapping entries are allowed (the grid lays them side by side); entries that break
:func:`~lagmote.plan.check_entry` (an end before the start) are treated as empty, never as
an error here: the operations layer refuses them before they are written.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from lagmote.dates import WEEKDAYS
from lagmote.errors import UserError
from lagmote.i18n import N_, TextList, TextMap, t
from lagmote.plan import MINUTES_PER_DAY, EntryFields
from lagmote.standard import SCHEDULE_KINDS
from lagmote.wording import join_words

SHORT_WEEKDAYS: Final = TextList(
    (N_("Man"), N_("Tir"), N_("Ons"), N_("Tor"), N_("Fre"), N_("Lør"), N_("Søn"))
)
WORKDAYS: Final = range(5)  # Monday to Friday
SNAP_MINUTES: Final = 15

# The short kind word shown inside a box on the grid, beside the colour and the pattern.
KIND_WORDS: Final = TextMap(
    {
        "skole": N_("Skole"),
        "aktivitet": N_("Aktivitet"),
        "oppfolger": N_("Oppfølger"),
        "jobb": N_("Jobb"),
        "familie": N_("Familie"),
        "annet": N_("Annet"),
    }
)

# The rules the week is checked against, as keys and in the standard's words.
RULE_SCHOOL: Final = "skole"
RULE_ACTIVITY: Final = "aktivitet"
RULE_CONTACT: Final = "oppfolger"
RULES: Final = TextMap(
    {
        RULE_SCHOOL: N_("Ungdommen skal ha et skole- eller dagtilbud (§3.3)."),
        RULE_ACTIVITY: N_("Minst én aktivitet skal være en del av oppfølgingen (§3.3)."),
        RULE_CONTACT: N_("Hovedregelen er daglig kontakt eller treff med oppfølgeren (§3.2)."),
    }
)

# Free time: from the end of school (or this time when there is none) until the evening.
AFTERNOON_START: Final = 15 * 60
WEEKEND_START: Final = 10 * 60
EVENING_END: Final = 22 * 60
MIN_FREE_MINUTES: Final = 2 * 60


@dataclass(frozen=True)
class WeekFinding:
    """One rule of the standard and whether the week keeps it, said in one sentence.

    ``rule`` is one of the ``RULE_*`` keys; :data:`RULES` has its wording.
    """

    ok: bool
    rule: str
    sentence: str


@dataclass(frozen=True)
class FreeStretch:
    """A stretch of unstructured time on one day (minutes from midnight)."""

    weekday: int
    start: int
    end: int

    @property
    def minutes(self) -> int:
        return self.end - self.start

    @property
    def sentence(self) -> str:
        """For example "Fri tid uten avtaler tirsdag 14:30–17:00"."""
        words = t("Fri tid uten avtaler {day} {span}")
        return words.format(day=WEEKDAYS[self.weekday], span=format_span(self.start, self.end))


# --- words ---------------------------------------------------------------------------------


def format_minute(minute: int) -> str:
    """Minutes from midnight as 24-hour "HH:MM" (1440 is "24:00", the end of the day)."""
    minute = max(0, min(MINUTES_PER_DAY, minute))
    return f"{minute // 60:02d}:{minute % 60:02d}"


def format_span(start: int, end: int) -> str:
    """ "14:30–17:00" (with an en dash, as Norwegian writes a span)."""
    return f"{format_minute(start)}–{format_minute(end)}"


def day_names(days: Iterable[int]) -> str:
    """Weekday numbers as words in week order: "tirsdag og torsdag"."""
    return join_words([WEEKDAYS[d] for d in sorted(set(days))])


def kind_word(kind: str) -> str:
    """The short word for a kind, shown in its box ("Oppfølger")."""
    return KIND_WORDS.get(kind, SCHEDULE_KINDS.get(kind, kind))


def kind_name(kind: str) -> str:
    """The kind's full display name from the standard ("Med oppfølgeren")."""
    return SCHEDULE_KINDS.get(kind, kind)


def is_right_to_left(text: str) -> bool:
    """Whether the first strong character is right-to-left (Arabic, Hebrew …).

    Only to choose the text direction for layout; Qt itself orders the characters.
    """
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def describe_entry(fields: EntryFields) -> str:
    """The entry in words, for screen readers and tooltips:
    "tirsdag 17:00–18:30: Fotballtrening (Aktivitet), Eksempel kunstgress"."""
    day, span = WEEKDAYS[fields.weekday], format_span(fields.start_minute, fields.end_minute)
    title = fields.title.strip() or kind_name(fields.kind)
    text = f"{day} {span}: {title} ({kind_name(fields.kind)})"
    return f"{text}, {fields.place.strip()}" if fields.place.strip() else text


def check_span(start: int, end: int) -> None:
    """Refuse a span that ends before it starts, naming both times and what to do instead.

    The form's times cannot say "24:00" or "the next day", so an end before the start is
    usually an entry meant to pass midnight: that must be two entries, one on each day.
    """
    if end <= start:
        raise UserError(
            t(
                "Slutten ({end}) må være etter starten ({start}). Går aktiviteten over "
                "midnatt, del den i to: én til 24:00 og én fra 00:00 neste dag."
            ).format(end=format_minute(end), start=format_minute(start))
        )


# --- the rules (§3.2–3.3) ------------------------------------------------------------------


def _days_with(entries: Sequence[EntryFields], kind: str) -> set[int]:
    return {e.weekday for e in entries if e.kind == kind and e.end_minute > e.start_minute}


def _school_finding(entries: Sequence[EntryFields]) -> WeekFinding:
    days = _days_with(entries, "skole") & set(WORKDAYS)
    if not days:
        sentence = t("Ingen skole eller dagtilbud på hverdagene.") + " " + RULES[RULE_SCHOOL]
        return WeekFinding(False, RULE_SCHOOL, sentence)
    if days == set(WORKDAYS):
        return WeekFinding(True, RULE_SCHOOL, t("Skole eller dagtilbud alle hverdager."))
    missing = day_names(set(WORKDAYS) - days)
    sentence = t("Skole eller dagtilbud på {days}; ikke på {missing}.")
    return WeekFinding(True, RULE_SCHOOL, sentence.format(days=day_names(days), missing=missing))


def _activity_finding(entries: Sequence[EntryFields]) -> WeekFinding:
    activities = [e for e in entries if e.kind == "aktivitet" and e.end_minute > e.start_minute]
    if not activities:
        sentence = t("Ingen aktivitet i uka.") + " " + RULES[RULE_ACTIVITY]
        return WeekFinding(False, RULE_ACTIVITY, sentence)
    titles = list(dict.fromkeys(e.title.strip() for e in activities if e.title.strip()))
    days = day_names(e.weekday for e in activities)
    if titles:
        sentence = t("Aktivitet i uka: {titles} ({days}).").format(
            titles=join_words(titles), days=days
        )
    else:
        sentence = t("Aktivitet i uka: {days}.").format(days=days)
    return WeekFinding(True, RULE_ACTIVITY, sentence)


def _contact_finding(entries: Sequence[EntryFields]) -> WeekFinding:
    missing = set(WORKDAYS) - _days_with(entries, "oppfolger")
    if not missing:
        return WeekFinding(True, RULE_CONTACT, t("Kontakt med oppfølgeren hver hverdag."))
    if missing == set(WORKDAYS):
        sentence = t("Ingen kontakt med oppfølgeren på hverdagene.")
        return WeekFinding(False, RULE_CONTACT, sentence)
    sentence = t("Ingen kontakt med oppfølgeren på {days}.").format(days=day_names(missing))
    return WeekFinding(False, RULE_CONTACT, sentence)


def check_week(entries: Sequence[EntryFields]) -> list[WeekFinding]:
    """The week against §3.2–3.3: school or day offer, an activity, daily contact."""
    return [_school_finding(entries), _activity_finding(entries), _contact_finding(entries)]


# --- free time -----------------------------------------------------------------------------


def _window_start(
    entries: Sequence[EntryFields], weekday: int, day_start: int, weekend: int
) -> int:
    """When a day's free time can begin: after school on weekdays, else the given hour."""
    if weekday not in WORKDAYS:
        return weekend
    school_ends = [e.end_minute for e in entries if e.weekday == weekday and e.kind == "skole"]
    return max(school_ends) if school_ends else day_start


def _gaps(busy: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of [start, end) that no (start, end) pair in ``busy`` covers."""
    gaps, cursor = [], start
    for busy_start, busy_end in sorted(busy):
        if busy_start > cursor:
            gaps.append((cursor, min(busy_start, end)))
        cursor = max(cursor, busy_end)
        if cursor >= end:
            break
    if cursor < end:
        gaps.append((cursor, end))
    return [(a, b) for a, b in gaps if b > a]


def free_stretches(
    entries: Sequence[EntryFields],
    day_start: int = AFTERNOON_START,
    day_end: int = EVENING_END,
    min_minutes: int = MIN_FREE_MINUTES,
    weekend_start: int = WEEKEND_START,
) -> list[FreeStretch]:
    """Unstructured afternoons and evenings, Monday to Sunday, in week order.

    On weekdays the time from the end of the day's last school entry (or ``day_start`` when
    there is no school) to ``day_end``; on weekends from ``weekend_start``. Every gap of at
    least ``min_minutes`` that no entry of any kind covers is a stretch.
    """
    stretches = []
    for weekday in range(7):
        start = _window_start(entries, weekday, day_start, weekend_start)
        busy = [
            (e.start_minute, e.end_minute)
            for e in entries
            if e.weekday == weekday and e.end_minute > e.start_minute
        ]
        for gap_start, gap_end in _gaps(busy, start, day_end):
            if gap_end - gap_start >= min_minutes:
                stretches.append(FreeStretch(weekday, gap_start, gap_end))
    return stretches


def free_time_by_day(stretches: Sequence[FreeStretch]) -> list[str]:
    """One line a day with free time, in week order: "tirsdag 14:30–17:00 og 18:30–22:00"."""
    lines = []
    for weekday in sorted({s.weekday for s in stretches}):
        spans = [format_span(s.start, s.end) for s in stretches if s.weekday == weekday]
        lines.append(f"{WEEKDAYS[weekday]} {join_words(spans)}")
    return lines


def free_time_sentences(stretches: Sequence[FreeStretch]) -> list[str]:
    """One sentence a day: "Fri tid uten avtaler tirsdag 14:30–17:00 og 18:30–22:00."."""
    return [
        t("Fri tid uten avtaler {line}.").format(line=line) for line in free_time_by_day(stretches)
    ]
