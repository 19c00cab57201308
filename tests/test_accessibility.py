"""Accessibility: every control on every page has a name a screen reader can say, and can be
reached with the keyboard; the wizards and dialogs too; and the window still fits when the
text is twice as large (200% scaling)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.ui.main_window import PAGES, MainWindow
from lagmote.widgets.painted import PaintedWidget

TODAY = date(2026, 12, 1)
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QPlainTextEdit, QTextEdit, QTabBar, PaintedWidget)  # fmt: skip


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    import_document(store, build_demo(TODAY))
    main = MainWindow(store, "test", lambda: TODAY)
    qtbot.addWidget(main)
    main.reload()
    main.resize(1280, 800)
    main.show()
    yield main


def _buddied(root: QWidget) -> set[int]:
    """Controls that a visible label names (its buddy)."""
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}


def _nameless(root: QWidget) -> list[str]:
    named_by_label = _buddied(root)
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, PaintedWidget):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName().strip() or text.strip() or id(widget) in named_by_label:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
            continue  # the inner editor of a named combo box, spin box or view
        found.append(f"{type(widget).__name__} in {type(parent).__name__}")
    return found


@pytest.mark.parametrize("page", PAGES)
def test_every_control_on_every_page_has_a_name(window: MainWindow, page: str) -> None:
    window.select_page(page)
    assert _nameless(window) == []


def test_the_dialogs_controls_have_names(window: MainWindow, qtbot: QtBot) -> None:
    from lagmote.ui.evaluation_page import EvaluationPage
    from lagmote.ui.settings_dialog import SettingsDialog

    window.select_page("evaluations")
    page = window.pages.page("evaluations")
    assert isinstance(page, EvaluationPage)
    dialogs: list[QWidget] = [SettingsDialog(window._store, window)]
    wizard = page.make_wizard()
    closing = page.make_closing_wizard()
    sheet = window.sheet_dialog()
    dialogs += [d for d in (wizard, closing, sheet) if d is not None]
    for dialog in dialogs:
        dialog.show()
        assert _nameless(dialog) == [], type(dialog).__name__
        dialog.close()


def test_tab_reaches_the_pages_controls(window: MainWindow, qtbot: QtBot) -> None:
    """From the tab bar, Tab moves on through the page without getting stuck."""
    window.select_page("plan")
    window.pages.tabs.setFocus()
    seen = set()
    for _ in range(40):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
        focused = window.focusWidget()
        if focused is not None:
            seen.add(id(focused))
    assert len(seen) >= 10


@pytest.mark.parametrize("page", PAGES)
def test_the_window_works_at_twice_the_text_size(qtbot: QtBot, store: Store, page: str) -> None:
    """200% scaling: the text twice as large, the window as on a 1920×1080 screen at 200%
    (960×540 device-independent pixels is too small for any desk program; Windows gives a
    1280×720 logical window at 150%, which we also hold) — the page can be scrolled, and no
    control is cut to nothing."""
    from PySide6.QtWidgets import QApplication

    import_document(store, build_demo(TODAY))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    original = font.pointSizeF()
    font.setPointSizeF(original * 2)
    app.setFont(font)
    try:
        main = MainWindow(store, "test", lambda: TODAY)
        qtbot.addWidget(main)
        main.reload()
        main.resize(1280, 720)
        main.show()
        main.select_page(page)
        qtbot.wait(10)
        squashed = [
            type(w).__name__
            for w in main.findChildren(QAbstractButton)
            if w.isVisibleTo(main) and w.text() and (w.width() < 8 or w.height() < 8)
        ]
        assert squashed == []
    finally:
        font.setPointSizeF(original)
        app.setFont(font)
