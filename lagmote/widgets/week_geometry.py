"""Where everything on the week grid goes, as plain numbers (no Qt, no painting).

The grid has an hour axis on the left, a row of day names on top, and seven day columns,
Monday to Sunday. These functions decide the hours shown (07:00–23:00, grown to fit every
entry), the column and hour positions, the boxes of the entries (overlapping entries share
their column side by side, in lanes), what a point hits (an entry's body, its bottom edge
for resizing, or an empty place), and what a drag or a key press turns an entry into,
snapped to 15 minutes. `WeekGrid.paintEvent` only paints what they return.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from itertools import pairwise

from lagmote.plan import MINUTES_PER_DAY, EntryFields
from lagmote.week import SNAP_MINUTES, FreeStretch
from lagmote.widgets.step_timeline_geometry import ELLIPSIS, Box, Measure, wrap_words

DAYS = 7
DEFAULT_HOURS = (7, 23)
CREATE_MINUTES = 60  # an entry made with the keyboard lasts an hour


@dataclass(frozen=True)
class GridMetrics:
    """The measurements the layout needs, in pixels, taken from the widget's fonts."""

    axis_width: float  # the hour labels on the left
    header_height: float  # the day names on top
    min_hour_height: float
    margin: float
    lane_gap: float  # between overlapping entries, and between an entry and its column
    resize_edge: float  # the bottom band of an entry that resizes it
    legend_height: float = 0.0  # the key to the kinds, under the grid


@dataclass(frozen=True)
class GridFrame:
    """The grid's frame at one size: the hours shown and the day columns."""

    width: float
    height: float
    first_hour: int
    last_hour: int
    hour_height: float
    columns: tuple[Box, ...]  # the hour area of each day, Monday first
    headers: tuple[Box, ...]  # the day name above each column

    @property
    def top(self) -> float:
        return self.columns[0].y

    @property
    def bottom(self) -> float:
        return self.columns[0].bottom

    @property
    def left(self) -> float:
        return self.columns[0].x

    @property
    def right(self) -> float:
        return self.columns[-1].right

    def y_of(self, minute: float) -> float:
        """The y of a time of day (minutes from midnight)."""
        return self.top + (minute / 60 - self.first_hour) * self.hour_height

    def minute_at(self, y: float) -> float:
        """The time of day at ``y``, kept within the hours shown."""
        minute = (self.first_hour + (y - self.top) / self.hour_height) * 60
        return max(self.first_hour * 60.0, min(self.last_hour * 60.0, minute))

    def day_at(self, x: float) -> int:
        """The day column at ``x``, the nearest one when ``x`` is left or right of them."""
        for day, column in enumerate(self.columns):
            if x < column.right:
                return day
        return DAYS - 1

    def hour_ys(self) -> list[tuple[int, float]]:
        """Each full hour shown, with the y of its line."""
        return [(h, self.y_of(h * 60)) for h in range(self.first_hour, self.last_hour + 1)]


@dataclass(frozen=True)
class EntryBox:
    """Where one entry goes: its index in the entries given, its id, box and lane."""

    index: int
    entry_id: int
    box: Box
    lane: int
    lanes: int


class Part(Enum):
    """What a point on the grid hits."""

    BODY = "body"  # an entry: drag to move
    EDGE = "edge"  # an entry's bottom edge: drag to resize
    EMPTY = "empty"  # an empty place in a day column: drag to create
    OUTSIDE = "outside"  # the axis, the day names or the margin


@dataclass(frozen=True)
class Hit:
    part: Part
    index: int | None = None  # the entry's index, for BODY and EDGE
    weekday: int | None = None
    minute: float | None = None


@dataclass(frozen=True)
class Stop:
    """A place the keyboard focus can rest on: an entry, or an empty hour to create in."""

    weekday: int
    start: int
    end: int
    index: int | None = None  # the entry's index; None for an empty hour


# --- hours and columns ---------------------------------------------------------------------


