"""StepTimeline: the follow-up's steps on one painted line, each with its state and date.

The widget shows `StepStatus` items and knows nothing about where they came from. The
geometry lives in `step_timeline_geometry`; this module measures text, paints what the
geometry returns, and handles mouse, keyboard, tooltips and screen readers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from lagmote.dates import days_between_words, format_date
from lagmote.steps import StepState, StepStatus
from lagmote.ui.theme import NORMAL, StateStyle, Theme, state_style
from lagmote.widgets.painted import PaintedWidget
from lagmote.widgets.step_timeline_geometry import (
    SMALL_SCALE,
    Box,
    StepGeometry,
    StepTexts,
    TextLine,
    TimelineGeometry,
    TimelineMetrics,
    column_boxes,
    column_width_needed,
    diamond_points,
    fit_scale,
    layout_timeline,
    longest_word,
    step_at,
    timeline_height,
)

# Names shrink to fit their column, but never below this share of the base size.
NAME_SCALE_FLOOR = 0.75
NAME_SCALE_STEP = 0.02
# The marker's radius as a share of a line of body text.
MARKER_SHARE = 0.8
# The symbol's pixel size as a share of the marker's height: one glyph ("✓"), or two
# ("✓!"); a diamond's middle is narrower, a small marker's symbol must stay legible.
SYMBOL_SHARE = 0.62
SYMBOL_PAIR_SHARE = 0.5
SYMBOL_SHAPE_FACTOR = {"diamond": 0.8, "small": 1 / (SMALL_SCALE * 1.15)}
# Sample texts for the size hints: the widest date line, and the narrowest one.
PREFERRED_SAMPLE = "frist 00.00.0000"
MINIMUM_SAMPLE = "00.00.0000"


def _tr(text: str) -> str:
    return QCoreApplication.translate("StepTimeline", text)


def _detail_text(step: StepStatus) -> str:
    """The date under the marker: done, else planned, else the deadline, else the state."""
    if step.done_on is not None:
        return format_date(step.done_on)
    if step.planned_on is not None:
        return _tr("planlagt {date}").format(date=format_date(step.planned_on))
    if step.due_on is not None:
        return _tr("frist {date}").format(date=format_date(step.due_on))
    return state_style(step.state).label.lower()


def _warning_text(step: StepStatus) -> str | None:
    """A short warning for a late step, or a meeting planned after its deadline."""
    if step.days_late > 0:
        return _tr("{days} over fristen").format(days=days_between_words(step.days_late))
    planned, due = step.planned_on, step.due_on
    if step.state is StepState.DUE and planned and due and planned > due:
        return _tr("etter fristen")
    return None


def step_texts(step: StepStatus) -> StepTexts:
    """What the timeline shows for one step."""
    shape = state_style(step.state).shape
    return StepTexts(step.subject, _detail_text(step), _warning_text(step), shape)


def tooltip_text(step: StepStatus, today: date) -> str:
    """The step's sentence, then the rule that applies to it."""
    label = state_style(step.state).label
    lines = [f"{step.subject}: {label}", step.sentence(today)]
    return "\n".join([*lines, step.rule] if step.rule else lines)


class _Fonts:
    """The fonts of one theme and their measurements, made once per theme or font change."""

    def __init__(self, base: QFont, theme: Theme) -> None:
        self.detail = QFont(base)
        self.detail.setPointSizeF(theme.base_point_size)
        self.strong = QFont(self.detail)
        self.strong.setBold(True)
        self.detail_metrics = QFontMetricsF(self.detail)
        self.strong_metrics = QFontMetricsF(self.strong)
        self._names: dict[float, tuple[QFont, QFontMetricsF]] = {}
        self._symbols: dict[int, QFont] = {}

    def name(self, scale: float = 1.0) -> tuple[QFont, QFontMetricsF]:
        """The bold name font shrunk by `scale`, with its metrics."""
        key = math.floor(scale * 100) / 100
        if key not in self._names:
            font = QFont(self.strong)
            font.setPointSizeF(self.strong.pointSizeF() * key)
            self._names[key] = (font, QFontMetricsF(font))
        return self._names[key]

    def symbol(self, pixel_size: int) -> QFont:
        """A bold font for the symbol inside a marker."""
        if pixel_size not in self._symbols:
            font = QFont(self.strong)
            font.setPixelSize(max(1, pixel_size))
            self._symbols[pixel_size] = font
        return self._symbols[pixel_size]


@dataclass(frozen=True)
class _Layout:
    width: int
    geometry: TimelineGeometry
    name_font: QFont


