"""The main window on demo data: list, header, overview, meeting mode."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.ui.main_window import MainWindow
from lagmote.ui.models import TeamTableModel

TODAY = date(2026, 12, 1)


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    youth_id = import_document(store, build_demo(TODAY))
    main = MainWindow(store, "test.db", today=lambda: TODAY)
    qtbot.addWidget(main)
    main.reload()
    main.select_youth(youth_id)
    return main


def test_opens_on_demo_youth(window: MainWindow) -> None:
    assert window.youth_model.rowCount() == 1
    header = window.header
    assert "Oppfølger:" in header._facts.text()
    assert "år" in header._facts.text()
    assert header._name.text() != ""


def test_overview_shows_steps_and_team(window: MainWindow) -> None:
    page = window.overview_page
    assert page.team_model.rowCount() >= 8
    assert "Over fristen" in page.timeline.accessibleDescription() or (
        "over fristen" in page.deadlines.text()
    )
    assert page.missing_roles.isHidden()


def test_meeting_mode_hides_contacts_and_list(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    window.set_meeting_mode(True, full_screen=False)
    view = window.overview_page.team_view
    assert all(view.isColumnHidden(c) for c in TeamTableModel.CONTACT_COLUMNS)
    assert not view.isColumnHidden(TeamTableModel.COL_ROLE)
    assert window.left_panel.isHidden()
    window.set_meeting_mode(False)
    assert not view.isColumnHidden(TeamTableModel.COL_PHONE)
    assert view.isColumnHidden(TeamTableModel.COL_EMAIL)
    assert not window.left_panel.isHidden()


def test_team_model(qtmodeltester: object, window: MainWindow) -> None:
    qtmodeltester.check(window.overview_page.team_model)  # type: ignore[attr-defined]
    qtmodeltester.check(window.youth_model)  # type: ignore[attr-defined]


def test_empty_database_says_what_to_do(qtbot: QtBot, store: Store) -> None:
    main = MainWindow(store, "tom.db", today=lambda: TODAY)
    qtbot.addWidget(main)
    main.reload()
    assert "lagmote demo" in main.empty_note.text()
    assert main.header._name.text() == "Ingen ungdom valgt"
