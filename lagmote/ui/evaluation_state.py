"""What the evaluation wizard holds while it is open: the draft's id and every field typed
so far, kept apart from the widgets so that pages rebuilt for other perspectives lose
nothing, and so that one save writes the whole draft."""

from __future__ import annotations

from datetime import date

from lagmote.evaluation import (
    PERSPECTIVE_CODES,
    QUESTION_NUMBERS,
    AnswerInfo,
    EvaluationInfo,
    EvaluationsView,
    PeriodFields,
    RecommendationFields,
    default_period,
)


class WizardState:
    """The draft being written: starts from the saved draft, or from a fresh period."""

    def __init__(self, view: EvaluationsView, today: date) -> None:
        draft = view.draft
        self.youth_id = view.youth_id
        self.interval_months = view.interval_months
        self.evaluation_id: int | None = draft.id if draft else None
        self.period = draft.period if draft else default_period(view, today)
        self.recommendation = draft.recommendation if draft else RecommendationFields()
        self.resume_page = draft.resume_page if draft else 0
        self.answers: dict[tuple[int, str], AnswerInfo] = (
            {(a.question, a.perspective): a for a in draft.answers} if draft else {}
        )
        self.dirty = False

    def answer(self, question: int, perspective: str) -> AnswerInfo:
        return self.answers.get((question, perspective), AnswerInfo(question, perspective))

    def set_answer(self, answer: AnswerInfo) -> None:
        key = (answer.question, answer.perspective)
        if self.answers.get(key, AnswerInfo(*key)) != answer:
            self.answers[key] = answer
            self.dirty = True

    def set_period(self, period: PeriodFields) -> None:
        if period != self.period:
            self.period, self.dirty = period, True

    def set_recommendation(self, fields: RecommendationFields) -> None:
        if fields != self.recommendation:
            self.recommendation, self.dirty = fields, True

    def answers_to_save(self) -> tuple[AnswerInfo, ...]:
        """Every question and perspective: what is typed for the gathered perspectives, and
        empty (removed) for the others, so that nothing unseen stays stored."""
        gathered = set(self.period.perspectives)
        return tuple(
            self.answer(q, p) if p in gathered else AnswerInfo(q, p)
            for q in QUESTION_NUMBERS
            for p in PERSPECTIVE_CODES
        )

    def info(self) -> EvaluationInfo:
        """The draft as an evaluation record (for disagreements and the completeness check)."""
        answers = tuple(a for a in self.answers_to_save() if not a.empty)
        return EvaluationInfo(
            id=self.evaluation_id or 0,
            period=self.period,
            recommendation=self.recommendation,
            answers=answers,
            resume_page=self.resume_page,
        )
