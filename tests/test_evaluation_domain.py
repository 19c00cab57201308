"""Jevnlig evaluering and avslutning without a database: the deadline rule, the checks, the
sentence naming what is missing, disagreements between perspectives, the evidence the record
gives for a period, and the transitions a closing should plan for (29 February too)."""

from __future__ import annotations

from datetime import date, timedelta
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagmote.closing import (
    CLOSING_REASONS,
    TRANSITIONS,
    ClosingFields,
    ClosingInfo,
    check_closing,
    suggested_transitions,
)
from lagmote.dates import age_on
from lagmote.errors import UserError
from lagmote.evaluation import (
    DEFAULT_INTERVAL_MONTHS,
    PERSPECTIVE_CODES,
    QUESTION_NUMBERS,
    AnswerInfo,
    EvaluationInfo,
    EvaluationsView,
    PeriodFields,
    RecommendationFields,
    check_answer,
    check_interval_months,
    check_period,
    check_recommendation,
    default_period,
    disagreements,
    interval_days,
    missing_for_completion,
    propose_next,
)
from lagmote.evaluation_evidence import (
    ActionsKept,
    MeetingPunctuality,
    actions_kept,
    build_evidence,
    goal_progress,
    meeting_punctuality,
)
from lagmote.kartlegging import AreaRatingInfo, AssessmentInfo, KartleggingView
from lagmote.meetings import LagmoteInfo, MeetingsView
from lagmote.plan import GoalFields, GoalInfo, GoalRatingInfo
from lagmote.standard import EVALUATION_INTERVAL_DAYS, JUDGEMENTS
from lagmote.steps import CaseDates
from lagmote.team import ActionItemInfo

TODAY = date(2026, 12, 1)
IVERKSETTING = date(2026, 3, 2)
ALL = PERSPECTIVE_CODES


def _evaluation(
    evaluation_id: int = 1,
    on: date = date(2026, 9, 1),
    completed: bool = True,
    *,
    period_end: date | None = None,
    next_on: date | None = None,
    recommendation: str | None = "viderefores",
    perspectives: tuple[str, ...] = ALL,
    answers: tuple[AnswerInfo, ...] = (),
) -> EvaluationInfo:
    return EvaluationInfo(
        id=evaluation_id,
        period=PeriodFields(on, IVERKSETTING, period_end or on, "", perspectives),
        recommendation=RecommendationFields(recommendation, "Fordi.", next_on),
        answers=answers,
        completed=completed,
    )


def _closing(closing_id: int, closed_on: date, reopened_on: date | None = None) -> ClosingInfo:
    return ClosingInfo(closing_id, ClosingFields(closed_on, "mal_nadd"), reopened_on)


# --- interval -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("months", "days"), [(1, 30), (3, 91), (6, 182), (12, 365), (18, 547), (24, 730)]
)
def test_interval_in_days(months: int, days: int) -> None:
    assert interval_days(months) == days


def test_the_default_interval_is_the_standards_half_year() -> None:
    assert interval_days(DEFAULT_INTERVAL_MONTHS) == EVALUATION_INTERVAL_DAYS == 182
    assert propose_next(date(2026, 1, 1), 6) == date(2026, 7, 2)
    assert propose_next(date(2026, 1, 1), 12) == date(2027, 1, 1)


@given(st.integers(1, 23))
def test_interval_grows_with_every_month(months: int) -> None:
    assert 28 <= interval_days(months + 1) - interval_days(months) <= 31


@pytest.mark.parametrize("months", [0, 25, -6])
def test_interval_outside_one_to_24_months_is_refused(months: int) -> None:
    with pytest.raises(UserError) as caught:
        check_interval_months(months)
    assert str(caught.value) == "Evalueringsintervallet må være mellom 1 og 24 måneder."


@pytest.mark.parametrize("months", [1, 6, 24])
def test_interval_within_bounds_is_accepted(months: int) -> None:
    check_interval_months(months)


# --- the records ----------------------------------------------------------------------------


def test_an_answer_is_empty_without_words_and_judgement() -> None:
    assert AnswerInfo(1, "ungdommen", "  \n ").empty
    assert not AnswerInfo(1, "ungdommen", "Går bra").empty
    assert not AnswerInfo(1, "ungdommen", "", "uendret").empty


