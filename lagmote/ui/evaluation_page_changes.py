"""How the Evaluering page turns its buttons into changes: deleting a draft, reopening an
evaluation as a draft, the PDF, the interval, reopening a closed case, and archiving and
erasing it.

:class:`EvaluationPageChanges` is a mixin of :class:`~lagmote.ui.evaluation_page.EvaluationPage`,
kept apart so that each module stays small. Each change goes through the context's editor
(one undoable, audit-logged step) or, where it cannot be undone (erasing), is asked for first;
a refusal is named in the message above the page, with nothing written. The page owns the
state the slots use; it is declared here for the type checker.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSpinBox, QTableView, QWidget

from lagmote.db.closing_ops import reopen_case, undo_reopen
from lagmote.db.evaluation_ops import delete_draft, set_completed
from lagmote.db.settings import set_interval_months
from lagmote.evaluation import EvaluationInfo, EvaluationsView
from lagmote.ui.context import YouthContext
from lagmote.ui.evaluation_shown import EvaluationTableModel
from lagmote.ui.page_changes import make_change
from lagmote.ui.plan_fields import MessageBar


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvaluationPage", text)


class EvaluationPageChanges(QWidget):
    """The Evaluering page's slots that change the record."""

    _context: YouthContext | None
    _view: EvaluationsView | None
    message: MessageBar
    interval: QSpinBox
    table: QTableView
    table_model: EvaluationTableModel

    def _chosen(self) -> EvaluationInfo | None:
        """The evaluation chosen in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.table_model.row_at(rows[0].row()) if rows else None

    def _today(self) -> date:
        return self._context.today if self._context is not None else date.today()

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
        from lagmote.i18n import source_texts
        from lagmote.pdf.evaluation_pdf import evaluation_pdf
        from lagmote.private_file import write_private

        def export(c: YouthContext) -> None:
            with source_texts():  # the team's documents are in bokmål, whatever the window
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
    def _on_erase_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _tr("Velg mappen til arkivet"))
        if folder and self._confirm_erase():
            self.archive_and_erase(Path(folder))

    def _confirm_erase(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Arkiver og slett saken"), "", parent=self)
        box.setText(
            _tr(
                "Saken skrives til mappen (hele saken som JSON og hele planen som PDF), og "
                "slettes så fra databasen. Det kan ikke angres. Fortsette?"
            )
        )
        erase = box.addButton(_tr("Arkiver og slett"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(_tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is erase

    def archive_and_erase(self, folder: Path) -> None:
        """Archive the closed case into ``folder`` and erase it; the window then forgets it."""
        from lagmote.db.archive import archive_and_erase
        from lagmote.db.store import Changes

        def erase(c: YouthContext) -> None:
            archive_and_erase(c.store, c.youth_id, folder, c.today)
            c.editor.clear()  # no undo step may reach the erased record
            c.editor.notify(Changes(c.youth_id, frozenset({"closing", "youth"})))

        make_change(self.message, self._context, erase)

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
