"""One page showing the demo youth, wired as the window wires it: what the page tests share.

A test file subclasses :class:`ShownPage` with the readings it needs (the view, the plan, a
goal), and builds its fixture from :func:`showing_demo_youth`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar, cast

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.ui.context import Page, YouthContext
from lagmote.ui.theme import NORMAL
from lagmote.ui.undo import Editor

SIZE = (1280, 800)

P = TypeVar("P", bound=QWidget)
S = TypeVar("S", bound="ShownPage[Any]")


@dataclass
class ShownPage(Generic[P]):
    """A page showing the demo youth, with the store and the editor its changes go through."""

    page: P
    store: Store
    editor: Editor
    youth_id: int


def show_demo_youth(
    qtbot: QtBot,
    store: Store,
    shown: Callable[[P, Store, Editor, int], S],
    make_page: Callable[[], P],
    demo_on: date,
    today: date | None = None,
    activate: bool = True,
) -> S:
    """The demo youth as of ``demo_on``, imported into ``store`` and shown on a new page (on
    screen, in the normal theme) that follows the editor's changes; ``today`` is the page's
    today (``demo_on`` unless given). ``activate``: the page's window is made the active one."""
    youth_id = import_document(store, build_demo(demo_on))
    editor = Editor()
    page = make_page()
    as_page = cast(Page, page)
    qtbot.addWidget(page)
    as_page.set_theme(NORMAL)
    editor.changed.connect(as_page.apply_changes)  # the window's part
    as_page.show_youth(YouthContext(store, editor, youth_id, demo_on if today is None else today))
    page.resize(*SIZE)
    page.show()
    qtbot.waitExposed(page)
    if activate:
        page.activateWindow()
    return shown(page, store, editor, youth_id)


def showing_demo_youth(
    qtbot: QtBot,
    store: Store,
    shown: Callable[[P, Store, Editor, int], S],
    make_page: Callable[[], P],
    demo_on: date,
    activate: bool = True,
) -> Iterator[S]:
    """For a fixture: :func:`show_demo_youth`, then the page no longer follows the editor."""
    result = show_demo_youth(qtbot, store, shown, make_page, demo_on, activate=activate)
    yield result
    result.editor.changed.disconnect(cast(Page, result.page).apply_changes)
