"""Changes to Min plan and the week: validated, audit-logged, undoable with the same ids."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db import plan_ops
from lagmote.db.models import AuditEntry
from lagmote.db.plan_queries import load_plan, load_week
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.plan import EntryFields, GoalFields, TiltakFields

TODAY = date(2026, 12, 1)


@pytest.fixture
def youth_id(any_store: Store) -> int:
    return import_document(any_store, build_demo(TODAY))


def _actions(store: Store) -> list[tuple[str, str]]:
    with Session(store.engine) as session:
        rows = session.execute(select(AuditEntry.action, AuditEntry.object).order_by(AuditEntry.id))
        return [(a, o) for a, o in rows]


def test_plan_reads_the_demo(any_store: Store, youth_id: int) -> None:
    plan = load_plan(any_store, youth_id)
    assert len(plan.goals) == 4
    assert all(len(goal.ratings) >= 3 for goal in plan.goals)
    assert plan.section("mal")
    assert any(t.responsible for goal in plan.goals for t in goal.tiltak)
    assert _actions(any_store)[-1] == ("read", "youth")


def test_section_edit_is_logged(any_store: Store, youth_id: int) -> None:
    plan_ops.set_section(any_store, youth_id, "styrker", "Jeg er god i fotball.")
    assert load_plan(any_store, youth_id).section("styrker") == "Jeg er god i fotball."
    assert ("update", "plan_section") in _actions(any_store)
    with pytest.raises(UserError, match="ingen del"):
        plan_ops.set_section(any_store, youth_id, "finnes_ikke", "x")


def test_goal_delete_and_restore_keeps_ids(any_store: Store, youth_id: int) -> None:
    goal = load_plan(any_store, youth_id).goals[0]
    plan_ops.delete_goal(any_store, youth_id, goal.id)
    after = load_plan(any_store, youth_id)
    assert goal.id not in [g.id for g in after.goals]
    assert {t.id for t in goal.tiltak} <= {t.id for t in after.loose_tiltak}
    plan_ops.restore_goal(any_store, youth_id, goal)
    back = next(g for g in load_plan(any_store, youth_id).goals if g.id == goal.id)
    assert back == goal


def test_rating_same_day_replaces(any_store: Store, youth_id: int) -> None:
    goal = load_plan(any_store, youth_id).goals[1]
    plan_ops.rate_goal(any_store, youth_id, goal.id, 1, TODAY)
    plan_ops.rate_goal(any_store, youth_id, goal.id, 2, TODAY)
    ratings = next(g for g in load_plan(any_store, youth_id).goals if g.id == goal.id).ratings
    assert [(r.rated_on, r.value) for r in ratings if r.rated_on == TODAY] == [(TODAY, 2)]
    with pytest.raises(UserError, match="fra −2 til \\+2"):
        plan_ops.rate_goal(any_store, youth_id, goal.id, 3, TODAY)
    plan_ops.clear_rating(any_store, youth_id, goal.id, TODAY)
    ratings = next(g for g in load_plan(any_store, youth_id).goals if g.id == goal.id).ratings
    assert TODAY not in [r.rated_on for r in ratings]


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        (EntryFields(0, 600, 540, "skole"), "slutte etter"),
        (EntryFields(0, 1380, 1500, "aktivitet"), "innenfor ett døgn"),
        (EntryFields(7, 600, 700, "skole"), "ukedag"),
        (EntryFields(1, 600, 700, "fest"), "Ukjent type"),
    ],
)
def test_bad_entries_are_refused(store: Store, fields: EntryFields, words: str) -> None:
    youth_id = import_document(store, build_demo(TODAY))
    before = load_week(store, youth_id)
    with pytest.raises(UserError, match=words):
        plan_ops.add_entry(store, youth_id, fields)
    assert load_week(store, youth_id) == before


def test_entry_add_move_delete_restore(any_store: Store, youth_id: int) -> None:
    fields = EntryFields(5, 600, 720, "aktivitet", "Klatring 🧗", "Klatresenteret")
    entry_id = plan_ops.add_entry(any_store, youth_id, fields).created_ids[0]
    moved = EntryFields(6, 660, 780, "aktivitet", "Klatring 🧗", "Klatresenteret")
    plan_ops.update_entry(any_store, youth_id, entry_id, moved)
    week = {e.id: e.fields for e in load_week(any_store, youth_id).entries}
    assert week[entry_id] == moved
    plan_ops.delete_entry(any_store, youth_id, entry_id)
    assert entry_id not in {e.id for e in load_week(any_store, youth_id).entries}
    plan_ops.add_entry(any_store, youth_id, moved, entry_id)
    assert {e.id: e.fields for e in load_week(any_store, youth_id).entries}[entry_id] == moved


def test_long_goal_and_rtl_text(any_store: Store, youth_id: int) -> None:
    text = "مرحبا أنا " + "lang tekst " * 400
    goal_id = plan_ops.add_goal(any_store, youth_id, GoalFields(text[:5000]), TODAY).created_ids[0]
    stored = next(g for g in load_plan(any_store, youth_id).goals if g.id == goal_id)
    assert stored.fields.text == text[:5000]
    with pytest.raises(UserError, match="for mange tegn"):
        plan_ops.add_goal(any_store, youth_id, GoalFields("x" * 5001), TODAY)
    with pytest.raises(UserError, match="egne ord"):
        plan_ops.add_goal(any_store, youth_id, GoalFields("   "), TODAY)


def test_tiltak_responsible_must_be_on_this_team(store: Store) -> None:
    first = import_document(store, build_demo(TODAY))
    other_doc = build_demo(TODAY)
    other_doc["youth"]["uid"] = "11111111-2222-4333-8444-555555555555"
    other = import_document(store, other_doc)
    stranger = load_plan(store, other).members[0].id
    with pytest.raises(UserError, match="annen ungdom"):
        plan_ops.add_tiltak(store, first, TiltakFields("Ringe skolen", responsible_id=stranger))
    late = TiltakFields("Søke sommerjobb", due_on=date(2026, 11, 1))
    tiltak_id = plan_ops.add_tiltak(store, first, late).created_ids[0]
    measure = next(t for t in load_plan(store, first).loose_tiltak if t.id == tiltak_id)
    assert measure.is_late(TODAY)
    plan_ops.update_tiltak(
        store, first, tiltak_id, TiltakFields("Søke sommerjobb", status="fullfort", done_on=TODAY)
    )
    measure = next(t for t in load_plan(store, first).loose_tiltak if t.id == tiltak_id)
    assert not measure.is_late(TODAY)


def test_a_row_of_another_youth_is_never_changed(store: Store) -> None:
    first = import_document(store, build_demo(TODAY))
    other_doc = build_demo(TODAY)
    other_doc["youth"]["uid"] = "11111111-2222-4333-8444-555555555556"
    other = import_document(store, other_doc)
    entry = load_week(store, other).entries[0]
    goal = load_plan(store, other).goals[0]
    for change in (
        lambda: plan_ops.update_entry(store, first, entry.id, entry.fields),
        lambda: plan_ops.delete_entry(store, first, entry.id),
        lambda: plan_ops.delete_goal(store, first, goal.id),
        lambda: plan_ops.rate_goal(store, first, goal.id, 1, TODAY),
    ):
        with pytest.raises(UserError, match="annen ungdom"):
            change()
    assert load_week(store, other).entries[0] == entry
    assert load_plan(store, other).goals[0] == goal


def test_audit_says_create_then_update(store: Store) -> None:
    youth_id = import_document(store, build_demo(TODAY))
    goal = load_plan(store, youth_id).goals[0]
    plan_ops.rate_goal(store, youth_id, goal.id, 1, TODAY)
    plan_ops.rate_goal(store, youth_id, goal.id, 2, TODAY)
    plan_ops.clear_rating(store, youth_id, goal.id, TODAY)
    assert _actions(store)[-3:] == [
        ("create", "goal_rating"),
        ("update", "goal_rating"),
        ("delete", "goal_rating"),
    ]
