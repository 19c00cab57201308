"""The main window on demo data: list, header, overview, meeting mode."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPixmap
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db.errors import DatabaseError
from lagmote.db.models import AuditEntry
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.ui import main_window as main_window_module
from lagmote.ui import render
from lagmote.ui.main_window import MainWindow
from lagmote.ui.models import TeamTableModel

TODAY = date(2026, 12, 1)


def oppfolger_name() -> str:
    members = build_demo(TODAY)["team_members"]
    return str(next(m["name"] for m in members if m["role"] == "oppfolger"))


def show_active(window: MainWindow, qtbot: QtBot) -> None:
    """Show ``window`` as the active window: shortcuts go to the active window only."""
    with qtbot.waitExposed(window), qtbot.waitActive(window):
        window.show()
        window.activateWindow()


@pytest.fixture
def failures(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """What the window would have shown in a message box, instead of blocking on one."""
    shown: list[BaseException] = []
    monkeypatch.setattr(main_window_module, "show_failure", lambda _parent, e: shown.append(e))
    return shown


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
    assert header._name.text() == "Emil Fiktiv Hansen"
    facts = header._facts.text().split(" · ")
    assert facts[0] == "15 år"  # born 2011-08-23, shown on 2026-12-01
    assert f"Oppfølger: {oppfolger_name()}" in facts


def test_overview_shows_steps_and_team(window: MainWindow) -> None:
    page = window.overview_page
    assert page.team_model.rowCount() >= 8
    assert "Over fristen: Neste lagmøte er 3 dager over fristen" in (
        page.timeline.accessibleDescription()
    )
    assert "over fristen" in page.deadlines.text()
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


# --- shortcuts ---------------------------------------------------------------------------


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    keys = [
        key.toString()
        for action in window.findChildren(QAction)
        for key in action.shortcuts()
        if not key.isEmpty()
    ]
    assert "F5" in keys and "Ctrl+R" in keys
    assert len(keys) == len(set(keys)), keys


def test_actions_belong_to_the_window(window: MainWindow) -> None:
    """So that their shortcuts work while meeting mode hides the menu bar."""
    own = window.actions()
    assert window.meeting_action in own
    assert window.reload_action in own
    assert window.leave_meeting in own


def test_f5_and_escape_toggle_meeting_mode(window: MainWindow, qtbot: QtBot) -> None:
    show_active(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.meeting_mode is True
    assert window.menuBar().isHidden()
    qtbot.keyClick(window, Qt.Key.Key_F5)  # the menu bar is hidden: the window's own action
    assert window.meeting_mode is False
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.meeting_mode is True
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.meeting_mode is False
    assert not window.menuBar().isHidden()


def test_ctrl_r_reloads_in_meeting_mode(
    window: MainWindow, qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    show_active(window, qtbot)
    shown = window._youth_id
    window.set_meeting_mode(True, full_screen=False)
    import_document(store, build_demo(TODAY), as_new=True)
    loaded: list[int] = []
    load = window._load_overview
    monkeypatch.setattr(window, "_load_overview", lambda i, t: loaded.append(i) or load(i, t))
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.youth_model.rowCount() == 2
    assert loaded == [shown]  # the youth on screen is read anew, once


# --- failures in slots ----------------------------------------------------------------


def test_failed_reload_shows_a_message(
    window: MainWindow, failures: list[BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any) -> None:
        raise DatabaseError("Databasen er låst av et annet program som bruker den.")

    monkeypatch.setattr("lagmote.db.queries.list_youths", broken)
    window.reload_action.trigger()
    assert [str(e) for e in failures] == ["Databasen er låst av et annet program som bruker den."]


def test_failed_selection_shows_a_message(
    window: MainWindow,
    failures: list[BaseException],
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = import_document(store, build_demo(TODAY), as_new=True)
    window.reload()

    def broken(*_args: Any) -> None:
        raise RuntimeError("Emil Fiktiv Hansen, født 23.08.2011")

    monkeypatch.setattr(window, "_load_overview", broken)
    window.youth_list.setCurrentIndex(window.youth_model.index(window.youth_model.row_of(other)))
    assert len(failures) == 1
    assert isinstance(failures[0], RuntimeError)


def test_failure_text_names_only_the_type() -> None:
    from lagmote.ui.failures import failure_text

    assert failure_text(UserError("Fant ingen ungdom med id 7.")) == "Fant ingen ungdom med id 7."
    text = failure_text(ValueError("Emil Fiktiv Hansen"))
    assert "ValueError" in text
    assert "Emil" not in text


# --- user data as plain text ---------------------------------------------------------


def test_markup_in_names_shows_literally(qtbot: QtBot, store: Store) -> None:
    document = build_demo(TODAY)
    document["youth"]["first_name"] = "<b>Ola</b>"
    document["youth"]["district"] = "<i>Bydel</i>"
    youth_id = import_document(store, document)
    main = MainWindow(store, "test.db", today=lambda: TODAY)
    qtbot.addWidget(main)
    main.reload()
    main.select_youth(youth_id)
    name, facts = main.header._name, main.header._facts
    assert name.text().startswith("<b>Ola</b>")
    assert name.textFormat() == Qt.TextFormat.PlainText
    assert "<i>Bydel</i>" in facts.text()
    assert facts.textFormat() == Qt.TextFormat.PlainText
    assert main.overview_page.missing_roles.textFormat() == Qt.TextFormat.PlainText


def test_deadline_escaping_covers_quotes() -> None:
    from lagmote.ui.overview_page import _escape

    assert _escape("""<a href='x' title="y">&""") == (
        "&lt;a href=&#x27;x&#x27; title=&quot;y&quot;&gt;&amp;"
    )


def test_team_tooltip_is_escaped(window: MainWindow) -> None:
    model = window.overview_page.team_model
    members = list(model._rows)
    first = members[0]
    members[0] = type(first)(**{**first.__dict__, "responsibilities": "<b>Mål</b>\nTo"})
    model.set_members(members)
    tip = model.data(model.index(0, TeamTableModel.COL_ROLE), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Mål&lt;/b&gt;" in tip
    assert "<b>" not in tip


def test_team_headers_are_bokmal(window: MainWindow) -> None:
    model = window.overview_page.team_model
    titles = [
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
    ]
    assert titles == ["Rolle", "Navn", "Virksomhet", "Telefon", "E-post"]


# --- render: an export ---------------------------------------------------------------


def _audit_rows(store: Store) -> list[tuple[str, str, int | None, int | None, str]]:
    with Session(store.engine) as session:
        query = select(
            AuditEntry.action,
            AuditEntry.object,
            AuditEntry.youth_id,
            AuditEntry.object_id,
            AuditEntry.detail,
        ).where(AuditEntry.action == "export")
        return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def test_render_is_private_and_audited(store: Store, tmp_path: Path) -> None:
    youth_id = import_document(store, build_demo(TODAY))
    folder = tmp_path / "ut"
    folder.mkdir()
    out = folder / "oversikt.png"
    out.write_bytes(b"old")
    out.chmod(0o644)
    render.render_page(store, youth_id, "overview", out, (900, 600))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert _audit_rows(store) == [("export", "youth", youth_id, youth_id, "render")]
    assert [p.name for p in folder.iterdir()] == ["oversikt.png"]  # no temporary file left


def test_failed_render_leaves_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    youth_id = import_document(store, build_demo(TODAY))
    monkeypatch.setattr(QPixmap, "save", lambda *_args: False)
    folder = tmp_path / "ut"
    folder.mkdir()
    with pytest.raises(UserError, match="Kunne ikke lage bildet"):
        render.render_page(store, youth_id, "overview", folder / "oversikt.png")
    assert list(folder.iterdir()) == []
    assert _audit_rows(store) == []


def test_youth_list_says_which_deadlines_are_past(window: MainWindow) -> None:
    index = window.youth_model.index(0)
    text = index.data()
    lines = text.split("\n")
    assert lines[0] == "Emil Fiktiv Hansen (15 år)"
    assert lines[1] == "⚠ Lagmøte på overtid: 3 dager over fristen 28.11.2026"
    assert lines[2] == "⚠ 1 oppgave fra lagmøtene over fristen"
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None  # and coloured too


def test_overview_names_late_action_items_by_role_in_meetings(window: MainWindow) -> None:
    page = window.overview_page
    assert "Oppgave fra lagmøtet er 20 dager over fristen" in page.deadlines.text()
    assert "Ingrid Test Dahl (Barneverntjenesten)" in page.deadlines.text()
    window.set_meeting_mode(True, full_screen=False)
    assert "Ingrid" not in page.deadlines.text()
    assert "Barneverntjenesten" in page.deadlines.text()
    assert oppfolger_name() not in window.header._facts.text()  # adults by role only
    window.set_meeting_mode(False)
    assert f"Oppfølger: {oppfolger_name()}" in window.header._facts.text()
