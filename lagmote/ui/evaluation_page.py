"""The Evaluering page (§7.7): when the next evaluation is due, every evaluation so far, the
wizard to write a new one (or continue the draft), and the closing of the follow-up.

The interval between evaluations is a district-wide setting kept in the database; changing
it here is one undoable, audit-logged step. In meeting mode the answers are not shown (they
may speak of crime and health); the dates, the recommendation and its reasons are.

It has no signals of its own: every change goes through the context's editor.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QFileDialog,
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

from lagmote.db.closing_ops import reopen_case, undo_reopen
from lagmote.db.evaluation_ops import delete_draft, set_completed
from lagmote.db.evaluation_queries import load_evaluations
from lagmote.db.settings import set_interval_months
from lagmote.db.store import Changes
from lagmote.evaluation import (
    MAX_INTERVAL_MONTHS,
    MIN_INTERVAL_MONTHS,
    EvaluationInfo,
    EvaluationsView,
)
from lagmote.ui.context import YouthContext, touches
from lagmote.ui.evaluation_shown import EvaluationTableModel, closing_text, evaluation_text
from lagmote.ui.page_changes import make_change, read_shown, read_youth, scrolled_page
from lagmote.ui.plan_fields import MessageBar, ThemedLabels, plain_label
from lagmote.ui.theme import NORMAL, YELLOW, Theme

if TYPE_CHECKING:
    from lagmote.ui.closing_wizard import ClosingWizard
    from lagmote.ui.evaluation_wizard import EvaluationWizard

_MEETING = "meeting"


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvaluationPage", text)


class EvaluationPage(QWidget):
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

    @Slot()
    def _show_detail(self) -> None:
        chosen = self._chosen()
        self.reopen_eval_button.setEnabled(chosen is not None and chosen.completed)
        if chosen is None:
            self.detail.setPlainText(_tr("Ingen evaluering ennå. Trykk «Ny evaluering»."))
            return
        self.detail.setPlainText(evaluation_text(chosen, hide_answers=self.meeting_mode))

    def _chosen(self) -> EvaluationInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table_model.row_at(rows[0].row()) if rows else None

    def _today(self) -> date:
        return self._context.today if self._context is not None else date.today()

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

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        context, view = self._context, self._view
        draft = view.draft if view is not None else None
        if context is None or draft is None:
            return
        answer = QMessageBox.question(
            self,
            _tr("Slett utkastet"),
            _tr(
                "Slette utkastet til evaluering fra {day}? Det som er skrevet i det, blir borte."
            ).format(day=draft.evaluated_on.strftime("%d.%m.%Y")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        make_change(
            self.message, context, lambda c: c.editor.notify(
                delete_draft(c.store, c.youth_id, draft.id)
            ),
        )  # fmt: skip

    @Slot()
    def _on_reopen_eval_button_clicked(self) -> None:
        chosen, context = self._chosen(), self._context
        if chosen is None or context is None:
            return
        store, youth, eid = context.store, context.youth_id, chosen.id
        make_change(
            self.message, context, lambda c: c.editor.apply(
                _tr("åpnet evalueringen som utkast"),
                lambda: set_completed(store, youth, eid, False),
                lambda: set_completed(store, youth, eid, True),
            ),
        )  # fmt: skip

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        context = self._context
        if context is None:
            return
        name = f"evaluering-{self._today().isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Lagre evalueringen som PDF"), name, _tr("PDF (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        """Write the latest completed evaluation to ``path`` (logged as an export first)."""
        from lagmote.db.evaluation_queries import load_evaluation_document
        from lagmote.db.store import AuditEvent
        from lagmote.pdf.evaluation_pdf import evaluation_pdf
        from lagmote.private_file import write_private

        def export(c: YouthContext) -> None:
            data = evaluation_pdf(load_evaluation_document(c.store, c.youth_id))
            c.store.log(AuditEvent("export", "youth", c.youth_id, c.youth_id, "evaluation"))
            write_private(path, data)

        if make_change(self.message, self._context, export) is not None:
            self.message.show_notice(_tr("Evalueringen er lagret som PDF."), None)

    @Slot()
    def _on_interval_editing_finished(self) -> None:
        context, view = self._context, self._view
        months = self.interval.value()
        if context is None or view is None or months == view.interval_months:
            return
        store, old = context.store, view.interval_months
        make_change(
            self.message, context, lambda c: c.editor.apply(
                _tr("endret evalueringsintervallet"),
                lambda: set_interval_months(store, months),
                lambda: set_interval_months(store, old),
            ),
        )  # fmt: skip

    @Slot()
    def _on_reopen_button_clicked(self) -> None:
        context, view = self._context, self._view
        if context is None or view is None or view.active:
            return
        store, youth, today = context.store, context.youth_id, context.today
        closing = view.closing
        if closing is None:  # closed before closing records: reopening is not undone here
            make_change(self.message, context, lambda c: c.editor.notify(
                reopen_case(store, youth, today)
            ))  # fmt: skip
            return
        cid = closing.id
        make_change(
            self.message, context, lambda c: c.editor.apply(
                _tr("gjenåpnet oppfølgingen"),
                lambda: reopen_case(store, youth, today),
                lambda: undo_reopen(store, youth, cid),
            ),
        )  # fmt: skip
