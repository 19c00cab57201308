"""The evaluation document (§7.7), «Jevnlig evaluering», as plain data.

The document is for the team: when the evaluation was done, which period it covers, who took
part and whose feedback was gathered; the standard's five questions word for word, each with
the answers per perspective («Ungdommen (bedre): …») and, where the perspectives judged it
differently, each judgement by perspective; what the record itself shows for the period
(:mod:`lagmote.evaluation_evidence`, with no area hidden); and the recommendation with its
reasons, the next evaluation and how the team met any disagreement. When the case was closed
on this evaluation, or is closed now, the closing follows.

Pure data, no Qt and no database: :func:`build_evaluation_document` turns the views into an
:class:`EvaluationDocument`, and :mod:`lagmote.pdf.evaluation_pdf` draws it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lagmote.closing import TRANSITIONS, ClosingInfo
from lagmote.dates import format_date, format_date_long
from lagmote.errors import UserError
from lagmote.evaluation import (
    PERSPECTIVE_CODES,
    QUESTION_NUMBERS,
    AnswerInfo,
    Disagreement,
    EvaluationInfo,
    EvaluationsView,
    disagreements,
)
from lagmote.evaluation_evidence import Evidence, build_evidence
from lagmote.kartlegging import KartleggingView
from lagmote.meetings import MeetingsView
from lagmote.plan import GoalInfo
from lagmote.standard import (
    EVALUATION_PERSPECTIVES,
    EVALUATION_QUESTIONS,
    JUDGEMENTS,
    RECOMMENDATIONS,
)

NO_EVALUATION = "Ungdommen har ingen evaluering ennå; det finnes ikke noe å skrive ut."
ONLY_DRAFT = "Ungdommen har ingen fullført evaluering ennå; fullfør utkastet først."
NOT_GIVEN = "ikke oppgitt"
NOT_SET = "ikke satt"


def perspective_name(code: str) -> str:
    """The perspective's name; a code this program does not know is shown as it is."""
    return EVALUATION_PERSPECTIVES.get(code, code)


def judgement_word(code: str) -> str:
    """ "bedre", "uendret", "verre" (a code this program does not know, as it is)."""
    return JUDGEMENTS.get(code, code).lower()


@dataclass(frozen=True)
class PerspectiveAnswer:
    """One perspective's answer to one question: its words and its judgement (or none)."""

    perspective: str  # the name, e.g. "Ungdommen"
    text: str
    judgement: str | None  # the word, e.g. "bedre"

    @property
    def label(self) -> str:
        """ "Ungdommen (bedre)", or the name alone when there is no judgement."""
        if self.judgement is None:
            return self.perspective
        return f"{self.perspective} ({self.judgement})"

    @property
    def line(self) -> str:
        """ "Ungdommen (bedre): Jeg har det bedre.", or the label alone without words."""
        return f"{self.label}: {self.text}" if self.text else self.label


@dataclass(frozen=True)
class QuestionSection:
    """One of the five questions, word for word, and what the gathered perspectives said."""

    number: int
    question: str
    answers: tuple[PerspectiveAnswer, ...]
    unanswered: tuple[str, ...] = ()  # names of gathered perspectives that said nothing
    disagreement: tuple[tuple[str, str], ...] = ()  # (name, judgement word) when they differ

    @property
    def disagreement_text(self) -> str:
        """E.g. "Ulik vurdering: bedre (Ungdommen), uendret (Én-til-én-oppfølger, …)."."""
        if not self.disagreement:
            return ""
        groups = [
            f"{word} ({', '.join(n for n, w in self.disagreement if w == word)})"
            for word in _unique(w for _, w in self.disagreement)
        ]
        return "Ulik vurdering: " + ", ".join(groups) + "."

    @property
    def unanswered_text(self) -> str:
        return f"Ikke svart: {', '.join(self.unanswered)}." if self.unanswered else ""


@dataclass(frozen=True)
class EvidenceSection:
    """What the record shows for the period, in sentences."""

    goals: tuple[tuple[str, str], ...]  # (the goal, how it went)
    kartlegging: tuple[str, ...]
    meetings: str
    actions: str


@dataclass(frozen=True)
class ClosingSection:
    """The closing of the case, when it was closed on this evaluation or is closed now."""

    closed_on: date
    reason: str
    handover: str
    contact: str
    transitions: tuple[str, ...]
    transitions_note: str
    summary: str
    reopened_on: date | None = None


@dataclass(frozen=True)
class EvaluationDocument:
    """Everything the evaluation document says, in the order it says it."""

    youth_name: str
    evaluated_on: date
    period_start: date | None
    period_end: date | None
    participants: str
    perspectives: tuple[str, ...]  # names, in the standard's order
    questions: tuple[QuestionSection, ...]
    evidence: EvidenceSection
    recommendation: str
    reasons: str
    next_evaluation_on: date | None
    disagreements: tuple[str, ...] = ()  # one sentence per question the perspectives differ on
    disagreement_note: str = ""
    closing: ClosingSection | None = None

    @property
    def date_text(self) -> str:
        """E.g. "torsdag 3. desember 2026"."""
        return format_date_long(self.evaluated_on)

    @property
    def period_text(self) -> str:
        """E.g. "01.06.2026–03.12.2026", or "fram til 03.12.2026" without a start."""
        end = format_date(self.period_end or self.evaluated_on)
        if self.period_start is None:
            return f"fram til {end}"
        return f"{format_date(self.period_start)}–{end}"

    @property
    def next_evaluation_text(self) -> str:
        on = self.next_evaluation_on
        return format_date_long(on) if on is not None else NOT_SET


