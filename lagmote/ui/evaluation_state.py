"""What the evaluation wizard holds while it is open: the draft's id and every field typed
so far, kept apart from the widgets so that pages rebuilt for other perspectives lose
nothing, and so that one save writes the whole draft.

It also keeps the draft as it was when this user's edit began (``base``: as loaded, then as
last saved or taken from someone else), which every save passes on, so that a save over
someone else's change of the same part is refused rather than silently made
(:mod:`lagmote.db.conflicts`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lagmote.db.evaluation_ops import DraftFields
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
        self.base: DraftFields | None = (
            stored_form(DraftFields.of(draft.period, draft.answers, draft.recommendation))
            if draft
            else None
        )

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

    def fields(self) -> DraftFields:
        """The draft as a save compares it, in the form the database keeps it in."""
        return stored_form(DraftFields.of(self.period, self.answers_to_save(), self.recommendation))

    def saved(self, fields: DraftFields, resume_page: int) -> None:
        """``fields`` were saved (with the page to continue on): the next save starts there."""
        self.base, self.dirty, self.resume_page = stored_form(fields), False, resume_page

    def take(self, fields: DraftFields) -> None:
        """Hold ``fields`` (what is stored now) instead of what was typed; nothing is new."""
        self.period, self.recommendation = fields.period, fields.recommendation
        self.answers = {(a.question, a.perspective): a for a in fields.answers}
        self.base, self.dirty = stored_form(fields), False

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


def stored_form(fields: DraftFields) -> DraftFields:
    """``fields`` as the database gives them back: the participants trimmed, the
    perspectives once each in the standard's order (so that a base compares equal to what
    its save stored)."""
    period = fields.period
    chosen = set(period.perspectives)
    stored = replace(
        period,
        participants=period.participants.strip(),
        perspectives=tuple(code for code in PERSPECTIVE_CODES if code in chosen),
    )
    return replace(fields, period=stored)
