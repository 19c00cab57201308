"""The evaluation wizard (§7.7): the period and whose feedback was gathered, the five
questions word for word (one page each, answered per perspective with better / same /
worse beside the words), the evidence the program fills in, and the recommendation.

Drafts are kept: the whole draft is saved (one write) each time the user moves to another
page and when the wizard is closed half way, with the page to continue on. Reopening it
continues there. "Fullfør" saves and completes the evaluation as one undoable step; what
still stops it from being complete is named on the page in one sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from lagmote.db.evaluation_ops import save_draft, set_completed, start_evaluation
from lagmote.db.evaluation_queries import load_evidence_sources
from lagmote.db.store import Changes
from lagmote.errors import UserError
from lagmote.evaluation import QUESTION_NUMBERS, EvaluationsView
from lagmote.ui.context import YouthContext
from lagmote.ui.evaluation_evidence_page import EvidencePage
from lagmote.ui.evaluation_pages import PeriodPage, ProblemLabel, QuestionPage, RecommendationPage
from lagmote.ui.evaluation_state import WizardState
from lagmote.ui.failures import failure_text
from lagmote.ui.theme import Theme

EVIDENCE_PAGE = len(QUESTION_NUMBERS) + 1
RECOMMENDATION_PAGE = EVIDENCE_PAGE + 1
SIZE = (900, 720)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvaluationWizard", text)


class EvaluationWizard(QWizard):
    """The wizard for one youth's evaluation: a new one, or the draft it continues."""

    def __init__(
        self,
        context: YouthContext,
        view: EvaluationsView,
        concealing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.state = WizardState(view, context.today)
        self.completed = False
        self._resuming = False
        self.setWindowTitle(_tr("Jevnlig evaluering"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._texts()
        self.period_page = PeriodPage(self.state, self)
        self.question_pages = [QuestionPage(self.state, n, self) for n in QUESTION_NUMBERS]
        self.evidence_page = EvidencePage(
            self.state, lambda: load_evidence_sources(context.store, context.youth_id),
            concealing, self,
        )  # fmt: skip
        self.recommendation_page = RecommendationPage(self.state, self)
        pages = [self.period_page, *self.question_pages, self.evidence_page]
        for page_id, page in enumerate([*pages, self.recommendation_page]):
            self.setPage(page_id, page)
        self.resize(*SIZE)

    def _texts(self) -> None:
        button = QWizard.WizardButton
        self.setButtonText(button.NextButton, _tr("Neste"))
        self.setButtonText(button.BackButton, _tr("Tilbake"))
        self.setButtonText(button.FinishButton, _tr("Fullfør evalueringen"))
        self.setButtonText(button.CancelButton, _tr("Lukk (utkastet lagres)"))

    def set_theme(self, theme: Theme) -> None:
        self.evidence_page.set_theme(theme)

    def resume(self) -> None:
        """Go to the page the draft was left on, through the pages before it (so that Back
        works as if the user had walked there)."""
        self.restart()
        target = min(self.state.resume_page, RECOMMENDATION_PAGE)
        self._resuming = True  # nothing new to save on the way
        try:
            while self.currentId() < target:
                before = self.currentId()
                self.next()
                if self.currentId() == before:  # a page before it is not complete: stop
                    break
        finally:
            self._resuming = False

    # --- saving ----------------------------------------------------------------------------

    def save(self, resume_page: int) -> Changes | None:
        """Save the whole draft (made on the first save); UserError when it cannot be."""
        state = self.state
        if not state.dirty and (state.evaluation_id is None or resume_page == state.resume_page):
            return None  # nothing typed yet, or nothing new
        store, youth, today = self.context.store, self.context.youth_id, self.context.today
        if state.evaluation_id is None:
            created = start_evaluation(store, youth, state.period, today)
            state.evaluation_id = created.created_ids[0]
        changes = save_draft(
            store, youth, state.evaluation_id, state.period, state.answers_to_save(),
            state.recommendation, resume_page, today,
        )  # fmt: skip
        state.dirty, state.resume_page = False, resume_page
        self.context.editor.notify(changes)
        return changes

    def validateCurrentPage(self) -> bool:
        """Save before moving on; on the last page, complete. A refusal stays on the page."""
        if not super().validateCurrentPage():
            return False
        if self._resuming:
            return True
        current = self.currentId()
        try:
            if current == RECOMMENDATION_PAGE:
                self._complete()
            else:
                self.save(self.nextId())
        except UserError as error:
            self._problem(current).show_problem(str(error))
            return False
        return True

    def _complete(self) -> None:
        self.save(RECOMMENDATION_PAGE)
        assert self.state.evaluation_id is not None
        store, youth, evaluation_id = (
            self.context.store,
            self.context.youth_id,
            self.state.evaluation_id,
        )
        self.context.editor.apply(
            _tr("fullførte evalueringen"),
            lambda: set_completed(store, youth, evaluation_id, True),
            lambda: set_completed(store, youth, evaluation_id, False),
        )
        self.completed = True

    def _problem(self, page_id: int) -> ProblemLabel:
        page = self.page(page_id)
        found = getattr(page, "problem", None)
        return found if isinstance(found, ProblemLabel) else self.recommendation_page.problem

    def done(self, result: int) -> None:
        """Closing half way keeps the draft; if it cannot be saved, ask before losing it."""
        if result != QWizard.DialogCode.Accepted.value and not self.completed:
            try:
                self.save(max(self.currentId(), 0))
            except Exception as error:  # the last guard: never lose typing silently
                if not self._close_anyway(failure_text(error)):
                    return
        super().done(result)

    def _close_anyway(self, why: str) -> bool:
        answer = QMessageBox.question(
            self,
            _tr("Jevnlig evaluering"),
            _tr("Utkastet kunne ikke lagres: {why} Lukke likevel og miste det du skrev?").format(
                why=why
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close
