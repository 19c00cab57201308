"""What could not be saved before the window locked, offered again after it is unlocked.

The window locks even when a save fails (the server gone, say): an unattended screen must
not show the record. The typing that could not be saved is then kept in memory only, never
on disk and never on the lock screen, and this dialog offers it after unlocking, to be
copied back where it belongs. Nothing is lost, and nothing shows while locked.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagmote.ui.unsaved_texts import as_clipboard_text


class KeptTextsDialog(QDialog):
    """The texts, read-only, with a button that copies them all."""

    def __init__(self, texts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ikke lagret før låsing"))
        self._text = as_clipboard_text(texts)
        intro = QLabel(
            self.tr(
                "Dette hadde du skrevet, men det kunne ikke lagres før vinduet ble låst. "
                "Kopier det og lim det inn der det hører hjemme; lukker du, er det borte."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.view = QPlainTextEdit(self._text, self)
        self.view.setReadOnly(True)
        self.view.setAccessibleName(self.tr("Tekst som ikke er lagret"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Kopier alt"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
        self.copy_button.setText(self.tr("Kopiert"))
