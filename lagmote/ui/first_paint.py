"""Quitting on a window's first paint, so that a benchmark can time a cold start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaintQuitter(QObject):
    """Quits the application once the watched widget has painted (not before the paint:
    a zero timer started at startup would quit before anything is drawn)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def quit_on_first_paint(widget: QWidget) -> None:
    quitter = _FirstPaintQuitter(widget)
    widget.installEventFilter(quitter)
