"""Kartlegging (§7.3) as plain records, the rules for changing it, and what it says over time.

A kartlegging is a dated assessment over the 12 areas. Each area gets two ratings side by
side, never averaged: the youth's own and the team's (``PERSPECTIVES``). A rating is 1..5 on
``KARTLEGGING_SCALE``, or ``None``: not assessed, which is a state of its own and never zero.

Three areas are sensitive by the standard (health, crime history, safety); the team may mark
more. Sensitive areas are hidden on the projected screen and on what the family takes home,
unless someone chooses to show them for that occasion (:func:`hidden_areas`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from lagmote.dates import format_date
from lagmote.errors import UserError
from lagmote.i18n import t
from lagmote.plan import MAX_TEXT_CHARS, check_length
from lagmote.standard import AREAS, KARTLEGGING_SCALE, PERSPECTIVES, area
from lagmote.wording import join_words

AREA_NUMBERS = tuple(a.number for a in AREAS)
SCALE_VALUES = tuple(step.value for step in KARTLEGGING_SCALE)
STANDARD_SENSITIVE = frozenset(a.number for a in AREAS if a.sensitive)
# Youth and team this many steps apart on an area: something to talk about in the meeting.
TALK_ABOUT_STEPS = 2
# The overlay of the radar: first, previous and the one chosen (the latest shown).
MAX_OVERLAY = 3
MOST_CHANGED = 3  # how many areas "improved most" and "worsened most" name at most
MAX_NOTE_CHARS = 5_000
_AREA_LIST = re.compile(r"^\s*(?:\d{1,2}\s*(?:,\s*\d{1,2}\s*)*)?$")


# --- what the page shows -------------------------------------------------------------------


@dataclass(frozen=True)
class AreaRatingInfo:
    """One area from one perspective: the rating (None: not assessed), resources, risks."""

    rating: int | None = None
    resources: str = ""
    risks: str = ""

    @property
    def empty(self) -> bool:
        return self.rating is None and not self.resources.strip() and not self.risks.strip()


NOT_ASSESSED = AreaRatingInfo()


@dataclass(frozen=True)
class AssessmentInfo:
    """One dated kartlegging with every rating it has, keyed by (area, perspective)."""

    id: int
    assessed_on: date
    note: str = ""
    ratings: Mapping[tuple[int, str], AreaRatingInfo] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def rating(self, area_number: int, perspective: str) -> AreaRatingInfo:
        return self.ratings.get((area_number, perspective), NOT_ASSESSED)

    def values(self, perspective: str) -> tuple[int | None, ...]:
        """The 12 ratings of one perspective, area 1 first; None where not assessed."""
        return tuple(self.rating(n, perspective).rating for n in AREA_NUMBERS)

    def assessed_count(self, perspective: str) -> int:
        return sum(v is not None for v in self.values(perspective))

    @property
    def label(self) -> str:
        return format_date(self.assessed_on)


@dataclass(frozen=True)
class KartleggingView:
    """Every kartlegging of one youth, oldest first, and the areas the team marked."""

    youth_id: int
    assessments: tuple[AssessmentInfo, ...] = ()
    marked_sensitive: frozenset[int] = frozenset()

    @property
    def sensitive(self) -> frozenset[int]:
        """The standard's sensitive areas and those the team marked."""
        return STANDARD_SENSITIVE | self.marked_sensitive

    @property
    def latest(self) -> AssessmentInfo | None:
        return self.assessments[-1] if self.assessments else None

    def assessment(self, kartlegging_id: int | None) -> AssessmentInfo | None:
        return next((a for a in self.assessments if a.id == kartlegging_id), None)

    def overlay(self, kartlegging_id: int) -> tuple[AssessmentInfo, ...]:
        """What the radar overlays for the chosen kartlegging: the first, the one before
        the chosen, and the chosen itself (oldest first, each once)."""
        index = next((i for i, a in enumerate(self.assessments) if a.id == kartlegging_id), None)
        if index is None:
            return ()
        picks = sorted({0, max(index - 1, 0), index})
        return tuple(self.assessments[i] for i in picks)

    def trend(self, area_number: int, perspective: str) -> tuple[int | None, ...]:
        """One area's ratings across all kartlegginger, oldest first."""
        return tuple(a.rating(area_number, perspective).rating for a in self.assessments)


