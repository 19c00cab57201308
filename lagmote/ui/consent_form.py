"""The form that registers a consent (§6): who gives it, to sharing with which roles (and in
the family's own words), what, in which form and from when.

It never writes: "Registrer samtykket" asks through ``add_requested`` and the page makes the
change; the form is emptied only when the page says the consent was saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lagmote.records import MemberInfo
from lagmote.standard import CONSENT_FORMS, ROLES, role
from lagmote.team import NO_CONSENT_NEEDED, ConsentFields
from lagmote.ui.plan_fields import ThemedLabels
from lagmote.ui.theme import Theme

# The roles a consent can give sharing with: every role but the family and the follow-up's
# own people (they need none). All of them, not only those on the team now: consent is
# collected at the start, often before the team is complete.
SHARED_ROLES = tuple(r for r in ROLES if r.code not in NO_CONSENT_NEEDED)
GIVER_ROLES = ("foresatt", "ungdommen", "annen")
CHECK_COLUMNS = 3
SCOPE_LINES = 3
SCOPE_MARGIN = 14  # the frame and the document margin around the lines


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ConsentForm(QFrame):
    """A new consent's fields and the button that registers it.

    Signals:
        add_requested(object): the :class:`ConsentFields` to register.
    """

    add_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.labels = ThemedLabels()
        self.given_by = QComboBox(self)
        self.given_by.setEditable(True)
        self.giver_role = QComboBox(self)
        for code in GIVER_ROLES:
            self.giver_role.addItem(role(code).name, code)
        self.checks = {r.code: QCheckBox(r.name, self) for r in SHARED_ROLES}
        self.shared_with = QLineEdit(self)
        self.scope = QPlainTextEdit(self)
        self.forms = QButtonGroup(self)
        self.form_buttons = {key: QRadioButton(name, self) for key, name in CONSENT_FORMS.items()}
        self.given_on = QDateEdit(self)
        self.note = QLineEdit(self)
        self.add_button = QPushButton(self.tr("Registrer samtykket"), self)
        self._family: dict[str, str] = {}
        self._build()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.given_by.currentTextChanged.connect(self._on_given_by_current_text_changed)

    def _build(self) -> None:
        self.given_by.setAccessibleName(self.tr("Hvem gir samtykket"))
        line = self.given_by.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Velg eller skriv navnet"))
        self.giver_role.setAccessibleName(self.tr("Rollen til den som samtykker"))
        self.shared_with.setMaxLength(300)
        self.shared_with.setPlaceholderText(self.tr("Med familiens egne ord, og andre enn rollene"))
        self.shared_with.setAccessibleName(self.tr("Kan deles med, med egne ord"))
        self.scope.setTabChangesFocus(True)
        self.scope.setAccessibleName(self.tr("Hvilken informasjon"))
        self.scope.setPlaceholderText(self.tr("Hvilken informasjon kan deles?"))
        self._fit_scope()
        for button in self.form_buttons.values():
            self.forms.addButton(button)
        self.form_buttons["skriftlig"].setChecked(True)
        self.given_on.setDisplayFormat("dd.MM.yyyy")
        self.given_on.setCalendarPopup(True)
        self.given_on.setAccessibleName(self.tr("Samtykket gjelder fra"))
        self.note.setAccessibleName(self.tr("Merknad"))
        self.note.setPlaceholderText(self.tr("For eksempel: forklart med tolk"))
        giver = QHBoxLayout()
        giver.addWidget(self.given_by, 2)
        giver.addWidget(self.giver_role, 1)
        forms = QHBoxLayout()
        for button in self.form_buttons.values():
            forms.addWidget(button)
        forms.addSpacing(16)
        forms.addWidget(self.given_on)
        forms.addStretch(1)
        fields = QFormLayout()
        fields.addRow(self.tr("Gitt av"), giver)
        fields.addRow(self.tr("Kan deles med"), self._checks_grid())
        fields.addRow(self.tr("Andre / egne ord"), self.shared_with)
        fields.addRow(self.tr("Hvilken informasjon"), self.scope)
        fields.addRow(self.tr("Form og dato"), forms)
        fields.addRow(self.tr("Merknad"), self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.labels.heading(self.tr("Nytt samtykke"), self))
        hint = self.tr(
            "Under 18 år samtykker foresatte, etter å ha hørt ungdommen. "
            "Samtykket kan trekkes tilbake når som helst, uten grunn. "
            "Rollene med fet skrift er i laget nå."
        )
        layout.addWidget(self.labels.note(hint, self))
        layout.addLayout(fields)
        layout.addLayout(buttons)

    def _checks_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.checks.values()):
            grid.addWidget(box, i // CHECK_COLUMNS, i % CHECK_COLUMNS)
        return grid

    # -- showing --------------------------------------------------------------------------

    def set_team(self, members: Sequence[MemberInfo]) -> None:
        """Offer the youth and the parents on the team as who gives the consent; mark the
        roles on the team now, so that they are easy to find."""
        self._family = {
            m.name: m.role for m in members if m.active and m.name and m.role in GIVER_ROLES
        }
        typed = self.given_by.currentText()
        self.given_by.blockSignals(True)
        self.given_by.clear()
        self.given_by.addItems(list(self._family))
        self.given_by.setEditText(typed)
        self.given_by.blockSignals(False)
        on_team = {m.role for m in members if m.active}
        for code, box in self.checks.items():
            font = box.font()
            font.setBold(code in on_team)
            box.setFont(font)
            box.setToolTip(self.tr("I laget nå") if code in on_team else "")

    def fields(self) -> ConsentFields:
        form = next((k for k, b in self.form_buttons.items() if b.isChecked()), "skriftlig")
        code = self.giver_role.currentData()
        return ConsentFields(
            given_by=self.given_by.currentText().strip(),
            given_by_role=code if isinstance(code, str) else "foresatt",
            shared_roles=frozenset(c for c, box in self.checks.items() if box.isChecked()),
            given_on=pydate(self.given_on.date()),
            shared_with=self.shared_with.text().strip(),
            scope=self.scope.toPlainText().strip(),
            form=form,
            note=self.note.text().strip(),
        )

    def clear(self, today: date) -> None:
        """Empty, for the next consent (after one was registered, or for another youth)."""
        self.given_by.setEditText("")
        self.giver_role.setCurrentIndex(0)
        for box in self.checks.values():
            box.setChecked(False)
        self.shared_with.clear()
        self.scope.clear()
        self.note.clear()
        self.form_buttons["skriftlig"].setChecked(True)
        self.given_on.setDate(qdate(today))

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_scope()

    def _fit_scope(self) -> None:
        metrics = self.scope.fontMetrics()
        self.scope.setFixedHeight(metrics.lineSpacing() * SCOPE_LINES + SCOPE_MARGIN)

    # -- events ---------------------------------------------------------------------------

    @Slot(str)
    def _on_given_by_current_text_changed(self, text: str) -> None:
        code = self._family.get(text.strip())
        if code is not None:
            self.giver_role.setCurrentIndex(max(0, self.giver_role.findData(code)))

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_requested.emit(self.fields())
