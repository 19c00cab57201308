"""The chosen team member's details, and the line that adds a member.

Neither widget writes: they say what the user asked for through their signals, and the page
makes the change. A line is saved when the user leaves it (or presses Enter), the
responsibilities as they are typed (:class:`~lagmote.ui.plan_fields.AutosaveText`).

In meeting mode the form shows the member by role with the responsibilities only; the name,
organisation, phone and e-mail fields are hidden and emptied, so nothing on the wall (not even
a hidden field) holds them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QSignalBlocker, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagmote.records import MemberInfo
from lagmote.standard import ROLES
from lagmote.team import MemberFields, standard_responsibilities
from lagmote.ui.plan_fields import AutosaveText, ThemedLabels
from lagmote.ui.team_actions import member_fields
from lagmote.ui.team_models import who
from lagmote.ui.theme import NORMAL, Theme
from lagmote.ui.week_form import undo_step

LINE_FIELDS = ("name", "organisation", "phone", "email")
MAX_LENGTHS = {"name": 200, "organisation": 200, "phone": 40, "email": 200}


class CommitLine(QLineEdit):
    """A line saved when left or on Enter. Ctrl+Z and Ctrl+Shift+Z are not the line's own:
    they first save what was typed, then reach the window's undo, which covers the page.

    Signals:
        committed(str): the text to save now.
    """

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(self._on_self_editing_finished)

    def event(self, event: QEvent) -> bool:
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and undo_step(event) is not None:
            self.commit()
            event.ignore()
            return True
        return super().event(event)

    def commit(self) -> None:
        if self.isModified():
            self.committed.emit(self.text())

    def show_saved(self, text: str) -> None:
        """The saved text, unless the user has typed something not saved yet."""
        if not self.isModified() and self.text() != text:
            self.setText(text)

    def reset(self, text: str) -> None:
        self.setText(text)  # also clears the modified flag
        self.mark_problem(None)

    def mark_problem(self, fill: str | None) -> None:
        self.setStyleSheet(f"QLineEdit {{ background: {fill}; }}" if fill else "")

    @Slot()
    def _on_self_editing_finished(self) -> None:
        self.commit()


def _role_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for r in ROLES:
        combo.addItem(r.name, r.code)
    return combo


class MemberForm(QFrame):
    """Role, name, organisation, phone, e-mail and responsibilities of the chosen member,
    with the button that takes them out of the team (or back in).

    Signals:
        edit_requested(int, object, str): the member id, the :class:`MemberFields` the member
            should have, and which field changed ("role", "name", …, "responsibilities").
        active_requested(int, bool): the member leaves the team (False) or comes back.
    """

    edit_requested = Signal(int, object, str)
    active_requested = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.labels = ThemedLabels()
        self.title = self.labels.heading("", self)
        self.left_note = self.labels.note("", self)
        self.role = _role_combo(self)
        self.lines = {name: CommitLine(self) for name in LINE_FIELDS}
        self.contact_box = QWidget(self)
        self.responsibilities = AutosaveText(self, 4, 12)
        self.standard_button = QPushButton(self.tr("Sett inn standardansvaret for rollen"), self)
        self.active_button = QPushButton(self)
        self._member: MemberInfo | None = None
        self._meeting = False
        self._build()
        self._connect()
        self.show_member(None)

    def _build(self) -> None:
        form = QFormLayout(self.contact_box)
        form.setContentsMargins(0, 0, 0, 0)
        titles = {
            "name": self.tr("&Navn"),
            "organisation": self.tr("&Virksomhet"),
            "phone": self.tr("&Telefon"),
            "email": self.tr("&E-post"),
        }
        form.addRow(self.tr("&Rolle"), self.role)
        self.role.setAccessibleName(self.tr("Rolle"))
        for name, text in titles.items():
            line = self.lines[name]
            line.setMaxLength(MAX_LENGTHS[name])
            line.setAccessibleName(text.replace("&", ""))
            form.addRow(text, line)
        self.lines["organisation"].setPlaceholderText(self.tr("For eksempel skolen eller etaten"))
        label = QLabel(self.tr("&Ansvar i laget (ett per linje)"), self)
        label.setBuddy(self.responsibilities)
        self.responsibilities.setAccessibleName(self.tr("Ansvar i laget"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.standard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.active_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.left_note)
        layout.addWidget(self.contact_box)
        layout.addWidget(label)
        layout.addWidget(self.responsibilities)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.role.activated.connect(self._on_role_activated)
        for name, line in self.lines.items():
            line.committed.connect(lambda text, name=name: self._on_line_committed(name, text))
        self.responsibilities.text_committed.connect(self._on_responsibilities_text_committed)
        self.standard_button.clicked.connect(self._on_standard_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)

    # -- showing --------------------------------------------------------------------------

    @property
    def member(self) -> MemberInfo | None:
        return self._member

    def show_member(self, member: MemberInfo | None) -> None:
        """Show ``member`` as saved (None: nobody chosen). For the member already shown,
        what the user has typed and not saved yet stays."""
        same = member is not None and self._member is not None and member.id == self._member.id
        self._member = member
        self.setVisible(member is not None)  # the page says how to choose one
        self.contact_box.setVisible(not self._meeting)
        if member is None:
            self.title.setText("")
            self.title.setAccessibleName("")
            self.left_note.hide()
            for line in self.lines.values():
                line.reset("")
            self.responsibilities.reset("")
            return
        self._show_fields(member, same)

    def _show_fields(self, member: MemberInfo, same: bool) -> None:
        self.title.setText(who(member, self._meeting))
        self.title.setAccessibleName(self.title.text())
        self.left_note.setVisible(not member.active)
        self.left_note.setText(
            self.tr("Har gått ut av laget. Det de hadde ansvar for, står fortsatt i planen.")
        )
        with QSignalBlocker(self.role):
            self.role.setCurrentIndex(max(0, self.role.findData(member.role)))
        for name, line in self.lines.items():
            saved = "" if self._meeting else str(getattr(member, name))
            if same and not self._meeting:
                line.show_saved(saved)
            else:
                line.reset(saved)
        if same:
            self.responsibilities.set_saved_text(member.responsibilities)
        else:
            self.responsibilities.reset(member.responsibilities)
        self.active_button.setText(
            self.tr("Går ut av laget") if member.active else self.tr("Kommer tilbake til laget")
        )
        standard = standard_responsibilities(member.role)
        self.standard_button.setEnabled(bool(standard) and member.responsibilities != standard)

    def set_meeting(self, meeting: bool) -> None:
        """Meeting mode: the role and the responsibilities only; contact fields emptied."""
        if meeting and not self._meeting:
            self.flush()
        self._meeting = meeting
        self.show_member(self._member)

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)

    def mark_saved(self, field: str) -> None:
        if field in self.lines:
            self.lines[field].setModified(False)
            self.lines[field].mark_problem(None)
        elif field == "responsibilities":
            self.responsibilities.mark_saved(self.responsibilities.toPlainText())
            self.responsibilities.mark_problem(None)

    def mark_problem(self, field: str) -> None:
        fill = NORMAL.colours.warning
        if field in self.lines:
            self.lines[field].mark_problem(fill)
        elif field == "responsibilities":
            self.responsibilities.mark_problem(fill)
        elif field == "role" and self._member is not None:
            self.show_member(self._member)  # back to the saved role

    def flush(self) -> None:
        for line in self.lines.values():
            line.commit()
        self.responsibilities.flush()

    def has_unsaved(self) -> bool:
        return self.responsibilities.dirty or any(line.isModified() for line in self.lines.values())

    # -- events ---------------------------------------------------------------------------

    def _request(self, fields: MemberFields, field: str) -> None:
        if self._member is not None:
            self.edit_requested.emit(self._member.id, fields, field)

    def _on_line_committed(self, name: str, text: str) -> None:
        member = self._member
        if member is None or self._meeting:
            return
        fields = replace(member_fields(member), **{name: text})
        if fields == member_fields(member):
            self.lines[name].setModified(False)
            return
        self._request(fields, name)

    @Slot(int)
    def _on_role_activated(self, _index: int) -> None:
        """A new role; responsibilities still as the old role's standard become the new
        role's standard, anything the team wrote itself stays."""
        member, code = self._member, self.role.currentData()
        if member is None or not isinstance(code, str) or code == member.role:
            return
        self.flush()
        member = self._member or member
        fields = replace(member_fields(member), role=code)
        if member.responsibilities.strip() in ("", standard_responsibilities(member.role)):
            fields = replace(fields, responsibilities=standard_responsibilities(code))
        self._request(fields, "role")

    @Slot(str)
    def _on_responsibilities_text_committed(self, text: str) -> None:
        if self._member is not None:
            self._request(
                replace(member_fields(self._member), responsibilities=text), "responsibilities"
            )

    @Slot()
    def _on_standard_button_clicked(self) -> None:
        member = self._member
        if member is not None:
            self.responsibilities.flush()
            member = self._member or member
            text = standard_responsibilities(member.role)
            self._request(replace(member_fields(member), responsibilities=text), "standard")

    @Slot()
    def _on_active_button_clicked(self) -> None:
        if self._member is not None:
            self.flush()
            self.active_requested.emit(self._member.id, not self._member.active)


class AddMemberRow(QWidget):
    """Choose a role (and a name, which may wait) and add the member; the role's standard
    responsibilities come with it.

    Signals:
        add_requested(str, str): the role code and the name.
    """

    add_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = _role_combo(self)
        self.role.setAccessibleName(self.tr("Rolle for den nye i laget"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_LENGTHS["name"])
        self.name.setPlaceholderText(self.tr("Navn (kan fylles inn senere)"))
        self.name.setAccessibleName(self.tr("Navn på den nye i laget"))
        self.button = QPushButton(self.tr("Legg til i laget"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Ny i laget:"), self))
        layout.addWidget(self.role)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._on_button_clicked)
        self.name.returnPressed.connect(self._on_button_clicked)

    def set_meeting(self, meeting: bool) -> None:
        """Not on the wall: members are added at the desk, with their names."""
        if meeting:
            self.name.clear()
        self.setVisible(not meeting)

    def choose_role(self, code: str) -> None:
        self.role.setCurrentIndex(max(0, self.role.findData(code)))

    def clear(self) -> None:
        self.name.clear()

    @Slot()
    def _on_button_clicked(self) -> None:
        code = self.role.currentData()
        if isinstance(code, str):
            self.add_requested.emit(code, self.name.text())
