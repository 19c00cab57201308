"""The team's rules without Qt (consent coverage per actor, who must consent, who does what)
and the team's reads and writes (scoped to one youth, refused with one sentence, audit-logged,
undone under the same ids)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db import plan_ops
from lagmote.db import team_ops as ops
from lagmote.db.errors import DatabaseError
from lagmote.db.models import AuditEntry
from lagmote.db.store import Store
from lagmote.db.team_queries import load_team
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.plan import GoalFields, TiltakFields, TiltakInfo
from lagmote.records import MemberInfo
from lagmote.team import (
    COVERED,
    MISSING,
    NOT_NEEDED,
    PARTIAL,
    WITHDRAWN,
    ActionItemInfo,
    ConsentFields,
    ConsentInfo,
    MemberFields,
    check_consent,
    consenters,
    coverage,
    duties,
    format_roles,
    parse_roles,
    standard_responsibilities,
)

TODAY = date(2026, 12, 1)
DAY = timedelta(days=1)
FAR, MOR, EMIL = "Far Fiktiv", "Mor Fiktiv", "Emil Fiktiv"
TEAM = (
    MemberInfo(1, "ungdommen", EMIL),
    MemberInfo(2, "foresatt", FAR),
    MemberInfo(3, "foresatt", MOR),
    MemberInfo(4, "oppfolger", "Oppfølger Fiktiv"),
    MemberInfo(5, "politi", "Politi Fiktiv"),
)


def consent(
    who: str,
    roles: str = "politi",
    given: date = TODAY - 30 * DAY,
    withdrawn: date | None = None,
    cid: int = 1,
) -> ConsentInfo:
    role_code = "ungdommen" if who == EMIL else "foresatt"
    return ConsentInfo(
        cid, ConsentFields(who, role_code, parse_roles(roles), given, withdrawn_on=withdrawn)
    )


# --- who must consent, and coverage ---------------------------------------------------------


def test_under_18_the_parents_consent_from_18_the_youth() -> None:
    assert consenters(TEAM, 15) == (FAR, MOR)
    assert consenters(TEAM, None) == (FAR, MOR)  # age unknown: ask the parents
    assert consenters(TEAM, 18) == (EMIL,)
    without_parents = [m for m in TEAM if m.role != "foresatt"]
    assert consenters(without_parents, 15) == (EMIL,)
    assert consenters([], 15) == ("ungdommen",)


def test_both_parents_cover_and_one_is_partial() -> None:
    both = [consent(FAR), consent(MOR, cid=2)]
    covered = coverage("politi", both, TEAM, TODAY, 15)
    assert covered.state == COVERED and not covered.problem
    assert covered.words == f"Samtykke fra {FAR} og {MOR}"
    partial = coverage("politi", both[:1], TEAM, TODAY, 15)
    assert partial.state == PARTIAL and partial.problem
    assert partial.words == f"Mangler samtykke fra {MOR}"


def test_the_youths_own_consent_counts_only_from_18() -> None:
    youth_only = [consent(EMIL)]
    assert coverage("politi", youth_only, TEAM, TODAY, 15).state == MISSING
    assert coverage("politi", youth_only, TEAM, TODAY, 18).state == COVERED


def test_consent_must_name_the_role_and_be_in_force() -> None:
    assert coverage("skole", [consent(FAR), consent(MOR)], TEAM, TODAY, 15).state == MISSING
    future = [consent(FAR, given=TODAY + DAY), consent(MOR, given=TODAY + DAY)]
    assert coverage("politi", future, TEAM, TODAY, 15).state == MISSING
    missing = coverage("politi", [], TEAM, TODAY, 15)
    assert missing.words == "Ingen samtykke til å dele informasjon" and missing.problem


def test_withdrawn_consent_says_when() -> None:
    gone = [consent(FAR, withdrawn=date(2026, 10, 2)), consent(MOR, withdrawn=TODAY)]
    got = coverage("politi", gone, TEAM, TODAY, 15)
    assert got.state == WITHDRAWN and got.problem
    assert got.words == "Samtykket ble trukket tilbake 01.12.2026"
    # Withdrawn from tomorrow: still in force today.
    later = [consent(FAR, withdrawn=TODAY + DAY), consent(MOR, withdrawn=TODAY + DAY)]
    assert coverage("politi", later, TEAM, TODAY, 15).state == COVERED


def test_one_parent_withdrawing_is_named_not_only_missing() -> None:
    consents = [consent(FAR, withdrawn=date(2026, 10, 2)), consent(MOR, cid=2)]
    got = coverage("politi", consents, TEAM, TODAY, 15)
    assert got.state == WITHDRAWN
    assert got.words == f"{FAR} trakk samtykket tilbake 02.10.2026"


def test_family_and_the_follow_up_need_no_consent() -> None:
    for code in ("ungdommen", "foresatt", "oppfolger", "fagansvarlig"):
        got = coverage(code, [], TEAM, TODAY, 15)
        assert got.state == NOT_NEEDED and not got.problem


def test_consent_is_checked_before_anything_is_written() -> None:
    good = consent(FAR).fields
    check_consent(good)
    with pytest.raises(UserError, match="hvem som gir"):
        check_consent(replace(good, given_by="  "))
    with pytest.raises(UserError, match="hvem informasjonen kan deles med"):
        check_consent(replace(good, shared_roles=frozenset(), shared_with=""))
    check_consent(replace(good, shared_roles=frozenset(), shared_with="Treneren"))
    with pytest.raises(UserError, match="før det ble gitt"):
        check_consent(replace(good, withdrawn_on=good.given_on - DAY))
    with pytest.raises(UserError, match="skriftlig eller muntlig"):
        check_consent(replace(good, form="epost"))
    assert parse_roles(format_roles({"skole", "politi"}) + ",ukjent") == {"skole", "politi"}


# --- who does what -------------------------------------------------------------------------


def test_duties_count_open_done_and_late_and_put_late_first() -> None:
    tiltak = [
        TiltakInfo(1, TiltakFields("Late", responsible_id=5, due_on=TODAY - DAY)),
        TiltakInfo(2, TiltakFields("Done", responsible_id=5, status="fullfort", done_on=TODAY)),
        TiltakInfo(3, TiltakFields("Stopped", responsible_id=5, status="avbrutt")),
        TiltakInfo(4, TiltakFields("Nobody's", due_on=TODAY - DAY)),
    ]
    actions = [
        ActionItemInfo(1, 1, 5, "Open", TODAY + DAY),
        ActionItemInfo(2, 1, 5, "Late action", TODAY - 2 * DAY),
        ActionItemInfo(3, 1, 4, "Done action", TODAY - DAY, TODAY - DAY),
    ]
    by_member = {d.member.id: d for d in duties(TEAM, tiltak, actions, TODAY, frozenset({1}))}
    police = by_member[5]
    assert (police.open, police.done, police.late) == (3, 1, 2)
    assert [i.text for i in police.items][:2] == ["Late action", "Late"]
    assert [i.sensitive for i in police.items if i.kind == "tiltak"] == [True, False, False]
    assert (by_member[4].open, by_member[4].done, by_member[4].late) == (0, 1, 0)
    assert by_member[1].items == ()


def test_standard_responsibilities_come_from_the_standard() -> None:
    text = standard_responsibilities("politi")
    assert text.splitlines()[0].startswith("Delta fast i inntaksmøter")
    assert standard_responsibilities("annen") == ""


# --- reads and writes ------------------------------------------------------------------------


@pytest.fixture
def youth_id(any_store: Store) -> int:
    return import_document(any_store, build_demo(TODAY))


def _audit(store: Store, count: int) -> list[tuple[str, str, str]]:
    with Session(store.engine) as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.object, AuditEntry.detail)
            .order_by(AuditEntry.id.desc())
            .limit(count)
        ).all()
    return [(a, o, d) for a, o, d in reversed(rows)]


def test_load_team_reads_the_demo_and_is_logged(any_store: Store, youth_id: int) -> None:
    view = load_team(any_store, youth_id, TODAY)
    assert _audit(any_store, 1) == [("read", "youth", "team")]
    assert len(view.members) > len(view.active_members) > 0  # the coach has left
    assert view.youth_age is not None and view.youth_age < 18
    left = next(m for m in view.members if not m.active)
    assert view.coverage(left.role, TODAY).state == WITHDRAWN
    assert any(d.late for d in view.duties(TODAY))  # the demo has something late
    assert view.sensitive_tiltak == frozenset()  # no demo goal is in a sensitive area


def test_member_added_updated_left_and_undone(any_store: Store, youth_id: int) -> None:
    fields = MemberFields("nav", "Nina Fiktiv", responsibilities=standard_responsibilities("nav"))
    changes = ops.add_member(any_store, youth_id, fields)
    member_id = changes.created_ids[0]
    assert changes.objects == frozenset({"team_member"})
    assert _audit(any_store, 1) == [("create", "team_member", "")]
    member = load_team(any_store, youth_id, TODAY).member(member_id)
    assert member is not None and member.responsibilities == fields.responsibilities
    ops.update_member(any_store, youth_id, member_id, replace(fields, phone=" 400 00 099 "))
    ops.set_member_active(any_store, youth_id, member_id, False)
    assert _audit(any_store, 2) == [
        ("update", "team_member", ""),
        ("update", "team_member", "active"),
    ]
    member = load_team(any_store, youth_id, TODAY).member(member_id)
    assert member is not None and member.phone == "400 00 099" and not member.active
    ops.delete_member(any_store, youth_id, member_id)
    assert load_team(any_store, youth_id, TODAY).member(member_id) is None
    ops.add_member(any_store, youth_id, fields, member_id)  # redo: the same id again
    assert load_team(any_store, youth_id, TODAY).member(member_id) is not None


def test_a_bad_email_is_refused_with_a_sentence_and_nothing_written(
    any_store: Store, youth_id: int
) -> None:
    before = load_team(any_store, youth_id, TODAY).members
    with pytest.raises(UserError, match="E-postadressen ser ikke riktig ut"):
        ops.add_member(any_store, youth_id, MemberFields("nav", email="nina på nav.no"))
    with pytest.raises(UserError, match="Ukjent rolle"):
        ops.add_member(any_store, youth_id, MemberFields("trener"))
    assert load_team(any_store, youth_id, TODAY).members == before


def test_another_youths_rows_are_refused(any_store: Store, youth_id: int) -> None:
    other = import_document(any_store, build_demo(TODAY), as_new=True)
    theirs = load_team(any_store, other, TODAY)
    member, their_consent = theirs.members[0], theirs.consents[0]
    with pytest.raises(DatabaseError, match="annen ungdom"):
        ops.update_member(any_store, youth_id, member.id, MemberFields(member.role, "Feil"))
    with pytest.raises(DatabaseError, match="annen ungdom"):
        ops.set_member_active(any_store, youth_id, member.id, False)
    with pytest.raises(DatabaseError, match="annen ungdom"):
        ops.update_consent(any_store, youth_id, their_consent.id, their_consent.fields)
    with pytest.raises(DatabaseError, match="annen ungdom"):
        ops.delete_consent(any_store, youth_id, their_consent.id)
    assert load_team(any_store, other, TODAY) == theirs


def test_consent_added_withdrawn_and_undone(any_store: Store, youth_id: int) -> None:
    view = load_team(any_store, youth_id, TODAY)
    parents = [m.name for m in view.active_members if m.role == "foresatt"]
    assert view.coverage("nav", TODAY).state == MISSING
    added = [
        ops.add_consent(
            any_store, youth_id, ConsentFields(p, "foresatt", frozenset({"nav"}), TODAY)
        )
        for p in parents
    ]
    assert added[0].objects == frozenset({"consent"})
    assert _audit(any_store, 1) == [("create", "consent", "")]
    view = load_team(any_store, youth_id, TODAY)
    assert view.coverage("nav", TODAY).state == COVERED
    first = next(c for c in view.consents if c.id == added[0].created_ids[0])
    ops.update_consent(any_store, youth_id, first.id, replace(first.fields, withdrawn_on=TODAY))
    assert _audit(any_store, 1) == [("update", "consent", "")]
    assert load_team(any_store, youth_id, TODAY).coverage("nav", TODAY).state == WITHDRAWN
    ops.delete_consent(any_store, youth_id, first.id)
    assert _audit(any_store, 1) == [("delete", "consent", "")]
    assert load_team(any_store, youth_id, TODAY).coverage("nav", TODAY).state == PARTIAL


def test_measures_under_a_sensitive_goal_are_marked(any_store: Store, youth_id: int) -> None:
    view = load_team(any_store, youth_id, TODAY)
    helse = next(m for m in view.active_members if m.role == "helse")
    goal = plan_ops.add_goal(any_store, youth_id, GoalFields("Sove bedre", area=4), TODAY)
    fields = TiltakFields("Samtale om søvn", goal.created_ids[0], helse.id, TODAY - DAY)
    tiltak_id = plan_ops.add_tiltak(any_store, youth_id, fields).created_ids[0]
    view = load_team(any_store, youth_id, TODAY)
    assert view.sensitive_tiltak == frozenset({tiltak_id})
    helse_duties = next(d for d in view.duties(TODAY) if d.member.id == helse.id)
    item = next(i for i in helse_duties.items if i.text == "Samtale om søvn")
    assert item.sensitive and item.late  # hidden in meetings, and still counted as late
