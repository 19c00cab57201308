"""Where everything on the step timeline goes, as plain numbers (no Qt, no painting).

The widget measures text with its fonts and hands the measuring functions in; these
functions decide the columns, the marker positions, how names wrap onto two lines and where
each line of text sits. Every step owns one column, and all its text stays inside the
column, so labels never overlap. `StepTimeline.paintEvent` only paints what they return.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

Measure = Callable[[str], float]
ELLIPSIS = "…"


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in widget pixels."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom

    def intersects(self, other: Box) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def grown(self, by: float) -> Box:
        return Box(self.x - by, self.y - by, self.width + 2 * by, self.height + 2 * by)


@dataclass(frozen=True)
class TimelineMetrics:
    """The measurements the layout needs, in pixels, taken from the widget's fonts."""

    name_line_height: float
    detail_line_height: float
    marker_radius: float
    ring_gap: float
    margin: float
    spacing: float
    name_lines: int = 2
    detail_lines: int = 5

    @property
    def marker_room(self) -> float:
        """Half the height the marker and its focus ring need."""
        return self.marker_radius * DIAMOND_SCALE + self.ring_gap


# A diamond looks smaller than a circle of the same radius; a small marker is for steps
# that have nothing to show yet.
DIAMOND_SCALE = 1.25
SMALL_SCALE = 0.7


@dataclass(frozen=True)
class StepTexts:
    """What one step shows: its name, a date line, and an optional warning line."""

    name: str
    detail: str
    warning: str | None = None
    shape: str = "circle"


@dataclass(frozen=True)
class TextLine:
    """One line of text and the box it is centred in."""

    text: str
    box: Box
    strong: bool = False


@dataclass(frozen=True)
class StepGeometry:
    """Where one step's marker, focus ring and text lines go."""

    column: Box
    marker: Box
    focus_ring: Box
    shape: str
    name_lines: tuple[TextLine, ...]
    detail_lines: tuple[TextLine, ...]


@dataclass(frozen=True)
class TimelineGeometry:
    """The whole timeline: the steps and the line that joins their markers."""

    steps: tuple[StepGeometry, ...]
    line: tuple[float, float, float, float]
    height: float


def column_boxes(width: float, count: int, margin: float, height: float) -> list[Box]:
    """Split the width (less the margins) into `count` equal columns."""
    if count <= 0:
        return []
    column = max(0.0, width - 2 * margin) / count
    edges = [margin + i * column for i in range(count + 1)]
    # Each column ends exactly where the next begins (no rounding overlap).
    return [Box(a, 0.0, b - a, height) for a, b in pairwise(edges)]


def marker_xs(width: float, count: int, margin: float) -> list[float]:
    """The x of each marker: the middle of its column."""
    return [box.centre[0] for box in column_boxes(width, count, margin, 0.0)]


def elide(text: str, max_width: float, measure: Measure) -> str:
    """Cut `text` from the end and add "…" until it fits in `max_width`."""
    if measure(text) <= max_width:
        return text
    for end in range(len(text) - 1, 0, -1):
        candidate = text[:end].rstrip() + ELLIPSIS
        if measure(candidate) <= max_width:
            return candidate
    return ELLIPSIS


def wrap_words(text: str, max_width: float, measure: Measure) -> list[str]:
    """Break `text` into lines at spaces, each as long as fits (a long word stays whole)."""
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and measure(joined) <= max_width:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines


def fit_lines(text: str, max_width: float, max_lines: int, measure: Measure) -> list[str]:
    """Wrap `text` into at most `max_lines` lines, eliding what still does not fit."""
    lines = wrap_words(text, max_width, measure)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], elide(rest + ELLIPSIS, max_width, measure)]
    return [elide(line, max_width, measure) for line in lines]


def longest_word(texts: Sequence[str], measure: Measure) -> float:
    """The width of the widest single word in `texts` (0 when there are none)."""
    return max((measure(word) for text in texts for word in text.split()), default=0.0)


def fit_scale(needed: float, available: float, floor: float) -> float:
    """How much to shrink a font so `needed` fits in `available`: 1 at most, `floor` at least."""
    if needed <= 0 or needed <= available:
        return 1.0
    return max(floor, available / needed)


def marker_centre_y(metrics: TimelineMetrics) -> float:
    """The y of the line and of every marker: below the names, above the dates."""
    names = metrics.name_lines * metrics.name_line_height
    return metrics.margin + names + metrics.spacing / 2 + metrics.marker_room


def timeline_height(metrics: TimelineMetrics) -> float:
    """The height the whole timeline needs."""
    details = metrics.detail_lines * metrics.detail_line_height
    bottom = marker_centre_y(metrics) + metrics.marker_room + metrics.spacing / 2
    return bottom + details + metrics.margin


