"""What the projector shows is what a 14-year-old and a parent may see.

Every page of the window is shown in meeting mode with the demo youth, and every text a
person or a screen reader can get from a visible widget is collected. None of it may hold a
value the meeting must not see. Which values those are is worked out from the exported
record itself: every text field of the JSON document is sensitive unless it is on the short
list of fields that may be projected (below). So a new field, or a new page showing an old
one, fails here until someone decides, in this list, that the room may see it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.kartlegging import STANDARD_SENSITIVE
from lagmote.plan import SENSITIVE_SECTIONS
from lagmote.ui.main_window import PAGES, MainWindow

TODAY = date(2026, 12, 1)
SHORTEST = 8  # shorter values ("Far", "3") would match ordinary words by chance
FAMILY = ("ungdommen", "foresatt")

# The fields the room may see, by list and field. Everything else is sensitive.
MAY_SHOW: dict[str, frozenset[str]] = {
    "youth": frozenset({"first_name", "last_name", "preferred_name", "district", "language",
                        "gender", "uid", "status", "sensitive_areas", "referral_source"}),
    "team_members": frozenset({"role", "responsibilities"}),  # names: see _member_names
    "steps": frozenset({"kind"}),
    "consents": frozenset({"given_by_role", "form", "shared_roles"}),
    "kartlegginger": frozenset(),
    "ratings": frozenset({"perspective"}),  # resources, risks: see _kartlegging
    "plan_sections": frozenset({"key"}),  # text: see _plan
    "goals": frozenset(),  # see _plan
    "tiltak": frozenset({"status"}),  # see _plan
    "schedule": frozenset({"kind", "title", "place"}),
    "lagmoter": frozenset({"youth_words"}),
    "agenda_notes": frozenset({"item"}),  # text: see _meetings
    "decisions": frozenset({"text"}),
    "action_items": frozenset({"text"}),
    "attendees": frozenset({"role"}),
    "evaluations": frozenset({"recommendation", "reasons", "perspectives"}),  # the conclusion
    "closings": frozenset({"reason"}),
    "answers": frozenset({"perspective", "judgement"}),
}
TEAM_INTERNAL_AGENDA = frozenset({"koordinering"})


def _strings(table: str, row: dict[str, Any]) -> Iterator[str]:
    """The text values of ``row`` the room may not see, recursing into child lists."""
    allowed = MAY_SHOW.get(table, frozenset())
    for key, value in row.items():
        if isinstance(value, list):
            for child in value:
                yield from _strings(key, child)
        elif isinstance(value, str) and key not in allowed:
            yield value


def sensitive_values(doc: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    for key, value in doc.items():
        if key == "youth":
            found |= set(_strings("youth", value))
        elif isinstance(value, list):
            for row in value:
                found |= set(_strings(key, row))
    found -= _may_show_after_all(doc)
    return {v.strip() for v in found if len(v.strip()) >= SHORTEST}


def _may_show_after_all(doc: dict[str, Any]) -> set[str]:
    """Values of fields that are sensitive in general but fine for these rows."""
    fine = {m["name"] for m in doc["team_members"] if m["role"] in FAMILY}
    fine.add(doc["youth"]["district"])  # the header shows it; the bydel's staff share it
    sensitive_goals = {
        g["ref"] for g in doc["goals"] if g["area"] is not None and g["area"] in STANDARD_SENSITIVE
    }
    for goal in doc["goals"]:
        if goal["ref"] not in sensitive_goals:
            fine |= {goal["text"], goal["why"], *(goal[f"level_{n}"] for n in
                     ("minus2", "minus1", "0", "plus1", "plus2"))}  # fmt: skip
            fine |= {r["note"] for r in goal["ratings"]}
    fine |= {t["text"] for t in doc["tiltak"] if t["goal_ref"] not in sensitive_goals}
    fine |= {s["text"] for s in doc["plan_sections"] if s["key"] not in SENSITIVE_SECTIONS}
    for k in doc["kartlegginger"]:
        for r in k["ratings"]:
            if r["area"] not in STANDARD_SENSITIVE:
                fine |= {r["resources"], r["risks"]}
    for meeting in doc["lagmoter"]:
        for note in meeting.get("agenda_notes", []):
            if note["item"] not in TEAM_INTERNAL_AGENDA:
                fine.add(note["text"])
        fine |= {a["name"] for a in meeting["attendees"] if a["role"] in FAMILY}
    return fine


def visible_texts(root: QWidget) -> Iterator[str]:
    """Every text a visible widget under ``root`` shows or tells a screen reader."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        yield widget.accessibleName()
        yield widget.accessibleDescription()
        yield widget.toolTip()
        yield from _own_texts(widget)


def _own_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QHeaderView):  # its model is the table's: only titles show here
        model = widget.model()
        count = model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal else 0
        yield from (str(model.headerData(i, widget.orientation())) for i in range(count))
    elif isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        yield widget.text()
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield widget.toPlainText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    hidden = getattr(view, "isColumnHidden", lambda _c: False)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            if hidden(column):
                continue
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value


def _leaks(window: MainWindow, secrets: set[str]) -> dict[str, str]:
    text = "\n".join(t for t in visible_texts(window) if t)
    return {s[:30]: "shown" for s in secrets if s in text}


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[tuple[MainWindow, set[str]]]:
    doc = build_demo(TODAY)
    import_document(store, doc)
    main = MainWindow(store, "test.db", today=lambda: TODAY)
    qtbot.addWidget(main)
    main.reload()
    main.resize(1920, 1080)
    main.show()
    qtbot.waitExposed(main)
    yield main, sensitive_values(doc)


def test_the_check_finds_what_the_desk_shows(window: tuple[MainWindow, set[str]]) -> None:
    """Out of meeting mode the same pages show adults' names and phones: the scan works."""
    main, secrets = window
    main.select_page("overview")
    QApplication.processEvents()
    assert _leaks(main, secrets)


@pytest.mark.parametrize("page", PAGES)
def test_meeting_mode_shows_nothing_sensitive(
    window: tuple[MainWindow, set[str]], page: str
) -> None:
    main, secrets = window
    main.set_meeting_mode(True, full_screen=False)
    main.select_page(page)
    QApplication.processEvents()
    _open_everything(main)
    assert _leaks(main, secrets) == {}


def _open_everything(main: MainWindow) -> None:
    """Press the buttons that show more without choosing to reveal something sensitive:
    the room may see what a click away is, as long as nothing sensitive is there."""
    for button in main.findChildren(QAbstractButton):
        text = button.text()
        if button.isVisible() and button.isCheckable() and text.startswith("Vis vurderingene"):
            button.click()
    QApplication.processEvents()
