"""Tests for the step timeline: its geometry without drawing, then the widget itself."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from itertools import pairwise

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from lagmote.steps import CaseDates, StepState, StepStatus, step_timeline
from lagmote.ui.theme import MEETING, NORMAL, Theme, state_style
from lagmote.widgets.step_timeline import StepTimeline, step_texts, tooltip_text
from lagmote.widgets.step_timeline_geometry import (
    ELLIPSIS,
    Box,
    StepTexts,
    TimelineMetrics,
    column_boxes,
    diamond_points,
    elide,
    fit_lines,
    fit_scale,
    layout_timeline,
    marker_centre_y,
    marker_xs,
    step_at,
    timeline_height,
    wrap_words,
)

TODAY = date(2026, 4, 20)
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def measure(text: str) -> float:
    """A monospaced stand-in for font metrics: 10 pixels a character."""
    return 10.0 * len(text)


METRICS = TimelineMetrics(
    name_line_height=20, detail_line_height=18, marker_radius=12, ring_gap=5, margin=8, spacing=8
)


def realistic_dates() -> CaseDates:
    return CaseDates(
        henvisning=date(2026, 1, 5),
        inntaksmote=date(2026, 1, 20),
        oppstartsmote=date(2026, 1, 30),  # three days late
        kartlegginger=(date(2026, 2, 3),),
        iverksetting=date(2026, 1, 22),
        lagmoter_held=(date(2026, 2, 5), date(2026, 2, 26)),  # next one overdue
        lagmoter_planned=(date(2026, 4, 28),),
    )


def realistic_steps() -> list[StepStatus]:
    return step_timeline(realistic_dates(), TODAY)


# -- geometry --------------------------------------------------------------------------------


def test_marker_xs_are_column_middles() -> None:
    assert marker_xs(100, 4, 10) == [20.0, 40.0, 60.0, 80.0]
    assert marker_xs(100, 0, 10) == []


def test_columns_fill_the_width_without_overlap() -> None:
    boxes = column_boxes(1200, 9, 16, 100)
    assert boxes[0].x == 16 and boxes[-1].right == pytest.approx(1200 - 16)
    for left, right in pairwise(boxes):
        assert not left.intersects(right)


def test_wrap_words_fills_lines() -> None:
    assert wrap_words("Første lagmøte", 200, measure) == ["Første lagmøte"]
    assert wrap_words("Første lagmøte", 80, measure) == ["Første", "lagmøte"]
    assert wrap_words("", 80, measure) == []


def test_elide_adds_an_ellipsis_that_fits() -> None:
    assert elide("Oppstartsmøte", 200, measure) == "Oppstartsmøte"
    short = elide("Oppstartsmøte", 60, measure)
    assert short.endswith(ELLIPSIS) and measure(short) <= 60


def test_fit_lines_keeps_to_the_line_count() -> None:
    lines = fit_lines("12 dager over fristen", 70, 2, measure)
    assert len(lines) == 2
    assert all(measure(line) <= 70 for line in lines)
    assert lines[-1].endswith(ELLIPSIS)


def test_fit_scale() -> None:
    assert fit_scale(100, 200, 0.7) == 1.0
    assert fit_scale(200, 150, 0.7) == pytest.approx(0.75)
    assert fit_scale(200, 50, 0.7) == 0.7


def test_diamond_points_touch_the_box_sides() -> None:
    points = diamond_points(Box(0, 0, 20, 20))
    assert points == [(10, 0), (20, 10), (10, 20), (0, 10)]


def layout(width: float, texts: list[StepTexts]) -> list[Box]:
    geometry = layout_timeline(width, texts, METRICS, measure, measure)
    boxes = []
    for step in geometry.steps:
        boxes += [line.box for line in (*step.name_lines, *step.detail_lines)]
    return boxes


@pytest.mark.parametrize("width", [600, 900, 1200, 1920])
def test_text_boxes_never_overlap(width: int) -> None:
    texts = [step_texts(step) for step in realistic_steps()]
    boxes = layout(width, texts)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.intersects(b), (a, b)


@pytest.mark.parametrize("width", [600, 1200])
def test_text_stays_inside_the_widget_and_its_column(width: int) -> None:
    texts = [step_texts(step) for step in realistic_steps()]
    geometry = layout_timeline(width, texts, METRICS, measure, measure)
    for step in geometry.steps:
        for line in (*step.name_lines, *step.detail_lines):
            assert step.column.x <= line.box.x and line.box.right <= step.column.right
            assert measure(line.text) <= line.box.width
            assert line.box.y >= 0 and line.box.bottom <= geometry.height


def test_long_names_wrap_onto_two_lines_when_tight() -> None:
    texts = [StepTexts("Jevnlig evaluering", "frist 23.07.2026")] * 9
    geometry = layout_timeline(9 * 120 + 16, texts, METRICS, measure, measure)
    names = [line.text for line in geometry.steps[0].name_lines]
    assert names == ["Jevnlig", "evaluering"]


def test_short_names_sit_just_above_the_marker() -> None:
    geometry = layout_timeline(1200, [StepTexts("Lagmøte", "")], METRICS, measure, measure)
    (line,) = geometry.steps[0].name_lines
    assert line.box.bottom == METRICS.margin + 2 * METRICS.name_line_height


def test_markers_sit_on_the_line_between_names_and_dates() -> None:
    texts = [StepTexts("A", "01.01.2026"), StepTexts("B", "02.01.2026", "3 dager over fristen")]
    geometry = layout_timeline(400, texts, METRICS, measure, measure)
    cy = marker_centre_y(METRICS)
    assert geometry.line[1] == geometry.line[3] == cy
    for step in geometry.steps:
        assert step.marker.centre[1] == cy
        assert step.name_lines[-1].box.bottom <= step.focus_ring.y
        assert step.focus_ring.bottom <= step.detail_lines[0].box.y
    assert geometry.steps[1].detail_lines[-1].strong
    assert geometry.height == timeline_height(METRICS)


def test_step_at_finds_the_column() -> None:
    texts = [StepTexts("A", ""), StepTexts("B", "")]
    geometry = layout_timeline(216, texts, METRICS, measure, measure)
    assert step_at(geometry, 10, 5) == 0
    assert step_at(geometry, 150, 50) == 1
    assert step_at(geometry, 2, 5) is None


def test_step_texts_for_a_late_and_an_overdue_step() -> None:
    steps = {s.key: s for s in realistic_steps()}
    late = step_texts(steps["oppstartsmote"])
    assert late.detail == "30.01.2026" and late.warning == "3 dager over fristen"
    overdue = step_texts(steps["lagmote"])
    assert overdue.detail == "planlagt 28.04.2026"
    assert overdue.warning == "11 dager over fristen"
    assert overdue.shape == "diamond"
    assert step_texts(steps["evaluering"]).detail.startswith("frist ")
    assert step_texts(steps["avslutning"]).detail == "venter"


def test_tooltip_has_the_sentence_and_the_rule() -> None:
    step = next(s for s in realistic_steps() if s.key == "lagmote")
    text = tooltip_text(step, TODAY)
    assert step.sentence(TODAY) in text and step.rule is not None and step.rule in text


# -- the widget ------------------------------------------------------------------------------


@pytest.fixture
def timeline(qtbot: QtBot) -> StepTimeline:
    widget = StepTimeline()
    qtbot.addWidget(widget)
    widget.set_steps(realistic_steps(), TODAY)
    widget.resize(1200, widget.sizeHint().height())
    return widget


def test_accessible_description_lists_every_sentence(timeline: StepTimeline) -> None:
    description = timeline.accessibleDescription()
    for step in realistic_steps():
        assert step.sentence(TODAY) in description
    assert "Henvisning" in timeline.accessibleName()


def test_size_hints(timeline: StepTimeline) -> None:
    hint, minimum = timeline.sizeHint(), timeline.minimumSizeHint()
    assert minimum.width() <= hint.width()
    assert hint.height() == minimum.height() > 0
    timeline.set_theme(MEETING)
    assert timeline.sizeHint().height() > hint.height()


def test_keyboard_moves_focus_and_activates(timeline: StepTimeline, qtbot: QtBot) -> None:
    timeline.show()
    qtbot.waitExposed(timeline)
    timeline.setFocus()
    assert timeline.focused_key() == "henvisning"
    QTest.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.focused_key() == "henvisning"
    QTest.keyClick(timeline, Qt.Key.Key_Right)
    QTest.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.focused_key() == "oppstartsmote"
    assert "Oppstartsmøte" in timeline.accessibleName()
    with qtbot.waitSignal(timeline.step_activated) as blocker:
        QTest.keyClick(timeline, Qt.Key.Key_Return)
    assert blocker.args == ["oppstartsmote"]
    QTest.keyClick(timeline, Qt.Key.Key_End)
    assert timeline.focused_key() == "avslutning"


def test_click_activates_the_step(timeline: StepTimeline, qtbot: QtBot) -> None:
    timeline.show()
    qtbot.waitExposed(timeline)
    marker = timeline.step_geometry()[6].marker
    x, y = marker.centre
    with qtbot.waitSignal(timeline.step_activated) as blocker:
        QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, NO_MODIFIER, QPoint(int(x), int(y)))
    assert blocker.args == ["lagmote"]
    assert timeline.focused_key() == "lagmote"


def count_colour(timeline: StepTimeline, colour: str) -> int:
    image = timeline.grab().toImage()
    target = QColor(colour).rgb()
    return sum(
        image.pixel(x, y) == target
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


@pytest.mark.parametrize("theme", [NORMAL, MEETING], ids=["normal", "meeting"])
def test_overdue_fill_is_painted(timeline: StepTimeline, theme: Theme) -> None:
    timeline.set_theme(theme)
    timeline.resize(1200, 200)
    overdue = state_style(StepState.OVERDUE).fill
    assert count_colour(timeline, overdue) > 20
    timeline.set_steps([s for s in realistic_steps() if s.state is not StepState.OVERDUE], TODAY)
    assert count_colour(timeline, overdue) == 0


def test_focus_ring_is_painted_only_with_focus(timeline: StepTimeline, qtbot: QtBot) -> None:
    timeline.show()
    qtbot.waitExposed(timeline)
    focus = NORMAL.colours.focus
    timeline.clearFocus()
    assert count_colour(timeline, focus) == 0
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    assert count_colour(timeline, focus) > 10


def test_tooltip_shows_the_hovered_step(timeline: StepTimeline, qtbot: QtBot) -> None:
    timeline.show()
    qtbot.waitExposed(timeline)
    x, y = timeline.step_geometry()[2].marker.centre
    pos = QPoint(int(x), int(y))
    event = QHelpEvent(QEvent.Type.ToolTip, pos, timeline.mapToGlobal(pos))
    QApplication.sendEvent(timeline, event)
    qtbot.waitUntil(QToolTip.isVisible)
    step = realistic_steps()[2]
    assert QToolTip.text() == tooltip_text(step, TODAY)
    QToolTip.hideText()
