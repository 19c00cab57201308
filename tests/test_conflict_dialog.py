"""The conflict dialog on the Min plan page: the page saves a goal over someone else's new
save, the dialog opens (answered here, never blocking in ``exec()``), and each choice gives
the right stored text, the right text in the field, and a field no longer marked dirty."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from lagmote.db import plan_ops
from lagmote.db.audit import Actor
from lagmote.db.conflicts import EditConflict
from lagmote.db.plan_queries import load_plan
from lagmote.db.store import Changes, Store
from lagmote.plan import GoalInfo
from lagmote.ui import conflict_dialog
from lagmote.ui.conflict_dialog import THEIRS, ConflictDialog
from lagmote.ui.plan_page import PlanPage
from tests.pages import ShownPage, showing_demo_youth

TODAY = date(2026, 12, 1)
OTHER = Actor("Kari Kollega", "oppfolger", "Bydel Test")


class Shown(ShownPage[PlanPage]):
    def goal(self) -> GoalInfo:
        return load_plan(self.store, self.youth_id).goals[0]


@pytest.fixture
def shown(qtbot: QtBot, store: Store) -> Iterator[Shown]:
    yield from showing_demo_youth(qtbot, store, Shown, PlanPage, TODAY)


class Answer:
    """Stands in for :func:`conflict_dialog.choose`: builds the real dialog, clicks
    ``button`` in it (as the user would), and gives the dialog's choice."""

    def __init__(self, qtbot: QtBot, button: str) -> None:
        self.qtbot, self.button = qtbot, button
        self.dialogs: list[ConflictDialog] = []

    def __call__(self, parent: QWidget, conflict: EditConflict[Any]) -> str | None:
        dialog = ConflictDialog(conflict, parent)
        self.qtbot.addWidget(dialog)
        self.dialogs.append(dialog)
        dialog.open()
        if self.button:
            self.qtbot.mouseClick(getattr(dialog, self.button), Qt.MouseButton.LeftButton)
        else:
            dialog.reject()
        return dialog.choice


def clash(
    qtbot: QtBot,
    shown: Shown,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    theirs: str = "Løpe på skolen",
) -> Answer:
    """Type a new goal text (one line) while someone else saves theirs, then save."""
    answer = Answer(qtbot, button)
    monkeypatch.setattr(conflict_dialog, "choose", answer)
    goal = shown.goal()
    base = replace(goal.fields, text="Gå på skolen")
    plan_ops.update_goal(shown.store, shown.youth_id, goal.id, base)  # a known start
    shown.page.apply_changes(Changes(shown.youth_id, frozenset({"goal"})))
    field = shown.page.cards[goal.id].texts["text"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Gå på skolen hver dag")
    assert field.dirty
    other = Store(shown.store.engine, OTHER)
    plan_ops.update_goal(other, shown.youth_id, goal.id, replace(base, text=theirs), base)
    field.flush()
    return answer


def test_se_deres_shows_theirs_and_drops_mine(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = clash(qtbot, shown, monkeypatch, "theirs_button")
    assert len(answer.dialogs) == 1
    assert answer.dialogs[0].choice == THEIRS
    assert shown.goal().fields.text == "Løpe på skolen"
    field = shown.page.cards[shown.goal().id].texts["text"]
    assert field.toPlainText() == "Løpe på skolen"
    assert not field.dirty
    assert shown.editor.stack.count() == 0  # nothing saved


def test_behold_min_saves_mine_as_an_undoable_step(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    clash(qtbot, shown, monkeypatch, "mine_button")
    assert shown.goal().fields.text == "Gå på skolen hver dag"
    field = shown.page.cards[shown.goal().id].texts["text"]
    assert field.toPlainText() == "Gå på skolen hver dag" and not field.dirty
    shown.editor.stack.undo()
    assert shown.goal().fields.text == "Løpe på skolen"


def test_sla_sammen_saves_both_changes(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = clash(qtbot, shown, monkeypatch, "merge_button")
    assert answer.dialogs[0].merge_button is not None
    merged = "Løpe på skolen hver dag"  # their first word, my last words
    assert shown.goal().fields.text == merged
    field = shown.page.cards[shown.goal().id].texts["text"]
    assert field.toPlainText() == merged and not field.dirty
    assert shown.page.message.isHidden()


def test_sla_sammen_over_the_same_words_keeps_both_and_says_so(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    clash(qtbot, shown, monkeypatch, "merge_button", theirs="Gå på skolen hver uke")
    merged = "Gå på skolen hver uke hver dag"  # theirs first, then mine: nothing lost
    assert shown.goal().fields.text == merged
    field = shown.page.cards[shown.goal().id].texts["text"]
    assert field.toPlainText() == merged and not field.dirty
    assert shown.page.message.kind == "warning"
    assert "begge versjonene" in shown.page.message.text()


def test_closing_the_dialog_keeps_the_typing_marked(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    clash(qtbot, shown, monkeypatch, "")
    assert shown.goal().fields.text == "Løpe på skolen"
    field = shown.page.cards[shown.goal().id].texts["text"]
    assert field.toPlainText() == "Gå på skolen hver dag" and field.dirty
    assert "Noen andre har endret «målet»" in shown.page.message.text()


def test_the_dialog_shows_both_and_copies_mine(qtbot: QtBot, shown: Shown) -> None:
    goal = shown.goal()
    base = goal.fields
    other = Store(shown.store.engine, OTHER)
    plan_ops.update_goal(other, shown.youth_id, goal.id, replace(base, text="Deres"), base)
    with pytest.raises(EditConflict) as caught:
        plan_ops.update_goal(shown.store, shown.youth_id, goal.id, replace(base, text="Mitt"), base)
    dialog = ConflictDialog(caught.value, shown.page)
    qtbot.addWidget(dialog)
    texts = dialog.findChildren(QPlainTextEdit)
    assert [t.toPlainText() for t in texts] == ["Deres", "Mitt"]
    assert all(t.isReadOnly() and t.accessibleName() for t in texts)
    assert dialog.merge_button is not None
    for button in (dialog.theirs_button, dialog.mine_button, dialog.copy_button):
        assert button.accessibleName() and button.focusPolicy() != Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Mitt"
    assert dialog.choice is None  # copying chooses nothing


def test_merge_is_not_offered_for_a_clash_of_dates(qtbot: QtBot, shown: Shown) -> None:
    plan = load_plan(shown.store, shown.youth_id)
    measure = next(t for g in plan.goals for t in g.tiltak)
    old = measure.fields
    other = Store(shown.store.engine, OTHER)
    plan_ops.update_tiltak(other, shown.youth_id, measure.id, replace(old, due_on=TODAY), old)
    with pytest.raises(EditConflict) as caught:
        later = replace(old, due_on=date(2027, 1, 4))
        plan_ops.update_tiltak(shown.store, shown.youth_id, measure.id, later, old)
    dialog = ConflictDialog(caught.value, shown.page)
    qtbot.addWidget(dialog)
    assert dialog.merge_button is None