def completed_evaluation(view: EvaluationsView) -> EvaluationInfo:
    """The latest completed evaluation, or UserError saying why there is none."""
    latest = view.latest
    if latest is not None:
        return latest
    raise UserError(ONLY_DRAFT if view.draft is not None else NO_EVALUATION)


def build_evaluation_document(
    view: EvaluationsView,
    youth_name: str,
    goals: tuple[GoalInfo, ...],
    kartlegging: KartleggingView,
    meetings: MeetingsView,
) -> EvaluationDocument:
    """The document of the latest completed evaluation (UserError when there is none)."""
    evaluation = completed_evaluation(view)
    period, rec = evaluation.period, evaluation.recommendation
    end = period.period_end or period.evaluated_on
    evidence = build_evidence(goals, kartlegging, meetings, period.period_start, end, frozenset())
    return EvaluationDocument(
        youth_name=youth_name,
        evaluated_on=period.evaluated_on,
        period_start=period.period_start,
        period_end=period.period_end,
        participants=period.participants.strip(),
        perspectives=tuple(perspective_name(c) for c in _gathered(evaluation)),
        questions=question_sections(evaluation),
        evidence=evidence_section(evidence),
        recommendation=RECOMMENDATIONS.get(rec.recommendation or "", NOT_GIVEN),
        reasons=rec.reasons.strip(),
        next_evaluation_on=rec.next_evaluation_on,
        disagreements=tuple(d.sentence for d in disagreements(evaluation)),
        disagreement_note=rec.disagreement_note.strip(),
        closing=closing_section(view, evaluation),
    )


def question_sections(evaluation: EvaluationInfo) -> tuple[QuestionSection, ...]:
    """The five questions with the answers of the gathered perspectives, standard order."""
    found = {d.question: d for d in disagreements(evaluation)}
    return tuple(_question(evaluation, n, found.get(n)) for n in QUESTION_NUMBERS)


def _question(
    evaluation: EvaluationInfo, number: int, disagreement: Disagreement | None
) -> QuestionSection:
    given = [evaluation.answer(number, code) for code in _gathered(evaluation)]
    judged = disagreement.judgements if disagreement is not None else ()
    return QuestionSection(
        number=number,
        question=EVALUATION_QUESTIONS[number - 1],
        answers=tuple(_answer(a) for a in given if not a.empty),
        unanswered=tuple(perspective_name(a.perspective) for a in given if a.empty),
        disagreement=tuple((perspective_name(p), judgement_word(j)) for p, j in judged),
    )


def _answer(answer: AnswerInfo) -> PerspectiveAnswer:
    judgement = judgement_word(answer.judgement) if answer.judgement is not None else None
    return PerspectiveAnswer(perspective_name(answer.perspective), answer.text.strip(), judgement)


def _gathered(evaluation: EvaluationInfo) -> tuple[str, ...]:
    """The perspectives whose feedback was gathered: the standard's first, then any other."""
    codes = evaluation.period.perspectives
    known = tuple(c for c in PERSPECTIVE_CODES if c in codes)
    return known + tuple(_unique(c for c in codes if c not in PERSPECTIVE_CODES))


def evidence_section(evidence: Evidence) -> EvidenceSection:
    return EvidenceSection(
        goals=tuple((g.text.strip(), g.sentence) for g in evidence.goals),
        kartlegging=evidence.kartlegging_sentences(),
        meetings=evidence.meetings.sentence,
        actions=evidence.actions.sentence,
    )


def closing_section(view: EvaluationsView, evaluation: EvaluationInfo) -> ClosingSection | None:
    """The closing made on this evaluation (the newest, if reopened and closed again), else
    the closing in force; None when neither."""
    tied = [c for c in view.closings if c.fields.evaluation_id == evaluation.id]
    closing = tied[-1] if tied else view.closing
    return _closing(closing) if closing is not None else None


def _closing(closing: ClosingInfo) -> ClosingSection:
    f = closing.fields
    return ClosingSection(
        closed_on=f.closed_on,
        reason=closing.reason_words,
        handover=f.handover.strip(),
        contact=contact_text(f.contact_name, f.contact_service, f.contact_phone),
        transitions=tuple(TRANSITIONS.get(code, code) for code in f.transitions),
        transitions_note=f.transitions_note.strip(),
        summary=f.summary.strip(),
        reopened_on=closing.reopened_on,
    )


def contact_text(name: str, service: str, phone: str) -> str:
    """E.g. "Lise Lærer, Ungdomsskolen, tlf. 22 00 00 00"; empty when nothing is given."""
    parts = [name.strip(), service.strip()]
    if phone.strip():
        parts.append(f"tlf. {phone.strip()}")
    return ", ".join(p for p in parts if p)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
