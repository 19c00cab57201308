"""The Evaluering page (§7.7): when the next evaluation is due, every evaluation so far, the
wizard to write a new one (or continue the draft), and the closing of the follow-up.

The interval between evaluations is a district-wide setting kept in the database; changing
it here is one undoable, audit-logged step. In meeting mode the answers are not shown (they
may speak of crime and health); the dates, the recommendation and its reasons are.

It has no signals of its own: every change goes through the context's editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagmote.db.evaluation_queries import load_evaluations
from lagmote.db.store import Changes
from lagmote.evaluation import (
    MAX_INTERVAL_MONTHS,
    MIN_INTERVAL_MONTHS,
    EvaluationsView,
)
from lagmote.ui.context import YouthContext, touches
from lagmote.ui.evaluation_page_changes import EvaluationPageChanges
from lagmote.ui.evaluation_shown import EvaluationTableModel, closing_text, evaluation_text
from lagmote.ui.page_changes import read_shown, read_youth, scrolled_page
from lagmote.ui.plan_fields import MessageBar, ThemedLabels, plain_label
from lagmote.ui.theme import NORMAL, YELLOW, Theme

if TYPE_CHECKING:
    from lagmote.ui.closing_wizard import ClosingWizard
    from lagmote.ui.evaluation_wizard import EvaluationWizard

_MEETING = "meeting"


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvaluationPage", text)


class EvaluationPage(EvaluationPageChanges, QWidget):
    """Evaluations and the closing of one youth's follow-up."""

    shows = frozenset({"evaluation", "evaluation_answer", "closing", "setting", "step", "youth"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: YouthContext | None = None
        self._view: EvaluationsView | None = None
        self._theme = NORMAL
        self.labels = ThemedLabels()
        self.message = MessageBar(self)
        content = QWidget(self)
        self.due = plain_label(content)
        self.due.setAccessibleName(_tr("Frist for evaluering"))
        self.interval = QSpinBox(content)
        self.interval.setRange(MIN_INTERVAL_MONTHS, MAX_INTERVAL_MONTHS)
        self.interval.setSuffix(_tr(" måneder"))
        self.interval.setAccessibleName(_tr("Evaluering minst hver"))
        self.open_button = QPushButton(_tr("Ny evaluering …"), content)
        self.delete_button = QPushButton(_tr("Slett utkastet"), content)
        self.reopen_eval_button = QPushButton(_tr("Åpne som utkast"), content)
        self.pdf_button = QPushButton(_tr("Lagre som PDF …"), content)
        self.pdf_button.setToolTip(_tr("Den siste fullførte evalueringen, til laget"))
        self.table_model = EvaluationTableModel(self)
        self.table = QTableView(content)
        self.detail = QPlainTextEdit(content)
        self.closing = plain_label(content)
        self.close_button = QPushButton(_tr("Avslutt oppfølgingen …"), content)
        self.reopen_button = QPushButton(_tr("Gjenåpne oppfølgingen"), content)
        self.erase_button = QPushButton(_tr("Arkiver og slett saken …"), content)
        self.erase_button.setToolTip(
            _tr("Skriver saken (JSON) og hele planen (PDF) i en mappe, og sletter den så")
        )
        self._build(content)
        self._connect()
        self.setEnabled(False)

    def _build(self, content: QWidget) -> None:
        layout = QVBoxLayout(content)
        layout.addWidget(self.labels.heading(_tr("Jevnlig evaluering"), content, "title"))
        layout.addWidget(self.due)
        row = QHBoxLayout()
        every = plain_label(content, _tr("Evaluering minst hver"))
        every.setWordWrap(False)
        row.addWidget(every)
        row.addWidget(self.interval)
        note = _tr("(gjelder alle ungdommer i databasen)")
        row.addWidget(self.labels.note(note, content), 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        for button in (
            self.open_button,
            self.delete_button,
            self.reopen_eval_button,
            self.pdf_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._build_table()
        layout.addWidget(self.table)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(_tr("Evalueringen"))
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.labels.heading(_tr("Avslutning"), content))
        layout.addWidget(self.closing)
        closing_buttons = QHBoxLayout()
        closing_buttons.addWidget(self.close_button)
        closing_buttons.addWidget(self.reopen_button)
        closing_buttons.addWidget(self.erase_button)
        closing_buttons.addStretch(1)
        layout.addLayout(closing_buttons)
        scrolled_page(self, self.message, QScrollArea(self), content)

    def _build_table(self) -> None:
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(_tr("Evalueringer"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(self.table.fontMetrics().height() * 9)

    def _connect(self) -> None:
        self.open_button.clicked.connect(self.open_wizard)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.reopen_eval_button.clicked.connect(self._on_reopen_eval_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.interval.editingFinished.connect(self._on_interval_editing_finished)
        self.close_button.clicked.connect(self.open_closing)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)

    # -- the Page protocol ----------------------------------------------------------------

    def show_youth(self, context: YouthContext) -> None:
        read = read_youth(
            self.message,
            lambda: load_evaluations(context.store, context.youth_id),
            _tr("Evalueringene kan ikke vises: {error}"),
        )
        if read is None:
            self._context, self._view = None, None
            self.setEnabled(False)
            return
        self._context = context
        self.setEnabled(True)
        self.message.hide_message()
        self._show(read)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.labels.set_theme(theme)
        self.message.set_theme(theme)
        if self._view is not None:
            self._show(self._view)

    def apply_changes(self, changes: Changes) -> None:
        context = self._context
        if context is None or not touches(context, changes, self.shows):
            return
        read = read_shown(self.message, lambda: load_evaluations(context.store, context.youth_id))
        if read is not None:
            self._show(read)

    @property
    def meeting_mode(self) -> bool:
        return self._theme.name == _MEETING

    # -- showing ----------------------------------------------------------------------------

    def _show(self, view: EvaluationsView) -> None:
        self._view = view
        today = self._today()
        overdue = view.overdue(today)
        self.due.setText(view.due_sentence(today))
        self.due.setStyleSheet(f"background: {YELLOW}; padding: 4px;" if overdue else "")
        self.interval.blockSignals(True)
        self.interval.setValue(view.interval_months)
        self.interval.blockSignals(False)
        self.open_button.setText(
            _tr("Fortsett utkastet …") if view.draft is not None else _tr("Ny evaluering …")
        )
        self.delete_button.setEnabled(view.draft is not None)
        self.open_button.setEnabled(view.active or view.draft is not None)
        self.pdf_button.setEnabled(view.latest is not None)
        self.table_model.set_rows(tuple(reversed(view.evaluations)))
        if view.evaluations:
            self.table.selectRow(0)
        self._show_detail()
        self._show_closing(view)

    def _show_closing(self, view: EvaluationsView) -> None:
        closed = not view.active
        latest = view.latest
        ending = latest is not None and latest.recommendation.recommendation == "avsluttes"
        self.closing.setText(closing_text(view, ending, concealing=self.meeting_mode))
        self.close_button.setVisible(not closed)
        self.close_button.setDefault(ending)
        self.reopen_button.setVisible(closed)
        self.erase_button.setVisible(closed and not self.meeting_mode)

    @Slot()
    def _show_detail(self) -> None:
        chosen = self._chosen()
        self.reopen_eval_button.setEnabled(chosen is not None and chosen.completed)
        if chosen is None:
            self.detail.setPlainText(_tr("Ingen evaluering ennå. Trykk «Ny evaluering»."))
            return
        self.detail.setPlainText(evaluation_text(chosen, hide_answers=self.meeting_mode))

    # -- actions -----------------------------------------------------------------------------

    def make_wizard(self) -> EvaluationWizard | None:
        """The wizard on a new evaluation, or on the draft (None: no youth is shown)."""
        from lagmote.ui.evaluation_wizard import EvaluationWizard

        context, view = self._context, self._view
        if context is None or view is None:
            return None
        wizard = EvaluationWizard(context, view, self.meeting_mode, self)
        wizard.set_theme(self._theme)
        return wizard

    def make_closing_wizard(self) -> ClosingWizard | None:
        from lagmote.ui.closing_wizard import ClosingWizard

        context, view = self._context, self._view
        if context is None or view is None:
            return None
        return ClosingWizard(context, view, self)

    @Slot()
    def open_wizard(self) -> None:
        """Open the wizard on a new evaluation, or on the draft where it was left."""
        wizard = self.make_wizard()
        if wizard is None:
            return
        wizard.resume()
        wizard.exec()
        if wizard.completed and wizard.state.recommendation.recommendation == "avsluttes":
            self._offer_closing()
        wizard.deleteLater()

    def _offer_closing(self) -> None:
        answer = QMessageBox.question(
            self,
            _tr("Jevnlig evaluering"),
            _tr("Evalueringen anbefaler å avslutte oppfølgingen. Gå videre til avslutningen nå?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_closing()

    @Slot()
    def open_closing(self) -> None:
        wizard = self.make_closing_wizard()
        if wizard is None:
            return
        wizard.exec()
        if wizard.closed:
            self.message.show_notice(
                _tr("Oppfølgingen er avsluttet. Saken er flyttet til arkivet. Ctrl+Z angrer."),
                None,
            )
        wizard.deleteLater()
