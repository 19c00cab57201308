"""Reads of the case store that return plain records (:mod:`lagmote.records`).

Each public function takes a :class:`Store` and goes through :meth:`Store.read`, so every
read of a youth's record lands in the audit log.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.dates import age_on
from lagmote.db.errors import DatabaseError
from lagmote.db.models import Evaluation, Kartlegging, Lagmote, Step, TeamMember, Youth
from lagmote.db.store import AuditEvent, Store
from lagmote.records import MemberInfo, YouthListItem, YouthOverview
from lagmote.steps import CaseDates


def list_youths(store: Store, today: date, include_closed: bool = False) -> list[YouthListItem]:
    """The youths in the store, active first, by name."""

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
        return [_list_item(row, today) for row in session.execute(query)]

    return store.read(AuditEvent("list", "youth"), read)


def _list_item(row: tuple[int, str, str, str, date | None, str], today: date) -> YouthListItem:
    youth_id, first, preferred, last, birth, status = row
    name = f"{preferred or first} {last}".strip()
    age = age_on(birth, today) if birth else None
    return YouthListItem(youth_id, name, age, status == "aktiv")


def load_overview(store: Store, youth_id: int, today: date) -> YouthOverview:
    """The header and overview of one youth: who, the step dates, and the team."""

    def read(session: Session) -> YouthOverview:
        youth = session.get(Youth, youth_id)
        if youth is None:
            raise DatabaseError(f"Fant ingen ungdom med id {youth_id}.")
        return YouthOverview(
            id=youth.id,
            display_name=youth.display_name,
            birth_date=youth.birth_date,
            age=age_on(youth.birth_date, today) if youth.birth_date else None,
            district=youth.district,
            active=youth.status == "aktiv",
            dates=case_dates(session, youth),
            members=member_infos(session, youth_id),
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
