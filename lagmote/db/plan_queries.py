"""Reads of Min plan and the week, returning the plain records of :mod:`lagmote.plan`.

Each read is one audit-logged :meth:`Store.read` and a fixed, small number of queries,
whatever the history's length (goals, ratings, measures, members and meetings each in one).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db.kartlegging_queries import marked_sensitive
from lagmote.db.models import Goal, GoalRating, Lagmote, PlanSection, ScheduleEntry, Tiltak, Youth
from lagmote.db.queries import member_infos
from lagmote.db.store import AuditEvent, Store
from lagmote.db.youth_access import shown_youth
from lagmote.kartlegging import STANDARD_SENSITIVE
from lagmote.plan import (
    EntryFields,
    GoalFields,
    GoalInfo,
    GoalRatingInfo,
    MeetingInfo,
    PlanView,
    ScheduleEntryInfo,
    TiltakFields,
    TiltakInfo,
    WeekView,
)
from lagmote.records import MemberInfo


def load_plan(store: Store, youth_id: int) -> PlanView:
    """Min plan of one youth: sections, goals with ratings and measures, team, meetings."""

    def read(session: Session) -> PlanView:
        youth = _check_youth(session, youth_id)
        members = member_infos(session, youth_id)
        tiltak = _tiltak(session, youth_id, members)
        goals = _goals(session, youth_id, tiltak)
        return PlanView(
            youth_id=youth_id,
            sections=_sections(session, youth_id),
            goals=goals,
            loose_tiltak=tuple(tiltak.get(None, ())),
            members=members,
            meetings=_meetings(session, youth_id),
            sensitive_areas=STANDARD_SENSITIVE | marked_sensitive(youth),
        )

    return store.read(AuditEvent("read", "youth", youth_id, youth_id, "plan"), read)


def load_week(store: Store, youth_id: int) -> WeekView:
    """The youth's recurring week."""

    def read(session: Session) -> WeekView:
        youth = _check_youth(session, youth_id)
        rows = session.scalars(
            select(ScheduleEntry)
            .where(ScheduleEntry.youth_id == youth_id)
            .order_by(ScheduleEntry.weekday, ScheduleEntry.start_minute, ScheduleEntry.id)
        )
        entries = tuple(_entry(row) for row in rows)
        return WeekView(youth_id, entries, _meetings(session, youth_id), youth.uid)

    return store.read(AuditEvent("read", "youth", youth_id, youth_id, "week"), read)


def _check_youth(session: Session, youth_id: int) -> Youth:
    youth = shown_youth(session, youth_id)
    return youth


def _sections(session: Session, youth_id: int) -> dict[str, str]:
    rows = session.execute(
        select(PlanSection.key, PlanSection.text).where(PlanSection.youth_id == youth_id)
    )
    return {key: text for key, text in rows}


def _goals(
    session: Session, youth_id: int, tiltak: dict[int | None, list[TiltakInfo]]
) -> tuple[GoalInfo, ...]:
    goals = session.scalars(
        select(Goal).where(Goal.youth_id == youth_id).order_by(Goal.position, Goal.id)
    ).all()
    ratings = _ratings(session, youth_id)
    return tuple(
        GoalInfo(
            id=g.id,
            position=g.position,
            fields=GoalFields(
                g.text,
                g.area,
                g.why,
                (g.level_minus2, g.level_minus1, g.level_0, g.level_plus1, g.level_plus2),
            ),
            created_on=g.created_on,
            ratings=tuple(ratings.get(g.id, ())),
            tiltak=tuple(tiltak.get(g.id, ())),
        )
        for g in goals
    )


def _ratings(session: Session, youth_id: int) -> dict[int, list[GoalRatingInfo]]:
    rows = session.execute(
        select(
            GoalRating.goal_id,
            GoalRating.id,
            GoalRating.rated_on,
            GoalRating.value,
            GoalRating.lagmote_id,
            GoalRating.note,
        )
        .join(Goal, Goal.id == GoalRating.goal_id)
        .where(Goal.youth_id == youth_id)
        .order_by(GoalRating.rated_on, GoalRating.id)
    )
    by_goal: dict[int, list[GoalRatingInfo]] = defaultdict(list)
    for goal_id, rating_id, rated_on, value, lagmote_id, note in rows:
        by_goal[goal_id].append(GoalRatingInfo(rating_id, rated_on, value, lagmote_id, note))
    return by_goal


def _tiltak(
    session: Session, youth_id: int, members: tuple[MemberInfo, ...]
) -> dict[int | None, list[TiltakInfo]]:
    names = {m.id: f"{m.name} ({m.role_name})" if m.name else m.role_name for m in members}
    rows = session.scalars(select(Tiltak).where(Tiltak.youth_id == youth_id).order_by(Tiltak.id))
    by_goal: dict[int | None, list[TiltakInfo]] = defaultdict(list)
    for t in rows:
        fields = TiltakFields(t.text, t.goal_id, t.responsible_id, t.due_on, t.status, t.done_on)
        by_goal[t.goal_id].append(TiltakInfo(t.id, fields, names.get(t.responsible_id or -1, "")))
    return by_goal


def _meetings(session: Session, youth_id: int) -> tuple[MeetingInfo, ...]:
    rows = session.execute(
        select(Lagmote.id, Lagmote.meeting_on, Lagmote.held)
        .where(Lagmote.youth_id == youth_id)
        .order_by(Lagmote.meeting_on)
    )
    return tuple(MeetingInfo(*row) for row in rows)


def _entry(row: ScheduleEntry) -> ScheduleEntryInfo:
    return ScheduleEntryInfo(
        row.id,
        EntryFields(row.weekday, row.start_minute, row.end_minute, row.kind, row.title, row.place),
    )
