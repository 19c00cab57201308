"""Avslutning: the flow that closes a follow-up well, in three pages.

1. Why, and from which day.
2. The handover: which services follow up, who is the contact, and the vulnerable
   transitions the standard names (a new school, turning 18 or 19, other measures), with
   how the team meets them. Birthdays within a year are ticked in advance.
3. A closing summary, then "Avslutt oppfølgingen": one undoable step. The case leaves the
   active list and stays readable in the archive.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lagmote.closing import (
    CLOSING_REASONS,
    TRANSITIONS,
    ClosingFields,
    check_closing,
    suggested_transitions,
)
from lagmote.db.closing_ops import close_case, undo_close
from lagmote.errors import UserError
from lagmote.evaluation import EvaluationsView
from lagmote.ui.context import YouthContext
from lagmote.ui.evaluation_pages import ProblemLabel, date_edit, pydate, text_field
from lagmote.ui.plan_fields import plain_label
from lagmote.ui.undo import creation

SIZE = (820, 640)
MAX_SHORT = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClosingWizard", text)


def _line(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(MAX_SHORT)
    edit.setAccessibleName(name)
    return edit


class ReasonPage(QWizardPage):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_tr("Steg 1 av 3: Hvorfor avsluttes oppfølgingen?"))
        self.closed_on = date_edit(self, today, _tr("Avsluttes fra"))
        self.group = QButtonGroup(self)
        self.buttons = {code: QRadioButton(word, self) for code, word in CLOSING_REASONS.items()}
        self.reason_text = text_field(self, "", _tr("Grunnen med egne ord"), 2)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(_tr("Avsluttes fra"), self.closed_on)
        layout.addLayout(form)
        for button in self.buttons.values():
            self.group.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(self.completeChanged)
        layout.addWidget(plain_label(self, _tr("Med egne ord (må fylles ut ved «Annet»):")))
        layout.addWidget(self.reason_text)
        layout.addStretch(1)

    def reason(self) -> str:
        return next((c for c, b in self.buttons.items() if b.isChecked()), "")

    def isComplete(self) -> bool:
        return bool(self.reason())


class HandoverPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_tr("Steg 2 av 3: Overføring og overganger"))
        self.setSubTitle(
            _tr(
                "Hvem følger opp videre, og hvem er kontaktperson? Overganger er sårbare: "
                "kryss av for de som kommer, og skriv hvordan laget følger dem opp."
            )
        )
        self.handover = text_field(self, "", _tr("Hvem følger opp videre"), 3)
        self.handover.setPlaceholderText(_tr("Tjenestene som følger opp, eller at ingen gjør det"))
        self.contact_name = _line(self, _tr("Kontaktperson"))
        self.contact_service = _line(self, _tr("Tjeneste"))
        self.contact_phone = _line(self, _tr("Telefon"))
        self.checks = {code: QCheckBox(word, self) for code, word in TRANSITIONS.items()}
        self.transitions_note = text_field(self, "", _tr("Hvordan overgangene følges opp"), 3)
        form = QFormLayout(self)
        form.addRow(_tr("Følges opp videre av"), self.handover)
        form.addRow(_tr("Kontaktperson"), self.contact_name)
        form.addRow(_tr("Tjeneste"), self.contact_service)
        form.addRow(_tr("Telefon"), self.contact_phone)
        checks = QVBoxLayout()
        for check in self.checks.values():
            checks.addWidget(check)
        form.addRow(_tr("Overganger"), checks)
        form.addRow(_tr("Slik følges de opp"), self.transitions_note)

    def tick(self, codes: tuple[str, ...]) -> None:
        for code in codes:
            self.checks[code].setChecked(True)


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_tr("Steg 3 av 3: Oppsummering"))
        self.setSubTitle(
            _tr(
                "Skriv kort hva oppfølgingen har ført til. Saken forsvinner fra listen over "
                "aktive ungdommer, men kan leses i arkivet, og ingenting slettes."
            )
        )
        self.summary = text_field(self, "", _tr("Oppsummering"), 8)
        self.problem = ProblemLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addStretch(1)


class ClosingWizard(QWizard):
    """Closing one youth's follow-up; "Avslutt oppfølgingen" makes it one undoable step."""

    def __init__(
        self, context: YouthContext, view: EvaluationsView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        latest = view.latest
        ending = latest is not None and latest.recommendation.recommendation == "avsluttes"
        self.evaluation_id = latest.id if latest is not None and ending else None
        self.closed = False
        self.setWindowTitle(_tr("Avslutning av oppfølgingen"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.reason_page = ReasonPage(context.today, self)
        self.handover_page = HandoverPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.reason_page, self.handover_page, self.summary_page):
            self.addPage(page)
        self.handover_page.tick(suggested_transitions(view.birth_date, context.today))
        self.reason_page.closed_on.dateChanged.connect(self._on_closed_on_changed)
        self._birth_date = view.birth_date
        self._texts()
        self.resize(*SIZE)

    def _texts(self) -> None:
        button = QWizard.WizardButton
        self.setButtonText(button.NextButton, _tr("Neste"))
        self.setButtonText(button.BackButton, _tr("Tilbake"))
        self.setButtonText(button.FinishButton, _tr("Avslutt oppfølgingen"))
        self.setButtonText(button.CancelButton, _tr("Avbryt"))

    @Slot()
    def _on_closed_on_changed(self) -> None:
        self.handover_page.tick(suggested_transitions(self._birth_date, self.fields().closed_on))

    def fields(self) -> ClosingFields:
        r, h = self.reason_page, self.handover_page
        return ClosingFields(
            closed_on=pydate(r.closed_on.date()),
            reason=r.reason(),
            reason_text=r.reason_text.toPlainText(),
            handover=h.handover.toPlainText(),
            contact_name=h.contact_name.text(),
            contact_service=h.contact_service.text(),
            contact_phone=h.contact_phone.text(),
            transitions=tuple(c for c, check in h.checks.items() if check.isChecked()),
            transitions_note=h.transitions_note.toPlainText(),
            summary=self.summary_page.summary.toPlainText(),
            evaluation_id=self.evaluation_id,
        )

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.summary_page:
            return super().validateCurrentPage()
        try:
            self._close()
        except UserError as error:
            self.summary_page.problem.show_problem(str(error))
            return False
        return True

    def _close(self) -> None:
        fields = self.fields()
        check_closing(fields, self.context.today)
        store, youth, today = self.context.store, self.context.youth_id, self.context.today
        redo, undo = creation(
            lambda closing_id: close_case(store, youth, fields, today, closing_id),
            lambda closing_id: undo_close(store, youth, closing_id),
        )
        self.context.editor.apply(_tr("avsluttet oppfølgingen"), redo, undo)
        self.closed = True
