"""The tiltak table model: Qt's model rules, the late flag, meeting mode, and edits that
are asked for rather than written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lagmote.db.models import AuditEntry
from lagmote.db.plan_queries import load_plan
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.plan import TiltakFields, TiltakInfo
from lagmote.records import MemberInfo
from lagmote.ui.plan_models import (
    LATE_ROLE,
    TILTAK_ID_ROLE,
    TiltakTableModel,
    changed_fields,
    due_text,
)

TODAY = date(2026, 12, 1)
M = TiltakTableModel
DISPLAY = Qt.ItemDataRole.DisplayRole
MEMBERS = (
    MemberInfo(1, "oppfolger", "Jonas Prøve Berg"),
    MemberInfo(2, "barnevern", "Ingrid Test Dahl"),
)
ITEMS = (
    TiltakInfo(10, TiltakFields("Hente Emil klokka 08.00.", 1, 1, date(2027, 2, 18), "pagar")),
    TiltakInfo(11, TiltakFields("Søke om støtte.", 1, 2, date(2026, 11, 22), "planlagt")),
    TiltakInfo(
        12, TiltakFields("Skrive CV.", 1, 1, date(2026, 9, 1), "fullfort", date(2026, 9, 1))
    ),
    TiltakInfo(13, TiltakFields("مرحبا 😀 " * 300, 1, None, None, "avbrutt")),
)


@pytest.fixture
def model() -> TiltakTableModel:
    model = TiltakTableModel()
    model.set_tiltak(ITEMS, MEMBERS, TODAY)
    return model


def cell(model: TiltakTableModel, row: int, column: int, role: int = DISPLAY) -> Any:
    return model.data(model.index(row, column), role)


def test_the_model_keeps_qts_rules(qtmodeltester: ModelTester, model: TiltakTableModel) -> None:
    """The tester stays connected, so the changes after the check are checked too."""
    qtmodeltester.check(model, force_py=True)
    model.set_late_colour("#f9c66b")
    model.set_roles_only(True)
    model.set_tiltak(ITEMS[:2], MEMBERS, TODAY)
    model.set_tiltak(ITEMS[:2], MEMBERS, date(2027, 3, 1))
    model.set_tiltak((), MEMBERS, TODAY)
    model.set_tiltak(ITEMS, (), TODAY)


def test_cells_say_what_who_when_and_status(model: TiltakTableModel) -> None:
    assert cell(model, 0, M.COL_TEXT) == "Hente Emil klokka 08.00."
    assert cell(model, 0, M.COL_RESPONSIBLE) == "Jonas Prøve Berg (Én-til-én-oppfølger)"
    assert cell(model, 0, M.COL_DUE) == "18.02.2027"
    assert cell(model, 0, M.COL_STATUS) == "Pågår"
    assert cell(model, 3, M.COL_RESPONSIBLE) == "" and cell(model, 3, M.COL_DUE) == ""
    assert cell(model, 1, M.COL_TEXT, TILTAK_ID_ROLE) == 11
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Tiltak",
        "Ansvarlig",
        "Frist",
        "Status",
    ]


def test_a_late_measure_is_flagged_with_symbol_word_and_role(model: TiltakTableModel) -> None:
    assert cell(model, 1, M.COL_DUE) == "22.11.2026  ⚠ For sent"
    assert all(cell(model, 1, c, LATE_ROLE) for c in range(4))
    assert not any(cell(model, r, M.COL_DUE, LATE_ROLE) for r in (0, 2, 3))  # done, stopped
    assert cell(model, 1, M.COL_TEXT, Qt.ItemDataRole.BackgroundRole) is None
    model.set_late_colour("#f9c66b")
    brush = cell(model, 1, M.COL_TEXT, Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == "#f9c66b"
    assert cell(model, 0, M.COL_TEXT, Qt.ItemDataRole.BackgroundRole) is None
    assert due_text(ITEMS[1], date(2026, 11, 22)) == "22.11.2026"  # due today is not late


def test_meeting_mode_names_roles_only(model: TiltakTableModel) -> None:
    model.set_roles_only(True)
    assert cell(model, 0, M.COL_RESPONSIBLE) == "Én-til-én-oppfølger"
    assert all("Jonas" not in label for _, label in model.responsible_choices())


def test_same_rows_update_in_place_other_rows_reset(qtbot: QtBot, model: TiltakTableModel) -> None:
    changed = [replace(ITEMS[0], fields=replace(ITEMS[0].fields, text="Ny tekst.")), *ITEMS[1:]]
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_tiltak(changed, MEMBERS, TODAY)
    assert cell(model, 0, M.COL_TEXT) == "Ny tekst."
    with qtbot.waitSignal(model.modelReset):
        model.set_tiltak(ITEMS[1:], MEMBERS, TODAY)
    assert model.rowCount() == 3


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        (M.COL_TEXT, "Hente Emil 07.45.", {"text": "Hente Emil 07.45."}),
        (M.COL_RESPONSIBLE, 2, {"responsible_id": 2}),
        (M.COL_RESPONSIBLE, None, {"responsible_id": None}),
        (M.COL_DUE, QDate(2027, 1, 15), {"due_on": date(2027, 1, 15)}),
        (M.COL_DUE, QDate(), {"due_on": None}),
        (M.COL_STATUS, "fullfort", {"status": "fullfort", "done_on": TODAY}),
    ],
)
def test_set_data_asks_for_the_edit(
    qtbot: QtBot, model: TiltakTableModel, column: int, value: object, expected: dict[str, object]
) -> None:
    with qtbot.waitSignal(model.edit_requested) as blocker:
        assert model.setData(model.index(0, column), value)
    tiltak_id, fields = blocker.args
    assert tiltak_id == 10 and fields == replace(ITEMS[0].fields, **expected)
    assert cell(model, 0, column, Qt.ItemDataRole.EditRole) != value or column == M.COL_TEXT


def test_leaving_done_drops_the_done_date() -> None:
    fields = changed_fields(ITEMS[2].fields, M.COL_STATUS, "pagar", TODAY)
    assert fields.status == "pagar" and fields.done_on is None
    kept = changed_fields(ITEMS[2].fields, M.COL_STATUS, "fullfort", TODAY)
    assert kept.done_on == date(2026, 9, 1)


def test_an_unchanged_value_asks_for_nothing(qtbot: QtBot, model: TiltakTableModel) -> None:
    with qtbot.assertNotEmitted(model.edit_requested):
        model.setData(model.index(0, M.COL_STATUS), "pagar")
    assert not model.setData(model.index(0, 0), "x", Qt.ItemDataRole.DisplayRole)
    assert not model.setData(model.index(9, 0), "x")


def _writes(store: Store) -> int:
    with Session(store.engine) as session:
        query = select(func.count()).select_from(AuditEntry).where(AuditEntry.action != "read")
        return int(session.scalar(query) or 0)


def test_set_data_writes_nothing(qtbot: QtBot, store: Store) -> None:
    youth_id = import_document(store, build_demo(TODAY))
    plan = load_plan(store, youth_id)
    goal = next(g for g in plan.goals if g.tiltak)
    model = TiltakTableModel()
    model.set_tiltak(goal.tiltak, plan.members, TODAY)
    before = _writes(store)
    with qtbot.waitSignal(model.edit_requested):
        model.setData(model.index(0, M.COL_TEXT), "Noe helt annet.")
    assert _writes(store) == before
    assert load_plan(store, youth_id).goals[0].tiltak == plan.goals[0].tiltak
