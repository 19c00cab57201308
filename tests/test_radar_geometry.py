"""The kartlegging radar's geometry, tested as plain functions: no widget, no drawing."""

from __future__ import annotations

import math
from itertools import combinations, pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagmote.standard import AREAS
from lagmote.widgets.radar_geometry import (
    AXIS_COUNT,
    INNER_SHARE,
    LOOKS,
    AxisTexts,
    LegendEntry,
    RadarContent,
    RadarGeometry,
    RadarMetrics,
    RadarSeries,
    axis_angle,
    axis_at,
    axis_direction,
    check_series,
    layout_radar,
    point_for,
    series_look,
    series_runs,
    value_radius,
)
from lagmote.widgets.radar_labels import label_box, layout_legend
from lagmote.widgets.step_timeline_geometry import Box

SIZES = [(320, 300), (420, 360), (800, 600), (1280, 800), (1920, 1080)]
METRICS = RadarMetrics(
    line_height=18, margin=11, spacing=8, mark_radius=4, sample_width=40, min_radius=54
)


def measure(text: str) -> float:
    """A monospaced stand-in for font metrics: 7 pixels a character."""
    return 7.0 * len(text)


def bold(text: str) -> float:
    return 8.0 * len(text)


def axes(
    talk: frozenset[int] = frozenset(), hidden: frozenset[int] = frozenset()
) -> tuple[AxisTexts, ...]:
    texts = []
    for area in AREAS:
        if area.number in hidden:
            texts.append(AxisTexts("Skjult", "Skjult", str(area.number), muted=True))
        elif area.number in talk:
            texts.append(
                AxisTexts(f"◆ {area.name}", f"◆ {area.short_name}", f"◆ {area.number}", bold=True)
            )
        else:
            texts.append(AxisTexts(area.name, area.short_name, str(area.number)))
    return tuple(texts)


FIRST = (2, 1, 2, 1, 2, 3, 1, 2, 3, 2, 2, 1)
PREVIOUS = (3, 2, 2, None, 3, 3, 2, 2, 4, 3, 2, 2)
LATEST = (4, 3, 3, None, 3, 4, 2, 3, 5, 3, 4, 3)


def content(
    series: tuple[tuple[int | None, ...], ...] = (FIRST, PREVIOUS, LATEST),
    talk: frozenset[int] = frozenset(),
    hidden: frozenset[int] = frozenset(),
) -> RadarContent:
    legend = [LegendEntry("series", f"{10 + i}. mars 2026", i) for i in range(len(series))]
    legend.append(LegendEntry("gap", "Ikke vurdert"))
    shown = tuple(tuple(None if i + 1 in hidden else v for i, v in enumerate(s)) for s in series)
    return RadarContent(axes(talk, hidden), shown, hidden, talk, tuple(legend))


def layout(width: float, height: float, c: RadarContent | None = None) -> RadarGeometry:
    return layout_radar(width, height, c or content(), METRICS, (measure, bold))


def distance_to_box(point: tuple[float, float], box: Box) -> float:
    dx = max(box.x - point[0], 0.0, point[0] - box.right)
    dy = max(box.y - point[1], 0.0, point[1] - box.bottom)
    return math.hypot(dx, dy)


