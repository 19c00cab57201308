"""The right half of the kartlegging page: the radar (or the same numbers as a table), and
what it says in words.

Two ways to look: *over time* overlays the first, the previous and the chosen kartlegging of
one perspective, with the areas that changed most in words; *youth and team* overlays the
two ratings of the chosen kartlegging and marks where they are two steps or more apart.
Hidden areas are blanked here before anything reaches the chart, the table or the words.

Signals:
    reveal_toggled(bool): show (or hide again) the sensitive areas in meeting mode.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagmote.kartlegging import (
    AssessmentInfo,
    KartleggingView,
    change_sentences,
    chart_table,
    talk_about,
    talk_about_sentence,
)
from lagmote.standard import PERSPECTIVES
from lagmote.ui.models import RecordTableModel
from lagmote.ui.plan_fields import ThemedLabels
from lagmote.ui.theme import Theme
from lagmote.widgets.radar import RadarChart
from lagmote.widgets.radar_geometry import RadarSeries

Index = QModelIndex | QPersistentModelIndex
MODES = ("tid", "ulikt")
RADAR_MINIMUM = (320, 300)
WIDE_RATIO = 1.15  # wider than this times the height: the words go beside the chart
WORDS_SHARE = 0.3
QWIDGETSIZE_MAX = (1 << 24) - 1


class ChartTableModel(RecordTableModel[tuple[str, ...]]):
    """The chart's numbers, one area a row; the columns follow what the chart shows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()

    def set_table(self, headers: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._headers, self._rows = headers, list(rows)
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if row is None or role not in shown or not 0 <= index.column() < len(row):
            return None
        return row[index.column()]


class KartleggingChart(QWidget):
    """The radar or table of the chosen kartlegging, and what changed, in words."""

    reveal_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = ThemedLabels()
        self.modes = QButtonGroup(self)
        self.mode_buttons = {
            "tid": QRadioButton(self.tr("Over tid"), self),
            "ulikt": QRadioButton(self.tr("Ungdommen og laget"), self),
        }
        self.table_box = QCheckBox(self.tr("Vis som tabell"), self)
        self.heading = self.labels.heading("", self)
        self.radar = RadarChart(self)
        self.table_model = ChartTableModel(self)
        self.table = QTableView(self)
        self.stack = QStackedWidget(self)
        self.words = QLabel(self)
        self.reveal_button = QPushButton(self)
        self._revealed = False
        self._shown: tuple[KartleggingView, AssessmentInfo | None, str, frozenset[int]] | None
        self._shown = None
        self._build()

    def _build(self) -> None:
        top = QHBoxLayout()
        for button in self.mode_buttons.values():
            self.modes.addButton(button)
            top.addWidget(button)
        self.mode_buttons["tid"].setChecked(True)
        top.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.table_box)
        second.addStretch(1)
        second.addWidget(self.reveal_button)
        self.controls = second  # the page adds its own buttons here
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(self.tr("Kartlegging som tabell"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        # The chart may shrink below its own comfortable minimum (it then uses short names
        # or numbers, with names in the tooltips), so the page fits a 1920×1080 projector.
        self.radar.setMinimumSize(RADAR_MINIMUM[0], RADAR_MINIMUM[1])
        self.stack.addWidget(self.radar)
        self.stack.addWidget(self.table)
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.heading)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.addWidget(self.stack, 1)
        self.body.addWidget(self.words)
        layout.addLayout(self.body, 1)
        self.modes.buttonToggled.connect(self._on_modes_button_toggled)
        self.table_box.toggled.connect(self._on_table_box_toggled)
        self.reveal_button.clicked.connect(self._on_reveal_button_clicked)
        self.reveal_button.hide()

    @property
    def mode(self) -> str:
        return next(k for k, b in self.mode_buttons.items() if b.isChecked())

    def set_mode(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)

    def show_chart(
        self,
        view: KartleggingView,
        assessment: AssessmentInfo | None,
        perspective: str,
        hidden: frozenset[int],
    ) -> None:
        self._shown = (view, assessment, perspective, hidden)
        series, talk, words = self._content(view, assessment, perspective, hidden)
        self.radar.set_hidden(hidden)
        self.radar.set_series(series, talk or frozenset())
        headers, rows = chart_table([(s.label, s.values) for s in series], hidden, talk)
        self.table_model.set_table(headers, rows)
        self.words.setText("\n".join(words))

    def _content(
        self,
        view: KartleggingView,
        assessment: AssessmentInfo | None,
        perspective: str,
        hidden: frozenset[int],
    ) -> tuple[list[RadarSeries], frozenset[int] | None, list[str]]:
        if assessment is None:
            self.heading.setText(self.tr("Ingen kartlegging å vise ennå"))
            return [], None, []
        if self.mode == "ulikt":
            self.heading.setText(
                self.tr("Ungdommen og laget, {date}").format(date=assessment.label)
            )
            series = [
                RadarSeries(self.tr("Ungdommen"), _blank(assessment.values("ungdom"), hidden)),
                RadarSeries(self.tr("Laget"), _blank(assessment.values("lag"), hidden)),
            ]
            talk = talk_about(assessment, hidden)
            return series, talk, [talk_about_sentence(assessment, talk)]
        self.heading.setText(
            self.tr("Over tid: {whose}").format(whose=PERSPECTIVES[perspective].lower())
        )
        overlay = view.overlay(assessment.id)
        series = [
            RadarSeries(
                self._overlay_label(view, a, assessment), _blank(a.values(perspective), hidden)
            )
            for a in overlay
        ]
        return series, None, list(change_sentences(view, perspective, hidden))

    def _overlay_label(
        self, view: KartleggingView, item: AssessmentInfo, chosen: AssessmentInfo
    ) -> str:
        if item.id == chosen.id:
            word = self.tr("Nå") if view.latest == chosen else self.tr("Valgt")
        elif item.id == view.assessments[0].id:
            word = self.tr("Første")
        else:
            word = self.tr("Forrige")
        return f"{word}: {item.label}"

    def set_meeting(self, meeting: bool, revealed: bool, has_sensitive: bool) -> None:
        """In meeting mode, offer to show the sensitive areas for this occasion."""
        self._revealed = revealed
        self.reveal_button.setVisible(meeting and has_sensitive)
        self.reveal_button.setText(
            self.tr("Skjul sensitive områder") if revealed else self.tr("Vis sensitive områder")
        )

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)
        self.radar.set_theme(theme)
        font = self.words.font()
        font.setPointSizeF(theme.base_point_size)
        self.words.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Words beside the chart when the room is wide (the projector), else under it:
        the chart gets the height, which is what limits its size."""
        size = event.size()
        wide = size.width() > WIDE_RATIO * size.height()
        self.body.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        self.words.setMaximumWidth(int(size.width() * WORDS_SHARE) if wide else QWIDGETSIZE_MAX)
        super().resizeEvent(event)

    def _redraw(self) -> None:
        if self._shown is not None:
            self.show_chart(*self._shown)

    @Slot()
    def _on_modes_button_toggled(self, *_args: object) -> None:
        self._redraw()

    @Slot(bool)
    def _on_table_box_toggled(self, checked: bool) -> None:
        self.stack.setCurrentWidget(self.table if checked else self.radar)

    @Slot()
    def _on_reveal_button_clicked(self) -> None:
        self.reveal_toggled.emit(not self._revealed)


def _blank(values: tuple[int | None, ...], hidden: frozenset[int]) -> tuple[int | None, ...]:
    """Hidden areas' ratings never leave this module."""
    return tuple(None if i + 1 in hidden else v for i, v in enumerate(values))
