"""Where the parts of one kartlegging area row go: plain functions, no Qt.

A row shows the area's number and name, a line of description, a small trend over all
kartlegginger, and one scale per perspective (the youth's, then the team's): five boxes
1..5, a box for "not assessed", and the chosen step's words beside them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagmote.widgets.step_timeline_geometry import Box

SCALE_CHOICES: tuple[int | None, ...] = (1, 2, 3, 4, 5, None)
PERSPECTIVE_ORDER = ("ungdom", "lag")


@dataclass(frozen=True)
class RowMetrics:
    """Measured text sizes of one theme, in pixels."""

    line_height: float
    label_width: float  # the widest perspective label ("Ungdommen")
    box_width: float  # a digit box
    none_width: float  # the "not assessed" box
    margin: float
    spacing: float
    min_words_width: float  # narrower than this, the step's words go under the boxes


@dataclass(frozen=True)
class ScaleGeometry:
    perspective: str
    label: Box
    boxes: tuple[Box, ...]  # in SCALE_CHOICES order
    words: Box


@dataclass(frozen=True)
class RowGeometry:
    name: Box
    description: Box
    trend: Box
    scales: tuple[ScaleGeometry, ...]
    height: float

    def scale(self, perspective: str) -> ScaleGeometry:
        return next(s for s in self.scales if s.perspective == perspective)


def row_height(metrics: RowMetrics, stacked: bool = False) -> float:
    """Name, description and two scales, each scale a little taller than a line (and a
    line more when its words go under the boxes)."""
    scale = _scale_height(metrics) + (metrics.line_height if stacked else 0.0)
    return 2 * metrics.margin + 2 * metrics.line_height + 2 * scale + 2 * metrics.spacing


def is_stacked(width: float, metrics: RowMetrics) -> bool:
    """True when the words beside the boxes would be too narrow to read."""
    inline = layout_row(width, metrics, stacked=False).scales[0].words.width
    return inline < metrics.min_words_width


def _scale_height(metrics: RowMetrics) -> float:
    return metrics.line_height * 1.5


def layout_row(width: float, metrics: RowMetrics, stacked: bool | None = None) -> RowGeometry:
    """The row at ``width``; ``stacked`` (by default: when needed) puts each scale's words
    on a line of their own under its boxes."""
    if stacked is None:
        stacked = is_stacked(width, metrics)
    m, line = metrics, metrics.line_height
    inner = max(width - 2 * m.margin, 1.0)
    trend_width = min(line * 6, inner / 4)
    name = Box(m.margin, m.margin, inner - trend_width - m.spacing, line)
    trend = Box(m.margin + inner - trend_width, m.margin, trend_width, 2 * line)
    description = Box(m.margin, m.margin + line, name.width, line)
    top = m.margin + 2 * line + m.spacing
    scales = []
    for perspective in PERSPECTIVE_ORDER:
        scales.append(_scale(perspective, top, inner, metrics, stacked))
        top += _scale_height(metrics) + m.spacing + (line if stacked else 0.0)
    height = row_height(metrics, stacked)
    return RowGeometry(name, description, trend, tuple(scales), height)


def _scale(
    perspective: str, top: float, inner: float, m: RowMetrics, stacked: bool
) -> ScaleGeometry:
    height = _scale_height(m)
    label = Box(m.margin, top, m.label_width, height)
    x = label.right + m.spacing
    boxes = []
    for choice in SCALE_CHOICES:
        width = m.box_width if choice is not None else m.none_width
        boxes.append(Box(x, top, width, height))
        x += width + m.spacing / 2
    if stacked:
        start = label.right + m.spacing
        words = Box(start, top + height, max(m.margin + inner - start, 0.0), m.line_height)
    else:
        words = Box(x + m.spacing / 2, top, max(m.margin + inner - x - m.spacing / 2, 0.0), height)
    return ScaleGeometry(perspective, label, tuple(boxes), words)


def choice_at(geometry: RowGeometry, x: float, y: float) -> tuple[str, int | None] | None:
    """The perspective and the value (None: not assessed) of the box under the point."""
    for scale in geometry.scales:
        for choice, box in zip(SCALE_CHOICES, scale.boxes, strict=True):
            if box.contains(x, y):
                return scale.perspective, choice
    return None


def trend_points(
    box: Box, values: tuple[int | None, ...]
) -> tuple[tuple[float, float] | None, ...]:
    """Where each rating of the trend sits (None stays a gap): evenly across the box, 1 at
    the bottom and 5 at the top."""
    if not values:
        return ()
    step = box.width / max(len(values) - 1, 1)
    inset = box.height * 0.15
    span = box.height - 2 * inset
    points: list[tuple[float, float] | None] = []
    for i, value in enumerate(values):
        if value is None:
            points.append(None)
            continue
        x = box.x + (i * step if len(values) > 1 else box.width / 2)
        points.append((x, box.bottom - inset - (value - 1) / 4 * span))
    return tuple(points)
