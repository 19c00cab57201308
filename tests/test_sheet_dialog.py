"""The one-page plan in the window: the preview draws the page, the language can be changed,
printing goes through QPrinter onto one A4 page, saving writes the PDF, and both are logged.
The action is off in meeting mode (the preview shows phone numbers)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db.models import AuditEntry
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.ui.context import YouthContext
from lagmote.ui.main_window import MainWindow
from lagmote.ui.sheet_dialog import SheetDialog
from lagmote.ui.undo import Editor
from tests.test_family_sheet import pdf_pages, pdf_words

TODAY = date(2026, 12, 1)


def _dialog(qtbot: QtBot, store: Store) -> SheetDialog:
    youth_id = import_document(store, build_demo(TODAY))
    dialog = SheetDialog(YouthContext(store, Editor(), youth_id, TODAY))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _details(store: Store, action: str) -> list[str]:
    with Session(store.engine) as session:
        query = select(AuditEntry.detail).where(AuditEntry.action == action)
        return list(session.scalars(query))


def _dark_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).lightness() < 100
    )


def test_the_preview_draws_the_page_and_follows_the_language(
    qtbot: QtBot, store: Store
) -> None:
    dialog = _dialog(qtbot, store)
    assert dialog.sheet is not None and dialog.sheet.lang == "nb"
    image = dialog.preview.grab().toImage()
    paper = dialog.preview.paper()
    assert abs(paper.width() / paper.height() - 210 / 297) < 0.01
    assert _dark_pixels(image) > 50  # text was drawn on the white page
    dialog.language.setCurrentIndex(2)
    assert dialog.sheet.lang == "en"
    assert dialog.preview.page is not None
    texts = [getattr(op, "text", "") for op in dialog.preview.page.ops]
    assert "My goals" in texts and "Målene mine" not in texts


def test_printing_gives_one_a4_page_and_is_logged(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, store)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    dialog.print_to(printer)
    data = out.read_bytes()
    assert pdf_pages(data, tmp_path) == 1
    assert "Målene mine" in pdf_words(data, tmp_path)
    assert _details(store, "print") == ["sheet"]


def test_saving_writes_the_pdf_and_is_logged(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, store)
    out = tmp_path / "planen.pdf"
    dialog.save_pdf(out)
    assert pdf_pages(out.read_bytes(), tmp_path) == 1
    assert (out.stat().st_mode & 0o777) == 0o600
    assert _details(store, "export") == ["sheet"]
    assert "lagret som PDF" in dialog.message.text()
    dialog.save_pdf(tmp_path / "finnes-ikke" / "planen.pdf")
    assert "kan ikke skrives" in dialog.message.text()


def test_the_window_action_is_off_in_meeting_mode(qtbot: QtBot, store: Store) -> None:
    import_document(store, build_demo(TODAY))
    window = MainWindow(store, "test", lambda: TODAY)
    qtbot.addWidget(window)
    window.reload()
    assert window.sheet_action.isEnabled()
    dialog = window.sheet_dialog()
    assert dialog is not None and dialog.sheet is not None
    dialog.deleteLater()
    window.set_meeting_mode(True, full_screen=False)
    assert not window.sheet_action.isEnabled()
    window.set_meeting_mode(False)
    assert window.sheet_action.isEnabled()
