"""The user's name, role and organisation as form fields, shared by the first-start welcome
and the settings dialog (they stand on every audit row, :mod:`lagmote.profile`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from lagmote.profile import MAX_CHARS, Profile
from lagmote.standard import ROLES

WORKER_ROLES = tuple(r for r in ROLES if r.code not in ("ungdommen", "foresatt"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfileFields", text)


class ProfileFields:
    """Three fields filled from ``current``; ``none_choice``: a role may be left unchosen."""

    def __init__(self, parent: QWidget, current: Profile, none_choice: bool = True) -> None:
        self.name = QLineEdit(current.name, parent)
        self.role = QComboBox(parent)
        if none_choice:
            self.role.addItem(_tr("(ikke valgt)"), "")
        for role in WORKER_ROLES:
            self.role.addItem(role.name, role.code)
        self.role.setCurrentIndex(max(self.role.findData(current.role), 0))
        self.organisation = QLineEdit(current.organisation, parent)
        self.organisation.setPlaceholderText(_tr("For eksempel: Bydel Grorud"))
        for edit in (self.name, self.organisation):
            edit.setMaxLength(MAX_CHARS)

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(_tr("&Navn"), self.name)
        form.addRow(_tr("&Rolle"), self.role)
        form.addRow(_tr("&Virksomhet"), self.organisation)

    def profile(self) -> Profile:
        return Profile(self.name.text(), str(self.role.currentData()), self.organisation.text())
