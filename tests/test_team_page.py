"""The team page with the demo youth: a member added with the role's duties, responsibilities
typed and undone, a member leaving and coming back, the missing core role flagged, consent
registered and withdrawn (and seen on the member's row), who does what counted as the data
says, and meeting mode showing no adult's name, phone or e-mail and no consent register."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, QDate, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lagmote.dates import format_date
from lagmote.db import plan_ops
from lagmote.db.store import Store
from lagmote.db.team_queries import load_team
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.plan import GoalFields, TiltakFields
from lagmote.records import MemberInfo
from lagmote.team import COVERED, TeamView, standard_responsibilities
from lagmote.ui.context import YouthContext
from lagmote.ui.team_models import (
    MEMBER_ID_ROLE,
    PROBLEM_ROLE,
    DutyItemModel,
    DutyTableModel,
    MemberTableModel,
)
from lagmote.ui.team_page import TeamPage
from lagmote.ui.theme import MEETING, NORMAL
from tests.pages import ShownPage, showing_demo_youth

TODAY = date(2026, 12, 1)
FAMILY = ("ungdommen", "foresatt")


class Shown(ShownPage[TeamPage]):
    def view(self) -> TeamView:
        return load_team(self.store, self.youth_id, TODAY)

    def member(self, role: str) -> MemberInfo:
        return next(m for m in self.view().active_members if m.role == role)

    def coverage_cell(self, member_id: int) -> str:
        model = self.page.members_model
        row = model.row_of(member_id)
        assert row >= 0
        text = model.index(row, MemberTableModel.COL_COVERAGE).data()
        assert isinstance(text, str)
        return text


@pytest.fixture
def shown(qtbot: QtBot, store: Store) -> Iterator[Shown]:
    yield from showing_demo_youth(qtbot, store, Shown, TeamPage, TODAY, activate=False)


def all_texts(root: QWidget) -> list[str]:
    """Every text a person could read from ``root``'s widgets (shown or hidden), their
    tooltips, and every cell and tooltip of every table's model."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableView):
            texts += _model_texts(widget.model())
    return texts


def _model_texts(model: QAbstractItemModel) -> list[str]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    texts = [
        model.headerData(c, Qt.Orientation.Horizontal) or "" for c in range(model.columnCount())
    ]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in roles:
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def _click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- members -------------------------------------------------------------------------------


def test_models_pass_the_model_tester(shown: Shown, qtmodeltester: QObject) -> None:
    page = shown.page
    for model in (
        page.members_model,
        page.left_model,
        page.duties.model,
        page.duties.items_model,
        page.consents.model,
    ):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_shows_the_team_and_who_has_left(shown: Shown) -> None:
    view = shown.view()
    page = shown.page
    assert page.members_model.rowCount() == len(view.active_members)
    left = [m for m in view.members if not m.active]
    assert left and page.left_model.rowCount() == len(left)
    assert page.left.isVisibleTo(page) and page.left_heading.isVisibleTo(page)
    assert page.missing_roles.isHidden()  # bydel, skole and politi are all there


def test_clicking_a_member_shows_their_details(shown: Shown, qtbot: QtBot) -> None:
    skole = shown.member("skole")
    table = shown.page.members
    _click_row(qtbot, table, shown.page.members_model.row_of(skole.id))
    form = shown.page.form
    assert form.member == skole
    assert form.lines["name"].text() == skole.name
    assert form.lines["email"].text() == skole.email
    assert form.responsibilities.toPlainText() == skole.responsibilities
    assert form.active_button.text() == "Går ut av laget"


def test_new_member_gets_the_roles_standard_duties(shown: Shown, qtbot: QtBot) -> None:
    row = shown.page.add_row
    row.choose_role("nav")
    qtbot.keyClicks(row.name, "Nina Fiktiv")
    row.button.click()
    added = [m for m in shown.view().members if m.name == "Nina Fiktiv"]
    assert len(added) == 1
    member = added[0]
    duties = standard_responsibilities("nav")
    assert duties and member.role == "nav" and member.responsibilities == duties
    assert shown.page.form.member == member
    assert shown.page.form.responsibilities.toPlainText() == duties
    assert shown.page.members_model.row_of(member.id) >= 0
    assert row.name.text() == ""
    shown.editor.stack.undo()
    assert shown.view().member(member.id) is None
    assert shown.page.members_model.row_of(member.id) == -1
    assert shown.page.form.member is None
    shown.editor.stack.redo()
    assert shown.view().member(member.id) == member  # back under the same id


