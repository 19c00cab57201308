"""One kartlegging area row: where its parts go (plain functions), and the widget's keys,
clicks, tooltips and hidden state."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from lagmote.standard import area
from lagmote.ui.theme import MEETING
from lagmote.widgets.area_row import AreaRow, step_words
from lagmote.widgets.area_row_geometry import (
    SCALE_CHOICES,
    RowMetrics,
    choice_at,
    is_stacked,
    layout_row,
    row_height,
    trend_points,
)
from lagmote.widgets.step_timeline_geometry import Box

METRICS = RowMetrics(
    line_height=18, label_width=90, box_width=28, none_width=90, margin=8, spacing=8,
    min_words_width=200,
)  # fmt: skip


@pytest.mark.parametrize("width", [420, 640, 900, 1600])
def test_boxes_are_in_order_inside_the_row_and_never_overlap(width: int) -> None:
    geometry = layout_row(width, METRICS)
    for scale in geometry.scales:
        boxes = [scale.label, *scale.boxes]
        assert all(a.right <= b.x for a, b in pairwise(boxes))
        assert scale.words.right <= width - METRICS.margin + 1e-6
        assert not any(scale.words.intersects(b) for b in scale.boxes)
    youth, team = geometry.scales
    assert youth.perspective == "ungdom" and team.perspective == "lag"
    assert youth.label.bottom <= team.label.y
    assert team.words.bottom <= geometry.height


def test_words_go_under_the_boxes_when_too_narrow_beside_them() -> None:
    wide, narrow = layout_row(1200, METRICS), layout_row(500, METRICS)
    assert not is_stacked(1200, METRICS) and is_stacked(500, METRICS)
    assert wide.scales[0].words.y == wide.scales[0].boxes[0].y
    assert narrow.scales[0].words.y >= narrow.scales[0].boxes[0].bottom
    assert narrow.scales[0].words.width >= METRICS.min_words_width
    assert narrow.height == row_height(METRICS, True) > row_height(METRICS, False)


def test_choice_at_finds_each_box_and_nothing_between() -> None:
    geometry = layout_row(900, METRICS)
    for scale in geometry.scales:
        for choice, box in zip(SCALE_CHOICES, scale.boxes, strict=True):
            assert choice_at(geometry, *box.centre) == (scale.perspective, choice)
    assert choice_at(geometry, *geometry.name.centre) is None


def test_trend_points_keep_gaps_and_put_five_above_one() -> None:
    box = Box(0, 0, 100, 40)
    points = trend_points(box, (1, None, 5))
    assert points[1] is None
    low, high = points[0], points[2]
    assert low is not None and high is not None
    assert high[1] < low[1] and low[0] == 0 and high[0] == 100
    assert trend_points(box, ()) == ()


@pytest.fixture
def row(qtbot: QtBot) -> AreaRow:
    widget = AreaRow(area(3))
    qtbot.addWidget(widget)
    widget.resize(900, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_keys_ask_for_the_active_perspective(row: AreaRow, qtbot: QtBot) -> None:
    asked: list[tuple[int, str, object]] = []
    row.rating_requested.connect(lambda *args: asked.append(args))
    qtbot.keyClick(row, Qt.Key.Key_4)
    row.set_active("lag")
    qtbot.keyClick(row, Qt.Key.Key_Delete)
    qtbot.keyClick(row, Qt.Key.Key_9)  # not a step: nothing asked
    assert asked == [(3, "ungdom", 4), (3, "lag", None)]


def test_click_asks_for_that_scale(row: AreaRow, qtbot: QtBot) -> None:
    asked: list[tuple[int, str, object]] = []
    row.rating_requested.connect(lambda *args: asked.append(args))
    x, y = row.row_geometry().scale("lag").boxes[-1].centre
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert asked == [(3, "lag", None)]


def test_tooltips_and_accessible_text_give_the_step_words(row: AreaRow) -> None:
    row.set_ratings(2, None)
    box = row.row_geometry().scale("ungdom").boxes[4]
    assert row.tooltip_at(QPointF(*box.centre)) == f"Ungdommen: {step_words(5)}"
    description = row.accessibleDescription()
    assert step_words(2) in description and "Laget: Ikke vurdert" in description


def test_hidden_row_tells_nothing_and_takes_no_keys(row: AreaRow, qtbot: QtBot) -> None:
    row.set_ratings(2, 4)
    row.set_hidden(True)
    asked: list[object] = []
    row.rating_requested.connect(lambda *args: asked.append(args))
    qtbot.keyClick(row, Qt.Key.Key_1)
    assert asked == []
    texts = [row.accessibleName(), row.accessibleDescription(), row.tooltip_at(QPointF(50, 50))]
    assert all("Venner" not in t and "2" not in t and "4" not in t for t in texts if t)


def test_meeting_theme_makes_the_row_taller(row: AreaRow) -> None:
    before = row.sizeHint().height()
    row.set_theme(MEETING)
    assert row.sizeHint().height() > before
    assert row.height() == row.sizeHint().height()
