"""Painting the kartlegging radar: its fonts and measurements, the look of each series, and
the scene that turns a laid-out chart into ready-made Qt objects once and paints them.

Nothing here lays out, measures for layout or handles events:
:class:`~lagmote.widgets.radar.RadarChart` lays the chart out with
:mod:`lagmote.widgets.radar_geometry` (measuring with :class:`RadarFonts`) and asks a
:class:`RadarScene` to draw it. A scene is made once per layout and theme, so a paint does no
layout and no font measuring, and a redraw at 1920×1080 costs a few milliseconds
(``bench/radar.py``). Kept apart from the widget so that each stays small.

How a series looks, never by colour alone: the latest (primary) is a thick solid line with
round markers in the accent colour, drawn last; the one before is dashed with squares in
the text colour; the oldest is dotted with triangles in the muted colour.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)

from lagmote.ui.theme import Theme
from lagmote.widgets.radar_geometry import (
    LegendItem,
    Point,
    RadarGeometry,
    RadarMetrics,
    SeriesGeometry,
    TextLine,
    marker_points,
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


class RadarFonts:
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


def qpoint(point: Point) -> QPointF:
    """A layout point as a Qt point."""
    return QPointF(point[0], point[1])


def _marker_path(shape: str, centres: Sequence[Point], r: float) -> QPainterPath:
    path = QPainterPath()
    for centre in centres:
        corners = marker_points(shape, centre, r)
        if corners:
            path.addPolygon(QPolygonF([qpoint(p) for p in (*corners, corners[0])]))
        else:
            path.addEllipse(qpoint(centre), r, r)
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
        self.closed = [QPolygonF([qpoint(p) for p in r[:-1]]) for r in geometry.runs if _closed(r)]
        self.open = [QPolygonF([qpoint(p) for p in r]) for r in geometry.runs if not _closed(r)]
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


class RadarScene:
    """Everything a paint draws, as Qt objects made once per layout and theme."""

    def __init__(
        self, geometry: RadarGeometry, theme: Theme, fonts: RadarFonts, metrics: RadarMetrics
    ) -> None:
        c, line = theme.colours, metrics.line_height
        self.geometry = geometry
        self.background = QColor(c.background)
        self.grid_pen = QPen(_mix(c.muted_text, c.background, 0.35), theme.line_width)
        self.rim_pen = QPen(_mix(c.muted_text, c.background, 0.6), theme.line_width + 1)
        self.axes = [QLineF(qpoint(geometry.centre), qpoint(e)) for e in geometry.axis_ends]
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
        self.ring_boxes = [qrect(t.box).adjusted(-1, 0, 1, 0) for t in geometry.ring_labels]
        self.ring_texts = [
            (qpoint((t.box.x, t.box.y)), _static(t.text, fonts.body)) for t in geometry.ring_labels
        ]
        self.ring_font, self.ring_colour = fonts.body, QColor(c.muted_text)
        self.legend = _LegendPaint(geometry.legend, self, theme, metrics)

    @staticmethod
    def _texts(
        geometry: RadarGeometry, theme: Theme, fonts: RadarFonts
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
        centre = qpoint(g.centre)
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
        self, items: Sequence[LegendItem], scene: RadarScene, theme: Theme, metrics: RadarMetrics
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


def qrect(box: Box) -> QRectF:
    """A layout box as a Qt rect."""
    return QRectF(box.x, box.y, box.width, box.height)