def test_answers_are_found_by_question_and_perspective_in_the_gathered_order() -> None:
    given_answers = (
        AnswerInfo(1, "foresatte", "Mor: bedre", "bedre"),
        AnswerInfo(1, "ungdommen", "Bra", "bedre"),
        AnswerInfo(2, "fagansvarlig", "Ikke spurt", "verre"),
    )
    evaluation = _evaluation(perspectives=("ungdommen", "foresatte"), answers=given_answers)
    assert evaluation.answer(1, "foresatte").text == "Mor: bedre"
    assert evaluation.answer(3, "ungdommen") == AnswerInfo(3, "ungdommen")
    assert [a.perspective for a in evaluation.answers_to(1)] == ["ungdommen", "foresatte"]
    # An answer from a perspective not gathered is not among the question's answers.
    assert all(a.empty for a in evaluation.answers_to(2))


@pytest.mark.parametrize(
    ("completed", "recommendation", "status"),
    [
        (False, "avsluttes", "Utkast"),
        (True, "avsluttes", "Oppfølgingen avsluttes"),
        (True, "viderefores", "Oppfølgingen videreføres"),
        (True, None, "Fullført"),
    ],
)
def test_status_text(completed: bool, recommendation: str | None, status: str) -> None:
    evaluation = _evaluation(completed=completed, recommendation=recommendation)
    assert evaluation.status_text == status


# --- disagreements --------------------------------------------------------------------------


def test_different_judgements_on_a_question_are_a_disagreement_in_words() -> None:
    answers = (
        AnswerInfo(2, "ungdommen", "Mye bedre", "bedre"),
        AnswerInfo(2, "foresatte", "", None),
        AnswerInfo(2, "oppfolger", "Verre hjemme", "verre"),
        AnswerInfo(3, "ungdommen", "", "uendret"),
        AnswerInfo(3, "foresatte", "", "uendret"),
    )
    found = disagreements(_evaluation(answers=answers))
    assert [d.question for d in found] == [2]
    assert found[0].judgements == (("ungdommen", "bedre"), ("oppfolger", "verre"))
    assert found[0].sentence == "Spørsmål 2: ungdommen: bedre, én-til-én-oppfølger: verre."


def test_judgements_of_perspectives_not_gathered_are_no_disagreement() -> None:
    answers = (
        AnswerInfo(1, "ungdommen", "", "bedre"),
        AnswerInfo(1, "samarbeidspartnere", "", "verre"),
    )
    assert disagreements(_evaluation(perspectives=("ungdommen",), answers=answers)) == ()
    assert len(disagreements(_evaluation(answers=answers))) == 1


_judged = st.dictionaries(
    st.tuples(st.sampled_from(QUESTION_NUMBERS), st.sampled_from(ALL)),
    st.sampled_from([None, *JUDGEMENTS]),
    max_size=25,
)


@given(_judged, st.sets(st.sampled_from(ALL)))
def test_a_disagreement_is_exactly_two_different_judgements(
    judged: dict[tuple[int, str], str | None], gathered: set[str]
) -> None:
    perspectives = tuple(p for p in ALL if p in gathered)
    answers = tuple(AnswerInfo(q, p, "", j) for (q, p), j in judged.items())
    found = {d.question: d for d in disagreements(_evaluation(perspectives=perspectives,
                                                               answers=answers))}  # fmt: skip
    for number in QUESTION_NUMBERS:
        seen = {j for (q, p), j in judged.items() if q == number and p in gathered and j}
        assert (number in found) == (len(seen) > 1)
        if number in found:
            assert {j for _, j in found[number].judgements} == seen
            assert [p for p, _ in found[number].judgements] == [
                p for p in perspectives if judged.get((number, p))
            ]


# --- the deadline ---------------------------------------------------------------------------


def test_nothing_is_due_without_iverksetting_or_an_evaluation() -> None:
    view = EvaluationsView(1)
    assert view.due_on is None
    assert not view.overdue(TODAY)
    assert view.due_sentence(TODAY) == (
        "Første evaluering blir beregnet fra iverksettingen, som ikke er registrert."
    )


def test_the_first_evaluation_is_due_the_interval_after_iverksetting() -> None:
    assert EvaluationsView(1, iverksetting=IVERKSETTING).due_on == date(2026, 8, 31)
    view = EvaluationsView(1, iverksetting=IVERKSETTING, interval_months=3)
    assert view.due_on == IVERKSETTING + timedelta(days=91)


def test_a_draft_does_not_move_the_deadline() -> None:
    draft = _evaluation(1, date(2026, 8, 1), completed=False)
    view = EvaluationsView(1, (draft,), iverksetting=IVERKSETTING)
    assert view.due_on == date(2026, 8, 31)
    assert view.latest is None
    assert view.draft == draft


