"""What a page needs to show and change one youth's record.

Pages get a :class:`YouthContext` from the main window: the store to read through, the
editor to make undoable changes with, the youth and today's date. Pages never keep sessions
and never reach for the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from lagmote.db.store import Changes, Store
    from lagmote.ui.theme import Theme
    from lagmote.ui.undo import Editor


@dataclass(frozen=True)
class YouthContext:
    """``when`` is today's date, or a clock giving it: a window left open overnight must
    date tomorrow's ratings tomorrow, so pages ask :attr:`today` each time they need it."""

    store: Store
    editor: Editor
    youth_id: int
    when: date | Callable[[], date]

    @property
    def today(self) -> date:
        return self.when if isinstance(self.when, date) else self.when()


class Page(Protocol):
    """What the main window asks of every page."""

    #: The kinds of object (audit-log object names, e.g. "goal", "schedule_entry") whose
    #: changes this page shows; the window reloads the page only for those.
    shows: frozenset[str]

    def show_youth(self, context: YouthContext) -> None:
        """Read the youth's data (through the store) and show it."""

    def set_theme(self, theme: Theme) -> None:
        """Follow the normal or the meeting theme (meeting mode: nothing sensitive)."""

    def apply_changes(self, changes: Changes) -> None:
        """Redraw what ``changes`` touched (called after every do, undo and redo)."""


def touches(context: YouthContext | None, changes: Changes, shows: frozenset[str]) -> bool:
    """True when ``changes`` touched something a page showing ``context`` shows: one of
    the kinds in ``shows``, of the youth shown (or of no youth in particular)."""
    if context is None or not changes.objects & shows:
        return False
    return changes.youth_id in (None, context.youth_id)
