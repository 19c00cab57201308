"""What the youth pages share in making a change and in reading what they show.

A page makes each change through its actions object (one undoable step); a change the
store refuses is named in the page's :class:`~lagmote.ui.plan_fields.MessageBar` with
nothing written, and the next change that goes through takes that message away. A page
that cannot read what it shows says so in the same bar.

A change refused because someone else saved the same field meanwhile
(:class:`~lagmote.db.conflicts.EditConflict`) is put to the user in the
:mod:`~lagmote.ui.conflict_dialog`, here, for every page alike. "Behold min" and "Slå sammen"
are saved as an undoable step of the page's editor (the conflict's ``save``, which the
actions made one); then the page is told (``settled``) to show what is stored and forget the
typing.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from lagmote.db.conflicts import EditConflict
from lagmote.errors import UserError
from lagmote.ui import conflict_dialog
from lagmote.ui.plan_fields import MessageBar

A = TypeVar("A")
R = TypeVar("R")
V = TypeVar("V")


@dataclass(frozen=True)
class Done(Generic[R]):
    """What a change that went through returned (None when there was nothing to change)."""

    result: R


def _tr(text: str) -> str:
    return QCoreApplication.translate("PageChanges", text)


def make_change(
    message: MessageBar,
    actions: A | None,
    change: Callable[[A], R],
    where: str = "",
    clears: Container[str] = ("problem",),
    settled: Callable[[], object] | None = None,
) -> Done[R] | None:
    """Make ``change`` through ``actions`` (None: no youth is shown, nothing happens).

    A refusal is shown in ``message`` as a problem naming ``where``, and gives None; a
    change that goes through hides a message of a kind in ``clears``. A conflict with
    someone else's save is put to the user (:func:`settle`) and gives None too; once it is
    settled, ``settled`` is called: the page shows what is stored now and drops the typing.
    """
    if actions is None:
        return None
    try:
        result = change(actions)
    except EditConflict as conflict:
        settle(message, conflict, where, settled)
        return None
    except UserError as error:
        message.show_problem(str(error), where)
        return None
    if message.kind in clears:
        message.hide_message()
    return Done(result)


def settle(
    message: MessageBar,
    conflict: EditConflict[Any],
    where: str = "",
    settled: Callable[[], object] | None = None,
) -> bool:
    """Let the user choose what counts (the dialog is parented to the page ``message`` is
    on), save that, and call ``settled``; True when settled. Closing the dialog, or a save
    refused in turn, leaves the typing where it is, the refusal shown as a problem."""
    page = message.parentWidget() or message
    choice = conflict_dialog.choose(page, conflict)
    if choice is None:
        message.show_problem(str(conflict), where)
        return False
    try:
        clean = _save_choice(conflict, choice)
    except UserError as error:
        message.show_problem(str(error), where)
        return False
    if settled is not None:
        settled()
    if clean:
        message.hide_message()
    else:
        message.show_warning(
            _tr(
                "Dere hadde endret det samme stedet i teksten, så begge versjonene står nå i"
                " den, deres først. Les gjennom og rett."
            )
        )
    return True


def _save_choice(conflict: EditConflict[Any], choice: str) -> bool:
    """Save what ``choice`` asks for; False when a merge had to keep both versions."""
    if choice == conflict_dialog.MINE:
        conflict.save(conflict.mine)
    elif choice == conflict_dialog.MERGE:
        merged, clean = conflict.merged()
        conflict.save(merged)
        return clean
    return True


def read_shown(message: MessageBar, read: Callable[[], V]) -> V | None:
    """Read again what the page shows; a failure is shown in ``message`` as a problem
    (the page keeps showing what it had), and gives None."""
    try:
        return read()
    except UserError as error:
        message.show_problem(str(error))
        return None


def read_youth(
    message: MessageBar, read: Callable[[], V], cannot_show: str, after: str = ""
) -> V | None:
    """Read what the page shows for a youth it is to show; a failure is a warning that
    stays, ``cannot_show`` (a text with ``{error}`` in it) followed by ``after``."""
    try:
        return read()
    except UserError as error:
        message.show_warning(cannot_show.format(error=str(error)) + after)
        return None


def scrolled_page(
    page: QWidget, message: MessageBar, scroll_area: QScrollArea, content: QWidget
) -> None:
    """Lay ``page`` out as ``message`` above ``content``, which scrolls in ``scroll_area``."""
    scroll_area.setWidget(content)
    scroll_area.setWidgetResizable(True)
    scroll_area.setFrameShape(QFrame.Shape.NoFrame)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(message)
    outer.addWidget(scroll_area, 1)
