"""The kartlegging radar widget: what it holds, what it says, and what it paints."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from lagmote.standard import AREAS, KARTLEGGING_SCALE
from lagmote.ui.theme import MEETING, NORMAL
from lagmote.widgets.radar import RadarChart
from lagmote.widgets.radar_geometry import AXIS_COUNT, RadarSeries, point_for, value_radius
from lagmote.widgets.radar_texts import TALK_SYMBOL, step_words

FIRST = RadarSeries("12.01.2026", (2, 1, 2, 1, 2, 3, 1, 2, 3, 2, 2, 1))
PREVIOUS = RadarSeries("12.03.2026", (3, 2, 2, 2, 3, 3, 2, 2, 4, 3, 2, 2))
LATEST = RadarSeries("10.06.2026", (4, 3, 3, None, 3, 4, 2, 3, 5, 3, 4, 3))
YOUTH = RadarSeries("Ungdommen", (5, 2, 4, 3, 4, 4, 1, 3, 5, 2, 4, 3))
TEAM = RadarSeries("Laget", (3, 2, 4, 1, 2, 4, 3, 3, 5, None, 2, 3))


@pytest.fixture
def chart(qtbot: QtBot) -> RadarChart:
    widget = RadarChart()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    return widget


def axis_point(chart: RadarChart, index: int, value: float = 3) -> QPointF:
    g = chart.radar_geometry()
    x, y = point_for(index, value, g.centre, g.radius)
    return QPointF(x, y)


def with_area(series: RadarSeries, number: int, value: int | None) -> RadarSeries:
    values = list(series.values)
    values[number - 1] = value
    return RadarSeries(series.label, tuple(values))


def image(chart: RadarChart) -> QImage:
    return chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


# -- data in, data out ------------------------------------------------------------------------


def test_series_reflects_what_was_set(chart: RadarChart) -> None:
    chart.set_series([FIRST, PREVIOUS, LATEST])
    assert chart.series() == (FIRST, PREVIOUS, LATEST)
    chart.set_series([LATEST])
    assert chart.series() == (LATEST,)
    assert len(chart.radar_geometry().series) == 1


def test_more_than_three_series_is_refused_and_nothing_changes(chart: RadarChart) -> None:
    chart.set_series([LATEST])
    with pytest.raises(ValueError):
        chart.set_series([FIRST, PREVIOUS, LATEST, LATEST])
    assert chart.series() == (LATEST,)


@pytest.mark.parametrize("values", [(3,) * 11, (3,) * 13, (0,) + (3,) * 11])
def test_a_series_must_have_twelve_values_on_the_scale(
    chart: RadarChart, values: tuple[int, ...]
) -> None:
    with pytest.raises(ValueError):
        chart.set_series([RadarSeries("feil", values)])


def test_unknown_areas_are_refused(chart: RadarChart) -> None:
    with pytest.raises(ValueError):
        chart.set_hidden(frozenset({13}))
    with pytest.raises(ValueError):
        chart.set_series([YOUTH, TEAM], frozenset({0}))


def test_hidden_reflects_what_was_set(chart: RadarChart) -> None:
    chart.set_hidden(frozenset({4, 7, 12}))
    assert chart.hidden() == frozenset({4, 7, 12})


def test_size_hints(chart: RadarChart) -> None:
    normal = chart.minimumSizeHint()
    assert 320 <= normal.width() <= 420 and 300 <= normal.height() <= 400
    assert chart.sizeHint().width() >= 560 and chart.sizeHint().height() >= 480
    chart.set_theme(MEETING)
    assert chart.minimumSizeHint().width() > normal.width()


def test_short_names_fit_at_the_minimum_size(chart: RadarChart) -> None:
    chart.set_series([FIRST, PREVIOUS, LATEST])
    chart.resize(chart.minimumSizeHint())
    assert chart.radar_geometry().label_mode == "short"


# -- tooltips and words -----------------------------------------------------------------------


def test_tooltip_names_the_area_and_every_series_rating(chart: RadarChart) -> None:
    chart.set_series([FIRST, PREVIOUS, LATEST])
    text = chart.tooltip_at(axis_point(chart, 0))
    assert text is not None
    lines = text.split("\n")
    assert lines[0] == AREAS[0].name
    step = KARTLEGGING_SCALE[3]  # 4
    assert lines[3] == f"10.06.2026: 4 – {step.label}: {step.description}"
    assert lines[1].startswith("12.01.2026: 2 – ")


def test_tooltip_of_a_gap_says_ikke_vurdert(chart: RadarChart) -> None:
    chart.set_series([PREVIOUS, LATEST])
    text = chart.tooltip_at(axis_point(chart, 3))
    assert text is not None
    assert "10.06.2026: ikke vurdert" in text.split("\n")
    assert f"12.03.2026: {step_words(2)}" in text.split("\n")


def test_no_tooltip_in_the_middle(chart: RadarChart) -> None:
    chart.set_series([LATEST])
    centre = chart.radar_geometry().centre
    assert chart.tooltip_at(QPointF(*centre)) is None


def test_tooltip_is_shown_on_hover(chart: RadarChart, qtbot: QtBot) -> None:
    chart.set_series([LATEST])
    chart.show()
    qtbot.waitExposed(chart)
    point = axis_point(chart, 8).toPoint()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().startswith(AREAS[8].name)
    QToolTip.hideText()


def test_accessible_name_and_description_follow_the_data(chart: RadarChart) -> None:
    assert chart.accessibleName() == "Kartlegging som diagram"
    chart.set_series([PREVIOUS, LATEST])
    description = chart.accessibleDescription()
    assert "12.03.2026, 10.06.2026" in description
    assert f"{AREAS[0].name}: 12.03.2026: 3 (Litt bekymring); 10.06.2026: 4 (Greit)." in description
    assert f"{AREAS[3].name}: 12.03.2026: 2 (Bekymring); 10.06.2026: ikke vurdert." in description
    chart.set_series([FIRST])
    assert "10.06.2026" not in chart.accessibleDescription()


# -- hidden areas -----------------------------------------------------------------------------


def test_a_hidden_area_says_only_that_it_is_hidden(chart: RadarChart) -> None:
    chart.set_series([YOUTH, TEAM], frozenset({1, 4}))
    chart.set_hidden(frozenset({4, 7, 12}))
    assert chart.tooltip_at(axis_point(chart, 3)) == "Dette området er skjult nå."
    label = chart.radar_geometry().labels[3]
    assert [line.text for line in label.lines] == ["Skjult"] and not label.bold
    description = chart.accessibleDescription()
    assert "Område 4: skjult nå." in description
    assert AREAS[3].name not in description and AREAS[6].name not in description


def test_nothing_of_a_hidden_rating_can_be_read_from_the_widget(qtbot: QtBot) -> None:
    """Two charts that differ only in their hidden areas' ratings (and in whether those are
    marked to talk about) say and paint exactly the same."""
    charts = []
    for value_4, value_7, talk in ((1, 5, frozenset({1, 4, 7})), (None, 2, frozenset({1}))):
        widget = RadarChart()
        qtbot.addWidget(widget)
        widget.resize(800, 600)
        youth = with_area(with_area(YOUTH, 4, value_4), 7, value_7)
        widget.set_series([youth, TEAM], talk)
        widget.set_hidden(frozenset({4, 7, 12}))
        charts.append(widget)
    a, b = charts
    assert a.accessibleDescription() == b.accessibleDescription()
    for index in range(AXIS_COUNT):
        for value in (1, 3, 5):
            point = axis_point(a, index, value)
            assert a.tooltip_at(point) == b.tooltip_at(point)
    assert image(a) == image(b)


# -- compare mode -----------------------------------------------------------------------------


def test_areas_to_talk_about_are_marked_in_label_band_and_legend(chart: RadarChart) -> None:
    chart.set_series([YOUTH, TEAM], frozenset({1, 4, 10}))
    chart.set_hidden(frozenset({4}))
    g = chart.radar_geometry()
    assert g.labels[0].bold and g.labels[0].lines[0].text.startswith(TALK_SYMBOL)
    assert not g.labels[3].bold  # hidden: never marked
    assert [band.index for band in g.talk] == [0]  # area 10: the team did not rate it
    kinds = [item.entry.kind for item in g.legend]
    assert kinds == ["series", "series", "talk", "gap"]
    text = chart.tooltip_at(axis_point(chart, 0))
    assert text is not None and "Snakk om" in text


# -- painting ---------------------------------------------------------------------------------


def near(img: QImage, x: float, y: float, colour: QColor, radius: int = 2) -> bool:
    target = colour.rgb()
    return any(
        img.pixel(int(x) + dx, int(y) + dy) == target
        for dx in range(-radius, radius + 1)
        for dy in range(-radius, radius + 1)
    )


def test_every_axis_is_painted_from_the_middle_to_the_rim(chart: RadarChart) -> None:
    """Without series nothing else crosses the axes, so the control between two axes (off
    every ring) is background."""
    chart.set_hidden(frozenset({4}))  # a hidden area's axis stays
    img = image(chart)
    g = chart.radar_geometry()
    white = QColor(NORMAL.colours.background).rgb()
    for index in range(AXIS_COUNT):
        for value in (0.4, 1.5, 2.5, 3.5, 4.5):
            x, y = point_for(index, value, g.centre, g.radius)
            assert img.pixel(int(x), int(y)) != white, (index, value)
        between = point_for(index + 0.5, 2.5, g.centre, g.radius)
        assert img.pixel(int(between[0]), int(between[1])) == white


def test_a_gap_has_no_point_and_no_line_where_the_value_would_be(chart: RadarChart) -> None:
    chart.set_series([LATEST])
    img = image(chart)
    g = chart.radar_geometry()
    accent = QColor(NORMAL.colours.accent)
    x, y = point_for(0, LATEST.values[0] or 0, g.centre, g.radius)
    assert near(img, x, y, accent)  # the control: a rated area shows its point
    for value in range(1, 6):
        x, y = point_for(3, value, g.centre, g.radius)
        assert not near(img, x, y, accent), value
    assert not near(img, *g.centre, accent, radius=4)  # never drawn as zero
    mark = g.series[0].gaps[0]
    assert mark.index == 3
    assert near(img, *mark.centre, accent, radius=6)  # the hollow "not assessed" mark …
    white = QColor(NORMAL.colours.background).rgb()
    assert img.pixel(int(mark.centre[0]), int(mark.centre[1])) == white  # … is hollow


def test_a_hidden_area_paints_no_values(chart: RadarChart) -> None:
    chart.set_series([PREVIOUS])
    chart.set_hidden(frozenset({4}))
    img = image(chart)
    g = chart.radar_geometry()
    ink = QColor(NORMAL.colours.accent)
    assert value_radius(2, g.radius) > 0
    x, y = point_for(3, 2, g.centre, g.radius)
    assert not near(img, x, y, ink)
    x, y = point_for(2, 2, g.centre, g.radius)
    assert near(img, x, y, ink)


def test_meeting_theme_paints_bigger(chart: RadarChart) -> None:
    chart.set_series([FIRST, PREVIOUS, LATEST])
    normal = chart.radar_geometry().labels[0].box.height
    chart.set_theme(MEETING)
    chart.resize(1920, 1080)
    g = chart.radar_geometry()
    assert g.labels[0].box.height > normal
    assert g.label_mode == "full"
    assert not image(chart).isNull()


def test_focus_ring_is_painted(chart: RadarChart, qtbot: QtBot) -> None:
    chart.show()
    qtbot.waitExposed(chart)
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    focus = QColor(NORMAL.colours.focus).rgb()
    img = image(chart)
    assert img.pixel(chart.width() // 2, 1) == focus
    chart.clearFocus()
    qtbot.waitUntil(lambda: not chart.hasFocus())
    assert image(chart).pixel(chart.width() // 2, 1) != focus


def test_an_empty_chart_keeps_its_axes_and_says_there_is_nothing_yet(chart: RadarChart) -> None:
    g = chart.radar_geometry()
    assert len(g.labels) == AXIS_COUNT and not g.series
    assert [item.entry.kind for item in g.legend] == ["note"]
    assert g.legend[0].sample.width == 0
    text = chart.tooltip_at(axis_point(chart, 0))
    assert text == f"{AREAS[0].name}\nIngen kartlegging å vise."