def test_after_an_evaluation_the_earlier_of_its_date_and_the_interval_counts() -> None:
    on = date(2026, 9, 1)
    sooner = EvaluationsView(1, (_evaluation(next_on=date(2026, 12, 1)),), IVERKSETTING)
    assert sooner.due_on == date(2026, 12, 1)
    later = EvaluationsView(1, (_evaluation(next_on=date(2027, 9, 1)),), IVERKSETTING)
    assert later.due_on == on + timedelta(days=182)
    none_set = EvaluationsView(1, (_evaluation(recommendation=None),), IVERKSETTING)
    assert none_set.due_on == on + timedelta(days=182)


def test_the_latest_completed_evaluation_counts_and_the_newest_draft_is_continued() -> None:
    evaluations = (
        _evaluation(1, date(2026, 5, 1), next_on=date(2026, 6, 1)),
        _evaluation(2, date(2026, 8, 1), completed=False),
        _evaluation(3, date(2026, 9, 1), next_on=date(2026, 12, 1)),
        _evaluation(4, date(2026, 11, 1), completed=False),
    )
    view = EvaluationsView(1, evaluations, IVERKSETTING)
    assert view.latest is not None and view.latest.id == 3
    assert [e.id for e in view.completed] == [1, 3]
    assert view.draft is not None and view.draft.id == 4
    assert view.evaluation(2) == evaluations[1]
    assert view.evaluation(None) is None
    assert view.due_on == date(2026, 12, 1)


def test_due_sentence_before_on_and_after_the_deadline() -> None:
    view = EvaluationsView(1, (_evaluation(next_on=date(2026, 11, 28)),), IVERKSETTING)
    assert view.due_sentence(date(2026, 11, 28)) == (
        "Neste evaluering skal være gjort senest 28.11.2026."
    )
    assert not view.overdue(date(2026, 11, 28))
    assert view.overdue(date(2026, 11, 29))
    assert view.due_sentence(date(2026, 11, 29)) == (
        "⚠ Evalueringen er på overtid: 1 dag over fristen 28.11.2026."
    )
    assert view.due_sentence(date(2026, 12, 12)) == (
        "⚠ Evalueringen er på overtid: 2 uker over fristen 28.11.2026."
    )


def test_a_closed_case_has_no_deadline_until_it_is_reopened() -> None:
    closed = _closing(1, date(2026, 10, 1))
    view = EvaluationsView(1, iverksetting=IVERKSETTING, closings=(closed,))
    assert view.closing == closed
    assert view.closed_on == date(2026, 10, 1)
    assert view.due_on is None
    assert not view.overdue(TODAY)
    assert view.due_sentence(TODAY) == "Oppfølgingen ble avsluttet 01.10.2026."
    reopened = _closing(1, date(2026, 10, 1), reopened_on=date(2026, 11, 1))
    view = EvaluationsView(1, iverksetting=IVERKSETTING, closings=(reopened,))
    assert view.closing is None and view.closed_on is None
    assert view.overdue(TODAY)


def test_the_newest_closing_not_reopened_is_the_one_in_force() -> None:
    closings = (
        _closing(1, date(2026, 6, 1), reopened_on=date(2026, 7, 1)),
        _closing(2, date(2026, 10, 1)),
    )
    view = EvaluationsView(1, closings=closings)
    assert view.closing is not None and view.closing.id == 2


# --- a new evaluation's period --------------------------------------------------------------


def test_the_first_period_runs_from_iverksetting_to_today_with_every_perspective() -> None:
    period = default_period(EvaluationsView(1, iverksetting=IVERKSETTING), TODAY)
    assert period == PeriodFields(TODAY, IVERKSETTING, TODAY, "", ALL)
    assert default_period(EvaluationsView(1), TODAY).period_start is None


def test_a_later_period_starts_where_the_latest_completed_one_ended() -> None:
    evaluations = (
        _evaluation(1, date(2026, 9, 3), period_end=date(2026, 9, 1)),
        _evaluation(2, date(2026, 11, 1), completed=False),
    )
    period = default_period(EvaluationsView(1, evaluations, IVERKSETTING), TODAY)
    assert (period.period_start, period.period_end, period.evaluated_on) == (
        date(2026, 9, 1),
        TODAY,
        TODAY,
    )


