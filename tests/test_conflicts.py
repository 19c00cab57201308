"""No lost updates (issue 10): two people save the same youth's record at once.

Each test has two users, each with their own :class:`Store` (on one engine, or, for
PostgreSQL, on two engines to one server): both read, the first saves, and the second's save
with the values it began from is refused with :class:`EditConflict` when it would overwrite
the first's change of the same field, and lands when it changed another field."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from lagmote.db import kartlegging_ops, meeting_ops, plan_ops, team_ops
from lagmote.db.audit import Actor
from lagmote.db.conflicts import EditConflict, over_stored
from lagmote.db.engine import open_database
from lagmote.db.errors import DatabaseError
from lagmote.db.evaluation_ops import DraftFields, save_draft, start_evaluation
from lagmote.db.evaluation_queries import load_evaluations
from lagmote.db.kartlegging_queries import load_kartlegging
from lagmote.db.meeting_queries import load_meetings
from lagmote.db.plan_queries import load_plan, load_week
from lagmote.db.store import Store
from lagmote.db.team_queries import load_team
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.evaluation import (
    PERSPECTIVE_CODES,
    QUESTION_NUMBERS,
    AnswerInfo,
    PeriodFields,
    RecommendationFields,
)
from lagmote.meetings import AGENDA_KEYS
from lagmote.plan import GoalFields
from lagmote.ui.context import YouthContext
from lagmote.ui.meeting_actions import fields_of
from lagmote.ui.plan_actions import PlanActions
from lagmote.ui.team_actions import member_fields
from lagmote.ui.undo import Editor

TODAY = date(2026, 12, 1)
OTHER = Actor("Kari Kollega", "oppfolger", "Bydel Test")


@pytest.fixture
def youth_id(any_store: Store) -> int:
    return import_document(any_store, build_demo(TODAY))


@pytest.fixture
def other(any_store: Store) -> Store:
    """The second user, on the same database."""
    return Store(any_store.engine, OTHER)


def goal_text(store: Store, youth_id: int) -> str:
    return load_plan(store, youth_id).goals[0].fields.text


# -- the field compare ------------------------------------------------------------------------


def test_over_stored_keeps_what_was_not_changed_and_refuses_a_clash() -> None:
    base = GoalFields("Gå på skolen", why="Mor blir glad")
    stored = replace(base, why="Mor og far blir glade")
    mine = replace(base, text="Gå på skolen hver dag")
    written = over_stored(base, mine, stored, {"text": "målet"}, lambda _f, _b: None)
    assert written == GoalFields("Gå på skolen hver dag", why="Mor og far blir glade")
    assert over_stored(None, mine, stored, {}, lambda _f, _b: None) == mine
    assert over_stored(base, mine, mine, {}, lambda _f, _b: None) == mine  # already saved
    with pytest.raises(EditConflict) as caught:
        over_stored(base, mine, replace(base, text="Løpe"), {"text": "målet"}, lambda f, b: (f, b))
    conflict = caught.value
    assert isinstance(conflict, DatabaseError) and isinstance(conflict, UserError)
    assert str(conflict) == "Noen andre har endret «målet» mens du skrev. Velg hva som skal gjelde."
    assert [(c.field, c.base, c.mine, c.theirs) for c in conflict.conflicts] == [
        ("text", "Gå på skolen", "Gå på skolen hver dag", "Løpe")
    ]
    assert conflict.theirs == replace(base, text="Løpe")
    assert conflict.keep(mine) == (mine, replace(base, text="Løpe"))


def test_the_message_names_no_record_data() -> None:
    with pytest.raises(EditConflict) as caught:
        over_stored("Emil hater skolen", "Emil liker skolen", "Emil elsker", "vedtaket", print)
    assert "Emil" not in str(caught.value)
    assert "«vedtaket»" in str(caught.value)


# -- two users, one goal ----------------------------------------------------------------------


def test_a_save_over_someone_elses_save_is_refused(
    any_store: Store, other: Store, youth_id: int
) -> None:
    mine_read = load_plan(any_store, youth_id).goals[0]
    theirs_read = load_plan(other, youth_id).goals[0]
    base = mine_read.fields
    plan_ops.update_goal(other, youth_id, theirs_read.id, replace(base, text="Deres mål"), base)
    with pytest.raises(EditConflict) as caught:
        plan_ops.update_goal(
            any_store, youth_id, mine_read.id, replace(base, text="Mitt mål"), base
        )
    assert goal_text(any_store, youth_id) == "Deres mål"  # nothing overwritten
    conflict = caught.value
    assert conflict.theirs.text == "Deres mål" and conflict.mine.text == "Mitt mål"
    conflict.keep(conflict.mine)  # "Behold min"
    assert goal_text(any_store, youth_id) == "Mitt mål"


def test_two_users_on_two_engines_to_one_server(pg_url: str) -> None:
    first, second = open_database(pg_url), open_database(pg_url)
    try:
        mine, theirs = Store(first.engine, Actor("A")), Store(second.engine, OTHER)
        youth = import_document(mine, build_demo(TODAY))
        goal = load_plan(mine, youth).goals[0]
        base = goal.fields
        plan_ops.update_goal(theirs, youth, goal.id, replace(base, text="Deres mål"), base)
        with pytest.raises(EditConflict):
            plan_ops.update_goal(mine, youth, goal.id, replace(base, text="Mitt mål"), base)
        assert goal_text(theirs, youth) == "Deres mål"
    finally:
        first.dispose()
        second.dispose()


def test_different_fields_of_one_goal_both_land(
    any_store: Store, other: Store, youth_id: int
) -> None:
    goal = load_plan(any_store, youth_id).goals[0]
    base = goal.fields
    plan_ops.update_goal(other, youth_id, goal.id, replace(base, why="Deres hvorfor"), base)
    plan_ops.update_goal(any_store, youth_id, goal.id, replace(base, text="Mitt mål"), base)
    stored = load_plan(any_store, youth_id).goals[0].fields
    assert (stored.text, stored.why) == ("Mitt mål", "Deres hvorfor")


def test_the_same_change_by_both_is_no_conflict(
    any_store: Store, other: Store, youth_id: int
) -> None:
    goal = load_plan(any_store, youth_id).goals[0]
    new = replace(goal.fields, text="Samme mål")
    plan_ops.update_goal(other, youth_id, goal.id, new, goal.fields)
    plan_ops.update_goal(any_store, youth_id, goal.id, new, goal.fields)
    assert goal_text(any_store, youth_id) == "Samme mål"


def test_a_merge_saves_both_texts(any_store: Store, other: Store, youth_id: int) -> None:
    plan_ops.set_section(any_store, youth_id, "styrker", "Snill\nFlink i fotball\nMorsom")
    base = load_plan(any_store, youth_id).section("styrker")
    plan_ops.set_section(
        other, youth_id, "styrker", "Snill mot andre\nFlink i fotball\nMorsom", base
    )
    with pytest.raises(EditConflict) as caught:
        plan_ops.set_section(any_store, youth_id, "styrker", "Snill\nFlink i fotball\nGlad", base)
    merged, clean = caught.value.merged()
    assert clean and merged == "Snill mot andre\nFlink i fotball\nGlad"
    caught.value.keep(merged)
    assert load_plan(any_store, youth_id).section("styrker") == merged


def test_each_update_op_refuses_a_clash(any_store: Store, other: Store, youth_id: int) -> None:
    """One clash per operation: the second save is refused and the first one stays."""
    for name, clash in _clashes(any_store, other, youth_id):
        with pytest.raises(EditConflict):
            clash()
        assert name  # the loop reached this operation


def _clashes(mine: Store, theirs: Store, youth: int) -> Iterator[tuple[str, Callable[[], object]]]:
    plan = load_plan(mine, youth)
    measure = plan.goals[0].tiltak[0] if plan.goals[0].tiltak else plan.loose_tiltak[0]
    old = measure.fields
    plan_ops.update_tiltak(theirs, youth, measure.id, replace(old, text="Deres"), old)
    yield (
        "tiltak",
        lambda: plan_ops.update_tiltak(mine, youth, measure.id, replace(old, text="Mitt"), old),
    )
    entry = load_week(mine, youth).entries[0]
    e_old = entry.fields
    plan_ops.update_entry(theirs, youth, entry.id, replace(e_old, title="Deres"), e_old)
    yield (
        "entry",
        lambda: plan_ops.update_entry(mine, youth, entry.id, replace(e_old, title="Mitt"), e_old),
    )
    team = load_team(mine, youth, TODAY)
    member = team.members[0]
    m_old = member_fields(member)
    team_ops.update_member(theirs, youth, member.id, replace(m_old, phone="111"), m_old)
    yield (
        "member",
        lambda: team_ops.update_member(mine, youth, member.id, replace(m_old, phone="222"), m_old),
    )
    consent = team.consents[0]
    c_old = consent.fields
    team_ops.update_consent(theirs, youth, consent.id, replace(c_old, note="Deres"), c_old)
    yield (
        "consent",
        lambda: team_ops.update_consent(
            mine, youth, consent.id, replace(c_old, note="Mitt"), c_old
        ),
    )
    meeting = load_meetings(mine, youth).meetings[0]
    meeting_ops.set_meeting_text(theirs, youth, meeting.id, "notes", "Deres", meeting.notes)
    yield (
        "meeting text",
        lambda: meeting_ops.set_meeting_text(
            mine, youth, meeting.id, "notes", "Mitt", meeting.notes
        ),
    )
    key = AGENDA_KEYS[0]
    n_old = meeting.agenda_notes.get(key, "")
    meeting_ops.set_agenda_note(theirs, youth, meeting.id, key, "Deres", n_old)
    yield (
        "agenda note",
        lambda: meeting_ops.set_agenda_note(mine, youth, meeting.id, key, "Mitt", n_old),
    )
    meetings = load_meetings(mine, youth).meetings
    decision = next(d for m in meetings for d in m.decisions)
    meeting_ops.update_decision(theirs, youth, decision.id, "Deres", decision.text)
    yield (
        "decision",
        lambda: meeting_ops.update_decision(mine, youth, decision.id, "Mitt", decision.text),
    )
    item = next(a for m in meetings for a in m.action_items)
    a_old = fields_of(item)
    meeting_ops.update_action(theirs, youth, item.id, replace(a_old, text="Deres"), TODAY, a_old)
    yield (
        "action",
        lambda: meeting_ops.update_action(
            mine, youth, item.id, replace(a_old, text="Mitt"), TODAY, a_old
        ),
    )
    kartlegging = load_kartlegging(mine, youth).assessments[-1]
    k_on, k_note = kartlegging.assessed_on, kartlegging.note
    base = kartlegging_ops.KartleggingFields(k_on, k_note)
    kartlegging_ops.update_kartlegging(theirs, youth, kartlegging.id, k_on, "Deres", TODAY, base)
    yield (
        "kartlegging",
        lambda: kartlegging_ops.update_kartlegging(
            mine, youth, kartlegging.id, k_on, "Mitt", TODAY, base
        ),
    )
    (area, perspective), rating = next(iter(kartlegging.ratings.items()))
    kartlegging_ops.set_area_rating(
        theirs, youth, kartlegging.id, area, perspective, replace(rating, risks="Deres"), rating
    )
    yield (
        "area rating",
        lambda: kartlegging_ops.set_area_rating(
            mine, youth, kartlegging.id, area, perspective, replace(rating, risks="Mitt"), rating
        ),
    )


# -- undo, through the window's editor ---------------------------------------------------------


def test_undo_over_someone_elses_later_change_is_refused(
    qtbot: QtBot, any_store: Store, other: Store, youth_id: int
) -> None:
    editor = Editor()
    actions = PlanActions(YouthContext(any_store, editor, youth_id, TODAY))
    goal = load_plan(any_store, youth_id).goals[0]
    mine = replace(goal.fields, text="Mitt mål")
    actions.update_goal(goal.id, "text", goal.fields, mine)
    plan_ops.update_goal(other, youth_id, goal.id, replace(mine, text="Deres mål"), mine)
    with qtbot.waitSignal(editor.failed) as failed:
        editor.stack.undo()
    assert "Noen andre har endret «målet»" in failed.args[0]
    assert goal_text(any_store, youth_id) == "Deres mål"


def test_typing_merged_into_one_step_undoes_and_redoes(
    qtbot: QtBot, any_store: Store, youth_id: int
) -> None:
    """Merged steps keep the first undo and the last redo: each starts from what the
    window's own steps left stored, so neither is taken for a conflict."""
    editor = Editor()
    actions = PlanActions(YouthContext(any_store, editor, youth_id, TODAY))
    goal = load_plan(any_store, youth_id).goals[0]
    first = replace(goal.fields, why="a")
    second = replace(goal.fields, why="ab")
    actions.update_goal(goal.id, "why", goal.fields, first)
    actions.update_goal(goal.id, "why", first, second)
    assert editor.stack.count() == 1
    failures: list[str] = []
    editor.failed.connect(failures.append)
    editor.stack.undo()
    assert load_plan(any_store, youth_id).goals[0].fields == goal.fields
    editor.stack.redo()
    assert load_plan(any_store, youth_id).goals[0].fields.why == "ab"
    assert failures == []


