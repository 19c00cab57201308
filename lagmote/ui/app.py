"""Starting the Qt application: locale, theme, the window, and the passphrase prompt."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from lagmote.db.urls import display_location
from lagmote.ui.failures import failure_box

if TYPE_CHECKING:
    from lagmote.db.engine import Database
    from lagmote.db.store import Store
    from lagmote.ui.main_window import MainWindow

APP_NAME = "Lagmøte"
ORGANISATION = "Oslo kommune"
BENCH_QUIT_ENV = "LAGMOTE_QUIT_ON_FIRST_PAINT"
ICON = Path(__file__).resolve().parents[2] / "resources" / "lagmote.svg"

translate = QCoreApplication.translate


def create_application(headless: bool = False) -> QApplication:
    """The one QApplication, in the language chosen (bokmål, nynorsk or English; the system's
    by default, bokmål where the system speaks none of them), with Monday-first weeks."""
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if headless:  # only an application of our own gets our message handler
        qInstallMessageHandler(_quiet_offscreen)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    # (the translators below set the locale of the language chosen: nb_NO, nn_NO or en_NO)
    app = QApplication(sys.argv[:1])
    from lagmote.preferences import language
    from lagmote.ui.translations import install_translators

    install_translators(app, language())  # the setting, else the system's language
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    return app


def _quiet_offscreen(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen platform's notice that windows cannot be resized; pass the rest."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def ask_passphrase(new: bool) -> str | None:
    """The window's passphrase prompt; for a new database the passphrase is typed twice."""
    label = (
        translate(
            "Passphrase",
            "Det finnes ingen nøkkelring på denne maskinen.\n"
            "Velg et passord for den nye, krypterte databasen (minst 8 tegn):",
        )
        if new
        else translate("Passphrase", "Skriv passordet for databasen:")
    )
    title = translate("Passphrase", "Passord for Lagmøte")
    first = _password(title, label)
    if first is None or not new:
        return first
    again = _password(title, translate("Passphrase", "Skriv passordet en gang til:"))
    if again != first:
        QMessageBox.warning(None, APP_NAME, translate("Passphrase", "Passordene var ikke like."))
        return ask_passphrase(new)
    return first


def _password(title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(None, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def open_store(target: str | None, interactive: bool) -> tuple[Database, Store]:
    from lagmote.db.engine import open_database
    from lagmote.db.store import Actor, Store

    database = open_database(
        target,
        ask_passphrase if interactive else None,
        password_prompt=ask_server_password if interactive else None,
    )
    return database, Store(database.engine, Actor.current(), database.db_role)


def ask_server_password(who: str) -> str | None:
    """The window's prompt for the password of the user's own role on a shared server."""
    return _password(
        translate("Passphrase", "Logg inn på databaseserveren"),
        translate(
            "Passphrase",
            "Skriv passordet ditt for {who}.\nDet tas vare på i nøkkelringen på denne maskinen.",
        ).format(who=who),
    )


def location_text(database: Database) -> str:
    if database.kind == "postgresql":
        return translate("App", "PostgreSQL {where}").format(
            where=display_location(database.location)
        )
    key = (
        translate("App", "nøkkel i nøkkelringen")
        if database.key_source == "keyring"
        else translate("App", "låst med passord")
    )
    return translate("App", "{path} (kryptert, {key})").format(
        path=Path(database.location), key=key
    )


def run_window(target: str | None) -> int:
    """Show the main window at once, then open the store at ``target`` into it.

    Importing the database layer and decrypting the file take most of a cold start, so the
    window paints first (saying that it opens the database) and the data follows.
    """
    app = create_application()
    from lagmote.ui.first_paint import after_next_paint

    window = opening_window(target)
    if os.environ.get(BENCH_QUIT_ENV) == "window":
        after_next_paint(window, app.quit)
    else:
        after_next_paint(window, lambda: _open_into(window, target))
    window.show()
    return app.exec()


def opening_window(target: str | None) -> MainWindow:
    """The window before its store is open: it names the target, never a password."""
    from lagmote.ui.main_window import MainWindow

    window = MainWindow(None, display_location(target or ""))
    window.show_opening()
    if os.environ.get(BENCH_QUIT_ENV) is None:
        window.restore_geometry()
    return window


def ask_retry(parent: QWidget | None, error: BaseException) -> bool:
    """Say why the database did not open; True if the user wants to try again."""
    box = failure_box(parent, error)
    retry = box.addButton(translate("App", "Prøv igjen"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("App", "Avslutt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry


def unlocker(window: QWidget, target: str | None, database: Database) -> Callable[[], Store | None]:
    """How the locked window opens the database again: the passphrase typed anew, or the
    keyring after the user confirms. Keeps the target and where the key came from, never the
    key itself (nor the engine that holds it)."""
    from lagmote.db.engine import open_database
    from lagmote.db.store import Actor, Store

    kind, source = database.kind, database.key_source

    def unlock() -> Store | None:
        if kind == "sqlcipher" and source == "passphrase":
            typed = _password(
                translate("Passphrase", "Lås opp Lagmøte"),
                translate("Passphrase", "Skriv passordet for databasen:"),
            )
            if typed is None:
                return None
            opened = open_database(target, passphrase=typed)
        else:
            if not _confirm_unlock(window):
                return None
            opened = open_database(target, password_prompt=ask_server_password)
        return Store(opened.engine, Actor.current(), opened.db_role)

    return unlock


def _confirm_unlock(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        APP_NAME,
        translate("App", "Låse opp Lagmøte med nøkkelen i nøkkelringen?"),
    )
    return answer == QMessageBox.StandardButton.Yes


def welcome(window: QWidget, target: str | None) -> tuple[Database, Store] | None:
    """The first start (no user set up yet): the welcome, which opens the database. None
    when it is not the first start, or the user cancelled (the program goes on as usual)."""
    from lagmote.profile import load_profile
    from lagmote.ui.welcome import WelcomeWizard

    if load_profile() is not None:
        return None
    wizard = WelcomeWizard(target, window)
    wizard.exec()
    database, store = wizard.database, wizard.store
    wizard.deleteLater()
    return (database, store) if database is not None and store is not None else None


def exit_application(code: int) -> None:
    QCoreApplication.exit(code)


def _open_into(window: MainWindow, target: str | None) -> None:
    """Open the store into ``window``; on failure offer to try again (asking anew) or quit."""
    from lagmote.ui.first_paint import after_next_paint

    opened = welcome(window, target) if os.environ.get(BENCH_QUIT_ENV) is None else None
    while opened is None:
        try:
            opened = open_store(target, interactive=True)
        except Exception as error:  # any failure: a sentence, never a traceback
            if not ask_retry(window, error):
                exit_application(1)
                return
    database, store = opened
    window.attach_store(store, location_text(database), unlocker(window, target, database))
    after_next_paint(window, lambda: _start_daily_backup(window, database))
    if os.environ.get(BENCH_QUIT_ENV) == "data":
        after_next_paint(window, QCoreApplication.quit)


def _start_daily_backup(window: MainWindow, database: Database) -> None:
    """Today's backup of the default database, in the background once the data is painted."""
    from lagmote.ui.daily_backup import start_daily_backup

    if not os.environ.get(BENCH_QUIT_ENV):
        start_daily_backup(window, database)
