"""The first start: a short welcome in three steps.

1. Who you are (name, role, organisation): they stand on every row of the audit log.
2. The database: where the encrypted file will be; "Neste" creates it (asking for a
   passphrase where the computer has no keyring).
3. Where the key is kept, why a backup is useless without it, how backups are made, and
   whether to open the demo (one fictional youth) to get to know the program.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lagmote.db.urls import display_location
from lagmote.errors import UserError
from lagmote.profile import Profile, save_profile
from lagmote.ui.evaluation_pages import ProblemLabel
from lagmote.ui.failures import failure_text
from lagmote.ui.profile_fields import ProfileFields

if TYPE_CHECKING:
    from lagmote.db.engine import Database
    from lagmote.db.store import Store

SIZE = (720, 520)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


def _note(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class YouPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_tr("Velkommen til Lagmøte"))
        self.setSubTitle(
            _tr(
                "Lagmøte samler planen, uka og laget rundt én ungdom. Først: hvem er du? "
                "Navnet, rollen og virksomheten står i loggen over hvem som har lest sakene."
            )
        )
        self.fields = ProfileFields(self, Profile("", "oppfolger"), none_choice=False)
        self.name, self.role = self.fields.name, self.fields.role
        self.organisation = self.fields.organisation
        self.problem = ProblemLabel(self)
        form = QFormLayout(self)
        self.fields.add_to(form)
        form.addRow(self.problem)

    def validatePage(self) -> bool:
        profile = Profile(self.name.text(), str(self.role.currentData()), self.organisation.text())
        try:
            save_profile(profile)
        except UserError as error:
            self.problem.show_problem(str(error))
            return False
        return True


class DatabasePage(QWizardPage):
    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(_tr("Databasen"))
        self.where = _note(self)
        self.problem = ProblemLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.where.setText(
            _tr(
                "Sakene lagres kryptert, i én fil: {where}\n\n«Neste» lager databasen. "
                "Har maskinen ingen nøkkelring, velger du et passord."
            ).format(where=display_location(self.owner.target_text()))
        )

    def validatePage(self) -> bool:
        try:
            self.owner.open_database()
        except Exception as error:  # a refused passphrase, a full disk: say so, stay here
            self.problem.show_problem(failure_text(error))
            return False
        return True


class KeyPage(QWizardPage):
    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(_tr("Nøkkelen og sikkerhetskopier"))
        self.key = _note(self)
        self.backups = _note(self)
        self.demo = QCheckBox(_tr("Åpne &demodata: én fiktiv ungdom med lag, plan og uke"), self)
        self.demo.setChecked(True)
        layout = QVBoxLayout(self)
        for widget in (self.key, self.backups, self.demo):
            layout.addWidget(widget)
        layout.addStretch(1)

    def initializePage(self) -> None:
        from lagmote.db.backup import default_backup_folder

        database = self.owner.database
        keyring = database is not None and database.key_source == "keyring"
        self.key.setText(
            _tr(
                "Nøkkelen ligger i nøkkelringen på denne maskinen, ikke i filen. Uten den kan "
                "ingen åpne databasen, heller ikke en sikkerhetskopi. Skriv den ut og legg "
                "arket trygt: Fil → Gjenopprettingsnøkkel …"
            )
            if keyring
            else _tr(
                "Passordet du valgte, er nøkkelen. Det lagres ikke noe sted: skriv det ned og "
                "legg arket trygt. Uten det kan ingen åpne databasen, heller ikke en "
                "sikkerhetskopi."
            )
        )
        self.backups.setText(
            _tr(
                "Programmet tar en sikkerhetskopi hver dag i {folder} og beholder de sju "
                "siste. «lagmote backup» tar en når du vil."
            ).format(folder=default_backup_folder())
        )


class WelcomeWizard(QWizard):
    """The first start; after it, ``database`` and ``store`` are open (None if cancelled)."""

    def __init__(self, target: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.database: Database | None = None
        self.store: Store | None = None
        self.setWindowTitle(_tr("Lagmøte"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.you = YouPage(self)
        self.database_page = DatabasePage(self)
        self.key_page = KeyPage(self)
        for page in (self.you, self.database_page, self.key_page):
            self.addPage(page)
        button = QWizard.WizardButton
        self.setButtonText(button.NextButton, _tr("Neste"))
        self.setButtonText(button.BackButton, _tr("Tilbake"))
        self.setButtonText(button.FinishButton, _tr("Kom i gang"))
        self.setButtonText(button.CancelButton, _tr("Avbryt"))
        self.resize(*SIZE)

    def target_text(self) -> str:
        from lagmote.db.engine import default_target

        return self.target or default_target()

    def open_database(self) -> None:
        """Create (or open) the database once; going back and on again keeps it."""
        if self.store is not None:
            return
        from lagmote.ui.app import open_store

        self.database, self.store = open_store(self.target, interactive=True)

    def accept(self) -> None:
        if self.key_page.demo.isChecked() and self.store is not None:
            from lagmote.db.transfer import import_document
            from lagmote.demo import build_demo

            try:
                import_document(self.store, build_demo(date.today()), as_new=True)
            except UserError as error:
                self.key_page.backups.setText(failure_text(error))
                return
        super().accept()