# --- checks ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "message"),
    [
        (PeriodFields(TODAY + timedelta(days=1)), "Evalueringen kan ikke være datert fram i tid."),
        (PeriodFields(TODAY, date(2026, 6, 2), date(2026, 6, 1)),
         "Perioden må begynne før den slutter."),
        (PeriodFields(date(2026, 11, 1), None, date(2026, 11, 2)),
         "Perioden kan ikke slutte etter evalueringsdatoen."),
        (PeriodFields(TODAY, participants="x" * 2001),
         "Deltakerlisten har for mange tegn (2001); høyst 2000 går an."),
        (PeriodFields(TODAY, perspectives=("ungdommen", "politi")), "Ukjent perspektiv: «politi»."),
    ],
)  # fmt: skip
def test_bad_periods_are_refused(period: PeriodFields, message: str) -> None:
    with pytest.raises(UserError) as caught:
        check_period(period, TODAY)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "period",
    [
        PeriodFields(TODAY),
        PeriodFields(TODAY, TODAY, TODAY, "x" * 2000, ALL),
        PeriodFields(date(2026, 11, 1), None, date(2026, 10, 1)),
        PeriodFields(date(2026, 11, 1), date(2026, 10, 1), None),
    ],
)
def test_good_periods_pass(period: PeriodFields) -> None:
    check_period(period, TODAY)


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (AnswerInfo(0, "ungdommen"), "Evalueringen har ikke noe spørsmål 0."),
        (AnswerInfo(6, "ungdommen"), "Evalueringen har ikke noe spørsmål 6."),
        (AnswerInfo(1, "ungdom"), "Ukjent perspektiv: «ungdom»."),
        (AnswerInfo(1, "ungdommen", "", "mye bedre"), "Ukjent vurdering: «mye bedre»."),
        (AnswerInfo(5, "foresatte", "x" * 20_001),
         "Svaret har for mange tegn (20001); høyst 20000 går an."),
    ],
)  # fmt: skip
def test_bad_answers_are_refused(answer: AnswerInfo, message: str) -> None:
    with pytest.raises(UserError) as caught:
        check_answer(answer)
    assert str(caught.value) == message


@given(
    st.sampled_from(QUESTION_NUMBERS),
    st.sampled_from(ALL),
    st.text(max_size=50),
    st.sampled_from([None, *JUDGEMENTS]),
)
def test_every_known_question_perspective_and_judgement_passes(
    question: int, perspective: str, text: str, judgement: str | None
) -> None:
    check_answer(AnswerInfo(question, perspective, text, judgement))


ON = date(2026, 11, 1)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (RecommendationFields("pause"), "Ukjent anbefaling: «pause»."),
        (RecommendationFields("viderefores", next_evaluation_on=ON),
         "Neste evaluering må være etter denne."),
        (RecommendationFields("viderefores", next_evaluation_on=ON - timedelta(days=1)),
         "Neste evaluering må være etter denne."),
        (RecommendationFields("avsluttes", next_evaluation_on=ON + timedelta(days=90)),
         "Når oppfølgingen avsluttes, skal det ikke settes noen ny evaluering."),
        (RecommendationFields("viderefores", reasons="x" * 20_001),
         "Begrunnelsen har for mange tegn (20001); høyst 20000 går an."),
        (RecommendationFields(disagreement_note="x" * 20_001),
         "Teksten om uenighet har for mange tegn (20001); høyst 20000 går an."),
    ],
)  # fmt: skip
def test_bad_recommendations_are_refused(fields: RecommendationFields, message: str) -> None:
    with pytest.raises(UserError) as caught:
        check_recommendation(fields, ON)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "fields",
    [
        RecommendationFields(),
        RecommendationFields("avsluttes", "Målene er nådd."),
        RecommendationFields(None, next_evaluation_on=ON + timedelta(days=1)),
        RecommendationFields("viderefores", "x" * 20_000, ON + timedelta(days=182), "y"),
    ],
)
def test_good_recommendations_pass(fields: RecommendationFields) -> None:
    check_recommendation(fields, ON)


# --- what stops completing ------------------------------------------------------------------


def _whole(**changes: object) -> EvaluationInfo:
    """An evaluation ready to complete, from two perspectives, with ``changes`` applied."""
    answers = tuple(AnswerInfo(q, "ungdommen", f"Svar {q}", "bedre") for q in QUESTION_NUMBERS)
    values: dict[str, object] = {
        "perspectives": ("ungdommen", "foresatte"),
        "answers": answers,
        "recommendation": RecommendationFields("viderefores", "Det går bedre.", TODAY),
    }
    values.update(changes)
    period = PeriodFields(ON, perspectives=values["perspectives"])  # type: ignore[arg-type]
    return EvaluationInfo(
        1,
        period,
        values["recommendation"],  # type: ignore[arg-type]
        values["answers"],  # type: ignore[arg-type]
    )


