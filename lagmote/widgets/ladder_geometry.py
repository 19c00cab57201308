"""Where everything on the goal ladder goes, as plain numbers (no Qt, no painting).

The goal ladder (Goal Attainment Scaling) has five rungs, +2 at the top and −2 at the
bottom, 0 being the expected result. Each rung is one row of equal height: the key that
rates it, its value, a marker slot for the first rating ("Start") and one for the latest
("Nå"), then its label and plain-words description, wrapped and elided. To the right, the
trend of every rating over time shares the rows' heights, so a point sits level with its
rung. The widget measures text with its fonts and hands the measuring functions in;
:func:`layout_ladder` returns boxes, and ``GoalLadder.paintEvent`` only paints them.

The keyboard mapping lives here too (:func:`value_for_key`), so it is tested without Qt.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from lagmote.widgets.step_timeline_geometry import ELLIPSIS, Box

Measure = Callable[[str], float]

LADDER_TOP_DOWN = (2, 1, 0, -1, -2)
EXPECTED_VALUE = 0
# Keys 1..5 rate −2..+2 (so the keys read bottom to top, like the ladder); − and + step.
KEY_VALUES = {"1": -2, "2": -1, "3": 0, "4": 1, "5": 2}
STEP_KEYS = {"-": -1, "−": -1, "+": 1}
# No line on screen holds more characters than this; longer text is cut before measuring,
# so a 20,000-character description costs no more to lay out than a short one.
DISPLAY_CAP = 600
_RTL_CLASSES = frozenset({"R", "AL"})


# --- values and keys -------------------------------------------------------------------------


def format_value(value: int) -> str:
    """A ladder value as people write it: "+2", "+1", "0", "−1" (a real minus), "−2"."""
    if value > 0:
        return f"+{value}"
    return f"−{-value}" if value < 0 else "0"


def key_for_value(value: int) -> str:
    """The digit key that rates ``value`` ("1" for −2 … "5" for +2)."""
    return next(key for key, v in KEY_VALUES.items() if v == value)


def value_for_key(text: str, current: int | None) -> int | None:
    """The value a keypress asks for, or None when the key is not a rating key.

    Digits 1–5 name a rung; − and + step one rung from ``current`` (from 0 when there is no
    rating yet) and stop at the ends. A step past an end asks for nothing.
    """
    if text in KEY_VALUES:
        return KEY_VALUES[text]
    if text not in STEP_KEYS:
        return None
    start = EXPECTED_VALUE if current is None else current
    target = start + STEP_KEYS[text]
    return target if -2 <= target <= 2 and target != current else None


# --- text ------------------------------------------------------------------------------------


def text_direction(text: str) -> str:
    """Say "rtl" when the first strong character is right-to-left (Arabic, Hebrew …)."""
    for char in text[:DISPLAY_CAP]:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def elide(text: str, max_width: float, measure: Measure, force_mark: bool = False) -> str:
    """``text`` if it fits, else its longest start that fits with "…" after it.

    A binary search over the length, so a long text costs a handful of measurements.
    With ``force_mark`` the mark is added even when the text fits (the text was cut).
    """
    text = text[:DISPLAY_CAP]
    if not force_mark and measure(text) <= max_width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + ELLIPSIS) <= max_width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low or measure(ELLIPSIS) <= max_width else ""


def fit_lines(text: str, max_width: float, max_lines: int, measure: Measure) -> list[str]:
    """Wrap ``text`` at spaces into at most ``max_lines`` lines, each fitting ``max_width``;
    what does not fit is elided with "…" at the end of the last line."""
    if max_lines <= 0:
        return []
    lines: list[str] = []
    words = text[: DISPLAY_CAP * max_lines].split()
    for index, word in enumerate(words):
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and measure(joined) <= max_width:
            lines[-1] = joined
        elif len(lines) == max_lines:
            rest = " ".join([lines[-1], *words[index:]])
            head = [elide(line, max_width, measure) for line in lines[:-1]]
            return [*head, elide(rest, max_width, measure, force_mark=True)]
        else:
            lines.append(word)
    cut = len(text) > DISPLAY_CAP * max_lines
    last = len(lines) - 1
    return [elide(line, max_width, measure, cut and i == last) for i, line in enumerate(lines)]


# --- layout ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LadderMetrics:
    """The measurements the layout needs, in pixels, taken from the widget's fonts."""

    line_height: float
    value_width: float
    key_width: float
    pill_width: float
    point_radius: float
    margin: float
    spacing: float
    description_lines: int = 2
    trend_share: float = 0.3
    trend_min: float = 140.0
    trend_max: float = 420.0

    @property
    def row_height(self) -> float:
        """One rung: a label line and the description lines, with room around them."""
        return (1 + self.description_lines) * self.line_height + self.spacing


