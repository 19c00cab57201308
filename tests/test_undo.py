"""The undo editor: changes are made at once, undone and redone through the store."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from lagmote.db import plan_ops
from lagmote.db.plan_queries import load_plan, load_week
from lagmote.db.store import Changes, Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.plan import EntryFields
from lagmote.ui.undo import Editor, creation

TODAY = date(2026, 12, 1)


@pytest.fixture
def youth_id(store: Store) -> int:
    return import_document(store, build_demo(TODAY))


def _set(store: Store, youth_id: int, text: str) -> Changes:
    return plan_ops.set_section(store, youth_id, "styrker", text)


def test_typing_merges_into_one_undo_step(qtbot: QtBot, store: Store, youth_id: int) -> None:
    editor = Editor()
    original = load_plan(store, youth_id).section("styrker")
    for text in ("J", "Je", "Jeg"):
        editor.apply("Skriv", lambda t=text: _set(store, youth_id, t),
                     lambda: _set(store, youth_id, original), merge_key=("section", "styrker"))
    assert editor.stack.count() == 1
    assert load_plan(store, youth_id).section("styrker") == "Jeg"
    with qtbot.waitSignal(editor.changed):
        editor.stack.undo()
    assert load_plan(store, youth_id).section("styrker") == original
    editor.stack.redo()
    assert load_plan(store, youth_id).section("styrker") == "Jeg"


def test_failed_change_is_not_pushed(store: Store, youth_id: int) -> None:
    editor = Editor()
    with pytest.raises(UserError):
        editor.apply("Feil", lambda: plan_ops.set_section(store, youth_id, "nei", "x"),
                     lambda: _set(store, youth_id, ""))
    assert editor.stack.count() == 0


def test_creation_keeps_its_id(store: Store, youth_id: int) -> None:
    editor = Editor()
    fields = EntryFields(2, 900, 960, "aktivitet", "Gitar")
    redo, undo = creation(
        lambda entry_id: plan_ops.add_entry(store, youth_id, fields, entry_id),
        lambda entry_id: plan_ops.delete_entry(store, youth_id, entry_id),
    )
    created = editor.apply("Ny aktivitet", redo, undo).created_ids[0]
    editor.stack.undo()
    assert created not in {e.id for e in load_week(store, youth_id).entries}
    editor.stack.redo()
    assert created in {e.id for e in load_week(store, youth_id).entries}


def test_undo_that_cannot_be_made_is_reported(qtbot: QtBot, store: Store, youth_id: int) -> None:
    editor = Editor()
    fields = EntryFields(2, 900, 960, "aktivitet", "Gitar")
    redo, undo = creation(
        lambda entry_id: plan_ops.add_entry(store, youth_id, fields, entry_id),
        lambda entry_id: plan_ops.delete_entry(store, youth_id, entry_id),
    )
    created = editor.apply("Ny aktivitet", redo, undo).created_ids[0]
    plan_ops.delete_entry(store, youth_id, created)  # someone else removed it meanwhile
    with qtbot.waitSignal(editor.failed) as failed:
        editor.stack.undo()
    assert "Fant ikke aktiviteten" in failed.args[0]
