"""«Gjenopprettingsnøkkel»: why a backup is useless without the key, the key, and paper.

With a keyring, the key is shown (after the user confirms that nobody else sees the screen)
as 64 hexadecimal digits in blocks of four, hidden again after two minutes, and can be
printed with the file's name, the date and how to use it. With a passphrase, the passphrase
is the key and is stored nowhere: the page printed has lines to write it on by hand. The key
is never written to a file; showing it is logged as a read and printing as a print.

Signals: none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagmote.dates import format_date
from lagmote.db.recovery_key import KeyFacts, key_facts, key_lines, stored_key_hex
from lagmote.db.store import AuditEvent, Store
from lagmote.errors import UserError
from lagmote.ui.plan_fields import MessageBar

KEY_SHOWN_MS = 120_000
PAGE_MARGIN_MM = 20
WRITE_LINES = 3  # lines to write a passphrase on by hand


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryDialog", text)


# --- the printed page, as text ------------------------------------------------------------


@dataclass(frozen=True)
class RecoverySheet:
    """What the paper says: ``key`` holds the key's lines, or is empty for lines to write a
    passphrase on."""

    title: str
    facts: tuple[str, ...]
    key_heading: str
    key: tuple[str, ...]
    steps: tuple[str, ...]


def recovery_sheet(file_name: str, printed_on: date, key: list[str] | None) -> RecoverySheet:
    heading = _tr("Gjenopprettingsnøkkel:") if key else _tr("Passord (skriv for hånd):")
    return RecoverySheet(
        title=_tr("Gjenopprettingsnøkkel for Lagmøte"),
        facts=(
            _tr("Databasefil: {name}").format(name=file_name),
            _tr("Skrevet ut: {date}").format(date=format_date(printed_on)),
        ),
        key_heading=heading,
        key=tuple(key or ()),
        steps=_steps(bool(key)),
    )


def _steps(raw_key: bool) -> tuple[str, ...]:
    return (*(_key_steps() if raw_key else _passphrase_steps()), _tr(
        "Lås arket inne, et annet sted enn maskinen og sikkerhetskopiene. Den som har både "
        "arket og en kopi, kan lese alle sakene."
    ))  # fmt: skip


def _key_steps() -> tuple[str, ...]:
    return (
        _tr("Nøkkelen åpner databasen og alle sikkerhetskopiene av den. Uten den kan ingen "
            "åpne dem, heller ikke dere."),
        _tr("Slik gjenoppretter du: lagmote restore SIKKERHETSKOPI --db DATABASEFIL. Finner "
            "programmet ikke nøkkelen i nøkkelringen (for eksempel på en ny maskin), spør det "
            "etter nøkkelen på dette arket."),
        _tr("Får databasen en ny nøkkel, lager du et nytt ark og makulerer dette."),
    )  # fmt: skip


def _passphrase_steps() -> tuple[str, ...]:
    return (
        _tr("Passordet åpner databasen og alle sikkerhetskopiene av den. Uten det kan ingen "
            "åpne dem, heller ikke dere."),
        _tr("Slik gjenoppretter du: lagmote restore SIKKERHETSKOPI --db DATABASEFIL, med "
            "passordet i LAGMOTE_PASSPHRASE."),
    )  # fmt: skip


# --- painting it -----------------------------------------------------------------------------


def paint_recovery_sheet(painter: QPainter, page: QRectF, sheet: RecoverySheet) -> None:
    """Paint ``sheet`` top-down in ``page`` (device pixels)."""
    pen = _Pen(painter, page)
    pen.write(sheet.title, _font(18, bold=True))
    for line in sheet.facts:
        pen.write(line, _font(11))
    pen.skip(2)
    pen.write(sheet.key_heading, _font(12, bold=True))
    if sheet.key:
        for line in sheet.key:
            pen.write(line, _key_font(20))
    else:
        for _ in range(WRITE_LINES):
            pen.write("_" * 40, _key_font(16))
    pen.skip(2)
    for number, step in enumerate(sheet.steps, start=1):
        pen.write(f"{number}. {step}", _font(11))


class _Pen:
    """Writes paragraphs one under the other, each as tall as it wraps."""

    def __init__(self, painter: QPainter, page: QRectF) -> None:
        self.painter, self.page, self.top = painter, page, page.top()

    def write(self, text: str, font: QFont) -> None:
        self.painter.setFont(font)
        room = QRectF(self.page.left(), self.top, self.page.width(), self.page.bottom() - self.top)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        used = self.painter.boundingRect(room, flags, text)
        self.painter.drawText(room, flags, text)
        self.top += used.height() * 1.25

    def skip(self, lines: int) -> None:
        self.top += self.painter.fontMetrics().height() * lines


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _key_font(points: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(points)
    font.setBold(True)
    return font


# --- the dialog ------------------------------------------------------------------------------


class RecoveryDialog(QDialog):
    """Explains the recovery key for the database behind ``store``, shows and prints it."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.facts: KeyFacts = key_facts(store.engine)
        self.setWindowTitle(_tr("Gjenopprettingsnøkkel"))
        self.message = MessageBar(self)
        self.key_label = QLabel(self)
        self.show_button = QPushButton(_tr("&Vis nøkkelen …"), self)
        self.print_button = QPushButton(_tr("&Skriv ut på papir …"), self)
        self.close_button = QPushButton(_tr("&Lukk"), self)
        self._hide_timer = QTimer(self)
        self._build()
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.close_button.clicked.connect(self.accept)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self._on_hide_timer_timeout)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        for text in self._explanation():
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self._build_key_label()
        layout.addWidget(self.key_label)
        layout.addStretch(1)
        layout.addLayout(self._buttons())
        self.setMinimumWidth(560)

    def _build_key_label(self) -> None:
        self.key_label.setFont(_key_font(16))
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAccessibleName(_tr("Gjenopprettingsnøkkelen"))
        self.key_label.hide()

    def _buttons(self) -> QHBoxLayout:
        self.show_button.setVisible(self.facts.kind == "keyring")
        self.print_button.setVisible(self.facts.kind != "server")
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.show_button, self.print_button, self.close_button):
            row.addWidget(button)
        self.close_button.setDefault(True)
        return row

    def _explanation(self) -> list[str]:
        common = _tr(
            "En sikkerhetskopi er kryptert med den samme nøkkelen som databasen. Uten nøkkelen "
            "kan ingen åpne sikkerhetskopien, heller ikke dere. Blir maskinen borte eller "
            "byttet ut, trenger dere nøkkelen for å gjenopprette."
        )
        return [common, *_BY_KIND[self.facts.kind]()]

    # -- showing -------------------------------------------------------------------------------

    @Slot()
    def _on_show_button_clicked(self) -> None:
        if self.confirm_show():
            self.show_key()

    def confirm_show(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Vis nøkkelen"), "", parent=self)
        box.setText(_tr(
            "Nøkkelen gir tilgang til alle sakene i databasen og i sikkerhetskopiene. "
            "Vis den bare når ingen andre ser skjermen. Vise den nå?"
        ))  # fmt: skip
        show = box.addButton(_tr("Vis nøkkelen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is show

    def show_key(self) -> None:
        """Show the key (the read is logged), and hide it again after two minutes."""
        lines = self._key_lines("read")
        if lines is None:
            return
        self.key_label.setText("\n".join(lines))
        self.key_label.show()
        self.show_button.setEnabled(False)
        self._hide_timer.start(KEY_SHOWN_MS)

    @Slot()
    def _on_hide_timer_timeout(self) -> None:
        self.hide_key()

    def hide_key(self) -> None:
        self.key_label.clear()
        self.key_label.hide()
        self.show_button.setEnabled(True)

    def _key_lines(self, action: str) -> list[str] | None:
        """The key's lines from the keyring, logged as ``action``; None (and the problem
        shown) if the keyring has no key or will not answer."""
        try:
            lines = key_lines(stored_key_hex(self.facts.salt))
            self.store.log(AuditEvent(action, "database", detail="recovery_key"))
        except UserError as error:
            self.message.show_problem(str(error))
            return None
        return lines

    # -- printing ------------------------------------------------------------------------------

    @Slot()
    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        # Paper only: a key in a PDF file is a key left lying around.
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the sheet on ``printer`` (logged first); False if there was nothing to print."""
        if self.facts.path is None:
            return False
        key: list[str] | None = None
        if self.facts.kind == "keyring":
            key = self._key_lines("print")
            if key is None:
                return False
        elif not self._log_print():
            return False
        self._paint(printer, recovery_sheet(self.facts.path.name, self.today(), key))
        return True

    def _log_print(self) -> bool:
        try:
            self.store.log(AuditEvent("print", "database", detail="recovery_key"))
        except UserError as error:
            self.message.show_problem(str(error))
            return False
        return True

    def _paint(self, printer: QPrinter, sheet: RecoverySheet) -> None:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        margin = PAGE_MARGIN_MM
        printer.setPageMargins(
            QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter
        )
        painter = QPainter(printer)
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        paint_recovery_sheet(painter, page.translated(-page.topLeft()), sheet)
        painter.end()


def _keyring_text() -> list[str]:
    return [_tr(
        "Nøkkelen ligger i nøkkelringen på denne maskinen og forsvinner med den. Skriv den "
        "ned, eller skriv den ut på papir, og lås arket inne et annet sted enn maskinen og "
        "sikkerhetskopiene."
    )]  # fmt: skip


def _passphrase_text() -> list[str]:
    return [_tr(
        "Databasen er låst med et passord, og passordet er nøkkelen. Det lagres ikke noe "
        "sted: glemmer dere det, kan verken databasen eller sikkerhetskopiene åpnes. Skriv "
        "det for hånd på arket fra «Skriv ut på papir …», og lås arket inne."
    )]  # fmt: skip


def _server_text() -> list[str]:
    return [_tr(
        "Databasen ligger på en PostgreSQL-server. Sikkerhetskopier og nøkler tas hånd om av "
        "dem som drifter serveren (pg_dump)."
    )]  # fmt: skip


_BY_KIND: dict[str, Callable[[], list[str]]] = {
    "keyring": _keyring_text,
    "passphrase": _passphrase_text,
    "server": _server_text,
}