def test_a_whole_evaluation_misses_nothing() -> None:
    assert missing_for_completion(_whole()) is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"perspectives": ()}, "Kryss av for hvem som har gitt tilbakemelding."),
        ({"answers": ()}, "Svar på spørsmål 1, 2, 3, 4, 5 fra minst ett perspektiv."),
        ({"answers": (AnswerInfo(1, "foresatte", "Ja"), AnswerInfo(3, "ungdommen", "", "verre"),
                      AnswerInfo(4, "ungdommen", "  "), AnswerInfo(5, "fagansvarlig", "Ja"))},
         "Svar på spørsmål 2, 4, 5 fra minst ett perspektiv."),
        ({"recommendation": RecommendationFields(None, "Fordi.")},
         "Velg om oppfølgingen skal avsluttes eller videreføres."),
        ({"recommendation": RecommendationFields("avsluttes", " \n")},
         "Skriv begrunnelsen for anbefalingen."),
        ({"recommendation": RecommendationFields("viderefores", "Fordi.")},
         "Sett dato for neste evaluering."),
        ({"answers": (*(AnswerInfo(q, "ungdommen", "x", "bedre") for q in QUESTION_NUMBERS),
                      AnswerInfo(3, "foresatte", "", "verre"))},
         "Perspektivene er uenige: skriv hvordan laget vurderer uenigheten."),
    ],
)  # fmt: skip
def test_the_first_thing_missing_is_named(changes: dict[str, object], message: str) -> None:
    assert missing_for_completion(_whole(**changes)) == message


def test_a_recommendation_to_end_needs_no_next_date() -> None:
    assert (
        missing_for_completion(
            _whole(recommendation=RecommendationFields("avsluttes", "Målene er nådd."))
        )
        is None
    )


def test_a_disagreement_with_a_note_can_be_completed() -> None:
    answers = (
        *(AnswerInfo(q, "ungdommen", "x", "bedre") for q in QUESTION_NUMBERS),
        AnswerInfo(3, "foresatte", "", "verre"),
    )
    note = RecommendationFields("viderefores", "Fordi.", TODAY, "Vi følger med på det.")
    assert missing_for_completion(_whole(answers=answers, recommendation=note)) is None


# --- evidence: goals ------------------------------------------------------------------------


def _goal(
    ratings: tuple[tuple[date, int], ...],
    area: int | None = 1,
    created_on: date = date(2026, 3, 1),
    text: str = "Gå på skolen hver dag",
) -> GoalInfo:
    rated = tuple(GoalRatingInfo(n, on, value) for n, (on, value) in enumerate(ratings, 1))
    return GoalInfo(1, 0, GoalFields(text, area), created_on, rated)


END = date(2026, 9, 1)


@pytest.mark.parametrize(
    ("ratings", "sentence"),
    [
        ((), "Ikke vurdert ennå."),
        (((date(2026, 10, 1), 2),), "Ikke vurdert ennå."),  # after the period
        (((date(2026, 4, 1), 1),), "Vurdert én gang: +1 «litt bedre enn ventet»."),
        (((date(2026, 4, 1), -1), (date(2026, 6, 1), 0), (date(2026, 8, 1), 2)),
         "Fra -1 «litt dårligere enn ventet» til +2 «mye bedre enn ventet»: 3 trinn bedre."),
        (((date(2026, 4, 1), 0), (date(2026, 8, 1), -2), (date(2026, 10, 1), 2)),
         "Fra 0 «som ventet» til -2 «mye dårligere enn ventet»: 2 trinn dårligere."),
        (((date(2026, 4, 1), 1), (date(2026, 8, 1), 1)),
         "Fra +1 «litt bedre enn ventet» til +1 «litt bedre enn ventet»: uendret."),
    ],
)  # fmt: skip
def test_goal_progress_up_to_the_end_of_the_period(
    ratings: tuple[tuple[date, int], ...], sentence: str
) -> None:
    assert goal_progress(_goal(ratings), END).sentence == sentence


def test_goal_progress_keeps_the_dates_of_first_and_latest() -> None:
    progress = goal_progress(
        _goal(((date(2026, 4, 1), -1), (date(2026, 8, 1), 1), (date(2026, 9, 2), 2))), END
    )
    assert (progress.first, progress.latest) == (-1, 1)
    assert (progress.first_on, progress.latest_on) == (date(2026, 4, 1), date(2026, 8, 1))
    assert progress.text == "Gå på skolen hver dag"


# --- evidence: lagmøter on time -------------------------------------------------------------

OPPSTART = date(2026, 3, 2)


def _meeting(
    meeting_id: int, on: date, held: bool = True, actions: tuple[ActionItemInfo, ...] = ()
) -> LagmoteInfo:
    return LagmoteInfo(meeting_id, on, held, action_items=actions)


