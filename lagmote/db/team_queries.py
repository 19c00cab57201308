"""The read of the team page: members, consents, and what each member is responsible for,
as the plain records of :mod:`lagmote.team`, in one audit-logged read."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.dates import age_on
from lagmote.db.kartlegging_queries import marked_sensitive
from lagmote.db.models import ActionItem, Consent, Goal, Lagmote, Tiltak, Youth
from lagmote.db.queries import member_infos
from lagmote.db.store import AuditEvent, Store
from lagmote.db.youth_access import shown_youth
from lagmote.kartlegging import STANDARD_SENSITIVE
from lagmote.plan import TiltakFields, TiltakInfo
from lagmote.team import ActionItemInfo, ConsentFields, ConsentInfo, TeamView, parse_roles


def load_team(store: Store, youth_id: int, today: date) -> TeamView:
    def read(session: Session) -> TeamView:
        youth = shown_youth(session, youth_id)
        return TeamView(
            youth_id=youth_id,
            members=member_infos(session, youth_id, include_inactive=True),
            consents=consent_infos(session, youth_id),
            tiltak=_tiltak(session, youth_id),
            actions=action_infos(session, youth_id),
            youth_age=age_on(youth.birth_date, today) if youth.birth_date else None,
            sensitive_tiltak=_sensitive_tiltak(session, youth),
        )

    return store.read(AuditEvent("read", "youth", youth_id, youth_id, "team"), read)


def consent_infos(session: Session, youth_id: int) -> tuple[ConsentInfo, ...]:
    rows = session.scalars(
        select(Consent).where(Consent.youth_id == youth_id).order_by(Consent.given_on, Consent.id)
    )
    return tuple(ConsentInfo(c.id, consent_fields(c)) for c in rows)


def consent_fields(c: Consent) -> ConsentFields:
    return ConsentFields(
        given_by=c.given_by,
        given_by_role=c.given_by_role,
        shared_roles=parse_roles(c.shared_roles),
        given_on=c.given_on,
        shared_with=c.shared_with,
        scope=c.scope,
        form=c.form,
        withdrawn_on=c.withdrawn_on,
        note=c.note,
    )


def action_infos(session: Session, youth_id: int) -> tuple[ActionItemInfo, ...]:
    rows = session.scalars(
        select(ActionItem)
        .join(Lagmote, Lagmote.id == ActionItem.lagmote_id)
        .where(Lagmote.youth_id == youth_id)
        .order_by(ActionItem.id)
    )
    return tuple(
        ActionItemInfo(a.id, a.lagmote_id, a.owner_id, a.text, a.due_on, a.done_on) for a in rows
    )


def _tiltak(session: Session, youth_id: int) -> tuple[TiltakInfo, ...]:
    rows = session.scalars(select(Tiltak).where(Tiltak.youth_id == youth_id).order_by(Tiltak.id))
    return tuple(
        TiltakInfo(
            t.id,
            TiltakFields(t.text, t.goal_id, t.responsible_id, t.due_on, t.status, t.done_on),
        )
        for t in rows
    )


def _sensitive_tiltak(session: Session, youth: Youth) -> frozenset[int]:
    """The measures under a goal in a sensitive area: the standard's and the team's."""
    areas = STANDARD_SENSITIVE | marked_sensitive(youth)
    rows = session.scalars(
        select(Tiltak.id)
        .join(Goal, Goal.id == Tiltak.goal_id)
        .where(Tiltak.youth_id == youth.id, Goal.area.in_(sorted(areas)))
    )
    return frozenset(rows)