def test_typed_responsibilities_are_saved_and_undone_in_one_step(
    shown: Shown, qtbot: QtBot
) -> None:
    skole = shown.member("skole")
    shown.page.choose(skole.id)
    field = shown.page.form.responsibilities
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClicks(field, "Ringe far hver fredag.")
    shown.page.flush()
    typed = skole.responsibilities + "\nRinge far hver fredag."
    assert shown.view().member(skole.id) == replace(skole, responsibilities=typed)
    qtbot.keyClicks(field, " Og mor.")
    assert shown.page.has_unsaved()
    shown.page.flush()
    assert not shown.page.has_unsaved()
    saved = shown.view().member(skole.id)
    assert saved is not None and saved.responsibilities.endswith("fredag. Og mor.")
    assert shown.editor.stack.count() == 1  # typing in one field is one step
    shown.editor.stack.undo()
    assert shown.view().member(skole.id) == skole
    assert field.toPlainText() == skole.responsibilities


def test_a_line_is_saved_when_left_and_a_bad_email_is_refused(shown: Shown, qtbot: QtBot) -> None:
    skole = shown.member("skole")
    shown.page.choose(skole.id)
    phone = shown.page.form.lines["phone"]
    phone.selectAll()
    qtbot.keyClicks(phone, "400 00 099")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    assert shown.view().member(skole.id).phone == "400 00 099"  # type: ignore[union-attr]
    row = shown.page.members_model.row_of(skole.id)
    assert shown.page.members_model.index(row, MemberTableModel.COL_PHONE).data() == "400 00 099"
    steps = shown.editor.stack.count()
    email = shown.page.form.lines["email"]
    email.selectAll()
    qtbot.keyClicks(email, "lise på skolen")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert shown.page.message.kind == "problem"
    assert "E-postadressen ser ikke riktig ut" in shown.page.message.text()
    assert shown.view().member(skole.id).email == skole.email  # type: ignore[union-attr]
    assert shown.editor.stack.count() == steps
    assert email.text() == "lise på skolen" and shown.page.has_unsaved()
    # Choosing another member keeps this one, with the typing, until it is put right.
    politi = shown.member("politi")
    _click_row(qtbot, shown.page.members, shown.page.members_model.row_of(politi.id))
    assert shown.page.form.member is not None and shown.page.form.member.id == skole.id
    assert shown.page.members.selected_row() == shown.page.members_model.row_of(skole.id)
    assert email.text() == "lise på skolen"
    email.selectAll()
    qtbot.keyClicks(email, "lise@skolen.no")
    _click_row(qtbot, shown.page.members, shown.page.members_model.row_of(politi.id))
    assert shown.view().member(skole.id).email == "lise@skolen.no"  # type: ignore[union-attr]
    assert shown.page.form.member == politi and shown.page.message.kind == ""


def test_member_leaves_is_listed_as_left_and_comes_back(shown: Shown) -> None:
    page = shown.page
    politi = shown.member("politi")
    page.choose(politi.id)
    page.form.active_button.click()
    assert shown.view().member(politi.id).active is False  # type: ignore[union-attr]
    assert page.members_model.row_of(politi.id) == -1
    assert page.left_model.row_of(politi.id) >= 0
    assert "gått ut av laget" in page.message.text()
    # The missing core role is flagged in words, with a symbol.
    assert page.missing_roles.isVisibleTo(page)
    assert page.missing_roles.text().startswith("⚠ Mangler i laget: Politi.")
    assert page.form.member is not None and page.form.member.id == politi.id
    assert page.form.active_button.text() == "Kommer tilbake til laget"
    page.form.active_button.click()
    assert shown.view().member(politi.id).active is True  # type: ignore[union-attr]
    assert page.members_model.row_of(politi.id) >= 0
    assert page.missing_roles.isHidden()
    shown.editor.stack.undo()
    assert page.left_model.row_of(politi.id) >= 0 and page.missing_roles.isVisibleTo(page)


# --- consent -------------------------------------------------------------------------------


