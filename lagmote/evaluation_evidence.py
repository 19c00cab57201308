"""What the record itself says about a period, for the evaluation's evidence page (§7.7).

The program fills this in; the team does not type it. Four things, each as of the end of
the evaluated period, so that an evaluation read later says what it said then:

- each goal's progress, from its first rating to its latest on the ladder (−2..+2);
- the first kartlegging against the latest, per area and perspective;
- lagmøter held on time (§7.6: the first at most a week after oppstartsmøtet, then at most
  six weeks apart);
- action items from the lagmøter kept by their date.

Areas to hide (sensitive ones on a projected screen) are left out of goals and kartlegging.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from lagmote.dates import days_between_words, format_date
from lagmote.i18n import t
from lagmote.kartlegging import AreaChange, AssessmentInfo, KartleggingView, area_changes
from lagmote.meetings import MeetingsView
from lagmote.plan import GoalInfo
from lagmote.standard import GOAL_LADDER, LAGMOTE_INTERVAL_DAYS, PERSPECTIVES, area, deadline

# The ladder's steps by value; their labels are read (translated) when a sentence is built.
_LADDER = {step.value: step for step in GOAL_LADDER}


@dataclass(frozen=True)
class GoalProgress:
    """One goal's first and latest rating up to the end of the period (None: not rated)."""

    text: str
    first: int | None
    latest: int | None
    first_on: date | None
    latest_on: date | None

    @property
    def sentence(self) -> str:
        if self.first is None or self.latest is None:
            return t("Ikke vurdert ennå.")
        if self.first_on == self.latest_on:
            return t("Vurdert én gang: {rating}.").format(rating=_ladder(self.latest))
        return t("Fra {first} til {latest}: {direction}.").format(
            first=_ladder(self.first),
            latest=_ladder(self.latest),
            direction=_direction(self.latest - self.first),
        )


@dataclass(frozen=True)
class MeetingPunctuality:
    """Held lagmøter in the period, and the ones held later than the standard allows."""

    held: int
    late: tuple[tuple[date, int], ...]  # (meeting date, days after its deadline)

    @property
    def on_time(self) -> int:
        return self.held - len(self.late)

    @property
    def sentence(self) -> str:
        if not self.held:
            return t("Ingen lagmøter ble holdt i perioden.")
        words = t("{on_time} av {held} lagmøter ble holdt innen fristen.")
        text = words.format(on_time=self.on_time, held=self.held)
        for on, days in self.late:
            late = t("{date}: {days} for sent.")
            text += " " + late.format(date=format_date(on), days=days_between_words(days))
        return text


@dataclass(frozen=True)
class ActionsKept:
    """Action items due in the period: kept by their date, kept late, or still not done."""

    due: int
    kept: int
    kept_late: int
    not_done: int

    @property
    def sentence(self) -> str:
        if not self.due:
            return t("Ingen oppgaver fra lagmøtene hadde frist i perioden.")
        words = t(
            "{kept} av {due} oppgaver fra lagmøtene ble gjort innen fristen, "
            "{kept_late} ble gjort for sent, og {not_done} er ikke gjort."
        )
        return words.format(
            kept=self.kept, due=self.due, kept_late=self.kept_late, not_done=self.not_done
        )


@dataclass(frozen=True)
class Evidence:
    """The four kinds of evidence for one period (``start`` None: from the beginning)."""

    start: date | None
    end: date
    goals: tuple[GoalProgress, ...]
    first: AssessmentInfo | None
    latest: AssessmentInfo | None
    changes: dict[str, tuple[AreaChange, ...]]  # perspective → area changes
    meetings: MeetingPunctuality
    actions: ActionsKept
    hidden: frozenset[int] = frozenset()

    def kartlegging_sentences(self) -> tuple[str, ...]:
        if self.first is None or self.latest is None or self.first.id == self.latest.id:
            return (t("Det trengs minst to kartlegginger for å se endring."),)
        words = t("Første kartlegging {first}, siste {latest}.")
        first, latest = format_date(self.first.assessed_on), format_date(self.latest.assessed_on)
        lines = [words.format(first=first, latest=latest)]
        for code, name in PERSPECTIVES.items():
            moved = [c for c in self.changes.get(code, ()) if c.delta]
            if moved:
                parts = ", ".join(f"{area(c.area).name} {c.first} → {c.latest}" for c in moved)
                lines.append(t("{whose}: {changes}.").format(whose=name, changes=parts))
            else:
                lines.append(t("{whose}: ingen endring.").format(whose=name))
        if self.hidden:
            lines.append(t("Skjulte områder er ikke tatt med."))
        return tuple(lines)