def test_keep_through_the_editor_is_one_undoable_step(
    any_store: Store, other: Store, youth_id: int
) -> None:
    editor = Editor()
    actions = PlanActions(YouthContext(any_store, editor, youth_id, TODAY))
    goal = load_plan(any_store, youth_id).goals[0]
    plan_ops.update_goal(other, youth_id, goal.id, replace(goal.fields, text="Deres"), goal.fields)
    with pytest.raises(EditConflict) as caught:
        actions.update_goal(goal.id, "text", goal.fields, replace(goal.fields, text="Mitt"))
    assert editor.stack.count() == 0
    caught.value.save(caught.value.mine)
    assert goal_text(any_store, youth_id) == "Mitt"
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert goal_text(any_store, youth_id) == "Deres"


# -- the evaluation draft ----------------------------------------------------------------------


def test_two_drafts_saved_at_once(any_store: Store, other: Store, youth_id: int) -> None:
    period = PeriodFields(TODAY, perspectives=("ungdommen",))
    evaluation = start_evaluation(any_store, youth_id, period, TODAY).created_ids[0]
    base = DraftFields.of(period, (), RecommendationFields())
    answer = AnswerInfo(1, "ungdommen", "Deres svar")
    save_draft(
        other, youth_id, evaluation, period, (answer,), RecommendationFields(), 1, TODAY, base
    )
    reasons = RecommendationFields(reasons="Mine grunner")
    save_draft(any_store, youth_id, evaluation, period, (), reasons, 2, TODAY, base)
    draft = load_evaluations(any_store, youth_id).draft
    assert draft is not None
    assert [a.text for a in draft.answers] == ["Deres svar"]  # theirs kept
    assert draft.recommendation.reasons == "Mine grunner"  # mine landed
    mine = (AnswerInfo(1, "ungdommen", "Mitt svar"),)
    with pytest.raises(EditConflict):
        save_draft(any_store, youth_id, evaluation, period, mine, reasons, 2, TODAY, base)


def _empty() -> tuple[AnswerInfo, ...]:
    return tuple(AnswerInfo(q, p) for q in QUESTION_NUMBERS for p in PERSPECTIVE_CODES)