def _meetings(*meetings: LagmoteInfo, oppstart: date | None = OPPSTART) -> MeetingsView:
    return MeetingsView(1, meetings, dates=CaseDates(oppstartsmote=oppstart))


def test_meetings_against_their_deadlines() -> None:
    view = _meetings(
        _meeting(1, date(2026, 3, 12)),  # 3 days after oppstart + 7
        _meeting(2, date(2026, 4, 20)),  # 39 days later: on time
        _meeting(3, date(2026, 6, 15)),  # 56 days later: 14 days late
        _meeting(4, date(2026, 7, 1), held=False),  # planned, not held: not counted
        _meeting(5, date(2026, 7, 27)),  # 42 days after 15.06: on time
    )
    result = meeting_punctuality(view, None, END)
    assert result == MeetingPunctuality(4, ((date(2026, 3, 12), 3), (date(2026, 6, 15), 14)))
    assert result.on_time == 2
    assert result.sentence == (
        "2 av 4 lagmøter ble holdt innen fristen. 12.03.2026: 3 dager for sent. "
        "15.06.2026: 2 uker for sent."
    )


def test_meetings_before_the_period_set_the_deadline_but_are_not_counted() -> None:
    view = _meetings(
        _meeting(1, date(2026, 3, 5)),
        _meeting(2, date(2026, 5, 1)),  # 57 days after 05.03: 15 days late, but before start
        _meeting(3, date(2026, 6, 15)),  # 45 days after 01.05: 3 days late
        _meeting(4, date(2026, 9, 2)),  # after the end
    )
    result = meeting_punctuality(view, date(2026, 6, 1), END)
    assert result == MeetingPunctuality(1, ((date(2026, 6, 15), 3),))
    assert result.sentence == (
        "0 av 1 lagmøter ble holdt innen fristen. 15.06.2026: 3 dager for sent."
    )


def test_the_first_meeting_has_no_deadline_without_oppstartsmote() -> None:
    view = _meetings(_meeting(1, date(2026, 8, 1)), oppstart=None)
    assert meeting_punctuality(view, None, END) == MeetingPunctuality(1, ())


def test_no_meetings_held_is_said_plainly() -> None:
    result = meeting_punctuality(_meetings(_meeting(1, date(2026, 5, 1), held=False)), None, END)
    assert result.held == 0
    assert result.sentence == "Ingen lagmøter ble holdt i perioden."


# --- evidence: action items kept ------------------------------------------------------------


def _action(item_id: int, due: date | None, done: date | None) -> ActionItemInfo:
    return ActionItemInfo(item_id, 1, None, f"Oppgave {item_id}", due, done)


def test_action_items_due_in_the_period_kept_late_or_not_done() -> None:
    actions = (
        _action(1, date(2026, 5, 1), date(2026, 4, 30)),  # kept
        _action(2, date(2026, 5, 1), date(2026, 5, 1)),  # kept on the day
        _action(3, date(2026, 6, 1), date(2026, 6, 10)),  # kept late
        _action(4, date(2026, 7, 1), None),  # not done
        _action(5, date(2026, 8, 1), date(2026, 9, 5)),  # done only after the period
        _action(6, None, None),  # no date: not counted
        _action(7, date(2026, 9, 2), None),  # due after the period
        _action(8, date(2026, 3, 31), None),  # due before the period
    )
    view = _meetings(_meeting(1, date(2026, 3, 12), actions=actions[:4]),
                     _meeting(2, date(2026, 6, 15), actions=actions[4:]))  # fmt: skip
    result = actions_kept(view, date(2026, 4, 1), END)
    assert result == ActionsKept(due=5, kept=2, kept_late=1, not_done=2)
    assert result.sentence == (
        "2 av 5 oppgaver fra lagmøtene ble gjort innen fristen, 1 ble gjort for sent, "
        "og 2 er ikke gjort."
    )
    assert actions_kept(view, None, END).due == 6


def test_no_action_items_due_is_said_plainly() -> None:
    assert actions_kept(_meetings(), None, END).sentence == (
        "Ingen oppgaver fra lagmøtene hadde frist i perioden."
    )


# --- evidence: the whole ---------------------------------------------------------------------


def _assessment(
    assessment_id: int, on: date, ratings: dict[tuple[int, str], int]
) -> AssessmentInfo:
    found = {key: AreaRatingInfo(value) for key, value in ratings.items()}
    return AssessmentInfo(assessment_id, on, ratings=MappingProxyType(found))


