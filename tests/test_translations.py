"""The languages: the .ts files are whole and agree with the code and with each other, and the
window speaks bokmål (Qt's own buttons too), nynorsk or English as chosen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QWizard,
)
from pytestqt.qtbot import QtBot

from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.ui.main_window import MainWindow
from lagmote.ui.page_stack import PAGE_NAMES
from lagmote.ui.translation_sources import extract_messages
from lagmote.ui.translations import (
    CODE_GLOBS,
    I18N_DIR,
    ROOT,
    install_translators,
    remove_translators,
    system_language,
)
from tests.test_meeting_mode_privacy import visible_texts

TODAY = date(2026, 12, 1)
OUR_FILES = {lang: I18N_DIR / f"lagmote_{lang}.ts" for lang in ("nb", "nn", "en")}
ALL_TS = sorted(I18N_DIR.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
# English words a bokmål window must never show; none of them is a bokmål word.
ENGLISH_WORDS = frozenset(
    re.findall(
        r"\w+",
        "Cancel Save Close Yes No Back Next Finish Open File Edit View Help Undo Redo Delete "
        "Settings Search Print Apply Reset Discard Copy Paste Cut Select Show Hide Details "
        "Abort Retry Ignore Quit",
    )
)

Message = tuple[str, str, ET.Element]  # context, source, translation element
Speak = Callable[[str], str]


def messages(path: Path) -> Iterator[Message]:
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message without a translation"
            yield context.findtext("name") or "", message.findtext("source") or "", translation


def markers(text: str) -> tuple[Counter[str], int]:
    """The placeholders in ``text``, and how many ``&`` shortcuts (``&&`` is a plain ``&``)."""
    return Counter(PLACEHOLDER.findall(text)), text.replace("&&", "").count("&")


# -- the files, no window -----------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL_TS, ids=lambda p: p.name)
def test_every_ts_file_is_whole(path: Path) -> None:
    """Every message is translated and finished; nothing obsolete or vanished is kept."""
    unfinished = [
        (context, source)
        for context, source, translation in messages(path)
        if not translation.text or translation.get("type") in {"unfinished", "obsolete", "vanished"}
    ]
    assert unfinished == [], f"{path.name}: translate these (bash scripts/translations.sh)"


@pytest.mark.parametrize("path", ALL_TS, ids=lambda p: p.name)
def test_placeholders_and_mnemonics_match(path: Path) -> None:
    """``{name}``, ``%1`` and ``&`` shortcuts are the same in a text and its translation."""
    wrong = [
        (context, source, translation.text)
        for context, source, translation in messages(path)
        if markers(source) != markers(translation.text or "")
    ]
    assert wrong == []


def test_bokmal_translates_each_text_as_itself() -> None:
    assert all(source == t.text for _c, source, t in messages(OUR_FILES["nb"]))


def test_the_languages_have_the_same_texts() -> None:
    keys = {lang: {(c, s) for c, s, _t in messages(path)} for lang, path in OUR_FILES.items()}
    assert keys["nb"] == keys["nn"] == keys["en"]


def test_every_text_in_the_code_is_in_the_ts_files() -> None:
    """A new ``tr()`` text fails here until ``bash scripts/translations.sh update`` has
    read it in and it is translated."""
    code = extract_messages(sorted(p for pattern in CODE_GLOBS for p in ROOT.glob(pattern)))
    in_code = {(m.context, m.source) for m in code}
    in_ts = {(c, s) for c, s, _t in messages(OUR_FILES["nb"])}
    assert sorted(in_code - in_ts) == []


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        (["nn-NO", "nb-NO"], "nn"),
        (["nb-NO"], "nb"),
        (["no"], "nb"),
        (["en-GB", "nb-NO"], "en"),
        (["en_US"], "en"),
        (["de-DE", "en-US"], "nb"),
        (["C"], "nb"),
        ([], "nb"),
    ],
)
def test_the_system_language(ui_languages: list[str], expected: str) -> None:
    """Bokmål unless the system's first language is nynorsk or English."""
    assert system_language(ui_languages) == expected


