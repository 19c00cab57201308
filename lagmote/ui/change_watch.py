"""Watching a shared database for other people's changes, without a thread.

A :class:`ChangeWatch` puts a :class:`~PySide6.QtCore.QSocketNotifier` on the listening
connection of a :class:`~lagmote.db.listener.ChangeListener`, so the event loop wakes it
when a notification arrives. Bursts (a save writes several rows, an import hundreds) are
gathered for a moment and reported once.

Signals:
    changed(object): a :class:`~lagmote.db.store.Changes` per youth touched (youth None: a
        change that belongs to no one youth, such as a district setting), whose
        ``objects`` are table names, the same names as the audit log's object names that
        the pages' ``shows`` list.
    list_changed(): a youth was added, changed or removed, or who may see whom changed;
        the window then reads everything it shows again, so no ``changed`` comes with it.
    lost(): the listening connection is gone (the server stopped or dropped it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal, Slot

from lagmote.db.store import Changes
from lagmote.errors import UserError

if TYPE_CHECKING:
    from lagmote.db.listener import ChangeListener, RemoteChange

COALESCE_MS = 200
LIST_TABLES = frozenset({"youth", "team_access"})


class ChangeWatch(QObject):
    """Turns notifications from ``connect()``'s listener into signals; reconnects on
    request with a fresh listener from ``connect``."""

    changed = Signal(object)
    list_changed = Signal()
    lost = Signal()

    def __init__(self, connect: Callable[[], ChangeListener], parent: QObject | None = None):
        super().__init__(parent)
        self._connect = connect
        self._listener: ChangeListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._pending: set[RemoteChange] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def listening(self) -> bool:
        return self._listener is not None

    @property
    def listener(self) -> ChangeListener | None:
        return self._listener

    def start(self) -> bool:
        """Open a (new) listener; False when the server cannot be reached (nothing else
        happens: whoever asked tries again later)."""
        self.stop()
        try:
            listener = self._connect()
        except UserError:
            return False
        self._listener = listener
        notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._on_notifier_activated)
        self._notifier = notifier
        return True

    def stop(self) -> None:
        """Stop listening; changes already heard are dropped (the caller reloads anyway)."""
        self._timer.stop()
        self._pending.clear()
        if self._notifier is not None:  # before the socket closes under it
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    @Slot()
    def _on_notifier_activated(self) -> None:
        listener = self._listener
        if listener is None:
            return
        try:
            heard = listener.drain()
        except UserError:
            self.stop()
            self.lost.emit()
            return
        if heard:
            self._pending.update(heard)
            if not self._timer.isActive():
                self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        pending, self._pending = self._pending, set()
        if any(change.table in LIST_TABLES for change in pending):
            self.list_changed.emit()  # the window reads the list and the youth shown anew
            return
        for youth_id, tables in _by_youth(pending).items():
            self.changed.emit(Changes(youth_id, frozenset(tables)))


def _by_youth(changes: set[RemoteChange]) -> dict[int | None, set[str]]:
    tables: dict[int | None, set[str]] = {}
    for change in changes:
        tables.setdefault(change.youth_id, set()).add(change.table)
    return tables
