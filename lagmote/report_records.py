"""What the §8 report reads of each youth, and the reporting period.

A :class:`YouthRecord` holds no name, no birth date and no free text: only an age, codes,
dates and numbers, so nothing that identifies a person can reach the report's tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from lagmote.dates import format_date
from lagmote.errors import UserError
from lagmote.i18n import t


@dataclass(frozen=True)
class Period:
    """The reporting period, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            words = t("Periodens første dag ({first}) er etter den siste ({last}).")
            raise UserError(words.format(first=format_date(self.start), last=format_date(self.end)))

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def text(self) -> str:
        return f"{format_date(self.start)}–{format_date(self.end)}"


def parse_day(text: str) -> date:
    """A date written 2026-12-31 or 31.12.2026; UserError naming the text if it is neither."""
    cleaned = text.strip()
    try:
        if "." in cleaned:
            day, month, year = (int(part) for part in cleaned.split("."))
            return date(year, month, day)
        return date.fromisoformat(cleaned)
    except ValueError:
        words = t("«{text}» er ikke en dato; skriv den som 2026-12-31.")
        raise UserError(words.format(text=text)) from None


def report_period(start: str | None, end: str | None, today: date) -> Period:
    """The period from the command line: by default 1 January of the last day's year (this
    year, when no last day is given) up to and including today."""
    last = today if end is None else parse_day(end)
    first = date(last.year, 1, 1) if start is None else parse_day(start)
    return Period(first, last)


# --- what the report reads of each youth ----------------------------------------------------


@dataclass(frozen=True)
class KartleggingRecord:
    assessed_on: date
    team_ratings: Mapping[int, int]
    """Area number → the team's rating; an area not assessed is left out."""


@dataclass(frozen=True)
class GoalRecord:
    created_on: date
    closed_on: date | None
    ratings: tuple[tuple[date, int], ...]
    """(rated on, value −2..+2), in any order."""


@dataclass(frozen=True)
class TiltakRecord:
    status: str
    done_on: date | None


@dataclass(frozen=True)
class EvaluationRecord:
    """A completed evaluation (drafts are not read)."""

    evaluated_on: date
    recommendation: str | None


@dataclass(frozen=True)
class ClosingRecord:
    closed_on: date
    reason: str
    reopened_on: date | None


@dataclass(frozen=True)
class YouthRecord:
    """What the report needs of one youth: no name, no birth date, no free text."""

    age: int | None
    """Age on the period's last day; None when the birth date is not known."""
    gender: str | None
    district: str
    referred_on: date | None
    started_on: date | None
    ended_on: date | None
    kartlegginger: tuple[KartleggingRecord, ...] = ()
    goals: tuple[GoalRecord, ...] = ()
    tiltak: tuple[TiltakRecord, ...] = ()
    week_kinds: frozenset[str] = frozenset()
    evaluations: tuple[EvaluationRecord, ...] = ()
    closings: tuple[ClosingRecord, ...] = ()

    @property
    def began_on(self) -> date | None:
        """The first of henvisning and iverksetting."""
        days = [d for d in (self.referred_on, self.started_on) if d is not None]
        return min(days) if days else None


def followed_in(youth: YouthRecord, period: Period) -> bool:
    """Whether the follow-up overlapped the period: begun by its last day, not closed before
    its first."""
    began = youth.began_on
    if began is None or began > period.end:
        return False
    return youth.ended_on is None or youth.ended_on >= period.start
