"""Evaluations, closing and the evaluation interval in the database: each write is one
audit-logged transaction, refused ones leave nothing behind, and another youth's rows are
never touched. Runs on both encrypted SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lagmote.closing import ClosingFields
from lagmote.db import closing_ops, evaluation_ops
from lagmote.db.errors import DatabaseError
from lagmote.db.evaluation_queries import load_evaluations, load_evidence_sources
from lagmote.db.models import (
    AuditEntry,
    Closing,
    Evaluation,
    EvaluationAnswer,
    Setting,
    Step,
    Youth,
)
from lagmote.db.queries import list_youths
from lagmote.db.settings import EVALUATION_MONTHS, read_interval_months, set_interval_months
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.evaluation import (
    PERSPECTIVE_CODES,
    QUESTION_NUMBERS,
    AnswerInfo,
    PeriodFields,
    RecommendationFields,
    default_period,
)
from lagmote.evaluation_evidence import build_evidence

TODAY = date(2026, 12, 1)
DEMO_EVALUATED = TODAY - timedelta(days=12)
DEMO_NEXT = DEMO_EVALUATED + timedelta(days=91)

Audit = tuple[str, str, int | None, int | None, str]


@pytest.fixture
def youth_id(any_store: Store) -> int:
    return import_document(any_store, build_demo(TODAY))


def _audit(store: Store) -> list[Audit]:
    with Session(store.engine) as session:
        rows = session.execute(
            select(
                AuditEntry.action,
                AuditEntry.object,
                AuditEntry.youth_id,
                AuditEntry.object_id,
                AuditEntry.detail,
            ).order_by(AuditEntry.id)
        )
        return [(a, o, y, i, d) for a, o, y, i, d in rows]


def _count(store: Store, model: type[Evaluation | EvaluationAnswer | Closing | Setting]) -> int:
    with Session(store.engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _status(store: Store, youth_id: int) -> tuple[str, date | None]:
    """The youth's status and the avslutning step's date (None: no step or not done)."""
    with Session(store.engine) as session:
        youth = session.get(Youth, youth_id)
        assert youth is not None
        done = session.scalar(
            select(Step.done_on).where(Step.youth_id == youth_id, Step.kind == "avslutning")
        )
        return youth.status, done


def _step_id(store: Store, youth_id: int) -> int:
    with Session(store.engine) as session:
        found = session.scalar(
            select(Step.id).where(Step.youth_id == youth_id, Step.kind == "avslutning")
        )
        assert found is not None
        return found


def _answer_ids(store: Store, evaluation_id: int) -> dict[tuple[int, str], int]:
    with Session(store.engine) as session:
        rows = session.execute(
            select(EvaluationAnswer.question, EvaluationAnswer.perspective, EvaluationAnswer.id)
            .where(EvaluationAnswer.evaluation_id == evaluation_id)
            .order_by(EvaluationAnswer.id)
        )
        return {(q, p): i for q, p, i in rows}


def _demo_evaluation(store: Store, youth_id: int) -> int:
    latest = load_evaluations(store, youth_id).latest
    assert latest is not None
    return latest.id


def _start(store: Store, youth_id: int) -> int:
    view = load_evaluations(store, youth_id)
    changes = evaluation_ops.start_evaluation(store, youth_id, default_period(view, TODAY), TODAY)
    return changes.created_ids[0]


NOTHING_RECOMMENDED = RecommendationFields()


def _save(
    store: Store,
    youth_id: int,
    evaluation_id: int,
    answers: tuple[AnswerInfo, ...] = (),
    recommendation: RecommendationFields = NOTHING_RECOMMENDED,
    page: int = 1,
    period: PeriodFields | None = None,
) -> None:
    evaluation_ops.save_draft(
        store,
        youth_id,
        evaluation_id,
        period or PeriodFields(TODAY, TODAY - timedelta(days=12), TODAY, "", PERSPECTIVE_CODES),
        answers,
        recommendation,
        page,
        TODAY,
    )


WHOLE_ANSWERS = tuple(AnswerInfo(q, "ungdommen", f"Svar {q}", "bedre") for q in QUESTION_NUMBERS)
GOES_ON = RecommendationFields("viderefores", "Det går bedre.", TODAY + timedelta(days=60))


# --- reading --------------------------------------------------------------------------------


def test_the_demo_evaluation_reads_back_whole(any_store: Store, youth_id: int) -> None:
    view = load_evaluations(any_store, youth_id)
    assert [e.completed for e in view.evaluations] == [True]
    assert view.draft is None
    latest = view.latest
    assert latest is not None
    assert latest.evaluated_on == DEMO_EVALUATED
    assert latest.period.perspectives == PERSPECTIVE_CODES
    assert latest.recommendation.recommendation == "viderefores"
    assert latest.recommendation.next_evaluation_on == DEMO_NEXT
    assert latest.recommendation.disagreement_note.startswith("Emil mener selv")
    assert {a.question for a in latest.answers} == set(QUESTION_NUMBERS)
    assert view.iverksetting == TODAY - timedelta(days=134)
    assert view.interval_months == 6
    assert view.birth_date is not None and 15 <= (TODAY - view.birth_date).days // 365 <= 16
    assert view.closings == ()
    assert view.due_on == DEMO_NEXT
    assert _audit(any_store)[-1] == ("read", "youth", youth_id, youth_id, "evaluations")


def test_an_unknown_youth_is_a_clear_error(any_store: Store) -> None:
    with pytest.raises(DatabaseError) as caught:
        load_evaluations(any_store, 999)
    assert str(caught.value) == "Fant ingen ungdom med id 999."


def test_evidence_of_the_demo_from_the_database(any_store: Store, youth_id: int) -> None:
    latest = load_evaluations(any_store, youth_id).latest
    assert latest is not None
    sources = load_evidence_sources(any_store, youth_id)
    assert [a[:2] for a in _audit(any_store)[-3:]] == [("read", "youth")] * 3
    period = latest.period
    assert period.period_end is not None
    hidden = sources.kartlegging.sensitive
    evidence = build_evidence(
        sources.plan.goals,
        sources.kartlegging,
        sources.meetings,
        period.period_start,
        period.period_end,
        hidden,
    )
    assert len(evidence.goals) == 4
    assert all(g.sentence.endswith("trinn bedre.") for g in evidence.goals)
    assert evidence.meetings.sentence == "3 av 3 lagmøter ble holdt innen fristen."
    assert evidence.actions.sentence == (
        "7 av 8 oppgaver fra lagmøtene ble gjort innen fristen, 0 ble gjort for sent, "
        "og 1 er ikke gjort."
    )
    sentences = evidence.kartlegging_sentences()
    assert sentences[-1] == "Skjulte områder er ikke tatt med."
    assert not any("Psykisk og fysisk helse" in s or "Sikkerhet" in s for s in sentences)


# --- starting a draft -----------------------------------------------------------------------


def test_a_new_draft_is_one_logged_write(any_store: Store, youth_id: int) -> None:
    view = load_evaluations(any_store, youth_id)
    period = default_period(view, TODAY)
    before = len(_audit(any_store))
    changes = evaluation_ops.start_evaluation(any_store, youth_id, period, TODAY)
    evaluation_id = changes.created_ids[0]
    assert changes.objects == frozenset({"evaluation"})
    assert _audit(any_store)[before:] == [("create", "evaluation", youth_id, evaluation_id, "")]
    draft = load_evaluations(any_store, youth_id).draft
    assert draft is not None
    assert draft.id == evaluation_id
    assert draft.period == period
    assert period.period_start == DEMO_EVALUATED  # where the demo's evaluation ended
    assert (draft.completed, draft.resume_page, draft.answers) == (False, 0, ())


def test_a_second_draft_is_refused_and_writes_nothing(any_store: Store, youth_id: int) -> None:
    _start(any_store, youth_id)
    before = (len(_audit(any_store)), _count(any_store, Evaluation))
    with pytest.raises(UserError) as caught:
        evaluation_ops.start_evaluation(any_store, youth_id, PeriodFields(TODAY), TODAY)
    assert str(caught.value) == "Det finnes allerede et utkast til evaluering: fortsett på det."
    assert (len(_audit(any_store)), _count(any_store, Evaluation)) == before


def test_another_youths_draft_does_not_stop_a_new_one(any_store: Store, youth_id: int) -> None:
    other = import_document(any_store, build_demo(TODAY), as_new=True)
    _start(any_store, other)
    first = _start(any_store, youth_id)
    draft = load_evaluations(any_store, youth_id).draft
    assert draft is not None and draft.id == first


def test_a_bad_period_or_unknown_youth_is_refused(any_store: Store, youth_id: int) -> None:
    with pytest.raises(UserError, match="fram i tid"):
        evaluation_ops.start_evaluation(
            any_store, youth_id, PeriodFields(TODAY + timedelta(1)), TODAY
        )
    with pytest.raises(DatabaseError) as caught:
        evaluation_ops.start_evaluation(any_store, 999, PeriodFields(TODAY), TODAY)
    assert str(caught.value) == "Fant ikke ungdommen (id 999); noen kan ha slettet det."
    assert _count(any_store, Evaluation) == 1


def test_start_with_an_id_brings_a_deleted_draft_back_under_it(
    any_store: Store, youth_id: int
) -> None:
    evaluation_id = _start(any_store, youth_id)
    evaluation_ops.delete_draft(any_store, youth_id, evaluation_id)
    period = PeriodFields(TODAY, None, TODAY, "Emil", ("ungdommen",))
    changes = evaluation_ops.start_evaluation(any_store, youth_id, period, TODAY, evaluation_id)
    assert changes.created_ids == (evaluation_id,)
    draft = load_evaluations(any_store, youth_id).draft
    assert draft is not None and (draft.id, draft.period) == (evaluation_id, period)


# --- saving a draft -------------------------------------------------------------------------


def test_save_draft_writes_everything_in_one_logged_write(any_store: Store, youth_id: int) -> None:
    evaluation_id = _start(any_store, youth_id)
    period = PeriodFields(
        TODAY,
        TODAY - timedelta(days=100),
        TODAY,
        "  Emil, mor og Jonas \n",
        ("ungdommen", "foresatte"),
    )
    answers = (
        AnswerInfo(1, "ungdommen", "Går på skolen", "bedre"),
        AnswerInfo(1, "foresatte", "", "uendret"),
        AnswerInfo(2, "ungdommen", "Gladere", None),
        AnswerInfo(3, "oppfolger", "  ", None),  # empty: no row
    )
    recommendation = RecommendationFields(
        "viderefores", "Fortsatt behov.", TODAY + timedelta(days=90), "Mor ser det annerledes."
    )
    before = len(_audit(any_store))
    changes = evaluation_ops.save_draft(
        any_store, youth_id, evaluation_id, period, answers, recommendation, 3, TODAY
    )
    assert changes.objects == frozenset({"evaluation"})
    assert _audit(any_store)[before:] == [
        ("update", "evaluation", youth_id, evaluation_id, "draft")
    ]
    draft = load_evaluations(any_store, youth_id).draft
    assert draft is not None
    assert draft.period == PeriodFields(
        TODAY, TODAY - timedelta(days=100), TODAY, "Emil, mor og Jonas", ("ungdommen", "foresatte")
    )
    assert draft.answers == answers[:3]
    assert draft.recommendation == recommendation
    assert draft.resume_page == 3
    assert set(_answer_ids(any_store, evaluation_id)) == {
        (1, "ungdommen"), (1, "foresatte"), (2, "ungdommen"),
    }  # fmt: skip


def test_save_draft_updates_adds_and_removes_answers(any_store: Store, youth_id: int) -> None:
    evaluation_id = _start(any_store, youth_id)
    _save(
        any_store,
        youth_id,
        evaluation_id,
        (
            AnswerInfo(1, "ungdommen", "Går på skolen", "bedre"),
            AnswerInfo(1, "foresatte", "", "uendret"),
            AnswerInfo(2, "ungdommen", "Gladere", None),
        ),
    )
    ids = _answer_ids(any_store, evaluation_id)
    _save(
        any_store,
        youth_id,
        evaluation_id,
        (
            AnswerInfo(1, "ungdommen", "Går på skolen hver dag", "bedre"),  # changed
            AnswerInfo(1, "foresatte", "", None),  # emptied: its row goes
            AnswerInfo(4, "fagansvarlig", "Færre bekymringsmeldinger", "bedre"),  # new
        ),  # (2, ungdommen) not sent: kept as it is
    )
    draft = load_evaluations(any_store, youth_id).draft
    assert draft is not None
    assert draft.answers == (
        AnswerInfo(1, "ungdommen", "Går på skolen hver dag", "bedre"),
        AnswerInfo(2, "ungdommen", "Gladere", None),
        AnswerInfo(4, "fagansvarlig", "Færre bekymringsmeldinger", "bedre"),
    )
    after = _answer_ids(any_store, evaluation_id)
    assert after[(1, "ungdommen")] == ids[(1, "ungdommen")]  # updated in place
    assert after[(2, "ungdommen")] == ids[(2, "ungdommen")]
    assert (1, "foresatte") not in after
    assert _count(any_store, EvaluationAnswer) == 3 + _demo_answers()


def _demo_answers() -> int:
    return len(build_demo(TODAY)["evaluations"][0]["answers"])


@pytest.mark.parametrize(
    ("answers", "recommendation", "page", "message"),
    [
        ((), RecommendationFields(), 101, "Ugyldig side i evalueringen."),
        ((), RecommendationFields(), -1, "Ugyldig side i evalueringen."),
        ((AnswerInfo(1, "ungdommen", "Ja"), AnswerInfo(6, "ungdommen", "Nei")),
         RecommendationFields(), 1, "Evalueringen har ikke noe spørsmål 6."),
        ((AnswerInfo(1, "ungdommen", "Ja"),),
         RecommendationFields("avsluttes", "Ferdig", TODAY + timedelta(days=30)), 1,
         "Når oppfølgingen avsluttes, skal det ikke settes noen ny evaluering."),
    ],
)  # fmt: skip
def test_a_bad_draft_is_refused_whole(
    any_store: Store,
    youth_id: int,
    answers: tuple[AnswerInfo, ...],
    recommendation: RecommendationFields,
    page: int,
    message: str,
) -> None:
    evaluation_id = _start(any_store, youth_id)
    _save(any_store, youth_id, evaluation_id, (AnswerInfo(1, "ungdommen", "Før"),), page=2)
    draft = load_evaluations(any_store, youth_id).draft
    logged = len(_audit(any_store))
    with pytest.raises(UserError) as caught:
        _save(any_store, youth_id, evaluation_id, answers, recommendation, page)
    assert str(caught.value) == message
    assert len(_audit(any_store)) == logged
    assert load_evaluations(any_store, youth_id).draft == draft


def test_a_completed_evaluation_cannot_be_saved_as_a_draft(any_store: Store, youth_id: int) -> None:
    done = _demo_evaluation(any_store, youth_id)
    before = load_evaluations(any_store, youth_id)
    with pytest.raises(UserError) as caught:
        _save(any_store, youth_id, done, (AnswerInfo(1, "ungdommen", "Endret"),))
    assert str(caught.value) == "Evalueringen er fullført; åpne den som utkast for å endre den."
    assert load_evaluations(any_store, youth_id).evaluations == before.evaluations


def test_another_youths_evaluation_is_never_changed(any_store: Store, youth_id: int) -> None:
    other = import_document(any_store, build_demo(TODAY), as_new=True)
    theirs = _start(any_store, other)
    done = _demo_evaluation(any_store, other)
    before = load_evaluations(any_store, other).evaluations
    for change in (
        lambda: _save(any_store, youth_id, theirs, (AnswerInfo(1, "ungdommen", "x"),)),
        lambda: evaluation_ops.set_completed(any_store, youth_id, theirs, True),
        lambda: evaluation_ops.set_completed(any_store, youth_id, done, False),
        lambda: evaluation_ops.delete_draft(any_store, youth_id, theirs),
    ):
        with pytest.raises(DatabaseError) as caught:
            change()
        assert str(caught.value) == "Det som ble valgt, hører til en annen ungdom."
    assert load_evaluations(any_store, other).evaluations == before


def test_an_unknown_evaluation_is_a_clear_error(any_store: Store, youth_id: int) -> None:
    with pytest.raises(DatabaseError) as caught:
        evaluation_ops.set_completed(any_store, youth_id, 9999, True)
    assert str(caught.value) == "Fant ikke evalueringen (id 9999); noen kan ha slettet det."


# --- completing -----------------------------------------------------------------------------


def test_completing_names_what_is_missing_then_completes(any_store: Store, youth_id: int) -> None:
    evaluation_id = _start(any_store, youth_id)
    steps: list[tuple[tuple[AnswerInfo, ...], RecommendationFields, str]] = [
        ((), GOES_ON, "Svar på spørsmål 1, 2, 3, 4, 5 fra minst ett perspektiv."),
        (WHOLE_ANSWERS[:3], GOES_ON, "Svar på spørsmål 4, 5 fra minst ett perspektiv."),
        (WHOLE_ANSWERS, RecommendationFields(), "Velg om oppfølgingen skal avsluttes eller "
         "videreføres."),
        (WHOLE_ANSWERS, RecommendationFields("viderefores"), "Skriv begrunnelsen for "
         "anbefalingen."),
        (WHOLE_ANSWERS, RecommendationFields("viderefores", "Fordi."),
         "Sett dato for neste evaluering."),
        ((AnswerInfo(2, "foresatte", "Verre", "verre"),), GOES_ON,
         "Perspektivene er uenige: skriv hvordan laget vurderer uenigheten."),
    ]  # fmt: skip
    for answers, recommendation, message in steps:
        _save(any_store, youth_id, evaluation_id, answers, recommendation)
        before = len(_audit(any_store))
        with pytest.raises(UserError) as caught:
            evaluation_ops.set_completed(any_store, youth_id, evaluation_id, True)
        assert str(caught.value) == message
        assert len(_audit(any_store)) == before
        assert load_evaluations(any_store, youth_id).draft is not None

    noted = replace(GOES_ON, disagreement_note="Mor er mer bekymret enn Emil.")
    _save(any_store, youth_id, evaluation_id, (), noted, page=5)
    changes = evaluation_ops.set_completed(any_store, youth_id, evaluation_id, True)
    assert changes.objects == frozenset({"evaluation"})
    assert _audit(any_store)[-1] == ("update", "evaluation", youth_id, evaluation_id, "completed")
    view = load_evaluations(any_store, youth_id)
    assert view.draft is None
    assert view.latest is not None and view.latest.id == evaluation_id
    assert view.latest.status_text == "Oppfølgingen videreføres"
    assert view.due_on == TODAY + timedelta(days=60)  # sooner than six months


def test_a_completed_evaluation_is_refused_further_drafts_until_reopened(
    any_store: Store, youth_id: int
) -> None:
    evaluation_id = _start(any_store, youth_id)
    _save(any_store, youth_id, evaluation_id, WHOLE_ANSWERS, GOES_ON)
    evaluation_ops.set_completed(any_store, youth_id, evaluation_id, True)
    with pytest.raises(UserError, match="fullført"):
        _save(any_store, youth_id, evaluation_id, WHOLE_ANSWERS[:1], GOES_ON)
    evaluation_ops.set_completed(any_store, youth_id, evaluation_id, False)
    assert _audit(any_store)[-1] == ("update", "evaluation", youth_id, evaluation_id, "completed")
    draft = load_evaluations(any_store, youth_id).draft
    assert draft is not None and draft.id == evaluation_id
    assert draft.answers == WHOLE_ANSWERS  # kept
    _save(any_store, youth_id, evaluation_id, (AnswerInfo(1, "ungdommen", ""),), GOES_ON)
    draft = load_evaluations(any_store, youth_id).draft
    assert draft is not None and draft.answers == WHOLE_ANSWERS[1:]


def test_only_one_draft_at_a_time_when_reopening(any_store: Store, youth_id: int) -> None:
    done = _demo_evaluation(any_store, youth_id)
    draft = _start(any_store, youth_id)
    before = len(_audit(any_store))
    with pytest.raises(UserError) as caught:
        evaluation_ops.set_completed(any_store, youth_id, done, False)
    assert str(caught.value) == "Det finnes et annet utkast; fullfør eller slett det først."
    assert len(_audit(any_store)) == before
    evaluation_ops.delete_draft(any_store, youth_id, draft)
    evaluation_ops.set_completed(any_store, youth_id, done, False)
    view = load_evaluations(any_store, youth_id)
    assert view.draft is not None and view.draft.id == done
    assert view.latest is None
    assert view.due_on == TODAY - timedelta(days=134 - 182)  # from iverksetting again


# --- deleting a draft -----------------------------------------------------------------------


def test_deleting_a_draft_logs_it_and_every_answer(any_store: Store, youth_id: int) -> None:
    evaluation_id = _start(any_store, youth_id)
    _save(any_store, youth_id, evaluation_id, WHOLE_ANSWERS[:2])
    answer_ids = sorted(_answer_ids(any_store, evaluation_id).values())
    before = len(_audit(any_store))
    changes = evaluation_ops.delete_draft(any_store, youth_id, evaluation_id)
    assert changes.objects == frozenset({"evaluation", "evaluation_answer"})
    logged = _audit(any_store)[before:]
    assert logged[0] == ("delete", "evaluation", youth_id, evaluation_id, "")
    assert sorted(logged[1:]) == [
        ("delete", "evaluation_answer", youth_id, answer_id, "") for answer_id in answer_ids
    ]
    assert _answer_ids(any_store, evaluation_id) == {}
    assert load_evaluations(any_store, youth_id).draft is None
    assert _count(any_store, Evaluation) == 1


def test_a_completed_evaluation_is_never_deleted(any_store: Store, youth_id: int) -> None:
    done = _demo_evaluation(any_store, youth_id)
    before = (len(_audit(any_store)), _count(any_store, EvaluationAnswer))
    with pytest.raises(UserError) as caught:
        evaluation_ops.delete_draft(any_store, youth_id, done)
    assert str(caught.value) == "En fullført evaluering kan ikke slettes: den er lagets vurdering."
    assert (len(_audit(any_store)), _count(any_store, EvaluationAnswer)) == before


# --- closing and reopening ------------------------------------------------------------------


def _closing(**changes: object) -> ClosingFields:
    values: dict[str, object] = {
        "closed_on": TODAY,
        "reason": "mal_nadd",
        "handover": "Skolen og helsesykepleier følger med videre.",
        "contact_name": "Lise Demo Lund",
        "contact_service": "Eksempel ungdomsskole",
        "contact_phone": "400 00 007",
        "transitions": ("ny_skole", "fyller_18"),
        "transitions_note": "Overgangsmøte med videregående i juni.",
        "summary": "Emil går på skolen hver dag og har en fast fritidsaktivitet.",
    }
    values.update(changes)
    return ClosingFields(**values)  # type: ignore[arg-type]


def test_closing_is_one_logged_write_of_record_status_and_step(
    any_store: Store, youth_id: int
) -> None:
    fields = _closing(evaluation_id=_demo_evaluation(any_store, youth_id))
    before = len(_audit(any_store))
    changes = closing_ops.close_case(any_store, youth_id, fields, TODAY)
    closing_id = changes.created_ids[0]
    assert changes.youth_id == youth_id
    assert changes.objects == frozenset({"closing", "youth", "step"})
    assert _audit(any_store)[before:] == [
        ("create", "closing", youth_id, closing_id, ""),
        ("update", "youth", youth_id, youth_id, "status"),
        ("update", "step", youth_id, _step_id(any_store, youth_id), "avslutning"),
    ]
    assert _status(any_store, youth_id) == ("avsluttet", TODAY)
    view = load_evaluations(any_store, youth_id)
    assert view.closing is not None
    assert (view.closing.id, view.closing.fields, view.closing.reopened_on) == (
        closing_id, fields, None,
    )  # fmt: skip
    assert view.closed_on == TODAY
    assert view.due_on is None
    assert view.due_sentence(TODAY) == "Oppfølgingen ble avsluttet 01.12.2026."


def test_closing_texts_are_stored_trimmed(any_store: Store, youth_id: int) -> None:
    fields = _closing(summary="  Oppsummering \n", contact_name=" Lise ", handover="\tSkolen ")
    closing_ops.close_case(any_store, youth_id, fields, TODAY)
    closing = load_evaluations(any_store, youth_id).closing
    assert closing is not None
    assert (closing.fields.summary, closing.fields.contact_name, closing.fields.handover) == (
        "Oppsummering", "Lise", "Skolen",
    )  # fmt: skip


def test_a_closed_case_is_only_in_the_archive_listing(any_store: Store, youth_id: int) -> None:
    other = import_document(any_store, build_demo(TODAY), as_new=True)
    assert {y.id for y in list_youths(any_store, TODAY)} == {youth_id, other}
    closing_ops.close_case(any_store, youth_id, _closing(), TODAY)
    assert [y.id for y in list_youths(any_store, TODAY)] == [other]
    archive = {y.id: y for y in list_youths(any_store, TODAY, include_closed=True)}
    assert set(archive) == {youth_id, other}
    assert not archive[youth_id].active and archive[youth_id].alerts == ()
    assert archive[other].active
    assert _audit(any_store)[-1][:3] == ("list", "youth", None)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (_closing(summary=" "), "Skriv en kort oppsummering av oppfølgingen."),
        (_closing(closed_on=TODAY + timedelta(days=1)),
         "Avslutningsdatoen kan ikke være fram i tid."),
        (_closing(transitions=("fyller_20",)), "Ukjent overgang: «fyller_20»."),
    ],
)  # fmt: skip
def test_a_bad_closing_writes_nothing(
    any_store: Store, youth_id: int, fields: ClosingFields, message: str
) -> None:
    before = len(_audit(any_store))
    with pytest.raises(UserError) as caught:
        closing_ops.close_case(any_store, youth_id, fields, TODAY)
    assert str(caught.value) == message
    assert len(_audit(any_store)) == before
    assert _count(any_store, Closing) == 0
    assert _status(any_store, youth_id) == ("aktiv", None)


def test_a_closing_cannot_point_at_another_youths_evaluation(
    any_store: Store, youth_id: int
) -> None:
    other = import_document(any_store, build_demo(TODAY), as_new=True)
    theirs = _demo_evaluation(any_store, other)
    with pytest.raises(DatabaseError, match="annen ungdom"):
        closing_ops.close_case(any_store, youth_id, _closing(evaluation_id=theirs), TODAY)
    assert _count(any_store, Closing) == 0
    assert _status(any_store, youth_id) == ("aktiv", None)


def test_deleting_the_draft_a_closing_points_at_keeps_the_closing(
    any_store: Store, youth_id: int
) -> None:
    draft = _start(any_store, youth_id)
    closing_ops.close_case(any_store, youth_id, _closing(evaluation_id=draft), TODAY)
    evaluation_ops.delete_draft(any_store, youth_id, draft)
    closing = load_evaluations(any_store, youth_id).closing
    assert closing is not None
    assert closing.fields == _closing()  # evaluation_id is None now
    assert _status(any_store, youth_id) == ("avsluttet", TODAY)


def test_a_closed_case_cannot_be_closed_again(any_store: Store, youth_id: int) -> None:
    closing_ops.close_case(any_store, youth_id, _closing(), TODAY)
    before = len(_audit(any_store))
    with pytest.raises(UserError) as caught:
        closing_ops.close_case(any_store, youth_id, _closing(), TODAY)
    assert str(caught.value) == "Oppfølgingen er allerede avsluttet."
    assert len(_audit(any_store)) == before
    assert _count(any_store, Closing) == 1


def test_undo_close_removes_the_row_and_redo_keeps_the_id(any_store: Store, youth_id: int) -> None:
    closing_id = closing_ops.close_case(any_store, youth_id, _closing(), TODAY).created_ids[0]
    step_id = _step_id(any_store, youth_id)
    before = len(_audit(any_store))
    closing_ops.undo_close(any_store, youth_id, closing_id)
    assert _audit(any_store)[before:] == [
        ("update", "youth", youth_id, youth_id, "status"),
        ("update", "step", youth_id, step_id, "avslutning"),
        ("delete", "closing", youth_id, closing_id, ""),
    ]
    assert _count(any_store, Closing) == 0
    assert _status(any_store, youth_id) == ("aktiv", None)
    assert load_evaluations(any_store, youth_id).due_on == DEMO_NEXT
    redo = closing_ops.close_case(any_store, youth_id, _closing(), TODAY, closing_id)
    assert redo.created_ids == (closing_id,)
    assert _status(any_store, youth_id) == ("avsluttet", TODAY)


def test_reopening_keeps_the_closing_marked_with_the_day(any_store: Store, youth_id: int) -> None:
    closed_on = TODAY - timedelta(days=20)
    closing_id = closing_ops.close_case(
        any_store, youth_id, _closing(closed_on=closed_on), closed_on
    ).created_ids[0]
    step_id = _step_id(any_store, youth_id)
    before = len(_audit(any_store))
    closing_ops.reopen_case(any_store, youth_id, TODAY)
    assert _audit(any_store)[before:] == [
        ("update", "youth", youth_id, youth_id, "status"),
        ("update", "step", youth_id, step_id, "avslutning"),
        ("update", "closing", youth_id, closing_id, "reopened"),
    ]
    assert _status(any_store, youth_id) == ("aktiv", None)
    view = load_evaluations(any_store, youth_id)
    assert view.closing is None
    assert [(c.id, c.fields.closed_on, c.reopened_on) for c in view.closings] == [
        (closing_id, closed_on, TODAY)
    ]
    assert view.due_on == DEMO_NEXT
    assert youth_id in {y.id for y in list_youths(any_store, TODAY)}


def test_only_a_closed_case_can_be_reopened(any_store: Store, youth_id: int) -> None:
    before = len(_audit(any_store))
    with pytest.raises(UserError) as caught:
        closing_ops.reopen_case(any_store, youth_id, TODAY)
    assert str(caught.value) == "Oppfølgingen er ikke avsluttet."
    closing_ops.close_case(any_store, youth_id, _closing(), TODAY)
    closing_ops.reopen_case(any_store, youth_id, TODAY)
    with pytest.raises(UserError, match="ikke avsluttet"):
        closing_ops.reopen_case(any_store, youth_id, TODAY)
    assert len(_audit(any_store)) == before + 6


def test_undo_reopen_puts_the_closing_back_in_force(any_store: Store, youth_id: int) -> None:
    closed_on = TODAY - timedelta(days=3)
    closing_id = closing_ops.close_case(
        any_store, youth_id, _closing(closed_on=closed_on), TODAY
    ).created_ids[0]
    closing_ops.reopen_case(any_store, youth_id, TODAY)
    before = len(_audit(any_store))
    closing_ops.undo_reopen(any_store, youth_id, closing_id)
    assert _audit(any_store)[before:] == [
        ("update", "youth", youth_id, youth_id, "status"),
        ("update", "step", youth_id, _step_id(any_store, youth_id), "avslutning"),
        ("update", "closing", youth_id, closing_id, "reopened"),
    ]
    assert _status(any_store, youth_id) == ("avsluttet", closed_on)
    view = load_evaluations(any_store, youth_id)
    assert view.closing is not None and view.closing.id == closing_id
    assert view.closing.reopened_on is None


def test_closing_again_after_reopening_keeps_both(any_store: Store, youth_id: int) -> None:
    first = closing_ops.close_case(
        any_store, youth_id, _closing(closed_on=TODAY - timedelta(days=30)), TODAY
    ).created_ids[0]
    closing_ops.reopen_case(any_store, youth_id, TODAY - timedelta(days=20))
    second = closing_ops.close_case(
        any_store, youth_id, _closing(reason="flytter"), TODAY
    ).created_ids[0]
    view = load_evaluations(any_store, youth_id)
    assert [(c.id, c.reopened_on) for c in view.closings] == [
        (first, TODAY - timedelta(days=20)), (second, None),
    ]  # fmt: skip
    assert view.closing is not None and view.closing.id == second
    assert view.closing.reason_words == "Ungdommen flytter fra bydelen"
    assert _status(any_store, youth_id) == ("avsluttet", TODAY)


def test_closing_rows_of_another_youth_are_refused(any_store: Store, youth_id: int) -> None:
    other = import_document(any_store, build_demo(TODAY), as_new=True)
    theirs = closing_ops.close_case(any_store, other, _closing(), TODAY).created_ids[0]
    for change in (closing_ops.undo_close, closing_ops.undo_reopen):
        with pytest.raises(DatabaseError, match="annen ungdom"):
            change(any_store, youth_id, theirs)
    assert _status(any_store, other) == ("avsluttet", TODAY)
    assert _status(any_store, youth_id) == ("aktiv", None)


# --- the evaluation interval ----------------------------------------------------------------


def test_the_interval_is_six_months_until_set(any_store: Store, youth_id: int) -> None:
    assert read_interval_months(any_store) == 6
    assert _audit(any_store)[-1] == ("read", "setting", None, None, EVALUATION_MONTHS)
    before = len(_audit(any_store))
    changes = set_interval_months(any_store, 1)
    assert changes.objects == frozenset({"setting"}) and changes.youth_id is None
    assert _audit(any_store)[before:] == [("update", "setting", None, None, EVALUATION_MONTHS)]
    assert read_interval_months(any_store) == 1
    view = load_evaluations(any_store, youth_id)
    assert view.interval_months == 1
    assert view.due_on == DEMO_EVALUATED + timedelta(days=30)  # sooner than the set date
    set_interval_months(any_store, 12)  # the row is updated, not added
    assert read_interval_months(any_store) == 12
    assert _count(any_store, Setting) == 1
    assert load_evaluations(any_store, youth_id).due_on == DEMO_NEXT


@pytest.mark.parametrize("months", [0, 25, -1])
def test_an_interval_out_of_bounds_is_refused(any_store: Store, months: int) -> None:
    set_interval_months(any_store, 24)
    before = len(_audit(any_store))
    with pytest.raises(UserError) as caught:
        set_interval_months(any_store, months)
    assert str(caught.value) == "Evalueringsintervallet må være mellom 1 og 24 måneder."
    assert len(_audit(any_store)) == before
    assert read_interval_months(any_store) == 24


@pytest.mark.parametrize("stored", ["", "seks", "6.5", "-3", "²", "0", "25", "99999999999"])
def test_an_unusable_stored_interval_reads_as_the_default(
    any_store: Store, youth_id: int, stored: str
) -> None:
    """A value written outside the program (a shared database) never breaks the deadline."""
    with Session(any_store.engine) as session, session.begin():
        session.add(Setting(key=EVALUATION_MONTHS, value=stored))
    assert read_interval_months(any_store) == 6
    view = load_evaluations(any_store, youth_id)  # "99999999999" once overflowed the date
    assert (view.interval_months, view.due_on) == (6, DEMO_NEXT)


def test_a_case_closed_in_an_older_file_can_be_reopened(any_store: Store) -> None:
    """A version 2 document could say "avsluttet" without any closing record."""
    doc = build_demo(TODAY)
    doc["youth"]["status"] = "avsluttet"
    youth_id = import_document(any_store, doc)
    view = load_evaluations(any_store, youth_id)
    assert not view.active and view.closing is None and view.due_on is None
    closing_ops.reopen_case(any_store, youth_id, TODAY)
    assert _status(any_store, youth_id)[0] == "aktiv"
    assert _count(any_store, Closing) == 0  # nothing made up
    assert ("update", "closing", youth_id, None, "reopened") in _audit(any_store)


def test_perspectives_are_stored_in_the_standards_order(any_store: Store, youth_id: int) -> None:
    period = PeriodFields(TODAY, TODAY, TODAY, "", ("oppfolger", "ungdommen"))
    evaluation_ops.start_evaluation(any_store, youth_id, period, TODAY)
    draft = load_evaluations(any_store, youth_id).draft
    assert draft is not None and draft.period.perspectives == ("ungdommen", "oppfolger")


def test_a_period_starting_after_the_evaluation_is_refused(any_store: Store, youth_id: int) -> None:
    period = PeriodFields(TODAY, TODAY + timedelta(days=1), None)
    with pytest.raises(UserError, match="kan ikke begynne etter evalueringsdatoen"):
        evaluation_ops.start_evaluation(any_store, youth_id, period, TODAY)
    assert load_evaluations(any_store, youth_id).draft is None
