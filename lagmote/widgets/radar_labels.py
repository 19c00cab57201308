"""Where the words around the kartlegging radar go: axis labels and the legend, as plain
numbers (no Qt, no painting).

Axis labels sit outside the chart, each just far enough out along its axis to clear the
circle and the gap marks; the radius is the largest at which every label stays inside the
rect without touching another. Full area names (wrapped) are used when they cost little
radius, short names when room is short, area numbers as a last resort. The legend flows in
centred rows under the chart. Both depend only on words and size, never on the ratings, and
text is measured by functions the widget hands in.

Kept apart from :mod:`lagmote.widgets.radar_geometry` (the chart itself, and the public
entry: it re-exports the types here) so that each stays small. Labels are placed along the
axes, so the axes' directions live here too, at the bottom of the radar's modules.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations

from lagmote.widgets.ladder_geometry import elide
from lagmote.widgets.step_timeline_geometry import Box

Measure = Callable[[str], float]
Point = tuple[float, float]

AXIS_COUNT = 12
# Full names are used when they leave at least this share of the radius short names would.
FULL_NAME_SHARE = 0.75
FULL_NAME_LINES = 3
_SEARCH_STEPS = 12  # halvings of the radius: a fraction of a pixel at 1920×1080


# --- axes ------------------------------------------------------------------------------------


def axis_angle(index: float) -> float:
    """Radians clockwise from straight up for axis ``index`` (0 is area 1)."""
    return 2 * math.pi * (index % AXIS_COUNT) / AXIS_COUNT


def _direction(index: float) -> Point:
    angle = axis_angle(index)
    return math.sin(angle), -math.cos(angle)


# Every axis' unit vector, index = area number - 1 (worked out once: hit testing asks often).
AXIS_DIRECTIONS = tuple(_direction(i) for i in range(AXIS_COUNT))


def axis_direction(index: float) -> Point:
    """The unit vector of axis ``index`` in widget coordinates (y grows downwards); a
    fractional index points between two axes."""
    return AXIS_DIRECTIONS[index] if isinstance(index, int) else _direction(index)


def along(centre: Point, index: float, distance: float) -> Point:
    dx, dy = axis_direction(index)
    return centre[0] + dx * distance, centre[1] + dy * distance


# --- labels ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RadarMetrics:
    """The measurements the layout needs, in pixels, taken from the widget's fonts."""

    line_height: float
    margin: float
    spacing: float
    mark_radius: float  # the hollow "not assessed" marks outside the rim
    sample_width: float  # a legend's line sample
    min_radius: float  # below this the chart is too small to read; labels give way first

    @property
    def mark_offset(self) -> float:
        """From the rim to the middle of a "not assessed" mark."""
        return self.mark_radius + self.spacing / 2

    @property
    def mark_step(self) -> float:
        """Between the marks of two series on one axis, across the axis."""
        return self.mark_radius * 2.6


def clear_radius(radius: float, metrics: RadarMetrics) -> float:
    """Labels keep this far from the centre: past the rim, the gap marks and a space."""
    outermost = math.hypot(radius + metrics.mark_offset, metrics.mark_step)
    return outermost + metrics.mark_radius + metrics.spacing


@dataclass(frozen=True)
class AxisTexts:
    """What an axis may be called, longest first, and how its label is written."""

    full: str
    short: str
    number: str
    bold: bool = False
    muted: bool = False


@dataclass(frozen=True)
class TextLine:
    """One line of text and the box it fills (its measured width)."""

    text: str
    box: Box


@dataclass(frozen=True)
class AxisLabel:
    """An axis' label: its lines, the box around them, and how it is written."""

    index: int
    lines: tuple[TextLine, ...]
    box: Box
    bold: bool
    muted: bool


@dataclass(frozen=True)
class _Block:
    texts: AxisTexts
    lines: tuple[str, ...]
    widths: tuple[float, ...]
    size: tuple[float, float]  # width and height of the whole label


def wrap_words(text: str, max_width: float, measure: Measure, max_lines: int) -> tuple[str, ...]:
    """Wrap at spaces into at most ``max_lines`` lines of ``max_width``; what is left joins
    the last line (the label's box is measured, so it stays true)."""
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and (measure(joined) <= max_width or len(lines) == max_lines):
            lines[-1] = joined
        else:
            lines.append(word)
    return tuple(lines)


def _blocks(
    texts: Sequence[AxisTexts], mode: str, measures: tuple[Measure, Measure], line: float
) -> list[_Block]:
    """Every label's lines in ``mode``; full names wrap at the widest single word."""

    def pick(t: AxisTexts) -> Measure:
        return measures[1] if t.bold else measures[0]

    if mode == "full":
        width = max(pick(t)(w) for t in texts for w in t.full.split())
        lines = [wrap_words(t.full, width, pick(t), FULL_NAME_LINES) for t in texts]
    else:
        lines = [(t.short if mode == "short" else t.number,) for t in texts]
    blocks = []
    for t, ls in zip(texts, lines, strict=True):
        widths = tuple(pick(t)(text) for text in ls)
        blocks.append(_Block(t, ls, widths, (max(widths, default=0.0), line * len(ls))))
    return blocks


