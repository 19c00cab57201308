"""The read behind the §8 report: one record per youth, with nothing that identifies a person.

Only the columns the counts need are selected: the birth date (turned into an age on the
period's last day at once, and dropped), gender, district, step dates, the team's area ratings,
goal ratings, tiltak statuses, the kinds of week appointment, evaluation recommendations and
closing reasons. No name and no free-text column is ever read. One audit-logged read with no
youth id (``list``, ``report``); the export itself is logged by the caller.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.dates import age_on
from lagmote.db.models import (
    AreaRating,
    Closing,
    Evaluation,
    Goal,
    GoalRating,
    Kartlegging,
    ScheduleEntry,
    Step,
    Tiltak,
    Youth,
)
from lagmote.db.store import AuditEvent, Store
from lagmote.report import (
    Report,
    build_report,
)
from lagmote.report_records import (
    ClosingRecord,
    EvaluationRecord,
    GoalRecord,
    KartleggingRecord,
    Period,
    TiltakRecord,
    YouthRecord,
)

T = TypeVar("T")
ByYouth = dict[int, list[T]]


def load_report(store: Store, period: Period, today: date) -> Report:
    """The §8 report for the period, made today."""
    return build_report(load_report_records(store, period), period, today)


def load_report_records(store: Store, period: Period) -> list[YouthRecord]:
    """Every youth in the store as a report record (the report picks those in the period)."""

    def read(session: Session) -> list[YouthRecord]:
        return _records(session, period)

    return store.read(AuditEvent("list", "report", detail=f"§8 {period.text}"), read)


def _records(session: Session, period: Period) -> list[YouthRecord]:
    steps = _steps(session)
    kartlegginger = _kartlegginger(session)
    goals = _goals(session)
    tiltak = _tiltak(session)
    week = _week(session)
    evaluations = _evaluations(session)
    closings = _closings(session)
    youths = session.execute(select(Youth.id, Youth.birth_date, Youth.gender, Youth.district))
    return [
        YouthRecord(
            age=age_on(birth, period.end) if birth is not None else None,
            gender=gender,
            district=district,
            referred_on=steps[youth_id].get("henvisning"),
            started_on=steps[youth_id].get("iverksetting"),
            ended_on=steps[youth_id].get("avslutning"),
            kartlegginger=tuple(kartlegginger.get(youth_id, ())),
            goals=tuple(goals.get(youth_id, ())),
            tiltak=tuple(tiltak.get(youth_id, ())),
            week_kinds=frozenset(week.get(youth_id, ())),
            evaluations=tuple(evaluations.get(youth_id, ())),
            closings=tuple(closings.get(youth_id, ())),
        )
        for youth_id, birth, gender, district in youths
    ]


def _by_youth(rows: Iterable[tuple[int, T]]) -> ByYouth[T]:
    found: ByYouth[T] = defaultdict(list)
    for youth_id, item in rows:
        found[youth_id].append(item)
    return found


def _tiltak(session: Session) -> ByYouth[TiltakRecord]:
    query = select(Tiltak.youth_id, Tiltak.status, Tiltak.done_on)
    return _by_youth((y, TiltakRecord(status, done)) for y, status, done in session.execute(query))


def _week(session: Session) -> ByYouth[str]:
    query = select(ScheduleEntry.youth_id, ScheduleEntry.kind).distinct()
    return _by_youth((y, kind) for y, kind in session.execute(query))


def _evaluations(session: Session) -> ByYouth[EvaluationRecord]:
    """Completed evaluations only: a draft recommends nothing yet."""
    query = select(Evaluation.youth_id, Evaluation.evaluated_on, Evaluation.recommendation).where(
        Evaluation.completed.is_(True)
    )
    rows = session.execute(query)
    return _by_youth((y, EvaluationRecord(on, recommendation)) for y, on, recommendation in rows)


def _closings(session: Session) -> ByYouth[ClosingRecord]:
    query = select(Closing.youth_id, Closing.closed_on, Closing.reason, Closing.reopened_on)
    rows = session.execute(query)
    return _by_youth((y, ClosingRecord(on, reason, re)) for y, on, reason, re in rows)


def _steps(session: Session) -> defaultdict[int, dict[str, date]]:
    query = select(Step.youth_id, Step.kind, Step.done_on).where(
        Step.kind.in_(("henvisning", "iverksetting", "avslutning")), Step.done_on.is_not(None)
    )
    found: defaultdict[int, dict[str, date]] = defaultdict(dict)
    for youth_id, kind, done_on in session.execute(query):
        if done_on is not None:
            found[youth_id][kind] = done_on
    return found


def _kartlegginger(session: Session) -> ByYouth[KartleggingRecord]:
    """Each kartlegging with the team's ratings (an area not assessed is left out)."""
    query = select(
        Kartlegging.youth_id, Kartlegging.id, Kartlegging.assessed_on, AreaRating.area,
        AreaRating.rating,
    ).outerjoin(
        AreaRating,
        (AreaRating.kartlegging_id == Kartlegging.id)
        & (AreaRating.perspective == "lag")
        & AreaRating.rating.is_not(None),
    )  # fmt: skip
    heads: dict[int, tuple[int, date]] = {}
    ratings: defaultdict[int, dict[int, int]] = defaultdict(dict)
    for youth_id, kartlegging_id, assessed_on, area, rating in session.execute(query):
        heads[kartlegging_id] = (youth_id, assessed_on)
        if area is not None and rating is not None:
            ratings[kartlegging_id][area] = rating
    found: ByYouth[KartleggingRecord] = defaultdict(list)
    for kartlegging_id, (youth_id, assessed_on) in heads.items():
        found[youth_id].append(KartleggingRecord(assessed_on, ratings[kartlegging_id]))
    return found


def _goals(session: Session) -> ByYouth[GoalRecord]:
    """Each goal's dates and its ratings (date and value, never the note)."""
    query = select(
        Goal.youth_id, Goal.id, Goal.created_on, Goal.closed_on, GoalRating.rated_on,
        GoalRating.value,
    ).outerjoin(GoalRating, GoalRating.goal_id == Goal.id)  # fmt: skip
    heads: dict[int, tuple[int, date, date | None]] = {}
    ratings: defaultdict[int, list[tuple[date, int]]] = defaultdict(list)
    for youth_id, goal_id, created_on, closed_on, rated_on, value in session.execute(query):
        heads[goal_id] = (youth_id, created_on, closed_on)
        if rated_on is not None and value is not None:
            ratings[goal_id].append((rated_on, value))
    found: ByYouth[GoalRecord] = defaultdict(list)
    for goal_id, (youth_id, created_on, closed_on) in heads.items():
        found[youth_id].append(GoalRecord(created_on, closed_on, tuple(ratings[goal_id])))
    return found