def _kartlegging() -> KartleggingView:
    return KartleggingView(
        1,
        (
            _assessment(1, date(2026, 3, 5), {(1, "ungdom"): 2, (1, "lag"): 1, (4, "lag"): 2,
                                               (3, "lag"): 3}),
            _assessment(2, date(2026, 7, 1), {(1, "ungdom"): 4, (1, "lag"): 3, (4, "lag"): 4,
                                               (3, "lag"): 3}),
            _assessment(3, date(2026, 10, 1), {(1, "ungdom"): 1, (1, "lag"): 1}),
        ),
    )  # fmt: skip


def test_evidence_holds_only_what_was_known_at_the_end_of_the_period() -> None:
    goals = (
        _goal(((date(2026, 4, 1), -1), (date(2026, 8, 1), 1)), area=1, text="Skole"),
        _goal(((date(2026, 4, 1), 0),), area=4, text="Helse"),
        _goal((), area=None, created_on=date(2026, 9, 2), text="Ny etter perioden"),
        _goal((), area=None, created_on=END, text="Uten område"),
    )
    evidence = build_evidence(goals, _kartlegging(), _meetings(), IVERKSETTING, END)
    assert [g.text for g in evidence.goals] == ["Skole", "Helse", "Uten område"]
    assert evidence.first is not None and evidence.first.id == 1
    assert evidence.latest is not None and evidence.latest.id == 2  # the 01.10 one is later
    assert [(c.area, c.first, c.latest) for c in evidence.changes["lag"]] == [
        (1, 1, 3),
        (3, 3, 3),
        (4, 2, 4),
    ]
    assert evidence.kartlegging_sentences() == (
        "Første kartlegging 05.03.2026, siste 01.07.2026.",
        "Ungdommens vurdering: Skole og utdanning 2 → 4.",
        "Lagets vurdering: Skole og utdanning 1 → 3, Psykisk og fysisk helse 2 → 4.",
    )
    assert evidence.meetings.sentence == "Ingen lagmøter ble holdt i perioden."
    assert (evidence.start, evidence.end) == (IVERKSETTING, END)


def test_hidden_areas_are_left_out_of_goals_and_kartlegging() -> None:
    goals = (_goal((), area=1, text="Skole"), _goal((), area=4, text="Helse"))
    hidden = frozenset({4, 7, 12})
    evidence = build_evidence(goals, _kartlegging(), _meetings(), None, END, hidden)
    assert [g.text for g in evidence.goals] == ["Skole"]
    assert 4 not in {c.area for c in evidence.changes["lag"]}
    sentences = evidence.kartlegging_sentences()
    assert sentences[2] == "Lagets vurdering: Skole og utdanning 1 → 3."
    assert sentences[-1] == "Skjulte områder er ikke tatt med."


@pytest.mark.parametrize("end", [date(2026, 3, 4), date(2026, 3, 5), date(2026, 6, 30)])
def test_fewer_than_two_kartlegginger_show_no_change(end: date) -> None:
    evidence = build_evidence((), _kartlegging(), _meetings(), None, end)
    assert evidence.kartlegging_sentences() == (
        "Det trengs minst to kartlegginger for å se endring.",
    )


def test_no_change_between_two_kartlegginger_is_said_per_perspective() -> None:
    same = {(2, "ungdom"): 3, (2, "lag"): 2}
    view = KartleggingView(
        1, (_assessment(1, date(2026, 3, 5), same), _assessment(2, date(2026, 7, 1), same))
    )
    assert build_evidence((), view, _meetings(), None, END).kartlegging_sentences()[1:] == (
        "Ungdommens vurdering: ingen endring.",
        "Lagets vurdering: ingen endring.",
    )


# --- closing: transitions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "closed_on", "expected"),
    [
        (date(2011, 6, 15), date(2028, 6, 14), ()),  # 18 is 366 days ahead
        (date(2011, 6, 15), date(2028, 6, 15), ("fyller_18",)),  # exactly 365 days ahead
        (date(2011, 6, 15), date(2029, 6, 14), ("fyller_18",)),  # 19 is 366 days ahead
        (date(2011, 6, 15), date(2029, 6, 15), ("fyller_19",)),  # 18 today: only 19 ahead
        (date(2011, 6, 15), date(2030, 6, 15), ()),  # 19 today: nothing ahead
        (date(2010, 6, 15), date(2027, 6, 15), ()),  # a year with 29 February: 366 days
        (date(2010, 6, 15), date(2027, 6, 16), ("fyller_18",)),
    ],
)
def test_birthdays_within_a_year_of_closing_are_transitions(
    birth: date, closed_on: date, expected: tuple[str, ...]
) -> None:
    assert suggested_transitions(birth, closed_on) == expected


