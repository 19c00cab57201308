"""The Qt binding itself: a release that miscounts references to None kills the program.

PySide6 6.12.0 dropped a reference to None on every call of a method returning nothing; after
a few thousand calls (minutes of normal use) Python aborts with "deallocating None". This
test fails on any binding that does that, so such a release can never be installed unseen.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(1_000):
        label.setText("y")
        label.update()
        timer.start(1_000)
        QApplication.processEvents()
    timer.stop()
    assert sys.getrefcount(None) >= before - 50  # a few may move elsewhere; 4,000 must not
