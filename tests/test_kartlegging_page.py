"""The kartlegging page with the demo youth: rating from the keyboard, Tab to the next area,
undo, new and deleted kartlegginger, texts saved for the right area, the chart's two ways to
look and its table, and sensitive areas hidden in meeting mode until shown on request."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lagmote.db import kartlegging_ops
from lagmote.db.kartlegging_queries import load_kartlegging
from lagmote.db.store import Store
from lagmote.kartlegging import AreaRatingInfo, AssessmentInfo, KartleggingView
from lagmote.ui.kartlegging_page import KartleggingPage
from lagmote.ui.theme import MEETING, NORMAL
from tests.pages import ShownPage, showing_demo_youth

TODAY = date(2026, 12, 1)
STANDARD_SENSITIVE = {4, 7, 12}


class Shown(ShownPage[KartleggingPage]):
    def view(self) -> KartleggingView:
        return load_kartlegging(self.store, self.youth_id)

    def latest(self) -> AssessmentInfo:
        latest = self.view().latest
        assert latest is not None
        return latest


@pytest.fixture
def shown(qtbot: QtBot, store: Store) -> Iterator[Shown]:
    yield from showing_demo_youth(qtbot, store, Shown, KartleggingPage, TODAY)


def _focus_row(shown: Shown, qtbot: QtBot, area: int) -> None:
    row = shown.page.editor.rows[area]
    row.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(row.hasFocus)


def test_shows_the_latest_kartlegging(shown: Shown) -> None:
    latest = shown.latest()
    assert shown.page.assessment == latest
    for number, row in shown.page.editor.rows.items():
        assert row.rating("ungdom") == latest.rating(number, "ungdom").rating
        assert row.rating("lag") == latest.rating(number, "lag").rating
    assert shown.page.editor.choice.count() == 2


def test_digit_rates_zero_clears_and_undo_brings_back(shown: Shown, qtbot: QtBot) -> None:
    before = shown.latest().rating(2, "ungdom").rating
    _focus_row(shown, qtbot, 2)
    qtbot.keyClick(shown.page.editor.rows[2], Qt.Key.Key_5)
    assert shown.latest().rating(2, "ungdom").rating == 5
    assert shown.page.editor.rows[2].rating("ungdom") == 5
    qtbot.keyClick(shown.page.editor.rows[2], Qt.Key.Key_0)
    assert shown.latest().rating(2, "ungdom").rating is None  # not assessed, not zero
    shown.editor.stack.undo()
    shown.editor.stack.undo()
    assert shown.latest().rating(2, "ungdom").rating == before
    assert shown.page.editor.rows[2].rating("ungdom") == before


def test_tab_goes_to_the_next_area(shown: Shown, qtbot: QtBot) -> None:
    _focus_row(shown, qtbot, 1)
    qtbot.keyClick(shown.page.editor.rows[1], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is shown.page.editor.rows[2]
    assert shown.page.editor.area == 2
    assert "2. Familie" in shown.page.editor.detail_title.text()


def test_team_perspective_takes_the_keys(shown: Shown, qtbot: QtBot) -> None:
    shown.page.editor.perspective_buttons["lag"].click()
    youth_before = shown.latest().rating(1, "ungdom").rating
    _focus_row(shown, qtbot, 1)
    qtbot.keyClick(shown.page.editor.rows[1], Qt.Key.Key_1)
    assert shown.latest().rating(1, "lag").rating == 1
    assert shown.latest().rating(1, "ungdom").rating == youth_before


def test_click_on_a_step_rates_that_perspective(shown: Shown, qtbot: QtBot) -> None:
    row = shown.page.editor.rows[6]
    box = row.row_geometry().scale("lag").boxes[1]  # the "2" of the team's scale
    x, y = box.centre
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert shown.latest().rating(6, "lag").rating == 2


def test_texts_are_saved_for_the_area_and_perspective_typed_in(shown: Shown, qtbot: QtBot) -> None:
    _focus_row(shown, qtbot, 3)
    field = shown.page.editor.texts["resources"]
    field.setFocus()
    qtbot.keyClicks(field, "Trener to ganger i uka")
    shown.page.editor.perspective_buttons["lag"].click()  # saves the typing first
    latest = shown.latest()
    assert latest.rating(3, "ungdom").resources == "Trener to ganger i uka"
    assert latest.rating(3, "lag").resources != "Trener to ganger i uka"
    assert field.toPlainText() == latest.rating(3, "lag").resources


def test_new_kartlegging_is_empty_and_one_a_day(shown: Shown, qtbot: QtBot) -> None:
    shown.page.editor.new_button.click()
    latest = shown.latest()
    assert latest.assessed_on == TODAY and latest.assessed_count("lag") == 0
    assert shown.page.assessment == latest
    assert all(row.rating("lag") is None for row in shown.page.editor.rows.values())
    shown.page.editor.new_button.click()
    assert shown.page.message.kind == "problem"
    assert "denne datoen" in shown.page.message.text()
    assert len(shown.view().assessments) == 3


def test_delete_and_undo(shown: Shown) -> None:
    before = shown.view()
    shown.page.editor.delete_button.click()
    assert len(shown.view().assessments) == 1
    assert "slettet" in shown.page.message.text()
    shown.editor.stack.undo()
    assert shown.view() == before


def test_over_time_overlays_first_and_latest_and_says_what_changed(shown: Shown) -> None:
    chart = shown.page.chart
    labels = [s.label for s in chart.radar.series()]
    assert len(labels) == 2 and labels[0].startswith("Første") and labels[1].startswith("Nå")
    assert "Mest bedring: Venner og fritid (fra 3 til 5)" in chart.words.text()


def test_youth_and_team_marks_what_to_talk_about(shown: Shown) -> None:
    chart = shown.page.chart
    chart.set_mode("ulikt")
    assert [s.label for s in chart.radar.series()] == ["Ungdommen", "Laget"]
    model = chart.table_model
    talk_column = model.columnCount() - 1
    marked = {model.index(r, 0).data() for r in range(12) if model.index(r, talk_column).data()}
    assert marked == {"Venner og fritid", "Ungdommens nettverk"}
    assert "Det er noe å snakke om" in chart.words.text()


def test_table_shows_the_same_numbers(shown: Shown) -> None:
    chart = shown.page.chart
    chart.table_box.setChecked(True)
    assert chart.stack.currentWidget() is chart.table
    latest = shown.latest()
    model = chart.table_model
    assert model.rowCount() == 12
    for r in range(12):
        value = latest.rating(r + 1, "ungdom").rating
        cell = model.index(r, model.columnCount() - 1).data()
        assert cell.startswith(str(value)) if value is not None else cell == "ikke vurdert"


def test_meeting_mode_hides_sensitive_areas_until_shown(shown: Shown) -> None:
    page = shown.page
    page.set_theme(MEETING)
    assert page.hidden == STANDARD_SENSITIVE
    assert {n for n, row in page.editor.rows.items() if row.hidden} == STANDARD_SENSITIVE
    assert page.chart.radar.hidden() == STANDARD_SENSITIVE
    for series in page.chart.radar.series():
        assert all(series.values[n - 1] is None for n in STANDARD_SENSITIVE)
    model = page.chart.table_model
    for n in STANDARD_SENSITIVE:
        assert model.index(n - 1, 0).data() == f"Område {n}: skjult"
        assert "Sikkerhet" not in model.index(n - 1, 0).data()
    assert "Skjulte områder er ikke tatt med" in page.chart.words.text()
    assert page.chart.reveal_button.isVisible()
    page.chart.reveal_button.click()
    assert page.hidden == frozenset()
    assert not any(row.hidden for row in page.editor.rows.values())
    page.set_theme(NORMAL)
    page.set_theme(MEETING)
    assert page.hidden == STANDARD_SENSITIVE  # shown for that occasion only


def test_hidden_area_takes_no_keys(shown: Shown, qtbot: QtBot) -> None:
    shown.page.set_theme(MEETING)
    before = shown.latest().rating(4, "ungdom").rating
    row = shown.page.editor.rows[4]
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_1)
    assert shown.latest().rating(4, "ungdom").rating == before
    assert shown.page.editor.area == 4
    assert not shown.page.editor.texts["resources"].isEnabled()
    assert shown.page.editor.detail_title.text() == "Området er skjult nå."


def test_team_marks_an_area_sensitive(shown: Shown, qtbot: QtBot) -> None:
    _focus_row(shown, qtbot, 2)
    box = shown.page.editor.sensitive_box
    assert box.isEnabled() and not box.isChecked()
    box.click()
    assert shown.view().marked_sensitive == frozenset({2})
    shown.page.set_theme(MEETING)
    assert 2 in shown.page.hidden
    _focus_row(shown, qtbot, 4)
    assert not shown.page.editor.sensitive_box.isEnabled()  # the standard's: always sensitive
    shown.editor.stack.undo()
    assert shown.view().marked_sensitive == frozenset()


def test_a_change_made_elsewhere_is_shown(shown: Shown) -> None:
    kid = shown.latest().id
    changes = kartlegging_ops.set_area_rating(
        shown.store, shown.youth_id, kid, 9, "lag", AreaRatingInfo(1)
    )
    shown.page.apply_changes(changes)
    assert shown.page.editor.rows[9].rating("lag") == 1


def test_each_kartlegging_note_is_the_tooltip_of_its_choice(shown: Shown) -> None:
    choice = shown.page.editor.choice
    notes = [a.note for a in shown.view().assessments]
    assert all(notes)
    assert [choice.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(2)] == notes


def test_meeting_mode_shows_the_picture_and_the_ratings_on_request(shown: Shown) -> None:
    page = shown.page
    assert page.editor.isVisible() and not page.editor_button.isVisible()
    page.set_theme(MEETING)
    assert not page.editor.isVisible() and page.editor_button.isVisible()
    page.editor_button.click()
    assert page.editor.isVisible()
    page.set_theme(NORMAL)
    page.set_theme(MEETING)  # the next meeting starts with the picture again
    assert not page.editor.isVisible()