def label_reach(direction: Point, width: float, height: float, clear: float) -> float:
    """How far out along its axis a label of ``width`` × ``height`` goes so that no part of
    it comes nearer the centre than ``clear``.

    The label's box leans away from the axis (:func:`label_box`), so only a part of it lies
    back towards the centre: ``(1 − |dx|) / 2`` of its width and ``(1 − |dy|) / 2`` of its
    height. Its distance from the centre grows first along one side alone, then along both
    (a corner); each stretch is solved exactly, so layout needs no search here.
    """
    ux, uy = abs(direction[0]), abs(direction[1])
    ax, ay = (1 - ux) / 2 * width, (1 - uy) / 2 * height
    tx = ax / ux if ux > 1e-9 else math.inf
    ty = ay / uy if uy > 1e-9 else math.inf
    (u, a), later = ((ux, ax), ty) if tx <= ty else ((uy, ay), tx)
    reach = (clear + a) / u
    if reach <= later:
        return reach
    b = ax * ux + ay * uy
    return b + math.sqrt(b * b - (ax * ax + ay * ay - clear * clear))


def label_box(index: int, size: tuple[float, float], centre: Point, clear: float) -> Box:
    """A label's box just outside ``clear``, leaning away from the axis on the side the axis
    points to (to the right of an axis on the right, centred above the top axis …)."""
    (dx, dy), (width, height) = axis_direction(index), size
    px, py = along(centre, index, label_reach((dx, dy), width, height, clear))
    return Box(px + (dx - 1) / 2 * width, py + (dy - 1) / 2 * height, width, height)


