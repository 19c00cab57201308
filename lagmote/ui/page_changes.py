"""What the youth pages share in making a change and in reading what they show.

A page makes each change through its actions object (one undoable step); a change the
store refuses is named in the page's :class:`~lagmote.ui.plan_fields.MessageBar` with
nothing written, and the next change that goes through takes that message away. A page
that cannot read what it shows says so in the same bar.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from lagmote.errors import UserError
from lagmote.ui.plan_fields import MessageBar

A = TypeVar("A")
R = TypeVar("R")
V = TypeVar("V")


@dataclass(frozen=True)
class Done(Generic[R]):
    """What a change that went through returned (None when there was nothing to change)."""

    result: R


def make_change(
    message: MessageBar,
    actions: A | None,
    change: Callable[[A], R],
    where: str = "",
    clears: Container[str] = ("problem",),
) -> Done[R] | None:
    """Make ``change`` through ``actions`` (None: no youth is shown, nothing happens).

    A refusal is shown in ``message`` as a problem naming ``where``, and gives None; a
    change that goes through hides a message of a kind in ``clears``."""
    if actions is None:
        return None
    try:
        result = change(actions)
    except UserError as error:
        message.show_problem(str(error), where)
        return None
    if message.kind in clears:
        message.hide_message()
    return Done(result)


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
