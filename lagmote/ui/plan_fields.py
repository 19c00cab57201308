"""Building blocks of the Min plan page: a text field that saves itself, themed headings,
and the inline message bar.

:class:`AutosaveText` never writes: it says when its text should be saved (after a short
pause in typing, when the user leaves it, or when asked to flush), and the page makes the
change. Until the page confirms with :meth:`AutosaveText.mark_saved`, the field counts as
dirty and a reload never overwrites what the user typed.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QKeySequence, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from lagmote.ui.theme import NORMAL, Theme

IDLE_MS = 700
# Only this much text is measured to size a field: more than fills its tallest size.
MEASURE_CHARS = 4000
# Pixels the text layout needs beyond its lines: the cursor's width, and the leading under
# the last line (without it the field shows a scroll bar for text that fits).
CURSOR_ROOM = 2
LEADING_ROOM = 4
# Text is measured a little narrower than it is laid out, so that where the two ways of
# wrapping disagree, the field gets a spare line rather than a hidden one.
WRAP_SLACK_CHARS = 2
_NO_SCROLL_BAR = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
# A fallback font (emoji, Arabic) makes a line a little taller; that is not a second line.
TALL_GLYPH_SHARE = 0.3
_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class AutosaveText(QPlainTextEdit):
    """A plain-text field that asks to be saved as the user types, and grows with its text
    from ``min_lines`` up to ``max_lines`` (then it scrolls).

    Tab moves on to the next field. Ctrl+Z and Ctrl+Shift+Z are not the field's own: they
    first save what was typed, then reach the window's undo, which covers the whole page.

    Signals:
        text_committed(str): the text to save now (it differs from the saved text).
    """

    text_committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, min_lines: int = 2, max_lines: int = 8):
        super().__init__(parent)
        self._lines = (min_lines, max_lines)
        self._saved = ""
        self._latest = ""  # the newest text read from the database, even while typing
        self._dirty = False
        self._setting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textChanged.connect(self._on_self_text_changed)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()

    @property
    def saved_text(self) -> str:
        """The text as it is in the database (as far as this field knows)."""
        return self._saved

    @property
    def dirty(self) -> bool:
        """True while the user has typed something not yet saved."""
        return self._dirty

    def set_saved_text(self, text: str) -> None:
        """The text read from the database. Shown unless the user has unsaved typing here;
        a field being typed in keeps its cursor. While there is typing, :attr:`saved_text`
        stays the text the typing began from: saved over someone else's newer text, it is
        refused as a conflict, never a silent overwrite."""
        self._latest = text
        if self._dirty:
            return
        self._saved = text
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False
        if self.hasFocus():
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(text)), QTextCursor.MoveMode.MoveAnchor)
            self.setTextCursor(cursor)

    def mark_saved(self, text: str) -> None:
        """The page saved ``text``; the field is clean again if it still shows that text."""
        self._saved = text
        if self.toPlainText() == text:
            self._dirty = False

    def reset(self, text: str) -> None:
        """Forget any unsaved typing and show ``text`` as saved: the pending save is stopped
        and the problem mark taken away (when another youth is shown, typing meant for the
        one before must never be saved into the new one)."""
        self._timer.stop()
        self._dirty = False
        self.mark_problem(None)
        self.set_saved_text(text)

    def drop_typing(self) -> None:
        """Forget the typing and show the newest text read from the database (after a
        conflict is settled: whatever was chosen is stored, and read back)."""
        self.reset(self._latest)

    def mark_problem(self, fill: str | None) -> None:
        """Fill the field with ``fill`` while what it holds could not be saved (the message
        above the page names the field); None takes the mark away."""
        self.setStyleSheet(f"QPlainTextEdit {{ background: {fill}; }}" if fill else "")

    def flush(self) -> None:
        """Ask now for the save a pause would have asked for."""
        self._timer.stop()
        if not self._dirty:
            return
        text = self.toPlainText()
        if text == self._saved:
            self._dirty = False
        else:
            self.text_committed.emit(text)

    # -- events ---------------------------------------------------------------------------

    @Slot()
    def _on_self_text_changed(self) -> None:
        self._fit_height()
        if not self._setting:
            self._dirty = True
            self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.flush()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        """Let undo and redo through to the window (after saving what was typed)."""
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_or_redo(event):
            self.flush()
            event.ignore()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()

    # -- size -----------------------------------------------------------------------------

    def _fit_height(self) -> None:
        """As tall as the wrapped text, between the least and the most lines.

        Measured against the field's own width, not the viewport's, and with no scroll bar
        until the text is taller than the field can be, so that a scroll bar coming or
        going never changes the answer.
        """
        metrics = self.fontMetrics()
        margins = self.contentsMargins()  # the frame, as the style sheet draws it
        inner = 2 * self.document().documentMargin()
        slack = CURSOR_ROOM + WRAP_SLACK_CHARS * metrics.averageCharWidth()
        width = self.width() - margins.left() - margins.right() - math.ceil(inner) - slack
        text = self.toPlainText()[:MEASURE_CHARS] or " "
        flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
        bound = metrics.boundingRect(QRect(0, 0, max(1, width), 1 << 20), int(flags), text)
        lines = math.ceil(bound.height() / max(1, metrics.lineSpacing()) - TALL_GLYPH_SHARE)
        overflow = lines > self._lines[1]
        lines = min(max(lines, self._lines[0]), self._lines[1])
        policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if overflow else _NO_SCROLL_BAR
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)
        extra = margins.top() + margins.bottom() + inner + LEADING_ROOM
        height = math.ceil(lines * metrics.lineSpacing() + extra)
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())


def _is_undo_or_redo(event: QEvent) -> bool:
    """Undo or redo: the platform's keys, and Ctrl+Shift+Z and Ctrl+Y on every platform (as
    the window's redo action has them)."""
    if not isinstance(event, QKeyEvent):
        return False
    if any(event.matches(key) for key in _UNDO_KEYS):
        return True
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    return (event.key(), event.modifiers()) in {(Qt.Key.Key_Z, ctrl | shift), (Qt.Key.Key_Y, ctrl)}


