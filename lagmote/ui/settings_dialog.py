"""«Innstillinger»: every setting in one place (:mod:`lagmote.preferences`).

Three groups, by who they belong to: you (name, role, organisation: on every audit row),
this computer (language, data folder, database), and everyone using this database (idle
minutes before the window locks, months between evaluations). "Lagre" checks everything
first and saves nothing if one value is refused; the refusal is named in the dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lagmote.db.settings import AUTO_LOCK, EVALUATION_INTERVAL, load_number, set_number
from lagmote.db.store import Store
from lagmote.errors import UserError
from lagmote.preferences import LANGUAGES, Preferences, load_preferences, save_preferences
from lagmote.profile import Profile, check_profile, load_profile, save_profile
from lagmote.ui.profile_fields import ProfileFields

MIN_WIDTH = 560


def _spin(setting_low: int, setting_high: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(setting_low, setting_high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


class SettingsDialog(QDialog):
    """Edit every setting; ``store`` None: the database's settings are not shown."""

    def __init__(self, store: Store | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Innstillinger"))
        self.setMinimumWidth(MIN_WIDTH)
        profile, prefs = load_profile() or Profile(""), load_preferences()
        self.you = ProfileFields(self, profile)
        self.name, self.role, self.organisation = (
            self.you.name,
            self.you.role,
            self.you.organisation,
        )
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))
        self.data_folder = QLineEdit(prefs.data_folder, self)
        self.data_folder.setPlaceholderText(self.tr("Standard for maskinen"))
        self.database = QLineEdit(prefs.database, self)
        self.database.setPlaceholderText(self.tr("Den krypterte filen i datamappen"))
        self.lock_minutes = self.evaluation_months = None
        if store is not None:
            self.lock_minutes = _spin(
                AUTO_LOCK.lowest,
                AUTO_LOCK.highest,
                load_number(store, AUTO_LOCK),
                self.tr(" minutter"),
            )
            self.evaluation_months = _spin(
                EVALUATION_INTERVAL.lowest, EVALUATION_INTERVAL.highest,
                load_number(store, EVALUATION_INTERVAL), self.tr(" måneder"),
            )  # fmt: skip
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._build()

    def _build(self) -> None:
        you = QFormLayout()
        self.you.add_to(you)
        machine = QFormLayout()
        machine.addRow(self.tr("&Språk (fra neste start)"), self.language)
        machine.addRow(self.tr("&Datamappe"), self.data_folder)
        machine.addRow(self.tr("Data&base"), self.database)
        layout = QVBoxLayout(self)
        layout.addWidget(self._group(self.tr("Deg (står i loggen over hvem som har lest)"), you))
        layout.addWidget(self._group(self.tr("Denne maskinen"), machine))
        if self.lock_minutes is not None and self.evaluation_months is not None:
            shared = QFormLayout()
            shared.addRow(self.tr("&Lås vinduet etter"), self.lock_minutes)
            shared.addRow(self.tr("&Evaluering minst hver"), self.evaluation_months)
            layout.addWidget(self._group(self.tr("Alle som bruker denne databasen"), shared))
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _group(self, title: str, form: QFormLayout) -> QGroupBox:
        box = QGroupBox(title, self)
        box.setLayout(form)
        return box

    def profile(self) -> Profile:
        return self.you.profile()

    def preferences(self) -> Preferences:
        return Preferences(
            str(self.language.currentData()), self.data_folder.text(), self.database.text()
        )

    def save(self) -> None:
        """Check everything, then save everything; a refusal is named and nothing saved."""
        profile, prefs = self.profile(), self.preferences()
        try:
            check_profile(profile)
            prefs.check()
            save_profile(profile)
            save_preferences(prefs)
            self._save_shared()
        except UserError as error:
            self.problem.setText(f"⚠ {error}")
            return
        self.accept()

    def _save_shared(self) -> None:
        if self.store is None or self.lock_minutes is None or self.evaluation_months is None:
            return
        set_number(self.store, AUTO_LOCK, self.lock_minutes.value())
        set_number(self.store, EVALUATION_INTERVAL, self.evaluation_months.value())
