"""Painting the week grid: the kinds' looks, the fonts of a theme, the text in the boxes, and
the painter that draws a laid-out week.

Nothing here knows about mouse, keyboard or focus: :class:`~lagmote.widgets.week_grid.WeekGrid`
lays the week out (with the text lines measured here) and asks :class:`WeekGridPainter` to
draw it. A kind is told by its fill colour, by the pattern of the strip on the box's left edge
and by its word (in the box and in the legend under the grid), never by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPixmap,
    QTextOption,
    QTransform,
)

from lagmote.dates import WEEKDAYS
from lagmote.plan import EntryFields
from lagmote.ui.theme import BEIGE, BLUE, GREEN, LIGHT_BLUE, WHITE, YELLOW, Theme
from lagmote.week import (
    KIND_WORDS,
    SHORT_WEEKDAYS,
    FreeStretch,
    format_minute,
    format_span,
    is_right_to_left,
    kind_word,
)
from lagmote.widgets.step_timeline_geometry import Box
from lagmote.widgets.week_geometry import (
    DAYS,
    BoxTexts,
    EntryBox,
    GridFrame,
    GridMetrics,
    Stop,
    box_lines,
    flow,
    grid_height,
    text_rows,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("WeekGrid", text)


@dataclass(frozen=True)
class KindStyle:
    """How a kind looks: its fill colour and the pattern of its strip."""

    fill: str
    pattern: Qt.BrushStyle


# Dark-blue text reaches at least 8:1 on every fill; the strip's pattern is drawn in dark
# blue, so the kinds differ in shape too: solid, diagonal, crossed, lines, dots, upright.
KIND_STYLES: dict[str, KindStyle] = {
    "skole": KindStyle(LIGHT_BLUE, Qt.BrushStyle.SolidPattern),
    "aktivitet": KindStyle(GREEN, Qt.BrushStyle.BDiagPattern),
    "oppfolger": KindStyle(BLUE, Qt.BrushStyle.DiagCrossPattern),
    "jobb": KindStyle(YELLOW, Qt.BrushStyle.HorPattern),
    "familie": KindStyle(BEIGE, Qt.BrushStyle.Dense6Pattern),
    "annet": KindStyle(WHITE, Qt.BrushStyle.VerPattern),
}
NEW_KIND_STYLE = "annet"  # how a box being drawn with the mouse looks


def kind_style(kind: str) -> KindStyle:
    return KIND_STYLES.get(kind, KIND_STYLES["annet"])


def box_texts(fields: EntryFields) -> BoxTexts:
    span = format_span(fields.start_minute, fields.end_minute)
    return BoxTexts(fields.title, kind_word(fields.kind), span, fields.place)


class Fonts:
    """The fonts of one theme and their measurements, made once per theme or font change."""

    def __init__(self, base: QFont, theme: Theme) -> None:
        self.text = QFont(base)
        self.text.setPointSizeF(theme.base_point_size * 0.9)
        self.bold = QFont(self.text)
        self.bold.setBold(True)
        self.heading = QFont(base)
        self.heading.setPointSizeF(theme.base_point_size)
        self.heading.setBold(True)
        self.text_metrics = QFontMetricsF(self.text)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.heading_metrics = QFontMetricsF(self.heading)
        self.line = self.bold_metrics.height()
        # Qt's patterns are 8-pixel tiles: grown on a projector so they read from afar.
        self.pattern_scale = max(1, round(self.line / 14))


@dataclass(frozen=True)
class TextLine:
    text: str
    box: QRectF
    bold: bool
    right_to_left: bool


@dataclass(frozen=True)
class GridLayout:
    """Everything painting and hit testing need, computed once per size, data or theme."""

    size: QSize
    metrics: GridMetrics
    frame: GridFrame
    entries: tuple[EntryBox, ...]
    kinds: tuple[str, ...]  # the kind of each of `entries`
    texts: tuple[tuple[TextLine, ...], ...]
    free: tuple[tuple[Box, tuple[TextLine, ...]], ...]
    headers: tuple[str, ...]
    legend: tuple[tuple[str, Box, TextLine], ...]  # kind (or "" for free time), swatch
    stops: tuple[tuple[Stop, ...], ...]


def rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


def legend_at(
    items: Sequence[tuple[str, Box, TextLine]], top: float
) -> tuple[tuple[str, Box, TextLine], ...]:
    """The legend's items (placed from y = 0) moved down to ``top``."""
    return tuple(
        (kind, replace(box, y=box.y + top), replace(line, box=line.box.translated(0, top)))
        for kind, box, line in items
    )


