"""Jevnlig evaluering (§7.7) as plain records, and the rules for filling one in.

An evaluation covers a period and gathers feedback from up to five perspectives (the youth,
the parents, the fagansvarlig, the oppfølger and the partners). Each of the standard's five
questions is answered per perspective, in words and with a judgement (better, same, worse)
beside them. Where the perspectives judge a question differently, that is a disagreement:
it is shown and kept, never averaged away. The evaluation ends in a recommendation: the
follow-up ends (*avsluttes*) or goes on (*videreføres*, with the date of the next one).

An evaluation is a draft until it is completed; a draft remembers the wizard page it was
left on, so that reopening it continues there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from lagmote.closing import ClosingInfo
from lagmote.dates import days_between_words, format_date
from lagmote.errors import UserError
from lagmote.i18n import t
from lagmote.plan import MAX_TEXT_CHARS, check_length
from lagmote.standard import (
    EVALUATION_INTERVAL_DAYS,
    EVALUATION_PERSPECTIVES,
    EVALUATION_QUESTIONS,
    JUDGEMENTS,
    RECOMMENDATIONS,
)

QUESTION_NUMBERS = tuple(range(1, len(EVALUATION_QUESTIONS) + 1))
PERSPECTIVE_CODES = tuple(EVALUATION_PERSPECTIVES)
MAX_PARTICIPANTS_CHARS = 2_000
DEFAULT_INTERVAL_MONTHS = 6
MIN_INTERVAL_MONTHS, MAX_INTERVAL_MONTHS = 1, 24
DAYS_PER_YEAR = 365
MONTHS_PER_YEAR = 12


def interval_days(months: int) -> int:
    """An interval of whole months in days, as the deadlines count them (6 → 182)."""
    return months * DAYS_PER_YEAR // MONTHS_PER_YEAR


assert interval_days(DEFAULT_INTERVAL_MONTHS) == EVALUATION_INTERVAL_DAYS


@dataclass(frozen=True)
class AnswerInfo:
    """One question answered from one perspective: words, and better/same/worse (or none)."""

    question: int
    perspective: str
    text: str = ""
    judgement: str | None = None

    @property
    def empty(self) -> bool:
        return not self.text.strip() and self.judgement is None


@dataclass(frozen=True)
class PeriodFields:
    """The first wizard page: when, which period, who took part, whose feedback was asked."""

    evaluated_on: date
    period_start: date | None = None
    period_end: date | None = None
    participants: str = ""
    perspectives: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecommendationFields:
    """The last wizard page: ends or goes on, why, when next, and how disagreement was met."""

    recommendation: str | None = None
    reasons: str = ""
    next_evaluation_on: date | None = None
    disagreement_note: str = ""


@dataclass(frozen=True)
class EvaluationInfo:
    """One evaluation, draft or completed, with every answer it has."""

    id: int
    period: PeriodFields
    recommendation: RecommendationFields = RecommendationFields()
    answers: tuple[AnswerInfo, ...] = ()
    completed: bool = False
    resume_page: int = 0

    @property
    def evaluated_on(self) -> date:
        return self.period.evaluated_on

    def answer(self, question: int, perspective: str) -> AnswerInfo:
        found = (a for a in self.answers if (a.question, a.perspective) == (question, perspective))
        return next(found, AnswerInfo(question, perspective))

    def answers_to(self, question: int) -> tuple[AnswerInfo, ...]:
        """The gathered perspectives' answers to ``question``, in the standard's order."""
        return tuple(self.answer(question, p) for p in self.period.perspectives)

    @property
    def status_text(self) -> str:
        if not self.completed:
            return t("Utkast")
        code = self.recommendation.recommendation
        return RECOMMENDATIONS[code] if code else t("Fullført")


@dataclass(frozen=True)
class Disagreement:
    """A question the perspectives judged differently: each judgement, by perspective."""

    question: int
    judgements: tuple[tuple[str, str], ...]  # (perspective, judgement), standard order

    @property
    def sentence(self) -> str:
        parts = [
            f"{EVALUATION_PERSPECTIVES[p].lower()}: {JUDGEMENTS[j].lower()}"
            for p, j in self.judgements
        ]
        return t("Spørsmål {number}: {judgements}.").format(
            number=self.question, judgements=", ".join(parts)
        )


def disagreements(evaluation: EvaluationInfo) -> tuple[Disagreement, ...]:
    """The questions where gathered perspectives gave different judgements."""
    found = []
    for number in QUESTION_NUMBERS:
        judged = tuple(
            (a.perspective, a.judgement)
            for a in evaluation.answers_to(number)
            if a.judgement is not None
        )
        if len({j for _, j in judged}) > 1:
            found.append(Disagreement(number, judged))
    return tuple(found)


@dataclass(frozen=True)
class EvaluationsView:
    """Every evaluation of one youth, oldest first, and what the deadline rule says."""

    youth_id: int
    evaluations: tuple[EvaluationInfo, ...] = ()
    iverksetting: date | None = None
    interval_months: int = DEFAULT_INTERVAL_MONTHS
    birth_date: date | None = None
    closings: tuple[ClosingInfo, ...] = ()  # oldest first; reopened ones too
    active: bool = True  # False: the case is closed (with a closing record, or from before)

    @property
    def closing(self) -> ClosingInfo | None:
        """The closing in force (the case is closed), if any."""
        current = [c for c in self.closings if c.reopened_on is None]
        return current[-1] if current else None

    @property
    def closed_on(self) -> date | None:
        closing = self.closing
        return closing.fields.closed_on if closing is not None else None

    @property
    def draft(self) -> EvaluationInfo | None:
        """The draft to continue, if there is one (the newest)."""
        drafts = [e for e in self.evaluations if not e.completed]
        return drafts[-1] if drafts else None

    @property
    def completed(self) -> tuple[EvaluationInfo, ...]:
        return tuple(e for e in self.evaluations if e.completed)

    @property
    def latest(self) -> EvaluationInfo | None:
        done = self.completed
        return done[-1] if done else None

    def evaluation(self, evaluation_id: int | None) -> EvaluationInfo | None:
        return next((e for e in self.evaluations if e.id == evaluation_id), None)

    @property
    def due_on(self) -> date | None:
        """When the next evaluation is due (None once the case is closed)."""
        if not self.active or self.closed_on is not None:
            return None
        latest = self.latest
        return evaluation_due(
            latest.evaluated_on if latest is not None else None,
            latest.recommendation.next_evaluation_on if latest is not None else None,
            self.iverksetting,
            self.interval_months,
        )

    def due_sentence(self, today: date) -> str:
        due = self.due_on
        if self.closed_on is not None:
            return t("Oppfølgingen ble avsluttet {date}.").format(date=format_date(self.closed_on))
        if not self.active:
            return t("Oppfølgingen er avsluttet.")
        if due is None:
            return t("Første evaluering blir beregnet fra iverksettingen, som ikke er registrert.")
        if due < today:
            late = days_between_words((today - due).days)
            words = t("⚠ Evalueringen er på overtid: {late} over fristen {due}.")
            return words.format(late=late, due=format_date(due))
        return t("Neste evaluering skal være gjort senest {date}.").format(date=format_date(due))

    def overdue(self, today: date) -> bool:
        due = self.due_on
        return due is not None and due < today


def evaluation_due(
    latest_on: date | None, wanted: date | None, iverksetting: date | None, months: int
) -> date | None:
    """When the next evaluation is due: the interval after the latest one (or after
    iverksetting when there is none), or sooner if the latest one set an earlier date."""
    start = latest_on if latest_on is not None else iverksetting
    if start is None:
        return None
    due = start + timedelta(days=interval_days(months))
    return min(due, wanted) if wanted is not None else due


def default_period(view: EvaluationsView, today: date) -> PeriodFields:
    """A new evaluation: today, covering the time since the last one (or iverksetting),
    with feedback from all five perspectives, as the standard asks (untick who was not
    asked)."""
    latest = view.latest
    start = latest.period.period_end if latest is not None else view.iverksetting
    return PeriodFields(
        evaluated_on=today, period_start=start, period_end=today, perspectives=PERSPECTIVE_CODES
    )


def propose_next(evaluated_on: date, months: int) -> date:
    return evaluated_on + timedelta(days=interval_days(months))


# --- checks ---------------------------------------------------------------------------------


def check_period(fields: PeriodFields, today: date) -> None:
    if fields.evaluated_on > today:
        raise UserError(t("Evalueringen kan ikke være datert fram i tid."))
    start, end = fields.period_start, fields.period_end
    if start is not None and end is not None and start > end:
        raise UserError(t("Perioden må begynne før den slutter."))
    if start is not None and start > fields.evaluated_on:
        raise UserError(t("Perioden kan ikke begynne etter evalueringsdatoen."))
    if end is not None and end > fields.evaluated_on:
        raise UserError(t("Perioden kan ikke slutte etter evalueringsdatoen."))
    check_length(fields.participants, MAX_PARTICIPANTS_CHARS, t("Deltakerlisten"))
    check_perspectives(fields.perspectives)


def check_perspectives(codes: Iterable[str]) -> None:
    for code in codes:
        if code not in EVALUATION_PERSPECTIVES:
            raise UserError(t("Ukjent perspektiv: «{code}».").format(code=code))


def check_answer(answer: AnswerInfo) -> None:
    if answer.question not in QUESTION_NUMBERS:
        raise UserError(
            t("Evalueringen har ikke noe spørsmål {number}.").format(number=answer.question)
        )
    check_perspectives((answer.perspective,))
    if answer.judgement is not None and answer.judgement not in JUDGEMENTS:
        raise UserError(t("Ukjent vurdering: «{code}».").format(code=answer.judgement))
    check_length(answer.text, MAX_TEXT_CHARS, t("Svaret"))


def check_recommendation(fields: RecommendationFields, evaluated_on: date) -> None:
    code = fields.recommendation
    if code is not None and code not in RECOMMENDATIONS:
        raise UserError(t("Ukjent anbefaling: «{code}».").format(code=code))
    check_length(fields.reasons, MAX_TEXT_CHARS, t("Begrunnelsen"))
    check_length(fields.disagreement_note, MAX_TEXT_CHARS, t("Teksten om uenighet"))
    nxt = fields.next_evaluation_on
    if nxt is not None and nxt <= evaluated_on:
        raise UserError(t("Neste evaluering må være etter denne."))
    if nxt is not None and code == "avsluttes":
        raise UserError(t("Når oppfølgingen avsluttes, skal det ikke settes noen ny evaluering."))


def missing_for_completion(evaluation: EvaluationInfo) -> str | None:
    """What stops the evaluation from being completed, in one sentence; None when ready."""
    if not evaluation.period.perspectives:
        return t("Kryss av for hvem som har gitt tilbakemelding.")
    unanswered = [n for n in QUESTION_NUMBERS if all(a.empty for a in evaluation.answers_to(n))]
    if unanswered:
        numbers = ", ".join(str(n) for n in unanswered)
        return t("Svar på spørsmål {numbers} fra minst ett perspektiv.").format(numbers=numbers)
    rec = evaluation.recommendation
    if rec.recommendation is None:
        return t("Velg om oppfølgingen skal avsluttes eller videreføres.")
    if not rec.reasons.strip():
        return t("Skriv begrunnelsen for anbefalingen.")
    if rec.recommendation == "viderefores" and rec.next_evaluation_on is None:
        return t("Sett dato for neste evaluering.")
    if disagreements(evaluation) and not rec.disagreement_note.strip():
        return t("Perspektivene er uenige: skriv hvordan laget vurderer uenigheten.")
    return None


def check_interval_months(months: int) -> None:
    if not MIN_INTERVAL_MONTHS <= months <= MAX_INTERVAL_MONTHS:
        words = t("Evalueringsintervallet må være mellom {least} og {most} måneder.")
        raise UserError(words.format(least=MIN_INTERVAL_MONTHS, most=MAX_INTERVAL_MONTHS))
