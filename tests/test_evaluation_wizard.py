"""The Evaluering page and its wizards with the demo youth, driven as a user would: an
evaluation from the first page to the recommendation, a draft closed half way and resumed
where it was left, disagreement kept per perspective, and a case closed, found in the
archive, and reopened, with the closing record kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from lagmote.db.audit import Actor
from lagmote.db.conflicts import EditConflict
from lagmote.db.evaluation_ops import DraftFields, save_draft
from lagmote.db.evaluation_queries import load_evaluations
from lagmote.db.queries import list_youths
from lagmote.db.store import Store
from lagmote.evaluation import AnswerInfo, EvaluationInfo, EvaluationsView
from lagmote.standard import EVALUATION_QUESTIONS
from lagmote.ui import conflict_dialog
from lagmote.ui.closing_wizard import ClosingWizard
from lagmote.ui.context import YouthContext
from lagmote.ui.evaluation_page import EvaluationPage
from lagmote.ui.evaluation_pages import AnswerRow, QuestionPage
from lagmote.ui.evaluation_wizard import EVIDENCE_PAGE, RECOMMENDATION_PAGE, EvaluationWizard
from lagmote.ui.main_window import MainWindow
from lagmote.ui.theme import MEETING
from lagmote.ui.undo import Editor
from tests.pages import ShownPage, showing_demo_youth
from tests.test_minutes import pdf_text

TODAY = date(2026, 12, 1)
OTHER = Actor("Annen")


class Shown(ShownPage[EvaluationPage]):
    def view(self) -> EvaluationsView:
        return load_evaluations(self.store, self.youth_id)

    def draft(self) -> EvaluationInfo:
        draft = self.view().draft
        assert draft is not None
        return draft

    def wizard(self, qtbot: QtBot) -> EvaluationWizard:
        wizard = self.page.make_wizard()
        assert wizard is not None
        wizard.resume()
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    def close_dialogs(self) -> None:
        """Close what a failed test left open, while the store is still there to save to."""
        for dialog in self.page.findChildren(QWizard):
            if dialog.isVisible():
                dialog.reject()


@pytest.fixture
def shown(qtbot: QtBot, store: Store) -> Iterator[Shown]:
    for result in showing_demo_youth(qtbot, store, Shown, lambda: EvaluationPage(), TODAY):
        yield result
        result.close_dialogs()


def _answer(wizard: EvaluationWizard, row: int, text: str, judgement: str) -> None:
    page = wizard.currentPage()
    assert hasattr(page, "rows")
    answer = page.rows[row]
    answer.text.setPlainText(text)
    answer.buttons[judgement].click()


def _walk_to_recommendation(qtbot: QtBot, wizard: EvaluationWizard) -> None:
    """Untick all but the youth and the oppfølger, answer every question, reach the end."""
    for code in ("foresatte", "fagansvarlig", "samarbeidspartnere"):
        wizard.period_page.checks[code].click()
    wizard.period_page.participants.setPlainText("Emil og oppfølgeren")
    for number in range(1, len(EVALUATION_QUESTIONS) + 1):
        wizard.next()
        assert wizard.currentId() == number
        _answer(wizard, 0, f"Ungdommen om {number}", "bedre")
        _answer(wizard, 1, f"Oppfølgeren om {number}", "bedre" if number != 3 else "uendret")
    wizard.next()
    assert wizard.currentId() == EVIDENCE_PAGE
    wizard.next()
    assert wizard.currentId() == RECOMMENDATION_PAGE


def test_the_wizard_runs_from_start_to_recommendation(qtbot: QtBot, shown: Shown) -> None:
    before = len(shown.view().completed)
    wizard = shown.wizard(qtbot)
    assert wizard.currentId() == 0
    assert wizard.period_page.isComplete()  # all five are ticked for a new one
    _walk_to_recommendation(qtbot, wizard)
    rec = wizard.recommendation_page
    assert "Spørsmål 3" in rec.disagreements.text()
    rec.buttons["viderefores"].click()
    rec.reasons.setPlainText("Det går bedre, men vi fortsetter til sommeren.")
    wizard.next()  # the finish button: refused, the disagreement is not weighed yet
    assert not wizard.completed
    assert "uenige" in rec.problem.text()
    rec.note.setPlainText("Oppfølgeren ser mindre endring enn Emil; vi følger med.")
    assert wizard.validateCurrentPage()
    assert wizard.completed
    latest = shown.view().latest
    assert latest is not None and len(shown.view().completed) == before + 1
    assert latest.period.perspectives == ("ungdommen", "oppfolger")
    assert latest.answer(3, "oppfolger").judgement == "uendret"
    assert latest.answer(3, "ungdommen").text == "Ungdommen om 3"
    assert latest.recommendation.next_evaluation_on is not None
    assert shown.page.table_model.rowCount() == before + 1
    shown.editor.stack.undo()  # completing is one undoable step
    assert shown.view().draft is not None


def test_a_draft_closed_half_way_is_resumed_where_it_was_left(qtbot: QtBot, shown: Shown) -> None:
    wizard = shown.wizard(qtbot)
    wizard.next()
    wizard.next()
    _answer(wizard, 0, "Jeg har det bedre nå.", "bedre")
    assert wizard.currentId() == 2
    wizard.reject()  # "Lukk (utkastet lagres)"
    draft = shown.view().draft
    assert draft is not None
    assert draft.resume_page == 2
    assert draft.answer(2, "ungdommen").text == "Jeg har det bedre nå."
    assert shown.page.open_button.text().startswith("Fortsett")
    again = shown.wizard(qtbot)
    assert again.currentId() == 2
    page = again.currentPage()
    assert hasattr(page, "rows")
    assert page.rows[0].text.toPlainText() == "Jeg har det bedre nå."
    again.back()
    assert again.currentId() == 1  # the pages before it are there to go back to
    again.reject()
    assert len([e for e in shown.view().evaluations if not e.completed]) == 1


def test_closing_an_untouched_new_wizard_keeps_no_draft(qtbot: QtBot, shown: Shown) -> None:
    wizard = shown.wizard(qtbot)
    wizard.reject()
    assert shown.view().draft is None


def test_unticking_a_perspective_removes_its_answers_when_saved(qtbot: QtBot, shown: Shown) -> None:
    wizard = shown.wizard(qtbot)
    wizard.next()
    _answer(wizard, 1, "Foreldrene svarer", "verre")
    wizard.back()
    wizard.period_page.checks["foresatte"].click()
    wizard.next()
    wizard.reject()
    draft = shown.view().draft
    assert draft is not None
    assert "foresatte" not in draft.period.perspectives
    assert all(a.perspective != "foresatte" for a in draft.answers)


def test_a_period_that_ends_before_it_begins_is_refused_on_the_page(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = shown.wizard(qtbot)
    page = wizard.period_page
    page.period_start.setDate(page.period_end.date().addDays(5))
    wizard.next()
    assert wizard.currentId() == 0
    assert "Perioden må begynne før den slutter" in page.problem.text()
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    wizard.reject()  # it cannot be saved: the user is asked before anything is lost
    assert wizard.isVisible() and "Perioden må begynne før den slutter" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Close)
    wizard.reject()
    assert not wizard.isVisible()
    assert shown.view().draft is None


def test_the_evidence_page_is_filled_in_from_the_record(qtbot: QtBot, shown: Shown) -> None:
    wizard = shown.wizard(qtbot)
    wizard.period_page.period_start.setDate(QDate(2026, 6, 1))  # since before iverksetting
    for _ in range(EVIDENCE_PAGE):
        wizard.next()
    evidence = wizard.evidence_page
    assert evidence.evidence is not None
    assert "Jeg skal gå på skolen hver dag." in evidence.goals.text()
    assert "lagmøter ble holdt innen fristen" in evidence.meetings.text()
    assert "oppgaver fra lagmøtene" in evidence.action_items.text()
    assert len(evidence.radar.series()) == 2  # the first kartlegging and the latest
    wizard.reject()


def test_in_meeting_mode_the_evidence_leaves_sensitive_areas_out(
    qtbot: QtBot, shown: Shown
) -> None:
    shown.page.set_theme(MEETING)
    wizard = shown.wizard(qtbot)
    for _ in range(EVIDENCE_PAGE):
        wizard.next()
    evidence = wizard.evidence_page.evidence
    assert evidence is not None and evidence.hidden
    assert wizard.evidence_page.radar.hidden() == evidence.hidden
    assert "Skjulte områder er ikke tatt med." in wizard.evidence_page.kartlegging.text()
    wizard.reject()


def _close_case(qtbot: QtBot, shown: Shown) -> ClosingWizard:
    wizard = shown.page.make_closing_wizard()
    assert wizard is not None
    wizard.show()
    wizard.reason_page.buttons["mal_nadd"].click()
    wizard.next()
    h = wizard.handover_page
    h.handover.setPlainText("Skolen og helsesykepleier følger opp.")
    h.contact_name.setText("Kari Kontakt")
    h.checks["ny_skole"].click()
    h.transitions_note.setPlainText("Oppfølgeren er med på første skoledag.")
    wizard.next()
    wizard.summary_page.summary.setPlainText("Emil har nådd målene sine.")
    assert wizard.validateCurrentPage()
    return wizard


def test_a_closed_case_leaves_the_list_and_is_found_in_the_archive(
    qtbot: QtBot, shown: Shown
) -> None:
    wizard = _close_case(qtbot, shown)
    assert wizard.closed
    view = shown.view()
    assert view.closing is not None and view.closing.fields.reason == "mal_nadd"
    assert shown.youth_id not in [y.id for y in list_youths(shown.store, TODAY)]
    archive = list_youths(shown.store, TODAY, include_closed=True)
    assert [y.active for y in archive if y.id == shown.youth_id] == [False]
    assert "avsluttet" in shown.page.closing.text()
    assert shown.page.reopen_button.isVisibleTo(shown.page)
    shown.page.reopen_button.click()  # reopening keeps the closing record
    view = shown.view()
    assert view.closing is None and view.closings[0].reopened_on == TODAY
    assert shown.youth_id in [y.id for y in list_youths(shown.store, TODAY)]


def test_a_closing_without_handover_is_refused_and_nothing_is_written(
    qtbot: QtBot, shown: Shown
) -> None:
    wizard = shown.page.make_closing_wizard()
    assert wizard is not None
    wizard.show()
    wizard.reason_page.buttons["flytter"].click()
    wizard.next()
    wizard.next()
    wizard.summary_page.summary.setPlainText("Flytter til Bergen.")
    assert not wizard.validateCurrentPage()
    assert "følger opp videre" in wizard.summary_page.problem.text()
    assert shown.view().closings == ()


def test_the_window_keeps_a_closed_youth_chosen_in_the_archive(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lagmote.db.transfer import import_document
    from lagmote.demo import build_demo

    youth_id = import_document(store, build_demo(TODAY))
    window = MainWindow(store, "test", lambda: TODAY)
    qtbot.addWidget(window)
    window.reload()
    window.select_page("evaluations")
    page = window.pages.page("evaluations")
    assert isinstance(page, EvaluationPage)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    shown = Shown(page, store, window.editor, youth_id)
    _close_case(qtbot, shown)
    assert window.archive_action.isChecked()
    label = window.youth_model.index(window.youth_model.row_of(youth_id)).data(
        Qt.ItemDataRole.DisplayRole
    )
    assert "avsluttet" in label
    facts = window.header._facts.text() if hasattr(window.header, "_facts") else ""
    assert "Oppfølgingen er avsluttet" in facts and "Neste lagmøte" not in facts
    window.undo_action.trigger()  # the close is one step: undone, the youth is active again
    assert [y.id for y in list_youths(store, TODAY)] == [youth_id]
    window.redo_action.trigger()
    window.archive_action.setChecked(False)
    window.reload()
    assert window.youth_model.row_of(youth_id) < 0
    window.select_youth(youth_id)  # asked for by id, a closed case is found in the archive
    assert window.archive_action.isChecked()


def test_the_latest_evaluation_is_saved_as_pdf_from_the_page(shown: Shown, tmp_path: Path) -> None:
    out = tmp_path / "evaluering.pdf"
    shown.page.save_pdf(out)
    text = " ".join(pdf_text(out.read_bytes(), tmp_path))
    assert EVALUATION_QUESTIONS[0] in text
    assert (out.stat().st_mode & 0o777) == 0o600
    assert "lagret som PDF" in shown.page.message.text()


def test_the_interval_is_a_setting_changed_in_one_undoable_step(shown: Shown) -> None:
    shown.page.interval.setValue(3)
    shown.page.interval.editingFinished.emit()
    assert shown.view().interval_months == 3
    shown.editor.stack.undo()
    assert shown.view().interval_months == 6
    assert shown.page.interval.value() == 6  # the page follows the undo


def test_an_overdue_evaluation_is_flagged_on_the_youth_list_and_the_page(
    qtbot: QtBot, store: Store
) -> None:
    from lagmote.db.transfer import import_document
    from lagmote.demo import build_demo

    youth_id = import_document(store, build_demo(TODAY))
    late_day = TODAY + timedelta(days=120)  # the demo's next evaluation is 91 days on
    item = next(y for y in list_youths(store, late_day) if y.id == youth_id)
    words = [a.words for a in item.alerts]
    assert any(w.startswith("Evaluering på overtid") for w in words), words
    on_time = next(y for y in list_youths(store, TODAY) if y.id == youth_id)
    assert not any("Evaluering" in a.words for a in on_time.alerts)
    page = EvaluationPage()
    qtbot.addWidget(page)
    page.show_youth(YouthContext(store, Editor(), youth_id, late_day))
    assert page.due.text().startswith("⚠ Evalueringen er på overtid")


def test_a_closed_case_can_be_archived_and_erased_from_the_page(
    qtbot: QtBot, shown: Shown, tmp_path: Path
) -> None:
    _close_case(qtbot, shown)
    assert shown.page.erase_button.isVisibleTo(shown.page)
    notified: list[object] = []
    shown.editor.changed.connect(notified.append)
    shown.page.archive_and_erase(tmp_path)
    assert len(list(tmp_path.glob("lagmote-*.json"))) == 1
    assert len(list(tmp_path.glob("lagmote-*-hele-planen.pdf"))) == 1
    assert list_youths(shown.store, TODAY, include_closed=True) == []
    assert notified and shown.editor.stack.count() == 0


# --- two people in one draft ----------------------------------------------------------------

MINE_TEXT = "Jeg har det mye bedre nå."
THEIR_TEXT = "Emil sier det går verre."


class Choice:
    """Stands in for :func:`conflict_dialog.choose`: answers ``choice`` and counts the asks."""

    def __init__(self, choice: str | None) -> None:
        self.choice = choice
        self.asked: list[EditConflict[DraftFields]] = []

    def __call__(self, parent: QWidget, conflict: EditConflict[DraftFields]) -> str | None:
        self.asked.append(conflict)
        return self.choice


def _other_saves(shown: Shown, change: Callable[[DraftFields], DraftFields]) -> None:
    """Another user saves the stored draft with ``change`` (to its period, answers or
    recommendation) made to what they read."""
    draft = shown.draft()
    base = DraftFields.of(draft.period, draft.answers, draft.recommendation)
    new = change(base)
    other = Store(shown.store.engine, OTHER)
    save_draft(
        other, shown.youth_id, draft.id, new.period, new.answers, new.recommendation,
        draft.resume_page, TODAY, base,
    )  # fmt: skip


def _their_answer(fields: DraftFields) -> DraftFields:
    kept = [a for a in fields.answers if (a.question, a.perspective) != (1, "ungdommen")]
    theirs = AnswerInfo(1, "ungdommen", THEIR_TEXT, "verre")
    return DraftFields.of(fields.period, (theirs, *kept), fields.recommendation)


def _rows(wizard: EvaluationWizard) -> list[AnswerRow]:
    page = wizard.currentPage()
    assert isinstance(page, QuestionPage)
    return page.rows


def _clash(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch, choice: str | None
) -> tuple[EvaluationWizard, Choice]:
    """Answer question 1 and move on (saved), come back and type a new answer while someone
    else saves theirs to the same question, then move on again (asked: ``choice``)."""
    wizard = shown.wizard(qtbot)
    wizard.next()
    _answer(wizard, 0, "Jeg har det bedre nå.", "bedre")
    wizard.next()
    assert wizard.currentId() == 2  # the draft is saved
    wizard.back()
    _answer(wizard, 0, MINE_TEXT, "bedre")
    _other_saves(shown, _their_answer)
    answer = Choice(choice)
    monkeypatch.setattr(conflict_dialog, "choose", answer)
    wizard.next()
    assert len(answer.asked) == 1
    assert "Noen andre har endret «svarene»" in str(answer.asked[0])
    return wizard, answer


def test_behold_min_saves_my_answer_over_theirs(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard, answer = _clash(qtbot, shown, monkeypatch, conflict_dialog.MINE)
    assert wizard.currentId() == 2  # saved: the wizard went on
    mine = shown.draft().answer(1, "ungdommen")
    assert (mine.text, mine.judgement) == (MINE_TEXT, "bedre")
    assert shown.draft().resume_page == 2
    wizard.next()  # what was saved is the new base: no conflict with itself
    assert wizard.currentId() == 3 and len(answer.asked) == 1
    wizard.reject()
    assert shown.draft().answer(1, "ungdommen").text == MINE_TEXT


def test_se_deres_shows_their_answer_and_keeps_it(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard, answer = _clash(qtbot, shown, monkeypatch, conflict_dialog.THEIRS)
    assert wizard.currentId() == 1  # stays, so that theirs is read before going on
    row = _rows(wizard)[0]
    assert row.text.toPlainText() == THEIR_TEXT
    assert row.buttons["verre"].isChecked()
    assert wizard.state.answer(1, "ungdommen").text == THEIR_TEXT
    assert not wizard.state.dirty
    assert shown.draft().answer(1, "ungdommen").text == THEIR_TEXT
    wizard.next()  # theirs is the base now: going on saves no clash
    assert wizard.currentId() == 2 and len(answer.asked) == 1
    wizard.reject()
    assert shown.draft().answer(1, "ungdommen").text == THEIR_TEXT


def test_closing_the_dialog_overwrites_nothing_and_keeps_the_typing(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard, answer = _clash(qtbot, shown, monkeypatch, None)
    assert wizard.currentId() == 1
    assert _rows(wizard)[0].text.toPlainText() == MINE_TEXT
    assert shown.draft().answer(1, "ungdommen").text == THEIR_TEXT
    problem = wizard._problem(1)
    assert problem.isVisibleTo(wizard.currentPage())
    assert "Noen andre har endret «svarene»" in problem.text()
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    wizard.reject()  # still undecided: asked again, then asked before anything is lost
    assert len(answer.asked) == 2 and "Noen andre har endret «svarene»" in asked[0]
    assert wizard.isVisible()
    assert shown.draft().answer(1, "ungdommen").text == THEIR_TEXT
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Close)
    wizard.reject()
    assert not wizard.isVisible()
    assert shown.draft().answer(1, "ungdommen").text == THEIR_TEXT


def test_se_deres_over_the_period_shows_it_on_the_first_page(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = shown.wizard(qtbot)
    wizard.next()
    _answer(wizard, 0, "Jeg har det bedre nå.", "bedre")
    wizard.next()  # saved
    wizard.back()
    wizard.back()
    wizard.period_page.participants.setPlainText("Emil og mor")
    theirs = replace(shown.draft().period, participants="Emil og oppfølgeren")
    _other_saves(shown, lambda fields: replace(fields, period=theirs))
    answer = Choice(conflict_dialog.THEIRS)
    monkeypatch.setattr(conflict_dialog, "choose", answer)
    wizard.next()
    assert len(answer.asked) == 1 and "«perioden»" in str(answer.asked[0])
    assert wizard.currentId() == 0
    assert wizard.period_page.participants.toPlainText() == "Emil og oppfølgeren"
    assert wizard.state.period == theirs and not wizard.state.dirty
    wizard.next()
    assert wizard.currentId() == 1 and len(answer.asked) == 1
    assert _rows(wizard)[0].text.toPlainText() == "Jeg har det bedre nå."
    wizard.reject()
    assert shown.draft().period.participants == "Emil og oppfølgeren"


def test_no_conflict_when_the_other_changed_another_part(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = shown.wizard(qtbot)
    wizard.next()
    _answer(wizard, 0, "Jeg har det bedre nå.", "bedre")
    wizard.reject()  # the draft is kept; the base of the next wizard is this, as loaded
    theirs = replace(shown.draft().period, participants="Emil, mor og oppfølgeren")
    _other_saves(shown, lambda fields: replace(fields, period=theirs))
    answer = Choice(None)
    monkeypatch.setattr(conflict_dialog, "choose", answer)
    again = shown.wizard(qtbot)
    assert again.currentId() == 1
    _answer(again, 0, MINE_TEXT, "bedre")
    again.next()
    assert again.currentId() == 2 and answer.asked == []
    draft = shown.draft()
    assert draft.answer(1, "ungdommen").text == MINE_TEXT
    assert draft.period.participants == "Emil, mor og oppfølgeren"  # theirs is kept
    again.reject()
    assert shown.draft().period.participants == "Emil, mor og oppfølgeren"


def test_my_own_saves_never_clash_with_each_other(
    qtbot: QtBot, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = Choice(None)
    monkeypatch.setattr(conflict_dialog, "choose", answer)
    wizard = shown.wizard(qtbot)
    wizard.period_page.participants.setPlainText("Emil og mor ")  # stored trimmed
    wizard.next()
    _answer(wizard, 0, "Jeg har det bedre nå.", "bedre")
    wizard.next()
    wizard.back()
    wizard.back()
    wizard.period_page.participants.setPlainText("Emil, mor og far")
    wizard.next()
    _answer(wizard, 0, MINE_TEXT, "bedre")
    wizard.next()
    assert wizard.currentId() == 2 and answer.asked == []
    wizard.reject()
    draft = shown.draft()
    assert draft.period.participants == "Emil, mor og far"
    assert draft.answer(1, "ungdommen").text == MINE_TEXT
