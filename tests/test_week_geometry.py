"""The week grid's geometry, without drawing: hours, columns, lanes, hits, drags, keys."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagmote.plan import MINUTES_PER_DAY, EntryFields
from lagmote.week import FreeStretch
from lagmote.widgets.week_geometry import (
    DEFAULT_HOURS,
    BoxTexts,
    GridFrame,
    GridMetrics,
    Part,
    Stop,
    assign_lanes,
    box_lines,
    created_span,
    day_edges,
    drag_move,
    elide,
    empty_cell,
    flow,
    free_boxes,
    grid_height,
    hit_test,
    hour_range,
    key_stops,
    layout_entries,
    layout_frame,
    nearest_empty,
    nudged,
    resized,
    snap,
    stop_at,
    stop_index,
    stretched,
    text_rows,
)

METRICS = GridMetrics(
    axis_width=50, header_height=30, min_hour_height=20, margin=5, lane_gap=2, resize_edge=6
)
WIDTH, HEIGHT = 760.0, 840.0  # 7 columns of 100 px; 16 hours of 50 px


def hm(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def entry(day: int, start: str, end: str, kind: str = "annet", title: str = "") -> EntryFields:
    return EntryFields(day, hm(start), hm(end), kind, title)


def measure(text: str) -> float:
    """A monospaced stand-in for font metrics: 10 pixels a character."""
    return 10.0 * len(text)


def frame_for(entries: list[EntryFields] | None = None) -> GridFrame:
    return layout_frame(WIDTH, HEIGHT, hour_range(entries or []), METRICS)


# --- hours and columns ---------------------------------------------------------------------


def test_default_hours_are_seven_to_eleven() -> None:
    assert hour_range([]) == DEFAULT_HOURS == (7, 23)


def test_entries_outside_the_default_hours_extend_the_axis() -> None:
    assert hour_range([entry(0, "05:30", "06:00")]) == (5, 23)
    assert hour_range([entry(6, "22:00", "23:15")]) == (7, 24)
    assert hour_range([EntryFields(6, hm("23:00"), MINUTES_PER_DAY, "annet")]) == (7, 24)
    assert hour_range([entry(1, "09:00", "10:00")]) == (7, 23)


def test_seven_equal_columns_right_of_the_hour_axis() -> None:
    frame = frame_for()
    assert len(frame.columns) == len(frame.headers) == 7
    assert frame.left == METRICS.margin + METRICS.axis_width
    assert frame.right == pytest.approx(WIDTH - METRICS.margin)
    assert {round(c.width, 6) for c in frame.columns} == {100.0}
    assert all(a.right == pytest.approx(b.x) for a, b in pairwise(frame.columns))
    assert frame.headers[0].bottom == pytest.approx(frame.top)
    assert day_edges(0, 70)[-1] == 70


def test_hours_fill_the_height_one_row_each() -> None:
    frame = frame_for()
    assert frame.hour_height == pytest.approx(50)
    ys = frame.hour_ys()
    assert [h for h, _ in ys] == list(range(7, 24))
    assert ys[0][1] == frame.top
    assert ys[-1][1] == pytest.approx(frame.bottom)
    assert frame.y_of(hm("07:30")) == pytest.approx(frame.top + 25)


def test_a_low_widget_keeps_the_smallest_hour_height() -> None:
    frame = layout_frame(WIDTH, 100, (7, 23), METRICS)
    assert frame.hour_height == METRICS.min_hour_height
    assert grid_height((7, 23), METRICS, 20) == 5 * 2 + 30 + 16 * 20


def test_the_legend_takes_its_room_under_the_hours() -> None:
    with_legend = GridMetrics(50, 30, 20, 5, 2, 6, legend_height=35)
    frame = layout_frame(WIDTH, HEIGHT, (7, 23), with_legend)
    assert frame.bottom == pytest.approx(HEIGHT - 5 - 35)
    assert grid_height((7, 23), with_legend, frame.hour_height) == pytest.approx(HEIGHT)


def test_positions_map_back_to_days_and_times() -> None:
    frame = frame_for()
    assert frame.day_at(frame.columns[3].x + 1) == 3
    assert frame.day_at(0) == 0  # left of the columns: the nearest day
    assert frame.day_at(WIDTH + 50) == 6
    assert frame.minute_at(frame.y_of(hm("13:15"))) == pytest.approx(hm("13:15"))
    assert frame.minute_at(-100) == 7 * 60  # kept within the hours shown
    assert frame.minute_at(10_000) == 23 * 60


# --- entries -------------------------------------------------------------------------------


def test_an_entry_box_lies_in_its_day_between_its_times() -> None:
    frame = frame_for()
    [box] = layout_entries(frame, [(42, entry(2, "15:00", "16:30"))], METRICS)
    column = frame.columns[2]
    assert box.entry_id == 42 and box.index == 0 and (box.lane, box.lanes) == (0, 1)
    assert column.x < box.box.x < box.box.right < column.right
    assert box.box.y == pytest.approx(frame.y_of(hm("15:00")) + 1)
    assert box.box.bottom == pytest.approx(frame.y_of(hm("16:30")) - 1)


def test_overlapping_entries_lie_side_by_side() -> None:
    week = [entry(0, "15:00", "17:00"), entry(0, "16:00", "18:00"), entry(0, "19:00", "20:00")]
    boxes = layout_entries(frame_for(), list(enumerate(week)), METRICS)
    first, second, alone = boxes
    assert (first.lane, first.lanes, second.lane, second.lanes) == (0, 2, 1, 2)
    assert first.box.right <= second.box.x  # side by side, not on top of each other
    assert alone.lanes == 1 and alone.box.width > first.box.width


def test_lanes_are_reused_within_a_group() -> None:
    week = [
        entry(1, "09:00", "12:00"),
        entry(1, "09:00", "10:00"),
        entry(1, "10:00", "11:00"),  # fits under the second
        entry(1, "09:30", "09:45"),
    ]
    assert assign_lanes(week) == [(0, 3), (1, 3), (1, 3), (2, 3)]


def test_touching_entries_do_not_overlap_and_days_are_apart() -> None:
    week = [entry(0, "08:00", "08:30"), entry(0, "08:30", "14:30"), entry(1, "08:00", "09:00")]
    assert assign_lanes(week) == [(0, 1), (0, 1), (0, 1)]


def test_a_broken_entry_still_gets_a_box_inside_the_day() -> None:
    frame = layout_frame(WIDTH, HEIGHT, (0, 24), METRICS)
    week = [EntryFields(0, hm("10:00"), hm("09:00"), "annet"), EntryFields(9, -30, 5000, "annet")]
    for box in layout_entries(frame, list(enumerate(week)), METRICS):
        assert box.box.height >= 1
        assert frame.top <= box.box.y and box.box.bottom <= frame.bottom


def test_free_stretches_fill_their_column() -> None:
    frame = frame_for()
    [(stretch, box)] = free_boxes(frame, [FreeStretch(2, hm("14:30"), hm("22:00"))], METRICS)
    assert stretch.weekday == 2
    assert frame.columns[2].x <= box.x and box.right <= frame.columns[2].right
    assert box.y == pytest.approx(frame.y_of(hm("14:30")))
    assert box.bottom == pytest.approx(frame.y_of(hm("22:00")))


# --- text in boxes -------------------------------------------------------------------------


def test_text_rows_are_at_least_one() -> None:
    frame = frame_for()
    [short] = layout_entries(frame, [(1, entry(0, "08:00", "08:15"))], METRICS)
    assert text_rows(short.box, 16, 4) == 1
    [tall] = layout_entries(frame, [(1, entry(0, "08:00", "11:00"))], METRICS)
    assert text_rows(tall.box, 16, 4) == 9


FOOTBALL = BoxTexts("Fotball", "Aktivitet", "17:00–18:30", "Banen")


def test_a_tall_box_says_title_kind_time_and_place() -> None:
    lines = box_lines(FOOTBALL, 5, 300, measure, measure)
    assert lines == [("Fotball", True), ("Aktivitet · 17:00–18:30", False), ("Banen", False)]


def test_a_narrow_box_puts_kind_and_time_on_their_own_lines() -> None:
    lines = box_lines(FOOTBALL, 4, 120, measure, measure)
    assert [text for text, _ in lines] == ["Fotball", "Aktivitet", "17:00–18:30", "Banen"]


def test_a_time_is_whole_or_not_there() -> None:
    lines = box_lines(FOOTBALL, 3, 85, measure, measure)
    assert [text for text, _ in lines] == ["Fotball", "Aktivit…", "Banen"]


def test_one_line_holds_kind_and_title_when_they_fit() -> None:
    assert box_lines(FOOTBALL, 1, 300, measure, measure) == [("Aktivitet: Fotball", True)]
    assert box_lines(FOOTBALL, 1, 100, measure, measure) == [("Fotball", True)]
    untitled = BoxTexts("", "Oppfølger", "08:00–08:30")
    assert box_lines(untitled, 1, 100, measure, measure) == [("Oppfølger", True)]


def test_a_title_equal_to_the_kind_is_said_once() -> None:
    school = BoxTexts("Skole", "Skole", "08:30–14:30", "Skolen")
    assert [t for t, _ in box_lines(school, 4, 300, measure, measure)] == [
        "Skole",
        "08:30–14:30",
        "Skolen",
    ]


def test_long_titles_wrap_then_elide() -> None:
    texts = BoxTexts("Trening med Jonas på senteret", "Oppfølger", "15:00–16:30")
    lines = box_lines(texts, 4, 120, measure, measure)
    assert lines[0] == ("Trening med", True)
    assert lines[1][0].endswith("…") and lines[1][1]
    assert all(measure(text) <= 120 for text, _ in lines)


def test_elide_fits_or_gives_an_ellipsis() -> None:
    assert elide("Fotball", 100, measure) == "Fotball"
    assert elide("Fotballtrening", 80, measure) == "Fotball…"
    assert elide("Fotball", 5, measure) == "…"
    long = "x" * 200
    assert measure(elide(long, 333, measure)) <= 333


def test_the_legend_flows_onto_new_rows() -> None:
    assert flow([40, 40, 40], 200, 10) == [(0, 0), (0, 50), (0, 100)]
    assert flow([80, 80, 80], 200, 10) == [(0, 0), (0, 90), (1, 0)]
    assert flow([500], 200, 10) == [(0, 0)]  # too wide for any row: alone on the first


# --- hit testing ---------------------------------------------------------------------------


def test_hits_tell_body_edge_empty_and_outside() -> None:
    frame = frame_for()
    boxes = layout_entries(frame, [(7, entry(1, "15:00", "17:00"))], METRICS)
    box = boxes[0].box
    x = box.x + box.width / 2
    body = hit_test(frame, boxes, METRICS, x, box.y + 10)
    assert (body.part, body.index, body.weekday) == (Part.BODY, 0, 1)
    assert hit_test(frame, boxes, METRICS, x, box.bottom - 2).part is Part.EDGE
    empty = hit_test(frame, boxes, METRICS, x, frame.y_of(hm("19:00")))
    assert (empty.part, empty.index, empty.weekday) == (Part.EMPTY, None, 1)
    assert empty.minute == pytest.approx(hm("19:00"))
    assert hit_test(frame, boxes, METRICS, 10, frame.top + 10).part is Part.OUTSIDE
    assert hit_test(frame, boxes, METRICS, x, 2).part is Part.OUTSIDE  # the day names


def test_a_short_entry_keeps_most_of_itself_for_moving() -> None:
    frame = frame_for()
    boxes = layout_entries(frame, [(1, entry(0, "08:00", "08:15"))], METRICS)
    box = boxes[0].box
    assert hit_test(frame, boxes, METRICS, box.x + 5, box.y + 1).part is Part.BODY
    assert hit_test(frame, boxes, METRICS, box.x + 5, box.bottom - 1).part is Part.EDGE


def test_the_topmost_of_overlapping_entries_is_hit() -> None:
    frame = frame_for()
    week = [(1, entry(0, "15:00", "17:00")), (2, entry(0, "16:00", "18:00"))]
    boxes = layout_entries(frame, week, METRICS)
    second = boxes[1].box
    assert hit_test(frame, boxes, METRICS, second.x + 3, second.y + 10).index == 1


# --- drags and keys ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minute", "snapped"), [(0, 0), (7, 0), (8, 15), (22.4, 15), (22.5, 30), (1439, 1440)]
)
def test_snapping_is_to_the_nearest_quarter_hour(minute: float, snapped: int) -> None:
    assert snap(minute) == snapped


def test_a_drag_on_empty_space_makes_a_snapped_span_either_way() -> None:
    assert created_span(hm("15:05"), hm("16:53")) == (hm("15:00"), hm("17:00"))
    assert created_span(hm("16:52"), hm("15:05")) == (hm("15:00"), hm("16:45"))
    assert created_span(hm("15:00"), hm("15:03")) == (hm("15:00"), hm("15:15"))
    assert created_span(1439, 1440) == (hm("23:45"), MINUTES_PER_DAY)


def test_moving_keeps_the_length_and_stays_within_the_day() -> None:
    football = entry(1, "17:00", "18:30", "aktivitet", "Fotball")
    moved = drag_move(football, 3, hm("17:20"), hm("18:07"))
    assert (moved.weekday, moved.start_minute, moved.end_minute) == (3, hm("17:45"), hm("19:15"))
    assert moved.title == "Fotball"
    late = drag_move(football, 9, hm("17:00"), hm("23:59"))
    assert (late.weekday, late.end_minute) == (6, MINUTES_PER_DAY)
    early = nudged(entry(0, "00:00", "01:00"), -15)
    assert early.start_minute == 0


def test_resizing_keeps_at_least_a_quarter_hour_and_ends_by_midnight() -> None:
    football = entry(1, "17:00", "18:30")
    assert resized(football, hm("19:05")).end_minute == hm("19:00")
    assert resized(football, hm("16:00")).end_minute == hm("17:15")
    assert resized(football, 5000).end_minute == MINUTES_PER_DAY
    assert stretched(football, 15).end_minute == hm("18:45")
    assert stretched(football, -15).start_minute == hm("17:00")


def test_keys_nudge_by_a_quarter_hour_or_a_day() -> None:
    football = entry(1, "17:00", "18:30")
    assert nudged(football, 15).start_minute == hm("17:15")
    assert nudged(football, days=1).weekday == 2
    assert nudged(entry(6, "10:00", "11:00"), days=1).weekday == 6
    assert nudged(entry(0, "10:00", "11:00"), days=-1).weekday == 0


def test_key_stops_are_entries_and_untouched_hours() -> None:
    week = [entry(0, "08:00", "08:30"), entry(0, "15:00", "16:30")]
    stops = key_stops(week, (7, 23))
    monday = stops[0]
    assert [(s.start, s.index) for s in monday[:3]] == [
        (hm("07:00"), None),
        (hm("08:00"), 0),
        (hm("09:00"), None),
    ]
    assert Stop(0, hm("15:00"), hm("16:00")) not in monday  # the entry is there
    assert Stop(0, hm("16:00"), hm("17:00")) not in monday  # touched by the entry
    assert (hm("15:00"), 1) in [(s.start, s.index) for s in monday]
    assert len(stops[3]) == 16  # an empty day: every hour


def test_the_focus_is_found_among_the_stops() -> None:
    monday = key_stops([entry(0, "15:00", "16:30")], (7, 23))[0]
    cursor = Stop(0, hm("10:00"), hm("11:00"))
    assert monday[stop_index(monday, None, cursor)] == cursor
    assert monday[stop_index(monday, 0, cursor)].index == 0
    assert monday[stop_at(monday, hm("15:40"))].index == 0
    assert stop_at([], 0) == 0


def test_the_cursor_never_lies_on_an_entry() -> None:
    monday = key_stops([entry(0, "15:00", "16:30")], (7, 23))[0]
    assert nearest_empty(monday, Stop(0, hm("15:00"), hm("16:00"))).start == hm("14:00")
    free = Stop(0, hm("10:00"), hm("11:00"))
    assert nearest_empty(monday, free) == free
    assert empty_cell(2, hm("10:40"), (7, 23)) == Stop(2, hm("10:00"), hm("11:00"))
    assert empty_cell(2, hm("23:00"), (7, 23)).start == hm("22:00")


@given(
    st.lists(st.tuples(st.integers(0, 6), st.integers(0, 1425), st.integers(15, 600)), max_size=25)
)
def test_lanes_never_put_overlapping_entries_on_top_of_each_other(
    rows: list[tuple[int, int, int]],
) -> None:
    week = [EntryFields(d, s, min(MINUTES_PER_DAY, s + n), "annet") for d, s, n in rows]
    frame = layout_frame(WIDTH, HEIGHT, hour_range(week), METRICS)
    boxes = layout_entries(frame, list(enumerate(week)), METRICS)
    for a in boxes:
        assert 0 <= a.lane < a.lanes
        for b in boxes:
            if a.index < b.index and a.box.intersects(b.box):
                pytest.fail(f"{week[a.index]} and {week[b.index]} overlap on screen")
