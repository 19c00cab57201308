"""The window's tie to a shared PostgreSQL server: live refresh, and losing the server.

While the server answers, a :class:`~lagmote.ui.change_watch.ChangeWatch` hears other
people's changes and the window redraws what they touched. When a read or write finds the
server gone (the store calls back), or the listening connection drops, the window shows the
:class:`~lagmote.ui.connection_banner.ConnectionBanner` and asks the server every few
seconds whether it is back. The store refuses work at once meanwhile, so typing never waits
for a timeout; the fields keep what was typed. When the server answers, the banner goes,
the pages save what they hold, the listener reconnects and the window reads everything again
(changes made meanwhile were not heard).

The question to the server runs on a short-lived thread of its own: a server behind a
dropped network answers nothing until the connection times out (10 s), and the window must
not freeze for that. Only the question runs there; its answer comes back as a signal.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from lagmote.db.listener import ChangeListener, server_answers
from lagmote.ui.change_watch import ChangeWatch
from lagmote.ui.connection_banner import ConnectionBanner
from lagmote.ui.unsaved_texts import as_clipboard_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from lagmote.db.store import Changes, Store

PING_MS = 3000


@dataclass(frozen=True)
class WindowHooks:
    """What the link asks of the window."""

    notify: Callable[[Changes], None]  # another program changed a youth's record
    reload: Callable[[], object]  # read the list and the youth shown again (never raises)
    flush: Callable[[], None]  # save what the pages hold
    unsaved: Callable[[], list[tuple[str, str]]]  # (title, text) not saved


class Pinger(QObject):
    """Asks the server whether it answers, off the window's thread; one question at a time.

    Signals:
        answered(bool): the answer, on the window's thread.
    """

    answered = Signal(bool)
    _answer = Signal(bool)  # from the asking thread; queued to this object's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asking = False
        self._answer.connect(self._on_answer)

    @property
    def asking(self) -> bool:
        return self._asking

    def ping(self, engine: Engine) -> None:
        if self._asking:
            return
        self._asking = True
        threading.Thread(target=self._ask, args=(engine,), name="lagmote-ping", daemon=True).start()

    def _ask(self, engine: Engine) -> None:
        answer = server_answers(engine)
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._answer.emit(answer)

    @Slot(bool)
    def _on_answer(self, answer: bool) -> None:
        self._asking = False
        self.answered.emit(answer)


class ServerLink(QObject):
    """Live refresh and the lost-server banner for one window and its store."""

    def __init__(self, banner: ConnectionBanner, hooks: WindowHooks, parent: QObject) -> None:
        super().__init__(parent)
        self.banner = banner
        self._hooks = hooks
        self._store: Store | None = None
        self.lost = False
        self.watch = ChangeWatch(self._listener, self)
        self.watch.changed.connect(self._on_watch_changed)
        self.watch.list_changed.connect(self._on_watch_list_changed)
        self.watch.lost.connect(self._on_watch_lost)
        self.pinger = Pinger(self)
        self.pinger.answered.connect(self._on_pinger_answered)
        self.timer = QTimer(self)
        self.timer.setInterval(PING_MS)
        self.timer.timeout.connect(self.check_now)
        banner.retry_requested.connect(self.check_now)
        banner.copy_requested.connect(self.copy_unsaved)

    def start(self, store: Store) -> None:
        """Follow ``store`` (a new one after unlocking): hear its losses, listen."""
        self._store = store
        store.on_connection_lost = self._on_store_lost
        self._set_lost(False)
        if not self.watch.start():
            self.check_now()

    def stop(self) -> None:
        """Stop listening and asking (the window locks or closes)."""
        if self._store is not None:
            self._store.on_connection_lost = None
            self._store = None
        self.watch.stop()
        self._set_lost(False)

    @Slot()
    def check_now(self) -> None:
        """Ask the server now whether it answers."""
        if self._store is not None:
            self.banner.set_trying(True)
            self.pinger.ping(self._store.engine)

    @Slot()
    def copy_unsaved(self) -> None:
        texts = self._hooks.unsaved()
        if not texts:
            self.banner.show_status(self.tr("Alt du skrev, er lagret: det er ingenting å kopiere."))
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(as_clipboard_text(texts))
        self.banner.show_status(
            self.tr("Kopiert til utklippstavlen: {count} felt som ikke er lagret.").format(
                count=len(texts)
            )
        )

    def _listener(self) -> ChangeListener:
        assert self._store is not None
        return ChangeListener(self._store.engine)

    def _set_lost(self, lost: bool) -> None:
        self.lost = lost
        if lost:
            if not self.banner.isVisible():
                self.banner.show_lost()
            self.timer.start()
        else:
            self.timer.stop()
            self.banner.hide()

    def _on_store_lost(self) -> None:
        """Called inside the failing read or write: only show and start asking here."""
        self._set_lost(True)
        self.check_now()

    @Slot()
    def _on_watch_lost(self) -> None:
        self.check_now()  # perhaps only our listening connection was dropped

    @Slot(bool)
    def _on_pinger_answered(self, answers: bool) -> None:
        self.banner.set_trying(False)
        if self._store is None:
            return
        if not answers:
            self._store.connection_gone()
            self._set_lost(True)
        elif self.lost or not self.watch.listening:
            self._back()

    def _back(self) -> None:
        """The server answers: save what was kept, listen again, read everything again."""
        assert self._store is not None
        self._store.connection_back()
        self._set_lost(False)
        self._hooks.flush()
        if not self.watch.start():
            self.timer.start()  # the listener will be tried again with the next question
        self._hooks.reload()

    @Slot(object)
    def _on_watch_changed(self, changes: Changes) -> None:
        self._hooks.notify(changes)

    @Slot()
    def _on_watch_list_changed(self) -> None:
        self._hooks.reload()