def close(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return math.isclose(a[0], b[0], abs_tol=1e-9) and math.isclose(a[1], b[1], abs_tol=1e-9)


# -- axes and values --------------------------------------------------------------------------


def test_area_one_points_straight_up() -> None:
    assert axis_angle(0) == 0
    assert close(axis_direction(0), (0.0, -1.0))  # y grows downwards on screen


def test_axes_run_clockwise_and_evenly_spaced() -> None:
    assert close(axis_direction(3), (1.0, 0.0))  # area 4 to the right
    assert close(axis_direction(6), (0.0, 1.0))  # area 7 at the bottom
    assert close(axis_direction(9), (-1.0, 0.0))  # area 10 to the left
    steps = [axis_angle(i + 1) - axis_angle(i) for i in range(AXIS_COUNT - 1)]
    assert all(math.isclose(step, 2 * math.pi / AXIS_COUNT) for step in steps)


def test_values_grow_outwards_and_one_is_not_the_centre() -> None:
    radii = [value_radius(v, 200) for v in range(1, 6)]
    assert all(a < b for a, b in pairwise(radii))
    assert 0 < INNER_SHARE < 1
    assert radii[0] == pytest.approx(200 * INNER_SHARE) and radii[0] > 0
    assert radii[-1] == pytest.approx(200)


def test_a_point_sits_on_its_axis_at_its_value() -> None:
    assert close(point_for(3, 5, (100.0, 100.0), 50.0), (150.0, 100.0))
    x, y = point_for(0, 1, (100.0, 100.0), 50.0)
    assert x == pytest.approx(100) and y == pytest.approx(100 - 50 * INNER_SHARE)


# -- runs and gaps ----------------------------------------------------------------------------


def test_a_full_series_is_one_closed_run() -> None:
    assert series_runs([3] * 12) == ((*range(12), 0),)


def test_a_missing_value_breaks_the_line_there_and_the_run_wraps_round() -> None:
    values = [3] * 12
    values[3] = None  # area 4
    assert series_runs(values) == ((4, 5, 6, 7, 8, 9, 10, 11, 0, 1, 2),)


def test_two_gaps_make_two_runs_and_a_lone_value_is_a_run_of_one() -> None:
    values: list[int | None] = [None, 2, 3, None, None, 4, None, 1, 1, 1, 1, 1]
    assert series_runs(values) == ((1, 2), (5,), (7, 8, 9, 10, 11))


def test_wrap_from_the_last_axis_to_the_first_when_both_are_there() -> None:
    values: list[int | None] = [3, 3, None, 3, 3, 3, 3, 3, 3, 3, None, 3]
    runs = series_runs(values)
    assert (11, 0, 1) in runs
    assert not any(10 in run or 2 in run for run in runs)


def test_no_values_no_runs() -> None:
    assert series_runs([None] * 12) == ()


def test_the_chart_has_no_segment_to_or_from_a_missing_point() -> None:
    g = layout(800, 600)
    latest = g.series[-1]
    assert latest.points[3] is None
    segments = {(a, b) for run in latest.runs for a, b in pairwise(run)}
    neighbours = {latest.points[2], latest.points[4]}
    assert not any(a in neighbours and b in neighbours for a, b in segments)


def test_a_gap_gets_a_mark_outside_the_rim_for_each_series_missing_it() -> None:
    g = layout(800, 600)
    marks = [m for s in g.series for m in s.gaps]
    assert [(m.series, m.index) for m in marks] == [(1, 3), (2, 3)]
    for m in marks:
        distance = math.dist(m.centre, g.centre)
        assert g.radius < distance < g.axis_reach
    assert marks[0].centre != marks[1].centre


def test_a_hidden_area_has_no_points_and_no_gap_marks() -> None:
    g = layout(800, 600, content(hidden=frozenset({4, 7})))
    for s in g.series:
        assert s.points[3] is None and s.points[6] is None
        assert not [m for m in s.gaps if m.index in (3, 6)]


def test_talk_bands_join_the_last_two_series_where_both_are_rated() -> None:
    youth = (5, 2, 4, 3, 4, 4, 1, 3, 5, 2, 4, 3)
    team = (3, 2, 4, 1, 2, 4, 3, 3, 5, None, 2, 3)
    g = layout(800, 600, content((youth, team), talk=frozenset({1, 5, 10})))
    assert [b.index for b in g.talk] == [0, 4]  # area 10: the team has no rating
    band = g.talk[0]
    assert band.start == g.series[0].points[0] and band.end == g.series[1].points[0]


# -- series looks and checks ------------------------------------------------------------------


def test_the_primary_is_solid_with_circles_and_every_look_differs_without_colour() -> None:
    assert series_look(2, 3) == LOOKS[0] and LOOKS[0].strong
    assert (LOOKS[0].line, LOOKS[0].shape) == ("solid", "circle")
    assert len({look.line for look in LOOKS}) == len({look.shape for look in LOOKS}) == 3
    assert series_look(1, 2) == LOOKS[0]


@pytest.mark.parametrize(
    "series",
    [
        [RadarSeries(str(i), (3,) * 12) for i in range(4)],
        [RadarSeries("elleve", (3,) * 11)],
        [RadarSeries("null", (0,) + (3,) * 11)],
        [RadarSeries("seks", (6,) + (3,) * 11)],
    ],
    ids=["four series", "eleven values", "zero", "six"],
)
def test_check_series_refuses(series: list[RadarSeries]) -> None:
    with pytest.raises(ValueError):
        check_series(series)


# -- labels -----------------------------------------------------------------------------------


@given(
    index=st.integers(0, AXIS_COUNT - 1),
    width=st.floats(1, 400),
    height=st.floats(1, 120),
    clear=st.floats(1, 600),
)
def test_a_label_just_clears_the_chart(
    index: int, width: float, height: float, clear: float
) -> None:
    box = label_box(index, (width, height), (0.0, 0.0), clear)
    assert distance_to_box((0.0, 0.0), box) == pytest.approx(clear, rel=1e-9, abs=1e-6)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("talk", [frozenset(), frozenset({1, 5, 11})], ids=["plain", "talk"])
def test_labels_stay_inside_apart_and_off_the_chart(
    size: tuple[int, int], talk: frozenset[int]
) -> None:
    width, height = size
    g = layout(width, height, content(talk=talk))
    assert g.fits  # numbers at 320×300 (short names need a radius of 3 lines); all apart
    boxes = [label.box for label in g.labels]
    assert len(boxes) == AXIS_COUNT
    for box in boxes:
        assert box.x >= 0 and box.right <= width and box.y >= 0 and box.bottom <= height
        assert distance_to_box(g.centre, box) >= g.axis_reach - 1e-6
    assert not any(a.intersects(b) for a, b in combinations(boxes, 2))
    legend = [item.text.box for item in g.legend] + [item.sample for item in g.legend]
    assert not any(a.intersects(b) for a in boxes for b in legend)
    assert g.radius >= METRICS.min_radius


def test_every_label_line_fits_its_box() -> None:
    g = layout(800, 600, content(talk=frozenset({2})))
    for label in g.labels:
        for line in label.lines:
            assert line.box.width == pytest.approx((bold if label.bold else measure)(line.text))
            assert label.box.x - 1e-9 <= line.box.x and line.box.right <= label.box.right + 1e-9


def joined(g: RadarGeometry) -> list[str]:
    return [" ".join(line.text for line in label.lines) for label in g.labels]


def test_full_names_when_there_is_room() -> None:
    g = layout(1920, 1080)
    assert g.label_mode == "full"
    assert joined(g) == [a.name for a in AREAS]
    assert max(len(label.lines) for label in g.labels) > 1  # long names wrap


def test_short_names_when_room_is_short() -> None:
    g = layout(420, 360)
    assert g.label_mode == "short"
    assert joined(g) == [a.short_name for a in AREAS]


def test_numbers_only_far_below_the_minimum_and_said_so() -> None:
    g = layout(200, 180)
    assert g.label_mode == "number"
    assert joined(g) == [str(a.number) for a in AREAS]


def test_the_radius_shrinks_to_make_room_for_long_labels() -> None:
    plain = layout(800, 600, content())
    bold_labels = layout(800, 600, content(talk=frozenset(range(1, 13))))
    assert bold_labels.radius < plain.radius


def test_hidden_labels_say_skjult() -> None:
    g = layout(800, 600, content(hidden=frozenset({4})))
    assert joined(g)[3] == "Skjult" and g.labels[3].muted


# -- legend and ring numbers ------------------------------------------------------------------


def test_legend_rows_wrap_inside_the_width_and_end_at_the_bottom() -> None:
    entries = [LegendEntry("series", "12. september 2026", i) for i in range(3)]
    items, top = layout_legend(entries, 320, 290, METRICS, measure)
    assert top < 290 - METRICS.line_height  # more than one row
    boxes = [i.sample for i in items] + [i.text.box for i in items]
    assert all(b.x >= 0 and b.right <= 320 and top <= b.y and b.bottom <= 290 for b in boxes)
    assert not any(a.intersects(b) for a, b in combinations(boxes, 2))


def test_an_overlong_legend_text_is_elided() -> None:
    items, _ = layout_legend([LegendEntry("note", "x" * 200)], 320, 290, METRICS, measure)
    assert items[0].text.text.endswith("…") and items[0].text.box.right <= 320


def test_ring_numbers_by_their_rings() -> None:
    g = layout(800, 600)
    assert [t.text for t in g.ring_labels] == ["1", "2", "3", "4", "5"]
    for value, t in zip(range(1, 6), g.ring_labels, strict=True):
        assert math.dist(t.box.centre, g.centre) == pytest.approx(value_radius(value, g.radius))


# -- hit testing ------------------------------------------------------------------------------


def test_hit_testing_finds_the_axis_near_a_point_or_in_its_label() -> None:
    g = layout(800, 600)
    for index in range(AXIS_COUNT):
        x, y = point_for(index, 3, g.centre, g.radius)
        assert axis_at(g, x + 3, y - 3, tolerance=10) == index
        assert axis_at(g, *g.labels[index].box.centre, tolerance=10) == index


def test_hit_testing_misses_the_middle_the_corners_and_between_axes() -> None:
    g = layout(800, 600)
    assert axis_at(g, *g.centre, tolerance=10) is None
    assert axis_at(g, 1, 1, tolerance=10) is None
    between = (
        g.centre[0] + math.sin(math.pi / 12) * g.radius,
        g.centre[1] - math.cos(math.pi / 12) * g.radius,
    )
    assert axis_at(g, *between, tolerance=10) is None