def hour_range(
    entries: Sequence[EntryFields], default: tuple[int, int] = DEFAULT_HOURS
) -> tuple[int, int]:
    """The hours to show: ``default``, grown to whole hours around every entry."""
    first, last = default
    for e in entries:
        start = max(0, min(e.start_minute, MINUTES_PER_DAY))
        end = max(start, min(e.end_minute, MINUTES_PER_DAY))
        first = min(first, start // 60)
        last = max(last, math.ceil(end / 60))
    return first, last


def grid_height(hours: tuple[int, int], metrics: GridMetrics, hour_height: float) -> float:
    """The height the whole grid needs with ``hour_height`` pixels an hour."""
    first, last = hours
    chrome = metrics.margin * 2 + metrics.header_height + metrics.legend_height
    return chrome + (last - first) * hour_height


def day_edges(left: float, right: float) -> list[float]:
    """The x of the edges of the 7 equal day columns between ``left`` and ``right``."""
    width = max(0.0, right - left) / DAYS
    return [left + i * width for i in range(DAYS + 1)]


def layout_frame(
    width: float, height: float, hours: tuple[int, int], metrics: GridMetrics
) -> GridFrame:
    """The frame for a widget of this size: the hours stretch to fill the height, but never
    below ``min_hour_height`` (the widget then asks for more room)."""
    first, last = hours
    top = metrics.margin + metrics.header_height
    available = height - top - metrics.margin - metrics.legend_height
    hour_height = max(metrics.min_hour_height, available / max(1, last - first))
    bottom = top + hour_height * (last - first)
    edges = day_edges(metrics.margin + metrics.axis_width, width - metrics.margin)
    columns = tuple(Box(a, top, b - a, bottom - top) for a, b in pairwise(edges))
    headers = tuple(
        Box(a, metrics.margin, b - a, metrics.header_height) for a, b in pairwise(edges)
    )
    return GridFrame(width, height, first, last, hour_height, columns, headers)


# --- entries -------------------------------------------------------------------------------


def _valid_span(fields: EntryFields) -> tuple[int, int]:
    """An entry's span kept inside one day and at least one snap long, so that even an
    invalid entry gets a box that can be seen and grabbed."""
    start = max(0, min(fields.start_minute, MINUTES_PER_DAY - SNAP_MINUTES))
    end = max(start + SNAP_MINUTES, min(fields.end_minute, MINUTES_PER_DAY))
    return start, end


def assign_lanes(entries: Sequence[EntryFields]) -> list[tuple[int, int]]:
    """For each entry, its lane and the number of lanes of its group of overlapping entries.

    Entries of one day that overlap (directly or through others) form a group; each gets
    the first lane free at its start (the longest of those starting together on the left),
    and the group is split into as many lanes as it needs.
    """
    result = [(0, 1)] * len(entries)
    for day in range(DAYS):
        order = sorted(
            (i for i, e in enumerate(entries) if e.weekday == day),
            key=lambda i: _lane_order(entries[i], i),
        )
        for group in _overlap_groups(order, entries):
            _fill_lanes(group, entries, result)
    return result


def _lane_order(fields: EntryFields, index: int) -> tuple[int, int, int]:
    """Earliest first; of those starting together the longest first, so it keeps the left."""
    start, end = _valid_span(fields)
    return start, -end, index


def _overlap_groups(order: list[int], entries: Sequence[EntryFields]) -> list[list[int]]:
    groups: list[list[int]] = []
    group_end = -1
    for i in order:
        start, end = _valid_span(entries[i])
        if groups and start < group_end:
            groups[-1].append(i)
            group_end = max(group_end, end)
        else:
            groups.append([i])
            group_end = end
    return groups


def _fill_lanes(
    group: list[int], entries: Sequence[EntryFields], result: list[tuple[int, int]]
) -> None:
    lane_ends: list[int] = []
    lanes: dict[int, int] = {}
    for i in group:
        start, end = _valid_span(entries[i])
        lane = next((n for n, e in enumerate(lane_ends) if e <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        lanes[i] = lane
    for i in group:
        result[i] = (lanes[i], len(lane_ends))


def span_box(
    frame: GridFrame, fields: EntryFields, metrics: GridMetrics, lane: int = 0, lanes: int = 1
) -> Box:
    """The box of an entry in its day column (in lane ``lane`` of ``lanes``)."""
    column = frame.columns[max(0, min(DAYS - 1, fields.weekday))]
    start, end = _valid_span(fields)
    gap = metrics.lane_gap
    lane_width = (column.width - gap) / max(1, lanes)
    x = column.x + gap + lane * lane_width
    top, bottom = frame.y_of(start), frame.y_of(end)
    return Box(x, top + 1, max(1.0, lane_width - gap), max(1.0, bottom - top - 2))


def layout_entries(
    frame: GridFrame, entries: Sequence[tuple[int, EntryFields]], metrics: GridMetrics
) -> tuple[EntryBox, ...]:
    """The boxes of ``(id, fields)`` pairs, overlapping ones side by side."""
    lanes = assign_lanes([fields for _, fields in entries])
    return tuple(
        EntryBox(i, entry_id, span_box(frame, fields, metrics, lane, count), lane, count)
        for i, ((entry_id, fields), (lane, count)) in enumerate(zip(entries, lanes, strict=True))
    )


def free_boxes(
    frame: GridFrame, stretches: Sequence[FreeStretch], metrics: GridMetrics
) -> list[tuple[FreeStretch, Box]]:
    """The shaded box of each free stretch: its whole column, between its times."""
    boxes = []
    for stretch in stretches:
        column = frame.columns[max(0, min(DAYS - 1, stretch.weekday))]
        top, bottom = frame.y_of(stretch.start), frame.y_of(stretch.end)
        inset = metrics.lane_gap / 2
        boxes.append((stretch, Box(column.x + inset, top, column.width - 2 * inset, bottom - top)))
    return boxes


def text_rows(box: Box, line_height: float, padding: float) -> int:
    """How many lines of text fit in an entry's box (at least one: a short entry still
    shows its first line, clipped to the box)."""
    return max(1, int((box.height - padding) // line_height))


@dataclass(frozen=True)
class BoxTexts:
    """What an entry's box can say: its title, its kind's word, its times and place."""

    title: str
    word: str
    span: str
    place: str = ""


def box_lines(
    texts: BoxTexts, rows: int, width: float, measure_bold: Measure, measure: Measure
) -> list[tuple[str, bool]]:
    """The lines of an entry's box, (text, bold), most important first.

    The title leads (wrapped, or the kind's word when there is none); then the kind's word
    and the times, together on a line when they fit, else on their own; then the place.
    A time is shown whole or not at all. With room for one line only, "Kind: title" when
    it fits, else the title alone (the pattern and the legend still tell the kind).
    """
    title = texts.title.strip()
    if title.casefold() == texts.word.casefold():
        title = ""  # "Skole" titled "Skole": say it once
    if rows <= 1:
        joined = f"{texts.word}: {title}" if title else ""
        text = joined if joined and measure_bold(joined) <= width else title or texts.word
        return [(elide(text, width, measure_bold), True)]
    details = _detail_lines(texts, bool(title), width, measure)
    title_rows = max(1, rows - len(details)) if rows >= 3 else 1
    head = _wrapped(title or texts.word, width, title_rows, measure_bold)
    fitting = [t for t in details if t != texts.span or measure(t) <= width]
    tail = fitting[: rows - len(head)]
    return [(line, True) for line in head] + [(elide(t, width, measure), False) for t in tail]


def elide(text: str, width: float, measure: Measure) -> str:
    """``text`` cut at the end with "…" to fit ``width`` (a binary search over the length,
    so a 200-character title costs a handful of measurements)."""
    if measure(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + ELLIPSIS) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low else ELLIPSIS


def _wrapped(text: str, width: float, rows: int, measure: Measure) -> list[str]:
    """``text`` broken at spaces into at most ``rows`` lines, the last one elided."""
    lines = wrap_words(text, width, measure) or [text]
    if len(lines) > rows:
        lines = [*lines[: rows - 1], " ".join(lines[rows - 1 :])]
    return [elide(line, width, measure) for line in lines]


def _detail_lines(texts: BoxTexts, titled: bool, width: float, measure: Measure) -> list[str]:
    place = [texts.place.strip()] if texts.place.strip() else []
    if not titled:  # the word is the title already
        return [texts.span, *place]
    joined = f"{texts.word} · {texts.span}"
    if measure(joined) <= width:
        return [joined, *place]
    return [texts.word, texts.span, *place]


def flow(widths: Sequence[float], width: float, gap: float) -> list[tuple[int, float]]:
    """Items of these widths in rows no wider than ``width``: each item's (row, x)."""
    placed: list[tuple[int, float]] = []
    row, x = 0, 0.0
    for item in widths:
        if x > 0 and x + item > width:
            row, x = row + 1, 0.0
        placed.append((row, x))
        x += item + gap
    return placed


# --- hit testing ---------------------------------------------------------------------------


def hit_test(
    frame: GridFrame, boxes: Sequence[EntryBox], metrics: GridMetrics, x: float, y: float
) -> Hit:
    """What is at (x, y): the topmost entry (its bottom edge or body), or an empty place."""
    for entry in reversed(boxes):
        if entry.box.contains(x, y):
            edge = min(metrics.resize_edge, entry.box.height / 3)
            part = Part.EDGE if y >= entry.box.bottom - edge else Part.BODY
            return Hit(part, entry.index, frame.day_at(x), frame.minute_at(y))
    inside = frame.left <= x < frame.right and frame.top <= y < frame.bottom
    if not inside:
        return Hit(Part.OUTSIDE)
    return Hit(Part.EMPTY, None, frame.day_at(x), frame.minute_at(y))


# --- changes by mouse and keyboard ---------------------------------------------------------


def snap(minute: float, step: int = SNAP_MINUTES) -> int:
    """The nearest multiple of ``step`` minutes."""
    return math.floor(minute / step + 0.5) * step


def created_span(anchor: float, current: float) -> tuple[int, int]:
    """The span a drag on empty space makes, whichever way it goes (at least one snap)."""
    start, end = sorted((snap(anchor), snap(current)))
    start = max(0, min(start, MINUTES_PER_DAY - SNAP_MINUTES))
    return start, max(start + SNAP_MINUTES, min(end, MINUTES_PER_DAY))


def moved(fields: EntryFields, weekday: int, start: float) -> EntryFields:
    """The entry on ``weekday`` from ``start`` (snapped), as long as before, within the day."""
    length = max(SNAP_MINUTES, fields.end_minute - fields.start_minute)
    length = min(length, MINUTES_PER_DAY)
    begin = max(0, min(snap(start), MINUTES_PER_DAY - length))
    day = max(0, min(DAYS - 1, weekday))
    return replace(fields, weekday=day, start_minute=begin, end_minute=begin + length)


def resized(fields: EntryFields, end: float) -> EntryFields:
    """The entry ending at ``end`` (snapped), at least one snap long, by midnight at most."""
    low = fields.start_minute + SNAP_MINUTES
    return replace(fields, end_minute=max(low, min(snap(end), MINUTES_PER_DAY)))


def nudged(fields: EntryFields, minutes: int = 0, days: int = 0) -> EntryFields:
    """The entry moved by whole minutes and days (the keyboard's Alt+arrows)."""
    return moved(fields, fields.weekday + days, fields.start_minute + minutes)


def stretched(fields: EntryFields, minutes: int) -> EntryFields:
    """The entry with its end moved by ``minutes`` (the keyboard's Shift+Alt+arrows)."""
    return resized(fields, fields.end_minute + minutes)


def drag_move(
    fields: EntryFields, weekday: int, anchor_minute: float, minute: float
) -> EntryFields:
    """The entry dragged by its body from ``anchor_minute`` to ``minute`` on ``weekday``."""
    return moved(fields, weekday, fields.start_minute + (minute - anchor_minute))


# --- keyboard stops ------------------------------------------------------------------------


def key_stops(entries: Sequence[EntryFields], hours: tuple[int, int]) -> list[list[Stop]]:
    """For each day, the places the keyboard focus can go, top to bottom: every entry, and
    every whole hour that no entry touches (an empty cell where Enter creates an entry)."""
    first, last = hours
    days: list[list[Stop]] = [[] for _ in range(DAYS)]
    for index, fields in enumerate(entries):
        start, end = _valid_span(fields)
        days[max(0, min(DAYS - 1, fields.weekday))].append(Stop(fields.weekday, start, end, index))
    for day, stops in enumerate(days):
        busy = [(s.start, s.end) for s in stops]
        for hour in range(first, last):
            cell = (hour * 60, hour * 60 + CREATE_MINUTES)
            if not any(a < cell[1] and cell[0] < b for a, b in busy):
                stops.append(Stop(day, *cell))
        stops.sort(key=lambda s: (s.start, s.index is None, s.index or 0))
    return days


def stop_at(stops: Sequence[Stop], minute: float) -> int:
    """The index in one day's ``stops`` nearest to ``minute``: one that holds it, else the
    one starting closest (0 when the day has none)."""
    holding = [i for i, s in enumerate(stops) if s.start <= minute < s.end]
    if holding:
        return holding[0]
    distances = [abs(s.start - minute) for s in stops]
    return distances.index(min(distances)) if distances else 0


def stop_index(stops: Sequence[Stop], focus: int | None, cursor: Stop) -> int:
    """Where in one day's ``stops`` the focus is: on the entry with index ``focus``, or on
    the empty hour ``cursor``; else the stop nearest the cursor's time."""
    for i, stop in enumerate(stops):
        if focus is not None and stop.index == focus:
            return i
        if focus is None and stop.index is None and stop.start == cursor.start:
            return i
    return stop_at(stops, cursor.start)


def nearest_empty(stops: Sequence[Stop], cell: Stop) -> Stop:
    """``cell`` if it is still an empty hour of its day, else the empty hour nearest it (or
    ``cell`` itself when the day has none), so the cursor never lies on an entry."""
    empty = [s for s in stops if s.index is None]
    if not empty or cell in empty:
        return cell
    return min(empty, key=lambda s: (abs(s.start - cell.start), s.start))


def empty_cell(weekday: int, minute: float, hours: tuple[int, int]) -> Stop:
    """The empty hour cell around ``minute`` (for a click on empty space)."""
    first, last = hours
    hour = max(first, min(last - 1, int(minute // 60)))
    return Stop(weekday, hour * 60, hour * 60 + CREATE_MINUTES)