def plain_label(parent: QWidget, text: str = "") -> QLabel:
    """A label that shows ``text`` as it is (never as markup), wrapping."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ThemedLabels:
    """Headings and explanatory notes of a page, made plain-text and wrapping, and sized
    and coloured by the theme (title, heading or note)."""

    def __init__(self) -> None:
        self._labels: list[tuple[QLabel, str]] = []

    def heading(self, text: str, parent: QWidget, size: str = "heading") -> QLabel:
        label = self._label(text, parent, size)
        label.setAccessibleName(text)
        return label

    def note(self, text: str, parent: QWidget) -> QLabel:
        return self._label(text, parent, "note")

    def _label(self, text: str, parent: QWidget, size: str) -> QLabel:
        label = plain_label(parent, text)
        self._labels.append((label, size))
        return label

    def set_theme(self, theme: Theme) -> None:
        for label, size in self._labels:
            if size == "note":
                label.setStyleSheet(f"color: {theme.colours.muted_text};")
                continue
            font = QFont(label.font())
            title = size == "title"
            font.setPointSizeF(theme.title_point_size if title else theme.heading_point_size)
            font.setBold(True)
            label.setFont(font)


class MessageBar(QFrame):
    """A message at the top of the page, in place of a dialog that would stop the work: a
    problem (⚠, yellow), a warning that stays until closed (⚠, yellow) or a notice (ℹ, light
    blue), with an optional button such as "Angre". The symbol and the word tell the kind,
    not the colour alone.

    ``kind`` is "problem" (a change that could not be made; the page takes it away when the
    next change succeeds), "warning", "notice" or "" (nothing shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planMessage")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.action = QPushButton(self)
        self.close_button = QPushButton(self.tr("Lukk"), self)
        self.close_button.clicked.connect(self.hide_message)
        self._action: Callable[[], object] | None = None
        self.action.clicked.connect(self._on_action_clicked)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self.kind = ""
        self.set_theme(NORMAL)
        self.hide()

    def set_theme(self, theme: Theme) -> None:
        c = theme.colours
        self._colours = (c.warning, c.info, c.text)
        self._restyle()

    def show_problem(self, text: str, where: str = "") -> None:
        """A change that could not be made; ``where`` names the goal or section."""
        if where:
            line = self.tr("⚠ Ikke lagret ({where}): {text}").format(where=where, text=text)
        else:
            line = self.tr("⚠ Ikke lagret: {text}").format(text=text)
        self._show("problem", line, None)

    def show_warning(self, text: str) -> None:
        """Something the user must know that no later change makes untrue (for instance
        typing that was thrown away); it stays until closed or replaced."""
        self._show("warning", f"⚠ {text}", None)

    def show_notice(self, text: str, action: tuple[str, Callable[[], object]] | None) -> None:
        self._show("notice", f"ℹ {text}", action)

    @Slot()
    def hide_message(self) -> None:
        self.kind = ""
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def _show(self, kind: str, text: str, action: tuple[str, Callable[[], object]] | None) -> None:
        self.kind = kind
        self.label.setText(text)
        self.setAccessibleName(text)
        self._action = action[1] if action else None
        self.action.setText(action[0] if action else "")
        self.action.setVisible(action is not None)
        self._restyle()
        self.show()

    def _restyle(self) -> None:
        problem, notice, ink = self._colours
        fill = problem if self.kind in ("problem", "warning") else notice
        self.setStyleSheet(
            f"QFrame#planMessage {{ background: {fill}; border: 2px solid {ink}; }}"
            f" QFrame#planMessage QLabel {{ color: {ink}; }}"
        )

    @Slot()
    def _on_action_clicked(self) -> None:
        action = self._action
        self.hide_message()
        if action is not None:
            action()
