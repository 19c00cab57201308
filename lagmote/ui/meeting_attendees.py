"""Who is at the meeting: a box for each member of the team, the guests (an interpreter, say)
with their role, and a row to add a guest.

In meeting mode adults are named by their role only. The widget never writes.

Signals:
    member_toggled(int, bool): a team member is (or is not) at the meeting.
    guest_requested(str, str): add a guest with this name and role code.
    guest_remove_requested(int): remove the guest with this attendee id.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagmote.meetings import AttendeeInfo
from lagmote.records import MemberInfo
from lagmote.standard import ROLES
from lagmote.ui.meeting_shown import Showing, person_label
from lagmote.ui.meeting_widgets import ThemedText
from lagmote.ui.theme import Theme

GUEST_ROLE = "annen"
INDICATOR_SHARE = 1.2  # the tick box's side in pixels per point of type


class Attendees(QWidget):
    """Tick who is there; add or remove guests."""

    member_toggled = Signal(int, bool)
    guest_requested = Signal(str, str)
    guest_remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = ThemedText()
        self.boxes: dict[int, QCheckBox] = {}
        self.guest_rows: dict[int, QWidget] = {}
        self.heading = self.labels.heading(self.tr("Hvem er med i dag?"), self)
        self.count_label = self.labels.note("", self)
        self.member_area = QVBoxLayout()
        self.guest_area = QVBoxLayout()
        self.guest_name = QLineEdit(self)
        self.guest_name.setPlaceholderText(self.tr("For eksempel «Tolk (arabisk)»"))
        self.guest_name.setAccessibleName(self.tr("Navn på gjesten"))
        self.guest_role = QComboBox(self)
        self.guest_role.setAccessibleName(self.tr("Gjestens rolle"))
        for r in ROLES:
            self.guest_role.addItem(r.name, r.code)
        self.guest_role.setCurrentIndex(self.guest_role.findData(GUEST_ROLE))
        self.add_guest_button = QPushButton(self.tr("Legg til gjest"), self)
        self._members: tuple[int, ...] = ()
        self._build()
        self.add_guest_button.clicked.connect(self._on_add_guest_button_clicked)
        self.guest_name.returnPressed.connect(self._on_add_guest_button_clicked)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.count_label)
        layout.addLayout(self.member_area)
        layout.addWidget(self.labels.note(self.tr("Gjester, som ikke er med i laget:"), self))
        layout.addLayout(self.guest_area)
        add = QGridLayout()
        name_label = QLabel(self.tr("Gjest:"), self)
        name_label.setBuddy(self.guest_name)
        role_label = QLabel(self.tr("Rolle:"), self)
        role_label.setBuddy(self.guest_role)
        add.addWidget(name_label, 0, 0)
        add.addWidget(self.guest_name, 0, 1)
        add.addWidget(role_label, 1, 0)
        add.addWidget(self.guest_role, 1, 1)
        add.addWidget(self.add_guest_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        add.setColumnStretch(1, 1)
        layout.addLayout(add)

    # -- showing --------------------------------------------------------------------------

    def show_attendees(self, shown: Showing) -> None:
        past = shown.meeting.held and shown.meeting.meeting_on < shown.today
        self.heading.setText(self.tr("Hvem var med?") if past else self.tr("Hvem er med i dag?"))
        self.heading.setAccessibleName(self.heading.text())
        attendees = shown.meeting.attendees
        present = {a.member_id for a in attendees if a.member_id is not None}
        members = [m for m in shown.view.members if m.active or m.id in present]
        self._sync_boxes(members)
        for member in members:
            box = self.boxes[member.id]
            box.setText(person_label(member.name, member.role, shown.meeting_mode))
            box.setAccessibleName(box.text())
            with QSignalBlocker(box):
                box.setChecked(member.id in present)
        self._show_guests([a for a in attendees if a.member_id is None], shown.meeting_mode)
        self.count_label.setText(self._count_text(len(attendees), len(self.guest_rows)))

    def _count_text(self, count: int, guests: int) -> str:
        if guests == 0:
            return self.tr("{n} til stede.").format(n=count)
        if guests == 1:
            return self.tr("{n} til stede, én av dem gjest.").format(n=count)
        return self.tr("{n} til stede, {guests} av dem gjester.").format(n=count, guests=guests)

    def _sync_boxes(self, members: list[MemberInfo]) -> None:
        ids = tuple(m.id for m in members)
        if ids == self._members:
            return
        for box in self.boxes.values():
            self.member_area.removeWidget(box)
            box.hide()  # at once: it is deleted only when control returns to the event loop
            box.deleteLater()
        self.boxes.clear()
        for member in members:
            box = QCheckBox(self)
            box.toggled.connect(lambda on, mid=member.id: self.member_toggled.emit(mid, on))
            self.boxes[member.id] = box
            self.member_area.addWidget(box)
        self._members = ids

    def _show_guests(self, guests: list[AttendeeInfo], roles_only: bool) -> None:
        for row in self.guest_rows.values():
            self.guest_area.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.guest_rows.clear()
        for guest in guests:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(person_label(guest.name, guest.role, roles_only), row)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            remove = QPushButton(self.tr("Fjern"), row)
            remove.setAccessibleName(self.tr("Fjern {who}").format(who=label.text()))
            remove.clicked.connect(
                lambda _=False, aid=guest.id: self.guest_remove_requested.emit(aid)
            )
            line.addWidget(label, 1)
            line.addWidget(remove)
            self.guest_rows[guest.id] = row
            self.guest_area.addWidget(row)

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)
        side = round(theme.base_point_size * INDICATOR_SHARE)  # a box to see from the back
        self.setStyleSheet(f"QCheckBox::indicator {{ width: {side}px; height: {side}px; }}")

    def clear_guest(self) -> None:
        self.guest_name.clear()

    # -- events ---------------------------------------------------------------------------

    @Slot()
    def _on_add_guest_button_clicked(self) -> None:
        code = self.guest_role.currentData()
        self.guest_requested.emit(
            self.guest_name.text(), code if isinstance(code, str) else GUEST_ROLE
        )
