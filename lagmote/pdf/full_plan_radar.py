"""The kartlegging radar of the full plan, drawn with reportlab.graphics.

Twelve spokes, one per area (area 1 straight up, the others clockwise), rings for the
values 1–5, and the first and the latest kartlegging as two lines. The two differ in more
than colour, so the chart reads in black and white too: the first is dashed with hollow
squares, the latest solid and heavier with filled circles (the screen radar's looks). A
missing rating is a gap in the line, never a point at zero. The area's number and short
name sit at the end of its spoke; the table beside the chart has the full names.

Where things go comes from :mod:`lagmote.widgets.radar_geometry` (plain numbers, no Qt),
which counts y downwards as a screen does; :func:`flip` turns that into reportlab's
upward y.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, String
from reportlab.lib.colors import Color, HexColor, white

from lagmote.full_plan_parts import RadarLine, RadarPart
from lagmote.pdf.common import DARK_BLUE, GRID, REGULAR, TEXT_WIDTH, WARM_BLUE, register_fonts
from lagmote.widgets.radar_geometry import (
    AXIS_COUNT,
    RING_LABEL_ANGLE,
    SCALE_MAX,
    SCALE_MIN,
    Point,
    SeriesLook,
    along,
    axis_direction,
    marker_points,
    point_for,
    series_look,
    series_runs,
    value_radius,
)

RADIUS: Final = 105.0
LABEL_GAP: Final = 8.0
LABEL_SIZE: Final = 8.5
RING_SIZE: Final = 7.0
LEGEND_LINE: Final = 14.0
LEGEND_ROOM: Final = 2 * LEGEND_LINE + 8
TOP_ROOM: Final = RADIUS + LABEL_GAP + 2 * LABEL_SIZE
HEIGHT: Final = 2 * TOP_ROOM + LEGEND_ROOM
CENTRE: Final[Point] = (TEXT_WIDTH / 2, TOP_ROOM)  # y downwards, from the top
# The latest series' dots sit inside the earlier ones' hollow marks where the two agree.
DOT_SIZE: Final = 2.8
MARK_SIZE: Final = 4.8
DASH: Final = (4, 2.5)
DOT: Final = (1, 2)
# The latest series in warm blue, the earlier ones in the dark text blue: a help on screen
# and in colour, never the only difference.
SERIES_COLOURS: Final[tuple[Color, ...]] = (WARM_BLUE, DARK_BLUE, HexColor("#6b6a85"))
RING_COLOUR: Final = GRID


def flip(point: Point) -> Point:
    """A point counted from the top (y down) as reportlab counts it (y up)."""
    return point[0], HEIGHT - point[1]


def series_points(values: Sequence[int | None]) -> tuple[tuple[Point, ...], ...]:
    """The points of each run of a series' line (a missing value breaks the line), already
    flipped for reportlab. A run of one point is a lone mark with no line."""
    return tuple(
        tuple(flip(point_for(i, v, CENTRE, RADIUS)) for i in run if (v := values[i]) is not None)
        for run in series_runs(values)
    )


def mark_points(values: Sequence[int | None]) -> tuple[Point, ...]:
    """Where a series' marks go: one on each axis that has a value, none in a gap."""
    return tuple(
        flip(point_for(i, v, CENTRE, RADIUS)) for i, v in enumerate(values) if v is not None
    )


def radar_drawing(part: RadarPart, labels: Sequence[str]) -> Drawing:
    """The radar of one perspective; ``labels`` are the twelve spokes' texts, area 1 first."""
    register_fonts()
    drawing = Drawing(TEXT_WIDTH, HEIGHT)
    drawing.add(_grid())
    for index, text in enumerate(labels):
        drawing.add(_axis_label(index, text))
    count = len(part.series)
    for index, line in enumerate(part.series):
        drawing.add(_series(line, series_look(index, count), _colour(index, count)))
    for index, line in enumerate(part.series):
        drawing.add(_legend(index, line, series_look(index, count), _colour(index, count)))
    return drawing


