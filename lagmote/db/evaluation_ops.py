"""Changes to evaluations (§7.7), each one audit-logged write through :class:`Store`.

The wizard saves its whole draft in one write whenever the user moves to another page or
closes it (:func:`save_draft`), so that nothing typed is lost and a half-written evaluation
is never half saved. Completing checks that the evaluation is whole
(:func:`lagmote.evaluation.missing_for_completion`). A completed evaluation is the team's
record: it can be reopened as a draft, never deleted; only a draft can be deleted.

Two people may write in one draft at once; a save with ``base`` (the draft as this user last
read or saved it) keeps what the other saved meanwhile in the parts this user did not change
(the period, the answers, the recommendation), and refuses a save over the same part
(:class:`~lagmote.db.conflicts.EditConflict`). The parts are compared whole: a draft is one
person's work at a time far more often than a goal is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db.conflicts import over_stored
from lagmote.db.evaluation_rows import evaluation_info
from lagmote.db.models import Evaluation, EvaluationAnswer
from lagmote.db.ops_common import created, logged, owned_row, youth_row
from lagmote.db.store import Changes, Store, WriteResult
from lagmote.errors import UserError
from lagmote.evaluation import (
    PERSPECTIVE_CODES,
    QUESTION_NUMBERS,
    AnswerInfo,
    PeriodFields,
    RecommendationFields,
    check_answer,
    check_period,
    check_recommendation,
    missing_for_completion,
)
from lagmote.i18n import N_, t

EVALUATION = N_("evalueringen")
MAX_RESUME_PAGE = 100
DRAFT_LABELS = {
    "period": N_("perioden"),
    "answers": N_("svarene"),
    "recommendation": N_("anbefalingen"),
}


@dataclass(frozen=True)
class DraftFields:
    """A draft as compared for conflicts: the answers that hold something, in order."""

    period: PeriodFields
    answers: tuple[AnswerInfo, ...]
    recommendation: RecommendationFields

    @classmethod
    def of(
        cls,
        period: PeriodFields,
        answers: tuple[AnswerInfo, ...],
        recommendation: RecommendationFields,
    ) -> DraftFields:
        kept = sorted((a for a in answers if not a.empty), key=_answer_key)
        return cls(period, tuple(kept), recommendation)


def start_evaluation(
    store: Store, youth_id: int, period: PeriodFields, today: date, evaluation_id: int | None = None
) -> Changes:
    """A new draft; refused while the youth has another draft to finish first."""
    check_period(period, today)

    def write(session: Session) -> WriteResult:
        youth_row(session, youth_id)
        draft = session.scalars(
            select(Evaluation.id).where(
                Evaluation.youth_id == youth_id, Evaluation.completed.is_(False)
            )
        ).first()
        if draft is not None:
            raise UserError(t("Det finnes allerede et utkast til evaluering: fortsett på det."))
        row = Evaluation(id=evaluation_id, youth_id=youth_id, evaluated_on=period.evaluated_on)
        _fill_period(row, period)
        session.add(row)
        session.flush()
        return created(youth_id, "evaluation", row.id)

    return store.write(write)


def save_draft(
    store: Store,
    youth_id: int,
    evaluation_id: int,
    period: PeriodFields,
    answers: tuple[AnswerInfo, ...],
    recommendation: RecommendationFields,
    resume_page: int,
    today: date,
    base: DraftFields | None = None,
) -> Changes:
    """Everything the wizard holds, in one write: the period, every answer (an empty one
    removes its row), the recommendation and the page to continue on. With ``base``, only
    the parts changed from it, refused over someone else's change of the same part."""
    check_period(period, today)
    for answer in answers:
        check_answer(answer)
    check_recommendation(recommendation, period.evaluated_on)
    if not 0 <= resume_page <= MAX_RESUME_PAGE:
        raise UserError(t("Ugyldig side i evalueringen."))

    def again(new: DraftFields, over: DraftFields) -> Changes:
        return save_draft(
            store, youth_id, evaluation_id, new.period, _all_answers(new.answers),
            new.recommendation, resume_page, today, over,
        )  # fmt: skip

    def write(session: Session) -> WriteResult:
        row = _owned(session, evaluation_id, youth_id)
        if row.completed:
            raise UserError(t("Evalueringen er fullført; åpne den som utkast for å endre den."))
        stored = evaluation_info(row)
        new = DraftFields.of(period, answers, recommendation)
        theirs = DraftFields.of(stored.period, stored.answers, stored.recommendation)
        written = over_stored(base, new, theirs, DRAFT_LABELS, again)
        _fill_period(row, written.period)
        _fill_recommendation(row, written.recommendation)
        row.resume_page = resume_page
        _save_answers(session, row, answers if base is None else _all_answers(written.answers))
        return logged(youth_id, "update", "evaluation", evaluation_id, "draft")

    return store.write(write)