def marker_box(cx: float, cy: float, radius: float, shape: str) -> Box:
    """The bounding box of a marker of `shape` ("circle", "diamond" or "small")."""
    r = radius * {"diamond": DIAMOND_SCALE, "small": SMALL_SCALE}.get(shape, 1.0)
    return Box(cx - r, cy - r, 2 * r, 2 * r)


def diamond_points(box: Box) -> list[tuple[float, float]]:
    """The corners of a diamond filling `box`: top, right, bottom, left."""
    cx, cy = box.centre
    return [(cx, box.y), (box.right, cy), (cx, box.bottom), (box.x, cy)]


def _stack(
    lines: Sequence[tuple[str, bool]], column: Box, top: float, line_height: float, inset: float
) -> tuple[TextLine, ...]:
    width = max(0.0, column.width - 2 * inset)
    return tuple(
        TextLine(text, Box(column.x + inset, top + i * line_height, width, line_height), strong)
        for i, (text, strong) in enumerate(lines)
    )


def _name_lines(
    texts: StepTexts, column: Box, metrics: TimelineMetrics, measure: Measure
) -> tuple[TextLine, ...]:
    """The name, wrapped, and sitting on the bottom of the name area (near the marker)."""
    width = column.width - metrics.spacing
    lines = fit_lines(texts.name, width, metrics.name_lines, measure)
    top = metrics.margin + (metrics.name_lines - len(lines)) * metrics.name_line_height
    pairs = [(line, False) for line in lines]
    return _stack(pairs, column, top, metrics.name_line_height, metrics.spacing / 2)


def _detail_lines(
    texts: StepTexts,
    column: Box,
    metrics: TimelineMetrics,
    measure: Measure,
    measure_warning: Measure,
) -> tuple[TextLine, ...]:
    """The date line, then the (bold) warning, together at most `detail_lines` lines."""
    width = column.width - metrics.spacing
    pairs = [(line, False) for line in fit_lines(texts.detail, width, 2, measure)]
    room = metrics.detail_lines - len(pairs)
    if texts.warning and room > 0:
        warning = fit_lines(texts.warning, width, room, measure_warning)
        pairs += [(line, True) for line in warning]
    top = marker_centre_y(metrics) + metrics.marker_room + metrics.spacing / 2
    return _stack(pairs, column, top, metrics.detail_line_height, metrics.spacing / 2)


@dataclass(frozen=True)
class _Measures:
    name: Measure
    detail: Measure
    warning: Measure


def _step_geometry(
    texts: StepTexts, column: Box, metrics: TimelineMetrics, measures: _Measures
) -> StepGeometry:
    cx, cy = column.centre[0], marker_centre_y(metrics)
    ring = marker_box(cx, cy, metrics.marker_radius, "circle").grown(metrics.ring_gap)
    return StepGeometry(
        column=column,
        marker=marker_box(cx, cy, metrics.marker_radius, texts.shape),
        focus_ring=ring,
        shape=texts.shape,
        name_lines=_name_lines(texts, column, metrics, measures.name),
        detail_lines=_detail_lines(texts, column, metrics, measures.detail, measures.warning),
    )


def layout_timeline(
    width: float,
    steps: Sequence[StepTexts],
    metrics: TimelineMetrics,
    measure_name: Measure,
    measure_detail: Measure,
    measure_warning: Measure | None = None,
) -> TimelineGeometry:
    """Lay out the timeline for a widget `width` pixels wide.

    `measure_warning` measures the bold warning lines (default: `measure_detail`).
    """
    measures = _Measures(measure_name, measure_detail, measure_warning or measure_detail)
    height = timeline_height(metrics)
    columns = column_boxes(width, len(steps), metrics.margin, height)
    geometry = tuple(
        _step_geometry(texts, column, metrics, measures)
        for texts, column in zip(steps, columns, strict=True)
    )
    cy = marker_centre_y(metrics)
    xs = [column.centre[0] for column in columns] or [0.0]
    return TimelineGeometry(geometry, (xs[0], cy, xs[-1], cy), height)


def step_at(geometry: TimelineGeometry, x: float, y: float) -> int | None:
    """The index of the step whose column holds the point, or None."""
    for index, step in enumerate(geometry.steps):
        if step.column.contains(x, y):
            return index
    return None


def column_width_needed(
    steps: Sequence[StepTexts], metrics: TimelineMetrics, measure_detail: Measure, sample: str
) -> float:
    """The narrowest column where the marker with its focus ring and `sample` text fit."""
    marker = 2 * metrics.marker_room
    text = max([measure_detail(sample), longest_word([s.detail for s in steps], measure_detail)])
    return max(marker, text) + metrics.spacing