class StepTimeline(PaintedWidget):
    """A painted, horizontal timeline of the follow-up's steps.

    Each step is a marker on a line, its shape, symbol and fill telling the state; the name
    is above it, and the date (with "N dager over fristen" for a late step) below. Left and
    Right move the keyboard focus between steps; Enter, Space or a click activates one.

    Signals:
        step_activated(str): the key of the step the user clicked or chose with the keyboard.
    """

    step_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: tuple[StepStatus, ...] = ()
        self._styles: tuple[StateStyle, ...] = ()
        self._texts: tuple[StepTexts, ...] = ()
        self._today = date.today()
        self._theme = NORMAL
        self._fonts = _Fonts(self.font(), self._theme)
        self._layout: _Layout | None = None
        self._focus_index = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_accessibility()

    # -- public API ---------------------------------------------------------------------

    def set_steps(self, steps: Sequence[StepStatus], today: date) -> None:
        """Show these steps, with sentences worded as seen on `today`."""
        self._steps = tuple(steps)
        self._styles = tuple(state_style(step.state) for step in self._steps)
        self._texts = tuple(step_texts(step) for step in self._steps)
        self._today = today
        self._focus_index = min(self._focus_index, max(0, len(self._steps) - 1))
        self._invalidate()
        self._update_accessibility()

    def set_theme(self, theme: Theme) -> None:
        """Draw with this theme's type sizes, colours and line widths."""
        self._theme = theme
        self._fonts = _Fonts(self.font(), theme)
        self._invalidate()

    def steps(self) -> tuple[StepStatus, ...]:
        return self._steps

    def focused_key(self) -> str | None:
        """The key of the step that has the keyboard focus (None with no steps)."""
        return self._steps[self._focus_index].key if self._steps else None

    def step_geometry(self) -> tuple[StepGeometry, ...]:
        """Where each step is drawn at the current width (for tests and hit testing)."""
        return self._current_layout().geometry.steps

    # -- sizes and layout ---------------------------------------------------------------

    def _base_metrics(self) -> TimelineMetrics:
        line = self._fonts.detail_metrics.height()
        spacing = float(self._theme.spacing)
        return TimelineMetrics(
            name_line_height=self._fonts.name()[1].height(),
            detail_line_height=line,
            marker_radius=round(line * MARKER_SHARE),
            ring_gap=self._theme.focus_width + 2.0,
            margin=spacing,
            spacing=spacing,
        )

    def _size_for(self, sample: str, with_names: bool) -> QSize:
        metrics = self._base_metrics()
        measure = self._fonts.detail_metrics.horizontalAdvance
        column = column_width_needed(self._texts, metrics, measure, sample)
        if with_names:
            name_measure = self._fonts.name()[1].horizontalAdvance
            names = longest_word([t.name for t in self._texts], name_measure)
            column = max(column, names + metrics.spacing)
        count = max(1, len(self._texts))
        width = count * column + 2 * metrics.margin
        return QSize(math.ceil(width), math.ceil(timeline_height(metrics)))

    def sizeHint(self) -> QSize:
        return self._size_for(PREFERRED_SAMPLE, with_names=True)

    def minimumSizeHint(self) -> QSize:
        return self._size_for(MINIMUM_SAMPLE, with_names=False)

    def _name_font(self, width: int, metrics: TimelineMetrics) -> tuple[QFont, QFontMetricsF]:
        """The name font, shrunk until the longest word fits its column (down to the floor).

        Text does not scale exactly with the point size (hinting), so measure and step down.
        """
        columns = column_boxes(width, max(1, len(self._texts)), metrics.margin, 0.0)
        available = columns[0].width - metrics.spacing
        names = [t.name for t in self._texts]
        needed = longest_word(names, self._fonts.name()[1].horizontalAdvance)
        scale = fit_scale(needed, available, NAME_SCALE_FLOOR)
        font, font_metrics = self._fonts.name(scale)
        while (
            scale > NAME_SCALE_FLOOR
            and longest_word(names, font_metrics.horizontalAdvance) > available
        ):
            scale = max(NAME_SCALE_FLOOR, scale - NAME_SCALE_STEP)
            font, font_metrics = self._fonts.name(scale)
        return font, font_metrics

    def _current_layout(self) -> _Layout:
        width = self.width()
        if self._layout is None or self._layout.width != width:
            metrics = self._base_metrics()
            name_font, name_metrics = self._name_font(width, metrics)
            geometry = layout_timeline(
                width,
                self._texts,
                metrics,
                name_metrics.horizontalAdvance,
                self._fonts.detail_metrics.horizontalAdvance,
                self._fonts.strong_metrics.horizontalAdvance,
            )
            self._layout = _Layout(width, geometry, name_font)
        return self._layout

    def _invalidate(self) -> None:
        self._layout = None
        self.updateGeometry()
        self.update()

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self._current_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(self._theme.colours.background))
        self._paint_line(painter, layout.geometry)
        for geometry, style in zip(layout.geometry.steps, self._styles, strict=True):
            self._paint_marker(painter, geometry, style)
            self._paint_text(painter, geometry.name_lines, layout.name_font)
            self._paint_text(painter, geometry.detail_lines, self._fonts.detail)
        if self.hasFocus() and layout.geometry.steps:
            self._paint_focus(painter, layout.geometry.steps[self._focus_index])
        painter.end()

    def _paint_line(self, painter: QPainter, geometry: TimelineGeometry) -> None:
        x1, y1, x2, y2 = geometry.line
        pen = QPen(QColor(self._theme.colours.muted_text), 2 * self._theme.line_width)
        painter.setPen(pen)
        painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def _paint_marker(self, painter: QPainter, geometry: StepGeometry, style: StateStyle) -> None:
        painter.setPen(QPen(QColor(style.outline), self._theme.outline_width))
        painter.setBrush(QBrush(QColor(style.fill)))
        box = geometry.marker
        if geometry.shape == "diamond":
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in diamond_points(box)]))
        else:
            painter.drawEllipse(_rect(box))
        self._paint_symbol(painter, box, style.symbol, geometry.shape)

    def _paint_symbol(self, painter: QPainter, box: Box, symbol: str, shape: str) -> None:
        share = SYMBOL_SHARE if len(symbol) == 1 else SYMBOL_PAIR_SHARE
        share *= SYMBOL_SHAPE_FACTOR.get(shape, 1.0)
        painter.setFont(self._fonts.symbol(round(box.height * share)))
        painter.setPen(QColor(self._theme.colours.text))
        painter.drawText(_rect(box), Qt.AlignmentFlag.AlignCenter, symbol)

    def _paint_text(self, painter: QPainter, lines: Sequence[TextLine], font: QFont) -> None:
        painter.setPen(QColor(self._theme.colours.text))
        for line in lines:
            painter.setFont(self._fonts.strong if line.strong else font)
            painter.drawText(_rect(line.box), Qt.AlignmentFlag.AlignCenter, line.text)

    def _paint_focus(self, painter: QPainter, geometry: StepGeometry) -> None:
        painter.setPen(QPen(QColor(self._theme.colours.focus), self._theme.focus_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(_rect(geometry.focus_ring))

    # -- events -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    def fonts_changed(self) -> None:
        self._fonts = _Fonts(self.font(), self._theme)
        self._invalidate()

    def tooltip_at(self, point: QPointF) -> str | None:
        index = self._index_at(point)
        return None if index is None else tooltip_text(self._steps[index], self._today)

    def tooltip_area(self, point: QPointF) -> QRect:
        index = self._index_at(point)
        if index is None:
            return QRect()
        return _rect(self._current_layout().geometry.steps[index].column).toRect()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or index is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._set_focus_index(index)
        self.step_activated.emit(self._steps[index].key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        target = self._key_target(key)
        if target is not None and self._steps:
            self._set_focus_index(target)
        elif key in _ACTIVATE_KEYS and self._steps:
            self.step_activated.emit(self._steps[self._focus_index].key)
        else:
            super().keyPressEvent(event)

    def _key_target(self, key: Qt.Key) -> int | None:
        """Where a navigation key moves the focus (None for other keys)."""
        last = len(self._steps) - 1
        targets = {
            Qt.Key.Key_Left: self._focus_index - 1,
            Qt.Key.Key_Right: self._focus_index + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
        }
        target = targets.get(key)
        return None if target is None else max(0, min(last, target))

    def _index_at(self, point: QPointF) -> int | None:
        return step_at(self._current_layout().geometry, point.x(), point.y())

    def _set_focus_index(self, index: int) -> None:
        if index != self._focus_index:
            self._focus_index = index
            self._update_accessibility()
            self.update()

    def _update_accessibility(self) -> None:
        """Name the focused step; describe all steps, one sentence each, for screen readers."""
        lines = [
            f"{style.label}: {step.sentence(self._today)}"
            for step, style in zip(self._steps, self._styles, strict=True)
        ]
        self.setAccessibleDescription("\n".join(lines))
        self.setAccessibleName(self._accessible_name())

    def _accessible_name(self) -> str:
        if not self._steps:
            return _tr("Tidslinje for oppfølgingen")
        step, style = self._steps[self._focus_index], self._styles[self._focus_index]
        text = _tr("Tidslinje for oppfølgingen, valgt steg: {name} ({state})")
        return text.format(name=step.subject, state=style.label)


_ACTIVATE_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space})


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)
