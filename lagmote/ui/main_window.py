"""The main window: the youth list, the chosen youth's header, and the pages.

Signals: none of its own; it listens to the youth list's selection and to its actions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelection, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lagmote.db.errors import ConnectionLost
from lagmote.errors import UserError
from lagmote.ui.failures import show_failure
from lagmote.ui.header import YouthHeader
from lagmote.ui.lock import IdleWatcher, LockScreen
from lagmote.ui.models import YOUTH_ID_ROLE, YouthListModel
from lagmote.ui.page_stack import PAGE_NAMES, PageStack
from lagmote.ui.theme import MEETING, NORMAL, Theme, apply_theme
from lagmote.ui.undo import Editor
from lagmote.ui.window_lock import WindowLocking

if TYPE_CHECKING:  # imported when first needed: the window paints before they are
    from lagmote.db.store import Changes, Store
    from lagmote.records import YouthOverview
    from lagmote.ui.overview_page import OverviewPage
    from lagmote.ui.server_link import ServerLink
    from lagmote.ui.sheet_dialog import SheetDialog

PAGES = PAGE_NAMES
GEOMETRY_KEY = "window/geometry"


class MainWindow(WindowLocking):
    """One window around one youth at a time."""

    def __init__(
        self, store: Store | None, location: str, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__()
        self._store = store
        self._today = today
        self._youth_id: int | None = None
        self._selecting = False
        self.meeting_mode = False
        self.setWindowTitle(self.tr("Lagmøte"))
        self.youth_model = YouthListModel(self)
        self.youth_list = self._youth_list()
        self.header = YouthHeader(self)
        self.pages = PageStack(self)
        self.editor = Editor(self)
        self.editor.changed.connect(self._on_editor_changed)
        self.editor.failed.connect(self._on_editor_failed)
        self._theme = NORMAL
        self.empty_note = QLabel(self)
        self.locked = False
        self.keeps_geometry = False  # only the program's own window; never a test's
        self._unlocker: Callable[[], Store | None] | None = None
        self._locked_at: tuple[int | None, str] = (None, "overview")
        self._kept: list[tuple[str, str]] = []
        self.lock_screen = LockScreen(self)
        self.lock_screen.unlock_requested.connect(self._on_unlock_requested)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self._on_idle)
        self.server_link: ServerLink | None = None  # PostgreSQL only, from attach_store
        self._build(location)
        self._build_actions()
        self.set_theme(NORMAL)
        self.resize(1280, 800)

    # --- building ------------------------------------------------------------------------

    def _youth_list(self) -> QListView:
        view = QListView(self)
        view.setModel(self.youth_model)
        view.setAccessibleName(self.tr("Ungdommer"))
        view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        view.setWordWrap(True)  # a deadline warning under a name wraps, never cut
        view.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped to the width it has
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.selectionModel().selectionChanged.connect(self._on_youth_list_selection_changed)
        return view

    def _build(self, location: str) -> None:
        self.left_panel = QWidget(self)
        left = QVBoxLayout(self.left_panel)
        heading = QLabel(self.tr("Ungdommer"), self.left_panel)
        heading.setBuddy(self.youth_list)
        left.addWidget(heading)
        left.addWidget(self.youth_list, 1)
        self.empty_note.setWordWrap(True)
        left.addWidget(self.empty_note)
        right_panel = QWidget(self)
        right = self._right_layout = QVBoxLayout(right_panel)
        self._normal_margin = right.contentsMargins().left()
        right.addWidget(self.header)
        right.addWidget(self.pages, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.left_panel)
        splitter.addWidget(right_panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1060])
        self.workspace = splitter
        self.central = QStackedWidget(self)
        self.central.addWidget(splitter)
        self.central.addWidget(self.lock_screen)
        self.setCentralWidget(self.central)
        self.show_location(location)

    def show_location(self, location: str) -> None:
        self.statusBar().showMessage(self.tr("Database: {location}").format(location=location))

    def _build_actions(self) -> None:
        """The menus; every action is also the window's own, so its shortcut works while the
        menu bar is hidden in meeting mode. No two actions share a key (F5 is meeting mode,
        so reload is Ctrl+R rather than the platform's Refresh, which is F5 too)."""
        file_menu = self.menuBar().addMenu(self.tr("&Fil"))
        self.sheet_action = self._action(
            self.tr("&Planen på én side (skriv ut eller PDF) …"),
            QKeySequence(QKeySequence.StandardKey.Print),
            self._on_sheet_triggered,
        )
        file_menu.addAction(self.sheet_action)
        file_menu.addSeparator()
        self.recovery_action = self._action(
            self.tr("&Gjenopprettingsnøkkel …"), None, self._on_recovery_key_triggered
        )
        file_menu.addAction(self.recovery_action)
        file_menu.addAction(
            self._action(
                self.tr("&Innstillinger …"),
                QKeySequence(QKeySequence.StandardKey.Preferences),
                self._on_settings,
            )
        )
        file_menu.addSeparator()
        self.lock_action = self._action(
            self.tr("&Lås nå"), QKeySequence("Ctrl+L"), self._on_lock_triggered
        )
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Avslutt"), QKeySequence.StandardKey.Quit, self.close)
        )
        view_menu = self.menuBar().addMenu(self.tr("&Vis"))
        self.meeting_action = self._action(
            self.tr("&Møtemodus (for prosjektor)"),
            QKeySequence(Qt.Key.Key_F5),
            self._on_meeting_toggled,
        )
        self.meeting_action.setCheckable(True)
        view_menu.addAction(self.meeting_action)
        self.reload_action = self._action(
            self.tr("&Last inn på nytt"), QKeySequence("Ctrl+R"), self._on_reload_triggered
        )
        view_menu.addAction(self.reload_action)
        self.archive_action = self._action(
            self.tr("Vis &avsluttede saker (arkiv)"), None, self._on_archive_toggled
        )
        self.archive_action.setCheckable(True)
        view_menu.addAction(self.archive_action)
        view_menu.addSeparator()
        self.audit_action = self._action(
            self.tr("&Hvem har sett saken …"),
            QKeySequence("Ctrl+Shift+H"),
            self._on_audit_triggered,
        )
        view_menu.addAction(self.audit_action)
        self.meeting_action.toggled.connect(self.audit_action.setDisabled)  # it names adults
        self.leave_meeting = self._action(
            self.tr("Gå ut av møtemodus"), QKeySequence(Qt.Key.Key_Escape), self._on_leave_meeting
        )
        self.leave_meeting.setEnabled(False)
        self._build_edit_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Hjelp"))
        help_menu.addAction(self._action(self.tr("&Om Lagmøte"), None, self._on_about))

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_edit_menu(self) -> None:
        """Undo and redo for every change on every page (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y)."""
        edit_menu = self.menuBar().addMenu(self.tr("&Rediger"))
        undo = self.editor.stack.createUndoAction(self, self.tr("&Angre"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.editor.stack.createRedoAction(self, self.tr("&Gjør om"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            self.addAction(action)
            edit_menu.addAction(action)
        self.undo_action, self.redo_action = undo, redo

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the youth list again and show the chosen youth (or the first one).

        Raises what the store raises; the window's own callers go through :meth:`_guarded`.
        """
        from lagmote.db.queries import list_youths

        if self._store is None:
            return
        items = list_youths(self._store, self._today(), self.archive_action.isChecked())
        self.youth_model.set_items(items)
        self.empty_note.setText("" if items else self._empty_text())
        self.empty_note.setVisible(not items)
        if self._youth_id is not None and self.youth_model.row_of(self._youth_id) < 0:
            self._tell_if_gone(self._youth_id)
        if items:
            wanted = self._youth_id if self._youth_id is not None else items[0].id
            self.select_youth(wanted if self.youth_model.row_of(wanted) >= 0 else items[0].id)
        else:
            self._youth_id = None
            self.header.clear()

    def _on_server(self) -> bool:
        return self._store is not None and self._store.engine.dialect.name == "postgresql"

    def _empty_text(self) -> str:
        if self._on_server():
            return self.tr(
                "Du er ikke med i laget rundt noen ungdom ennå, eller ingen er lagt inn. "
                "Administratoren setter deg på laget (lagmote admin add-to-team)."
            )
        return self.tr(
            "Ingen ungdommer ennå. Importer en ungdom fra en "
            "JSON-fil, eller lag demodata med «lagmote demo»."
        )

    def _tell_if_gone(self, youth_id: int) -> None:
        """In a shared database, the youth shown can go from under the user: taken off the
        team (access goes at once) or the case erased. Say so, rather than just switch."""
        from lagmote.db.queries import list_youths

        if not self._on_server() or self._store is None:
            return
        if any(item.id == youth_id for item in list_youths(self._store, self._today(), True)):
            return  # still there: only hidden by the archive filter
        self.statusBar().showMessage(
            self.tr(
                "Saken du hadde åpen (ungdom {id}), er ikke lenger tilgjengelig for deg: du er "
                "tatt av laget rundt ungdommen, eller saken er slettet."
            ).format(id=youth_id)
        )

    def select_youth(self, youth_id: int) -> None:
        """Choose ``youth_id`` in the list and show it; raises what loading it raises."""
        row = self.youth_model.row_of(youth_id)
        if row < 0 and not self.archive_action.isChecked():
            self.archive_action.setChecked(True)  # a closed case is found in the archive
            self.reload()
            row = self.youth_model.row_of(youth_id)
        if row < 0:
            raise UserError(self.tr("Fant ingen ungdom med id {id}.").format(id=youth_id))
        self._selecting = True  # the list's selection slot is for the user's clicks
        try:
            self.youth_list.setCurrentIndex(self.youth_model.index(row))
        finally:
            self._selecting = False
        self._show_youth(youth_id)  # read anew even if already shown: reload relies on it

    @property
    def overview_page(self) -> OverviewPage:
        """The overview page, built on first use so that the empty window paints sooner."""
        return self.pages.overview_page()

    def select_page(self, page: str) -> None:
        """Show ``page`` (one of :data:`PAGES`); raises ValueError for an unknown name."""
        if page not in PAGES:
            raise ValueError(f"Ukjent side: {page}")
        self.pages.select(page)

    @Slot(QItemSelection, QItemSelection)
    def _on_youth_list_selection_changed(
        self, selected: QItemSelection, _old: QItemSelection
    ) -> None:
        indexes = selected.indexes()
        if indexes and not self._selecting:
            youth_id: int = indexes[0].data(YOUTH_ID_ROLE)
            self._guarded(lambda: self._show_youth(youth_id))

    @Slot()
    def _on_reload_triggered(self) -> None:
        self._guarded(self.reload)

    def _guarded(self, work: Callable[[], object]) -> bool:
        """Run ``work`` from a slot: a failure becomes a message, never a traceback (a lost
        server is the banner's to tell, not a dialog's)."""
        try:
            work()
        except Exception as error:  # the last guard of a slot
            if not (isinstance(error, ConnectionLost) and self.server_link is not None):
                show_failure(self, error)
            return False
        return True

    def _show_youth(self, youth_id: int) -> None:
        from lagmote.ui.context import YouthContext

        today = self._today()
        overview = self._load_overview(youth_id, today)
        if youth_id != self._youth_id:
            self.pages.flush()  # the last typing for the youth shown until now is saved first
            self.editor.clear()  # undo never reaches into another youth's record
        self._youth_id = youth_id
        self.header.show_overview(overview, today)
        assert self._store is not None
        context = YouthContext(self._store, self.editor, youth_id, self._today)
        self.pages.show_youth(context, overview, today)

    @Slot(object)
    def _on_editor_changed(self, changes: Changes) -> None:
        self.pages.apply_changes(changes)
        if "closing" in changes.objects:
            # A case closed (or reopened) moves between the active list and the archive:
            # the archive is shown, so that the youth on screen stays chosen.
            self.archive_action.setChecked(True)
            self._guarded(self.reload)

    @Slot()
    def _on_audit_triggered(self) -> None:
        """Who has read or changed the record of the youth shown (never in meeting mode)."""
        from lagmote.ui.audit_dialog import AuditDialog

        if self._store is None or self._youth_id is None or self.meeting_mode:
            return
        dialog = AuditDialog(self._store, self._youth_id, self)
        dialog.exec()
        dialog.deleteLater()

    @Slot()
    def _on_settings(self) -> None:
        """Every setting in one place; the audit log names the user as changed from now on,
        and the idle time applies at once."""
        from lagmote.db.audit import Actor
        from lagmote.db.store import Changes
        from lagmote.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._store, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted and self._store is not None:
            self._store.actor = Actor.current()
            self._guarded(self._start_idle_watch)
            self.pages.apply_changes(Changes(None, frozenset({"setting"})))
        dialog.deleteLater()

    @Slot()
    def _on_sheet_triggered(self) -> None:
        self._guarded(self.open_sheet)

    @Slot()
    def _on_recovery_key_triggered(self) -> None:
        self._guarded(self.open_recovery_key)

    def open_recovery_key(self) -> None:
        """Why a backup needs the key, the key itself, and a copy on paper."""
        from lagmote.ui.recovery_dialog import RecoveryDialog

        if self._store is not None:
            dialog = RecoveryDialog(self._store, self, self._today)
            dialog.exec()
            dialog.deleteLater()

    def open_sheet(self) -> None:
        """The family's one-page plan for the youth shown: preview, print or save as PDF."""
        dialog = self.sheet_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def sheet_dialog(self) -> SheetDialog | None:
        from lagmote.ui.context import YouthContext
        from lagmote.ui.sheet_dialog import SheetDialog

        if self._store is None or self._youth_id is None:
            return None
        context = YouthContext(self._store, self.editor, self._youth_id, self._today)
        return SheetDialog(context, self)

    @Slot()
    def _on_archive_toggled(self) -> None:
        self._guarded(self.reload)

    @Slot(str)
    def _on_editor_failed(self, sentence: str) -> None:
        QMessageBox.warning(self, self.tr("Lagmøte"), sentence)

    def _load_overview(self, youth_id: int, today: date) -> YouthOverview:
        from lagmote.db.queries import load_overview

        assert self._store is not None
        return load_overview(self._store, youth_id, today)

    def attach_store(
        self, store: Store, location: str, unlocker: Callable[[], Store | None] | None = None
    ) -> None:
        """Use ``store`` from now on: the window is shown before the database is open.
        ``unlocker`` opens the database again after the window was locked (None: the window
        cannot be unlocked, only closed)."""
        self._store = store
        self._unlocker = unlocker
        self.show_location(location)
        if not self._guarded(self.reload):
            self.header.show_message(self.tr("Kunne ikke lese databasen."))
        self._guarded(self._start_idle_watch)
        self.follow_server(store)

    def follow_server(self, store: Store) -> None:
        """On a shared PostgreSQL database: redraw what others change, and carry the
        window through losing the server (:mod:`lagmote.ui.server_link`). Nothing of it is
        loaded for an SQLite file."""
        if store.engine.dialect.name != "postgresql":
            return
        if self.server_link is None:
            self.server_link = self._server_link()
        self.server_link.start(store)

    def _server_link(self) -> ServerLink:
        from lagmote.ui.connection_banner import ConnectionBanner
        from lagmote.ui.server_link import ServerLink, WindowHooks

        banner = ConnectionBanner(self)
        banner.set_theme(self._theme)
        self._right_layout.insertWidget(0, banner)
        hooks = WindowHooks(
            notify=self._on_remote_changes,
            reload=lambda: self._guarded(self.reload),
            flush=self.pages.flush,
            unsaved=self.unsaved_texts,
        )
        return ServerLink(banner, hooks, self)

    def _on_remote_changes(self, changes: Changes) -> None:
        """Another program changed a record: redraw it if it is the youth shown (or no
        youth in particular); pages keep whatever is being typed."""
        if self.locked or self._youth_id is None:
            return
        if changes.youth_id in (None, self._youth_id):
            self._guarded(lambda: self.editor.notify(changes))

    def unsaved_texts(self) -> list[tuple[str, str]]:
        """(title, text) of every field on the pages whose text is not saved."""
        from lagmote.ui.unsaved_texts import unsaved_texts

        stack = self.pages.stack
        pages = (stack.widget(i) for i in range(stack.count()))
        return unsaved_texts(page for page in pages if page is not None)

    def show_opening(self) -> None:
        self.header.show_message(self.tr("Åpner databasen …"))

    # --- meeting mode ----------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self._theme = theme
        self.header.set_theme(theme)
        self.pages.set_theme(theme)
        if self.server_link is not None:
            self.server_link.banner.set_theme(theme)

    def set_meeting_mode(self, on: bool, full_screen: bool = True) -> None:
        """Large type and nothing sensitive, for a projector; Esc leaves it."""
        self.meeting_mode = on
        self.meeting_action.setChecked(on)
        self.leave_meeting.setEnabled(on)  # Esc is free for others outside meeting mode
        self.set_theme(MEETING if on else NORMAL)
        self.left_panel.setVisible(not on)
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        # The sheet's preview shows phone numbers: not on the projector (leave with Esc).
        self.sheet_action.setEnabled(not on)
        margin = self._theme.spacing * 2 if on else self._normal_margin
        self._right_layout.setContentsMargins(margin, margin, margin, margin)
        if on and full_screen:
            self.showFullScreen()
        elif not on and self.isFullScreen():
            self.showNormal()

    @Slot()
    def _on_meeting_toggled(self) -> None:
        self.set_meeting_mode(not self.meeting_mode)

    @Slot()
    def _on_leave_meeting(self) -> None:
        if self.meeting_mode:
            self.set_meeting_mode(False)

    @Slot()
    def _on_about(self) -> None:
        from lagmote import __version__

        QMessageBox.about(
            self,
            self.tr("Om Lagmøte"),
            self.tr(
                "Lagmøte {version}\nPlanen, uka og laget rundt én ungdom i Oslomodellen "
                "for én-til-én-oppfølging."
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save what is being typed before closing; if it cannot be saved, ask first."""
        self.pages.flush()
        if self.pages.unsaved() and not self._close_anyway():
            event.ignore()
            return
        self.pages.stop_reading_ahead()
        if self.server_link is not None:
            self.server_link.stop()
        if self._store is not None:
            self._store.engine.dispose()
        if self.keeps_geometry:
            QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    def restore_geometry(self) -> None:
        """The size and place the window had when it was last closed (kept by Qt, apart from
        the preferences: moving a window never changes a setting)."""
        self.keeps_geometry = True
        saved = QSettings().value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray):
            self.restoreGeometry(saved)

    def _close_anyway(self) -> bool:
        lost = self.server_link is not None and self.server_link.lost
        question = (
            self.tr(
                "Databaseserveren svarer ikke, så noe av det du skrev, er ikke lagret. Lukke "
                "likevel og miste det? Velg Avbryt, og «Kopier det som ikke er lagret» for å "
                "ta vare på det."
            )
            if lost
            else self.tr("Noe av det du skrev, kunne ikke lagres. Lukke likevel og miste det?")
        )
        answer = QMessageBox.question(
            self,
            self.tr("Lagmøte"),
            question,
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close
