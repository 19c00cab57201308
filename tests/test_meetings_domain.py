"""Lagmøter without a window: proposing the next date and warning about a late one, what
happened since the last meeting, and the audit-logged changes of lagmote.db.meeting_ops
(another youth's rows refused, a held meeting kept, an empty note leaving no row)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lagmote.db import meeting_ops as ops
from lagmote.db.meeting_queries import load_meetings
from lagmote.db.models import AgendaNote, AuditEntry
from lagmote.db.plan_queries import load_plan
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.meetings import (
    ActionFields,
    LagmoteInfo,
    MeetingsView,
    check_action,
    check_agenda_item,
    check_attendee,
    date_warning,
    propose_next,
    since_last,
)
from lagmote.plan import GoalFields, GoalInfo, GoalRatingInfo, PlanView, TiltakFields, TiltakInfo
from lagmote.steps import CaseDates
from lagmote.team import ActionItemInfo

TODAY = date(2026, 12, 1)
OPPSTART = date(2026, 9, 1)
WEEKS_6 = timedelta(days=42)


# --- proposing the next date ----------------------------------------------------------------


def test_first_meeting_is_proposed_a_week_after_oppstartsmotet() -> None:
    dates = CaseDates(oppstartsmote=OPPSTART)
    proposal = propose_next(dates, OPPSTART + timedelta(days=2))
    assert proposal is not None
    assert proposal.on == OPPSTART + timedelta(days=7)
    assert "én uke etter oppstartsmøtet" in proposal.reason


def test_after_a_held_meeting_six_weeks_later_is_proposed() -> None:
    held = date(2026, 11, 2)
    dates = CaseDates(oppstartsmote=OPPSTART, lagmoter_held=(date(2026, 9, 7), held))
    proposal = propose_next(dates, held + timedelta(days=10))
    assert proposal is not None
    assert proposal.on == held + WEEKS_6
    assert "02.11.2026" in proposal.reason


def test_an_overdue_meeting_is_proposed_today_and_says_why_in_words() -> None:
    held = date(2026, 10, 1)
    dates = CaseDates(oppstartsmote=OPPSTART, lagmoter_held=(held,))
    proposal = propose_next(dates, TODAY)
    assert proposal is not None
    assert proposal.on == TODAY
    assert f"Fristen var {(held + WEEKS_6):%d.%m.%Y}" in proposal.reason
    assert "bør holdes nå" in proposal.reason


def test_nothing_is_proposed_before_oppstart_or_after_the_end() -> None:
    assert propose_next(CaseDates(), TODAY) is None
    ended = CaseDates(
        oppstartsmote=OPPSTART, lagmoter_held=(OPPSTART,), avslutning=OPPSTART + timedelta(9)
    )
    assert propose_next(ended, TODAY) is None


def test_date_warning_counts_the_days_past_the_deadline() -> None:
    held = date(2026, 10, 1)
    dates = CaseDates(oppstartsmote=OPPSTART, lagmoter_held=(held,))
    assert date_warning(held + WEEKS_6, dates) is None
    assert date_warning(held + timedelta(days=10), dates) is None
    warning = date_warning(held + timedelta(weeks=8), dates)
    assert warning is not None
    assert "14 dager etter fristen" in warning
    assert f"({(held + WEEKS_6):%d.%m.%Y})" in warning
    one = date_warning(held + WEEKS_6 + timedelta(days=1), dates)
    assert one is not None and " 1 dag etter" in one


# --- since the last meeting -------------------------------------------------------------------

D1, D2, D3 = date(2026, 9, 1), date(2026, 10, 13), date(2026, 11, 24)


def _rating(rid: int, on: date, value: int, lagmote_id: int | None = None) -> GoalRatingInfo:
    return GoalRatingInfo(rid, on, value, lagmote_id)


def _goal(gid: int, *ratings: GoalRatingInfo, tiltak: tuple[TiltakInfo, ...] = ()) -> GoalInfo:
    return GoalInfo(gid, gid, GoalFields(f"Mål {gid}"), D1, ratings, tiltak)


def _tiltak(tid: int, due: date | None, status: str, done: date | None = None) -> TiltakInfo:
    return TiltakInfo(tid, TiltakFields(f"Tiltak {tid}", due_on=due, status=status, done_on=done))


def _action(aid: int, lagmote_id: int, due: date, done: date | None = None) -> ActionItemInfo:
    return ActionItemInfo(aid, lagmote_id, None, f"Oppgave {aid}", due, done)


def _view() -> MeetingsView:
    return MeetingsView(
        youth_id=1,
        meetings=(
            LagmoteInfo(1, D1, True, action_items=(_action(11, 1, D1 + timedelta(7), D1),)),
            LagmoteInfo(
                2,
                D2,
                True,
                action_items=(
                    _action(21, 2, D2 + timedelta(7)),  # never done
                    _action(22, 2, D2 + timedelta(7), D2 + timedelta(5)),  # on time
                    _action(23, 2, D2 + timedelta(7), D2 + timedelta(20)),  # done, too late
                    _action(24, 2, D3 + timedelta(30)),  # not due yet
                ),
            ),
            LagmoteInfo(3, D3, False),
        ),
    )


def _plan() -> PlanView:
    after = D2 + timedelta(days=3)
    return PlanView(
        youth_id=1,
        goals=(
            _goal(1, _rating(1, D1, -2, 1), _rating(2, D2, -1, 2), _rating(3, after, 1)),
            _goal(2, _rating(4, D1, 0, 1), _rating(5, after, 0)),  # rated, but the same
            _goal(3, _rating(6, D1, -1, 1)),  # not rated since
            _goal(4, _rating(7, after, 2)),  # first rated since
        ),
        loose_tiltak=(
            _tiltak(1, D2, "fullfort", D2 + timedelta(days=1)),  # done since
            _tiltak(2, D1, "fullfort", D1),  # done before
            _tiltak(3, D3 - timedelta(days=1), "pagar"),  # late
            _tiltak(4, D3 + timedelta(days=10), "planlagt"),  # not due
            _tiltak(5, D2, "avbrutt"),  # stopped: never late
        ),
    )


def test_since_last_lists_what_moved_was_done_is_late_and_was_not_kept() -> None:
    since = since_last(_view(), _plan(), 3, D3)
    assert since.since == D2
    assert [(m.goal.id, m.before, m.now) for m in since.goals_moved] == [(1, -1, 1), (4, None, 2)]
    assert [t.id for t in since.tiltak_done] == [1]
    assert [t.id for t in since.tiltak_late] == [3]
    assert [a.id for a in since.actions_not_kept] == [21]


def test_the_first_meeting_has_nothing_before_it() -> None:
    since = since_last(_view(), _plan(), 1, D1)
    assert since.since is None
    assert since.actions_not_kept == ()


def test_a_held_meeting_is_seen_as_it_stood_on_its_day() -> None:
    """Looking back at meeting 2 later: what happened after it belongs to meeting 3."""
    view, plan = _view(), _plan()
    since = since_last(view, plan, 2, TODAY)
    assert since.since == D1
    assert [(m.goal.id, m.before, m.now) for m in since.goals_moved] == [(1, -2, -1)]
    assert [t.id for t in since.tiltak_done] == []  # tiltak 1 was done the day after
    late_on_d2 = {t.id for t in since.tiltak_late}
    assert late_on_d2 == set()  # tiltak 3 was due after D2
    assert since.actions_not_kept == ()  # meeting 1's item was done on time


def test_an_item_done_after_a_meeting_was_not_kept_at_that_meeting() -> None:
    """Looking back at meeting 3 later: an item done only after it still counts there."""
    first, second, _planned = _view().meetings
    done_after = _action(25, 2, D2 + timedelta(7), D3 + timedelta(days=5))
    second = LagmoteInfo(2, D2, True, action_items=(*second.action_items, done_after))
    view = MeetingsView(1, (first, second, LagmoteInfo(3, D3, True)))
    since = since_last(view, _plan(), 3, TODAY)
    assert [a.id for a in since.actions_not_kept] == [21, 25]


# --- the rules ----------------------------------------------------------------------------


def test_checks_refuse_in_one_sentence() -> None:
    with pytest.raises(UserError, match="Dagsordenen har ikke"):
        check_agenda_item("tull", "x")
    with pytest.raises(UserError, match="Skriv hva som skal gjøres"):
        check_action("  ", None, TODAY)
    with pytest.raises(UserError, match="fram i tid"):
        check_action("Ringe", TODAY + timedelta(days=1), TODAY)
    with pytest.raises(UserError, match="Ukjent rolle"):
        check_attendee("Tolk", "tolk")
    with pytest.raises(UserError, match="navnet"):
        check_attendee(" ", "annen")


# --- the operations -----------------------------------------------------------------------


def _audit(store: Store) -> list[tuple[str, str]]:
    """The audit rows of writes, oldest first (reads are logged too, and left out here)."""
    query = select(AuditEntry.action, AuditEntry.object).where(AuditEntry.action != "read")
    with Session(store.engine) as session:
        rows = session.execute(query.order_by(AuditEntry.id))
        return [(a, o) for a, o in rows]


@pytest.fixture
def youth_id(store: Store) -> int:
    return import_document(store, build_demo(TODAY))


def _other_youth(store: Store) -> int:
    doc = build_demo(TODAY)
    doc["youth"]["uid"] = "11111111-2222-4333-8444-5555555555aa"
    return import_document(store, doc)


def test_planning_and_recording_are_audit_logged(store: Store, youth_id: int) -> None:
    changes = ops.plan_meeting(store, youth_id, TODAY)
    new = changes.created_ids[0]
    assert changes.objects == {"lagmote"}
    member = load_meetings(store, youth_id).members[0]
    ops.add_attendee(store, youth_id, new, member.id, member.name, member.role)
    ops.set_meeting_text(store, youth_id, new, "youth_words", "Jeg vil ha jobb.")
    decision = ops.add_decision(store, youth_id, new, " Vi prøver. ").created_ids[0]
    fields = ActionFields("Ringe skolen", member.id, TODAY + timedelta(days=7))
    action = ops.add_action(store, youth_id, new, fields, TODAY).created_ids[0]
    ops.update_action(store, youth_id, action, ActionFields("Ringe skolen", None), TODAY)
    ops.set_held(store, youth_id, new, True)
    assert _audit(store)[-7:] == [
        ("create", "lagmote"),
        ("create", "attendee"),
        ("update", "lagmote"),
        ("create", "decision"),
        ("create", "action_item"),
        ("update", "action_item"),
        ("update", "lagmote"),
    ]
    meeting = load_meetings(store, youth_id).meeting(new)
    assert meeting is not None and meeting.held
    assert meeting.youth_words == "Jeg vil ha jobb."
    assert [d.text for d in meeting.decisions] == ["Vi prøver."]
    assert [(d.id, a.id) for d, a in zip(meeting.decisions, meeting.action_items, strict=True)] == [
        (decision, action)
    ]
    assert meeting.action_items[0].owner_id is None
    assert [a.member_id for a in meeting.attendees] == [member.id]


def test_rows_of_another_youth_are_refused(store: Store, youth_id: int) -> None:
    other = _other_youth(store)
    theirs = load_meetings(store, other)
    meeting = theirs.meetings[0]
    attendee, decision = meeting.attendees[0], meeting.decisions[0]
    action = meeting.action_items[0]
    stranger = theirs.members[0]
    mine = load_meetings(store, youth_id).meetings[-1].id
    fields = ActionFields("x")
    for change in (
        lambda: ops.set_meeting_date(store, youth_id, meeting.id, TODAY),
        lambda: ops.set_meeting_text(store, youth_id, meeting.id, "notes", "x"),
        lambda: ops.set_held(store, youth_id, meeting.id, False),
        lambda: ops.delete_meeting(store, youth_id, meeting.id),
        lambda: ops.set_agenda_note(store, youth_id, meeting.id, "familien", "x"),
        lambda: ops.add_attendee(store, youth_id, meeting.id, None, "Tolk", "annen"),
        lambda: ops.delete_attendee(store, youth_id, attendee.id),
        lambda: ops.add_decision(store, youth_id, meeting.id, "x"),
        lambda: ops.update_decision(store, youth_id, decision.id, "x"),
        lambda: ops.delete_decision(store, youth_id, decision.id),
        lambda: ops.add_action(store, youth_id, meeting.id, fields, TODAY),
        lambda: ops.update_action(store, youth_id, action.id, fields, TODAY),
        lambda: ops.delete_action(store, youth_id, action.id),
        # a member of the other youth's team cannot own or attend this youth's meeting
        lambda: ops.add_action(store, youth_id, mine, ActionFields("x", stranger.id), TODAY),
        lambda: ops.add_attendee(store, youth_id, mine, stranger.id, "x", stranger.role),
    ):
        with pytest.raises(UserError, match="annen ungdom"):
            change()
    assert load_meetings(store, other) == theirs


def test_a_held_meeting_is_never_deleted_and_a_planned_one_only_when_empty(
    store: Store, youth_id: int
) -> None:
    view = load_meetings(store, youth_id)
    held = next(m for m in view.meetings if m.held)
    with pytest.raises(UserError, match="holdt lagmøte kan ikke slettes"):
        ops.delete_meeting(store, youth_id, held.id)
    planned = view.planned[0]
    assert planned.notes  # the demo's planned meeting has a note: it is not empty
    with pytest.raises(UserError, match="allerede noe skrevet inn"):
        ops.delete_meeting(store, youth_id, planned.id)
    empty = ops.plan_meeting(store, youth_id, TODAY).created_ids[0]
    ops.add_decision(store, youth_id, empty, "Noe")
    with pytest.raises(UserError, match="allerede noe skrevet inn"):
        ops.delete_meeting(store, youth_id, empty)
    assert load_meetings(store, youth_id).meeting(empty) is not None
    blank = ops.plan_meeting(store, youth_id, TODAY).created_ids[0]
    ops.delete_meeting(store, youth_id, blank)
    assert load_meetings(store, youth_id).meeting(blank) is None
    assert _audit(store)[-1] == ("delete", "lagmote")
    # planned again under the same id (undo of a deletion)
    ops.plan_meeting(store, youth_id, TODAY, blank)
    assert load_meetings(store, youth_id).meeting(blank) is not None


def _note_rows(store: Store, lagmote_id: int) -> int:
    with Session(store.engine) as session:
        query = select(func.count()).where(AgendaNote.lagmote_id == lagmote_id)
        return int(session.scalar(query.select_from(AgendaNote)) or 0)


def test_an_empty_agenda_note_leaves_no_row(store: Store, youth_id: int) -> None:
    lagmote_id = ops.plan_meeting(store, youth_id, TODAY).created_ids[0]
    ops.set_agenda_note(store, youth_id, lagmote_id, "familien", "Helgene er vanskelige.")
    ops.set_agenda_note(store, youth_id, lagmote_id, "familien", "Helgene er bedre.")
    meeting = load_meetings(store, youth_id).meeting(lagmote_id)
    assert meeting is not None and meeting.agenda_note("familien") == "Helgene er bedre."
    assert _note_rows(store, lagmote_id) == 1
    ops.set_agenda_note(store, youth_id, lagmote_id, "familien", "  ")
    assert _note_rows(store, lagmote_id) == 0
    assert _audit(store)[-3:] == [
        ("create", "agenda_note"),
        ("update", "agenda_note"),
        ("delete", "agenda_note"),
    ]
    before = len(_audit(store))
    ops.set_agenda_note(store, youth_id, lagmote_id, "familien", "")
    assert len(_audit(store)) == before  # nothing there, nothing written
    with pytest.raises(UserError, match="Dagsordenen har ikke"):
        ops.set_agenda_note(store, youth_id, lagmote_id, "tull", "x")


def test_refused_input_writes_nothing(store: Store, youth_id: int) -> None:
    lagmote_id = load_meetings(store, youth_id).planned[0].id
    before = len(_audit(store))
    with pytest.raises(UserError, match="noe felt"):
        ops.set_meeting_text(store, youth_id, lagmote_id, "held", "x")
    with pytest.raises(UserError, match="fram i tid"):
        fields = ActionFields("Ringe", done_on=TODAY + timedelta(days=1))
        ops.add_action(store, youth_id, lagmote_id, fields, TODAY)
    with pytest.raises(UserError, match="enige om"):
        ops.add_decision(store, youth_id, lagmote_id, " ")
    assert len(_audit(store)) == before


def test_the_demo_reads_with_its_planned_meeting_last(store: Store, youth_id: int) -> None:
    view = load_meetings(store, youth_id)
    plan = load_plan(store, youth_id)
    assert [m.held for m in view.meetings] == [True] * (len(view.meetings) - 1) + [False]
    assert view.by_number(None) == [m for m in view.meetings if m.held][-1]
    assert {m.id for m in plan.meetings} == {m.id for m in view.meetings}
