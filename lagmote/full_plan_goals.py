"""The goals and measures of the full plan (:mod:`lagmote.full_plan`), as plain data.

Each goal in the youth's own words, with its area and why; its ladder from −2 to +2, each
rung with the team's words for this goal (or the standard's label when there are none) and
the latest rating marked; every rating, oldest first; and the measures under it with who,
by when and how they stand, in words (never by colour alone).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from lagmote.dates import format_date
from lagmote.minutes import role_name
from lagmote.plan import LADDER_VALUES, GoalInfo, GoalRatingInfo, PlanView, TiltakInfo
from lagmote.records import MemberInfo
from lagmote.standard import GOAL_LADDER, TILTAK_STATUSES, area

NO_DUE_DATE = "ingen frist"
NO_RESPONSIBLE = "ingen er satt"
LATE = "for sent"


def value_text(value: int) -> str:
    """A ladder value as people write it: "+2", "+1", "0", "−1" (a real minus), "−2"."""
    if value > 0:
        return f"+{value}"
    return f"−{-value}" if value < 0 else "0"


def standard_label(value: int) -> str:
    """The standard's words for a ladder value, e.g. "Litt bedre enn ventet"."""
    return next(step.label for step in GOAL_LADDER if step.value == value)


@dataclass(frozen=True)
class Rung:
    """One rung of a goal's ladder: the value, the standard's label, the team's words."""

    value: int
    label: str
    text: str
    current: bool = False  # the latest rating is on this rung

    @property
    def value_text(self) -> str:
        return value_text(self.value)

    @property
    def shown(self) -> str:
        """The team's words for this goal, or the standard's label when there are none."""
        return self.text or self.label


@dataclass(frozen=True)
class RatingLine:
    """One dated rating of a goal: the value, what that rung means, and the note."""

    rated_on: date
    value: int
    meaning: str
    note: str = ""

    @property
    def date_text(self) -> str:
        return format_date(self.rated_on)

    @property
    def value_text(self) -> str:
        return value_text(self.value)


@dataclass(frozen=True)
class MeasureLine:
    """A measure (tiltak): what, who, by when, and how it stands."""

    text: str
    responsible: str  # the name (or the role, when the member has no name); "": no one
    due_on: date | None
    status: str  # a code of TILTAK_STATUSES
    done_on: date | None = None
    late: bool = False
    responsible_role: str = ""  # the role's name, when the responsible is a member

    @property
    def responsible_text(self) -> str:
        return self.responsible or NO_RESPONSIBLE

    @property
    def due_text(self) -> str:
        return format_date(self.due_on) if self.due_on is not None else NO_DUE_DATE

    @property
    def status_text(self) -> str:
        """E.g. "Pågår", "Fullført 12.08.2026" or "Planlagt, for sent"."""
        words = TILTAK_STATUSES.get(self.status, self.status)
        if self.done_on is not None:
            words = f"{words} {format_date(self.done_on)}"
        return f"{words}, {LATE}" if self.late else words


@dataclass(frozen=True)
class GoalBlock:
    """One goal with everything the team needs to follow it up."""

    number: int  # from 1, in the plan's order
    text: str
    area: str = ""  # the kartlegging area's name, or ""
    sensitive: bool = False  # the area is sensitive (shown here: this is the team's document)
    why: str = ""
    rungs: tuple[Rung, ...] = ()  # +2 first, down to −2, as the ladder stands
    ratings: tuple[RatingLine, ...] = ()  # oldest first
    measures: tuple[MeasureLine, ...] = ()


def goal_block(
    plan: PlanView, number: int, goal: GoalInfo, today: date, members: Mapping[int, MemberInfo]
) -> GoalBlock:
    """Goal ``number`` (from 1) as the full plan shows it; ``members`` by id (those who left
    the team too) name who is responsible for each measure."""
    area_number = goal.fields.area
    return GoalBlock(
        number=number,
        text=goal.fields.text.strip(),
        area=area(area_number).name if area_number is not None else "",
        sensitive=area_number is not None and area_number in plan.sensitive_areas,
        why=goal.fields.why.strip(),
        rungs=rungs(goal),
        ratings=tuple(rating_line(goal, r) for r in goal.ratings),
        measures=tuple(measure_line(t, today, members) for t in goal.tiltak),
    )


def rungs(goal: GoalInfo) -> tuple[Rung, ...]:
    """The ladder from +2 at the top down to −2, the latest rating's rung marked."""
    latest = goal.latest
    now = latest.value if latest is not None else None
    return tuple(
        Rung(v, standard_label(v), goal.level_text(v).strip(), v == now)
        for v in reversed(LADDER_VALUES)
    )


def rating_line(goal: GoalInfo, rating: GoalRatingInfo) -> RatingLine:
    meaning = goal.level_text(rating.value).strip() or standard_label(rating.value)
    return RatingLine(rating.rated_on, rating.value, meaning, rating.note.strip())


def measure_line(tiltak: TiltakInfo, today: date, members: Mapping[int, MemberInfo]) -> MeasureLine:
    f = tiltak.fields
    member = members.get(f.responsible_id) if f.responsible_id is not None else None
    name, role = tiltak.responsible, ""
    if member is not None:
        role = role_name(member.role)
        name = member.name.strip() or role
        role = role if name != role else ""
    late = tiltak.is_late(today)
    return MeasureLine(f.text.strip(), name, f.due_on, f.status, f.done_on, late, role)
