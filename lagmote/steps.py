"""The steps of one follow-up (§3.1, §7) and where each stands against its deadline.

`step_timeline` turns the dates a case has (`CaseDates`) into one `StepStatus` per step of
the Oslostandard, in the standard's order. The deadlines, their lengths and their rule texts
come from `lagmote.standard`; this module only counts days.

The two recurring steps, lagmøte and evaluering, get one entry each: the *next* one, counted
from the last one held. Meetings held too far apart in the past are history, listed by
`lagmote_gaps` and `evaluering_gaps`. Once the follow-up has ended (avslutning), nothing is
due or overdue any more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise

from lagmote.dates import days_between_words, format_date
from lagmote.i18n import N_, TextMap, t
from lagmote.standard import (
    ACUTE_INTAKE_DEADLINE,
    EVALUATION_INTERVAL_DAYS,
    LAGMOTE_INTERVAL_DAYS,
    STEPS,
    deadline,
    step_kind,
)


@dataclass(frozen=True)
class CaseDates:
    """The dates one case has so far; held meetings and planned lagmøter."""

    henvisning: date | None = None
    acute: bool = False
    inntaksmote: date | None = None
    oppstartsmote: date | None = None
    kartlegginger: tuple[date, ...] = ()
    iverksetting: date | None = None
    lagmoter_held: tuple[date, ...] = ()
    lagmoter_planned: tuple[date, ...] = ()
    evalueringer: tuple[date, ...] = ()
    avslutning: date | None = None
    # The date the latest evaluation set for the next one, when sooner than the interval.
    next_evaluering: date | None = None


class StepState(StrEnum):
    """Where a step stands. NOT_NEEDED is for steps the ended follow-up no longer needs."""

    DONE = "done"
    DONE_LATE = "done_late"
    DUE = "due"
    OVERDUE = "overdue"
    WAITING = "waiting"
    NOT_NEEDED = "not_needed"


# How a sentence says a step was done; "gjort" unless listed.
_DONE_VERBS = TextMap(
    {
        "henvisning": N_("mottatt"),
        "inntaksmote": N_("holdt"),
        "oppstartsmote": N_("holdt"),
        "iverksetting": N_("startet"),
        "forste_lagmote": N_("holdt"),
        "lagmote": N_("holdt"),
        "avslutning": N_("registrert"),
    }
)


# Recurring steps whose sentences say "neste ..." once one is held. Not evaluering: its
# name, «Jevnlig evaluering», already says that it recurs.
_SAY_NEXT = frozenset({"lagmote"})


@dataclass(frozen=True)
class StepStatus:
    """One step on the timeline.

    `days_late` is above zero only for DONE_LATE and OVERDUE. `rule` is the standard's text
    for the deadline that applies, `after` the key of the step the deadline counts from.
    """

    key: str
    name: str
    state: StepState
    done_on: date | None
    planned_on: date | None
    due_on: date | None
    days_late: int
    rule: str | None
    after: str | None = None

    def sentence(self, today: date) -> str:
        """Return one plain sentence about this step, as seen on `today` (bokmål, or the
        language installed: :mod:`lagmote.i18n`)."""
        return _SENTENCES[self.state](self, today)

    @property
    def subject(self) -> str:
        """The step's name as a sentence's subject ("Neste lagmøte" for a recurring one)."""
        return _capitalise(self.subject_lower)

    @property
    def subject_lower(self) -> str:
        """The step's name inside a sentence ("neste lagmøte", "oppstartsmøte")."""
        name = _lower_first(self.name)
        if self.key in _SAY_NEXT and self.after == self.key:
            return t("neste {step}").format(step=name)
        return name


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _relative(due: date, today: date) -> str:
    """Say how far off a date not in the past is: "i dag", "i morgen" or "om 4 dager"."""
    days = (due - today).days
    if days == 0:
        return t("i dag")
    return t("i morgen") if days == 1 else t("om {days}").format(days=days_between_words(days))


def _done_verb(step: StepStatus) -> str:
    return _DONE_VERBS[step.key] if step.key in _DONE_VERBS else t("gjort")


def _sentence_done(step: StepStatus, today: date) -> str:
    assert step.done_on is not None
    if step.due_on is not None:
        words = t("{step} {done} {date}, innen fristen.")
    else:
        words = t("{step} {done} {date}.")
    return words.format(step=step.subject, done=_done_verb(step), date=format_date(step.done_on))


def _sentence_done_late(step: StepStatus, today: date) -> str:
    assert step.done_on is not None
    return t("{step} {done} {date}, {late} over fristen.").format(
        step=step.subject,
        done=_done_verb(step),
        date=format_date(step.done_on),
        late=days_between_words(step.days_late),
    )


