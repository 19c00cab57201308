"""The family's one-page plan read with plain SQL through :class:`~lagmote.db.quick.QuickStore`.

The same records :func:`lagmote.db.sheet_queries.load_sheet` reads through SQLAlchemy, and
the same sheet: a test builds both from one database and compares them. One audit-logged
read (``sheet``); the export itself is logged by the caller.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from lagmote.db.audit import AuditEvent
from lagmote.db.errors import DatabaseError
from lagmote.db.quick import QuickStore
from lagmote.family_sheet import FamilySheet, build_sheet
from lagmote.i18n import t
from lagmote.kartlegging import STANDARD_SENSITIVE, parse_area_list
from lagmote.plan import (
    EntryFields,
    GoalFields,
    GoalInfo,
    GoalRatingInfo,
    MeetingInfo,
    PlanView,
    ScheduleEntryInfo,
    WeekView,
)
from lagmote.records import MemberInfo

ALL_AREAS = frozenset(range(1, 13))


def quick_sheet(store: QuickStore, youth_id: int, today: date, lang: str) -> FamilySheet:
    def read(connection: Any) -> FamilySheet:
        name, marked = _youth(connection, youth_id)
        plan = PlanView(
            youth_id=youth_id,
            sections=dict(_rows(connection, _SECTIONS, youth_id)),
            goals=_goals(connection, youth_id),
            members=_members(connection, youth_id),
            meetings=tuple(
                MeetingInfo(i, _day(on), bool(held))
                for i, on, held in _rows(connection, _MEETINGS, youth_id)
            ),
            sensitive_areas=STANDARD_SENSITIVE | marked,
        )
        entries = tuple(
            ScheduleEntryInfo(row[0], EntryFields(*row[1:]))
            for row in _rows(connection, _SCHEDULE, youth_id)
        )
        return build_sheet(plan, WeekView(youth_id, entries), name, today, lang)

    return store.read(AuditEvent("read", "youth", youth_id, youth_id, "sheet"), read)


_YOUTH = "SELECT first_name, preferred_name, last_name, sensitive_areas FROM youth WHERE id = ?"
_SECTIONS = "SELECT key, text FROM plan_section WHERE youth_id = ?"
_GOALS = (
    "SELECT id, position, text, area, why, level_minus2, level_minus1, level_0, level_plus1, "
    "level_plus2, created_on FROM goal WHERE youth_id = ? ORDER BY position, id"
)
_RATINGS = (
    "SELECT r.goal_id, r.id, r.rated_on, r.value, r.lagmote_id, r.note FROM goal_rating r "
    "JOIN goal g ON g.id = r.goal_id WHERE g.youth_id = ? ORDER BY r.rated_on, r.id"
)
_MEMBERS = (
    "SELECT id, role, name, organisation, phone, email, responsibilities, active "
    "FROM team_member WHERE youth_id = ? AND active = 1 ORDER BY id"
)
_MEETINGS = "SELECT id, meeting_on, held FROM lagmote WHERE youth_id = ? ORDER BY meeting_on"
_SCHEDULE = (
    "SELECT id, weekday, start_minute, end_minute, kind, title, place FROM schedule_entry "
    "WHERE youth_id = ? ORDER BY weekday, start_minute, id"
)


def _rows(connection: Any, sql: str, youth_id: int) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in connection.execute(sql, (youth_id,)).fetchall()]


def _day(value: str) -> date:
    return date.fromisoformat(value[:10])


def _youth(connection: Any, youth_id: int) -> tuple[str, frozenset[int]]:
    row = connection.execute(_YOUTH, (youth_id,)).fetchone()
    if row is None:
        raise DatabaseError(t("Fant ingen ungdom med id {id}.").format(id=youth_id))
    first, preferred, last, areas = row
    try:
        marked = parse_area_list(areas)
    except ValueError:  # as the full read does: hide everything rather than too little
        marked = ALL_AREAS
    return f"{preferred or first} {last}".strip(), marked


def _goals(connection: Any, youth_id: int) -> tuple[GoalInfo, ...]:
    ratings: dict[int, list[GoalRatingInfo]] = defaultdict(list)
    for goal_id, rating_id, rated_on, value, lagmote_id, note in _rows(
        connection, _RATINGS, youth_id
    ):
        ratings[goal_id].append(GoalRatingInfo(rating_id, _day(rated_on), value, lagmote_id, note))
    return tuple(
        GoalInfo(
            id=row[0],
            position=row[1],
            fields=GoalFields(row[2], row[3], row[4], (row[5], row[6], row[7], row[8], row[9])),
            created_on=_day(row[10]),
            ratings=tuple(ratings.get(row[0], ())),
        )
        for row in _rows(connection, _GOALS, youth_id)
    )


def _members(connection: Any, youth_id: int) -> tuple[MemberInfo, ...]:
    return tuple(
        MemberInfo(
            id=r[0],
            role=r[1],
            name=r[2],
            organisation=r[3],
            phone=r[4],
            email=r[5],
            responsibilities=r[6],
            active=bool(r[7]),
        )
        for r in _rows(connection, _MEMBERS, youth_id)
    )
