"""An undoable update that is saved over what its user saw, never over someone else's save.

Each update operation takes the values the edit began from (``base``) and refuses, as an
:class:`~lagmote.db.conflicts.EditConflict`, to save over a field someone else changed
meanwhile. An undo is an update too: it starts from what the step saved, so an undo over
someone else's later change is refused as well (the editor drops the step and says why).

The base of each call is what this window's own steps last left stored, kept in a small
:class:`_Stored` cell. Typing in one field merges into one undo step (the stack keeps the
first step's undo and the last step's redo), so the steps of one ``merge_key`` share one
cell: the undo of a merged step then starts from the last text typed, and its redo from the
text before the first key.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar
from weakref import WeakKeyDictionary

from lagmote.db.conflicts import EditConflict
from lagmote.db.store import Changes
from lagmote.ui.undo import Editor

V = TypeVar("V")

#: ``write(new, base)``: the update operation, saving ``new`` over ``base``.
Write = Callable[[V, V], Changes]


class _Stored(Generic[V]):
    """What this window's own steps last left stored in one field (or row)."""

    def __init__(self, value: V) -> None:
        self.value = value


_CELLS: WeakKeyDictionary[Editor, dict[Hashable, _Stored[object]]] = WeakKeyDictionary()


def _cell(editor: Editor, merge_key: Hashable | None, old: V) -> _Stored[V]:
    """The cell of ``merge_key`` (a new one without a key), set to ``old``: the page's own
    view of what is stored is where a new step begins."""
    if merge_key is None:
        return _Stored(old)
    cells = _CELLS.setdefault(editor, {})
    cell = cells.setdefault(merge_key, _Stored(old))
    cell.value = old
    return cell  # type: ignore[return-value]  # one key, one kind of value


def based_steps(
    editor: Editor, write: Write[V], old: V, new: V, merge_key: Hashable | None = None
) -> tuple[Callable[[], Changes], Callable[[], Changes]]:
    """The redo and undo of saving ``new`` over ``old``, for :meth:`Editor.apply` with
    ``merge_key``: each starts from what the window's own steps left stored."""
    cell = _cell(editor, merge_key, old)

    def to(value: V) -> Callable[[], Changes]:
        def call() -> Changes:
            changes = write(value, cell.value)
            cell.value = value
            return changes

        return call

    return to(new), to(old)


def based_apply(
    editor: Editor,
    text: str,
    write: Write[V],
    old: V,
    new: V,
    merge_key: Hashable | None = None,
) -> Changes:
    """Save ``new`` over ``old`` as one undoable step of ``editor``; undo saves ``old``
    back over ``new``. A conflict propagates with nothing saved; its ``save`` is made an
    undoable step of the same editor, so "keep mine" and "merge" can be undone too."""
    redo, undo = based_steps(editor, write, old, new, merge_key)
    try:
        return editor.apply(text, redo, undo, merge_key)
    except EditConflict as conflict:
        theirs = conflict.theirs
        conflict.save = lambda fields: based_apply(editor, text, write, theirs, fields)
        raise
