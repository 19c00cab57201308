"""Running something right after a widget's first paint.

The window is shown before the database is opened, so that the user sees it at once; the
slow part (opening and decrypting the database) starts once the first frame is on screen.
A zero timer started before ``show()`` would run before that paint, so the paint event itself
is the trigger. The start-up benchmark uses the same hook to quit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False


def after_next_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` from the event loop once ``widget`` has next been painted."""
    widget.installEventFilter(_AfterFirstPaint(widget, callback))
