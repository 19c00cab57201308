"""The baseline: a bare PySide6 main window, started and quit on first paint the same way."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _Quitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Lagmøte"))
    window.resize(1280, 800)
    window.installEventFilter(_Quitter(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
