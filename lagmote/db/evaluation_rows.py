"""Evaluation and closing rows as the plain records of :mod:`lagmote.evaluation` and
:mod:`lagmote.closing` (shared by the reads and by the check before completing)."""

from __future__ import annotations

from lagmote.closing import ClosingFields, ClosingInfo
from lagmote.db.models import Closing, Evaluation
from lagmote.evaluation import AnswerInfo, EvaluationInfo, PeriodFields, RecommendationFields


def split_codes(text: str) -> tuple[str, ...]:
    return tuple(code for code in text.split(",") if code)


def evaluation_info(row: Evaluation) -> EvaluationInfo:
    return EvaluationInfo(
        id=row.id,
        period=PeriodFields(
            evaluated_on=row.evaluated_on,
            period_start=row.period_start,
            period_end=row.period_end,
            participants=row.participants,
            perspectives=split_codes(row.perspectives),
        ),
        recommendation=RecommendationFields(
            recommendation=row.recommendation,
            reasons=row.reasons,
            next_evaluation_on=row.next_evaluation_on,
            disagreement_note=row.disagreement_note,
        ),
        answers=tuple(
            AnswerInfo(a.question, a.perspective, a.text, a.judgement)
            for a in sorted(row.answers, key=lambda a: (a.question, a.id or 0))
        ),
        completed=row.completed,
        resume_page=row.resume_page,
    )


def closing_info(row: Closing) -> ClosingInfo:
    fields = ClosingFields(
        closed_on=row.closed_on,
        reason=row.reason,
        reason_text=row.reason_text,
        handover=row.handover,
        contact_name=row.contact_name,
        contact_service=row.contact_service,
        contact_phone=row.contact_phone,
        transitions=split_codes(row.transitions),
        transitions_note=row.transitions_note,
        summary=row.summary,
        evaluation_id=row.evaluation_id,
    )
    return ClosingInfo(row.id, fields, row.reopened_on)