def hidden_areas(view: KartleggingView, concealing: bool) -> frozenset[int]:
    """The areas to hide now: the sensitive ones while concealing (meeting mode, or a
    print for the family), none when the user chose to show them for this occasion."""
    return view.sensitive if concealing else frozenset()


# --- change over time, and where youth and team differ -------------------------------------


@dataclass(frozen=True)
class AreaChange:
    """An area's first and latest rating (from different kartlegginger) of one perspective."""

    area: int
    first: int
    latest: int
    first_on: date

    @property
    def delta(self) -> int:
        return self.latest - self.first


def area_changes(
    view: KartleggingView, perspective: str, hidden: frozenset[int] = frozenset()
) -> tuple[AreaChange, ...]:
    """Per area (hidden ones left out): the earliest rating against the latest one, where
    the area was rated in at least two kartlegginger."""
    changes = []
    for number in AREA_NUMBERS:
        if number in hidden:
            continue
        rated = [
            (a.assessed_on, value)
            for a in view.assessments
            if (value := a.rating(number, perspective).rating) is not None
        ]
        if len(rated) >= 2:
            changes.append(AreaChange(number, rated[0][1], rated[-1][1], rated[0][0]))
    return tuple(changes)


def most_changed(changes: Iterable[AreaChange], better: bool) -> tuple[AreaChange, ...]:
    """The areas that improved (or worsened) most, biggest change first, at most
    :data:`MOST_CHANGED`; ties keep the standard's order."""
    sign = 1 if better else -1
    moved = [c for c in changes if sign * c.delta > 0]
    moved.sort(key=lambda c: (-sign * c.delta, c.area))
    return tuple(moved[:MOST_CHANGED])


def change_sentences(
    view: KartleggingView, perspective: str, hidden: frozenset[int] = frozenset()
) -> tuple[str, ...]:
    """The change since the first kartlegging, in words a parent can follow."""
    whose = PERSPECTIVES[perspective].lower()
    if len(view.assessments) < 2:
        return (t("Endring over tid vises når det finnes minst to kartlegginger."),)
    changes = area_changes(view, perspective, hidden)
    first_on = format_date(view.assessments[0].assessed_on)
    words = t("Endring siden første kartlegging ({date}), etter {whose}:")
    sentences = [words.format(date=first_on, whose=whose)]
    better, worse = most_changed(changes, True), most_changed(changes, False)
    sentences.append(
        t("Mest bedring: {areas}.").format(areas=_list_changes(better))
        if better
        else t("Ingen områder er vurdert bedre enn første gang.")
    )
    sentences.append(
        t("Mest tilbakegang: {areas}.").format(areas=_list_changes(worse))
        if worse
        else t("Ingen områder er vurdert dårligere enn første gang.")
    )
    if hidden:
        sentences.append(t("Skjulte områder er ikke tatt med."))
    return tuple(sentences)


def _list_changes(changes: tuple[AreaChange, ...]) -> str:
    words = t("{area} (fra {first} til {latest})")
    return join_words(
        [words.format(area=area(c.area).name, first=c.first, latest=c.latest) for c in changes]
    )


def talk_about(assessment: AssessmentInfo, hidden: frozenset[int] = frozenset()) -> frozenset[int]:
    """The areas where the youth and the team are :data:`TALK_ABOUT_STEPS` or more apart."""
    found = set()
    for number in AREA_NUMBERS:
        youth = assessment.rating(number, "ungdom").rating
        team = assessment.rating(number, "lag").rating
        if number in hidden or youth is None or team is None:
            continue
        if abs(youth - team) >= TALK_ABOUT_STEPS:
            found.add(number)
    return frozenset(found)


