"""A service's own notes on the team page: shown only to that service, never in meeting mode,
added as one undoable, audit-logged step (in a local file; the shared database's own rule is
in tests/test_district.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lagmote.db import service_note_ops
from lagmote.db.audit_queries import load_audit
from lagmote.db.store import Store
from lagmote.errors import UserError
from lagmote.profile import Profile, save_profile
from lagmote.service_notes import check_note, service_of
from lagmote.ui.team_page import TeamPage
from lagmote.ui.theme import MEETING, NORMAL
from tests.pages import ShownPage, show_demo_youth

TODAY = date(2026, 12, 1)


class Shown(ShownPage[TeamPage]):
    pass


def _as(role: str) -> None:
    save_profile(Profile("Per Politi", role, "Oslo politidistrikt"))


def _show(qtbot: QtBot, store: Store) -> Shown:
    return show_demo_youth(qtbot, store, Shown, TeamPage, TODAY, activate=False)


def test_the_police_see_and_add_their_own_notes(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    _as("politi")
    shown = _show(qtbot, store)
    box = shown.page.service_notes
    assert box.isVisible() and "politiet" in box.heading.text()
    box.new_text.setPlainText("  Bekymringsmelding fra skolen  ")
    box.add_button.click()
    assert box.new_text.toPlainText() == ""
    assert box.notes.count() == 1 and "Bekymringsmelding fra skolen" in box.notes.item(0).text()
    notes = service_note_ops.load_notes(store, shown.youth_id, "politi")
    assert [n.text for n in notes] == ["Bekymringsmelding fra skolen"]
    assert service_note_ops.load_notes(store, shown.youth_id, "helse") == ()
    shown.editor.stack.undo()
    assert service_note_ops.load_notes(store, shown.youth_id, "politi") == ()
    assert box.notes.count() == 0
    actions = {(line.action, line.object) for line in load_audit(store, shown.youth_id, None)}
    assert {("create", "service_note"), ("delete", "service_note")} <= actions


def test_the_notes_never_show_in_meeting_mode(qtbot: QtBot, store: Store, data_dir: Path) -> None:
    _as("politi")
    shown = _show(qtbot, store)
    service_note_ops.add_note(store, shown.youth_id, "politi", "Hemmelig", TODAY)
    shown.page.set_theme(MEETING)
    assert not shown.page.service_notes.isVisible()
    shown.page.set_theme(NORMAL)
    assert shown.page.service_notes.isVisible()


def test_other_roles_see_no_service_notes(qtbot: QtBot, store: Store, data_dir: Path) -> None:
    """The test profile is an oppfølger: the police's note is not on the page at all."""
    shown = _show(qtbot, store)
    service_note_ops.add_note(store, shown.youth_id, "politi", "Hemmelig", TODAY)
    shown.page.apply_changes(service_note_ops.add_note(
        store, shown.youth_id, "politi", "Enda en", TODAY
    ))  # fmt: skip
    box = shown.page.service_notes
    assert not box.isVisible() and box.notes.count() == 0


def test_an_empty_note_is_refused_in_a_sentence(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    _as("helse")
    shown = _show(qtbot, store)
    box = shown.page.service_notes
    box.new_text.setPlainText("   ")
    box.add_button.click()
    assert "tomt" in shown.page.message.text()
    assert service_note_ops.load_notes(store, shown.youth_id, "helse") == ()


@pytest.mark.parametrize(("role", "service"), [("politi", "politi"), ("skole", None), ("", None)])
def test_which_roles_have_notes(role: str, service: str | None) -> None:
    assert service_of(role) == service


def test_a_note_for_an_unknown_service_is_refused() -> None:
    with pytest.raises(UserError):
        check_note("skole", "tekst")
