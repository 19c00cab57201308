"""GoalLadder: one goal's progress ladder (−2..+2), its start and now, and the trend.

The widget shows a :class:`~lagmote.plan.GoalInfo` and knows nothing about where it came
from; it never writes. Choosing a rung (a digit key, − or +, or a click) emits
``rating_requested``; the page turns that into a change. The geometry lives in
:mod:`lagmote.widgets.ladder_geometry`; this module measures text, paints what the geometry
returns, and handles keys, mouse, tooltips and screen readers.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
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
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from lagmote.plan import GoalInfo
from lagmote.ui.theme import NORMAL, Theme
from lagmote.widgets.goal_ladder_texts import (
    accessible_description,
    accessible_name,
    ladder_words,
    pill_texts,
    rating_tooltip,
    rung_texts,
    rung_tooltip,
)
from lagmote.widgets.ladder_geometry import (
    LADDER_TOP_DOWN,
    Label,
    LadderGeometry,
    LadderMetrics,
    format_value,
    key_for_value,
    ladder_height,
    layout_ladder,
    minimum_width,
    point_at,
    rung_at,
    value_for_key,
)
from lagmote.widgets.painted import PaintedWidget
from lagmote.widgets.step_timeline_geometry import Box, diamond_points

# The point on the trend, as a share of a line of text; the "now" point is larger.
POINT_SHARE = 0.22
NOW_POINT_SCALE = 1.5
START_POINT_SCALE = 1.6
# Rooms for text in the size hints, in average characters.
MINIMUM_TEXT_CHARS = 16
PREFERRED_TEXT_CHARS = 48
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "right": Qt.AlignmentFlag.AlignRight,
    "centre": Qt.AlignmentFlag.AlignHCenter,
}


class _Fonts:
    """The fonts of one theme and their measurements, made once per theme or font change."""

    def __init__(self, base: QFont, theme: Theme) -> None:
        self.body = QFont(base)
        self.body.setPointSizeF(theme.base_point_size)
        self.bold = QFont(self.body)
        self.bold.setBold(True)
        self.body_metrics = QFontMetricsF(self.body)
        self.bold_metrics = QFontMetricsF(self.bold)

    def metrics(self, theme: Theme) -> LadderMetrics:
        line = math.ceil(self.body_metrics.lineSpacing())
        values = [self.bold_metrics.horizontalAdvance(format_value(v)) for v in LADDER_TOP_DOWN]
        pills = [self.bold_metrics.horizontalAdvance(t) for t in pill_texts()]
        spacing = float(theme.spacing)
        return LadderMetrics(
            line_height=line,
            value_width=max(values),
            key_width=line * 1.1,
            pill_width=max(pills) + spacing,
            point_radius=line * POINT_SHARE,
            margin=spacing + theme.focus_width,
            spacing=spacing,
        )


class GoalLadder(PaintedWidget):
    """A painted ladder of five rungs, −2 at the bottom and +2 at the top, 0 (the expected
    result) marked by a band and its words. The first rating is marked "◇ Start" and the
    latest "● Nå"; beside the rungs a small trend shows every rating over time (dates in the
    tooltips). Digits 1–5 choose −2..+2, − and + step one rung, a click chooses a rung.

    Signals:
        rating_requested(int): the value (−2..+2) the user chose for today.
    """

    rating_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._goal: GoalInfo | None = None
        self._rungs = rung_texts(None)
        self._theme = NORMAL
        self._fonts = _Fonts(self.font(), self._theme)
        self._metrics = self._fonts.metrics(self._theme)
        self._layout: LadderGeometry | None = None
        self._neighbours: tuple[GoalLadder | None, GoalLadder | None] = (None, None)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_accessibility()

    # -- public API ---------------------------------------------------------------------

    def set_goal(self, goal: GoalInfo) -> None:
        """Show this goal's ladder, ratings and trend."""
        self._goal = goal
        self._rungs = rung_texts(goal)
        self._invalidate()
        self._update_accessibility()

    def goal(self) -> GoalInfo | None:
        return self._goal

    def set_theme(self, theme: Theme) -> None:
        """Draw with this theme's type sizes, colours and line widths."""
        self._theme = theme
        self._refresh_fonts()

    def set_tab_neighbours(self, previous: GoalLadder | None, following: GoalLadder | None) -> None:
        """Tab moves to ``following``'s ladder and Shift+Tab to ``previous``'s, so that one
        goal after another is rated from the keyboard; None keeps the usual tab order."""
        self._neighbours = (previous, following)

    def ladder_geometry(self) -> LadderGeometry:
        """Where everything is drawn at the current width (for tests and hit testing)."""
        if self._layout is None or self._layout.width != self.width():
            self._layout = self._compute_layout(self.width())
        return self._layout

    # -- sizes and layout ---------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return self._size_for(PREFERRED_TEXT_CHARS)

    def minimumSizeHint(self) -> QSize:
        return self._size_for(MINIMUM_TEXT_CHARS)

    def _size_for(self, chars: int) -> QSize:
        room = chars * self._fonts.body_metrics.averageCharWidth()
        width = minimum_width(self._metrics, room)
        return QSize(math.ceil(width), math.ceil(ladder_height(self._metrics)))

    def _compute_layout(self, width: int) -> LadderGeometry:
        ratings = [(r.rated_on, r.value) for r in self._goal.ratings] if self._goal else []
        measures = (
            self._fonts.bold_metrics.horizontalAdvance,
            self._fonts.body_metrics.horizontalAdvance,
        )
        return layout_ladder(
            width, self._rungs, ratings, self._metrics, measures, ladder_words(self._goal)
        )

    def _invalidate(self) -> None:
        self._layout = None
        self.updateGeometry()
        self.update()

    def _refresh_fonts(self) -> None:
        self._fonts = _Fonts(self.font(), self._theme)
        self._metrics = self._fonts.metrics(self._theme)
        self._invalidate()

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        geometry = self.ladder_geometry()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(self._theme.colours.background))
        self._paint_rungs(painter, geometry)
        self._paint_trend(painter, geometry)
        self._paint_pills(painter, geometry)
        for label in geometry.labels:
            self._paint_label(painter, label)
        self.paint_focus_ring(painter, self._theme)
        painter.end()

    def _paint_rungs(self, painter: QPainter, geometry: LadderGeometry) -> None:
        c = self._theme.colours
        for rung in geometry.rungs:
            if rung.expected:
                painter.setPen(QPen(QColor(c.text), self._theme.outline_width))
                painter.setBrush(QBrush(QColor(c.info)))
                painter.drawRect(_rect(rung.row))
            else:
                painter.setPen(QPen(QColor(c.muted_text), self._theme.line_width))
                painter.drawLine(
                    _point(rung.row.x, rung.row.bottom), _point(rung.row.right, rung.row.bottom)
                )
            self._paint_key(painter, rung.key, key_for_value(rung.value))
            painter.setFont(self._fonts.bold)
            painter.setPen(QColor(c.text))
            painter.drawText(
                _rect(rung.value_box), Qt.AlignmentFlag.AlignCenter, format_value(rung.value)
            )
            for label in rung.lines:
                self._paint_label(painter, label)

    def _paint_key(self, painter: QPainter, box: Box, key: str) -> None:
        """A key cap: the digit that rates the rung, in a small rounded box."""
        c = self._theme.colours
        painter.setPen(QPen(QColor(c.muted_text), self._theme.line_width))
        painter.setBrush(QBrush(QColor(c.background)))
        painter.drawRoundedRect(_rect(box).adjusted(1, 1, -1, -1), 4, 4)
        painter.setFont(self._fonts.body)
        painter.setPen(QColor(c.muted_text))
        painter.drawText(_rect(box), Qt.AlignmentFlag.AlignCenter, key)

    def _paint_pills(self, painter: QPainter, geometry: LadderGeometry) -> None:
        c = self._theme.colours
        start, now = pill_texts()
        painter.setFont(self._fonts.bold)
        if geometry.start_pill is not None:
            self._paint_pill(painter, geometry.start_pill, start, c.background, c.text)
        if geometry.now_pill is not None:
            self._paint_pill(painter, geometry.now_pill, now, c.accent, c.on_accent)

    def _paint_pill(self, painter: QPainter, box: Box, text: str, fill: str, ink: str) -> None:
        painter.setPen(QPen(QColor(self._theme.colours.text), self._theme.line_width))
        painter.setBrush(QBrush(QColor(fill)))
        radius = box.height / 2
        painter.drawRoundedRect(_rect(box), radius, radius)
        painter.setPen(QColor(ink))
        painter.drawText(_rect(box), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_trend(self, painter: QPainter, geometry: LadderGeometry) -> None:
        c, points = self._theme.colours, geometry.points
        painter.setPen(QPen(QColor(c.muted_text), self._theme.line_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(_rect(geometry.trend))
        if len(points) > 1:
            painter.setPen(QPen(QColor(c.text), 2 * self._theme.line_width))
            painter.drawPolyline(QPolygonF([QPointF(p.x, p.y) for p in points]))
        radius = self._metrics.point_radius
        for p in points:
            if p.kind == "start":
                r = radius * START_POINT_SCALE
                shape = diamond_points(Box(p.x - r, p.y - r, 2 * r, 2 * r))
                painter.setPen(QPen(QColor(c.text), self._theme.outline_width))
                painter.setBrush(QBrush(QColor(c.background)))
                painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in shape]))
            else:
                r = radius * (NOW_POINT_SCALE if p.kind == "now" else 1.0)
                fill = c.accent if p.kind == "now" else c.text
                painter.setPen(QPen(QColor(c.text), self._theme.line_width))
                painter.setBrush(QBrush(QColor(fill)))
                painter.drawEllipse(QPointF(p.x, p.y), r, r)

    def _paint_label(self, painter: QPainter, label: Label) -> None:
        c = self._theme.colours
        painter.setFont(self._fonts.bold if label.bold else self._fonts.body)
        painter.setPen(QColor(c.muted_text if label.muted else c.text))
        option = QTextOption(_ALIGN[label.align] | Qt.AlignmentFlag.AlignVCenter)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        if label.rtl:
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        painter.drawText(_rect(label.box), label.text, option)

    # -- events -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    def fonts_changed(self) -> None:
        self._refresh_fonts()

    def tooltip_at(self, point: QPointF) -> str | None:
        """The rating under the point (date, value, lagmøte, note), or the rung's full text."""
        geometry = self.ladder_geometry()
        radius = self._metrics.point_radius * 3
        index = point_at(geometry, point.x(), point.y(), radius)
        if index is not None and self._goal is not None:
            return rating_tooltip(self._goal.ratings[index])
        value = rung_at(geometry, point.x(), point.y())
        if value is None:
            return None
        return rung_tooltip(self._rungs[LADDER_TOP_DOWN.index(value)])

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        value = rung_at(self.ladder_geometry(), point.x(), point.y())
        if event.button() != Qt.MouseButton.LeftButton or value is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._request(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        latest = self._goal.latest if self._goal is not None else None
        value = value_for_key(event.text(), latest.value if latest else None)
        if value is None:
            super().keyPressEvent(event)
            return
        self._request(value)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab to the next shown ladder, passing over hidden ones (a goal folded away in
        meeting mode); with none, the usual tab order."""
        side = 1 if next else 0
        target = self._neighbours[side]
        passed: set[int] = set()
        while target is not None and not target.isVisible() and id(target) not in passed:
            passed.add(id(target))
            target = target._neighbours[side]
        if target is None or not target.isVisible():
            return super().focusNextPrevChild(next)
        target.setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True

    # -- helpers ------------------------------------------------------------------------

    def _request(self, value: int) -> None:
        if self._goal is not None:
            self.rating_requested.emit(value)

    def _update_accessibility(self) -> None:
        self.setAccessibleName(accessible_name(self._goal))
        self.setAccessibleDescription(accessible_description(self._rungs))


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


def _point(x: float, y: float) -> QPointF:
    return QPointF(x, y)
