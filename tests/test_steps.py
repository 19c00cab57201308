"""Tests for lagmote.steps: the step timeline and its deadlines (no Qt)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lagmote.standard import (
    ACUTE_INTAKE_DAYS,
    EVALUATION_INTERVAL_DAYS,
    LAGMOTE_INTERVAL_DAYS,
    STEPS,
    deadline,
)
from lagmote.steps import (
    CaseDates,
    StepState,
    StepStatus,
    done_late_steps,
    evaluering_gaps,
    lagmote_gaps,
    late_steps,
    next_lagmote_due,
    step_timeline,
)

HENVISNING = date(2026, 1, 5)
INNTAK = date(2026, 1, 20)
OPPSTART = date(2026, 1, 26)
IVERKSETTING = date(2026, 1, 21)
FORSTE = date(2026, 2, 2)


def days(n: int) -> timedelta:
    return timedelta(days=n)


def rule_days(step: str, after: str) -> int:
    return deadline(step, after).days


def by_key(dates: CaseDates, today: date) -> dict[str, StepStatus]:
    return {s.key: s for s in step_timeline(dates, today)}


def started() -> CaseDates:
    """A case where everything up to the first lagmøte was done on time."""
    return CaseDates(
        henvisning=HENVISNING,
        inntaksmote=INNTAK,
        oppstartsmote=OPPSTART,
        kartlegginger=(date(2026, 1, 28), date(2026, 4, 1)),
        iverksetting=IVERKSETTING,
        lagmoter_held=(FORSTE,),
    )


# -- the shape of the timeline ---------------------------------------------------------------


def test_one_entry_per_step_in_the_standards_order() -> None:
    timeline = step_timeline(CaseDates(), date(2026, 1, 1))
    assert [s.key for s in timeline] == [kind.key for kind in STEPS]
    assert [s.name for s in timeline] == [kind.name for kind in STEPS]


def test_empty_case_waits_everywhere() -> None:
    timeline = step_timeline(CaseDates(), date(2026, 1, 1))
    assert {s.state for s in timeline} == {StepState.WAITING}
    assert all(s.due_on is None and s.days_late == 0 for s in timeline)
    assert late_steps(timeline) == []


def test_everything_on_time() -> None:
    steps = by_key(started(), FORSTE + days(1))
    for key in ("henvisning", "inntaksmote", "oppstartsmote", "kartlegging", "iverksetting"):
        assert steps[key].state is StepState.DONE, key
    assert steps["forste_lagmote"].state is StepState.DONE
    assert steps["kartlegging"].done_on == date(2026, 1, 28)  # the first one
    assert steps["lagmote"].state is StepState.DUE
    assert steps["evaluering"].state is StepState.DUE
    assert steps["avslutning"].state is StepState.WAITING


# -- inntaksmøte, acute or not ---------------------------------------------------------------


def test_inntaksmote_due_after_henvisning() -> None:
    steps = by_key(CaseDates(henvisning=HENVISNING), HENVISNING + days(3))
    intake = steps["inntaksmote"]
    assert intake.state is StepState.DUE
    assert intake.due_on == HENVISNING + days(rule_days("inntaksmote", "henvisning"))
    assert intake.rule == deadline("inntaksmote", "henvisning").text


def test_acute_referral_has_the_short_deadline() -> None:
    dates = CaseDates(henvisning=HENVISNING, acute=True)
    intake = by_key(dates, HENVISNING + days(ACUTE_INTAKE_DAYS + 2))["inntaksmote"]
    assert intake.due_on == HENVISNING + days(ACUTE_INTAKE_DAYS)
    assert intake.state is StepState.OVERDUE
    assert intake.days_late == 2
    assert intake.rule is not None and intake.rule != deadline("inntaksmote", "henvisning").text


def test_acute_intake_held_late() -> None:
    held = HENVISNING + days(ACUTE_INTAKE_DAYS + 1)
    dates = CaseDates(henvisning=HENVISNING, acute=True, inntaksmote=held)
    intake = by_key(dates, held)["inntaksmote"]
    assert intake.state is StepState.DONE_LATE
    assert intake.days_late == 1


# -- boundaries ------------------------------------------------------------------------------


def test_done_on_the_deadline_day_is_on_time() -> None:
    due = INNTAK + days(rule_days("oppstartsmote", "inntaksmote"))
    dates = CaseDates(henvisning=HENVISNING, inntaksmote=INNTAK, oppstartsmote=due)
    step = by_key(dates, due)["oppstartsmote"]
    assert step.state is StepState.DONE
    assert step.days_late == 0


def test_done_the_day_after_the_deadline_is_late() -> None:
    due = INNTAK + days(rule_days("oppstartsmote", "inntaksmote"))
    dates = CaseDates(henvisning=HENVISNING, inntaksmote=INNTAK, oppstartsmote=due + days(1))
    step = by_key(dates, due + days(5))["oppstartsmote"]
    assert step.state is StepState.DONE_LATE
    assert step.days_late == 1


def test_today_is_the_deadline_day_is_still_due() -> None:
    due = INNTAK + days(rule_days("oppstartsmote", "inntaksmote"))
    dates = CaseDates(henvisning=HENVISNING, inntaksmote=INNTAK)
    step = by_key(dates, due)["oppstartsmote"]
    assert step.state is StepState.DUE
    assert step.sentence(due) == f"Frist for oppstartsmøte: {due:%d.%m.%Y} (i dag)."


def test_the_day_after_the_deadline_is_overdue() -> None:
    due = INNTAK + days(rule_days("oppstartsmote", "inntaksmote"))
    dates = CaseDates(henvisning=HENVISNING, inntaksmote=INNTAK)
    step = by_key(dates, due + days(1))["oppstartsmote"]
    assert step.state is StepState.OVERDUE
    assert step.days_late == 1


# -- the steps counted from inntaksmøtet and oppstartsmøtet -----------------------------------


def test_iverksetting_counts_from_inntaksmote() -> None:
    dates = CaseDates(henvisning=HENVISNING, inntaksmote=INNTAK)
    step = by_key(dates, INNTAK)["iverksetting"]
    assert step.due_on == INNTAK + days(rule_days("iverksetting", "inntaksmote"))
    assert step.after == "inntaksmote"


def test_waiting_steps_name_what_they_wait_for() -> None:
    steps = by_key(CaseDates(henvisning=HENVISNING), HENVISNING)
    oppstart = steps["oppstartsmote"]
    assert oppstart.state is StepState.WAITING
    assert oppstart.sentence(HENVISNING) == "Oppstartsmøte venter på inntaksmøte."
    assert steps["kartlegging"].sentence(HENVISNING) == "Kartlegging er ikke registrert ennå."
    assert steps["lagmote"].sentence(HENVISNING) == "Lagmøte venter på første lagmøte."


def test_forste_lagmote_overdue_shows_the_planned_date() -> None:
    dates = CaseDates(
        henvisning=HENVISNING,
        inntaksmote=INNTAK,
        oppstartsmote=OPPSTART,
        lagmoter_planned=(date(2026, 2, 10),),
    )
    due = OPPSTART + days(rule_days("forste_lagmote", "oppstartsmote"))
    step = by_key(dates, due + days(4))["forste_lagmote"]
    assert step.state is StepState.OVERDUE
    assert step.planned_on == date(2026, 2, 10)
    assert step.days_late == 4
    assert "4 dager over fristen" in step.sentence(due + days(4))


def test_forste_lagmote_held_late() -> None:
    due = OPPSTART + days(rule_days("forste_lagmote", "oppstartsmote"))
    dates = CaseDates(
        henvisning=HENVISNING,
        inntaksmote=INNTAK,
        oppstartsmote=OPPSTART,
        lagmoter_held=(due + days(3), due + days(20)),
    )
    timeline = step_timeline(dates, due + days(21))
    first = next(s for s in timeline if s.key == "forste_lagmote")
    assert first.state is StepState.DONE_LATE
    assert first.done_on == due + days(3)
    assert done_late_steps(timeline) == [first]
    assert (
        first.sentence(due)
        == f"Første lagmøte holdt {due + days(3):%d.%m.%Y}, 3 dager over fristen."
    )


# -- the next lagmøte ------------------------------------------------------------------------


def test_next_lagmote_due_after_the_last_held() -> None:
    held = (FORSTE, FORSTE + days(30))
    dates = CaseDates(oppstartsmote=OPPSTART, lagmoter_held=held)
    step = by_key(dates, FORSTE + days(31))["lagmote"]
    assert step.due_on == held[-1] + days(LAGMOTE_INTERVAL_DAYS)
    assert step.state is StepState.DUE
    assert step.rule == deadline("lagmote", "lagmote").text
    assert next_lagmote_due(dates) == step.due_on


def test_next_lagmote_before_any_held_is_the_first() -> None:
    dates = CaseDates(oppstartsmote=OPPSTART)
    assert next_lagmote_due(dates) == OPPSTART + days(rule_days("forste_lagmote", "oppstartsmote"))
    assert next_lagmote_due(CaseDates()) is None


def test_next_lagmote_overdue() -> None:
    dates = CaseDates(oppstartsmote=OPPSTART, lagmoter_held=(FORSTE,))
    due = FORSTE + days(LAGMOTE_INTERVAL_DAYS)
    step = by_key(dates, due + days(10))["lagmote"]
    assert step.state is StepState.OVERDUE
    assert step.days_late == 10
    assert step.sentence(due + days(10)) == (
        f"Neste lagmøte er 10 dager over fristen (frist {due:%d.%m.%Y})."
    )
    assert late_steps(step_timeline(dates, due + days(10))) == [step]


def test_next_lagmote_planned_in_time() -> None:
    planned = FORSTE + days(30)
    dates = CaseDates(lagmoter_held=(FORSTE,), lagmoter_planned=(FORSTE - days(1), planned))
    step = by_key(dates, FORSTE + days(1))["lagmote"]
    assert step.planned_on == planned  # not the stale one before the last held
    assert step.sentence(FORSTE + days(1)).endswith(f"planlagt {planned:%d.%m.%Y}.")


def test_next_lagmote_planned_after_the_deadline_warns() -> None:
    due = FORSTE + days(LAGMOTE_INTERVAL_DAYS)
    dates = CaseDates(lagmoter_held=(FORSTE,), lagmoter_planned=(due + days(3),))
    step = by_key(dates, due - days(4))["lagmote"]
    assert step.state is StepState.DUE
    sentence = step.sentence(due - days(4))
    assert "planlagt etter fristen" in sentence
    assert "(om 4 dager)" in sentence


def test_lagmote_gaps_lists_meetings_too_far_apart() -> None:
    a, b = FORSTE, FORSTE + days(LAGMOTE_INTERVAL_DAYS)  # exactly the interval: fine
    c = b + days(LAGMOTE_INTERVAL_DAYS + 1)
    dates = CaseDates(lagmoter_held=(c, a, b))  # order of entry does not matter
    assert lagmote_gaps(dates) == [(b, c, LAGMOTE_INTERVAL_DAYS + 1)]
    assert lagmote_gaps(CaseDates(lagmoter_held=(a,))) == []


# -- evaluering ------------------------------------------------------------------------------


def test_first_evaluation_counts_from_iverksetting() -> None:
    dates = CaseDates(iverksetting=IVERKSETTING)
    step = by_key(dates, IVERKSETTING)["evaluering"]
    assert step.due_on == IVERKSETTING + days(EVALUATION_INTERVAL_DAYS)
    assert step.state is StepState.DUE
    assert step.rule == deadline("evaluering", "iverksetting").text


def test_next_evaluation_counts_from_the_last_and_takes_an_interval() -> None:
    last = IVERKSETTING + days(170)
    dates = CaseDates(iverksetting=IVERKSETTING, evalueringer=(IVERKSETTING + days(100), last))
    timeline = step_timeline(dates, last + days(91), evaluation_interval_days=90)
    step = next(s for s in timeline if s.key == "evaluering")
    assert step.due_on == last + days(90)
    assert step.state is StepState.OVERDUE
    assert step.days_late == 1


def test_evaluering_waits_for_iverksetting() -> None:
    step = by_key(CaseDates(henvisning=HENVISNING), HENVISNING)["evaluering"]
    assert step.state is StepState.WAITING
    assert "venter på iverksetting" in step.sentence(HENVISNING)


def test_evaluering_gaps() -> None:
    late = IVERKSETTING + days(EVALUATION_INTERVAL_DAYS + 5)
    dates = CaseDates(iverksetting=IVERKSETTING, evalueringer=(late,))
    assert evaluering_gaps(dates) == [(IVERKSETTING, late, EVALUATION_INTERVAL_DAYS + 5)]


# -- avslutning ------------------------------------------------------------------------------


def test_after_avslutning_nothing_is_due_or_overdue() -> None:
    end = date(2026, 3, 1)
    dates = CaseDates(
        henvisning=HENVISNING, inntaksmote=INNTAK, lagmoter_held=(FORSTE,), avslutning=end
    )
    timeline = step_timeline(dates, date(2026, 12, 1))
    states = {s.key: s.state for s in timeline}
    assert StepState.DUE not in states.values()
    assert late_steps(timeline) == []
    assert states["avslutning"] is StepState.DONE
    assert states["inntaksmote"] is StepState.DONE
    assert states["oppstartsmote"] is StepState.NOT_NEEDED
    assert states["lagmote"] is StepState.NOT_NEEDED
    assert next_lagmote_due(dates) is None
    not_needed = next(s for s in timeline if s.key == "lagmote")
    assert not_needed.due_on is None
    assert "avsluttet" in not_needed.sentence(date(2026, 12, 1))


def test_late_history_stays_after_avslutning() -> None:
    dates = CaseDates(
        henvisning=HENVISNING,
        inntaksmote=INNTAK,
        oppstartsmote=INNTAK + days(20),
        avslutning=date(2026, 3, 1),
    )
    timeline = step_timeline(dates, date(2026, 6, 1))
    assert [s.key for s in done_late_steps(timeline)] == ["oppstartsmote"]


def test_planned_avslutning_before_a_deadline_makes_it_not_needed() -> None:
    end = FORSTE + days(20)
    dates = CaseDates(oppstartsmote=OPPSTART, lagmoter_held=(FORSTE,), avslutning=end)
    steps = by_key(dates, FORSTE + days(1))
    assert steps["avslutning"].state is StepState.WAITING
    assert steps["avslutning"].planned_on == end
    assert steps["avslutning"].sentence(FORSTE) == f"Avslutning er planlagt {end:%d.%m.%Y}."
    assert steps["lagmote"].state is StepState.NOT_NEEDED


# -- sentences -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offset", "words"), [(1, "i morgen"), (4, "om 4 dager"), (14, "om 2 uker")]
)
def test_due_sentence_says_how_far_off(offset: int, words: str) -> None:
    dates = CaseDates(oppstartsmote=OPPSTART)
    due = OPPSTART + days(rule_days("forste_lagmote", "oppstartsmote"))
    step = by_key(dates, due - days(offset))["forste_lagmote"]
    assert step.sentence(due - days(offset)) == (
        f"Frist for første lagmøte: {due:%d.%m.%Y} ({words})."
    )


def test_done_sentences() -> None:
    steps = by_key(started(), FORSTE)
    assert steps["henvisning"].sentence(FORSTE) == "Henvisning mottatt 05.01.2026."
    assert steps["inntaksmote"].sentence(FORSTE) == "Inntaksmøte holdt 20.01.2026, innen fristen."


def test_every_state_has_a_sentence() -> None:
    today = date(2026, 6, 1)
    cases = [CaseDates(), started(), CaseDates(henvisning=HENVISNING, avslutning=today)]
    for dates in cases:
        for step in step_timeline(dates, today):
            sentence = step.sentence(today)
            assert sentence.endswith(".") and sentence[0].isupper(), sentence