def _sentence_due(step: StepStatus, today: date) -> str:
    assert step.due_on is not None
    planned = step.planned_on
    if planned is None:
        words = t("Frist for {step}: {due} ({when}).")
    elif planned > step.due_on:
        words = t("Frist for {step}: {due} ({when}), men det er planlagt etter fristen, {planned}.")
    else:
        words = t("Frist for {step}: {due} ({when}), planlagt {planned}.")
    return words.format(
        step=step.subject_lower,
        due=format_date(step.due_on),
        when=_relative(step.due_on, today),
        planned=format_date(planned) if planned is not None else "",
    )


def _sentence_overdue(step: StepStatus, today: date) -> str:
    assert step.due_on is not None
    planned = step.planned_on
    if planned is not None:
        words = t("{step} er {late} over fristen (frist {due}), planlagt {planned}.")
    else:
        words = t("{step} er {late} over fristen (frist {due}).")
    return words.format(
        step=step.subject,
        late=days_between_words(step.days_late),
        due=format_date(step.due_on),
        planned=format_date(planned) if planned is not None else "",
    )


def _sentence_waiting(step: StepStatus, today: date) -> str:
    if step.planned_on is not None:
        words = t("{step} er planlagt {date}.")
        return words.format(step=step.subject, date=format_date(step.planned_on))
    if step.after is not None and step.after != step.key:
        other = _lower_first(step_kind(step.after).name)
        return t("{step} venter på {other}.").format(step=step.subject, other=other)
    return t("{step} er ikke registrert ennå.").format(step=step.subject)


def _sentence_not_needed(step: StepStatus, today: date) -> str:
    words = t("{step} trengs ikke lenger, fordi oppfølgingen er avsluttet.")
    return words.format(step=step.subject)


_SENTENCES = {
    StepState.DONE: _sentence_done,
    StepState.DONE_LATE: _sentence_done_late,
    StepState.DUE: _sentence_due,
    StepState.OVERDUE: _sentence_overdue,
    StepState.WAITING: _sentence_waiting,
    StepState.NOT_NEEDED: _sentence_not_needed,
}


@dataclass(frozen=True)
class _Plan:
    """What one step has to go on: its dates and the deadline counted from `start`."""

    done_on: date | None = None
    planned_on: date | None = None
    start: date | None = None
    after: str | None = None
    days: int | None = None
    rule: str | None = None

    @property
    def due_on(self) -> date | None:
        if self.start is None or self.days is None:
            return None
        return self.start + timedelta(days=self.days)


def _deadline_plan(
    step: str,
    after: str,
    start: date | None,
    done_on: date | None,
    planned_on: date | None = None,
) -> _Plan:
    rule = deadline(step, after)
    return _Plan(done_on, planned_on, start, after, rule.days, rule.text)


def _first(days: Sequence[date]) -> date | None:
    return min(days) if days else None


def _last(days: Sequence[date]) -> date | None:
    return max(days) if days else None


def _planned_after(dates: CaseDates, held: date | None) -> date | None:
    """The earliest planned lagmøte after the last held one (or any, if none is held)."""
    return _first([d for d in dates.lagmoter_planned if held is None or d > held])


def _plan_inntaksmote(dates: CaseDates) -> _Plan:
    if not dates.acute:
        return _deadline_plan("inntaksmote", "henvisning", dates.henvisning, dates.inntaksmote)
    rule = ACUTE_INTAKE_DEADLINE
    return _Plan(dates.inntaksmote, None, dates.henvisning, rule.after, rule.days, rule.text)


def _plan_forste_lagmote(dates: CaseDates) -> _Plan:
    first = _first(dates.lagmoter_held)
    planned = _planned_after(dates, None) if first is None else None
    return _deadline_plan("forste_lagmote", "oppstartsmote", dates.oppstartsmote, first, planned)


def _plan_lagmote(dates: CaseDates) -> _Plan:
    last = _last(dates.lagmoter_held)
    if last is None:
        return _Plan(after="forste_lagmote")
    return _deadline_plan("lagmote", "lagmote", last, None, _planned_after(dates, last))


def _plan_evaluering(dates: CaseDates, interval_days: int) -> _Plan:
    last = _last(dates.evalueringer)
    after, start = ("iverksetting", dates.iverksetting) if last is None else ("evaluering", last)
    # The standard words one rule for all evaluations, counted from iverksetting.
    rule = deadline("evaluering", "iverksetting").text
    wanted = dates.next_evaluering
    if last is not None and wanted is not None and wanted > last:
        interval_days = min(interval_days, (wanted - last).days)  # the team's own, sooner
    return _Plan(None, None, start, after, interval_days, rule)