def test_no_birth_date_suggests_nothing() -> None:
    assert suggested_transitions(None, TODAY) == ()


LEAP_BIRTH = date(2008, 2, 29)


@pytest.mark.parametrize(
    ("closed_on", "expected"),
    [
        (date(2024, 12, 1), ()),  # 18 is more than a year ahead
        (date(2025, 3, 1), ("fyller_18",)),
        (date(2026, 2, 15), ("fyller_18",)),
        (date(2026, 2, 27), ("fyller_18",)),
        (date(2026, 3, 2), ("fyller_19",)),  # 18 by then; 19 within a year
        (date(2027, 3, 1), ()),  # 19 by then
    ],
)
def test_a_youth_born_on_29_february_gets_transitions_without_error(
    closed_on: date, expected: tuple[str, ...]
) -> None:
    assert suggested_transitions(LEAP_BIRTH, closed_on) == expected


@given(st.dates(date(1990, 1, 1), date(2020, 12, 31)), st.dates(date(2005, 1, 1), date(2045, 1, 1)))
def test_a_transition_is_suggested_when_the_birthday_falls_within_a_year(
    birth: date, closed_on: date
) -> None:
    suggested = suggested_transitions(birth, closed_on)
    assert set(suggested) <= set(TRANSITIONS)
    if (birth.month, birth.day) == (2, 29):
        return  # the birthday moves a day in ordinary years; checked above
    year_on = closed_on + timedelta(days=365)
    for years, code in ((18, "fyller_18"), (19, "fyller_19")):
        turns = age_on(birth, closed_on) < years <= age_on(birth, year_on)
        assert (code in suggested) == turns


# --- closing: checks --------------------------------------------------------------------------


def _fields(**changes: object) -> ClosingFields:
    values: dict[str, object] = {
        "closed_on": TODAY,
        "reason": "mal_nadd",
        "handover": "Skolen og helsesykepleier følger med videre.",
        "summary": "Emil går på skolen hver dag og har en fast fritidsaktivitet.",
    }
    values.update(changes)
    return ClosingFields(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"closed_on": TODAY + timedelta(days=1)}, "Avslutningsdatoen kan ikke være fram i tid."),
        ({"reason": "lei"}, "Velg hvorfor oppfølgingen avsluttes."),
        ({"reason": ""}, "Velg hvorfor oppfølgingen avsluttes."),
        ({"reason": "annet", "reason_text": "  "}, "Skriv hvorfor oppfølgingen avsluttes."),
        ({"handover": " \n"}, "Skriv hvem som følger opp videre, eller at ingen gjør det."),
        ({"transitions": ("ny_skole", "fyller_20")}, "Ukjent overgang: «fyller_20»."),
        ({"transitions": ("fyller_18",)},
         "Skriv hvordan laget følger opp overgangene som er krysset av."),
        ({"summary": ""}, "Skriv en kort oppsummering av oppfølgingen."),
        ({"contact_phone": "4" * 201},
         "Telefonnummeret har for mange tegn (201); høyst 200 går an."),
        ({"contact_name": "x" * 201},
         "Navnet på kontaktpersonen har for mange tegn (201); høyst 200 går an."),
        ({"summary": "x" * 20_001},
         "Oppsummeringen har for mange tegn (20001); høyst 20000 går an."),
    ],
)  # fmt: skip
def test_bad_closings_are_refused_with_one_sentence(
    changes: dict[str, object], message: str
) -> None:
    with pytest.raises(UserError) as caught:
        check_closing(_fields(**changes), TODAY)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"reason": "annet", "reason_text": "Familien flytter til utlandet."},
        {"transitions": tuple(TRANSITIONS), "transitions_note": "Vi har møte med NAV."},
        {"contact_name": "x" * 200, "closed_on": date(2020, 1, 1)},
    ],
)
def test_good_closings_pass(changes: dict[str, object]) -> None:
    check_closing(_fields(**changes), TODAY)


@pytest.mark.parametrize("reason", list(CLOSING_REASONS))
def test_every_reason_has_words(reason: str) -> None:
    text = "Flytter til Bergen" if reason == "annet" else ""
    info = ClosingInfo(1, _fields(reason=reason, reason_text=text))
    expected = f"Annet: {text}" if text else CLOSING_REASONS[reason]
    assert info.reason_words == expected


def test_reason_words_add_the_text_and_survive_an_unknown_code() -> None:
    assert ClosingInfo(1, _fields(reason_text=" Alle mål ")).reason_words == (
        "Målene er nådd: Alle mål"
    )
    assert ClosingInfo(1, _fields(reason="gammel_kode")).reason_words == "gammel_kode"
