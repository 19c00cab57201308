"""Drawing one page of the real window to a PNG, headless, for documentation and tests.

The picture shows a youth's record, so it is an export: it is logged in the audit log and
written like every file with personal data, whole or not at all and readable by its owner only
(:func:`lagmote.private_file.write_private`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from lagmote.db.store import AuditEvent, Store
from lagmote.errors import UserError
from lagmote.private_file import write_private

if TYPE_CHECKING:
    from lagmote.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("RenderPage", text)


def render_page(
    store: Store,
    youth_id: int,
    page: str,
    out: Path,
    size: tuple[int, int] = (1280, 800),
    meeting: bool = False,
    location: str = "",
) -> None:
    """Build the main window offscreen on ``youth_id``, show ``page`` and save it as PNG."""
    from lagmote.ui.app import create_application
    from lagmote.ui.main_window import MainWindow

    app = create_application(headless=True)
    window = MainWindow(store, location)
    try:
        shown = _show(window, youth_id, page, size, meeting)
        app.processEvents()
        data = png_bytes(shown.grab())
        # Logged first: an export that fails after this is logged, never the other way round.
        store.log(AuditEvent("export", "youth", youth_id, youth_id, "render"))
        write_private(out, data)
    finally:
        window.close()  # after the audit row: closing lets go of the database


def _show(
    window: MainWindow, youth_id: int, page: str, size: tuple[int, int], meeting: bool
) -> QWidget:
    """Show ``page`` (a tab, or a dialog over the window) and return the widget to grab."""
    window.reload()
    window.select_youth(youth_id)
    window.select_page(page if page not in DIALOGS else "evaluations")
    if meeting:
        window.set_meeting_mode(True, full_screen=False)
    window.resize(*size)
    window.show()
    if page not in DIALOGS:
        return window
    dialog = _dialog(window, page)
    dialog.resize(*size)
    dialog.show()
    return dialog


DIALOGS = ("evaluation", "closing", "sheet")


def _dialog(window: MainWindow, page: str) -> QWidget:
    """The evaluation wizard or the closing flow at its start, or the one-page plan."""
    from lagmote.ui.evaluation_page import EvaluationPage

    if page == "sheet":
        sheet = window.sheet_dialog()
        if sheet is None:
            raise UserError(_tr("Planen kunne ikke leses."))
        return sheet

    evaluations = window.pages.page("evaluations")
    assert isinstance(evaluations, EvaluationPage)
    dialog = (
        evaluations.make_wizard() if page == "evaluation" else evaluations.make_closing_wizard()
    )
    if dialog is None:
        raise UserError(_tr("Evalueringene kunne ikke leses."))
    dialog.restart()
    return dialog


def png_bytes(image: QPixmap) -> bytes:
    """``image`` encoded as PNG, in memory: the file is written by :func:`write_private`."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise UserError(_tr("Kunne ikke lage bildet."))
    return bytes(data.data())
