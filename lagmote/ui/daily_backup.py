"""The daily backup of the default database, taken in a thread once the window shows its data.

It never holds up the window: the copy runs in a plain thread (SQLite's backup reads a
snapshot, so the window can go on writing), and the result comes back as a signal. A failure
is one sentence in the status bar, never a traceback or a dialog; a day's backup that exists
already is not made again.

Signals (:class:`DailyBackup`): ``made(str)`` the new file (empty when today's was there
already), ``failed(str)`` the sentence to show.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from lagmote.ui.failures import failure_text

if TYPE_CHECKING:
    from lagmote.db.engine import Database


def _tr(text: str) -> str:
    return QCoreApplication.translate("DailyBackup", text)


class DailyBackup(QObject):
    """Today's backup of the file at ``path`` (SQLCipher salt ``salt``), whose key came from
    ``key_source``. It keeps where the key is, never the key."""

    made = Signal(str)
    failed = Signal(str)

    def __init__(
        self, path: Path, salt: str, key_source: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.salt = salt
        self.key_source = key_source

    def start(self) -> threading.Thread:
        # Not a daemon: quitting waits for a copy under way, so none is left half made.
        thread = threading.Thread(target=self.run, name="daglig-sikkerhetskopi")
        thread.start()
        return thread

    def run(self) -> None:
        from lagmote.db.backup import daily_backup
        from lagmote.db.recovery_key import known_key

        try:
            made = daily_backup(self.path, known_key(self.salt, self.key_source))
        except Exception as error:  # any failure: a sentence in the status bar
            self._emit(self.failed, failure_sentence(error))
            return
        self._emit(self.made, str(made or ""))

    def _emit(self, signal: SignalInstance, text: str) -> None:
        try:
            signal.emit(text)
        except RuntimeError:  # the window was closed meanwhile: nobody to tell
            return


class BackupStatus(QLabel):
    """The status bar's note about the daily backup; empty and hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("Sikkerhetskopi"))
        self.hide()

    @Slot(str)
    def show_sentence(self, sentence: str) -> None:
        self.setText(sentence)
        self.setVisible(bool(sentence))


def is_default_file(database: Database) -> bool:
    """True for the encrypted file in the data folder (not a server, not a ``--db`` file)."""
    from lagmote.db.engine import DB_FILENAME, data_dir

    if database.kind != "sqlcipher" or database.path is None:
        return False
    return database.path.resolve() == (data_dir() / DB_FILENAME).resolve()


def start_daily_backup(window: QMainWindow, database: Database) -> DailyBackup | None:
    """Start today's backup of the default database; None for any other database."""
    if not is_default_file(database):
        return None
    from lagmote.db.recovery_key import file_and_salt

    status = BackupStatus(window.statusBar())
    window.statusBar().addPermanentWidget(status)
    try:
        path, salt = file_and_salt(database.engine)
    except Exception as error:  # called from the event loop: a sentence, never a traceback
        status.show_sentence(failure_sentence(error))
        return None
    runner = DailyBackup(path, salt, database.key_source, window)
    runner.failed.connect(status.show_sentence)
    runner.start()
    return runner


def failure_sentence(error: BaseException) -> str:
    return _tr("Ingen daglig sikkerhetskopi: {why}").format(why=failure_text(error))
