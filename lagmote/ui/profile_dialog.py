"""«Hvem er du?»: the user's name, role and organisation, asked at first start and changed
from the File menu. They stand on every row of the audit log, which the youth may read."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lagmote.errors import UserError
from lagmote.profile import MAX_CHARS, Profile, load_profile, save_profile
from lagmote.standard import ROLES

WORKER_ROLES = tuple(r for r in ROLES if r.code not in ("ungdommen", "foresatt"))


class ProfileDialog(QDialog):
    """Name, role and organisation; "Lagre" saves them, and a refusal is named here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hvem er du?"))
        current = load_profile() or Profile("")
        self.name = QLineEdit(current.name, self)
        self.role = QComboBox(self)
        self.role.addItem(self.tr("(ikke valgt)"), "")
        for role in WORKER_ROLES:
            self.role.addItem(role.name, role.code)
        self.role.setCurrentIndex(max(self.role.findData(current.role), 0))
        self.organisation = QLineEdit(current.organisation, self)
        for edit in (self.name, self.organisation):
            edit.setMaxLength(MAX_CHARS)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._build()

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Navnet ditt, rollen og virksomheten står i loggen over hvem som har lest og "
                "endret sakene. Ungdommen har rett til å se den."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Navn"), self.name)
        form.addRow(self.tr("&Rolle"), self.role)
        form.addRow(self.tr("&Virksomhet"), self.organisation)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def profile(self) -> Profile:
        return Profile(self.name.text(), str(self.role.currentData()), self.organisation.text())

    def save(self) -> None:
        try:
            save_profile(self.profile())
        except UserError as error:
            self.problem.setText(f"⚠ {error}")
            return
        self.accept()
