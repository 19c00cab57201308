"""The evaluation wizard (§7.7): the period and whose feedback was gathered, the five
questions word for word (one page each, answered per perspective with better / same /
worse beside the words), the evidence the program fills in, and the recommendation.

Drafts are kept: the whole draft is saved (one write) each time the user moves to another
page and when the wizard is closed half way, with the page to continue on. Reopening it
continues there. "Fullfør" saves and completes the evaluation as one undoable step; what
still stops it from being complete is named on the page in one sentence.

Each save passes the draft as this user's edit began (:attr:`WizardState.base`). When
someone else saved the same part (the period, the answers or the recommendation) meanwhile,
the user chooses in the :mod:`~lagmote.ui.conflict_dialog`: "Behold min" saves theirs over
it, "Se deres" shows what the other saved on the pages (the wizard stays on the page, so it
can be read before going on), and closing the dialog decides nothing: the typing stays, the
page says why it was not saved, and closing the wizard asks before anything is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from lagmote.db.conflicts import EditConflict
from lagmote.db.evaluation_ops import DraftFields, save_draft, set_completed, start_evaluation
from lagmote.db.evaluation_queries import load_evidence_sources
from lagmote.db.store import Changes
from lagmote.errors import UserError
from lagmote.evaluation import QUESTION_NUMBERS, EvaluationsView, RecommendationFields
from lagmote.ui import conflict_dialog
from lagmote.ui.context import YouthContext
from lagmote.ui.evaluation_evidence_page import EvidencePage
from lagmote.ui.evaluation_pages import (
    PeriodPage,
    ProblemLabel,
    QuestionPage,
    RecommendationPage,
    qdate,
)
from lagmote.ui.evaluation_state import WizardState, stored_form
from lagmote.ui.failures import failure_text
from lagmote.ui.theme import Theme

EVIDENCE_PAGE = len(QUESTION_NUMBERS) + 1
RECOMMENDATION_PAGE = EVIDENCE_PAGE + 1
SIZE = (900, 720)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvaluationWizard", text)


class TheirsShown(Exception):
    """The user chose to see what someone else saved over their own typing: nothing was
    saved, and the pages now show the other's draft (the wizard stays where it is)."""


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
        self._problems = {n: self._problem_label(n) for n in range(1, EVIDENCE_PAGE + 1)}
        self.currentIdChanged.connect(self._on_current_id_changed)
        self.resize(*SIZE)

    def _problem_label(self, page_id: int) -> ProblemLabel:
        """A problem line under a page that has none of its own (the questions, the
        evidence), so that a refused save is named where the user is."""
        page = self.page(page_id)
        label = ProblemLabel(page)
        layout = page.layout()
        assert layout is not None
        layout.addWidget(label)
        return label

    @Slot(int)
    def _on_current_id_changed(self, _page_id: int) -> None:
        self._clear_problems()

    def _clear_problems(self) -> None:
        for label in self._problems.values():
            label.clear()

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
        """Save the whole draft (made on the first save); UserError when it cannot be.

        A save over someone else's change of the same part is put to the user
        (:meth:`_settle`): :class:`TheirsShown` when they chose the other's version, and the
        conflict itself (a UserError) when they closed the dialog without choosing."""
        state = self.state
        if not state.dirty and (state.evaluation_id is None or resume_page == state.resume_page):
            return None  # nothing typed yet, or nothing new
        store, youth, today = self.context.store, self.context.youth_id, self.context.today
        if state.evaluation_id is None:
            created = start_evaluation(store, youth, state.period, today)
            state.evaluation_id = created.created_ids[0]
            state.base = stored_form(DraftFields.of(state.period, (), RecommendationFields()))
        fields = state.fields()
        try:
            changes = save_draft(
                store, youth, state.evaluation_id, fields.period, state.answers_to_save(),
                fields.recommendation, resume_page, today, state.base,
            )  # fmt: skip
        except EditConflict as conflict:
            return self._settle(conflict, resume_page)
        state.saved(fields, resume_page)
        self.context.editor.notify(changes)
        return changes

    def _settle(self, conflict: EditConflict[DraftFields], resume_page: int) -> Changes:
        """Let the user choose between their draft and what someone else saved meanwhile."""
        while True:
            choice = conflict_dialog.choose(self, conflict)
            if choice == conflict_dialog.THEIRS:
                self._show(conflict.theirs)
                raise TheirsShown()
            if choice != conflict_dialog.MINE:  # closed: the typing stays, nothing is saved
                raise conflict
            try:
                changes: Changes = conflict.save(conflict.mine)
            except EditConflict as again:  # a third save came in between: ask again
                conflict = again
                continue
            if conflict.mine != self.state.fields():
                self._show(conflict.mine)  # the parts only they changed, as now stored
            self.state.saved(conflict.mine, resume_page)
            self.context.editor.notify(changes)
            return changes

    def _show(self, fields: DraftFields) -> None:
        """Hold ``fields`` instead of what was typed, and show them on every page built."""
        period, rec = fields.period, fields.recommendation
        page = self.period_page
        page.evaluated_on.setDate(qdate(period.evaluated_on))
        page.period_start.setDate(qdate(period.period_start or period.evaluated_on))
        page.period_end.setDate(qdate(period.period_end or period.evaluated_on))
        page.participants.setPlainText(period.participants)
        for code, check in page.checks.items():
            check.setChecked(code in period.perspectives)
        last = self.recommendation_page
        last.group.setExclusive(False)  # so that no choice at all can be shown too
        for code, button in last.buttons.items():
            button.setChecked(rec.recommendation == code)
        last.group.setExclusive(True)
        last.reasons.setPlainText(rec.reasons)
        if rec.next_evaluation_on is not None:
            last.next_on.setDate(qdate(rec.next_evaluation_on))
        last.note.setPlainText(rec.disagreement_note)
        self.state.take(fields)  # the pages wrote each step into the state: hold them whole
        self._clear_problems()
        visited = set(self.visitedIds())
        for page_id in visited:
            if page_id in QUESTION_NUMBERS:
                self.question_pages[page_id - 1].initializePage()
        if EVIDENCE_PAGE in visited:
            self.evidence_page.initializePage()
        last.initializePage()

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
        except TheirsShown:
            return False  # stay, so that what the other saved is read before going on
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
        if page_id in self._problems:
            return self._problems[page_id]
        page = self.page(page_id)
        found = getattr(page, "problem", None)
        return found if isinstance(found, ProblemLabel) else self.recommendation_page.problem

    def done(self, result: int) -> None:
        """Closing half way keeps the draft; if it cannot be saved, ask before losing it."""
        if result != QWizard.DialogCode.Accepted.value and not self.completed:
            try:
                self.save(max(self.currentId(), 0))
            except TheirsShown:
                pass  # the user chose what the other saved: their own typing is let go
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
