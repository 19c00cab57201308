"""WeekGrid: the youth's recurring week painted as seven day columns, Monday to Sunday.

The widget shows `ScheduleEntryInfo` items and free stretches and knows nothing about where
they came from; it never writes. The geometry lives in `week_geometry`; this module measures
text, paints what the geometry returns, and turns mouse drags and key presses into signals.
A kind is told by its fill colour, by the pattern of the strip on the box's left edge and by
its word (in the box and in the legend under the grid), never by colour alone.

Everything that does not move is painted once into a pixmap per size, data and theme;
`paintEvent` copies it and adds only the focus ring and a drag's preview.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from lagmote.dates import WEEKDAYS
from lagmote.plan import EntryFields, ScheduleEntryInfo
from lagmote.ui.theme import BEIGE, BLUE, GREEN, LIGHT_BLUE, NORMAL, WHITE, YELLOW, Theme
from lagmote.week import (
    KIND_WORDS,
    SHORT_WEEKDAYS,
    SNAP_MINUTES,
    FreeStretch,
    describe_entry,
    format_minute,
    format_span,
    is_right_to_left,
    kind_word,
)
from lagmote.widgets.step_timeline_geometry import Box
from lagmote.widgets.week_geometry import (
    CREATE_MINUTES,
    DAYS,
    BoxTexts,
    EntryBox,
    GridFrame,
    GridMetrics,
    Hit,
    Part,
    Stop,
    box_lines,
    created_span,
    drag_move,
    empty_cell,
    flow,
    free_boxes,
    grid_height,
    hit_test,
    hour_range,
    key_stops,
    layout_entries,
    layout_frame,
    nearest_empty,
    nudged,
    resized,
    span_box,
    stop_at,
    stop_index,
    stretched,
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


class _Fonts:
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
class _TextLine:
    text: str
    box: QRectF
    bold: bool
    right_to_left: bool


@dataclass(frozen=True)
class _Layout:
    """Everything painting and hit testing need, computed once per size, data or theme."""

    size: QSize
    metrics: GridMetrics
    frame: GridFrame
    entries: tuple[EntryBox, ...]
    texts: tuple[tuple[_TextLine, ...], ...]
    free: tuple[tuple[Box, tuple[_TextLine, ...]], ...]
    headers: tuple[str, ...]
    legend: tuple[tuple[str, Box, _TextLine], ...]  # kind (or "" for free time), swatch
    stops: tuple[tuple[Stop, ...], ...]


@dataclass
class _Drag:
    """A mouse drag in progress: what was grabbed and, once moving, the preview."""

    part: Part
    index: int | None
    press: QPointF
    weekday: int
    minute: float
    preview: EntryFields | None = None


class WeekGrid(QWidget):
    """A painted week of recurring entries, with free stretches shaded.

    Mouse: drag on empty space to create, drag an entry's body to move it (across days
    too), drag its bottom edge to resize; double-click opens it. Keyboard: arrows move the
    focus between entries and empty hours, Tab between entries; Alt+arrows move the focused
    entry (15 minutes, one day), Shift+Alt+Up/Down change its end; Enter opens it (or, on an
    empty hour, asks for a new one-hour entry there); Delete asks to delete it.
    Changes are only asked for (signals): the page writes them and calls `set_entries`.

    Signals:
        entry_create_requested(int, int, int): weekday, start and end minute of a new entry.
        entry_changed(int, object): an entry's id and its new `EntryFields` (moved or
            resized), on mouse release or key press; never while dragging.
        entry_activated(int): the id of the entry double-clicked or opened with Enter.
        entry_delete_requested(int): the id of the entry the user pressed Delete on.
        entry_focused(object): the id of the entry now focused, or None for an empty hour.
    """

    entry_create_requested = Signal(int, int, int)
    entry_changed = Signal(int, object)
    entry_activated = Signal(int)
    entry_delete_requested = Signal(int)
    entry_focused = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[ScheduleEntryInfo, ...] = ()
        self._free: tuple[FreeStretch, ...] = ()
        self._theme = NORMAL
        self._fonts = _Fonts(self.font(), self._theme)
        self._layout: _Layout | None = None
        self._pixmap: QPixmap | None = None
        self._focus_id: int | None = None
        self._cursor = Stop(0, 15 * 60, 15 * 60 + CREATE_MINUTES)
        self._drag: _Drag | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._update_accessibility()

    # -- public API ---------------------------------------------------------------------

    def set_entries(self, entries: Sequence[ScheduleEntryInfo]) -> None:
        """Show these entries; the focused entry stays focused while it is among them."""
        self._entries = tuple(entries)
        self._drag = None
        self._invalidate()
        if self._focus_id is not None and self._index_of(self._focus_id) is None:
            self._set_focus(None)

    def set_free_stretches(self, stretches: Sequence[FreeStretch]) -> None:
        """Shade these stretches of unstructured time, each labelled "Fri tid"."""
        self._free = tuple(stretches)
        self._invalidate()

    def set_theme(self, theme: Theme) -> None:
        """Draw with this theme's type sizes, colours and line widths."""
        self._theme = theme
        self._fonts = _Fonts(self.font(), theme)
        self._invalidate()

    def entries(self) -> tuple[ScheduleEntryInfo, ...]:
        return self._entries

    def focused_entry_id(self) -> int | None:
        """The id of the focused entry, or None when the focus is on an empty hour."""
        return self._focus_id

    def cursor_cell(self) -> Stop:
        """The empty hour the focus is on when no entry is (where Enter creates one)."""
        return self._cursor

    def focus_entry(self, entry_id: int | None) -> None:
        """Put the focus on the entry with this id (None: on the empty hour cursor)."""
        if entry_id is None or self._index_of(entry_id) is not None:
            self._set_focus(entry_id)

    def frame(self) -> GridFrame:
        """The days and hours at the current size (for tests and the page)."""
        return self._current_layout().frame

    def entry_boxes(self) -> tuple[EntryBox, ...]:
        """Where each entry is drawn at the current size, in the order of `entries()`."""
        return self._current_layout().entries

    # -- sizes and layout ---------------------------------------------------------------

    def _metrics(self, legend_rows: int = 1) -> GridMetrics:
        line, spacing = self._fonts.line, float(self._theme.spacing)
        return GridMetrics(
            axis_width=self._fonts.text_metrics.horizontalAdvance("00:00") + spacing,
            header_height=self._fonts.heading_metrics.height() + spacing,
            min_hour_height=line * 1.5,
            margin=self._theme.focus_width + 2.0,
            lane_gap=max(2.0, spacing / 2),
            resize_edge=max(6.0, line / 3),
            legend_height=legend_rows * (line + spacing / 2) + spacing,
        )

    def _hours(self) -> tuple[int, int]:
        return hour_range([e.fields for e in self._entries])

    def _strip_width(self, box: Box | None = None) -> float:
        """The patterned strip on an entry's left edge; thinner in a narrow lane."""
        width = max(10.0, self._fonts.line * 0.7)
        return width if box is None else min(width, max(4.0, box.width / 5))

    def sizeHint(self) -> QSize:
        metrics = self._metrics()
        column = self._fonts.bold_metrics.horizontalAdvance("Fotballtrening")
        column += self._strip_width() + 2 * self._theme.spacing
        width = metrics.axis_width + 2 * metrics.margin + DAYS * column
        return QSize(int(width), int(grid_height(self._hours(), metrics, self._fonts.line * 2.5)))

    def minimumSizeHint(self) -> QSize:
        metrics = self._metrics(legend_rows=2)
        column = self._fonts.bold_metrics.horizontalAdvance("Søn") + self._strip_width() * 2
        width = metrics.axis_width + 2 * metrics.margin + DAYS * column
        height = grid_height(self._hours(), metrics, metrics.min_hour_height)
        return QSize(int(width), int(height))

    def _current_layout(self) -> _Layout:
        if self._layout is None or self._layout.size != self.size():
            self._layout = self._build_layout(self.size())
            self._pixmap = None
        return self._layout

    def _build_layout(self, size: QSize) -> _Layout:
        hours = self._hours()
        items, rows = self._legend_items(size.width())
        metrics = self._metrics(rows)
        frame = layout_frame(size.width(), size.height(), hours, metrics)
        top = frame.bottom + self._theme.spacing
        legend = tuple((k, _moved(box, top), _shifted(line, top)) for k, box, line in items)
        boxes = layout_entries(frame, [(e.id, e.fields) for e in self._entries], metrics)
        texts = tuple(self._entry_texts(b.box, self._entries[b.index].fields) for b in boxes)
        free = tuple(
            (box, self._free_texts(box, stretch))
            for stretch, box in free_boxes(frame, self._free, metrics)
        )
        stops = tuple(tuple(day) for day in key_stops([e.fields for e in self._entries], hours))
        self._cursor = nearest_empty(stops[self._cursor.weekday], self._cursor)
        headers = self._header_texts(frame)
        return _Layout(size, metrics, frame, boxes, texts, free, headers, legend, stops)

    def _legend_items(self, width: int) -> tuple[list[tuple[str, Box, _TextLine]], int]:
        """The key under the grid: a swatch and the word for each kind, then "Fri tid";
        placed from y = 0 (moved under the grid later) and the number of rows it needs."""
        line, gap = self._fonts.line, float(self._theme.spacing)
        swatch = (line * 1.6, line * 0.8)
        names = [*((kind, kind_word(kind)) for kind in KIND_WORDS), ("", _tr("Fri tid"))]
        measure = self._fonts.text_metrics.horizontalAdvance
        widths = [swatch[0] + gap / 2 + measure(name) for _, name in names]
        left = self._metrics().margin + self._metrics().axis_width
        placed = flow(widths, width - left - self._metrics().margin, gap * 2)
        items = []
        for (kind, name), (row, x), item in zip(names, placed, widths, strict=True):
            y = row * (line + gap / 2)
            box = Box(left + x, y + (line - swatch[1]) / 2, *swatch)
            text = QRectF(left + x + swatch[0] + gap / 2, y, item - swatch[0], line)
            items.append((kind, box, _TextLine(name, text, False, False)))
        return items, (placed[-1][0] + 1 if placed else 1)

    def _header_texts(self, frame: GridFrame) -> tuple[str, ...]:
        """Whole day names when every one fits its column, else "Man", "Tir" …"""
        width = frame.columns[0].width - self._theme.spacing
        names = [name.capitalize() for name in WEEKDAYS]
        measure = self._fonts.heading_metrics.horizontalAdvance
        return tuple(names if all(measure(n) <= width for n in names) else SHORT_WEEKDAYS)

    def _text_lines(
        self, box: Box, lines: Sequence[tuple[str, bool]], inset: float
    ) -> tuple[_TextLine, ...]:
        """Lines from the box's top; a single line in a box lower than a line sits in its
        middle, so a short entry shows the middle of its text rather than the top."""
        pad, line = self._theme.spacing / 4, self._fonts.line
        width = max(0.0, box.width - inset - 2 * pad)
        if len(lines) == 1 and box.height < line + 2 * pad:
            (text, bold), middle = lines[0], box.y + box.height / 2
            rect = QRectF(box.x + inset + pad, middle - line / 2, width, line)
            return (_TextLine(text, rect, bold, is_right_to_left(text)),)
        return tuple(
            _TextLine(
                text,
                QRectF(box.x + inset + pad, box.y + pad + row * line, width, line),
                bold,
                is_right_to_left(text),
            )
            for row, (text, bold) in enumerate(lines)
        )

    def _inner_width(self, box: Box, inset: float) -> float:
        return max(0.0, box.width - inset - self._theme.spacing / 2)

    def _entry_texts(self, box: Box, fields: EntryFields) -> tuple[_TextLine, ...]:
        rows = text_rows(box, self._fonts.line, self._theme.spacing / 2)
        width = self._inner_width(box, self._strip_width(box))
        bold, text = self._fonts.bold_metrics, self._fonts.text_metrics
        lines = box_lines(
            box_texts(fields), rows, width, bold.horizontalAdvance, text.horizontalAdvance
        )
        return self._text_lines(box, lines, self._strip_width(box))

    def _free_texts(self, box: Box, stretch: FreeStretch) -> tuple[_TextLine, ...]:
        rows = text_rows(box, self._fonts.line, self._theme.spacing / 2)
        lines = [(_tr("Fri tid"), True), (format_span(stretch.start, stretch.end), False)]
        return self._text_lines(box, lines[:rows], 0.0)

    def _invalidate(self) -> None:
        self._layout = None
        self._pixmap = None
        self._update_accessibility()
        self.updateGeometry()
        self.update()

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self._current_layout()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._static_pixmap(layout))
        self._paint_drag(painter, layout)
        self._paint_focus(painter, layout)
        painter.end()

    def _static_pixmap(self, layout: _Layout) -> QPixmap:
        if self._pixmap is None:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(layout.size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor(self._theme.colours.background))
            painter = QPainter(pixmap)
            self._paint_static(painter, layout)
            painter.end()
            self._pixmap = pixmap
        return self._pixmap

    def _paint_static(self, painter: QPainter, layout: _Layout) -> None:
        for box, texts in layout.free:
            self._paint_free(painter, box, texts)
        self._paint_grid_lines(painter, layout.frame)
        self._paint_headers(painter, layout)
        for entry, texts in zip(layout.entries, layout.texts, strict=True):
            self._paint_entry(painter, entry.box, self._entries[entry.index].fields.kind, texts)
        for kind, swatch, text in layout.legend:
            self._paint_swatch(painter, kind, swatch)
            self._paint_texts(painter, [text], self._theme.colours.text)

    def _muted_pen(self, alpha: int, width: float = 1.0) -> QPen:
        colour = QColor(self._theme.colours.muted_text)
        colour.setAlpha(alpha)
        return QPen(colour, width * self._theme.line_width)

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
        painter.setFont(self._fonts.text)
        painter.setPen(QColor(self._theme.colours.muted_text))
        height = self._fonts.text_metrics.height()
        step = 1 if frame.hour_height >= height * 1.2 else 2
        align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for hour, y in frame.hour_ys():
            if (hour - frame.first_hour) % step == 0:
                top = max(y - height / 2, frame.top)  # the first one below the day names
                rect = QRectF(0, top, frame.left - self._theme.spacing / 2, height)
                painter.drawText(rect, align, format_minute(hour * 60))

    def _paint_headers(self, painter: QPainter, layout: _Layout) -> None:
        painter.setFont(self._fonts.heading)
        painter.setPen(QColor(self._theme.colours.text))
        for box, name in zip(layout.frame.headers, layout.headers, strict=True):
            painter.drawText(_rect(box), int(Qt.AlignmentFlag.AlignCenter), name)

    def _free_brushes(self) -> tuple[QColor, QBrush]:
        hatch = QColor(self._theme.colours.muted_text)
        hatch.setAlpha(50)
        brush = QBrush(hatch, Qt.BrushStyle.BDiagPattern)
        brush.setTransform(QTransform.fromScale(2, 2))
        return QColor(self._theme.colours.neutral), brush

    def _paint_free(self, painter: QPainter, box: Box, texts: Sequence[_TextLine]) -> None:
        fill, hatch = self._free_brushes()
        painter.fillRect(_rect(box), fill)
        painter.fillRect(_rect(box), hatch)
        self._paint_texts(painter, texts, self._theme.colours.muted_text)

    def _pattern(self, kind: str) -> QBrush:
        brush = QBrush(QColor(self._theme.colours.text), kind_style(kind).pattern)
        scale = self._fonts.pattern_scale
        brush.setTransform(QTransform.fromScale(scale, scale))
        return brush

    def _paint_swatch(self, painter: QPainter, kind: str, box: Box) -> None:
        if not kind:
            fill, hatch = self._free_brushes()
            painter.fillRect(_rect(box), fill)
            painter.fillRect(_rect(box), hatch)
            return
        painter.fillRect(_rect(box), QColor(kind_style(kind).fill))
        painter.fillRect(_rect(replace(box, width=box.width / 2)), self._pattern(kind))
        painter.setPen(QPen(QColor(self._theme.colours.text), self._theme.line_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(_rect(box))

    def _paint_entry(
        self, painter: QPainter, box: Box, kind: str, texts: Sequence[_TextLine]
    ) -> None:
        rect = _rect(box)
        painter.fillRect(rect, QColor(kind_style(kind).fill))
        strip = QRectF(rect.x(), rect.y(), self._strip_width(box), rect.height())
        painter.fillRect(strip, self._pattern(kind))
        painter.setPen(QPen(QColor(self._theme.colours.text), self._theme.line_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        painter.save()
        painter.setClipRect(rect)
        self._paint_texts(painter, texts, self._theme.colours.text)
        painter.restore()

    def _paint_texts(self, painter: QPainter, texts: Sequence[_TextLine], colour: str) -> None:
        """Each line left-aligned in its own direction: right-to-left text (Arabic, Hebrew)
        starts at the right, laid out by Qt."""
        painter.setPen(QColor(colour))
        for line in texts:
            painter.setFont(self._fonts.bold if line.bold else self._fonts.text)
            option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            option.setWrapMode(QTextOption.WrapMode.NoWrap)
            if line.right_to_left:
                option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            painter.drawText(line.box, line.text, option)

    def _paint_drag(self, painter: QPainter, layout: _Layout) -> None:
        """While dragging: the grabbed entry faded, and a dashed preview of the result."""
        drag = self._drag
        if drag is None or drag.preview is None:
            return
        if drag.index is not None:
            painter.setOpacity(0.6)
            painter.fillRect(
                _rect(layout.entries[drag.index].box), QColor(self._theme.colours.background)
            )
            painter.setOpacity(1.0)
        fields = drag.preview
        box = span_box(layout.frame, fields, layout.metrics)
        kind = fields.kind if drag.index is not None else NEW_KIND_STYLE
        self._paint_entry(painter, box, kind, self._entry_texts(box, fields))
        pen = QPen(QColor(self._theme.colours.focus), self._theme.focus_width)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(_rect(box))

    def _paint_focus(self, painter: QPainter, layout: _Layout) -> None:
        """The focused entry's ring (solid and wide while the grid has the keyboard focus,
        thin otherwise, so the entry shown in the page's form stays marked), or, with the
        keyboard focus on an empty hour, that hour with "+ Ny (Enter)"."""
        c, focused = self._theme.colours, self.hasFocus()
        width = self._theme.focus_width if focused else self._theme.line_width + 1
        index = self._index_of(self._focus_id)
        if index is not None:
            box = layout.entries[index].box.grown(width / 2 + 1)
        elif focused and self._drag is None:
            box = span_box(layout.frame, self._cursor_fields(), layout.metrics)
            painter.fillRect(_rect(box), QColor(c.background))
            hint = self._text_lines(box, [(_tr("+ Ny (Enter)"), False)], 0.0)
            self._paint_texts(painter, hint, c.accent)
        else:
            return
        pen = QPen(QColor(c.focus), width)
        pen.setStyle(Qt.PenStyle.SolidLine if index is not None else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(_rect(box))

    # -- events -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        self._pixmap = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fonts = _Fonts(self.font(), self._theme)
            self._invalidate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._drag is not None
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()  # Esc cancels the drag before a window shortcut takes it
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        layout = self._current_layout()
        x, y = event.pos().x(), event.pos().y()
        hit = hit_test(layout.frame, layout.entries, layout.metrics, x, y)
        if hit.index is None:
            QToolTip.hideText()
            event.ignore()
            return
        QToolTip.showText(event.globalPos(), describe_entry(self._entries[hit.index].fields), self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- mouse ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        layout = self._current_layout()
        point = event.position()
        hit = hit_test(layout.frame, layout.entries, layout.metrics, point.x(), point.y())
        if event.button() != Qt.MouseButton.LeftButton or hit.weekday is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._focus_hit(layout, hit)
        self._drag = _Drag(hit.part, hit.index, point, hit.weekday, hit.minute or 0.0)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point, drag = event.position(), self._drag
        if drag is None:
            self._update_cursor_shape(point)
            return
        far = (point - drag.press).manhattanLength() >= QApplication.startDragDistance()
        if drag.preview is None and not far:
            return
        frame = self._current_layout().frame
        drag.preview = self._dragged(drag, frame.day_at(point.x()), frame.minute_at(point.y()))
        self.update()

    def _dragged(self, drag: _Drag, weekday: int, minute: float) -> EntryFields:
        """What the drag makes of its entry (or, on empty space, the new entry's span)."""
        if drag.index is None:
            start, end = created_span(drag.minute, minute)
            return EntryFields(drag.weekday, start, end, NEW_KIND_STYLE)
        fields = self._entries[drag.index].fields
        if drag.part is Part.EDGE:
            return resized(fields, minute)
        return drag_move(fields, weekday, drag.minute, minute)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self.update()
        new = drag.preview
        if new is None:
            return
        if drag.index is None:
            self._cursor = Stop(new.weekday, new.start_minute, new.end_minute)
            self.entry_create_requested.emit(new.weekday, new.start_minute, new.end_minute)
        elif new != self._entries[drag.index].fields:
            self.entry_changed.emit(self._entries[drag.index].id, new)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Open the entry under the mouse, or ask for a new hour on empty space."""
        layout = self._current_layout()
        point = event.position()
        hit = hit_test(layout.frame, layout.entries, layout.metrics, point.x(), point.y())
        if event.button() != Qt.MouseButton.LeftButton or hit.weekday is None:
            super().mouseDoubleClickEvent(event)
            return
        self._drag = None
        self._focus_hit(layout, hit)
        self._activate()

    def _focus_hit(self, layout: _Layout, hit: Hit) -> None:
        """Focus the entry hit, or the empty hour nearest the point hit."""
        if hit.index is not None:
            self._set_focus(self._entries[hit.index].id)
        elif hit.weekday is not None:
            cell = empty_cell(hit.weekday, hit.minute or 0.0, self._hours())
            self._cursor = nearest_empty(layout.stops[hit.weekday], cell)
            self._set_focus(None)

    def _update_cursor_shape(self, point: QPointF) -> None:
        layout = self._current_layout()
        hit = hit_test(layout.frame, layout.entries, layout.metrics, point.x(), point.y())
        shapes = {Part.EDGE: Qt.CursorShape.SizeVerCursor, Part.BODY: Qt.CursorShape.SizeAllCursor}
        self.setCursor(shapes.get(hit.part, Qt.CursorShape.ArrowCursor))

    # -- keyboard -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = Qt.Key(event.key()), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if mods & Qt.KeyboardModifier.AltModifier:
            handled = self._edit_key(key, shift)
        else:
            handled = self._plain_key(key)
        if not handled:
            super().keyPressEvent(event)

    def _edit_key(self, key: Qt.Key, shift: bool) -> bool:
        """Alt+arrows move the focused entry; Shift+Alt+Up/Down move its end."""
        entry = self._focused_entry()
        minutes = {Qt.Key.Key_Up: -SNAP_MINUTES, Qt.Key.Key_Down: SNAP_MINUTES}
        days = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if entry is None or key not in minutes | days or (shift and key in days):
            return False
        if key in days:
            fields = nudged(entry.fields, days=days[key])
        else:
            fields = (stretched if shift else nudged)(entry.fields, minutes[key])
        if fields != entry.fields:
            self.entry_changed.emit(entry.id, fields)
        return True

    def _plain_key(self, key: Qt.Key) -> bool:
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.update()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_in_day(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._move_to_day(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._focus_id is not None:
            self.entry_delete_requested.emit(self._focus_id)
        else:
            return False
        return True

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go from entry to entry in reading order; past the last (or
        the first) the focus leaves the grid as usual."""
        here = self._position()
        order = sorted(range(len(self._entries)), key=self._sort_key)
        if next:
            target = [i for i in order if self._sort_key(i) > here][:1]
        else:
            target = [i for i in order if self._sort_key(i) < here][-1:]
        if not target or not self.hasFocus():
            return super().focusNextPrevChild(next)
        self._set_focus(self._entries[target[0]].id)
        return True

    def _activate(self) -> None:
        if self._focus_id is not None:
            self.entry_activated.emit(self._focus_id)
        else:
            cell = self._cursor
            self.entry_create_requested.emit(cell.weekday, cell.start, cell.end)

    def _move_in_day(self, step: int) -> None:
        layout = self._current_layout()
        stops = layout.stops[self._position()[0]]
        if stops:
            here = stop_index(stops, self._index_of(self._focus_id), self._cursor)
            self._go_to(stops[max(0, min(len(stops) - 1, here + step))])

    def _move_to_day(self, step: int) -> None:
        weekday, minute = self._position()[:2]
        stops = self._current_layout().stops[max(0, min(DAYS - 1, weekday + step))]
        if stops:
            self._go_to(stops[stop_at(stops, minute)])

    def _go_to(self, stop: Stop) -> None:
        if stop.index is None:
            self._cursor = stop
            self._set_focus(None)
        else:
            self._set_focus(self._entries[stop.index].id)

    # -- focus helpers --------------------------------------------------------------------

    def _index_of(self, entry_id: int | None) -> int | None:
        if entry_id is None:
            return None
        return next((i for i, e in enumerate(self._entries) if e.id == entry_id), None)

    def _focused_entry(self) -> ScheduleEntryInfo | None:
        index = self._index_of(self._focus_id)
        return None if index is None else self._entries[index]

    def _cursor_fields(self) -> EntryFields:
        cell = self._cursor
        return EntryFields(cell.weekday, cell.start, cell.end, NEW_KIND_STYLE)

    def _sort_key(self, index: int) -> tuple[int, int, int]:
        entry = self._entries[index]
        return entry.fields.weekday, entry.fields.start_minute, entry.id

    def _position(self) -> tuple[int, int, int]:
        """Where the focus is, as a reading-order key (an empty hour sorts before the
        entries that start with it)."""
        entry = self._focused_entry()
        if entry is not None:
            return self._sort_key(self._entries.index(entry))
        return self._cursor.weekday, self._cursor.start, -1

    def _set_focus(self, entry_id: int | None) -> None:
        changed = entry_id != self._focus_id or entry_id is None
        self._focus_id = entry_id
        self._update_accessibility()
        self.update()
        if changed:
            self.entry_focused.emit(entry_id)

    def _update_accessibility(self) -> None:
        """Name the focused entry or empty hour; describe the whole week in words."""
        ordered = sorted(self._entries, key=lambda e: (e.fields.weekday, e.fields.start_minute))
        lines = [describe_entry(e.fields) for e in ordered] + [s.sentence for s in self._free]
        self.setAccessibleDescription("\n".join(lines))
        entry = self._focused_entry()
        if entry is not None:
            focus = describe_entry(entry.fields)
        else:
            cell = self._cursor
            focus = _tr("tom time {day} {span}, Enter lager en ny aktivitet").format(
                day=WEEKDAYS[cell.weekday], span=format_span(cell.start, cell.end)
            )
        self.setAccessibleName(_tr("Uka, valgt: {focus}").format(focus=focus))


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


def _moved(box: Box, dy: float) -> Box:
    return replace(box, y=box.y + dy)


def _shifted(line: _TextLine, dy: float) -> _TextLine:
    return replace(line, box=line.box.translated(0, dy))