@dataclass(frozen=True)
class RungTexts:
    """What one rung shows: its value, the standard label and the goal's own description."""

    value: int
    label: str
    description: str


@dataclass(frozen=True)
class Label:
    """One line of text, the box it sits in, and how it aligns there."""

    text: str
    box: Box
    bold: bool = False
    align: str = "left"  # "left", "right" or "centre"
    muted: bool = False
    rtl: bool = False  # laid out right to left (Arabic, Hebrew …): aligned right, "…" left


@dataclass(frozen=True)
class RungGeometry:
    """Where one rung's row, key, value and text lines go."""

    value: int
    row: Box
    key: Box
    value_box: Box
    lines: tuple[Label, ...]

    @property
    def expected(self) -> bool:
        return self.value == EXPECTED_VALUE


@dataclass(frozen=True)
class TrendPoint:
    """One rating on the trend: its index in the ratings, value, position and kind."""

    index: int
    value: int
    x: float
    y: float
    kind: str  # "start", "now" or "between"


@dataclass(frozen=True)
class LadderWords:
    """The words the layout places: the hint, the note for no ratings, the two date labels."""

    hint: str
    empty: str
    start: str = ""
    now: str = ""


@dataclass(frozen=True)
class LadderGeometry:
    """The whole ladder: rungs top to bottom, marker pills, the trend and the text lines."""

    width: float
    height: float
    rungs: tuple[RungGeometry, ...]
    trend: Box
    points: tuple[TrendPoint, ...]
    start_pill: Box | None
    now_pill: Box | None
    labels: tuple[Label, ...]

    def rung(self, value: int) -> RungGeometry:
        return self.rungs[LADDER_TOP_DOWN.index(value)]


def ladder_height(metrics: LadderMetrics) -> float:
    """Margins, five rungs, a line for the dates and a line for the keyboard hint."""
    return 2 * metrics.margin + 5 * metrics.row_height + 2 * metrics.line_height + metrics.spacing


def trend_width(width: float, metrics: LadderMetrics) -> float:
    inner = max(0.0, width - 2 * metrics.margin)
    return min(metrics.trend_max, max(metrics.trend_min, inner * metrics.trend_share))


def text_left(metrics: LadderMetrics) -> float:
    """Where the rung labels start: after the key, the value and the two marker slots."""
    fixed = metrics.key_width + metrics.value_width + 2 * metrics.pill_width
    return metrics.margin + fixed + 4 * metrics.spacing


def minimum_width(metrics: LadderMetrics, text_room: float) -> float:
    return text_left(metrics) + text_room + metrics.spacing + metrics.trend_min + metrics.margin


def _slot(metrics: LadderMetrics, row: Box, which: int) -> Box:
    """Marker slot 0 ("Start") or 1 ("Nå") in ``row``, vertically centred on the label line."""
    x = metrics.margin + metrics.key_width + metrics.value_width + 2 * metrics.spacing
    x += which * (metrics.pill_width + metrics.spacing)
    return Box(x, row.y + metrics.spacing / 2, metrics.pill_width, metrics.line_height)


def _rung_lines(
    texts: RungTexts,
    row: Box,
    span: tuple[float, float],
    metrics: LadderMetrics,
    measures: tuple[Measure, Measure],
) -> tuple[Label, ...]:
    """The bold label on the first line, then the description wrapped below it."""
    (left, right), (bold, measure) = span, measures
    width = max(0.0, right - left)
    top = row.y + metrics.spacing / 2
    label_box = Box(left, top, width, metrics.line_height)
    lines = [Label(elide(texts.label, width, bold), label_box, bold=True)]
    description = texts.description.strip()
    rtl = text_direction(description) == "rtl"
    for i, line in enumerate(fit_lines(description, width, metrics.description_lines, measure)):
        box = Box(left, top + (i + 1) * metrics.line_height, width, metrics.line_height)
        lines.append(Label(line, box, align="right" if rtl else "left", rtl=rtl))
    return tuple(lines)


def _rung(
    texts: RungTexts,
    index: int,
    width: float,
    metrics: LadderMetrics,
    measures: tuple[Measure, Measure],
) -> RungGeometry:
    top = metrics.margin + index * metrics.row_height
    row = Box(metrics.margin, top, width - 2 * metrics.margin, metrics.row_height)
    line_y = row.y + metrics.spacing / 2
    key = Box(metrics.margin + metrics.spacing / 2, line_y, metrics.key_width, metrics.line_height)
    value_box = Box(key.right + metrics.spacing, line_y, metrics.value_width, metrics.line_height)
    right = width - metrics.margin - trend_width(width, metrics) - metrics.spacing
    lines = _rung_lines(texts, row, (text_left(metrics), right), metrics, measures)
    return RungGeometry(texts.value, row, key, value_box, lines)


