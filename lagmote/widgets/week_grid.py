"""WeekGrid: the youth's recurring week painted as seven day columns, Monday to Sunday.

The widget shows `ScheduleEntryInfo` items and free stretches and knows nothing about where
they came from; it never writes. The geometry lives in `week_geometry` and the painting (the
kinds' looks, fonts, text lines) in `week_grid_paint`; this module lays the week out, has it
painted, and turns mouse drags and key presses into signals.

Everything that does not move is painted once into a pixmap per size, data and theme;
`paintEvent` copies it and adds only the focus ring and a drag's preview.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from lagmote.dates import WEEKDAYS
from lagmote.plan import EntryFields, ScheduleEntryInfo
from lagmote.ui.theme import NORMAL, Theme
from lagmote.week import SNAP_MINUTES, FreeStretch, describe_entry, format_span
from lagmote.widgets.painted import PaintedWidget
from lagmote.widgets.week_geometry import (
    CREATE_MINUTES,
    DAYS,
    EntryBox,
    GridFrame,
    Hit,
    Part,
    Stop,
    created_span,
    drag_move,
    empty_cell,
    free_boxes,
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
)
from lagmote.widgets.week_grid_paint import (
    NEW_KIND_STYLE,
    Fonts,
    GridLayout,
    WeekGridPainter,
    legend_at,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("WeekGrid", text)


@dataclass
class _Drag:
    """A mouse drag in progress: what was grabbed and, once moving, the preview."""

    part: Part
    index: int | None
    press: QPointF
    weekday: int
    minute: float
    preview: EntryFields | None = None


class WeekGrid(PaintedWidget):
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
        self._painter = WeekGridPainter(self._theme, Fonts(self.font(), self._theme))
        self._layout: GridLayout | None = None
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
        self._painter = WeekGridPainter(theme, Fonts(self.font(), theme))
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

    def _hours(self) -> tuple[int, int]:
        return hour_range([e.fields for e in self._entries])

    def sizeHint(self) -> QSize:
        return self._painter.size_hint(self._hours())

    def minimumSizeHint(self) -> QSize:
        return self._painter.minimum_size_hint(self._hours())

    def _current_layout(self) -> GridLayout:
        if self._layout is None or self._layout.size != self.size():
            self._layout = self._build_layout(self.size())
            self._pixmap = None
        return self._layout

    def _build_layout(self, size: QSize) -> GridLayout:
        hours = self._hours()
        painter = self._painter
        items, rows = painter.legend_items(size.width())
        metrics = painter.metrics(rows)
        frame = layout_frame(size.width(), size.height(), hours, metrics)
        legend = legend_at(items, frame.bottom + self._theme.spacing)
        boxes = layout_entries(frame, [(e.id, e.fields) for e in self._entries], metrics)
        kinds = tuple(self._entries[b.index].fields.kind for b in boxes)
        texts = tuple(painter.entry_texts(b.box, self._entries[b.index].fields) for b in boxes)
        free = tuple(
            (box, painter.free_texts(box, stretch))
            for stretch, box in free_boxes(frame, self._free, metrics)
        )
        stops = tuple(tuple(day) for day in key_stops([e.fields for e in self._entries], hours))
        self._cursor = nearest_empty(stops[self._cursor.weekday], self._cursor)
        headers = painter.header_texts(frame)
        return GridLayout(size, metrics, frame, boxes, kinds, texts, free, headers, legend, stops)

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
        if self._pixmap is None:
            self._pixmap = self._painter.static_pixmap(layout, self.devicePixelRatioF())
        painter.drawPixmap(0, 0, self._pixmap)
        self._paint_drag(painter, layout)
        self._paint_focus(painter, layout)
        painter.end()

    def _paint_drag(self, painter: QPainter, layout: GridLayout) -> None:
        """While dragging: the grabbed entry faded, and a dashed preview of the result."""
        drag = self._drag
        if drag is None or drag.preview is None:
            return
        fields = drag.preview
        box = span_box(layout.frame, fields, layout.metrics)
        kind = fields.kind if drag.index is not None else NEW_KIND_STYLE
        grabbed = None if drag.index is None else layout.entries[drag.index].box
        texts = self._painter.entry_texts(box, fields)
        self._painter.paint_drag(painter, box, kind, texts, grabbed)

    def _paint_focus(self, painter: QPainter, layout: GridLayout) -> None:
        """The focused entry's ring, or, with the keyboard focus on an empty hour, that hour
        with "+ Ny (Enter)"."""
        index = self._index_of(self._focus_id)
        if index is not None:
            self._painter.paint_focus_ring(painter, layout.entries[index].box, self.hasFocus())
        elif self.hasFocus() and self._drag is None:
            box = span_box(layout.frame, self._cursor_fields(), layout.metrics)
            self._painter.paint_empty_hour(painter, box)

    # -- events -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        self._pixmap = None
        super().resizeEvent(event)

    def fonts_changed(self) -> None:
        self._painter = WeekGridPainter(self._theme, Fonts(self.font(), self._theme))
        self._invalidate()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._drag is not None
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()  # Esc cancels the drag before a window shortcut takes it
            return True
        return super().event(event)

    def tooltip_at(self, point: QPointF) -> str | None:
        layout = self._current_layout()
        hit = hit_test(layout.frame, layout.entries, layout.metrics, point.x(), point.y())
        return None if hit.index is None else describe_entry(self._entries[hit.index].fields)

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

    def _focus_hit(self, layout: GridLayout, hit: Hit) -> None:
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