def _plan_avslutning(dates: CaseDates, today: date) -> _Plan:
    end = dates.avslutning
    if end is not None and end > today:
        return _Plan(planned_on=end)
    return _Plan(done_on=end)


def _plans(dates: CaseDates, today: date, evaluation_interval_days: int) -> dict[str, _Plan]:
    return {
        "henvisning": _Plan(done_on=dates.henvisning),
        "inntaksmote": _plan_inntaksmote(dates),
        "oppstartsmote": _deadline_plan(
            "oppstartsmote", "inntaksmote", dates.inntaksmote, dates.oppstartsmote
        ),
        "kartlegging": _Plan(done_on=_first(dates.kartlegginger)),
        "iverksetting": _deadline_plan(
            "iverksetting", "inntaksmote", dates.inntaksmote, dates.iverksetting
        ),
        "forste_lagmote": _plan_forste_lagmote(dates),
        "lagmote": _plan_lagmote(dates),
        "evaluering": _plan_evaluering(dates, evaluation_interval_days),
        "avslutning": _plan_avslutning(dates, today),
    }


def _not_needed(plan: _Plan, end: date | None, today: date) -> bool:
    """Whether an undone step falls outside the follow-up: it has ended, or will before."""
    if end is None:
        return False
    due = plan.due_on
    return end <= today or (due is not None and due > end)


def _state(plan: _Plan, end: date | None, today: date) -> tuple[StepState, int]:
    """The state and the days late for one step."""
    due = plan.due_on
    if plan.done_on is not None:
        late = (plan.done_on - due).days if due is not None else 0
        return (StepState.DONE_LATE, late) if late > 0 else (StepState.DONE, 0)
    if _not_needed(plan, end, today):
        return StepState.NOT_NEEDED, 0
    if due is None:
        return StepState.WAITING, 0
    if today > due:
        return StepState.OVERDUE, (today - due).days
    return StepState.DUE, 0


def _status(key: str, plan: _Plan, end: date | None, today: date) -> StepStatus:
    state, late = _state(plan, end, today)
    keep_dates = state is not StepState.NOT_NEEDED
    return StepStatus(
        key=key,
        name=step_kind(key).name,
        state=state,
        done_on=plan.done_on,
        planned_on=plan.planned_on if keep_dates else None,
        due_on=plan.due_on if keep_dates else None,
        days_late=late,
        rule=plan.rule,
        after=plan.after,
    )


def step_timeline(
    dates: CaseDates,
    today: date,
    evaluation_interval_days: int = EVALUATION_INTERVAL_DAYS,
) -> list[StepStatus]:
    """Return one status per step of the standard, in its order, as seen on `today`."""
    plans = _plans(dates, today, evaluation_interval_days)
    return [_status(kind.key, plans[kind.key], dates.avslutning, today) for kind in STEPS]


def late_steps(timeline: Sequence[StepStatus]) -> list[StepStatus]:
    """The overdue steps: what the team must act on now."""
    return [step for step in timeline if step.state is StepState.OVERDUE]


def done_late_steps(timeline: Sequence[StepStatus]) -> list[StepStatus]:
    """The steps that were done, but after their deadline (history to learn from)."""
    return [step for step in timeline if step.state is StepState.DONE_LATE]


def next_lagmote_due(dates: CaseDates) -> date | None:
    """When the next lagmøte is due: the first one after oppstartsmøtet, then after the last.

    None when there is nothing to count from yet, or the follow-up ends before that day.
    """
    last = _last(dates.lagmoter_held)
    if last is not None:
        due: date | None = last + timedelta(days=LAGMOTE_INTERVAL_DAYS)
    else:
        due = _plan_forste_lagmote(dates).due_on
    if due is None or (dates.avslutning is not None and dates.avslutning < due):
        return None
    return due


def _gaps(days: Sequence[date], interval_days: int) -> list[tuple[date, date, int]]:
    pairs = pairwise(sorted(days))
    return [(a, b, (b - a).days) for a, b in pairs if (b - a).days > interval_days]


def lagmote_gaps(dates: CaseDates) -> list[tuple[date, date, int]]:
    """Held lagmøter further apart than the standard allows: (previous, next, days)."""
    return _gaps(dates.lagmoter_held, LAGMOTE_INTERVAL_DAYS)


def evaluering_gaps(
    dates: CaseDates, evaluation_interval_days: int = EVALUATION_INTERVAL_DAYS
) -> list[tuple[date, date, int]]:
    """Evaluations further apart than the interval, counting from iverksetting."""
    start = () if dates.iverksetting is None else (dates.iverksetting,)
    return _gaps((*start, *dates.evalueringer), evaluation_interval_days)
