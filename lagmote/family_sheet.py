"""What goes on the family's one-page plan, and what never does.

The sheet is taken home. It holds the youth's goals in their own words with where they stand
now on the ladder, the week at a glance, who helps with what (role, name, phone), the next
lagmøte, and what to do and whom to call if things go wrong (from the incident plan).

Never on it: goals in sensitive areas (the standard's and those the team marked, the rule
of :func:`lagmote.kartlegging.hidden_areas`), the plan's section on safety, kartlegging
ratings, the team's notes, birth dates. No birth number is ever stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lagmote.family_sheet_texts import LADDER, LANGUAGES, role_name
from lagmote.plan import LADDER_VALUES, GoalInfo, PlanView, WeekView
from lagmote.records import MemberInfo

# Who is listed first under "who helps me": the oppfølger, then the rest as the standard
# orders roles; the youth is not listed (the sheet is theirs).
HELPER_ORDER = ("oppfolger", "foresatt", "fagansvarlig", "skole", "barnevern", "helse",
                "politi", "utekontakten", "familieveileder", "fritid", "nav", "salto",
                "konfliktradet", "kriminalomsorgen", "annen")  # fmt: skip
INCIDENT_KEYS = ("varseltegn", "ungdommen_gjor", "voksne_gjor", "ring")


@dataclass(frozen=True)
class SheetGoal:
    """A goal in the youth's words, where it stands now (None: not rated) and in words."""

    text: str
    level: int | None
    level_words: str


@dataclass(frozen=True)
class SheetEntry:
    """One entry of the week: Monday = 0, minutes from midnight."""

    weekday: int
    start_minute: int
    title: str

    @property
    def time(self) -> str:
        return f"{self.start_minute // 60:02d}:{self.start_minute % 60:02d}"


@dataclass(frozen=True)
class SheetHelper:
    role: str
    name: str
    phone: str


@dataclass(frozen=True)
class FamilySheet:
    """Everything the sheet says, in the order of importance."""

    lang: str
    youth_name: str
    printed_on: date
    next_meeting: date | None
    goals: tuple[SheetGoal, ...]
    week: tuple[SheetEntry, ...]
    helpers: tuple[SheetHelper, ...]
    incident: tuple[tuple[str, str], ...]  # (text key, the plan's words), empty ones left out


def build_sheet(
    plan: PlanView, week: WeekView, youth_name: str, today: date, lang: str = "nb"
) -> FamilySheet:
    """The sheet for ``lang`` (nb, nn or en); ValueError for another language."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    return FamilySheet(
        lang=lang,
        youth_name=youth_name,
        printed_on=today,
        next_meeting=_next_meeting(plan, today),
        goals=tuple(
            _goal(g, lang) for g in plan.goals if g.fields.area not in plan.sensitive_areas
        ),
        week=tuple(
            SheetEntry(e.fields.weekday, e.fields.start_minute, e.fields.title)
            for e in sorted(week.entries, key=lambda e: (e.fields.weekday, e.fields.start_minute))
        ),
        helpers=_helpers(plan.members, lang),
        incident=tuple(
            (_INCIDENT_TEXT_KEYS[key], plan.section(key).strip())
            for key in INCIDENT_KEYS
            if plan.section(key).strip()
        ),
    )


_INCIDENT_TEXT_KEYS = {
    "varseltegn": "signs",
    "ungdommen_gjor": "i_do",
    "voksne_gjor": "adults_do",
    "ring": "call",
}


def _goal(goal: GoalInfo, lang: str) -> SheetGoal:
    latest = goal.latest
    if latest is None:
        return SheetGoal(goal.fields.text.strip(), None, "")
    own = goal.level_text(latest.value).strip()
    words = own or LADDER[lang][LADDER_VALUES.index(latest.value)]
    return SheetGoal(goal.fields.text.strip(), latest.value, words)


def _next_meeting(plan: PlanView, today: date) -> date | None:
    coming = sorted(m.meeting_on for m in plan.meetings if not m.held and m.meeting_on >= today)
    return coming[0] if coming else None


def _helpers(members: tuple[MemberInfo, ...], lang: str) -> tuple[SheetHelper, ...]:
    shown = [m for m in members if m.active and m.role != "ungdommen"]
    shown.sort(key=lambda m: HELPER_ORDER.index(m.role) if m.role in HELPER_ORDER else 99)
    return tuple(
        SheetHelper(role_name(m.role, lang), m.name.strip(), m.phone.strip()) for m in shown
    )
