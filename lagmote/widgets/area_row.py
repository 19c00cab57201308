"""AreaRow: one kartlegging area in the editor, with the youth's and the team's scale.

The row shows an area and knows nothing about where the ratings come from; it never writes.
Choosing a step (a digit key for the perspective being rated, 0 or Delete for "not
assessed", or a click on either scale) emits ``rating_requested``; the page turns that into
a change. Tab goes to the next area. In meeting mode a sensitive area shows only that it is
hidden, and takes no keys. Geometry lives in :mod:`lagmote.widgets.area_row_geometry`.
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from lagmote.standard import KARTLEGGING_SCALE, Area
from lagmote.ui.theme import NORMAL, Theme
from lagmote.widgets.area_row_geometry import (
    SCALE_CHOICES,
    RowGeometry,
    RowMetrics,
    choice_at,
    is_stacked,
    layout_row,
    row_height,
    trend_points,
)
from lagmote.widgets.painted import PaintedWidget
from lagmote.widgets.step_timeline_geometry import Box

CLEAR_KEYS = frozenset({Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace})
PREFERRED_WIDTH_CHARS = 70
MIN_WORDS_CHARS = 28  # narrower than this, a step's words go on their own line


def _tr(text: str) -> str:
    return QCoreApplication.translate("AreaRow", text)


def perspective_label(perspective: str) -> str:
    return _tr("Ungdommen") if perspective == "ungdom" else _tr("Laget")


def step_words(value: int | None) -> str:
    """ "3 – Litt bekymring: Noe går bra, …", or "Ikke vurdert"."""
    if value is None:
        return _tr("Ikke vurdert")
    step = KARTLEGGING_SCALE[value - 1]
    return f"{value} – {step.label}: {step.description}"


class AreaRow(PaintedWidget):
    """One area: name, description, trend, and a scale 1–5 per perspective.

    Signals:
        rating_requested(int, str, object): area number, perspective, value (1..5 or None).
        focused(int): the area number, when the row gets the keyboard focus.
    """

    rating_requested = Signal(int, str, object)
    focused = Signal(int)

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self._ratings: dict[str, int | None] = {"ungdom": None, "lag": None}
        self._trend: tuple[int | None, ...] = ()
        self._active = "ungdom"
        self._hidden = False
        self._theme = NORMAL
        self._geometry: RowGeometry | None = None
        self._words: dict[str, str] = {}
        self._refresh_fonts()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_accessibility()

    # -- public API ---------------------------------------------------------------------

    def set_ratings(self, youth: int | None, team: int | None) -> None:
        if self._ratings != {"ungdom": youth, "lag": team}:
            self._ratings = {"ungdom": youth, "lag": team}
            self._changed()

    def rating(self, perspective: str) -> int | None:
        return self._ratings[perspective]

    def set_trend(self, values: tuple[int | None, ...]) -> None:
        if values != self._trend:
            self._trend = values
            self._changed()

    def set_active(self, perspective: str) -> None:
        if perspective != self._active:
            self._active = perspective
            self._changed()

    def set_hidden(self, hidden: bool) -> None:
        if hidden != self._hidden:
            self._hidden = hidden
            self._changed()

    @property
    def hidden(self) -> bool:
        return self._hidden

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._refresh_fonts()

    def row_geometry(self) -> RowGeometry:
        if self._geometry is None:
            self._geometry = layout_row(self.width(), self._metrics)
            self._words = {
                s.perspective: self._body_metrics.elidedText(
                    step_words(self._ratings[s.perspective]),
                    Qt.TextElideMode.ElideRight,
                    s.words.width,
                )
                for s in self._geometry.scales
            }
        return self._geometry

    def sizeHint(self) -> QSize:
        width = self._body_metrics.averageCharWidth() * PREFERRED_WIDTH_CHARS
        return QSize(math.ceil(width), self._height_for(self.width() or math.ceil(width)))

    def minimumSizeHint(self) -> QSize:
        geometry = layout_row(0, self._metrics, stacked=True)
        narrowest = geometry.scales[0].boxes[-1].right + self._metrics.margin
        return QSize(math.ceil(narrowest), self._height_for(self.width()))

    def _height_for(self, width: int) -> int:
        return math.ceil(row_height(self._metrics, is_stacked(width, self._metrics)))

    def _fit_height(self) -> None:
        """A row is as tall as its width needs: words under the boxes take a line more."""
        height = self._height_for(self.width())
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        geometry = self.row_geometry()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self._theme.colours
        painter.fillRect(self.rect(), QColor(c.background))
        if self._hidden:
            self._paint_hidden(painter, geometry)
        else:
            self._paint_heading(painter, geometry)
            for scale in geometry.scales:
                self._paint_scale(painter, scale.perspective, scale.label, scale.boxes)
                painter.setFont(self._body)
                painter.setPen(QColor(c.text))
                painter.drawText(_rect(scale.words), _LEFT, self._words[scale.perspective])
            self._paint_trend(painter, geometry.trend)
        painter.setPen(QPen(QColor(c.surface), 1))
        painter.drawLine(
            QPointF(0, self.height() - 0.5), QPointF(self.width(), self.height() - 0.5)
        )
        self.paint_focus_ring(painter, self._theme)
        painter.end()

    def _paint_heading(self, painter: QPainter, geometry: RowGeometry) -> None:
        c = self._theme.colours
        painter.setFont(self._bold)
        painter.setPen(QColor(c.text))
        painter.drawText(_rect(geometry.name), _LEFT, f"{self.area.number}. {self.area.name}")
        painter.setFont(self._body)
        painter.setPen(QColor(c.muted_text))
        text = self._body_metrics.elidedText(
            self.area.description, Qt.TextElideMode.ElideRight, geometry.description.width
        )
        painter.drawText(_rect(geometry.description), _LEFT, text)

    def _paint_hidden(self, painter: QPainter, geometry: RowGeometry) -> None:
        c = self._theme.colours
        painter.setFont(self._bold)
        painter.setPen(QColor(c.text))
        name = _tr("Område {number}: skjult").format(number=self.area.number)
        painter.drawText(_rect(geometry.name), _LEFT, name)
        painter.setFont(self._body)
        painter.setPen(QColor(c.muted_text))
        painter.drawText(_rect(geometry.description), _LEFT, _tr("Sensitivt område, skjult nå."))

    def _paint_scale(
        self, painter: QPainter, perspective: str, label: Box, boxes: tuple[Box, ...]
    ) -> None:
        c, active = self._theme.colours, perspective == self._active
        painter.setFont(self._bold if active else self._body)
        painter.setPen(QColor(c.text if active else c.muted_text))
        marker = "▶ " if active else "   "
        painter.drawText(_rect(label), _LEFT, marker + perspective_label(perspective))
        chosen = self._ratings[perspective]
        for choice, box in zip(SCALE_CHOICES, boxes, strict=True):
            on = choice == chosen
            painter.setPen(QPen(QColor(c.text if on else c.muted_text), self._theme.line_width))
            painter.setBrush(QBrush(QColor(c.accent if on else c.background)))
            painter.drawRoundedRect(_rect(box).adjusted(1, 1, -1, -1), 4, 4)
            painter.setPen(QColor(c.on_accent if on else c.text))
            painter.setFont(self._bold if on else self._body)
            text = str(choice) if choice is not None else _tr("Ikke vurdert")
            painter.drawText(_rect(box), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_trend(self, painter: QPainter, box: Box) -> None:
        """Every kartlegging's rating of the perspective being rated; gaps stay gaps."""
        c = self._theme.colours
        points = trend_points(box, self._trend)
        if len(points) < 2:
            return
        painter.setPen(QPen(QColor(c.surface), 1))
        painter.setBrush(QBrush(QColor(c.surface)))
        painter.drawRect(_rect(box))
        painter.setPen(QPen(QColor(c.text), 2 * self._theme.line_width))
        for a, b in itertools.pairwise(points):
            if a is not None and b is not None:
                painter.drawLine(QPointF(*a), QPointF(*b))
        painter.setBrush(QBrush(QColor(c.text)))
        radius = self._metrics.line_height * 0.14
        for point in points:
            if point is not None:
                painter.drawEllipse(QPointF(*point), radius, radius)

    # -- events -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._geometry = None
        super().resizeEvent(event)
        self._fit_height()

    def fonts_changed(self) -> None:
        self._refresh_fonts()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self.area.number)

    def tooltip_at(self, point: QPointF) -> str | None:
        if self._hidden:
            return _tr("Dette området er skjult nå.")
        geometry = self.row_geometry()
        hit = choice_at(geometry, point.x(), point.y())
        if hit is not None:
            return f"{perspective_label(hit[0])}: {step_words(hit[1])}"
        for scale in geometry.scales:
            if scale.words.contains(point.x(), point.y()):
                return step_words(self._ratings[scale.perspective])
        if geometry.trend.contains(point.x(), point.y()) and len(self._trend) > 1:
            values = ", ".join("–" if v is None else str(v) for v in self._trend)
            return _tr("Over tid ({who}): {values}").format(
                who=perspective_label(self._active).lower(), values=values
            )
        return self.area.description

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        hit = None if self._hidden else choice_at(self.row_geometry(), point.x(), point.y())
        if event.button() != Qt.MouseButton.LeftButton or hit is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.rating_requested.emit(self.area.number, hit[0], hit[1])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if not self._hidden and text in {"1", "2", "3", "4", "5"}:
            self.rating_requested.emit(self.area.number, self._active, int(text))
        elif not self._hidden and Qt.Key(event.key()) in CLEAR_KEYS:
            self.rating_requested.emit(self.area.number, self._active, None)
        else:
            super().keyPressEvent(event)

    # -- helpers ------------------------------------------------------------------------

    def _changed(self) -> None:
        self._geometry = None
        self._update_accessibility()
        self.update()

    def _refresh_fonts(self) -> None:
        self._body = QFont(self.font())
        self._body.setPointSizeF(self._theme.base_point_size)
        self._bold = QFont(self._body)
        self._bold.setBold(True)
        self._body_metrics = QFontMetricsF(self._body)
        bold = QFontMetricsF(self._bold)
        line = math.ceil(self._body_metrics.lineSpacing())
        labels = [bold.horizontalAdvance("▶ " + perspective_label(p)) for p in ("ungdom", "lag")]
        spacing = float(self._theme.spacing)
        self._metrics = RowMetrics(
            line_height=line,
            label_width=max(labels) + spacing,
            box_width=line * 1.6,
            none_width=bold.horizontalAdvance(_tr("Ikke vurdert")) + spacing,
            margin=spacing / 2 + self._theme.focus_width,
            spacing=spacing,
            min_words_width=self._body_metrics.averageCharWidth() * MIN_WORDS_CHARS,
        )
        self._geometry = None
        self._fit_height()
        self.updateGeometry()
        self.update()

    def _update_accessibility(self) -> None:
        if self._hidden:
            self.setAccessibleName(_tr("Område {n}: skjult").format(n=self.area.number))
            self.setAccessibleDescription(_tr("Sensitivt område, skjult nå."))
            return
        self.setAccessibleName(f"{self.area.number}. {self.area.name}")
        parts = [
            f"{perspective_label(p)}: {step_words(self._ratings[p])}" for p in ("ungdom", "lag")
        ]
        keys = _tr("Tast 1–5 for å vurdere, 0 for ikke vurdert. Du vurderer nå for {who}.")
        self.setAccessibleDescription(
            ". ".join(parts) + ". " + keys.format(who=perspective_label(self._active).lower())
        )


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)
