"""Reads of the case store that return plain records (:mod:`lagmote.records`).

Each public function takes a :class:`Store` and goes through :meth:`Store.read`, so every
read of a youth's record lands in the audit log.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from lagmote.alerts import Alert, actions_alert, evaluation_alert, lagmote_alert
from lagmote.dates import age_on
from lagmote.db.models import (
    ActionItem,
    Evaluation,
    Kartlegging,
    Lagmote,
    Step,
    TeamMember,
    Youth,
)
from lagmote.db.settings import interval_months
from lagmote.db.store import AuditEvent, Store
from lagmote.db.youth_access import shown_youth
from lagmote.evaluation import evaluation_due, interval_days
from lagmote.records import LateAction, MemberInfo, YouthListItem, YouthOverview
from lagmote.steps import CaseDates, next_lagmote_due


def list_youths(store: Store, today: date, include_closed: bool = False) -> list[YouthListItem]:
    """The youths in the store, active first, by name, each with the deadlines it is past.

    Four queries, whatever the number of youths: a district's list stays quick."""

    def read(session: Session) -> list[YouthListItem]:
        query = select(
            Youth.id,
            Youth.first_name,
            Youth.preferred_name,
            Youth.last_name,
            Youth.birth_date,
            Youth.status,
        ).order_by(Youth.status, Youth.first_name, Youth.last_name)
        if not include_closed:
            query = query.where(Youth.status == "aktiv")
        rows = session.execute(query).all()
        alerts = _list_alerts(session, today)
        return [_list_item(row, today, alerts.get(row[0], ())) for row in rows]

    return store.read(AuditEvent("list", "youth"), read)


def _list_item(
    row: tuple[int, str, str, str, date | None, str], today: date, alerts: tuple[Alert, ...]
) -> YouthListItem:
    youth_id, first, preferred, last, birth, status = row
    name = f"{preferred or first} {last}".strip()
    age = age_on(birth, today) if birth else None
    active = status == "aktiv"
    return YouthListItem(youth_id, name, age, active, alerts if active else ())


def _list_alerts(session: Session, today: date) -> dict[int, tuple[Alert, ...]]:
    """Per youth: the next lagmøte past (or close to) its deadline, and late action items."""
    steps: dict[int, dict[str, date]] = defaultdict(dict)
    step_rows = select(Step.youth_id, Step.kind, Step.done_on).where(
        Step.kind.in_(("oppstartsmote", "avslutning")), Step.done_on.is_not(None)
    )
    for youth_id, kind, done in session.execute(step_rows):
        if done is not None:
            steps[youth_id][kind] = done
    last_held, next_planned = _meeting_dates(session)
    late = _late_action_counts(session, today)
    evaluations = _evaluation_due(session)
    found: dict[int, tuple[Alert, ...]] = {}
    for youth_id in set(steps) | set(last_held) | set(late) | set(evaluations):
        last = last_held.get(youth_id)
        dates = CaseDates(
            oppstartsmote=steps[youth_id].get("oppstartsmote"),
            lagmoter_held=(last,) if last is not None else (),
            avslutning=steps[youth_id].get("avslutning"),
        )
        alerts = (
            lagmote_alert(next_lagmote_due(dates), next_planned.get(youth_id), today),
            actions_alert(late.get(youth_id, 0)),
            None if dates.avslutning else evaluation_alert(evaluations.get(youth_id), today),
        )
        found[youth_id] = tuple(a for a in alerts if a)
    return found


def _evaluation_due(session: Session) -> dict[int, date]:
    """Per youth: when the next evaluation is due, from the latest completed one (or from
    iverksetting), in two aggregate queries."""
    months = interval_months(session)
    latest = (
        select(Evaluation.youth_id, func.max(Evaluation.evaluated_on).label("on"))
        .where(Evaluation.completed.is_(True))
        .group_by(Evaluation.youth_id)
        .subquery()
    )
    rows = session.execute(
        select(latest.c.youth_id, latest.c.on, func.min(Evaluation.next_evaluation_on))
        .join(
            Evaluation,
            (Evaluation.youth_id == latest.c.youth_id)
            & (Evaluation.evaluated_on == latest.c.on)
            & Evaluation.completed.is_(True),
        )
        .group_by(latest.c.youth_id, latest.c.on)
    )
    last = {youth_id: (on, wanted) for youth_id, on, wanted in rows}
    started: dict[int, date | None] = {
        youth_id: done
        for youth_id, done in session.execute(
            select(Step.youth_id, Step.done_on).where(Step.kind == "iverksetting")
        )
    }
    found: dict[int, date] = {}
    for youth_id in set(last) | set(started):
        on, wanted = last.get(youth_id, (None, None))
        due = evaluation_due(on, wanted, started.get(youth_id), months)
        if due is not None:
            found[youth_id] = due
    return found


def _late_actions(session: Session, youth_id: int, today: date) -> tuple[LateAction, ...]:
    members = {m.id: m for m in member_infos(session, youth_id, include_inactive=True)}
    query = (
        select(ActionItem.text, ActionItem.due_on, ActionItem.owner_id)
        .join(Lagmote, Lagmote.id == ActionItem.lagmote_id)
        .where(
            Lagmote.youth_id == youth_id,
            ActionItem.done_on.is_(None),
            ActionItem.due_on < today,
        )
        .order_by(ActionItem.due_on)
    )
    return tuple(
        LateAction(text, due, members.get(owner or -1))
        for text, due, owner in session.execute(query)
        if due is not None
    )


