"""The fictional demo case: complete, valid, realistic, and with exactly one late thing."""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest

from lagmote.db.transfer import validate_document
from lagmote.db.transfer.spec import TABLES
from lagmote.demo import INGRID, build_demo
from lagmote.standard import (
    EVALUATION_QUESTIONS,
    INCIDENT_PLAN_FIELDS,
    LAGMOTE_INTERVAL_DAYS,
    PLAN_SECTIONS,
    missing_core_groups,
    role,
)
from lagmote.steps import CaseDates, StepState, lagmote_gaps, step_timeline

TODAYS = [date(2026, 3, 1), date(2024, 2, 29), date(2025, 12, 31), date(2027, 7, 15)]
TODAY = TODAYS[0]

Doc = dict[str, Any]


def d(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def day(text: str) -> date:
    return date.fromisoformat(text)


@pytest.fixture
def doc() -> Doc:
    return build_demo(TODAY)


@pytest.mark.parametrize("today", TODAYS)
def test_demo_validates_and_is_json(today: date) -> None:
    document = build_demo(today)
    assert json.loads(json.dumps(document)) == document
    validate_document(document)


def test_every_list_and_nested_list_has_rows(doc: Doc) -> None:
    for table in TABLES:
        if table.key == "closings":  # the demo youth is followed up now: not closed
            assert doc[table.key] == []
            continue
        assert doc[table.key], table.key
        for child in table.children:
            assert any(row[child.key] for row in doc[table.key]), f"{table.key}.{child.key}"


def test_demo_is_deterministic_and_moves_with_today() -> None:
    assert build_demo(TODAY) == build_demo(TODAY)
    later = build_demo(TODAY + timedelta(days=10))
    first, moved = build_demo(TODAY)["lagmoter"][0], later["lagmoter"][0]
    assert day(moved["meeting_on"]) - day(first["meeting_on"]) == timedelta(days=10)


@pytest.mark.parametrize("today", TODAYS)
def test_youth_is_fifteen_and_plainly_fictional(today: date) -> None:
    youth = build_demo(today)["youth"]
    born = day(youth["birth_date"])
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    assert age == 15
    assert "Fiktiv" in youth["last_name"]
    assert "(fiktiv)" in youth["district"]


def test_team_has_every_core_role_two_parents_and_fictional_contacts(doc: Doc) -> None:
    members = doc["team_members"]
    assert missing_core_groups(m["role"] for m in members) == []
    roles = Counter(m["role"] for m in members)
    assert roles["foresatt"] == 2
    assert {"ungdommen", "fagansvarlig", "oppfolger", "skole", "politi"} <= set(roles)
    parents = [m["name"] for m in members if m["role"] == "foresatt"]
    assert any(unicodedata.bidirectional(ch) == "AL" for name in parents for ch in name)
    for member in members:
        assert re.fullmatch(r"400 00 0\d\d", member["phone"]), member["phone"]
        assert member["email"].endswith("@eksempel.no")
        assert member["responsibilities"] == "\n".join(role(member["role"]).responsibilities)


def _case_dates(doc: Doc) -> CaseDates:
    steps = {s["kind"]: d(s["done_on"]) for s in doc["steps"]}
    meetings = doc["lagmoter"]
    return CaseDates(
        henvisning=steps["henvisning"],
        acute=doc["youth"]["acute"],
        inntaksmote=steps["inntaksmote"],
        oppstartsmote=steps["oppstartsmote"],
        kartlegginger=tuple(day(k["assessed_on"]) for k in doc["kartlegginger"]),
        iverksetting=steps["iverksetting"],
        lagmoter_held=tuple(day(m["meeting_on"]) for m in meetings if m["held"]),
        lagmoter_planned=tuple(day(m["meeting_on"]) for m in meetings if not m["held"]),
        evalueringer=tuple(day(e["evaluated_on"]) for e in doc["evaluations"]),
    )


@pytest.mark.parametrize("today", TODAYS)
def test_only_the_next_lagmote_one_tiltak_and_one_action_are_late(today: date) -> None:
    doc = build_demo(today)
    dates = _case_dates(doc)
    states = {s.key: s.state for s in step_timeline(dates, today)}
    fine = {StepState.DONE, StepState.DUE, StepState.WAITING}
    late = [key for key, state in states.items() if state not in fine]
    assert late == ["lagmote"]
    assert states["lagmote"] is StepState.OVERDUE
    assert (today - dates.lagmoter_held[-1]).days == 45
    assert lagmote_gaps(dates) == []
    assert _late_tiltak(doc, today) == 1
    late_actions = [
        a
        for m in doc["lagmoter"]
        for a in m["action_items"]
        if a["done_on"] is None and a["due_on"] is not None and day(a["due_on"]) < today
    ]
    # One delay of someone other than the oppfølger, so the team page has one to show.
    assert [a["owner_ref"] for a in late_actions] == [INGRID]


def _late_tiltak(doc: Doc, today: date) -> int:
    open_statuses = {"planlagt", "pagar"}
    return sum(
        1
        for t in doc["tiltak"]
        if t["status"] in open_statuses and t["due_on"] and day(t["due_on"]) < today
    )


def test_step_dates_follow_the_standard(doc: Doc) -> None:
    steps = {s["kind"]: day(s["done_on"]) for s in doc["steps"]}
    assert 140 <= (TODAY - steps["henvisning"]).days <= 160
    assert (steps["inntaksmote"] - steps["henvisning"]).days == 14
    assert 0 < (steps["oppstartsmote"] - steps["inntaksmote"]).days <= 7
    assert (steps["iverksetting"] - steps["inntaksmote"]).days == 2
    first = day(doc["lagmoter"][0]["meeting_on"])
    assert 0 < (first - steps["oppstartsmote"]).days <= 7


def test_consent_from_youth_and_both_parents_with_one_withdrawn(doc: Doc) -> None:
    consents = doc["consents"]
    givers = {(c["given_by_role"], c["given_by"]) for c in consents}
    assert {r for r, _ in givers} == {"ungdommen", "foresatt"}
    assert len({n for r, n in givers if r == "foresatt"}) == 2
    withdrawn = [c for c in consents if c["withdrawn_on"] is not None]
    assert len(withdrawn) == 1
    assert day(withdrawn[0]["withdrawn_on"]) > day(withdrawn[0]["given_on"])


def test_two_kartlegginger_with_both_perspectives_on_all_areas(doc: Doc) -> None:
    first, second = doc["kartlegginger"]
    apart = (day(second["assessed_on"]) - day(first["assessed_on"])).days
    assert 80 <= apart <= 100
    for kartlegging in (first, second):
        pairs = {(r["area"], r["perspective"]) for r in kartlegging["ratings"]}
        assert pairs == {(a, p) for a in range(1, 13) for p in ("ungdom", "lag")}
    not_assessed = [r for r in first["ratings"] if r["rating"] is None]
    assert 1 <= len(not_assessed) <= 4
    assert all(r["resources"] or r["risks"] for r in first["ratings"] if r["perspective"] == "lag")


def test_min_plan_and_incident_plan_are_filled_in(doc: Doc) -> None:
    texts = {s["key"]: s["text"] for s in doc["plan_sections"]}
    keys = {s.key for s in (*PLAN_SECTIONS, *INCIDENT_PLAN_FIELDS)}
    assert set(texts) == keys
    assert all(len(text) > 20 for text in texts.values())


def test_four_goals_with_full_ladders_and_visible_progress(doc: Doc) -> None:
    held = {m["ref"]: m["meeting_on"] for m in doc["lagmoter"] if m["held"]}
    goals = doc["goals"]
    assert len(goals) == 4
    for goal in goals:
        ladder = [goal[k] for k in ("level_minus2", "level_minus1", "level_0", "level_plus1",
                                    "level_plus2")]  # fmt: skip
        assert all(ladder) and len(set(ladder)) == 5
        ratings = goal["ratings"]
        assert [r["lagmote_ref"] for r in ratings] == sorted(held)
        assert all(r["rated_on"] == held[r["lagmote_ref"]] for r in ratings)
        assert ratings[-1]["value"] > ratings[0]["value"]


def test_tiltak_have_responsible_members_and_cover_every_goal(doc: Doc) -> None:
    member_refs = {m["ref"] for m in doc["team_members"]}
    assert all(t["responsible_ref"] in member_refs for t in doc["tiltak"])
    assert {t["goal_ref"] for t in doc["tiltak"]} >= {g["ref"] for g in doc["goals"]}


def _entries(doc: Doc, kind: str) -> set[tuple[int, int, int]]:
    return {
        (e["weekday"], e["start_minute"], e["end_minute"]) for e in doc["schedule"]
        if e["kind"] == kind
    }  # fmt: skip


def test_week_has_school_football_job_family_and_one_free_afternoon(doc: Doc) -> None:
    assert {(w, 510, 870) for w in range(5)} <= _entries(doc, "skole")
    assert _entries(doc, "aktivitet") == {(1, 1020, 1110), (3, 1020, 1110)}
    assert {w for w, _, _ in _entries(doc, "oppfolger")} == set(range(5))
    assert {w for w, _, _ in _entries(doc, "jobb")} == {5}
    assert {w for w, _, _ in _entries(doc, "familie")} == {6}
    free = [w for w in range(5) if not _busy(doc, w, 870, 1200)]
    assert free == [2]  # Wednesday afternoon and evening


def _busy(doc: Doc, weekday: int, start: int, end: int) -> bool:
    return any(
        e["weekday"] == weekday and e["start_minute"] < end and e["end_minute"] > start
        for e in doc["schedule"]
    )


def test_three_held_lagmoter_and_one_planned(doc: Doc) -> None:
    meetings = doc["lagmoter"]
    held = [day(m["meeting_on"]) for m in meetings if m["held"]]
    planned = [day(m["meeting_on"]) for m in meetings if not m["held"]]
    assert len(held) == 3 and len(planned) == 1
    gaps = [(b - a).days for a, b in itertools.pairwise(held)]
    assert all(35 <= gap <= LAGMOTE_INTERVAL_DAYS for gap in gaps)
    assert planned[0] > TODAY
    assert planned[0] > held[-1] + timedelta(days=LAGMOTE_INTERVAL_DAYS)  # the late one
    for meeting in meetings:
        parts = [meeting["attendees"], meeting["decisions"], meeting["action_items"]]
        assert all(parts) if meeting["held"] else not any(parts)


def test_completed_evaluation_answers_all_questions_with_a_disagreement(doc: Doc) -> None:
    (evaluation,) = doc["evaluations"]
    assert evaluation["completed"] is True
    assert evaluation["recommendation"] == "viderefores"
    assert day(evaluation["next_evaluation_on"]) > TODAY
    answers = evaluation["answers"]
    assert {a["question"] for a in answers} == set(range(1, len(EVALUATION_QUESTIONS) + 1))
    assert len({a["perspective"] for a in answers}) >= 4
    assert all(a["judgement"] for a in answers)
    assert any(_disagree(answers, q) for q in range(1, 6))


def _disagree(answers: list[dict[str, Any]], question: int) -> bool:
    on_question = [a for a in answers if a["question"] == question]
    youth = {a["judgement"] for a in on_question if a["perspective"] == "ungdommen"}
    team = {a["judgement"] for a in on_question if a["perspective"] != "ungdommen"}
    return bool(youth) and bool(team) and not youth & team
