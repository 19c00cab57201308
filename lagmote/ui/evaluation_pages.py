"""The pages of the evaluation wizard that the team fills in: the period and who gave
feedback, the five questions (one page each), and the recommendation.

Each page writes what is typed into the wizard's :class:`WizardState` as it is typed; the
wizard saves the whole draft when the user moves on or closes it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lagmote.evaluation import (
    AnswerInfo,
    PeriodFields,
    RecommendationFields,
    disagreements,
    propose_next,
)
from lagmote.standard import EVALUATION_PERSPECTIVES, EVALUATION_QUESTIONS, JUDGEMENTS
from lagmote.standard import RECOMMENDATIONS as RECOMMENDATION_WORDS
from lagmote.ui.evaluation_state import WizardState
from lagmote.ui.plan_fields import plain_label
from lagmote.ui.theme import DARK_BLUE, YELLOW

NOT_JUDGED = "ikke_vurdert"
TEXT_LINES = 3
PAGE_COUNT = 8  # period, five questions, evidence, recommendation


def step_title(number: int, title: str) -> str:
    """E.g. "Steg 2 av 8: Spørsmål 1 av 5", so the user always knows how far there is."""
    return _tr("Steg {n} av {total}: {title}").format(n=number, total=PAGE_COUNT, title=title)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvaluationWizard", text)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(parent: QWidget, day: date, name: str) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return edit


def text_field(parent: QWidget, text: str, name: str, lines: int = TEXT_LINES) -> QPlainTextEdit:
    field = QPlainTextEdit(text, parent)
    field.setTabChangesFocus(True)
    field.setAccessibleName(name)
    height = field.fontMetrics().lineSpacing() * lines + 16
    field.setFixedHeight(height)  # longer text scrolls; the page stays one look
    return field


def scrolling(page: QWizardPage, content: QWidget) -> QVBoxLayout:
    """Put ``content`` in a scroll area filling ``page``; return the content's layout."""
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return QVBoxLayout(content)


class ProblemLabel(QLabel):
    """What stops the wizard going on, in one sentence, with a ⚠ so it never rests on colour."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(_tr("Problem"))
        self.hide()

    def show_problem(self, text: str) -> None:
        self.setText(f"⚠ {text}")
        self.setStyleSheet(f"background: {YELLOW}; color: {DARK_BLUE}; padding: 6px;")
        self.show()

    def clear(self) -> None:
        self.setText("")
        self.hide()


# --- 1: period and participants -------------------------------------------------------------


class PeriodPage(QWizardPage):
    """When, which period, who took part, and whose feedback was gathered."""

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(step_title(1, _tr("Periode og deltakere")))
        self.setSubTitle(
            _tr(
                "Evalueringen bygger på tilbakemeldinger fra ungdommen, foresatte, "
                "fagansvarlig, én-til-én-oppfølger og samarbeidspartnere. Fagansvarlig har "
                "ansvar for at den blir gjort (§7.7)."
            )
        )
        period = state.period
        start = period.period_start or period.evaluated_on
        self.evaluated_on = date_edit(self, period.evaluated_on, _tr("Dato for evalueringen"))
        self.period_start = date_edit(self, start, _tr("Perioden fra"))
        self.period_end = date_edit(
            self, period.period_end or period.evaluated_on, _tr("Perioden til")
        )
        self.participants = text_field(self, period.participants, _tr("Hvem var med"), 2)
        self.participants.setPlaceholderText(_tr("For eksempel: Emil, mor, oppfølgeren"))
        self.checks = {
            code: QCheckBox(name, self) for code, name in EVALUATION_PERSPECTIVES.items()
        }
        for code, check in self.checks.items():
            check.setChecked(code in period.perspectives)
        self.problem = ProblemLabel(self)
        self._build()
        self._connect()

    def _build(self) -> None:
        dates = QHBoxLayout()
        dates.addWidget(self.period_start)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.period_end)
        dates.addStretch(1)
        checks = QVBoxLayout()
        for check in self.checks.values():
            checks.addWidget(check)
        form = QFormLayout(self)
        form.addRow(_tr("Dato for evalueringen"), self.evaluated_on)
        form.addRow(_tr("Perioden som evalueres"), dates)
        form.addRow(_tr("Hvem var med"), self.participants)
        form.addRow(_tr("Tilbakemelding fra"), checks)
        form.addRow(self.problem)

    def _connect(self) -> None:
        for edit in (self.evaluated_on, self.period_start, self.period_end):
            edit.dateChanged.connect(self._on_changed)
        self.participants.textChanged.connect(self._on_changed)
        for check in self.checks.values():
            check.toggled.connect(self._on_changed)

    @Slot()
    def _on_changed(self) -> None:
        self.state.set_period(self.fields())
        self.problem.clear()
        self.completeChanged.emit()

    def fields(self) -> PeriodFields:
        return PeriodFields(
            evaluated_on=pydate(self.evaluated_on.date()),
            period_start=pydate(self.period_start.date()),
            period_end=pydate(self.period_end.date()),
            participants=self.participants.toPlainText(),
            perspectives=tuple(c for c, check in self.checks.items() if check.isChecked()),
        )

    def isComplete(self) -> bool:
        return any(check.isChecked() for check in self.checks.values())


# --- 2–6: the five questions --------------------------------------------------------------------


class AnswerRow(QFrame):
    """One perspective's answer: the words, and better / same / worse / not judged."""

    def __init__(self, answer: AnswerInfo, parent: QWidget) -> None:
        super().__init__(parent)
        self.question, self.perspective = answer.question, answer.perspective
        name = EVALUATION_PERSPECTIVES[answer.perspective]
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(f"<b>{name}</b>", self)
        self.text = text_field(self, answer.text, _tr("Svar fra {who}").format(who=name))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        choices = {**JUDGEMENTS, NOT_JUDGED: _tr("Ikke vurdert")}
        row = QHBoxLayout()
        row.addWidget(plain_label(self, _tr("Vurdering:")))
        for code, word in choices.items():
            button = QRadioButton(word, self)
            button.setAccessibleName(f"{name}: {word}")
            self.group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons[answer.judgement or NOT_JUDGED].setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(row)

    def answer(self) -> AnswerInfo:
        checked = next(c for c, b in self.buttons.items() if b.isChecked())
        judgement = None if checked == NOT_JUDGED else checked
        return AnswerInfo(self.question, self.perspective, self.text.toPlainText(), judgement)


