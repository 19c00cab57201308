"""Small building blocks of the Lagmøter page: a list as tall as its lines, and a note field
under a title and a question that can be hidden in meeting mode.

Signals of :class:`NoteField`:
    text_committed(str, str): the field's key and the text to save.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QListView,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagmote.ui.plan_fields import AutosaveText, ThemedLabels, plain_label
from lagmote.ui.theme import Theme

FIT_SPARE = 4


def _fit_with(model: QAbstractItemModel | None, fit: Callable[[], None]) -> None:
    """Fit now, and again whenever ``model`` is reset or its data change."""
    if model is not None:
        model.modelReset.connect(fit)
        model.dataChanged.connect(fit)
    fit()


def _take_height(view: QWidget, height: int) -> None:
    if view.height() != height or view.minimumHeight() != height:
        view.setFixedHeight(height)


class ThemedText(ThemedLabels):
    """Titles, headings, bold lines and notes of the page, plain-text and wrapping, sized
    and coloured by the theme.

    The size is given as a style sheet rule, not a font: with the application's style sheet,
    a label first shown after a change of theme (a step not yet visited) would otherwise
    take its parent's font when it is polished, and lose its size."""

    def bold(self, text: str, parent: QWidget) -> QLabel:
        return self._label(text, parent, "bold")

    def set_theme(self, theme: Theme) -> None:
        sizes = {
            "title": f"font-size: {theme.title_point_size}pt; font-weight: bold;",
            "heading": f"font-size: {theme.heading_point_size}pt; font-weight: bold;",
            "bold": f"font-size: {theme.base_point_size}pt; font-weight: bold;",
            "note": f"font-size: {theme.base_point_size}pt; color: {theme.colours.muted_text};",
        }
        for label, size in self._labels:
            label.setStyleSheet(f"QLabel {{ {sizes[size]} }}")


class FittedTable(QTableView):
    """A read-only table as tall as its rows (wrapped), in a page that scrolls as a whole.

    Rows take the height of their wrapped text; when a column's width changes, the rows and
    then the table's height follow once the header has settled (a zero-time timer gathers
    the many resizes of one layout pass into one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        rows, columns = self.verticalHeader(), self.horizontalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setStretchLastSection(False)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        columns.sectionResized.connect(self._on_section_resized)
        rows.sectionResized.connect(self._on_section_resized)

    def stretch_column(self, column: int) -> None:
        self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        _fit_with(model, self.fit)

    @Slot()
    def fit(self) -> None:
        """Take the height of the header and the rows as they are now."""
        self.resizeRowsToContents()
        body = self.verticalHeader().length()
        height = self.horizontalHeader().height() + body + 2 * self.frameWidth() + FIT_SPARE
        _take_height(self, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit.start()

    @Slot(int, int, int)
    def _on_section_resized(self, *_args: int) -> None:
        self._refit.start()  # a wider or narrower column wraps its text anew


class FittedList(QListView):
    """A read-only list that wraps its lines and is as tall as they are (it sits in a page
    that scrolls as a whole, so it never scrolls on its own)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(2)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        _fit_with(model, self.fit)

    @Slot()
    def fit(self) -> None:
        """Take the height of the wrapped lines at the current width."""
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        self.doItemsLayout()
        bottom = self.visualRect(model.index(rows - 1, 0)).bottom() if rows and model else 0
        height = bottom + 2 * self.frameWidth() + FIT_SPARE + 2 * self.spacing()
        _take_height(self, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


class NoteField(QWidget):
    """A note under one agenda item (or one text of the meeting): the title, the question
    asked, and the field that saves itself. In meeting mode a team-internal note is replaced
    by a line saying it is hidden."""

    text_committed = Signal(str, str)

    def __init__(
        self,
        key: str,
        title: str,
        prompt: str,
        parent: QWidget | None = None,
        lines: tuple[int, int] = (2, 8),
        internal: bool = False,
        show_prompt: bool = True,
    ) -> None:
        super().__init__(parent)
        self.key, self.internal, self._show_prompt = key, internal, show_prompt
        self.labels = ThemedText()
        self.title = self.labels.heading(title, self)
        self.prompt = self.labels.note(prompt, self)
        self.text = AutosaveText(self, *lines)
        self.text.setAccessibleName(title)
        self.text.setAccessibleDescription(prompt)
        self.title.setBuddy(self.text)
        self.concealed = plain_label(
            self, self.tr("Skjult i møtemodus: dette er lagets interne notat, ikke for skjermen.")
        )
        self.concealed.hide()
        self.prompt.setVisible(show_prompt)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.prompt, self.text, self.concealed):
            layout.addWidget(widget)
        self.text.text_committed.connect(self._on_text_text_committed)

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)
        meeting = theme.name == "meeting"
        if self.internal:
            if meeting:
                self.text.flush()  # typing saved before it leaves the screen
            self.text.setVisible(not meeting)
            self.prompt.setVisible(self._show_prompt and not meeting)
            self.concealed.setVisible(meeting)

    @property
    def is_concealed(self) -> bool:
        return self.text.isHidden()

    @Slot(str)
    def _on_text_text_committed(self, text: str) -> None:
        self.text_committed.emit(self.key, text)
