"""The choice when someone else saved the same field while this user was typing.

For each field both changed, the dialog shows their saved text and this user's text side by
side (read-only), and offers:

- **Se deres** (:data:`THEIRS`): keep what is saved; the page shows it and this user's typing
  is dropped (**Kopier min tekst** copies it out first, so nothing needs to be lost);
- **Behold min** (:data:`MINE`): save this user's text over theirs;
- **Slå sammen** (:data:`MERGE`): only where every field in conflict is a text; both texts
  merged (:func:`lagmote.merge.merge_text`).

Closing the dialog (Esc) decides nothing: the typing stays in the field, marked. The page
asks through :func:`choose`, which tests replace to answer without a blocking ``exec()``.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagmote.dates import format_date
from lagmote.db.conflicts import EditConflict, FieldConflict

THEIRS: Final = "theirs"
MINE: Final = "mine"
MERGE: Final = "merge"
TEXT_LINES = 6


class ConflictDialog(QDialog):
    """Their version and mine of each field in conflict, and the three ways out.

    ``choice`` is :data:`THEIRS`, :data:`MINE`, :data:`MERGE`, or None (closed)."""

    def __init__(self, conflict: EditConflict[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Noen andre har endret det samme"))
        self.setAccessibleName(self.tr("Endringskonflikt"))
        layout = QVBoxLayout(self)
        intro = QLabel(str(conflict), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = [self._field(c) for c in conflict.conflicts]
        for box, _theirs, _mine in self.fields:
            layout.addWidget(box)
        self._buttons(layout)

    def _field(self, conflict: FieldConflict) -> tuple[QGroupBox, QPlainTextEdit, QPlainTextEdit]:
        box = QGroupBox(conflict.label[:1].upper() + conflict.label[1:], self)
        grid = QGridLayout(box)
        theirs = self._text(box, self._shown(conflict.theirs), self.tr("Deres versjon"))
        mine = self._text(box, self._shown(conflict.mine), self.tr("Din versjon"))
        for column, (heading, text) in enumerate(
            ((self.tr("Deres (lagret)"), theirs), (self.tr("Din"), mine))
        ):
            label = QLabel(heading, box)
            label.setBuddy(text)
            grid.addWidget(label, 0, column)
            grid.addWidget(text, 1, column)
        return box, theirs, mine

    def _text(self, parent: QWidget, text: str, name: str) -> QPlainTextEdit:
        field = QPlainTextEdit(text, parent)
        field.setReadOnly(True)
        field.setTabChangesFocus(True)
        field.setAccessibleName(name)
        field.setMinimumHeight(field.fontMetrics().lineSpacing() * TEXT_LINES)
        return field

    def _buttons(self, layout: QVBoxLayout) -> None:
        buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole
        self.copy_button = self._button(buttons, self.tr("Kopier min tekst"), role.HelpRole)
        self.theirs_button = self._button(buttons, self.tr("Se deres"), role.RejectRole)
        self.mine_button = self._button(buttons, self.tr("Behold min"), role.AcceptRole)
        self.merge_button: QPushButton | None = None
        if self.conflict.mergeable:
            self.merge_button = self._button(buttons, self.tr("Slå sammen"), role.AcceptRole)
            self.merge_button.clicked.connect(self._on_merge_button_clicked)
            self.merge_button.setDefault(True)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.theirs_button.clicked.connect(self._on_theirs_button_clicked)
        self.mine_button.clicked.connect(self._on_mine_button_clicked)
        layout.addWidget(buttons)

    def _button(
        self, box: QDialogButtonBox, text: str, role: QDialogButtonBox.ButtonRole
    ) -> QPushButton:
        button = box.addButton(text, role)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        return button

    def _shown(self, value: object) -> str:
        """A field's value as the user reads it (an id means nothing to them)."""
        if isinstance(value, str):
            return value
        if value is None:
            return self.tr("(ikke satt)")
        if isinstance(value, bool):
            return self.tr("ja") if value else self.tr("nei")
        if isinstance(value, date):
            return format_date(value)
        if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            return "\n".join(value)
        if isinstance(value, frozenset):
            return ", ".join(sorted(str(v) for v in value))
        return self.tr("(en annen verdi)")

    def mine_text(self) -> str:
        """This user's version of every field in conflict, as copied out."""
        return "\n\n".join(mine.toPlainText() for _box, _theirs, mine in self.fields)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.mine_text())

    @Slot()
    def _on_theirs_button_clicked(self) -> None:
        self._choose(THEIRS)

    @Slot()
    def _on_mine_button_clicked(self) -> None:
        self._choose(MINE)

    @Slot()
    def _on_merge_button_clicked(self) -> None:
        self._choose(MERGE)


def choose(parent: QWidget, conflict: EditConflict[Any]) -> str | None:
    """Ask the user (modal, parented to the page); tests replace this function."""
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    return dialog.choice
