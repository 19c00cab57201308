"""The form for the chosen entry of the week page: kind, title, place, day and times."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QTimeEdit, QWidget

from lagmote.dates import WEEKDAYS
from lagmote.plan import MINUTES_PER_DAY, EntryFields
from lagmote.standard import SCHEDULE_KINDS

NEW_KIND = "aktivitet"
TIME_FORMAT = "HH:mm"
_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def minute_of(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


def time_of(minute: int) -> QTime:
    minute %= MINUTES_PER_DAY  # 24:00 shows as 00:00, read back as midnight
    return QTime(minute // 60, minute % 60)


def undo_step(event: QEvent) -> str | None:
    """ "undo" or "redo" for the platform's keys and for Ctrl+Shift+Z and Ctrl+Y on every
    platform (as the window's redo action has them); None for any other event."""
    if not isinstance(event, QKeyEvent):
        return None
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    key = (event.key(), event.modifiers())
    if event.matches(_UNDO_KEYS[1]) or key in {(Qt.Key.Key_Z, ctrl | shift), (Qt.Key.Key_Y, ctrl)}:
        return "redo"
    return "undo" if event.matches(_UNDO_KEYS[0]) else None


class EntryForm(QWidget):
    """The chosen entry's kind, title, place, day and times; the page saves its edits.

    Signals: none of its own; the page listens to its fields' `activated` and
    `editingFinished`.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        for key, name in SCHEDULE_KINDS.items():
            self.kind.addItem(name, key)
        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        self.place = QLineEdit(self)
        self.place.setMaxLength(200)
        self.day = QComboBox(self)
        for number, name in enumerate(WEEKDAYS):
            self.day.addItem(name.capitalize(), number)
        self.start = self._time_edit()
        self.end = self._time_edit()
        self.end.setToolTip(self.tr("00:00 som slutt betyr midnatt (24:00)."))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, field in (
            (self.tr("&Type"), self.kind),
            (self.tr("&Hva"), self.title),
            (self.tr("&Sted"), self.place),
            (self.tr("&Dag"), self.day),
            (self.tr("&Fra"), self.start),
            (self.tr("&Til"), self.end),
        ):
            layout.addRow(text, field)
            field.setAccessibleName(text.replace("&", ""))

    def _time_edit(self) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setDisplayFormat(TIME_FORMAT)
        edit.setKeyboardTracking(False)
        return edit

    def show_fields(self, fields: EntryFields | None) -> None:
        """Fill the form with ``fields`` (or empty and disable it)."""
        self.setEnabled(fields is not None)
        fields = fields or EntryFields(0, 0, 0, NEW_KIND)
        self.kind.setCurrentIndex(max(0, self.kind.findData(fields.kind)))
        self.title.setText(fields.title)
        self.place.setText(fields.place)
        self.day.setCurrentIndex(fields.weekday)
        self.start.setTime(time_of(fields.start_minute))
        self.end.setTime(time_of(fields.end_minute))

    def start_minute(self) -> int:
        return minute_of(self.start.time())

    def end_minute(self) -> int:
        """The end as minutes; 00:00 is midnight at the end of the day (an end is never
        the start of the day)."""
        end = minute_of(self.end.time())
        return MINUTES_PER_DAY if end == 0 else end

    def typed_fields(self) -> tuple[QWidget, ...]:
        """The fields typed in, whose Ctrl+Z and Ctrl+Shift+Z are the window's."""
        return (self.title, self.place, self.start, self.end)
