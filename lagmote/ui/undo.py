"""Undo and redo for every change a page makes, each one a write through the store.

A page describes a change as two calls into the operations layer, one that makes it and one
that takes it back, and hands them to :meth:`Editor.apply`. The change is made at once (so
nothing waits for a Save button) and pushed on the window's undo stack only when it
succeeded. Typing in one field merges into one undo step.

Signals of :class:`Editor`:
    changed(object): a :class:`~lagmote.db.store.Changes` after every do, undo or redo.
    failed(str): a sentence for the user when an undo or redo could not be made (for
        instance because someone else deleted the row meanwhile); that step is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from lagmote.errors import UserError

if TYPE_CHECKING:
    from lagmote.db.store import Changes

Call = Callable[[], "Changes"]

_MERGE_ID = 1


class StoreCommand(QUndoCommand):
    """One change on the undo stack; ``merge_key`` merges consecutive edits of one field."""

    def __init__(
        self, editor: Editor, text: str, redo: Call, undo: Call, merge_key: Hashable | None
    ) -> None:
        super().__init__(text)
        self._editor = editor
        self._redo, self._undo = redo, undo
        self.merge_key = merge_key
        self._done_once = True  # apply() has already made the change once

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, StoreCommand) or other.merge_key != self.merge_key:
            return False
        self._redo = other._redo  # keep our undo: back to the text before the first keypress
        return True

    def _run(self, call: Call) -> None:
        try:
            self._editor.changed.emit(call())
        except UserError as error:
            self.setObsolete(True)
            self._editor.failed.emit(str(error))


class Editor(QObject):
    """The window's one way to change a youth's record: do now, undo and redo later."""

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)

    def apply(
        self, text: str, redo: Call, undo: Call, merge_key: Hashable | None = None
    ) -> Changes:
        """Make a change now; on success put it on the undo stack. A UserError propagates
        to the caller with nothing pushed."""
        changes = redo()
        self.stack.push(StoreCommand(self, text, redo, undo, merge_key))
        self.changed.emit(changes)
        return changes

    def notify(self, changes: Changes) -> None:
        """Tell the pages about a change that is saved as the user goes but is not one undo
        step (a wizard's draft): they redraw; the undo stack is left as it is."""
        self.changed.emit(changes)

    def clear(self) -> None:
        """Forget the history (when another youth is shown: undo never crosses youths)."""
        self.stack.clear()


def creation(
    add: Callable[[int | None], Changes], delete: Callable[[int], Changes]
) -> tuple[Call, Call]:
    """The redo and undo of creating a row, keeping its id across undo and redo.

    ``add(None)`` makes the row the first time; its id (``created_ids[0]``) is kept, so that
    undo can ``delete(id)`` and redo can ``add(id)`` it back under the same id, which later
    steps on the stack refer to.
    """
    kept: list[int] = []

    def redo() -> Changes:
        changes = add(kept[0] if kept else None)
        if not kept:
            kept.append(changes.created_ids[0])
        return changes

    def undo() -> Changes:
        return delete(kept[0])

    return redo, undo
