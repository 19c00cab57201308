"""The form for the chosen entry of the week page: kind, title, place, day and times.

The title, place and times are typed, and saved by the page when the user leaves a field.
When the same entry is read again (a change of this user's, or someone else's save), a field
with unsaved typing keeps it, as :class:`~lagmote.ui.plan_fields.AutosaveText` does, and
:meth:`EntryForm.base` keeps the value that typing began from: saved over someone else's newer
value, it is refused as a conflict, never a silent overwrite.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QTimeEdit, QWidget

from lagmote.dates import WEEKDAYS
from lagmote.plan import MINUTES_PER_DAY, EntryFields
from lagmote.standard import SCHEDULE_KINDS

NEW_KIND = "aktivitet"
TIME_FORMAT = "HH:mm"
_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
#: The typed fields of an entry, by their name in :class:`EntryFields`.
TYPED = ("title", "place", "start_minute", "end_minute")


def minute_of(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


def time_of(minute: int) -> QTime:
    minute %= MINUTES_PER_DAY  # 24:00 shows as 00:00, read back as midnight
    return QTime(minute // 60, minute % 60)


def _as_text(value: object) -> str:
    """A typed field's value as its field shows it (a time as ``HH:mm``)."""
    if isinstance(value, str):
        return value
    assert isinstance(value, int)
    return time_of(value).toString(TIME_FORMAT)


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
        self._base: EntryFields | None = None  # what the edits begin from
        self._latest: EntryFields | None = None  # the fields last read
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

    def show_fields(self, fields: EntryFields | None, keep_typing: bool = False) -> None:
        """Fill the form with ``fields`` (or empty and disable it).

        With ``keep_typing`` (the entry shown is read again), a typed field that shows
        neither the value its typing began from nor ``fields``' value holds unsaved typing:
        it stays, and so does its value in :meth:`base`. Kind and day are always shown as
        read (they are saved as soon as they are chosen)."""
        self.setEnabled(fields is not None)
        shown = fields or EntryFields(0, 0, 0, NEW_KIND)
        self.kind.setCurrentIndex(max(0, self.kind.findData(shown.kind)))
        self.day.setCurrentIndex(shown.weekday)
        began = self._base if keep_typing and fields is not None else None
        base = shown
        for name in TYPED:
            new = getattr(shown, name)
            if began is not None:
                was = getattr(began, name)
                if self._field(name).text() not in (_as_text(was), _as_text(new)):
                    base = replace(base, **{name: was})  # typing: it stays, and its base
                    continue
            self._put(name, new)
        self._base = base if fields is not None else None
        self._latest = fields

    def base(self) -> EntryFields | None:
        """The fields the form's edits begin from: what was read, except that a field with
        unsaved typing has the value its typing began from (None: no entry is shown)."""
        return self._base

    def drop_typing(self, names: Iterable[str]) -> None:
        """Forget the typing in the fields ``names`` and show what was last read there (once
        a conflict is settled: what was chosen is stored, and the page reads it back)."""
        if self._base is None or self._latest is None:
            return
        for name in names:
            if name in TYPED:
                value = getattr(self._latest, name)
                self._put(name, value)
                self._base = replace(self._base, **{name: value})

    def _field(self, name: str) -> QLineEdit | QTimeEdit:
        fields: dict[str, QLineEdit | QTimeEdit] = {
            "title": self.title,
            "place": self.place,
            "start_minute": self.start,
            "end_minute": self.end,
        }
        return fields[name]

    def _put(self, name: str, value: object) -> None:
        """Show ``value`` in the typed field ``name``; one showing it already is left alone
        (a field being typed in keeps its cursor)."""
        field = self._field(name)
        if isinstance(field, QLineEdit):
            if field.text() != value:
                field.setText(str(value))
            return
        assert isinstance(value, int)
        if field.text() != _as_text(value) or field.time() != time_of(value):
            field.setTime(time_of(value))

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
