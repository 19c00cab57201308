"""The week page: the youth's recurring week, checked against the standard (§3.2–3.3).

On the left the painted week grid; on the right the standard's rules in words (✓ or !), the
free afternoons and evenings the team wants to fill, and a small form for the chosen entry.
Every change is saved as it is made, through :class:`~lagmote.ui.undo.Editor` and the
operations layer, so it is undoable and lands in the audit log. A change the operations
layer refuses is told in a sentence under the form, and nothing else changes. A week that
cannot be read is told the same way, and nothing of it stays on screen to be edited.

Every update is saved over what the user's edit began from; reading the week again (after a
change of this user's, or someone else's save) keeps what is being typed in the form. A save
over someone else's change of the same field is put to the user in the conflict dialog, as
on the other pages (:func:`~lagmote.ui.page_changes.settle`); what it leaves to say is shown
in the :class:`~lagmote.ui.plan_fields.MessageBar` above the page.

Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) in the form's text and time fields are not the fields'
own: they first save what was typed, then undo or redo on the window's undo stack.

Signals: none of its own; it listens to the grid's and the form's.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lagmote.db import plan_ops
from lagmote.db.conflicts import EditConflict
from lagmote.db.plan_queries import load_week
from lagmote.errors import UserError
from lagmote.plan import MINUTES_PER_DAY, EntryFields, ScheduleEntryInfo, WeekView
from lagmote.ui.based_actions import based_apply
from lagmote.ui.page_changes import settle
from lagmote.ui.plan_fields import MessageBar
from lagmote.ui.theme import NORMAL, Theme
from lagmote.ui.undo import creation
from lagmote.ui.week_form import NEW_KIND, EntryForm, time_of, undo_step
from lagmote.week import (
    EVENING_END,
    FreeStretch,
    WeekFinding,
    check_span,
    check_week,
    format_minute,
    free_stretches,
    free_time_by_day,
    free_time_sentences,
)
from lagmote.widgets.week_grid import WeekGrid

if TYPE_CHECKING:
    from lagmote.db.store import Changes
    from lagmote.ui.context import YouthContext


class WeekPage(QWidget):
    """The youth's week: the grid, the standard's rules in words, and the chosen entry."""

    shows = frozenset({"schedule_entry"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: YouthContext | None = None  # the youth whose week is shown
        self._wanted: YouthContext | None = None  # the youth the window asked for
        self._unread = False  # the last read failed: the message says so
        self._week = WeekView(0)
        self._theme = NORMAL
        self._form_id: int | None = None  # the entry the form shows
        self._filled_id: int | None = None  # the entry whose fields the form was filled with
        self.grid = WeekGrid(self)
        self.grid.setAccessibleName(self.tr("Uka"))
        self.form = EntryForm(self)
        self.findings = self._label("findings", rich=True)
        self.findings.setAccessibleName(self.tr("Uka etter standarden"))
        self.free_time = self._label("freeTime")
        self.free_time.setAccessibleName(self.tr("Fri tid å fylle"))
        self.message = self._label("message")
        self.message.setVisible(False)
        self.message_bar = MessageBar(self)  # what a conflict's choice leaves to say
        self.form_hint = self._label("formHint")
        self.new_button = QPushButton(self.tr("&Ny aktivitet"), self)
        self.delete_button = QPushButton(self.tr("S&lett"), self)
        self._headings: list[QLabel] = []
        self._build_layout()
        self._connect()
        self._show_form(None)

    # --- building ------------------------------------------------------------------------

    def _label(self, name: str, rich: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(text)
        self._headings.append(label)
        return label

    def _build_layout(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidget(self.grid)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        side = QVBoxLayout()
        side.addWidget(self._heading(self.tr("Standarden")))
        side.addWidget(self.findings)
        side.addWidget(self._heading(self.tr("Fri tid å fylle")))
        side.addWidget(self.free_time)
        side.addWidget(self._heading(self.tr("Valgt aktivitet")))
        side.addWidget(self.form_hint)
        side.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        side.addWidget(self.message)
        side.addStretch(1)
        panel = QWidget(self)
        panel.setLayout(side)
        side_scroll = QScrollArea(self)
        side_scroll.setWidget(panel)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._side = side_scroll
        self._columns = QHBoxLayout()
        self._columns.addWidget(scroll, 3)
        self._columns.addWidget(side_scroll, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.message_bar)
        outer.addLayout(self._columns, 1)

    def _connect(self) -> None:
        self.grid.entry_create_requested.connect(self._on_grid_entry_create_requested)
        self.grid.entry_changed.connect(self._on_grid_entry_changed)
        self.grid.entry_activated.connect(self._on_grid_entry_activated)
        self.grid.entry_delete_requested.connect(self._on_grid_entry_delete_requested)
        self.grid.entry_focused.connect(self._on_grid_entry_focused)
        self.form.kind.activated.connect(self._on_kind_activated)
        self.form.day.activated.connect(self._on_day_activated)
        self.form.title.editingFinished.connect(self._on_title_editing_finished)
        self.form.place.editingFinished.connect(self._on_place_editing_finished)
        self.form.start.editingFinished.connect(self._on_start_editing_finished)
        self.form.end.editingFinished.connect(self._on_end_editing_finished)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        for field in self.form.typed_fields():
            field.installEventFilter(self)

    # --- the Page protocol ---------------------------------------------------------------

    def show_youth(self, context: YouthContext) -> None:
        """Read the youth's week and show it (the focus is kept for the same youth). If it
        cannot be read, the page shows no week and says why."""
        self._wanted = context
        self._load(context)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.grid.set_theme(theme)
        # On the projector the week itself gets more of the width, so times fit the boxes;
        # the side keeps room for its longest line that cannot wrap.
        self._columns.setStretch(0, 4 if theme.name == "meeting" else 3)
        text_font = QFont(self.font())
        text_font.setPointSizeF(theme.base_point_size)
        # The widest line the side panel must fit unbroken (a free-time line wraps after "og").
        widest = self.tr("• torsdag 14:30–17:00 og")
        sample = QFontMetricsF(text_font).horizontalAdvance(widest)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self._side.setMinimumWidth(int(sample) + 2 * theme.spacing + scrollbar)
        font = QFont(self.font())
        font.setPointSizeF(theme.heading_point_size)
        font.setBold(True)
        for heading in self._headings:
            heading.setFont(font)
        c = theme.colours
        self.message.setStyleSheet(
            f"background: {c.warning}; color: {c.text}; padding: {theme.spacing // 2}px;"
        )
        self.message_bar.set_theme(theme)
        self._show_findings()
        self._show_form(self._entry(self._form_id))

    def apply_changes(self, changes: Changes) -> None:
        """Read the week again (one query) and keep the focused entry."""
        if self._wanted is not None:
            self._load(self._wanted)

    def flush(self) -> None:
        """Save what is typed in the form's title, place and times, where it differs."""
        form = self.form
        if self._entry(self._form_id) is None:
            return
        for edit in (form.start, form.end):
            edit.interpretText()  # the time typed so far, as Enter would take it
        title, place = form.title.text(), form.place.text()
        start, end = form.start_minute(), form.end_minute()
        # Read every field first: each save reads the week again and refills the form.
        self._save_text("title", title)
        self._save_text("place", place)
        self._save_times(start, end)

    def has_unsaved(self) -> bool:
        """True while the form holds typing that its entry does not have (refused)."""
        entry = self._entry(self._form_id)
        if entry is None:
            return False
        form, saved = self.form, entry.fields
        typed = (form.title.text(), form.place.text(), form.start_minute(), form.end_minute())
        return typed != (saved.title, saved.place, saved.start_minute, saved.end_minute)

    # --- showing -------------------------------------------------------------------------

    def _load(self, context: YouthContext) -> None:
        """Read ``context``'s week; only once it is read does the page switch to it."""
        try:
            week = load_week(context.store, context.youth_id)
        except UserError as error:
            self._show_unread(str(error))
            return
        if self._context is None or self._context.youth_id != context.youth_id:
            self._form_id = None
            self.message_bar.hide_message()  # it was about the youth shown before
        self._context, self._week = context, week
        if self._unread:
            self._unread = False
            self._say("")
        self.grid.setEnabled(True)
        self.new_button.setEnabled(True)
        fields = [e.fields for e in week.entries]
        self.grid.set_entries(self._week.entries)
        stretches = free_stretches(fields)
        self.grid.set_free_stretches(stretches)
        self._show_findings()
        self._show_free_time(stretches)
        if self._form_id is not None:
            self.grid.focus_entry(self._form_id)
        self._show_form(self._entry(self._form_id))

    def _show_unread(self, sentence: str) -> None:
        """The week could not be read: show no week (none to edit by mistake) and why."""
        self._context, self._week, self._form_id = None, WeekView(0), None
        self.grid.set_entries(())
        self.grid.set_free_stretches(())
        self.grid.setEnabled(False)
        self.new_button.setEnabled(False)
        self._show_findings()
        self.free_time.setText("")
        self.free_time.setAccessibleDescription("")
        self._show_form(None)
        self._unread = True
        self._say(self.tr("Uka kunne ikke leses. {reason}").format(reason=sentence))

    def _show_free_time(self, stretches: Sequence[FreeStretch]) -> None:
        """A line a day under a sentence saying what counts as free time."""
        end = format_minute(EVENING_END)
        if not stretches:
            text = self.tr("Ingen lange tomrom etter skolen (før {end}).").format(end=end)
        else:
            intro = self.tr("Minst to timer uten avtaler, etter skolen og før {end}:")
            lines = [f"• {line}" for line in free_time_by_day(stretches)]
            text = "\n".join([intro.format(end=end), *lines])
        self.free_time.setText(text)
        self.free_time.setAccessibleDescription(" ".join(free_time_sentences(stretches)))

    def _findings(self) -> list[WeekFinding]:
        """The standard's rules checked against the week shown (none when none is)."""
        if self._context is None:
            return []
        return check_week([e.fields for e in self._week.entries])

    def _show_findings(self) -> None:
        c = self._theme.colours
        rows = []
        for finding in self._findings():
            symbol, fill = ("✓", c.ok) if finding.ok else ("!", c.danger)
            rows.append(
                f'<tr><td bgcolor="{fill}" align="center" width="28"><b>{symbol}</b></td>'
                f"<td>&nbsp;{html.escape(finding.sentence)}</td></tr>"
            )
        self.findings.setText(f'<table cellspacing="4">{"".join(rows)}</table>' if rows else "")
        self.findings.setAccessibleDescription(self.findings_text())

    def findings_text(self) -> str:
        """The findings as plain text, a line each ("✓ …" or "! …")."""
        return "\n".join(f"{'✓' if f.ok else '!'} {f.sentence}" for f in self._findings())

    def _entry(self, entry_id: int | None) -> ScheduleEntryInfo | None:
        return next((e for e in self._week.entries if e.id == entry_id), None)

    def _show_form(self, entry: ScheduleEntryInfo | None) -> None:
        """Show ``entry`` in the form; the same entry read again keeps what is typed."""
        same = entry is not None and entry.id == self._filled_id
        self._form_id = self._filled_id = entry.id if entry else None
        self.form.show_fields(entry.fields if entry else None, keep_typing=same)
        self.form.setVisible(entry is not None)
        self.delete_button.setEnabled(entry is not None)
        self.form_hint.setText(
            ""
            if entry
            else self.tr(
                "Velg en aktivitet i uka, eller dra over et tomt felt for å lage en ny. "
                "Med tastaturet: piltastene velger, Enter lager eller åpner, "
                "Alt+piltastene flytter, Shift+Alt+opp/ned endrer lengden."
            )
        )
        # On the projector the team reads the week; the how-to is for the one at the desk.
        shown = self._context is not None and self._theme.name != "meeting"
        self.form_hint.setVisible(entry is None and shown)

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.setVisible(bool(sentence))

    # --- changes -------------------------------------------------------------------------

    def _apply(
        self,
        text: str,
        redo: Callable[[], Changes],
        undo: Callable[[], Changes],
        merge_key: Hashable | None = None,
    ) -> Changes | None:
        """Make one undoable change; a refusal becomes the message, and nothing changes."""
        assert self._context is not None
        editor = self._context.editor
        return self._make(lambda: editor.apply(text, redo, undo, merge_key))

    def _make(self, change: Callable[[], Changes], edited: Sequence[str] = ()) -> Changes | None:
        """Make ``change``; a refusal becomes the message, and nothing changes. A conflict
        with someone else's save (of the fields ``edited``) is put to the user."""
        try:
            changes = change()
        except EditConflict as conflict:
            self._settle(conflict, edited)
            return None
        except UserError as error:
            self._say(str(error))
            return None
        if not self._unread:  # a refusal told before is over; a failed read stays told
            self._say("")
        if self.message_bar.kind == "problem":
            self.message_bar.hide_message()
        return changes

    def _settle(self, conflict: EditConflict[Any], edited: Iterable[str]) -> None:
        """Let the user choose between their save and this user's; once chosen, the form
        drops the typing in ``edited`` and shows what is stored. Closed without a choice,
        the typing stays (saving it again asks again), and the bar says it is not saved."""
        names = tuple(edited)

        def show_stored() -> None:
            self.form.drop_typing(names)
            if self._wanted is not None:
                self._load(self._wanted)

        if not self._unread:
            self._say("")
        settle(self.message_bar, conflict, settled=show_stored)

    def create_entry(self, fields: EntryFields) -> int | None:
        """Add an entry (undoable, keeping its id); returns the new id, or None if refused."""
        if self._context is None:
            return None
        store, youth_id = self._context.store, self._context.youth_id
        redo, undo = creation(
            lambda entry_id: plan_ops.add_entry(store, youth_id, fields, entry_id),
            lambda entry_id: plan_ops.delete_entry(store, youth_id, entry_id),
        )
        changes = self._apply(self.tr("Ny aktivitet"), redo, undo)
        if changes is None:
            return None
        self._form_id = changes.created_ids[0]
        self.grid.focus_entry(self._form_id)
        self._show_form(self._entry(self._form_id))
        return self._form_id

    def update_entry(
        self,
        entry_id: int,
        fields: EntryFields,
        merge_key: Hashable | None = None,
        base: EntryFields | None = None,
    ) -> bool:
        """Change an entry from ``base`` (what the edit began from; its fields as last read
        unless given) to ``fields``, undoable back to ``base``. False if refused, if nothing
        changed, or if someone else changed the same field meanwhile (the user chooses)."""
        entry = self._entry(entry_id)
        old = entry.fields if entry is not None and base is None else base
        if self._context is None or entry is None or old is None or old == fields:
            return False
        store, youth_id, editor = self._context.store, self._context.youth_id, self._context.editor
        text = self.tr("Endre aktivitet")
        edited = [
            f.name
            for f in dataclass_fields(fields)
            if getattr(fields, f.name) != getattr(old, f.name)
        ]

        def change() -> Changes:
            return based_apply(  # never over someone else's save: a conflict is put to the user
                editor,
                text,
                lambda new, over: plan_ops.update_entry(store, youth_id, entry_id, new, over),
                old,
                fields,
                merge_key,
            )

        return self._make(change, edited) is not None

    def delete_entry(self, entry_id: int) -> bool:
        """Delete an entry; undo brings it back under its old id."""
        entry = self._entry(entry_id)
        if self._context is None or entry is None:
            return False
        store, youth_id = self._context.store, self._context.youth_id
        changes = self._apply(
            self.tr("Slett aktivitet"),
            lambda: plan_ops.delete_entry(store, youth_id, entry_id),
            lambda: plan_ops.add_entry(store, youth_id, entry.fields, entry_id),
        )
        return changes is not None

    def _edit_form_entry(
        self, change: Callable[[EntryFields], EntryFields], merge: str | None = None
    ) -> None:
        """Save a change the form made to its entry, unless nothing changed, over what the
        form's fields began from (typing saved over someone else's save of the same field is
        a conflict). Edits of one text field in a row (``merge``) undo as one step."""
        entry, base = self._entry(self._form_id), self.form.base()
        if entry is None or base is None:
            return
        key = ("schedule_entry", entry.id, merge) if merge else None
        self.update_entry(entry.id, change(base), key, base)

    def _save_text(self, field: str, text: str) -> None:
        """Save the form's title or place; edits of one field in a row undo as one step."""
        if field == "title":
            self._edit_form_entry(lambda f: replace(f, title=text), field)
        else:
            self._edit_form_entry(lambda f: replace(f, place=text), field)

    def _save_times(self, start: int, end: int) -> None:
        """Save the form's times; times the standard refuses stay in the form, told."""
        base = self.form.base()
        if self._entry(self._form_id) is None or base is None:
            return
        if (start, end) == (base.start_minute, base.end_minute):
            return
        try:
            check_span(start, end)
        except UserError as error:
            self.form.start.setTime(time_of(start))  # a save of another field refilled them
            self.form.end.setTime(time_of(end))
            self._say(str(error))
            return
        self._edit_form_entry(lambda f: replace(f, start_minute=start, end_minute=end))

    # --- slots ---------------------------------------------------------------------------

    @Slot(int, int, int)
    def _on_grid_entry_create_requested(self, weekday: int, start: int, end: int) -> None:
        if self.create_entry(EntryFields(weekday, start, end, NEW_KIND)) is not None:
            self.form.title.setFocus()

    @Slot(int, object)
    def _on_grid_entry_changed(self, entry_id: int, fields: EntryFields) -> None:
        self.update_entry(entry_id, fields)

    @Slot(int)
    def _on_grid_entry_activated(self, entry_id: int) -> None:
        self._show_form(self._entry(entry_id))
        self.form.title.setFocus()
        self.form.title.selectAll()

    @Slot(int)
    def _on_grid_entry_delete_requested(self, entry_id: int) -> None:
        self.delete_entry(entry_id)

    @Slot(object)
    def _on_grid_entry_focused(self, entry_id: int | None) -> None:
        if entry_id != self._form_id:
            self._say("")
        self._show_form(self._entry(entry_id))

    @Slot(int)
    def _on_kind_activated(self, index: int) -> None:
        kind = str(self.form.kind.itemData(index))
        self._edit_form_entry(lambda f: replace(f, kind=kind))

    @Slot(int)
    def _on_day_activated(self, index: int) -> None:
        self._edit_form_entry(lambda f: replace(f, weekday=index))

    @Slot()
    def _on_title_editing_finished(self) -> None:
        self._save_text("title", self.form.title.text())

    @Slot()
    def _on_place_editing_finished(self) -> None:
        self._save_text("place", self.form.place.text())

    @Slot()
    def _on_start_editing_finished(self) -> None:
        self._save_times(self.form.start_minute(), self.form.end_minute())

    @Slot()
    def _on_end_editing_finished(self) -> None:
        self._save_times(self.form.start_minute(), self.form.end_minute())

    @Slot()
    def _on_new_button_clicked(self) -> None:
        cell = self.grid.cursor_cell()
        entry = self._entry(self._form_id)
        if entry is not None:  # right after the chosen entry, on its day
            start = min(entry.fields.end_minute, MINUTES_PER_DAY - 60)
            cell = replace(cell, weekday=entry.fields.weekday, start=start, end=start + 60)
        fields = EntryFields(cell.weekday, cell.start, cell.end, NEW_KIND)
        if self.create_entry(fields) is not None:
            self.form.title.setFocus()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        if self._form_id is not None:
            self.delete_entry(self._form_id)

    # --- undo keys in the form ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y in the form's fields: not the field's own undo
        (which would never be saved) but, after saving what was typed, the window's."""
        kinds = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if event.type() in kinds and watched in self.form.typed_fields():
            step = undo_step(event)
            if step is not None:
                event.accept()  # the override: the key comes here, not to a shortcut
                if event.type() == QEvent.Type.KeyPress:
                    self._undo_or_redo(step)
                return True
        return super().eventFilter(watched, event)

    def _undo_or_redo(self, step: str) -> None:
        self.flush()
        if self._context is None:
            return
        stack = self._context.editor.stack
        if step == "redo":
            stack.redo()
        else:
            stack.undo()
