"""Telling the user that something failed, without a traceback and without personal data.

A :class:`~lagmote.errors.UserError` carries a sentence written to be shown anywhere. Any
other exception's message may quote the record (SQL parameters, names, dates), so only the
exception's type is named.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from lagmote.errors import UserError

translate = QCoreApplication.translate


def failure_text(error: BaseException) -> str:
    """One sentence for ``error`` that is safe to show: never an unexpected error's text."""
    if isinstance(error, UserError):
        return str(error)
    return translate(
        "Failures", "Noe gikk galt ({kind}). Prøv igjen, eller start programmet på nytt."
    ).format(kind=type(error).__name__)


def failure_box(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """A critical message box about ``error``, its text shown as plain text."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Failures", "Lagmøte"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(failure_text(error))
    return box


def show_failure(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user about ``error`` and wait until they have read it."""
    box = failure_box(parent, error)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(translate("Failures", "OK"))
    box.exec()
