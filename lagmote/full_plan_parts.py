"""The kartlegging and the week of the full plan (:mod:`lagmote.full_plan`).

- The kartlegging: per perspective (the youth's and the team's, never averaged) the first
  and the latest kartlegging as two series for the radar, and a table of the numbers. A
  missing rating stays None (not assessed), never zero. No area is hidden: this is the
  team's document; the sensitive ones are marked so the team knows.
- The week: Monday to Sunday, each day's entries by their start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from lagmote.dates import WEEKDAYS
from lagmote.kartlegging import AREA_NUMBERS, AssessmentInfo, KartleggingView
from lagmote.plan import EntryFields
from lagmote.standard import AREAS, PERSPECTIVES
from lagmote.week import format_span, kind_name

__all__ = [
    "AreaLine",
    "KartleggingPart",
    "RadarLine",
    "RadarPart",
    "WeekDay",
    "WeekLine",
    "kartlegging_part",
    "week_days",
]

# Whose rating, as a column title says it.
WHOSE = {"ungdom": "Ungdommen", "lag": "Laget"}


# --- the kartlegging -----------------------------------------------------------------------


@dataclass(frozen=True)
class RadarLine:
    """One series on the radar: a dated kartlegging from one perspective."""

    label: str  # e.g. "Første kartlegging 28.07.2026"
    values: tuple[int | None, ...]  # 12, area 1 first; None: not assessed


@dataclass(frozen=True)
class RadarPart:
    """One radar: one perspective, the first kartlegging and the latest (oldest first)."""

    title: str  # e.g. "Ungdommens vurdering"
    series: tuple[RadarLine, ...]


@dataclass(frozen=True)
class AreaLine:
    """One area's row in the table of numbers: per perspective, the first and the latest
    rating (one when there is one kartlegging; None: not assessed)."""

    number: int
    name: str
    short_name: str
    sensitive: bool
    values: tuple[tuple[int | None, ...], ...]


@dataclass(frozen=True)
class KartleggingPart:
    """The radars and the table of numbers; empty when there is no kartlegging."""

    count: int = 0  # how many kartlegginger there are in all
    radars: tuple[RadarPart, ...] = ()
    dates: tuple[date, ...] = ()  # the kartlegginger shown: the first and the latest
    columns: tuple[str, ...] = ()  # whose rating each column of numbers is
    areas: tuple[AreaLine, ...] = ()


def kartlegging_part(view: KartleggingView) -> KartleggingPart:
    picks = _first_and_latest(view.assessments)
    if not picks:
        return KartleggingPart()
    return KartleggingPart(
        count=len(view.assessments),
        radars=tuple(_radar(title, p, picks) for p, title in PERSPECTIVES.items()),
        dates=tuple(a.assessed_on for a in picks),
        columns=tuple(WHOSE.get(p, p) for p in PERSPECTIVES),
        areas=tuple(_area_line(view, n, picks) for n in AREA_NUMBERS),
    )


def _radar(title: str, perspective: str, picks: Sequence[AssessmentInfo]) -> RadarPart:
    pairs = zip(_labels(picks), picks, strict=True)
    return RadarPart(title, tuple(RadarLine(label, a.values(perspective)) for label, a in pairs))


def _first_and_latest(assessments: Sequence[AssessmentInfo]) -> tuple[AssessmentInfo, ...]:
    if len(assessments) <= 1:
        return tuple(assessments)
    return assessments[0], assessments[-1]


def _labels(picks: Sequence[AssessmentInfo]) -> tuple[str, ...]:
    if len(picks) == 1:
        return (f"Kartlegging {picks[0].label}",)
    return f"Første kartlegging {picks[0].label}", f"Siste kartlegging {picks[1].label}"


def _area_line(view: KartleggingView, number: int, picks: Sequence[AssessmentInfo]) -> AreaLine:
    a = AREAS[number - 1]
    values = tuple(tuple(pick.rating(number, p).rating for pick in picks) for p in PERSPECTIVES)
    return AreaLine(number, a.name, a.short_name, number in view.sensitive, values)


# --- the week ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekLine:
    """One entry of a day: "08:30–14:30", what, which kind, where."""

    span: str
    title: str
    kind: str
    place: str = ""


@dataclass(frozen=True)
class WeekDay:
    name: str  # "Mandag"
    lines: tuple[WeekLine, ...] = ()


def week_days(entries: Sequence[EntryFields]) -> tuple[WeekDay, ...]:
    """Monday to Sunday, each day's entries by their start."""
    return tuple(
        WeekDay(
            WEEKDAYS[day].capitalize(),
            tuple(
                _week_line(e)
                for e in sorted(entries, key=lambda e: (e.start_minute, e.end_minute))
                if e.weekday == day
            ),
        )
        for day in range(7)
    )


def _week_line(entry: EntryFields) -> WeekLine:
    kind = kind_name(entry.kind)
    title = entry.title.strip() or kind
    return WeekLine(format_span(entry.start_minute, entry.end_minute), title, kind, entry.place)