def talk_about_sentence(assessment: AssessmentInfo, areas: frozenset[int]) -> str:
    if not areas:
        return t("Ungdommen og laget er ikke mer enn ett trinn fra hverandre på noe område.")
    words = t("{area} (ungdommen {youth}, laget {team})")
    parts = [
        words.format(
            area=area(n).name,
            youth=assessment.rating(n, "ungdom").rating,
            team=assessment.rating(n, "lag").rating,
        )
        for n in sorted(areas)
    ]
    words = t("Ungdommen og laget ser ulikt på: {areas}. Det er noe å snakke om.")
    return words.format(areas=join_words(parts))


# --- the areas the team marks sensitive ----------------------------------------------------


def parse_area_list(text: str) -> frozenset[int]:
    """Read the stored list of area numbers ("4, 7"); raise ValueError on anything else."""
    if not _AREA_LIST.fullmatch(text):
        raise ValueError("not a comma-separated list of area numbers")
    numbers = frozenset(int(part) for part in text.split(",") if part.strip())
    if not numbers <= set(AREA_NUMBERS):
        raise ValueError("area number out of range")
    return numbers


def format_area_list(areas: Iterable[int]) -> str:
    return ",".join(str(n) for n in sorted(set(areas)))


# --- rules for changes ---------------------------------------------------------------------


def check_area_rating(area_number: int, perspective: str, info: AreaRatingInfo) -> None:
    if area_number not in AREA_NUMBERS:
        raise UserError(t("Området må være et av de 12 områdene i kartleggingen."))
    if perspective not in PERSPECTIVES:
        words = t("Ukjent vurdering: «{perspective}»; bruk ungdommens eller lagets.")
        raise UserError(words.format(perspective=perspective))
    if info.rating is not None and info.rating not in SCALE_VALUES:
        raise UserError(
            t("En vurdering i kartleggingen må være fra 1 til 5, eller «ikke vurdert».")
        )
    check_length(info.resources, MAX_TEXT_CHARS, t("Teksten om ressurser"))
    check_length(info.risks, MAX_TEXT_CHARS, t("Teksten om risiko"))


def check_assessment(assessed_on: date, note: str, today: date) -> None:
    if assessed_on > today:
        raise UserError(t("En kartlegging kan ikke ha en dato fram i tid."))
    check_length(note, MAX_NOTE_CHARS, t("Merknaden"))


def check_marked_sensitive(areas: frozenset[int]) -> None:
    if not areas <= set(AREA_NUMBERS):
        raise UserError(t("Bare de 12 områdene i kartleggingen kan merkes som sensitive."))


# --- the chart as a table, for those who cannot read the chart -----------------------------


def step_text(value: int | None) -> str:
    """ "3 – Litt bekymring", or "ikke vurdert"."""
    if value is None:
        return t("ikke vurdert")
    return f"{value} – {KARTLEGGING_SCALE[value - 1].label}"


def chart_table(
    series: Sequence[tuple[str, tuple[int | None, ...]]],
    hidden: frozenset[int],
    talk: frozenset[int] | None = None,
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The numbers of the chart as column titles and rows, one row per area. ``talk`` (when
    comparing the youth and the team) adds a column marking what to talk about."""
    headers = (t("Område"), *(label for label, _ in series))
    if talk is not None:
        headers += (t("Å snakke om"),)
    rows = []
    for index, number in enumerate(AREA_NUMBERS):
        if number in hidden:
            hidden_area = t("Område {number}: skjult").format(number=number)
            cells = [hidden_area, *(t("skjult") for _ in series)]
            cells += [""] if talk is not None else []
        else:
            cells = [area(number).name, *(step_text(values[index]) for _, values in series)]
            if talk is not None:
                cells.append(t("Ja, ulik vurdering") if number in talk else "")
        rows.append(tuple(cells))
    return headers, tuple(rows)
