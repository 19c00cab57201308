"""The team's full plan, «Min plan – hele planen», as plain data.

The full plan is the team's document, not the family's: nothing is hidden (the sensitive
areas and plan sections are in it), and every page of it is marked «Fortrolig». It holds, in
this order: who the youth is and where the follow-up stands (the steps); every part of
«Min plan» with the «Plan ved uønskede hendelser»; each goal in the youth's words with its
ladder (−2..+2), its rating history and its measures; the measures tied to no goal; the
kartlegging (first and latest, per perspective, for the radar, and the numbers); the week;
the team and the consents; and the latest completed evaluation, in short (the evaluation has
a document of its own, :mod:`lagmote.pdf.evaluation_pdf`).

Pure data, no Qt and no database: :func:`build_full_plan` turns the views in
:class:`PlanSources` into a :class:`FullPlan`, and :mod:`lagmote.pdf.full_plan_pdf` draws
it. The goals and measures are built in :mod:`lagmote.full_plan_goals`, the kartlegging and
the week in :mod:`lagmote.full_plan_parts`, the team in :mod:`lagmote.full_plan_team`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from lagmote.dates import format_date, format_date_long
from lagmote.evaluation import EvaluationsView
from lagmote.full_plan_goals import GoalBlock, MeasureLine, goal_block, measure_line
from lagmote.full_plan_parts import KartleggingPart, WeekDay, kartlegging_part, week_days
from lagmote.full_plan_team import (
    ConsentLine,
    CoverageLine,
    TeamLine,
    consent_lines,
    coverage_lines,
    team_lines,
)
from lagmote.kartlegging import KartleggingView
from lagmote.plan import PlanView, WeekView
from lagmote.records import YouthOverview
from lagmote.standard import (
    INCIDENT_PLAN_FIELDS,
    INCIDENT_PLAN_TITLE,
    PLAN_GROUPS,
    PLAN_SECTIONS,
    RECOMMENDATIONS,
    PlanSection,
)
from lagmote.steps import step_timeline
from lagmote.team import TeamView
from lagmote.week import WeekFinding, check_week

NOT_WRITTEN = "Ikke skrevet ennå."
NO_OPPFOLGER = "ingen er registrert"
NO_DISTRICT = "ikke oppgitt"
NOT_GIVEN = "ikke oppgitt"
NOT_SET = "ikke satt"
NO_KARTLEGGING = KartleggingPart()

__all__ = [
    "NOT_WRITTEN",
    "ConsentLine",
    "CoverageLine",
    "EvaluationSummary",
    "FullPlan",
    "GoalBlock",
    "KartleggingPart",
    "MeasureLine",
    "PlanGroup",
    "PlanSources",
    "PlanText",
    "TeamLine",
    "WeekDay",
    "build_full_plan",
    "plan_groups",
]


@dataclass(frozen=True)
class PlanText:
    """One part of «Min plan»: its title and what is written there ("" when nothing)."""

    title: str
    text: str

    @property
    def shown(self) -> str:
        return self.text or NOT_WRITTEN


@dataclass(frozen=True)
class PlanGroup:
    """A group of plan parts under one heading, e.g. «Om meg og mine mål»."""

    title: str
    texts: tuple[PlanText, ...]
    separate: bool = False  # a plan of its own («Plan ved uønskede hendelser»)


@dataclass(frozen=True)
class EvaluationSummary:
    """The latest completed evaluation, in short: when, the recommendation, why, when next."""

    evaluated_on: date
    recommendation: str
    reasons: str
    next_on: date | None

    @property
    def date_text(self) -> str:
        return format_date_long(self.evaluated_on)

    @property
    def next_text(self) -> str:
        return format_date_long(self.next_on) if self.next_on is not None else NOT_SET


@dataclass(frozen=True)
class FullPlan:
    """Everything the full plan says, in the order it says it."""

    youth_name: str
    district: str
    oppfolger: str
    printed_on: date
    steps: tuple[str, ...] = ()  # one sentence per step of the standard, in its order
    sections: tuple[PlanGroup, ...] = ()  # the last is «Plan ved uønskede hendelser»
    goals: tuple[GoalBlock, ...] = ()
    loose_measures: tuple[MeasureLine, ...] = ()
    kartlegging: KartleggingPart = NO_KARTLEGGING
    week: tuple[WeekDay, ...] = ()  # Monday to Sunday
    week_findings: tuple[WeekFinding, ...] = ()
    team: tuple[TeamLine, ...] = ()
    consents: tuple[ConsentLine, ...] = ()
    coverage: tuple[CoverageLine, ...] = ()
    evaluation: EvaluationSummary | None = None
    evaluation_due: str = ""  # when the next evaluation is due, in one sentence
    evaluation_draft: bool = False  # an evaluation is started and not completed

    @property
    def printed_text(self) -> str:
        """E.g. "03.12.2026"."""
        return format_date(self.printed_on)


@dataclass(frozen=True)
class PlanSources:
    """The views the full plan is built from, each as the database layer hands it over."""

    overview: YouthOverview
    plan: PlanView
    week: WeekView
    kartlegging: KartleggingView
    team: TeamView
    evaluations: EvaluationsView


def build_full_plan(sources: PlanSources, today: date) -> FullPlan:
    """The full plan as of ``today`` (the date it is printed on)."""
    overview, plan, team = sources.overview, sources.plan, sources.team
    oppfolger = overview.oppfolger
    timeline = step_timeline(overview.dates, today, overview.evaluation_interval_days)
    entries = [e.fields for e in sources.week.entries]
    members = {m.id: m for m in team.members}
    return FullPlan(
        youth_name=overview.display_name,
        district=overview.district.strip() or NO_DISTRICT,
        oppfolger=oppfolger.name if oppfolger is not None and oppfolger.name else NO_OPPFOLGER,
        printed_on=today,
        steps=tuple(step.sentence(today) for step in timeline),
        sections=plan_groups(plan.sections),
        goals=tuple(goal_block(plan, n, g, today, members) for n, g in enumerate(plan.goals, 1)),
        loose_measures=tuple(measure_line(t, today, members) for t in plan.loose_tiltak),
        kartlegging=kartlegging_part(sources.kartlegging),
        week=week_days(entries),
        week_findings=tuple(check_week(entries)),
        team=team_lines(team.members),
        consents=consent_lines(team, today),
        coverage=coverage_lines(team, today),
        evaluation=evaluation_summary(sources.evaluations),
        evaluation_due=sources.evaluations.due_sentence(today),
        evaluation_draft=sources.evaluations.draft is not None,
    )


def plan_groups(texts: Mapping[str, str]) -> tuple[PlanGroup, ...]:
    """Every part of «Min plan» under its group's heading, in the standard's order, and the
    «Plan ved uønskede hendelser» last; parts with nothing written are kept (and say so)."""
    groups = [
        PlanGroup(title, _texts([s for s in PLAN_SECTIONS if s.group == key], texts))
        for key, title in PLAN_GROUPS.items()
        if key != "hendelser"
    ]
    groups.append(PlanGroup(INCIDENT_PLAN_TITLE, _texts(INCIDENT_PLAN_FIELDS, texts), True))
    return tuple(groups)


def _texts(sections: Sequence[PlanSection], texts: Mapping[str, str]) -> tuple[PlanText, ...]:
    return tuple(PlanText(s.title, texts.get(s.key, "").strip()) for s in sections)


def evaluation_summary(view: EvaluationsView) -> EvaluationSummary | None:
    """The latest completed evaluation in short; None when there is none."""
    latest = view.latest
    if latest is None:
        return None
    rec = latest.recommendation
    return EvaluationSummary(
        evaluated_on=latest.evaluated_on,
        recommendation=RECOMMENDATIONS.get(rec.recommendation or "", NOT_GIVEN),
        reasons=rec.reasons.strip(),
        next_on=rec.next_evaluation_on,
    )
