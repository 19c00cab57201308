"""RadarChart: a kartlegging's twelve areas as a radar, with up to three ratings overlaid.

The widget shows :class:`~lagmote.widgets.radar_geometry.RadarSeries` and knows nothing
about where they came from; it never writes and emits no signals. The geometry lives in
:mod:`lagmote.widgets.radar_geometry`, the words in :mod:`lagmote.widgets.radar_texts` and
the painting in :mod:`lagmote.widgets.radar_paint`; this module holds the public API, keeps
the layout and the paint objects (:class:`~lagmote.widgets.radar_paint.RadarScene`) cached
until the data, the size, the theme or the fonts change, and answers sizes, tooltips and
the screen reader. A paint does no layout and no font measuring, so a redraw at 1920×1080
costs a few milliseconds (``bench/radar.py``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from lagmote.ui.theme import NORMAL, Theme
from lagmote.widgets.painted import PaintedWidget
from lagmote.widgets.radar_geometry import (
    AXIS_COUNT,
    Measure,
    RadarContent,
    RadarFrame,
    RadarGeometry,
    RadarSeries,
    along,
    axis_at,
    check_series,
    layout_frame,
    layout_radar,
    place_series,
)
from lagmote.widgets.radar_paint import RadarFonts, RadarScene, qpoint, qrect
from lagmote.widgets.radar_texts import (
    accessible_description,
    accessible_name,
    axis_texts,
    legend_entries,
    shown_talk,
    tooltip_text,
)

PREFERRED = QSize(560, 480)
MINIMUM = QSize(320, 300)


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
        self._fonts = RadarFonts(self.font(), self._theme)
        self._metrics = self._fonts.metrics(self._theme)
        self._geometry: RadarGeometry | None = None
        self._scene: RadarScene | None = None
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
        self._fonts = RadarFonts(self.font(), self._theme)
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
            self._scene = RadarScene(geometry, self._theme, self._fonts, self._metrics)
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
            return qrect(label).toAlignedRect()
        pad = self._tolerance()
        end = qpoint(along(geometry.centre, index, geometry.axis_reach))
        line = QRectF(qpoint(geometry.centre), end).normalized()
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