def label_boxes(
    sizes: Sequence[tuple[float, float]], centre: Point, clear: float, gap: float
) -> list[Box]:
    """Every label's box. The top and the bottom label move further out (up, down) when
    they would touch their neighbours: a wide widget has room above and below long before
    it has room at the sides."""
    boxes = [label_box(i, size, centre, clear) for i, size in enumerate(sizes)]
    for index, up in ((0, True), (AXIS_COUNT // 2, False)):
        box = boxes[index]
        hits = [n for n in (boxes[index - 1], boxes[index + 1]) if box.grown(gap).intersects(n)]
        if not hits:
            continue
        y = min(n.y for n in hits) - gap - box.height if up else max(n.bottom for n in hits) + gap
        boxes[index] = Box(box.x, min(box.y, y) if up else max(box.y, y), box.width, box.height)
    return boxes


def _place(block: _Block, index: int, box: Box, line: float) -> AxisLabel:
    """The label's lines in its box: left-aligned on the right, right-aligned on the left,
    centred at the top and the bottom."""
    dx = axis_direction(index)[0]
    lean = 0.0 if dx > 0.3 else 1.0 if dx < -0.3 else 0.5
    lines = tuple(
        TextLine(text, Box(box.x + (box.width - w) * lean, box.y + i * line, w, line))
        for i, (text, w) in enumerate(zip(block.lines, block.widths, strict=True))
    )
    return AxisLabel(index, lines, box, block.texts.bold, block.texts.muted)


def inside(box: Box, rect: Box) -> bool:
    return (
        rect.x <= box.x <= box.right <= rect.right and rect.y <= box.y <= box.bottom <= rect.bottom
    )


def overlapping(boxes: Sequence[Box], gap: float) -> bool:
    return any(a.grown(gap).intersects(b) for a, b in combinations(boxes, 2))


@dataclass(frozen=True)
class _Fit:
    radius: float
    centre: Point
    labels: tuple[AxisLabel, ...]


def _labels(
    blocks: list[_Block], centre: Point, clear: float, m: RadarMetrics
) -> tuple[AxisLabel, ...]:
    boxes = label_boxes([b.size for b in blocks], centre, clear, m.spacing / 2)
    return tuple(
        _place(b, i, box, m.line_height)
        for i, (b, box) in enumerate(zip(blocks, boxes, strict=True))
    )


def _largest_radius(blocks: list[_Block], centre: Point, rect: Box, m: RadarMetrics) -> float:
    """The largest radius at which every label stays inside ``rect`` (−1: none does)."""
    sizes = [b.size for b in blocks]

    def fits(radius: float) -> bool:
        clear = clear_radius(radius, m)
        ring = Box(centre[0] - clear, centre[1] - clear, 2 * clear, 2 * clear)
        boxes = label_boxes(sizes, centre, clear, m.spacing / 2)
        return inside(ring, rect) and all(inside(box, rect) for box in boxes)

    low, high = 0.0, max(0.0, _radius_bound(rect, m))
    if not fits(low):
        return -1.0
    for _ in range(_SEARCH_STEPS):
        middle = (low + high) / 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return low


def _balanced(centre: Point, labels: Sequence[AxisLabel], clear: float, rect: Box) -> Point:
    """The centre moved so that chart and labels together sit in the middle of ``rect``
    (long labels on one side push the chart the other way)."""
    cx, cy = centre
    boxes = [Box(cx - clear, cy - clear, 2 * clear, 2 * clear), *(a.box for a in labels)]
    left, right = min(b.x for b in boxes), max(b.right for b in boxes)
    top, bottom = min(b.y for b in boxes), max(b.bottom for b in boxes)
    return cx + rect.centre[0] - (left + right) / 2, cy + rect.centre[1] - (top + bottom) / 2


def _fit(blocks: list[_Block], rect: Box, m: RadarMetrics) -> _Fit | None:
    """The largest chart whose labels stay inside ``rect`` without touching each other, its
    centre first in the middle of ``rect``, then balanced; None when no chart of at least
    ``min_radius`` fits."""
    best: _Fit | None = None
    centre = rect.centre
    for _ in range(2):
        radius = _largest_radius(blocks, centre, rect, m)
        clear = clear_radius(max(radius, 0.0), m)
        labels = _labels(blocks, centre, clear, m)
        apart = not overlapping([a.box for a in labels], m.spacing / 2)
        if radius >= m.min_radius and apart and (best is None or radius > best.radius):
            best = _Fit(radius, centre, labels)
        balanced = _balanced(centre, labels, clear, rect)
        if math.dist(balanced, centre) < 0.5:
            break
        centre = balanced
    return best


def _radius_bound(rect: Box, m: RadarMetrics) -> float:
    """No chart in ``rect`` is bigger than this, whatever its labels (a line above and below)."""
    clear = min(rect.width / 2, rect.height / 2 - m.line_height)
    return clear - m.mark_offset - m.mark_radius - m.spacing


def fit_labels(
    texts: Sequence[AxisTexts], rect: Box, m: RadarMetrics, measures: tuple[Measure, Measure]
) -> tuple[str, _Fit, bool]:
    """The label mode ("full", "short" or "number"), the fit, and whether it fits at all.

    Full names win unless they shrink the chart below :data:`FULL_NAME_SHARE` of what
    short names allow (short names are not tried when full names come close enough to the
    largest chart possible). When nothing fits (a widget far below its minimum size),
    numbers go round a quarter-size chart and the fit is reported as not fitting.
    """
    full = _fit(_blocks(texts, "full", measures, m.line_height), rect, m)
    if full is not None and full.radius >= FULL_NAME_SHARE * _radius_bound(rect, m):
        return "full", full, True
    short = _fit(_blocks(texts, "short", measures, m.line_height), rect, m)
    if full is not None and (short is None or full.radius >= FULL_NAME_SHARE * short.radius):
        return "full", full, True
    if short is not None:
        return "short", short, True
    numbers = _blocks(texts, "number", measures, m.line_height)
    found = _fit(numbers, rect, m)
    if found is not None:
        return "number", found, True
    radius = max(0.0, min(rect.width, rect.height) / 4)
    return (
        "number",
        _Fit(radius, rect.centre, _labels(numbers, rect.centre, clear_radius(radius, m), m)),
        False,
    )


# --- legend ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LegendEntry:
    """One thing the legend explains: a series (by index), "talk", "gap" or a "note"."""

    kind: str
    text: str
    series: int = -1


@dataclass(frozen=True)
class LegendItem:
    """Where a legend entry's sample and text go."""

    entry: LegendEntry
    sample: Box
    text: TextLine


def layout_legend(
    entries: Sequence[LegendEntry], width: float, bottom: float, m: RadarMetrics, measure: Measure
) -> tuple[tuple[LegendItem, ...], float]:
    """Legend items in centred rows that end at ``bottom``, and the top of the first row.
    Items flow left to right and wrap; a text too long for a whole row is elided."""
    room = max(0.0, width - 2 * m.margin)
    gap, between = m.spacing / 2, m.spacing * 2
    rows: list[list[tuple[LegendEntry, str, float]]] = []
    used = 0.0
    for entry in entries:
        lead = 0.0 if entry.kind == "note" else m.sample_width + gap  # a note has no sample
        text = elide(entry.text, max(0.0, room - lead), measure)
        size = lead + measure(text)
        if not rows or used + between + size > room:
            rows.append([])
            used = -between
        used += between + size
        rows[-1].append((entry, text, size))
    top = bottom - len(rows) * m.line_height
    items: list[LegendItem] = []
    for r, row in enumerate(rows):
        x = (width - sum(size for *_, size in row) - between * (len(row) - 1)) / 2
        y = top + r * m.line_height
        for entry, text, size in row:
            sample = Box(x, y, 0.0 if entry.kind == "note" else m.sample_width, m.line_height)
            left = sample.right + (gap if sample.width else 0.0)
            line = TextLine(text, Box(left, y, x + size - left, m.line_height))
            items.append(LegendItem(entry, sample, line))
            x += size + between
    return tuple(items), top
