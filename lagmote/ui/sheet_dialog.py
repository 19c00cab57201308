"""«Planen på én side»: the family's sheet previewed in the window, printed, or saved as PDF.

The preview is the page itself (A4, white, on grey), drawn from the same layout the PDF
uses. The language is chosen here (bokmål, nynorsk, English); each choice reads the plan
again (an audit-logged read). Printing and saving are logged as a print and an export of
the youth's record before anything leaves the program.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPaintEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lagmote.db.sheet_queries import load_sheet
from lagmote.db.store import AuditEvent
from lagmote.errors import UserError
from lagmote.family_sheet import FamilySheet
from lagmote.pdf.sheet_ops import PAGE_HEIGHT, PAGE_WIDTH, SheetPage
from lagmote.pdf.sheet_pdf import sheet_page, sheet_pdf
from lagmote.private_file import write_private
from lagmote.ui.context import YouthContext
from lagmote.ui.plan_fields import MessageBar
from lagmote.ui.sheet_painter import paint_sheet

LANGUAGE_NAMES = (("nb", "Bokmål"), ("nn", "Nynorsk"), ("en", "English"))
PAPER_MARGIN = 16


def _tr(text: str) -> str:
    return QCoreApplication.translate("SheetDialog", text)


class SheetPreview(QWidget):
    """The A4 page, scaled to fit, on a grey background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: SheetPage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(_tr("Forhåndsvisning av planen på én side"))

    def set_page(self, page: SheetPage) -> None:
        self.page = page
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 720)

    def paper(self) -> QRectF:
        """Where the page goes: as large as fits, keeping A4's shape."""
        room = QRectF(self.rect()).adjusted(
            PAPER_MARGIN, PAPER_MARGIN, -PAPER_MARGIN, -PAPER_MARGIN
        )
        scale = min(room.width() / PAGE_WIDTH, room.height() / PAGE_HEIGHT)
        width, height = PAGE_WIDTH * scale, PAGE_HEIGHT * scale
        left = room.left() + (room.width() - width) / 2
        return QRectF(left, room.top() + (room.height() - height) / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.lightGray)
        paper = self.paper()
        painter.fillRect(paper.translated(3, 3), Qt.GlobalColor.gray)
        painter.fillRect(paper, Qt.GlobalColor.white)
        if self.page is not None:
            paint_sheet(painter, self.page, paper)
        painter.end()


class SheetDialog(QDialog):
    """Preview, print and save the family's plan for the youth in ``context``."""

    def __init__(self, context: YouthContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sheet: FamilySheet | None = None
        self.setWindowTitle(_tr("Planen på én side"))
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setAccessibleName(_tr("Språk"))
        self.preview = SheetPreview(self)
        self.message = MessageBar(self)
        self.print_button = QPushButton(_tr("Skriv ut …"), self)
        self.save_button = QPushButton(_tr("Lagre som PDF …"), self)
        self.close_button = QPushButton(_tr("Lukk"), self)
        self._build()
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button.clicked.connect(self.accept)
        self.resize(760, 940)
        self.reload()

    def _build(self) -> None:
        top = QHBoxLayout()
        label = QLabel(_tr("&Språk:"), self)
        label.setBuddy(self.language)
        top.addWidget(label)
        top.addWidget(self.language)
        note = _tr("For ungdommen og familien. Sensitive mål og områder er ikke med.")
        top.addWidget(QLabel(note, self), 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    def reload(self) -> None:
        """Read the plan again in the chosen language and show it."""
        c = self.context
        try:
            self.sheet = load_sheet(c.store, c.youth_id, c.today, self.lang)
        except UserError as error:
            self.message.show_problem(str(error))
            return
        self.preview.set_page(sheet_page(self.sheet))

    @Slot(int)
    def _on_language_changed(self, _index: int) -> None:
        self.reload()

    # -- printing and saving -----------------------------------------------------------------

    @Slot()
    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the page on ``printer`` (A4, portrait, no scaling by the printer)."""
        if self.preview.page is None:
            return
        self._log("print", "sheet")
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        painter = QPainter(printer)
        paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        paint_sheet(painter, self.preview.page, paper)
        painter.end()

    @Slot()
    def _on_save_clicked(self) -> None:
        name = f"planen-min-{self.context.today.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Lagre planen som PDF"), name, _tr("PDF (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        """Write the sheet as PDF to ``path``; a failure is named in the dialog."""
        if self.sheet is None:
            return
        try:
            data = sheet_pdf(self.sheet)
            self._log("export", "sheet")
            write_private(path, data)
        except UserError as error:
            self.message.show_problem(str(error))
            return
        self.message.show_notice(_tr("Planen er lagret som PDF."), None)

    def _log(self, action: str, detail: str) -> None:
        c = self.context
        c.store.log(AuditEvent(action, "youth", c.youth_id, c.youth_id, detail))
