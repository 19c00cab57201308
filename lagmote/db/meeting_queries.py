"""The read of a youth's lagmøter: every meeting with its attendees, agenda notes, decisions
and action items, as the plain records of :mod:`lagmote.meetings`, in one audit-logged read
of a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db.models import AgendaNote, Attendee, Decision, Lagmote
from lagmote.db.queries import case_dates, member_infos
from lagmote.db.store import AuditEvent, Store
from lagmote.db.team_queries import action_infos
from lagmote.db.youth_access import shown_youth
from lagmote.meetings import AttendeeInfo, DecisionInfo, LagmoteInfo, MeetingsView
from lagmote.team import ActionItemInfo


def load_meetings(store: Store, youth_id: int) -> MeetingsView:
    def read(session: Session) -> MeetingsView:
        youth = shown_youth(session, youth_id)
        return MeetingsView(
            youth_id=youth_id,
            meetings=_meetings(session, youth_id),
            members=member_infos(session, youth_id, include_inactive=True),
            dates=case_dates(session, youth),
        )

    return store.read(AuditEvent("read", "youth", youth_id, youth_id, "lagmoter"), read)


def _meetings(session: Session, youth_id: int) -> tuple[LagmoteInfo, ...]:
    rows = session.scalars(
        select(Lagmote).where(Lagmote.youth_id == youth_id).order_by(Lagmote.meeting_on, Lagmote.id)
    ).all()
    ids = [m.id for m in rows]
    attendees = _attendees(session, ids)
    notes = _notes(session, ids)
    decisions = _decisions(session, ids)
    actions: dict[int, list[ActionItemInfo]] = defaultdict(list)
    for item in action_infos(session, youth_id):
        actions[item.lagmote_id].append(item)
    return tuple(
        LagmoteInfo(
            id=m.id,
            meeting_on=m.meeting_on,
            held=m.held,
            youth_words=m.youth_words,
            notes=m.notes,
            attendees=tuple(attendees[m.id]),
            agenda_notes=MappingProxyType(notes[m.id]),
            decisions=tuple(decisions[m.id]),
            action_items=tuple(actions[m.id]),
        )
        for m in rows
    )


def _attendees(session: Session, ids: list[int]) -> dict[int, list[AttendeeInfo]]:
    found: dict[int, list[AttendeeInfo]] = defaultdict(list)
    query = select(Attendee).where(Attendee.lagmote_id.in_(ids)).order_by(Attendee.id)
    for a in session.scalars(query):
        found[a.lagmote_id].append(AttendeeInfo(a.id, a.member_id, a.name, a.role))
    return found


def _notes(session: Session, ids: list[int]) -> dict[int, dict[str, str]]:
    found: dict[int, dict[str, str]] = defaultdict(dict)
    query = select(AgendaNote.lagmote_id, AgendaNote.item, AgendaNote.text).where(
        AgendaNote.lagmote_id.in_(ids)
    )
    for lagmote_id, item, text in session.execute(query):
        found[lagmote_id][item] = text
    return found


def _decisions(session: Session, ids: list[int]) -> dict[int, list[DecisionInfo]]:
    found: dict[int, list[DecisionInfo]] = defaultdict(list)
    query = select(Decision).where(Decision.lagmote_id.in_(ids)).order_by(Decision.id)
    for d in session.scalars(query):
        found[d.lagmote_id].append(DecisionInfo(d.id, d.text))
    return found
