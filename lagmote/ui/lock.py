"""Locking the window: after a spell of idle time, or at once with Ctrl+L.

A locked window shows no personal data and holds none: the pages are deleted (with what they
showed), the youth list and the header are emptied, the undo history is cleared, and the
database connection is closed and let go, so that the key goes with it. Unlocking opens the
database again, which needs the passphrase or the OS keyring (the window asks first).

:class:`IdleWatcher` restarts its timer on every key press, click, wheel turn and mouse move
in the application, and says ``idle`` when the time runs out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

MS_PER_MINUTE = 60_000
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Says ``idle`` after ``interval_ms`` without input anywhere in the application.

    Signals:
        idle(): the time ran out.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._watching = False

    def start(self, minutes: int) -> None:
        self.start_ms(minutes * MS_PER_MINUTE)

    def start_ms(self, interval_ms: int) -> None:
        self._watch(True)
        self.timer.start(interval_ms)

    def stop(self) -> None:
        self.timer.stop()
        self._watch(False)

    def _watch(self, on: bool) -> None:
        """Look at the application's events only while the timer runs: a filter in Python
        sees every event, and the window's first paint should not wait for it."""
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()  # again, from now
        return False


class LockScreen(QWidget):
    """What a locked window shows: that it is locked, and the way to unlock it.

    Signals:
        unlock_requested(): the user asks to unlock.
    """

    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Lagmøte er låst"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.title.setFont(font)
        self.problem = QLabel(self)
        self.note = QLabel(
            self.tr(
                "Ingen personopplysninger vises, og nøkkelen til databasen er lagt bort.\n"
                "Lås opp med passordet eller nøkkelringen."
            ),
            self,
        )
        for label in (self.note, self.problem):  # short lines, never wrapped or clipped
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("&Lås opp …"), self)
        self.button.clicked.connect(self.unlock_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.note, self.problem, self.button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_problem(self, text: str) -> None:
        self.problem.setText(f"⚠ {text}" if text else "")
