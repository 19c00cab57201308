"""The words of the goal ladder: rung labels, pills, tooltips and the accessible name.

Plain functions of a :class:`~lagmote.plan.GoalInfo`, kept apart from the painting so that
the page and the tests can use the same sentences the widget shows and reads out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lagmote.dates import format_date
from lagmote.plan import GoalInfo, GoalRatingInfo
from lagmote.standard import GOAL_LADDER
from lagmote.widgets.ladder_geometry import (
    LADDER_TOP_DOWN,
    LadderWords,
    RungTexts,
    format_value,
    key_for_value,
)

NOW_SYMBOL = "●"
START_SYMBOL = "◇"
# Long texts are cut in tooltips and the accessible name: they are there to orient.
TOOLTIP_CHARS = 400
NAME_CHARS = 120


def _tr(text: str) -> str:
    return QCoreApplication.translate("GoalLadder", text)


def cut(text: str, most: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def standard_label(value: int) -> str:
    """The plain words the standard gives a ladder value, e.g. "Litt bedre enn ventet"."""
    return next(step.label for step in GOAL_LADDER if step.value == value)


def rung_texts(goal: GoalInfo | None) -> tuple[RungTexts, ...]:
    """The five rungs top to bottom: standard label, and the goal's own description."""
    rungs = []
    for value in LADDER_TOP_DOWN:
        label = standard_label(value)
        if value == 0:
            label = _tr("{label} – dette sikter vi mot").format(label=label)
        own = goal.level_text(value).strip() if goal is not None else ""
        rungs.append(RungTexts(value, label, own or _tr("Ikke beskrevet ennå.")))
    return tuple(rungs)


def rating_words(rating: GoalRatingInfo) -> str:
    """The value and its plain words: "+1 Litt bedre enn ventet"."""
    return f"{format_value(rating.value)} {standard_label(rating.value)}"


def accessible_name(goal: GoalInfo | None) -> str:
    """The name a screen reader says: "Mål: … Nå: +1 Litt bedre enn ventet. Start: −2." """
    if goal is None:
        return _tr("Målstige")
    name = _tr("Mål: {text}.").format(text=cut(goal.fields.text, NAME_CHARS).rstrip("."))
    if goal.latest is None:
        return name + " " + _tr("Ikke vurdert ennå.")
    name += " " + _tr("Nå: {rating}.").format(rating=rating_words(goal.latest))
    if goal.first is not None and len(goal.ratings) > 1:
        name += " " + _tr("Start: {value}.").format(value=format_value(goal.first.value))
    return name


def accessible_description(rungs: tuple[RungTexts, ...]) -> str:
    """How to rate, then every rung's value, label and description, one a line."""
    lines = [f"{format_value(r.value)} {r.label}: {cut(r.description, NAME_CHARS)}" for r in rungs]
    return "\n".join([keyboard_hint(), *lines])


def keyboard_hint() -> str:
    return _tr(
        "Vurder i dag: trykk tallet ved trinnet (1–5) eller klikk. − og + flytter ett trinn."
    )


def pill_texts() -> tuple[str, str]:
    """The marker words for the first and the latest rating: "◇ Start" and "● Nå"."""
    return f"{START_SYMBOL} {_tr('Start')}", f"{NOW_SYMBOL} {_tr('Nå')}"


def rating_tooltip(rating: GoalRatingInfo) -> str:
    """The date (and lagmøte), value and words of a rating, then its note if it has one."""
    when = format_date(rating.rated_on)
    if rating.lagmote_id is not None:
        when = _tr("{date} (lagmøte)").format(date=when)
    lines = [f"{when}: {rating_words(rating)}"]
    if rating.note.strip():
        lines.append(cut(rating.note, TOOLTIP_CHARS))
    return "\n".join(lines)


def rung_tooltip(rung: RungTexts) -> str:
    """A rung's value, label and whole description, and the key that chooses it."""
    text = f"{format_value(rung.value)} {rung.label}: {cut(rung.description, TOOLTIP_CHARS)}"
    key = _tr("Tast {key} velger dette trinnet.").format(key=key_for_value(rung.value))
    return f"{text}\n{key}"


def ladder_words(goal: GoalInfo | None) -> LadderWords:
    """The hint, the note for no ratings, and the start and latest dates under the trend."""
    first = goal.first if goal is not None else None
    latest = goal.latest if goal is not None else None
    return LadderWords(
        hint=keyboard_hint(),
        empty=_tr("Ikke vurdert ennå"),
        start=f"{START_SYMBOL} {format_date(first.rated_on)}" if first else "",
        now=f"{NOW_SYMBOL} {format_date(latest.rated_on)}" if latest else "",
    )