def _meeting_dates(session: Session) -> tuple[dict[int, date], dict[int, date]]:
    """Per youth: the last lagmøte held, and the first planned after it (two aggregates,
    not every meeting of every youth)."""
    held_rows = session.execute(
        select(Lagmote.youth_id, func.max(Lagmote.meeting_on))
        .where(Lagmote.held.is_(True))
        .group_by(Lagmote.youth_id)
    )
    last_held = {youth_id: day for youth_id, day in held_rows}
    later = aliased(Lagmote)
    held_after = (
        select(later.id)
        .where(later.youth_id == Lagmote.youth_id, later.held.is_(True))
        .where(later.meeting_on >= Lagmote.meeting_on)
    )
    planned_rows = session.execute(
        select(Lagmote.youth_id, func.min(Lagmote.meeting_on))
        .where(Lagmote.held.is_(False), ~held_after.exists())
        .group_by(Lagmote.youth_id)
    )
    next_planned = {youth_id: day for youth_id, day in planned_rows}
    return last_held, next_planned


def _late_action_counts(session: Session, today: date) -> dict[int, int]:
    query = (
        select(Lagmote.youth_id, func.count(ActionItem.id))
        .join(ActionItem, ActionItem.lagmote_id == Lagmote.id)
        .where(ActionItem.done_on.is_(None), ActionItem.due_on < today)
        .group_by(Lagmote.youth_id)
    )
    return {youth_id: count for youth_id, count in session.execute(query)}


def load_overview(store: Store, youth_id: int, today: date) -> YouthOverview:
    """The header and overview of one youth: who, the step dates, and the team."""

    def read(session: Session) -> YouthOverview:
        youth = shown_youth(session, youth_id)
        return YouthOverview(
            id=youth.id,
            display_name=youth.display_name,
            birth_date=youth.birth_date,
            age=age_on(youth.birth_date, today) if youth.birth_date else None,
            district=youth.district,
            active=youth.status == "aktiv",
            dates=case_dates(session, youth),
            members=member_infos(session, youth_id),
            late_actions=_late_actions(session, youth_id, today),
            evaluation_interval_days=interval_days(interval_months(session)),
        )

    return store.read(AuditEvent("read", "youth", youth_id, youth_id, "overview"), read)


def case_dates(session: Session, youth: Youth) -> CaseDates:
    """The dates the step timeline counts from, read in four small queries."""
    steps = {
        kind: (done, planned)
        for kind, done, planned in session.execute(
            select(Step.kind, Step.done_on, Step.planned_on).where(Step.youth_id == youth.id)
        )
    }
    meetings = session.execute(
        select(Lagmote.meeting_on, Lagmote.held)
        .where(Lagmote.youth_id == youth.id)
        .order_by(Lagmote.meeting_on)
    ).all()
    return CaseDates(
        henvisning=steps.get("henvisning", (None, None))[0],
        acute=youth.acute,
        inntaksmote=steps.get("inntaksmote", (None, None))[0],
        oppstartsmote=steps.get("oppstartsmote", (None, None))[0],
        kartlegginger=_kartlegging_dates(session, youth.id),
        iverksetting=steps.get("iverksetting", (None, None))[0],
        lagmoter_held=tuple(day for day, held in meetings if held),
        lagmoter_planned=tuple(day for day, held in meetings if not held),
        evalueringer=_evaluation_dates(session, youth.id),
        avslutning=steps.get("avslutning", (None, None))[0],
        next_evaluering=_next_evaluation(session, youth.id),
    )


def _kartlegging_dates(session: Session, youth_id: int) -> tuple[date, ...]:
    query = (
        select(Kartlegging.assessed_on)
        .where(Kartlegging.youth_id == youth_id)
        .order_by(Kartlegging.assessed_on)
    )
    return tuple(session.scalars(query))


def _evaluation_dates(session: Session, youth_id: int) -> tuple[date, ...]:
    query = (
        select(Evaluation.evaluated_on)
        .where(Evaluation.youth_id == youth_id, Evaluation.completed.is_(True))
        .order_by(Evaluation.evaluated_on)
    )
    return tuple(session.scalars(query))


def _next_evaluation(session: Session, youth_id: int) -> date | None:
    """The next evaluation date the latest completed evaluation set, if any."""
    query = (
        select(Evaluation.next_evaluation_on)
        .where(Evaluation.youth_id == youth_id, Evaluation.completed.is_(True))
        .order_by(Evaluation.evaluated_on.desc(), Evaluation.id.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def member_infos(
    session: Session, youth_id: int, include_inactive: bool = False
) -> tuple[MemberInfo, ...]:
    """The team members of one youth (the active ones, unless asked), in the order they were
    added."""
    query = select(TeamMember).where(TeamMember.youth_id == youth_id).order_by(TeamMember.id)
    if not include_inactive:
        query = query.where(TeamMember.active.is_(True))
    return tuple(
        MemberInfo(
            id=m.id,
            role=m.role,
            name=m.name,
            organisation=m.organisation,
            phone=m.phone,
            email=m.email,
            responsibilities=m.responsibilities,
            active=m.active,
        )
        for m in session.scalars(query)
    )