def build_evidence(
    goals: tuple[GoalInfo, ...],
    kartlegging: KartleggingView,
    meetings: MeetingsView,
    start: date | None,
    end: date,
    hidden: frozenset[int] = frozenset(),
) -> Evidence:
    """The evidence for the period up to ``end`` (ratings after it are left out)."""
    until = KartleggingView(
        kartlegging.youth_id,
        tuple(a for a in kartlegging.assessments if a.assessed_on <= end),
        kartlegging.marked_sensitive,
    )
    shown = tuple(g for g in goals if g.fields.area not in hidden and g.created_on <= end)
    return Evidence(
        start=start,
        end=end,
        goals=tuple(goal_progress(g, end) for g in shown),
        first=until.assessments[0] if until.assessments else None,
        latest=until.latest,
        changes={code: area_changes(until, code, hidden) for code in PERSPECTIVES},
        meetings=meeting_punctuality(meetings, start, end),
        actions=actions_kept(meetings, start, end),
        hidden=hidden,
    )


def goal_progress(goal: GoalInfo, end: date) -> GoalProgress:
    rated = [r for r in goal.ratings if r.rated_on <= end]
    if not rated:
        return GoalProgress(goal.fields.text, None, None, None, None)
    first, latest = rated[0], rated[-1]
    return GoalProgress(
        goal.fields.text, first.value, latest.value, first.rated_on, latest.rated_on
    )


def meeting_punctuality(view: MeetingsView, start: date | None, end: date) -> MeetingPunctuality:
    """Each held lagmøte in the period against its deadline: a week after oppstartsmøtet
    for the first, six weeks after the one before for the rest."""
    held = sorted(m.meeting_on for m in view.meetings if m.held and m.meeting_on <= end)
    first_days = deadline("forste_lagmote", "oppstartsmote").days
    counted, late = 0, []
    for index, on in enumerate(held):
        if start is not None and on < start:
            continue
        counted += 1
        if index:
            due: date | None = held[index - 1] + timedelta(days=LAGMOTE_INTERVAL_DAYS)
        else:
            opp = view.dates.oppstartsmote
            due = opp + timedelta(days=first_days) if opp is not None else None
        if due is not None and on > due:
            late.append((on, (on - due).days))
    return MeetingPunctuality(counted, tuple(late))


def actions_kept(view: MeetingsView, start: date | None, end: date) -> ActionsKept:
    """The action items whose date fell in the period, and how they went by its end."""
    due = kept = kept_late = not_done = 0
    for meeting in view.meetings:
        for item in meeting.action_items:
            if item.due_on is None or item.due_on > end:
                continue
            if start is not None and item.due_on < start:
                continue
            due += 1
            done = item.done_on if item.done_on is not None and item.done_on <= end else None
            if done is None:
                not_done += 1
            elif done <= item.due_on:
                kept += 1
            else:
                kept_late += 1
    return ActionsKept(due, kept, kept_late, not_done)


def _ladder(value: int) -> str:
    sign = "+" if value > 0 else ""
    return f"{sign}{value} «{_LADDER[value].label.lower()}»"


def _direction(delta: int) -> str:
    if abs(delta) == 1:
        return t("1 trinn bedre") if delta > 0 else t("1 trinn dårligere")
    if delta > 0:
        return t("{n} trinn bedre").format(n=delta)
    if delta < 0:
        return t("{n} trinn dårligere").format(n=-delta)
    return t("uendret")