class QuestionPage(QWizardPage):
    """One of the five questions, word for word, answered per gathered perspective."""

    def __init__(self, state: WizardState, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.number = state, number
        total = len(EVALUATION_QUESTIONS)
        self.setTitle(
            step_title(number + 1, _tr("Spørsmål {n} av {total}").format(n=number, total=total))
        )
        self.question = plain_label(self, EVALUATION_QUESTIONS[number - 1])
        self.question.setAccessibleName(self.question.text())
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.question.setFont(font)
        self.rows: list[AnswerRow] = []
        self.disagreement = plain_label(self)
        self.disagreement.setAccessibleName(_tr("Uenighet"))
        self._content = QWidget(self)
        self._layout = scrolling(self, self._content)

    def initializePage(self) -> None:
        """(Re)build the rows for the perspectives gathered now; typed text is kept."""
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = [
            AnswerRow(self.state.answer(self.number, code), self._content)
            for code in self.state.period.perspectives
        ]
        while self._layout.count():
            self._layout.takeAt(0)
        self._layout.addWidget(self.question)
        for row in self.rows:
            self._layout.addWidget(row)
            row.text.textChanged.connect(self._on_changed)
            row.group.buttonToggled.connect(self._on_changed)
        self._layout.addWidget(self.disagreement)
        self._layout.addStretch(1)
        self._show_disagreement()

    @Slot()
    def _on_changed(self) -> None:
        for row in self.rows:
            self.state.set_answer(row.answer())
        self._show_disagreement()

    def _show_disagreement(self) -> None:
        found = [d for d in disagreements(self.state.info()) if d.question == self.number]
        self.disagreement.setVisible(bool(found))
        if found:
            self.disagreement.setText(
                "⚠ "
                + _tr("Perspektivene vurderer dette ulikt. Det tas vare på slik, uten snitt.")
                + "\n"
                + found[0].sentence
            )


# --- 8: the recommendation ----------------------------------------------------------------------


class RecommendationPage(QWizardPage):
    """Ends or goes on, why, when the next evaluation is, and how disagreement was weighed."""

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(step_title(PAGE_COUNT, _tr("Anbefaling")))
        self.setSubTitle(_tr("Skal oppfølgingen avsluttes eller videreføres? Skriv hvorfor."))
        rec = state.recommendation
        self.group = QButtonGroup(self)
        self.buttons = {
            code: QRadioButton(word, self) for code, word in RECOMMENDATION_WORDS.items()
        }
        for code, button in self.buttons.items():
            self.group.addButton(button)
            button.setChecked(rec.recommendation == code)
        self.reasons = text_field(self, rec.reasons, _tr("Begrunnelse"), 4)
        proposed = rec.next_evaluation_on or propose_next(
            state.period.evaluated_on, state.interval_months
        )
        self.next_on = date_edit(self, proposed, _tr("Neste evaluering"))
        self.disagreements = plain_label(self)
        self.note = text_field(
            self, rec.disagreement_note, _tr("Hvordan laget vurderer uenigheten")
        )
        self.problem = ProblemLabel(self)
        self._content = QWidget(self)
        self._build()
        self._connect()

    def _build(self) -> None:
        layout = scrolling(self, self._content)
        for button in self.buttons.values():
            button.setParent(self._content)
            layout.addWidget(button)
        form = QFormLayout()
        form.addRow(_tr("Begrunnelse"), self.reasons)
        form.addRow(_tr("Neste evaluering"), self.next_on)
        form.addRow(self.disagreements)
        form.addRow(_tr("Uenighet"), self.note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.group.buttonToggled.connect(self._on_changed)
        self.reasons.textChanged.connect(self._on_changed)
        self.next_on.dateChanged.connect(self._on_changed)
        self.note.textChanged.connect(self._on_changed)

    def initializePage(self) -> None:
        found = disagreements(self.state.info())
        if found:
            lines = [_tr("Perspektivene er uenige om:")] + [d.sentence for d in found]
            self.disagreements.setText("\n".join(lines))
        else:
            self.disagreements.setText(_tr("Perspektivene er enige, eller har ikke vurdert."))
        self.note.setEnabled(bool(found) or bool(self.note.toPlainText()))
        self._sync()

    @Slot()
    def _on_changed(self) -> None:
        self.problem.clear()
        self._sync()
        self.state.set_recommendation(self.fields())

    def _sync(self) -> None:
        self.next_on.setEnabled(self.buttons["viderefores"].isChecked())

    def fields(self) -> RecommendationFields:
        code = next((c for c, b in self.buttons.items() if b.isChecked()), None)
        going_on = code == "viderefores"
        return RecommendationFields(
            recommendation=code,
            reasons=self.reasons.toPlainText(),
            next_evaluation_on=pydate(self.next_on.date()) if going_on else None,
            disagreement_note=self.note.toPlainText(),
        )
