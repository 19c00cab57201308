"""The window's banner while the database server cannot be reached.

It says what happened and what happens to the user's typing (kept here, saved when the
server answers), offers to try at once, and to copy what is not saved, so that nothing is
lost even if the server never comes back. The symbol and the words tell that something is
wrong, not the colour alone; dark blue on yellow with a dark blue frame is high contrast.

Signals:
    retry_requested(): "Prøv nå".
    copy_requested(): "Kopier det som ikke er lagret".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lagmote.ui.theme import NORMAL, Theme


class ConnectionBanner(QFrame):
    """Hidden until :meth:`show_lost`; :meth:`hide` when the server is back."""

    retry_requested = Signal()
    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.message = self._label()
        font = QFont(self.message.font())
        font.setBold(True)
        self.message.setFont(font)
        self.status = self._label()
        self.retry_button = QPushButton(self.tr("Prøv nå"), self)
        self.copy_button = QPushButton(self.tr("Kopier det som ikke er lagret"), self)
        self.retry_button.clicked.connect(self.retry_requested)
        self.copy_button.clicked.connect(self.copy_requested)
        texts = QVBoxLayout()
        texts.addWidget(self.message)
        texts.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.copy_button)
        self.set_theme(NORMAL)
        self.hide()

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def show_lost(self) -> None:
        text = self.tr(
            "⚠ Forbindelsen til databaseserveren er brutt. Det du skriver, blir tatt vare på "
            "her og lagret når serveren svarer igjen. Lukk ikke programmet før det er lagret."
        )
        self.message.setText(text)
        self.setAccessibleName(text)
        self.set_trying(False)
        self.status.clear()
        self.status.hide()
        self.show()

    def set_trying(self, trying: bool) -> None:
        """While the server is being asked: "Prøv nå" waits for the answer."""
        self.retry_button.setEnabled(not trying)

    def show_status(self, text: str) -> None:
        """A second line, such as what was copied."""
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()

    def set_theme(self, theme: Theme) -> None:
        c = theme.colours
        self.setStyleSheet(
            f"QFrame#connectionBanner {{ background: {c.warning}; border: 3px solid {c.text}; }}"
            f" QFrame#connectionBanner QLabel {{ color: {c.text}; }}"
        )
