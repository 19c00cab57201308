"""Tests for lagmote.ui.theme: WCAG contrast, state styles and the applied theme."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from lagmote.steps import StepState
from lagmote.ui.theme import (
    BEIGE,
    DARK_BLUE,
    MEETING,
    NON_TEXT_CONTRAST,
    NORMAL,
    RED,
    TEXT_CONTRAST,
    THEMES,
    WARM_BLUE,
    WHITE,
    YELLOW,
    Theme,
    apply_theme,
    contrast_ratio,
    non_text_pairs,
    state_style,
    style_sheet,
    text_pairs,
)


def test_contrast_ratio_extremes() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio(WHITE, DARK_BLUE) == contrast_ratio(DARK_BLUE, WHITE)


def test_contrast_ratio_known_value() -> None:
    # WebAIM's checker gives 4.54:1 for #767676 on white.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_red_and_yellow_are_not_text_colours_on_white() -> None:
    assert contrast_ratio(RED, WHITE) < TEXT_CONTRAST
    assert contrast_ratio(YELLOW, WHITE) < TEXT_CONTRAST


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_every_text_pair_meets_aa(theme: Theme) -> None:
    failing = [
        (fg, bg, round(contrast_ratio(fg, bg), 2))
        for fg, bg in text_pairs(theme)
        if contrast_ratio(fg, bg) < TEXT_CONTRAST
    ]
    assert failing == []


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_outlines_and_focus_meet_non_text_contrast(theme: Theme) -> None:
    for fg, bg in non_text_pairs(theme):
        assert contrast_ratio(fg, bg) >= NON_TEXT_CONTRAST, (fg, bg)


def test_text_pairs_cover_the_state_fills_and_tooltip() -> None:
    pairs = text_pairs(NORMAL)
    for state in StepState:
        assert (DARK_BLUE, state_style(state).fill) in pairs
    assert (DARK_BLUE, BEIGE) in pairs


def test_states_have_distinct_symbols_and_words() -> None:
    styles = [state_style(state) for state in StepState]
    assert len({s.symbol for s in styles}) == len(styles)
    assert len({s.label for s in styles}) == len(styles)
    assert all(s.symbol and s.label for s in styles)


def test_state_style_accepts_the_plain_string() -> None:
    assert state_style("overdue") == state_style(StepState.OVERDUE)
    assert state_style("done").label == "Gjort"
    assert state_style("overdue").label == "Over fristen"


def test_meeting_theme_is_larger_and_bolder() -> None:
    assert MEETING.base_point_size >= 18
    assert MEETING.heading_point_size > MEETING.base_point_size
    assert MEETING.title_point_size > MEETING.heading_point_size
    assert MEETING.line_width > NORMAL.line_width
    assert MEETING.outline_width > NORMAL.outline_width
    assert MEETING.colours.text == DARK_BLUE and MEETING.colours.background == WHITE


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_style_sheet_has_a_focus_ring_of_two_to_four_pixels(theme: Theme) -> None:
    sheet = style_sheet(theme)
    assert f"{theme.focus_width}px solid {WARM_BLUE}" in sheet
    assert 2 <= theme.focus_width <= 4


@pytest.fixture
def themed_app(qapp: QApplication) -> Iterator[QApplication]:
    """The test application with the normal theme, restored afterwards."""
    palette, font, sheet = qapp.palette(), qapp.font(), qapp.styleSheet()
    apply_theme(qapp, NORMAL)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_apply_theme_sets_palette_and_font(themed_app: QApplication) -> None:
    palette = themed_app.palette()
    assert palette.color(QPalette.ColorRole.WindowText) == QColor(DARK_BLUE)
    assert palette.color(QPalette.ColorRole.Base) == QColor(WHITE)
    assert palette.color(QPalette.ColorRole.Highlight) == QColor(WARM_BLUE)
    assert themed_app.font().pointSizeF() == NORMAL.base_point_size


def test_focused_button_shows_the_focus_colour(themed_app: QApplication, qtbot: QtBot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    button, field = QPushButton("Lagre"), QLineEdit()
    layout.addWidget(button)
    layout.addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    def focus_pixels(widget: QWidget) -> int:
        image = widget.grab().toImage()
        target = QColor(WARM_BLUE).rgb()
        return sum(image.pixel(x, y) == target for x in range(image.width()) for y in (0, 1))

    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert focus_pixels(button) == 0
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert focus_pixels(button) > button.width() // 2
