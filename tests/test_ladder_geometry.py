"""The goal ladder's geometry and keys, tested as plain functions: no widget, no drawing."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lagmote.widgets.ladder_geometry import (
    LADDER_TOP_DOWN,
    LadderGeometry,
    LadderMetrics,
    LadderWords,
    RungTexts,
    elide,
    fit_lines,
    format_value,
    key_for_value,
    ladder_height,
    layout_ladder,
    minimum_width,
    point_at,
    point_x,
    rung_at,
    text_direction,
    value_for_key,
)
from lagmote.widgets.step_timeline_geometry import ELLIPSIS, Box

START = date(2026, 7, 28)


def measure(text: str) -> float:
    """A monospaced stand-in for font metrics: 8 pixels a character."""
    return 8.0 * len(text)


def bold(text: str) -> float:
    return 9.0 * len(text)


METRICS = LadderMetrics(
    line_height=18,
    value_width=20,
    key_width=20,
    pill_width=70,
    point_radius=4,
    margin=11,
    spacing=8,
)
WORDS = LadderWords(hint="Trykk 1–5", empty="Ikke vurdert ennå", start="◇ 28.07", now="● 17.10")


def rungs(description: str = "Er på skolen fire dager i uka.") -> list[RungTexts]:
    return [RungTexts(v, f"Trinn {format_value(v)}", description) for v in LADDER_TOP_DOWN]


def ratings(*values: int) -> list[tuple[date, int]]:
    return [(START + timedelta(days=40 * i), v) for i, v in enumerate(values)]


def layout(
    width: float = 900, values: tuple[int, ...] = (-2, -1, 1), text: str = ""
) -> LadderGeometry:
    texts = rungs(text) if text else rungs()
    return layout_ladder(width, texts, ratings(*values), METRICS, (bold, measure), WORDS)


# -- values and keys -------------------------------------------------------------------------


def test_values_are_written_with_sign_and_real_minus() -> None:
    assert [format_value(v) for v in LADDER_TOP_DOWN] == ["+2", "+1", "0", "−1", "−2"]


def test_digits_one_to_five_rate_minus_two_to_plus_two() -> None:
    assert [value_for_key(k, None) for k in "12345"] == [-2, -1, 0, 1, 2]
    assert [key_for_value(v) for v in (-2, 0, 2)] == ["1", "3", "5"]


@pytest.mark.parametrize(
    ("key", "current", "wanted"),
    [
        ("+", -1, 0),
        ("-", 1, 0),
        ("−", 0, -1),
        ("+", None, 1),
        ("-", None, -1),
        ("+", 2, None),  # already at the top
        ("-", -2, None),
    ],
)
def test_minus_and_plus_step_one_rung(key: str, current: int | None, wanted: int | None) -> None:
    assert value_for_key(key, current) == wanted


@pytest.mark.parametrize("key", ["0", "6", "a", "", "\t", "12"])
def test_other_keys_ask_for_nothing(key: str) -> None:
    assert value_for_key(key, 0) is None


# -- text ------------------------------------------------------------------------------------


def test_text_direction_follows_the_first_strong_character() -> None:
    assert text_direction("مرحبا بالعالم") == "rtl"
    assert text_direction("שלום") == "rtl"
    assert text_direction("12 😀 Hei") == "ltr"
    assert text_direction("😀 ١٢ سارة") == "rtl"
    assert text_direction("") == "ltr"


def test_elide_keeps_what_fits_and_marks_the_cut() -> None:
    assert elide("Fire dager", 200, measure) == "Fire dager"
    short = elide("Er på skolen fire dager i uka", 100, measure)
    assert short.endswith(ELLIPSIS) and measure(short) <= 100
    assert elide("Fire", 200, measure, force_mark=True) == "Fire" + ELLIPSIS
    assert elide("Fire dager", 4, measure) == ""


def test_fit_lines_wraps_then_elides_the_last_line() -> None:
    lines = fit_lines("Er på skolen hver dag, men kommer for sent noen ganger.", 160, 2, measure)
    assert len(lines) == 2
    assert all(measure(line) <= 160 for line in lines)
    assert lines[-1].endswith(ELLIPSIS)
    assert fit_lines("Kort.", 160, 2, measure) == ["Kort."]
    assert fit_lines("", 160, 2, measure) == []


def test_a_long_word_is_elided_and_costs_few_measurements() -> None:
    calls = []

    def counting(text: str) -> float:
        calls.append(len(text))
        return measure(text)

    lines = fit_lines("x" * 20_000, 300, 2, counting)
    assert len(lines) == 1 and lines[0].endswith(ELLIPSIS)
    assert measure(lines[0]) <= 300
    assert len(calls) < 40 and max(calls) <= 1_300


def test_a_long_text_of_words_keeps_to_its_lines() -> None:
    lines = fit_lines("Jeg skal gå på skolen hver dag. " * 600, 300, 2, measure)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    assert all(measure(line) <= 300 for line in lines)


# -- layout ----------------------------------------------------------------------------------


def test_rungs_run_from_plus_two_at_the_top_to_minus_two_at_the_bottom() -> None:
    geometry = layout()
    assert [g.value for g in geometry.rungs] == list(LADDER_TOP_DOWN)
    for upper, lower in pairwise(geometry.rungs):
        assert upper.row.bottom == pytest.approx(lower.row.y)
        assert upper.row.height == pytest.approx(lower.row.height)
    assert [g.expected for g in geometry.rungs] == [False, False, True, False, False]
    assert geometry.height == ladder_height(METRICS)


@pytest.mark.parametrize("width", [minimum_width(METRICS, 100), 700, 1280, 1920])
def test_text_stays_in_its_row_left_of_the_trend(width: float) -> None:
    geometry = layout(width, text="Er på skolen hver dag, men kommer for sent noen ganger. " * 4)
    for rung in geometry.rungs:
        for label in rung.lines:
            assert measure(label.text) <= label.box.width or bold(label.text) <= label.box.width
            assert rung.row.y <= label.box.y and label.box.bottom <= rung.row.bottom
            assert label.box.right <= geometry.trend.x
        assert len(rung.lines) <= 1 + METRICS.description_lines
    for label in geometry.labels:
        assert label.box.x >= 0 and label.box.right <= width
        assert label.box.bottom <= geometry.height


def test_each_point_is_level_with_its_rung_and_dates_run_left_to_right() -> None:
    geometry = layout(values=(-2, -1, 1))
    for point in geometry.points:
        assert point.y == pytest.approx(geometry.rung(point.value).row.centre[1])
        assert geometry.trend.x <= point.x <= geometry.trend.right
    xs = [p.x for p in geometry.points]
    assert xs == sorted(xs)
    assert [p.kind for p in geometry.points] == ["start", "between", "now"]


def test_points_are_spaced_by_date() -> None:
    box = Box(100, 0, 200, 100)
    first, last = date(2026, 1, 1), date(2026, 1, 11)
    assert point_x(first, first, last, box, 0) == 100
    assert point_x(date(2026, 1, 6), first, last, box, 0) == 200
    assert point_x(last, first, last, box, 10) == 290
    assert point_x(first, first, first, box, 10) == 200


def test_start_and_now_pills_sit_on_their_rungs_side_by_side() -> None:
    geometry = layout(values=(-2, 0, 1))
    assert geometry.start_pill is not None and geometry.now_pill is not None
    assert geometry.rung(-2).row.contains(*geometry.start_pill.centre)
    assert geometry.rung(1).row.contains(*geometry.now_pill.centre)
    assert geometry.start_pill.right <= geometry.now_pill.x
    text_x = min(label.box.x for rung in geometry.rungs for label in rung.lines)
    assert geometry.now_pill.right <= text_x
    same = layout(values=(0, 0))
    assert same.start_pill is not None and same.now_pill is not None
    assert not same.start_pill.intersects(same.now_pill)


def test_a_single_rating_is_now_only_and_sits_in_the_middle() -> None:
    geometry = layout(values=(0,))
    assert geometry.start_pill is None and geometry.now_pill is not None
    (point,) = geometry.points
    assert point.kind == "now" and point.x == pytest.approx(geometry.trend.centre[0])


def test_no_ratings_says_so_under_the_trend() -> None:
    geometry = layout(values=())
    assert geometry.points == () and geometry.now_pill is None
    assert any(label.text == WORDS.empty for label in geometry.labels)


def test_both_dates_show_when_there_is_room_else_the_latest() -> None:
    wide = [label.text for label in layout(1280).labels]
    assert WORDS.start in wide and WORDS.now in wide
    narrow = LadderMetrics(**{**METRICS.__dict__, "trend_min": 80, "trend_max": 80})
    geometry = layout_ladder(900, rungs(), ratings(-2, 1), narrow, (bold, measure), WORDS)
    texts = [label.text for label in geometry.labels]
    assert WORDS.now in texts and WORDS.start not in texts


def test_right_to_left_descriptions_align_right() -> None:
    geometry = layout(text="سارة تذهب إلى المدرسة كل يوم 😀")
    description = geometry.rung(0).lines[1]
    assert description.rtl and description.align == "right"
    assert not geometry.rung(0).lines[0].rtl


def test_hit_testing_finds_rungs_and_points() -> None:
    geometry = layout(values=(-2, 1))
    x, y = geometry.rung(1).row.x + 5, geometry.rung(1).row.centre[1]
    assert rung_at(geometry, x, y) == 1
    assert rung_at(geometry, geometry.trend.x + 5, y) is None  # the trend is not a rung
    assert rung_at(geometry, x, geometry.height + 5) is None
    now = geometry.points[-1]
    assert point_at(geometry, now.x + 2, now.y - 2, 6) == 1
    assert point_at(geometry, now.x + 20, now.y, 6) is None


@settings(max_examples=60, deadline=None)
@given(
    width=st.floats(min_value=300, max_value=2400),
    values=st.lists(st.sampled_from(LADDER_TOP_DOWN), max_size=40),
    text=st.text(max_size=300),
)
# Found by hypothesis: more one-word lines than fit, each wider than its box.
@example(width=300.0, values=[], text="0 0 0")
def test_any_ladder_keeps_its_text_inside_its_boxes(
    width: float, values: list[int], text: str
) -> None:
    geometry = layout(width, tuple(values), text=text or "x")
    labels = [*geometry.labels, *(label for r in geometry.rungs for label in r.lines)]
    for label in labels:
        fits = bold if label.bold else measure
        assert fits(label.text) <= max(label.box.width, 0) + 1e-6
    assert len(geometry.points) == len(values)