# -- the window in each language ---------------------------------------------------------------


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Speak]:
    """``speak(lang)`` installs a language; afterwards the source texts and locale return."""
    locale = QLocale()
    yield lambda language: install_translators(qapp, language)
    remove_translators(qapp)
    QLocale.setDefault(locale)


def demo_window(qtbot: QtBot, store: Store) -> MainWindow:
    youth_id = import_document(store, build_demo(TODAY))
    main = MainWindow(store, "test.db", today=lambda: TODAY)
    qtbot.addWidget(main)
    main.reload()
    main.select_youth(youth_id)
    main.resize(1920, 1080)
    main.show()
    qtbot.waitExposed(main)
    return main


def words_on_every_page(main: MainWindow) -> dict[str, set[str]]:
    """Each page's shown texts (and the menus'), as words, with ``&`` shortcuts removed."""
    menus = [a.text() for a in main.findChildren(QAction) if a.isVisible()]
    shown: dict[str, set[str]] = {}
    for page in PAGE_NAMES:
        main.select_page(page)
        QApplication.processEvents()
        texts = [*visible_texts(main), *menus]
        shown[page] = set(re.findall(r"\w+", " ".join(texts).replace("&", "")))
    return shown


def test_bokmal_window_shows_no_english(qtbot: QtBot, store: Store, speak: Speak) -> None:
    speak("nb")
    english = {
        page: sorted(words & ENGLISH_WORDS)
        for page, words in words_on_every_page(demo_window(qtbot, store)).items()
    }
    assert english == {page: [] for page in PAGE_NAMES}


def test_qt_buttons_and_menus_speak_bokmal(qtbot: QtBot, speak: Speak) -> None:
    """Qt ships no bokmål for its own texts: qtbase_nb.ts gives them."""
    speak("nb")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Discard
        | QDialogButtonBox.StandardButton.Apply
        | QDialogButtonBox.StandardButton.Help
    )
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == [
        "Avbryt",
        "Bruk",
        "Forkast",
        "Hjelp",
        "Lagre",
        "Lukk",
        "OK",
    ]
    box = QMessageBox(QMessageBox.Icon.Question, "Lagmøte", "Sikker?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Ja", "Nei"]
    wizard = QWizard()
    qtbot.addWidget(wizard)
    back, cancel = QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton
    assert (wizard.buttonText(back), wizard.buttonText(cancel)) == ("< &Tilbake", "Avbryt")
    assert menu_texts(QLineEdit()) >= {"&Angre", "&Gjør om", "Klipp &ut", "&Kopier", "&Lim inn"}


def menu_texts(widget: QLineEdit) -> set[str]:
    menu = widget.createStandardContextMenu()
    texts = {a.text().split("\t")[0] for a in menu.actions()}
    menu.deleteLater()
    widget.deleteLater()
    return texts


@pytest.mark.parametrize(
    ("language", "tabs", "words"),
    [
        (
            "en",
            ["Overview", "My plan", "Week", "Assessment", "Team", "Team meetings", "Evaluation"],
            {"File", "Edit", "Help"},
        ),
        (
            "nn",
            ["Oversikt", "Min plan", "Veka", "Kartlegging", "Laget", "Lagmøte", "Evaluering"],
            {"Fil", "Rediger", "Hjelp"},
        ),
    ],
)
def test_the_window_switches_language(
    qtbot: QtBot, store: Store, speak: Speak, language: str, tabs: list[str], words: set[str]
) -> None:
    speak(language)
    main = demo_window(qtbot, store)
    tab_bar = main.pages.tabs
    assert [tab_bar.tabText(i) for i in range(tab_bar.count())] == tabs
    menus = {a.text().replace("&", "") for a in main.menuBar().actions()}
    assert words <= menus
