"""RadarChart: a kartlegging's twelve areas as a radar, with up to three ratings overlaid.

The widget shows :class:`~lagmote.widgets.radar_geometry.RadarSeries` and knows nothing
about where they came from; it never writes and emits no signals. The geometry lives in
:mod:`lagmote.widgets.radar_geometry` and the words in :mod:`lagmote.widgets.radar_texts`;
this module measures text, turns a layout into ready-made Qt objects once (:class:`_Scene`),
and paints those. A paint does no layout and no font measuring, so a redraw at 1920×1080
costs a few milliseconds (``bench/radar.py``).

How a series looks, never by colour alone: the latest (primary) is a thick solid line with
round markers in the accent colour, drawn last; the one before is dashed with squares in
the text colour; the oldest is dotted with triangles in the muted colour.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from lagmote.ui.theme import NORMAL, Theme
from lagmote.widgets.painted import PaintedWidget
from lagmote.widgets.radar_geometry import (
    AXIS_COUNT,
    LegendItem,
    Measure,
    Point,
    RadarContent,
    RadarFrame,
    RadarGeometry,
    RadarMetrics,
    RadarSeries,
    SeriesGeometry,
    TextLine,
    along,
    axis_at,
    check_series,
    layout_frame,
    layout_radar,
    marker_points,
    place_series,
)
from lagmote.widgets.radar_texts import (
    accessible_description,
    accessible_name,
    axis_texts,
    legend_entries,
    shown_talk,
    tooltip_text,
)
from lagmote.widgets.step_timeline_geometry import Box

# Type is never smaller than this, whatever the theme or the widget's size.
MIN_POINT_SIZE = 10.0
# Shares of a line of text: markers, gap marks, the "snakk om" band, the smallest radius.
MARKER_SHARE = 0.26
SMALL_MARKER_SHARE = 0.22
MARK_SHARE = 0.24
BAND_SHARE = 0.55
MIN_RADIUS_LINES = 3.0
PREFERRED = QSize(560, 480)
MINIMUM = QSize(320, 300)
_PEN_STYLES = {
    "solid": Qt.PenStyle.SolidLine,
    "dashed": Qt.PenStyle.DashLine,
    "dotted": Qt.PenStyle.DotLine,
}


def _mix(colour: str, into: str, share: float) -> QColor:
    """``share`` of ``colour`` mixed into ``into``: light grid lines from theme colours."""
    a, b = QColor(colour), QColor(into)
    return QColor.fromRgbF(
        a.redF() * share + b.redF() * (1 - share),
        a.greenF() * share + b.greenF() * (1 - share),
        a.blueF() * share + b.blueF() * (1 - share),
    )


def series_colour(theme: Theme, rank: int) -> str:
    """By rank from the latest: accent for the primary (rank 0), the text colour for the
    one before, muted for the oldest. All three reach 3:1 on white as lines."""
    c = theme.colours
    return (c.accent, c.text, c.muted_text)[rank]


class _Fonts:
    """The fonts of one theme and their measurements, made once per theme or font change."""

    def __init__(self, base: QFont, theme: Theme) -> None:
        self.body = QFont(base)
        self.body.setPointSizeF(max(MIN_POINT_SIZE, theme.base_point_size))
        self.bold = QFont(self.body)
        self.bold.setBold(True)
        self.body_metrics = QFontMetricsF(self.body)
        self.bold_metrics = QFontMetricsF(self.bold)

    def metrics(self, theme: Theme) -> RadarMetrics:
        line = math.ceil(self.body_metrics.lineSpacing())
        return RadarMetrics(
            line_height=line,
            margin=theme.spacing + theme.focus_width,
            spacing=theme.spacing,
            mark_radius=max(3.0, line * MARK_SHARE),
            sample_width=line * 2.4,
            min_radius=line * MIN_RADIUS_LINES,
        )


def _static(text: str, font: QFont) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(QTransform(), font)
    return static


def _qpoint(point: Point) -> QPointF:
    return QPointF(point[0], point[1])


def _marker_path(shape: str, centres: Sequence[Point], r: float) -> QPainterPath:
    path = QPainterPath()
    for centre in centres:
        corners = marker_points(shape, centre, r)
        if corners:
            path.addPolygon(QPolygonF([_qpoint(p) for p in (*corners, corners[0])]))
        else:
            path.addEllipse(_qpoint(centre), r, r)
    return path


class _SeriesPaint:
    """One series' pens, line runs and markers."""

    def __init__(self, geometry: SeriesGeometry, count: int, theme: Theme, line: float) -> None:
        look = geometry.look
        rank = count - 1 - geometry.index
        self.colour = QColor(series_colour(theme, rank))
        width = 2 * theme.line_width + 1 if look.strong else theme.line_width + 1
        self.pen = QPen(self.colour, width, _PEN_STYLES[look.line])
        self.pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.outline = QPen(QColor(theme.colours.background), 1.0)
        self.radius = line * (MARKER_SHARE if look.strong else SMALL_MARKER_SHARE)
        self.closed = [QPolygonF([_qpoint(p) for p in r[:-1]]) for r in geometry.runs if _closed(r)]
        self.open = [QPolygonF([_qpoint(p) for p in r]) for r in geometry.runs if not _closed(r)]
        points = [p for p in geometry.points if p is not None]
        self.markers = _marker_path(look.shape, points, self.radius)
        self.look = look

    def paint(self, painter: QPainter) -> None:
        painter.setPen(self.pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for polygon in self.closed:
            painter.drawPolygon(polygon)
        for polyline in self.open:
            painter.drawPolyline(polyline)
        painter.setPen(self.outline)
        painter.setBrush(self.colour)
        painter.drawPath(self.markers)


def _closed(run: tuple[Point, ...]) -> bool:
    return len(run) > 2 and run[0] == run[-1]


def band_corners(a: Point, b: Point, half: float, extend: float) -> list[QPointF]:
    """A band ``2 × half`` wide along a–b, reaching ``extend`` past both ends, so that the
    two markers sit inside its ends: the "snakk om" mark between two ratings."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    nx, ny = -uy * half, ux * half
    (ax, ay), (bx, by) = (
        (a[0] - ux * extend, a[1] - uy * extend),
        (b[0] + ux * extend, b[1] + uy * extend),
    )
    return [
        QPointF(ax + nx, ay + ny),
        QPointF(bx + nx, by + ny),
        QPointF(bx - nx, by - ny),
        QPointF(ax - nx, ay - ny),
    ]


class _Scene:
    """Everything a paint draws, as Qt objects made once per layout and theme."""

    def __init__(
        self, geometry: RadarGeometry, theme: Theme, fonts: _Fonts, metrics: RadarMetrics
    ) -> None:
        c, line = theme.colours, metrics.line_height
        self.geometry = geometry
        self.background = QColor(c.background)
        self.grid_pen = QPen(_mix(c.muted_text, c.background, 0.35), theme.line_width)
        self.rim_pen = QPen(_mix(c.muted_text, c.background, 0.6), theme.line_width + 1)
        self.axes = [QLineF(_qpoint(geometry.centre), _qpoint(e)) for e in geometry.axis_ends]
        count = len(geometry.series)
        self.series = [_SeriesPaint(s, count, theme, line) for s in geometry.series]
        self.gaps = [
            (
                QPen(paint.colour, theme.line_width + 1),
                _marker_path(paint.look.shape, [g.centre for g in s.gaps], metrics.mark_radius),
            )
            for s, paint in zip(geometry.series, self.series, strict=True)
        ]
        self.band_pen = QPen(QColor(c.text), theme.line_width)
        self.band_brush = QBrush(QColor(c.warning))
        self.band_half = line * BAND_SHARE / 2
        self.bands = [
            QPolygonF(band_corners(t.start, t.end, self.band_half, line * MARKER_SHARE * 1.6))
            for t in geometry.talk
        ]
        self.texts = self._texts(geometry, theme, fonts)
        self.ring_boxes = [_rect(t.box).adjusted(-1, 0, 1, 0) for t in geometry.ring_labels]
        self.ring_texts = [
            (_qpoint((t.box.x, t.box.y)), _static(t.text, fonts.body)) for t in geometry.ring_labels
        ]
        self.ring_font, self.ring_colour = fonts.body, QColor(c.muted_text)
        self.legend = _LegendPaint(geometry.legend, self, theme, metrics)

    @staticmethod
    def _texts(
        geometry: RadarGeometry, theme: Theme, fonts: _Fonts
    ) -> list[tuple[QFont, QColor, list[tuple[QPointF, QStaticText]]]]:
        """Text runs grouped by font and colour, so a paint switches them a few times."""
        c = theme.colours
        groups: dict[tuple[bool, str], list[TextLine]] = {}
        for label in geometry.labels:
            key = (label.bold, c.muted_text if label.muted else c.text)
            groups.setdefault(key, []).extend(label.lines)
        groups.setdefault((False, c.text), []).extend(i.text for i in geometry.legend)
        result = []
        for (bold, colour), lines in groups.items():
            font = fonts.bold if bold else fonts.body
            items = [(QPointF(t.box.x, t.box.y), _static(t.text, font)) for t in lines if t.text]
            result.append((font, QColor(colour), items))
        return result

    def paint(self, painter: QPainter) -> None:
        """Grid and ring numbers, bands, series (oldest first, so the primary is on top),
        gap marks, the legend's samples, then the labels and the legend's words."""
        g = self.geometry
        centre = _qpoint(g.centre)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self.grid_pen)
        for radius in g.rings[:-1]:
            painter.drawEllipse(centre, radius, radius)
        painter.drawLines(self.axes)
        painter.setPen(self.rim_pen)
        painter.drawEllipse(centre, g.rings[-1], g.rings[-1])
        self._paint_ring_labels(painter)
        painter.setPen(self.band_pen)
        painter.setBrush(self.band_brush)
        for band in self.bands:
            painter.drawPolygon(band)
        for series in self.series:
            series.paint(painter)
        painter.setBrush(self.background)
        for pen, path in self.gaps:
            painter.setPen(pen)
            painter.drawPath(path)
        self.legend.paint(painter)
        for font, colour, items in self.texts:
            painter.setFont(font)
            painter.setPen(colour)
            for position, static in items:
                painter.drawStaticText(position, static)

    def _paint_ring_labels(self, painter: QPainter) -> None:
        """The numbers 1..5 on a patch of background, under the series."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.background)
        for box in self.ring_boxes:
            painter.drawRect(box)
        painter.setFont(self.ring_font)
        painter.setPen(self.ring_colour)
        for position, static in self.ring_texts:
            painter.drawStaticText(position, static)


class _LegendPaint:
    """The samples in front of the legend's words: a line with its marker, a band, a mark."""

    def __init__(
        self, items: Sequence[LegendItem], scene: _Scene, theme: Theme, metrics: RadarMetrics
    ) -> None:
        self.lines: list[tuple[QPen, QLineF]] = []
        self.shapes: list[tuple[QPen, QBrush, QPainterPath]] = []
        for item in items:
            box = item.sample
            cx, cy = box.centre
            kind = item.entry.kind
            if kind == "series":
                paint = scene.series[item.entry.series]
                self.lines.append((paint.pen, QLineF(box.x + 2, cy, box.right - 2, cy)))
                path = _marker_path(paint.look.shape, [(cx, cy)], paint.radius)
                self.shapes.append((paint.outline, QBrush(paint.colour), path))
            elif kind == "talk":
                path = QPainterPath()
                path.addPolygon(
                    QPolygonF(
                        band_corners((box.x + 4, cy), (box.right - 4, cy), scene.band_half, 0)
                    )
                )
                self.shapes.append((scene.band_pen, scene.band_brush, path.simplified()))
            elif kind == "gap":
                pen = QPen(QColor(theme.colours.text), theme.line_width + 1)
                path = _marker_path("circle", [(cx, cy)], metrics.mark_radius)
                self.shapes.append((pen, QBrush(scene.background), path))

    def paint(self, painter: QPainter) -> None:
        for pen, segment in self.lines:
            painter.setPen(pen)
            painter.drawLine(segment)
        for pen, brush, path in self.shapes:
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(path)


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


class RadarChart(PaintedWidget):
    """The kartlegging radar: twelve axes (area 1 at the top, clockwise), the scale 1..5 as
    rings, up to three series (oldest first, the last is the primary and drawn strongest),
    a legend, "snakk om" marks, gaps for missing ratings, and "Skjult" for hidden areas.

    Signals: none; the chart only shows.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: tuple[RadarSeries, ...] = ()
        self._talk: frozenset[int] = frozenset()
        self._hidden: frozenset[int] = frozenset()
        self._theme = NORMAL
        self._fonts = _Fonts(self.font(), self._theme)
        self._metrics = self._fonts.metrics(self._theme)
        self._geometry: RadarGeometry | None = None
        self._scene: _Scene | None = None
        self._scale: float | None = None
        self._frame: tuple[object, RadarFrame] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(accessible_name())
        self._update_accessibility()

    # -- public API ---------------------------------------------------------------------

    def set_series(
        self, series: Sequence[RadarSeries], talk_about: frozenset[int] = frozenset()
    ) -> None:
        """Up to 3 series, oldest first; the last one is the primary. talk_about: area
        numbers to mark (between the last two series). ValueError for more than three
        series, a series without twelve values, a value outside 1..5 or an unknown area."""
        check_series(series)
        _check_areas(talk_about)
        self._series = tuple(series)
        self._talk = frozenset(talk_about)
        self._changed()

    def set_hidden(self, areas: frozenset[int]) -> None:
        """Hide these areas now: their axes stay, labelled "Skjult", with no values."""
        _check_areas(areas)
        self._hidden = frozenset(areas)
        self._changed()

    def set_theme(self, theme: Theme) -> None:
        """Draw with this theme's type sizes, colours and line widths."""
        self._theme = theme
        self._refresh_fonts()

    def series(self) -> tuple[RadarSeries, ...]:
        return self._series

    def hidden(self) -> frozenset[int]:
        return self._hidden

    def radar_geometry(self) -> RadarGeometry:
        """Where everything is drawn at the current size (for tests and hit testing)."""
        g = self._geometry
        if g is None or (g.width, g.height) != (self.width(), self.height()):
            g = self._geometry = self._compute_geometry()
            self._scene = None
        return g

    # -- sizes and layout ---------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return self._scaled(PREFERRED)

    def minimumSizeHint(self) -> QSize:
        return self._scaled(MINIMUM)

    def _scaled(self, size: QSize) -> QSize:
        """``size`` grown by as much as the theme's type needs for short names to fit."""
        if self._scale is None:
            self._scale = self._search_scale()
        return QSize(math.ceil(size.width() * self._scale), math.ceil(size.height() * self._scale))

    def _search_scale(self) -> float:
        """The least scale of :data:`MINIMUM` (1 to 4) at which three dated series and every
        area's short name fit; found once per theme and font (a few layouts)."""
        sample = [RadarSeries("12.12.2026", (None,) * AXIS_COUNT)] * 3
        legend = legend_entries(sample, talk=False, gaps=True)
        values = tuple(s.values for s in sample)
        content = RadarContent(
            axis_texts(frozenset(), frozenset()), values, frozenset(), frozenset(), legend
        )

        def fits(scale: float) -> bool:
            w, h = MINIMUM.width() * scale, MINIMUM.height() * scale
            return (
                layout_radar(w, h, content, self._metrics, self._measures()).label_mode != "number"
            )

        low, high = 1.0, 4.0
        if fits(low):
            return low
        for _ in range(8):
            middle = (low + high) / 2
            low, high = (low, middle) if fits(middle) else (middle, high)
        return high

    def _content(self) -> RadarContent:
        hidden, talk = self._hidden, shown_talk(self._talk, self._hidden)
        values = tuple(
            tuple(None if i + 1 in hidden else v for i, v in enumerate(one.values))
            for one in self._series
        )
        gaps = any(v is None and i + 1 not in hidden for vs in values for i, v in enumerate(vs))
        legend = legend_entries(self._series, bool(talk) and bool(self._series), gaps)
        return RadarContent(axis_texts(hidden, talk), values, hidden, talk, legend)

    def _measures(self) -> tuple[Measure, Measure]:
        return (
            self._fonts.body_metrics.horizontalAdvance,
            self._fonts.bold_metrics.horizontalAdvance,
        )

    def _compute_geometry(self) -> RadarGeometry:
        """The series on the frame; the frame (labels, legend) is laid out again only when
        the size, the words or the type changed, not for new ratings."""
        content = self._content()
        key = (self.width(), self.height(), content.axes, content.legend, self._metrics)
        if self._frame is None or self._frame[0] != key:
            size = (self.width(), self.height())
            self._frame = (key, layout_frame(*size, content, self._metrics, self._measures()))
        return place_series(self._frame[1], content, self._metrics)

    def _changed(self) -> None:
        self._geometry = None
        self._scene = None
        self._update_accessibility()
        self.update()

    def _refresh_fonts(self) -> None:
        self._fonts = _Fonts(self.font(), self._theme)
        self._metrics = self._fonts.metrics(self._theme)
        self._geometry = None
        self._scene = None
        self._scale = None
        self._frame = None
        self.updateGeometry()
        self.update()

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        geometry = self.radar_geometry()
        if self._scene is None:
            self._scene = _Scene(geometry, self._theme, self._fonts, self._metrics)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self._scene.background)
        self._scene.paint(painter)
        self.paint_focus_ring(painter, self._theme)
        painter.end()

    # -- events -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._geometry = None
        self._scene = None
        super().resizeEvent(event)

    def fonts_changed(self) -> None:
        self._refresh_fonts()

    def tooltip_at(self, point: QPointF) -> str | None:
        """The area's name and every series' rating near an axis or its label."""
        index = self._axis_at(point)
        if index is None:
            return None
        talk = shown_talk(self._talk, self._hidden)
        return tooltip_text(index, self._series, self._hidden, talk)

    def tooltip_area(self, point: QPointF) -> QRect:
        """The label, or the stretch of the axis, the pointer is over."""
        index = self._axis_at(point)
        if index is None:
            return QRect()
        geometry = self.radar_geometry()
        label = geometry.labels[index].box
        if label.grown(2).contains(point.x(), point.y()):
            return _rect(label).toAlignedRect()
        pad = self._tolerance()
        end = _qpoint(along(geometry.centre, index, geometry.axis_reach))
        line = QRectF(_qpoint(geometry.centre), end).normalized()
        return line.adjusted(-pad, -pad, pad, pad).toAlignedRect()

    # -- helpers ------------------------------------------------------------------------

    def _tolerance(self) -> float:
        return self._metrics.line_height * 0.75

    def _axis_at(self, point: QPointF) -> int | None:
        return axis_at(self.radar_geometry(), point.x(), point.y(), self._tolerance())

    def _update_accessibility(self) -> None:
        talk = shown_talk(self._talk, self._hidden)
        self.setAccessibleDescription(accessible_description(self._series, self._hidden, talk))


def _check_areas(areas: frozenset[int]) -> None:
    wrong = sorted(a for a in areas if not 1 <= a <= AXIS_COUNT)
    if wrong:
        raise ValueError(f"Unknown kartlegging area numbers: {wrong}")