def _colour(index: int, count: int) -> Color:
    return SERIES_COLOURS[count - 1 - index]


def _grid() -> Group:
    grid = Group()
    cx, cy = flip(CENTRE)
    for value in range(SCALE_MIN, SCALE_MAX + 1):
        ring = Circle(cx, cy, value_radius(value, RADIUS), fillColor=None)
        ring.strokeColor, ring.strokeWidth = RING_COLOUR, 0.9 if value == SCALE_MAX else 0.5
        grid.add(ring)
    for index in range(AXIS_COUNT):
        x, y = flip(along(CENTRE, index, RADIUS))
        grid.add(Line(cx, cy, x, y, strokeColor=RING_COLOUR, strokeWidth=0.5))
    for value in range(SCALE_MIN, SCALE_MAX + 1):
        grid.add(_ring_number(value))
    return grid


def _ring_number(value: int) -> String:
    """The value by its ring, between the spokes of areas 12 and 1."""
    r = value_radius(value, RADIUS)
    x = CENTRE[0] + math.sin(RING_LABEL_ANGLE) * r
    y = CENTRE[1] - math.cos(RING_LABEL_ANGLE) * r
    fx, fy = flip((x, y))
    return String(
        fx, fy - RING_SIZE / 3, str(value), fontName=REGULAR, fontSize=RING_SIZE,
        fillColor=DARK_BLUE, textAnchor="middle",
    )  # fmt: skip


def _axis_label(index: int, text: str) -> String:
    """The area's label just past the end of its spoke, anchored away from the circle."""
    dx, dy = axis_direction(index)
    x, y = flip(along(CENTRE, index, RADIUS + LABEL_GAP))
    anchor = "start" if dx > 0.25 else "end" if dx < -0.25 else "middle"
    # dy counts downwards: a label below the circle hangs under its point, one above sits on it
    y -= LABEL_SIZE * (0.85 if dy > 0.5 else 0.35 if dy > -0.5 else -0.1)
    return String(
        x, y, text, fontName=REGULAR, fontSize=LABEL_SIZE, fillColor=DARK_BLUE, textAnchor=anchor
    )


def _series(line: RadarLine, look: SeriesLook, colour: Color) -> Group:
    group = Group()
    width = 2.0 if look.strong else 1.2
    for run in series_points(line.values):
        if len(run) > 1:
            flat = [c for point in run for c in point]
            poly = PolyLine(flat, strokeColor=colour, strokeWidth=width)
            poly.strokeDashArray = _dash(look.line)
            group.add(poly)
    for point in mark_points(line.values):
        group.add(_marker(look, point, colour))
    return group


def _dash(line: str) -> tuple[float, float] | None:
    return {"dashed": DASH, "dotted": DOT}.get(line)


def _marker(look: SeriesLook, centre: Point, colour: Color) -> Circle | Polygon:
    """A filled circle for the latest series; a hollow square or triangle for the others."""
    if look.shape == "circle":
        return Circle(*centre, DOT_SIZE, fillColor=colour, strokeColor=colour, strokeWidth=1)
    corners = marker_points(look.shape, centre, MARK_SIZE)
    flat = [c for point in corners for c in point]
    return Polygon(flat, fillColor=white, strokeColor=colour, strokeWidth=1.2)


def _legend(index: int, line: RadarLine, look: SeriesLook, colour: Color) -> Group:
    """A line sample with its marker and the series' label, under the chart."""
    group = Group()
    y = LEGEND_ROOM - 10 - index * LEGEND_LINE
    x = TEXT_WIDTH / 2 - 110
    sample = PolyLine(
        [x, y, x + 36, y], strokeColor=colour, strokeWidth=2.0 if look.strong else 1.2
    )
    sample.strokeDashArray = _dash(look.line)
    group.add(sample)
    group.add(_marker(look, (x + 18, y), colour))
    group.add(String(x + 46, y - 3, line.label, fontName=REGULAR, fontSize=9, fillColor=DARK_BLUE))
    return group
