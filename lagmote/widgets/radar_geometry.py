"""Where everything on the kartlegging radar goes, as plain numbers (no Qt, no painting).

Twelve axes, one per area of §7.3: area 1 straight up, the others clockwise. The scale
1..5 runs outwards on rings; the ring of 1 sits at :data:`INNER_SHARE` of the radius, so a
rating of 1 is never the centre and never mistaken for "nothing". A missing rating is a
gap: the series' line breaks there and a hollow mark sits just outside the outer ring.

This module is the public entry: the series, the layout of the whole chart and hit
testing. Where axis labels and the legend go, and the axes' directions they are placed
along, live in :mod:`lagmote.widgets.radar_labels` (re-exported here). Labels and legend
depend only on words and size (:func:`layout_frame`), the series on the values
(:func:`place_series`), so new ratings cost no label layout. The widget measures text with
its fonts and hands the measuring functions in; ``RadarChart.paintEvent`` only paints.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, fields

from lagmote.widgets.radar_labels import (
    AXIS_COUNT,
    AXIS_DIRECTIONS,
    AxisLabel,
    AxisTexts,
    LegendEntry,
    LegendItem,
    Measure,
    Point,
    RadarMetrics,
    TextLine,
    along,
    axis_angle,
    axis_direction,
    clear_radius,
    fit_labels,
    layout_legend,
)
from lagmote.widgets.step_timeline_geometry import Box

# What this module defines, and the label types and axis basics it passes on.
__all__ = [
    "AXIS_COUNT",
    "INNER_SHARE",
    "LOOKS",
    "MAX_SERIES",
    "RING_LABEL_ANGLE",
    "SCALE_MAX",
    "SCALE_MIN",
    "AxisLabel",
    "AxisTexts",
    "GapMark",
    "LegendEntry",
    "LegendItem",
    "Measure",
    "Point",
    "RadarContent",
    "RadarFrame",
    "RadarGeometry",
    "RadarMetrics",
    "RadarSeries",
    "SeriesGeometry",
    "SeriesLook",
    "TalkBand",
    "TextLine",
    "along",
    "axis_angle",
    "axis_at",
    "axis_direction",
    "check_series",
    "layout_frame",
    "layout_radar",
    "marker_points",
    "place_series",
    "point_for",
    "ring_labels",
    "series_look",
    "series_runs",
    "value_radius",
]

SCALE_MIN = 1
SCALE_MAX = 5
MAX_SERIES = 3
# The ring of value 1 as a share of the radius: far enough out to tell 1 from nothing.
INNER_SHARE = 0.2
# The ring numbers sit between the axes of area 12 and area 1.
RING_LABEL_ANGLE = -math.pi / AXIS_COUNT


# --- data ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RadarSeries:
    """One dated (or one person's) set of ratings."""

    label: str  # e.g. "12. mars 2026" or "Ungdommen"
    values: tuple[int | None, ...]  # 12 entries, index = area number - 1; None = not assessed


def check_series(series: Sequence[RadarSeries]) -> None:
    """Raise ValueError unless there are at most three series of twelve values in 1..5."""
    if len(series) > MAX_SERIES:
        raise ValueError(f"At most {MAX_SERIES} series, got {len(series)}")
    for one in series:
        if len(one.values) != AXIS_COUNT:
            raise ValueError(f"{one.label!r}: {len(one.values)} values, expected {AXIS_COUNT}")
        wrong = [v for v in one.values if v is not None and not SCALE_MIN <= v <= SCALE_MAX]
        if wrong:
            raise ValueError(f"{one.label!r}: values outside {SCALE_MIN}..{SCALE_MAX}: {wrong}")


@dataclass(frozen=True)
class SeriesLook:
    """How a series is drawn apart from colour: line, marker shape and weight."""

    line: str  # "solid", "dashed" or "dotted"
    shape: str  # "circle", "square" or "triangle"
    strong: bool


# The primary (latest) series first, then the one before it, then the oldest.
LOOKS = (
    SeriesLook("solid", "circle", True),
    SeriesLook("dashed", "square", False),
    SeriesLook("dotted", "triangle", False),
)


def series_look(index: int, count: int) -> SeriesLook:
    """The look of series ``index`` of ``count`` (oldest first; the last is the primary)."""
    return LOOKS[count - 1 - index]


# --- values and runs -------------------------------------------------------------------------


def value_radius(value: float, radius: float) -> float:
    """How far from the centre ``value`` (1..5) sits: 1 on the inner ring, 5 on the rim."""
    share = (value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)
    return radius * (INNER_SHARE + (1 - INNER_SHARE) * share)


def point_for(index: float, value: float, centre: Point, radius: float) -> Point:
    """Where ``value`` sits on axis ``index``."""
    return along(centre, index, value_radius(value, radius))


def series_runs(values: Sequence[int | None]) -> tuple[tuple[int, ...], ...]:
    """The axes a series' line joins, as runs of consecutive present axes.

    A missing value breaks the line: no segment goes to or from it. A run may wrap from
    the last axis to the first. With every value present the one run is closed: it ends
    where it began (``(0, 1, …, 11, 0)``). A lone present axis is a run of one (a point, no
    line). With no value present there are no runs.
    """
    present = [v is not None for v in values]
    if all(present):
        return ((*range(len(values)), 0),) if values else ()
    start = present.index(False) + 1  # begin after a gap, so a wrapping run stays whole
    runs: list[tuple[int, ...]] = []
    current: list[int] = []
    for step in range(len(values)):
        index = (start + step) % len(values)
        if present[index]:
            current.append(index)
        elif current:
            runs.append(tuple(current))
            current = []
    return (*runs, tuple(current)) if current else tuple(runs)


def marker_points(shape: str, centre: Point, r: float) -> tuple[Point, ...]:
    """The corners of a square or an upward triangle of "radius" ``r`` (a circle: none)."""
    x, y = centre
    if shape == "square":
        s = r * 0.9
        return ((x - s, y - s), (x + s, y - s), (x + s, y + s), (x - s, y + s))
    if shape == "triangle":
        s = r * 1.25
        return ((x, y - s), (x + s * 0.87, y + s * 0.5), (x - s * 0.87, y + s * 0.5))
    return ()


# --- the whole chart -------------------------------------------------------------------------


@dataclass(frozen=True)
class RadarContent:
    """What the chart shows, already cut to what may be seen (hidden values are None)."""

    axes: tuple[AxisTexts, ...]
    series: tuple[tuple[int | None, ...], ...]  # oldest first; the last is the primary
    hidden: frozenset[int]  # area numbers: no points, no marks
    talk: frozenset[int]  # area numbers to mark between the last two series
    legend: tuple[LegendEntry, ...]


@dataclass(frozen=True)
class RadarFrame:
    """What depends on words and size only: the circle, its rings, labels and legend."""

    width: float
    height: float
    centre: Point
    radius: float
    rings: tuple[float, ...]  # radii of the values 1..5
    axis_ends: tuple[Point, ...]
    axis_reach: float  # how far the chart and its gap marks reach from the centre
    labels: tuple[AxisLabel, ...]
    label_mode: str  # "full", "short" or "number"
    ring_labels: tuple[TextLine, ...]
    legend: tuple[LegendItem, ...]
    fits: bool  # False only far below the minimum size: labels may then be clipped


@dataclass(frozen=True)
class GapMark:
    """A hollow mark outside the rim: series ``series`` has no rating on axis ``index``."""

    series: int
    index: int
    centre: Point


@dataclass(frozen=True)
class SeriesGeometry:
    """One series: its point on each axis (None in a gap), its line runs and gap marks."""

    index: int
    look: SeriesLook
    points: tuple[Point | None, ...]
    runs: tuple[tuple[Point, ...], ...]
    gaps: tuple[GapMark, ...]


@dataclass(frozen=True)
class TalkBand:
    """A band along axis ``index`` between the two compared ratings ("snakk om")."""

    index: int
    start: Point
    end: Point


@dataclass(frozen=True)
class RadarGeometry(RadarFrame):
    """The whole chart: the frame, the series (oldest first) and the "snakk om" bands."""

    series: tuple[SeriesGeometry, ...]
    talk: tuple[TalkBand, ...]


def ring_labels(
    centre: Point, radius: float, line: float, measure: Measure
) -> tuple[TextLine, ...]:
    """The numbers 1..5 by their rings, between the axes of areas 12 and 1; only 1 and 5
    when the rings are closer than a line of text, none when even those would touch."""
    step = value_radius(2, radius) - value_radius(1, radius)
    if 4 * step < line:
        return ()
    dx, dy = math.sin(RING_LABEL_ANGLE), -math.cos(RING_LABEL_ANGLE)
    labels = []
    for value in range(SCALE_MIN, SCALE_MAX + 1) if step >= line else (SCALE_MIN, SCALE_MAX):
        r, text = value_radius(value, radius), str(value)
        x, y, w = centre[0] + dx * r, centre[1] + dy * r, measure(text)
        labels.append(TextLine(text, Box(x - w / 2, y - line / 2, w, line)))
    return tuple(labels)


def layout_frame(
    width: float,
    height: float,
    content: RadarContent,
    m: RadarMetrics,
    measures: tuple[Measure, Measure],
) -> RadarFrame:
    """The legend at the bottom, then the largest chart with labels above it; ``measures``
    are (normal, bold). Uses only ``content.axes`` and ``content.legend``."""
    legend, top = layout_legend(content.legend, width, height - m.margin, m, measures[0])
    bottom = top - m.spacing if legend else height - m.margin
    rect = Box(m.margin, m.margin, width - 2 * m.margin, bottom - m.margin)
    mode, fit, fits = fit_labels(content.axes, rect, m, measures)
    return RadarFrame(
        width=width,
        height=height,
        centre=fit.centre,
        radius=fit.radius,
        rings=tuple(value_radius(v, fit.radius) for v in range(SCALE_MIN, SCALE_MAX + 1)),
        axis_ends=tuple(along(fit.centre, i, fit.radius) for i in range(AXIS_COUNT)),
        axis_reach=clear_radius(fit.radius, m),
        labels=fit.labels,
        label_mode=mode,
        ring_labels=ring_labels(fit.centre, fit.radius, m.line_height, measures[0]),
        legend=legend,
        fits=fits,
    )


def _series(
    index: int, content: RadarContent, frame: RadarFrame, m: RadarMetrics
) -> SeriesGeometry:
    """One series' points and runs, and a gap mark on each shown axis it has no value on;
    each series has its own slot across the axis, so marks of several sit side by side."""
    values, count, centre, radius = (
        content.series[index],
        len(content.series),
        frame.centre,
        frame.radius,
    )
    points = [None if v is None else point_for(i, v, centre, radius) for i, v in enumerate(values)]
    runs = tuple(
        tuple(p for i in run if (p := points[i]) is not None) for run in series_runs(values)
    )
    across = (index - (count - 1) / 2) * m.mark_step
    gaps = []
    for i in (i for i, v in enumerate(values) if v is None and i + 1 not in content.hidden):
        (x, y), (dx, dy) = along(centre, i, radius + m.mark_offset), axis_direction(i)
        gaps.append(GapMark(index, i, (x - dy * across, y + dx * across)))
    return SeriesGeometry(index, series_look(index, count), tuple(points), runs, tuple(gaps))


def place_series(frame: RadarFrame, content: RadarContent, m: RadarMetrics) -> RadarGeometry:
    """The series and bands of ``content`` on a laid-out frame."""
    series = tuple(_series(i, content, frame, m) for i in range(len(content.series)))
    talk: tuple[TalkBand, ...] = ()
    if len(series) >= 2:
        pairs = enumerate(zip(series[-2].points, series[-1].points, strict=True))
        talk = tuple(
            TalkBand(i, a, b)
            for i, (a, b) in pairs
            if i + 1 in content.talk and a is not None and b is not None
        )
    parts = {f.name: getattr(frame, f.name) for f in fields(RadarFrame)}
    return RadarGeometry(**parts, series=series, talk=talk)


def layout_radar(
    width: float,
    height: float,
    content: RadarContent,
    m: RadarMetrics,
    measures: tuple[Measure, Measure],
) -> RadarGeometry:
    """The whole chart in a ``width`` × ``height`` widget: frame, then series."""
    return place_series(layout_frame(width, height, content, m, measures), content, m)


# --- hit testing -----------------------------------------------------------------------------


def axis_at(geometry: RadarFrame, x: float, y: float, tolerance: float) -> int | None:
    """The axis at the point: in its label, or within ``tolerance`` of its line between
    the inner ring and the gap marks; None elsewhere (the middle, the legend, the corners)."""
    label = next((a.index for a in geometry.labels if a.box.grown(2).contains(x, y)), None)
    if label is not None:
        return label
    rx, ry = x - geometry.centre[0], y - geometry.centre[1]
    if not geometry.rings[0] / 2 <= math.hypot(rx, ry) <= geometry.axis_reach + tolerance:
        return None
    near = [
        (abs(rx * dy - ry * dx), index)
        for index, (dx, dy) in enumerate(AXIS_DIRECTIONS)
        if rx * dx + ry * dy > 0
    ]
    across, index = min(near, default=(math.inf, -1))
    return index if across <= tolerance else None
