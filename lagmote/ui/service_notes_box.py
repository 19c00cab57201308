"""The notes of the user's own service (police, child welfare, health), on the team page.

Shown only to a user whose role is one of those services: in a shared database the role the
administrator gave them (the database enforces it too), in a local file the role chosen at
first start. Never in meeting mode: the wall is seen by the youth and the parents. Adding a
note is one undoable step, audit-logged like every change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from lagmote.dates import format_date
from lagmote.db import service_note_ops
from lagmote.db.store import Changes
from lagmote.service_notes import ServiceNoteInfo, service_of
from lagmote.ui.context import YouthContext
from lagmote.ui.page_changes import make_change, read_shown
from lagmote.ui.plan_fields import MessageBar, ThemedLabels
from lagmote.ui.theme import Theme
from lagmote.ui.undo import creation


class ServiceNotesBox(QWidget):
    """One service's notes about the youth, and a field to add one."""

    def __init__(self, message: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceNotes")
        self._message = message
        self._context: YouthContext | None = None
        self._service: str | None = None
        self._meeting = False
        self.labels = ThemedLabels()
        self.heading = self.labels.heading("", self)
        self.note = self.labels.note("", self)
        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.notes.setSpacing(4)
        self.notes.setAlternatingRowColors(True)
        self.notes.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.notes.setAccessibleName(self.tr("Notatene"))
        self.empty = self.labels.note(self.tr("Ingen notater ennå."), self)
        self.new_text = QPlainTextEdit(self)
        self.new_text.setAccessibleName(self.tr("Nytt notat"))
        self.new_text.setPlaceholderText(self.tr("Skriv et nytt notat …"))
        self.new_text.setTabChangesFocus(True)
        self.new_text.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.add_button = QPushButton(self.tr("Lagre notatet"), self)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self._build()
        self.hide()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.note, self.empty, self.notes, self.new_text):
            layout.addWidget(widget)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_theme(self, theme: Theme, meeting: bool) -> None:
        self.labels.set_theme(theme)
        self._meeting = meeting
        self._update_visible()

    def show_youth(self, context: YouthContext) -> None:
        """Show the notes of the user's service (no service: the box hides)."""
        if self._context is None or self._context.store is not context.store:
            self._service = service_of(_user_role(context))
        self._context = context
        self.new_text.clear()
        self._update_visible()
        self.reload()

    def apply_changes(self, changes: Changes) -> None:
        if self._context is not None and "service_note" in changes.objects:
            self.reload()

    def reload(self) -> None:
        context, service = self._context, self._service
        if context is None or service is None:
            return
        notes = read_shown(
            self._message,
            lambda: service_note_ops.load_notes(context.store, context.youth_id, service),
        )
        if notes is not None:
            self._fill(service, notes)

    def _update_visible(self) -> None:
        self.setVisible(self._service is not None and not self._meeting)

    def _fill(self, service: str, notes: tuple[ServiceNoteInfo, ...]) -> None:
        self.heading.setText(self.tr("Notater for {service}").format(service=_name(service)))
        self.note.setText(
            self.tr(
                "Bare brukere fra {service} kan lese disse notatene. De vises aldri i møtemodus "
                "og kommer aldri med på utskrifter."
            ).format(service=_name(service))
        )
        self.notes.clear()
        for note in reversed(notes):  # the newest first
            when = format_date(note.written_on)
            item = QListWidgetItem(f"{when} – {note.written_by}\n{note.text}", self.notes)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
        self.empty.setVisible(not notes)
        self.notes.setVisible(bool(notes))

    @Slot()
    def _on_add_button_clicked(self) -> None:
        context, service, words = self._context, self._service, self.new_text.toPlainText()
        if context is None or service is None:
            return
        store, youth = context.store, context.youth_id
        redo, undo = creation(
            lambda note_id: service_note_ops.add_note(
                store, youth, service, words, context.today, note_id
            ),
            lambda note_id: service_note_ops.delete_note(store, youth, note_id),
        )
        done = make_change(
            self._message,
            context,
            lambda ctx: ctx.editor.apply(self.tr("nytt notat"), redo, undo),
            self.tr("notatet"),
        )
        if done is not None:
            self.new_text.clear()


def _user_role(context: YouthContext) -> str | None:
    """The role the administrator gave this user in a shared database; in a local file,
    the role chosen at first start. A failed read shows no notes (never someone else's)."""
    from lagmote.errors import UserError
    from lagmote.profile import load_profile

    if context.store.engine.dialect.name == "postgresql":
        try:
            return service_note_ops.district_role(context.store)
        except (UserError, SQLAlchemyError):
            return None
    profile = load_profile()
    return profile.role if profile is not None else None


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServiceNotesBox", text)


def _name(service: str) -> str:
    names = {
        "politi": _tr("politiet"),
        "barnevern": _tr("barnevernet"),
        "helse": _tr("helsetjenesten"),
    }
    return names[service]