def point_x(day: date, first: date, last: date, box: Box, inset: float) -> float:
    """Where ``day`` falls on the trend: first at the left, last at the right (a single day
    in the middle)."""
    span = (last - first).days
    if span <= 0:
        return box.centre[0]
    inner = max(0.0, box.width - 2 * inset)
    return box.x + inset + inner * (day - first).days / span


def trend_points(
    ratings: Sequence[tuple[date, int]], box: Box, centre_y: Callable[[int], float], inset: float
) -> tuple[TrendPoint, ...]:
    """The ratings (oldest first) as points; the first is "start", the last "now"."""
    if not ratings:
        return ()
    first, last = ratings[0][0], ratings[-1][0]
    last_index = len(ratings) - 1
    return tuple(
        TrendPoint(
            index,
            value,
            point_x(day, first, last, box, inset),
            centre_y(value),
            "now" if index == last_index else "start" if index == 0 else "between",
        )
        for index, (day, value) in enumerate(ratings)
    )


def _date_labels(
    words: LadderWords, box: Box, spacing: float, measure: Measure, count: int
) -> list[Label]:
    """The start date under the left end of the trend and the latest under its right end;
    only the latest when there is one rating or no room for both."""
    if count == 0:
        return [Label(elide(words.empty, box.width, measure), box, align="centre", muted=True)]
    both = measure(words.start) + measure(words.now) + spacing <= box.width
    if count == 1 or not both:
        align = "centre" if count == 1 else "right"
        return [Label(elide(words.now, box.width, measure), box, align=align, muted=True)]
    return [Label(words.start, box, muted=True), Label(words.now, box, align="right", muted=True)]


def layout_ladder(
    width: float,
    rungs: Sequence[RungTexts],
    ratings: Sequence[tuple[date, int]],
    metrics: LadderMetrics,
    measures: tuple[Measure, Measure],
    words: LadderWords,
) -> LadderGeometry:
    """Lay out the ladder for a widget ``width`` pixels wide.

    ``rungs`` come top to bottom (+2 first); ``ratings`` are (day, value), oldest first;
    ``measures`` are (bold, normal) text measurers.
    """
    measure = measures[1]
    geometry = tuple(_rung(t, i, width, metrics, measures) for i, t in enumerate(rungs))
    bottom = metrics.margin + len(rungs) * metrics.row_height
    tw = trend_width(width, metrics)
    trend = Box(width - metrics.margin - tw, metrics.margin, tw, bottom - metrics.margin)
    centres = {g.value: g.row.centre[1] for g in geometry}
    points = trend_points(ratings, trend, centres.__getitem__, 2 * metrics.point_radius)
    line_y = bottom + metrics.spacing / 2
    dates_box = Box(trend.x, line_y, trend.width, metrics.line_height)
    labels = _date_labels(words, dates_box, metrics.spacing, measure, len(ratings))
    hint_y = line_y + metrics.line_height
    hint = Box(metrics.margin, hint_y, trend.right - metrics.margin, metrics.line_height)
    labels.append(Label(elide(words.hint, hint.width, measure), hint, muted=True))
    start, now = _pills(geometry, ratings, metrics)
    height = ladder_height(metrics)
    return LadderGeometry(width, height, geometry, trend, points, start, now, tuple(labels))


def _pills(
    rungs: Sequence[RungGeometry], ratings: Sequence[tuple[date, int]], metrics: LadderMetrics
) -> tuple[Box | None, Box | None]:
    """The "Start" pill on the first rating's rung and the "Nå" pill on the latest's; with a
    single rating only "Nå"."""
    if not ratings:
        return None, None
    by_value = {g.value: g.row for g in rungs}
    now = _slot(metrics, by_value[ratings[-1][1]], 1)
    start = _slot(metrics, by_value[ratings[0][1]], 0) if len(ratings) > 1 else None
    return start, now


# --- hit testing ------------------------------------------------------------------------------


def rung_at(geometry: LadderGeometry, x: float, y: float) -> int | None:
    """The value of the rung whose row holds the point (left of the trend), or None."""
    if x >= geometry.trend.x:
        return None
    return next((g.value for g in geometry.rungs if g.row.contains(x, y)), None)


def point_at(geometry: LadderGeometry, x: float, y: float, radius: float) -> int | None:
    """The index of the rating nearest the point within ``radius``, or None."""
    near = [
        ((p.x - x) ** 2 + (p.y - y) ** 2, p.index)
        for p in geometry.points
        if abs(p.x - x) <= radius and abs(p.y - y) <= radius
    ]
    return min(near)[1] if near else None
