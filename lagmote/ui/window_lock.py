"""Locking the main window: its half of :mod:`lagmote.ui.lock`.

:class:`WindowLocking` is the base of :class:`~lagmote.ui.main_window.MainWindow`, kept apart
so that each module stays small. It locks (every dialog closed, typing saved, and what
could not be saved kept in memory to offer after unlocking, pages deleted,
list, header and undo history emptied, the store closed so that the key goes with it) and
unlocks (through the unlocker the application gave, which asks for the passphrase or the
keyring), and keeps the idle time from the district's setting. The window owns the widgets
and state used here; they are declared for the type checker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget, QWidget

from lagmote.ui.failures import failure_text

if TYPE_CHECKING:
    from lagmote.db.store import Store
    from lagmote.ui.header import YouthHeader
    from lagmote.ui.lock import IdleWatcher, LockScreen
    from lagmote.ui.models import YouthListModel
    from lagmote.ui.page_stack import PageStack
    from lagmote.ui.server_link import ServerLink
    from lagmote.ui.undo import Editor


class WindowLocking(QMainWindow):
    """Lock and unlock; the idle time."""

    _store: Store | None
    _youth_id: int | None
    _unlocker: Callable[[], Store | None] | None
    _locked_at: tuple[int | None, str]
    locked: bool
    meeting_mode: bool
    pages: PageStack
    youth_model: YouthListModel
    header: YouthHeader
    editor: Editor
    idle: IdleWatcher
    lock_screen: LockScreen
    central: QStackedWidget
    workspace: QWidget
    server_link: ServerLink | None
    _kept: list[tuple[str, str]]
    kept_dialog: QDialog

    # The window's own methods that locking uses.
    reload: Callable[[], None]
    select_page: Callable[[str], None]
    set_meeting_mode: Callable[..., None]
    _guarded: Callable[[Callable[[], object]], bool]
    follow_server: Callable[[Store], None]
    unsaved_texts: Callable[[], list[tuple[str, str]]]

    def _start_idle_watch(self) -> None:
        from lagmote.db.settings import AUTO_LOCK, load_number

        if self._store is not None:
            self.idle.start(load_number(self._store, AUTO_LOCK))

    def lock(self) -> None:
        """Hide and let go of everything personal, and of the database key."""
        if self.locked or self._store is None:
            return
        for dialog in self.findChildren(QDialog):  # a wizard saves its draft as it closes
            if dialog.isVisible():
                dialog.reject()
        self.pages.flush()  # what is being typed is saved first
        self._kept = self.unsaved_texts()  # what could not be: memory only, offered at unlock
        if self.meeting_mode:
            self.set_meeting_mode(False)
        self._locked_at = (self._youth_id, self.pages.current)
        self.pages.forget()
        self.youth_model.set_items([])
        self.header.clear()
        self.editor.clear()  # undo steps hold the store and the record's values
        if self.server_link is not None:
            self.server_link.stop()  # no listening, no asking while locked
        store, self._store, self._youth_id = self._store, None, None
        store.close()
        self.idle.stop()
        self.locked = True
        self.lock_screen.show_problem("")
        self.central.setCurrentWidget(self.lock_screen)
        self.setWindowTitle(self.tr("Lagmøte (låst)"))

    def unlock(self) -> bool:
        """Open the database again through the unlocker; False if it did not open."""
        if not self.locked or self._unlocker is None:
            return False
        try:
            store = self._unlocker()
        except Exception as error:  # a wrong passphrase, a missing keyring: say so, stay locked
            self.lock_screen.show_problem(failure_text(error))
            return False
        if store is None:
            return False  # the user cancelled
        self._store, self.locked = store, False
        self.central.setCurrentWidget(self.workspace)
        self.setWindowTitle(self.tr("Lagmøte"))
        youth_id, page = self._locked_at
        self._youth_id = youth_id
        if self._guarded(self.reload):
            self.select_page(page)
        self._guarded(self._start_idle_watch)
        self.follow_server(store)
        self._offer_kept()
        return True

    def _offer_kept(self) -> None:
        """Show what could not be saved before locking, once, to copy it back."""
        kept, self._kept = self._kept, []
        if not kept:
            return
        from lagmote.ui.kept_texts_dialog import KeptTextsDialog

        self.kept_dialog = KeptTextsDialog(kept, self)
        self.kept_dialog.finished.connect(self.kept_dialog.deleteLater)
        self.kept_dialog.open()

    @Slot()
    def _on_lock_triggered(self) -> None:
        self.lock()

    @Slot()
    def _on_idle(self) -> None:
        self.lock()

    @Slot()
    def _on_unlock_requested(self) -> None:
        self.unlock()