def set_completed(store: Store, youth_id: int, evaluation_id: int, completed: bool) -> Changes:
    """Complete the evaluation (it must be whole), or make it a draft again."""

    def write(session: Session) -> WriteResult:
        row = _owned(session, evaluation_id, youth_id)
        if completed:
            missing = missing_for_completion(evaluation_info(row))
            if missing is not None:
                raise UserError(missing)
        elif _other_draft(session, row):
            raise UserError(t("Det finnes et annet utkast; fullfør eller slett det først."))
        row.completed = completed
        return logged(youth_id, "update", "evaluation", evaluation_id, "completed")

    return store.write(write)


def delete_draft(store: Store, youth_id: int, evaluation_id: int) -> Changes:
    """Delete a draft with its answers; a completed evaluation is refused."""

    def write(session: Session) -> WriteResult:
        row = _owned(session, evaluation_id, youth_id)
        if row.completed:
            raise UserError(t("En fullført evaluering kan ikke slettes: den er lagets vurdering."))
        result = logged(youth_id, "delete", "evaluation", evaluation_id)
        for answer in row.answers:
            result.log("delete", "evaluation_answer", answer.id)
        session.delete(row)
        return result

    return store.write(write)


# --- shared -------------------------------------------------------------------------------


def _owned(session: Session, evaluation_id: int, youth_id: int) -> Evaluation:
    return owned_row(session, Evaluation, evaluation_id, youth_id, EVALUATION)


def _other_draft(session: Session, row: Evaluation) -> bool:
    query = select(Evaluation.id).where(
        Evaluation.youth_id == row.youth_id,
        Evaluation.completed.is_(False),
        Evaluation.id != row.id,
    )
    return session.scalars(query).first() is not None


def _fill_period(row: Evaluation, period: PeriodFields) -> None:
    row.evaluated_on = period.evaluated_on
    row.period_start, row.period_end = period.period_start, period.period_end
    row.participants = period.participants.strip()
    chosen = set(period.perspectives)  # stored in the standard's order, whatever was given
    row.perspectives = ",".join(code for code in PERSPECTIVE_CODES if code in chosen)


def _fill_recommendation(row: Evaluation, fields: RecommendationFields) -> None:
    row.recommendation = fields.recommendation
    row.reasons = fields.reasons
    row.next_evaluation_on = fields.next_evaluation_on
    row.disagreement_note = fields.disagreement_note


def _answer_key(answer: AnswerInfo) -> tuple[int, str]:
    return answer.question, answer.perspective


def _all_answers(kept: tuple[AnswerInfo, ...]) -> tuple[AnswerInfo, ...]:
    """The answers that hold something, and an empty one for every other question and
    perspective (so that the save removes what is no longer written)."""
    found = {(a.question, a.perspective): a for a in kept}
    return tuple(
        found.get((q, p), AnswerInfo(q, p)) for q in QUESTION_NUMBERS for p in PERSPECTIVE_CODES
    )


def _save_answers(session: Session, row: Evaluation, answers: tuple[AnswerInfo, ...]) -> None:
    existing = {(a.question, a.perspective): a for a in row.answers}
    for answer in answers:
        key = (answer.question, answer.perspective)
        found = existing.get(key)
        if answer.empty:
            if found is not None:
                session.delete(found)
            continue
        if found is None:
            found = EvaluationAnswer(question=answer.question, perspective=answer.perspective)
            row.answers.append(found)
        found.text, found.judgement = answer.text, answer.judgement
