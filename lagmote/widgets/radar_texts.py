"""The words of the kartlegging radar: axis labels, legend, tooltips and the screen reader's
summary.

Plain functions of the series, the hidden areas and the areas to talk about, kept apart
from the painting so that the page and the tests can use the very sentences the widget
shows and reads out. A hidden area gives away nothing here: its label is "Skjult", its
tooltip says only that it is hidden, the summary names neither the area nor its ratings,
and it is never marked as something to talk about.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from lagmote.standard import AREAS, KARTLEGGING_SCALE
from lagmote.widgets.radar_geometry import AxisTexts, LegendEntry, RadarSeries

TALK_SYMBOL = "◆"
NOT_ASSESSED_SYMBOL = "○"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RadarChart", text)


def accessible_name() -> str:
    return _tr("Kartlegging som diagram")


def hidden_label() -> str:
    return _tr("Skjult")


def hidden_tooltip() -> str:
    return _tr("Dette området er skjult nå.")


def not_assessed() -> str:
    return _tr("ikke vurdert")


def talk_words() -> str:
    return _tr("Snakk om")


def shown_talk(talk_about: frozenset[int], hidden: frozenset[int]) -> frozenset[int]:
    """The areas to mark: a hidden area is never marked (the mark would tell that the
    ratings differ)."""
    return talk_about - hidden


def axis_texts(hidden: frozenset[int], talk: frozenset[int]) -> tuple[AxisTexts, ...]:
    """Each axis' full name, short name and number; "Skjult" for a hidden area; "◆ " and
    bold for an area to talk about."""
    texts = []
    for area in AREAS:
        if area.number in hidden:
            texts.append(AxisTexts(hidden_label(), hidden_label(), str(area.number), muted=True))
        elif area.number in talk:
            mark = f"{TALK_SYMBOL} "
            full, short, number = mark + area.name, mark + area.short_name, mark + str(area.number)
            texts.append(AxisTexts(full, short, number, bold=True))
        else:
            texts.append(AxisTexts(area.name, area.short_name, str(area.number)))
    return tuple(texts)


def step_words(value: int) -> str:
    """ "3 – Litt bekymring: Noe går bra, men …" for a value on the scale."""
    step = next(s for s in KARTLEGGING_SCALE if s.value == value)
    return f"{value} – {step.label}: {step.description}"


def rating_line(series: RadarSeries, index: int) -> str:
    """ "<label>: <value> – <step label>: <description>" or "<label>: ikke vurdert"."""
    value = series.values[index]
    return f"{series.label}: {not_assessed() if value is None else step_words(value)}"


def talk_sentence() -> str:
    return _tr("{mark} Snakk om: vurderingene er 2 eller mer fra hverandre.").format(
        mark=TALK_SYMBOL
    )


def tooltip_text(
    index: int, series: Sequence[RadarSeries], hidden: frozenset[int], talk: frozenset[int]
) -> str:
    """The area's full name, then each series' rating (oldest first); only "Dette området
    er skjult nå." for a hidden area."""
    area = AREAS[index]
    if area.number in hidden:
        return hidden_tooltip()
    lines = [area.name, *(rating_line(one, index) for one in series)]
    if area.number in talk:
        lines.append(talk_sentence())
    if not series:
        lines.append(_tr("Ingen kartlegging å vise."))
    return "\n".join(lines)


def _short_rating(series: RadarSeries, index: int) -> str:
    value = series.values[index]
    if value is None:
        return f"{series.label}: {not_assessed()}"
    step = next(s for s in KARTLEGGING_SCALE if s.value == value)
    return f"{series.label}: {value} ({step.label})"


def accessible_description(
    series: Sequence[RadarSeries], hidden: frozenset[int], talk: frozenset[int]
) -> str:
    """What the chart shows, in words: the series, then one line per area with every
    series' rating; a hidden area only as "Område 4: skjult nå."."""
    if not series:
        head = _tr("Ingen kartlegging å vise. Skalaen går fra 1 (stor bekymring) til 5 (bra).")
    else:
        head = _tr("{count} vurderinger, den siste er tydeligst: {labels}.").format(
            count=len(series), labels=", ".join(s.label for s in series)
        )
        head += " " + _tr("Skalaen går fra 1 (stor bekymring) til 5 (bra – en styrke).")
    lines = [head]
    for index, area in enumerate(AREAS):
        if area.number in hidden:
            lines.append(_tr("Område {number}: skjult nå.").format(number=area.number))
            continue
        ratings = "; ".join(_short_rating(one, index) for one in series)
        line = f"{area.name}: {ratings}." if ratings else f"{area.name}."
        if area.number in talk:
            line += " " + _tr("Snakk om: vurderingene er 2 eller mer fra hverandre.")
        lines.append(line)
    return "\n".join(lines)


def legend_entries(
    series: Sequence[RadarSeries], talk: bool, gaps: bool
) -> tuple[LegendEntry, ...]:
    """One entry per series (oldest first), then the "snakk om" mark and the gap mark when
    the chart shows them; a note when there is nothing to show."""
    if not series:
        return (LegendEntry("note", _tr("Ingen kartlegging å vise ennå.")),)
    entries = [LegendEntry("series", one.label, i) for i, one in enumerate(series)]
    if talk:
        entries.append(
            LegendEntry("talk", _tr("{mark} Snakk om: 2 eller mer mellom").format(mark=TALK_SYMBOL))
        )
    if gaps:
        entries.append(LegendEntry("gap", _tr("Ikke vurdert")))
    return tuple(entries)