class WeekGridPainter:
    """Measures the text of a week grid and paints it, with one theme's fonts and colours."""

    def __init__(self, theme: Theme, fonts: Fonts) -> None:
        self.theme = theme
        self.fonts = fonts

    # -- measuring ------------------------------------------------------------------------

    def metrics(self, legend_rows: int = 1) -> GridMetrics:
        fonts, theme = self.fonts, self.theme
        line, spacing = fonts.line, float(theme.spacing)
        return GridMetrics(
            axis_width=fonts.text_metrics.horizontalAdvance("00:00") + spacing,
            header_height=fonts.heading_metrics.height() + spacing,
            min_hour_height=line * 1.5,
            margin=theme.focus_width + 2.0,
            lane_gap=max(2.0, spacing / 2),
            resize_edge=max(6.0, line / 3),
            legend_height=legend_rows * (line + spacing / 2) + spacing,
        )

    def size_hint(self, hours: tuple[int, int]) -> QSize:
        """Room for "Fotballtrening" in every day and two and a half lines an hour."""
        metrics = self.metrics()
        column = self.fonts.bold_metrics.horizontalAdvance("Fotballtrening")
        column += self.strip_width() + 2 * self.theme.spacing
        width = metrics.axis_width + 2 * metrics.margin + DAYS * column
        return QSize(int(width), int(grid_height(hours, metrics, self.fonts.line * 2.5)))

    def minimum_size_hint(self, hours: tuple[int, int]) -> QSize:
        """Room for short day names ("Søn") and the least hour height."""
        metrics = self.metrics(legend_rows=2)
        column = self.fonts.bold_metrics.horizontalAdvance("Søn") + self.strip_width() * 2
        width = metrics.axis_width + 2 * metrics.margin + DAYS * column
        height = grid_height(hours, metrics, metrics.min_hour_height)
        return QSize(int(width), int(height))

    def strip_width(self, box: Box | None = None) -> float:
        """The patterned strip on an entry's left edge; thinner in a narrow lane."""
        width = max(10.0, self.fonts.line * 0.7)
        return width if box is None else min(width, max(4.0, box.width / 5))

    def legend_items(self, width: int) -> tuple[list[tuple[str, Box, TextLine]], int]:
        """The key under the grid: a swatch and the word for each kind, then "Fri tid";
        placed from y = 0 (moved under the grid later) and the number of rows it needs."""
        line, gap = self.fonts.line, float(self.theme.spacing)
        swatch = (line * 1.6, line * 0.8)
        names = [*((kind, kind_word(kind)) for kind in KIND_WORDS), ("", _tr("Fri tid"))]
        measure = self.fonts.text_metrics.horizontalAdvance
        widths = [swatch[0] + gap / 2 + measure(name) for _, name in names]
        left = self.metrics().margin + self.metrics().axis_width
        placed = flow(widths, width - left - self.metrics().margin, gap * 2)
        items = []
        for (kind, name), (row, x), item in zip(names, placed, widths, strict=True):
            y = row * (line + gap / 2)
            box = Box(left + x, y + (line - swatch[1]) / 2, *swatch)
            text = QRectF(left + x + swatch[0] + gap / 2, y, item - swatch[0], line)
            items.append((kind, box, TextLine(name, text, False, False)))
        return items, (placed[-1][0] + 1 if placed else 1)

    def header_texts(self, frame: GridFrame) -> tuple[str, ...]:
        """Whole day names when every one fits its column, else "Man", "Tir" …"""
        width = frame.columns[0].width - self.theme.spacing
        names = [name.capitalize() for name in WEEKDAYS]
        measure = self.fonts.heading_metrics.horizontalAdvance
        return tuple(names if all(measure(n) <= width for n in names) else SHORT_WEEKDAYS)

    def text_lines(
        self, box: Box, lines: Sequence[tuple[str, bool]], inset: float
    ) -> tuple[TextLine, ...]:
        """Lines from the box's top; a single line in a box lower than a line sits in its
        middle, so a short entry shows the middle of its text rather than the top."""
        pad, line = self.theme.spacing / 4, self.fonts.line
        width = max(0.0, box.width - inset - 2 * pad)
        if len(lines) == 1 and box.height < line + 2 * pad:
            (text, bold), middle = lines[0], box.y + box.height / 2
            rect = QRectF(box.x + inset + pad, middle - line / 2, width, line)
            return (TextLine(text, rect, bold, is_right_to_left(text)),)
        return tuple(
            TextLine(
                text,
                QRectF(box.x + inset + pad, box.y + pad + row * line, width, line),
                bold,
                is_right_to_left(text),
            )
            for row, (text, bold) in enumerate(lines)
        )

    def _inner_width(self, box: Box, inset: float) -> float:
        return max(0.0, box.width - inset - self.theme.spacing / 2)

    def entry_texts(self, box: Box, fields: EntryFields) -> tuple[TextLine, ...]:
        rows = text_rows(box, self.fonts.line, self.theme.spacing / 2)
        width = self._inner_width(box, self.strip_width(box))
        bold, text = self.fonts.bold_metrics, self.fonts.text_metrics
        lines = box_lines(
            box_texts(fields), rows, width, bold.horizontalAdvance, text.horizontalAdvance
        )
        return self.text_lines(box, lines, self.strip_width(box))

    def free_texts(self, box: Box, stretch: FreeStretch) -> tuple[TextLine, ...]:
        """"Fri tid" and the span; a span too wide for the column (large text, a narrow
        window) breaks after its dash rather than being cut off."""
        rows = text_rows(box, self.fonts.line, self.theme.spacing / 2)
        span = format_span(stretch.start, stretch.end)
        lines = [(_tr("Fri tid"), True), (span, False)]
        if self.fonts.text_metrics.horizontalAdvance(span) > self._inner_width(box, 0.0):
            start, end = span.split("–")
            lines[1:] = [(f"{start}–", False), (end, False)]
        return self.text_lines(box, lines[:rows], 0.0)

    # -- painting -------------------------------------------------------------------------

    def static_pixmap(self, layout: GridLayout, ratio: float) -> QPixmap:
        """Everything that does not move: free time, lines, day names, entries, legend."""
        pixmap = QPixmap(layout.size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(self.theme.colours.background))
        painter = QPainter(pixmap)
        self._paint_static(painter, layout)
        painter.end()
        return pixmap

    def _paint_static(self, painter: QPainter, layout: GridLayout) -> None:
        for box, texts in layout.free:
            self._paint_free(painter, box, texts)
        self._paint_grid_lines(painter, layout.frame)
        self._paint_headers(painter, layout)
        for entry, kind, texts in zip(layout.entries, layout.kinds, layout.texts, strict=True):
            self.paint_entry(painter, entry.box, kind, texts)
        for kind, swatch, text in layout.legend:
            self._paint_swatch(painter, kind, swatch)
            self.paint_texts(painter, [text], self.theme.colours.text)

    def _muted_pen(self, alpha: int, width: float = 1.0) -> QPen:
        colour = QColor(self.theme.colours.muted_text)
        colour.setAlpha(alpha)
        return QPen(colour, width * self.theme.line_width)

    def _paint_grid_lines(self, painter: QPainter, frame: GridFrame) -> None:
        painter.setPen(self._muted_pen(70))
        for _hour, y in frame.hour_ys():
            painter.drawLine(QPointF(frame.left, y), QPointF(frame.right, y))
        for day, column in enumerate(frame.columns):
            weekend = day == 5  # a heavier line between the school week and the weekend
            painter.setPen(self._muted_pen(200, 2) if weekend else self._muted_pen(70))
            painter.drawLine(QPointF(column.x, frame.top), QPointF(column.x, frame.bottom))
        painter.setPen(self._muted_pen(70))
        painter.drawLine(QPointF(frame.right, frame.top), QPointF(frame.right, frame.bottom))
        self._paint_hour_labels(painter, frame)

    def _paint_hour_labels(self, painter: QPainter, frame: GridFrame) -> None:
        painter.setFont(self.fonts.text)
        painter.setPen(QColor(self.theme.colours.muted_text))
        height = self.fonts.text_metrics.height()
        step = 1 if frame.hour_height >= height * 1.2 else 2
        align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for hour, y in frame.hour_ys():
            if (hour - frame.first_hour) % step == 0:
                top = max(y - height / 2, frame.top)  # the first one below the day names
                rect = QRectF(0, top, frame.left - self.theme.spacing / 2, height)
                painter.drawText(rect, align, format_minute(hour * 60))

    def _paint_headers(self, painter: QPainter, layout: GridLayout) -> None:
        painter.setFont(self.fonts.heading)
        painter.setPen(QColor(self.theme.colours.text))
        for box, name in zip(layout.frame.headers, layout.headers, strict=True):
            painter.drawText(rect(box), int(Qt.AlignmentFlag.AlignCenter), name)

    def _free_brushes(self) -> tuple[QColor, QBrush]:
        hatch = QColor(self.theme.colours.muted_text)
        hatch.setAlpha(50)
        brush = QBrush(hatch, Qt.BrushStyle.BDiagPattern)
        brush.setTransform(QTransform.fromScale(2, 2))
        return QColor(self.theme.colours.neutral), brush

    def _paint_free(self, painter: QPainter, box: Box, texts: Sequence[TextLine]) -> None:
        fill, hatch = self._free_brushes()
        painter.fillRect(rect(box), fill)
        painter.fillRect(rect(box), hatch)
        self.paint_texts(painter, texts, self.theme.colours.muted_text)

    def _pattern(self, kind: str) -> QBrush:
        brush = QBrush(QColor(self.theme.colours.text), kind_style(kind).pattern)
        scale = self.fonts.pattern_scale
        brush.setTransform(QTransform.fromScale(scale, scale))
        return brush

    def _paint_swatch(self, painter: QPainter, kind: str, box: Box) -> None:
        if not kind:
            fill, hatch = self._free_brushes()
            painter.fillRect(rect(box), fill)
            painter.fillRect(rect(box), hatch)
            return
        painter.fillRect(rect(box), QColor(kind_style(kind).fill))
        painter.fillRect(rect(replace(box, width=box.width / 2)), self._pattern(kind))
        painter.setPen(QPen(QColor(self.theme.colours.text), self.theme.line_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect(box))

    def paint_entry(
        self, painter: QPainter, box: Box, kind: str, texts: Sequence[TextLine]
    ) -> None:
        """A box in the kind's fill with its patterned strip, outline and text lines."""
        area = rect(box)
        painter.fillRect(area, QColor(kind_style(kind).fill))
        strip = QRectF(area.x(), area.y(), self.strip_width(box), area.height())
        painter.fillRect(strip, self._pattern(kind))
        painter.setPen(QPen(QColor(self.theme.colours.text), self.theme.line_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        painter.save()
        painter.setClipRect(area)
        self.paint_texts(painter, texts, self.theme.colours.text)
        painter.restore()

    def paint_texts(self, painter: QPainter, texts: Sequence[TextLine], colour: str) -> None:
        """Each line left-aligned in its own direction: right-to-left text (Arabic, Hebrew)
        starts at the right, laid out by Qt."""
        painter.setPen(QColor(colour))
        for line in texts:
            painter.setFont(self.fonts.bold if line.bold else self.fonts.text)
            option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            option.setWrapMode(QTextOption.WrapMode.NoWrap)
            if line.right_to_left:
                option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            painter.drawText(line.box, line.text, option)

    def paint_drag(
        self, painter: QPainter, box: Box, kind: str, texts: Sequence[TextLine], grabbed: Box | None
    ) -> None:
        """While dragging: the ``grabbed`` entry faded (none when drawing a new one), and a
        dashed preview of the result in ``box``."""
        if grabbed is not None:
            painter.setOpacity(0.6)
            painter.fillRect(rect(grabbed), QColor(self.theme.colours.background))
            painter.setOpacity(1.0)
        self.paint_entry(painter, box, kind, texts)
        pen = QPen(QColor(self.theme.colours.focus), self.theme.focus_width)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(rect(box))

    def paint_focus_ring(self, painter: QPainter, box: Box, keyboard: bool) -> None:
        """The focused entry's ring: solid and wide while the grid has the keyboard focus,
        thin otherwise, so the entry shown in the page's form stays marked."""
        theme = self.theme
        width = theme.focus_width if keyboard else theme.line_width + 1
        self._paint_ring(painter, box.grown(width / 2 + 1), width, Qt.PenStyle.SolidLine)

    def paint_empty_hour(self, painter: QPainter, box: Box) -> None:
        """The empty hour the keyboard focus is on, with "+ Ny (Enter)" and a dashed ring."""
        c = self.theme.colours
        painter.fillRect(rect(box), QColor(c.background))
        hint = self.text_lines(box, [(_tr("+ Ny (Enter)"), False)], 0.0)
        self.paint_texts(painter, hint, c.accent)
        self._paint_ring(painter, box, self.theme.focus_width, Qt.PenStyle.DashLine)

    def _paint_ring(self, painter: QPainter, box: Box, width: float, style: Qt.PenStyle) -> None:
        pen = QPen(QColor(self.theme.colours.focus), width)
        pen.setStyle(style)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect(box))