def test_consent_added_changes_the_members_row(shown: Shown, qtbot: QtBot) -> None:
    page = shown.page
    page.add_row.choose_role("nav")
    qtbot.keyClicks(page.add_row.name, "Nina Fiktiv")
    page.add_row.button.click()
    nav = shown.member("nav")
    assert shown.coverage_cell(nav.id) == "⚠ Ingen samtykke til å dele informasjon"
    row = page.members_model.row_of(nav.id)
    assert page.members_model.index(row, MemberTableModel.COL_COVERAGE).data(PROBLEM_ROLE)
    assert page.consent_problems.isVisibleTo(page) and "NAV" in page.consent_problems.text()
    register = page.consents
    parents = [m.name for m in shown.view().active_members if m.role == "foresatt"]
    register.new_button.click()
    form = register.form
    assert form.isVisibleTo(page)
    offered = {form.given_by.itemText(i) for i in range(form.given_by.count())}
    assert set(parents) <= offered
    consents_before = register.model.rowCount()
    for parent in parents:
        if form.isHidden():
            register.new_button.click()
        form.given_by.setCurrentIndex(form.given_by.findText(parent))
        assert form.giver_role.currentData() == "foresatt"
        form.checks["nav"].setChecked(True)
        form.add_button.click()
        assert page.message.kind == "notice"
    assert register.model.rowCount() == consents_before + len(parents)
    assert form.isHidden() and form.given_by.currentText() == ""
    covered = shown.view().coverage("nav", TODAY)
    assert covered.state == COVERED
    assert shown.coverage_cell(nav.id) == f"✓ {covered.short}"
    row = page.members_model.row_of(nav.id)
    tip = page.members_model.index(row, MemberTableModel.COL_COVERAGE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tip == covered.words  # who consented, in full
    assert page.consent_problems.isHidden()
    shown.editor.stack.undo()
    assert shown.coverage_cell(nav.id) == f"! Mangler samtykke fra {parents[-1]}"


def test_a_consent_without_anyone_to_share_with_is_refused(shown: Shown) -> None:
    register = shown.page.consents
    register.new_button.click()
    register.form.given_by.setEditText("Far")
    steps, rows = shown.editor.stack.count(), register.model.rowCount()
    register.form.add_button.click()
    assert shown.page.message.kind == "problem"
    assert "Velg hvem informasjonen kan deles med" in shown.page.message.text()
    assert shown.editor.stack.count() == steps and register.model.rowCount() == rows
    assert register.form.isVisibleTo(shown.page)  # what was typed stays, to be fixed
    assert register.form.given_by.currentText() == "Far"


def test_withdrawn_consent_shows_on_the_members_row_with_its_date(shown: Shown) -> None:
    page, register = shown.page, shown.page.consents
    politi = shown.member("politi")
    assert shown.coverage_cell(politi.id).startswith("✓ ")
    parents_consents = [
        c
        for c in shown.view().consents
        if c.fields.given_by_role == "foresatt"
        and "politi" in c.fields.shared_roles
        and c.fields.withdrawn_on is None
    ]
    assert len(parents_consents) == 2
    day = TODAY - timedelta(days=3)
    for consent in parents_consents:
        register.table.select_row(register.model.row_of(consent.id))
        assert register.withdraw_button.isEnabled()
        register.withdraw_date.setDate(QDate(day.year, day.month, day.day))
        register.withdraw_button.click()
        if consent is parents_consents[0]:
            who = consent.fields.given_by
            expected = f"⚠ {who} trakk samtykket tilbake {format_date(day)}"
            assert shown.coverage_cell(politi.id) == expected
    assert shown.coverage_cell(politi.id) == f"⚠ Samtykket ble trukket tilbake {format_date(day)}"
    for consent in parents_consents:
        saved = next(c for c in shown.view().consents if c.id == consent.id)
        assert saved.fields.withdrawn_on == day
        row = register.model.row_of(consent.id)
        status = register.model.index(row, register.model.COL_STATUS).data()
        assert status == f"⚠ Trukket tilbake {format_date(day)}"
    assert not register.withdraw_button.isEnabled()  # the chosen one is withdrawn already
    assert "Politi" in page.consent_problems.text()
    shown.editor.stack.undo()
    shown.editor.stack.undo()
    assert shown.coverage_cell(politi.id).startswith("✓ ")


# --- who does what -------------------------------------------------------------------------


def test_responsibility_counts_are_what_the_data_says(shown: Shown, qtbot: QtBot) -> None:
    view = shown.view()
    expected = {d.member.id: d for d in view.duties(TODAY)}
    model = shown.page.duties.model
    assert model.rowCount() == len(view.active_members)
    lates = []
    for row in range(model.rowCount()):
        duties = expected[model.index(row, 0).data(MEMBER_ID_ROLE)]
        assert model.index(row, DutyTableModel.COL_OPEN).data() == str(duties.open)
        assert model.index(row, DutyTableModel.COL_DONE).data() == str(duties.done)
        late = model.index(row, DutyTableModel.COL_LATE)
        if duties.late:
            assert late.data() == f"! {duties.late} for sent"
            assert late.data(Qt.ItemDataRole.BackgroundRole) is not None
        else:
            assert late.data() == "0"
        lates.append(duties.late)
    assert sum(lates) > 0  # the demo has something late, and it comes first
    assert lates == sorted(lates, reverse=True)
    first = expected[model.index(0, 0).data(MEMBER_ID_ROLE)]
    items = shown.page.duties.items_model
    assert items.rowCount() == len(first.items)
    assert items.index(0, DutyItemModel.COL_STATUS).data() == "! Over fristen"
    oppfolger = shown.member("oppfolger")
    _click_row(qtbot, shown.page.duties.table, model.row_of(oppfolger.id))
    assert items.rowCount() == len(expected[oppfolger.id].items)
    assert shown.page.duties.items_title.text().endswith(oppfolger.name)


# --- meeting mode --------------------------------------------------------------------------


def test_meeting_mode_shows_no_adult_name_phone_email_or_register(shown: Shown) -> None:
    page = shown.page
    view = shown.view()
    page.choose(shown.member("politi").id)  # the form holds an adult's contact details
    page.set_theme(MEETING)
    texts = "\n".join(all_texts(page))
    adults = [m for m in view.members if m.role not in FAMILY and m.name]
    assert adults
    for member in view.members:
        if member in adults:
            assert member.name not in texts
        for detail in (member.phone, member.email, member.organisation):
            assert not detail or detail not in texts
    for consent in view.consents:
        for words in (consent.fields.scope, consent.fields.note, consent.fields.shared_with):
            assert not words or words not in texts
    parents = [m.name for m in view.members if m.role == "foresatt"]
    assert all(name in texts for name in parents)  # the family may be named: the walk works
    assert page.consents.model.rowCount() == 0
    assert page.consents.meeting_note.isVisibleTo(page)
    assert page.form.responsibilities.isVisibleTo(page)  # the duties stay on the wall
    page.set_theme(NORMAL)
    texts = "\n".join(all_texts(page))
    assert all(m.name in texts for m in adults)
    assert page.consents.model.rowCount() == len(view.consents)


def test_meeting_mode_hides_measures_under_a_sensitive_goal(shown: Shown) -> None:
    helse = shown.member("helse")
    goal = plan_ops.add_goal(shown.store, shown.youth_id, GoalFields("Sove bedre", 4), TODAY)
    fields = TiltakFields("Samtaler om søvn og mareritt", goal.created_ids[0], helse.id, TODAY)
    shown.page.apply_changes(plan_ops.add_tiltak(shown.store, shown.youth_id, fields))
    page = shown.page
    page.duties.choose(helse.id)
    items = page.duties.items_model
    assert any("mareritt" in t for t in _model_texts(items))
    page.set_theme(MEETING)
    page.duties.choose(helse.id)
    texts = _model_texts(items)
    assert not any("mareritt" in t for t in texts)
    assert "Tiltak under et mål som er skjult i møtet" in texts
    expected = next(d for d in shown.view().duties(TODAY) if d.member.id == helse.id)
    row = page.duties.model.row_of(helse.id)
    assert page.duties.model.index(row, DutyTableModel.COL_OPEN).data() == str(expected.open)


# --- another youth -------------------------------------------------------------------------


def test_typing_is_saved_for_the_youth_it_was_typed_for(shown: Shown, qtbot: QtBot) -> None:
    skole = shown.member("skole")
    shown.page.choose(skole.id)
    field = shown.page.form.responsibilities
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, " Tirsdager.")
    other = import_document(shown.store, build_demo(TODAY), as_new=True)
    shown.page.show_youth(YouthContext(shown.store, shown.editor, other, TODAY))
    saved = shown.view().member(skole.id)
    assert saved is not None and saved.responsibilities.endswith("Tirsdager.")
    theirs = load_team(shown.store, other, TODAY)
    assert not any(m.responsibilities.endswith("Tirsdager.") for m in theirs.members)
    assert shown.page.form.member is None and not shown.page.has_unsaved()
    assert shown.page.members_model.rowCount() == len(theirs.active_members)


def test_meeting_mode_passes_the_projectors_privacy_rule(shown: Shown) -> None:
    """The project's rule for every page (tests/test_meeting_mode_privacy.py), on this one:
    no visible text holds a value of the record that the room may not see."""
    from tests.test_meeting_mode_privacy import sensitive_values, visible_texts

    secrets = sensitive_values(build_demo(TODAY))
    page = shown.page
    page.choose(shown.member("politi").id)
    page.consents.new_button.click()  # an open form must close on the wall

    def leaks() -> set[str]:
        text = "\n".join(t for t in visible_texts(page) if t)
        return {s for s in secrets if s in text}

    assert leaks()  # at the desk the page shows names, phones and consents: the scan works
    page.set_theme(MEETING)
    assert leaks() == set()
