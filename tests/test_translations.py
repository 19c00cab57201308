"""The languages: the .ts files are whole and agree with the code and with each other, and the
window speaks bokmål (Qt's own buttons too), nynorsk or English as chosen."""

from __future__ import annotations

import ast
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
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from lagmote import i18n
from lagmote.alerts import actions_alert, lagmote_alert
from lagmote.dates import WEEKDAYS, format_date_long, iso_week_label
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.plan import GoalFields, check_goal
from lagmote.standard import JUDGEMENTS, area, role, step_kind
from lagmote.steps import CaseDates, step_timeline
from lagmote.ui import translation_sources
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
from lagmote.week import check_week
from tests.test_meeting_mode_privacy import visible_texts

TODAY = date(2026, 12, 1)
# The domain modules whose sentences the window shows: they translate through lagmote.i18n.
DOMAIN_FILES = (
    "alerts.py",
    "closing.py",
    "dates.py",
    "evaluation.py",
    "evaluation_evidence.py",
    "kartlegging.py",
    "meetings.py",
    "minutes.py",
    "plan.py",
    "preferences.py",
    "private_file.py",
    "profile.py",
    "report_records.py",
    "service_notes.py",
    "standard.py",
    "steps.py",
    "team.py",
    "week.py",
)
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


def test_the_domain_texts_are_read_out_of_the_code() -> None:
    """``t("…")`` and ``N_("…")`` in ``lagmote/*.py`` reach the .ts files, under ``Domain``."""
    assert "lagmote/*.py" in CODE_GLOBS
    found = extract_messages([ROOT / "lagmote" / name for name in DOMAIN_FILES])
    by_file = {(m.file, m.context, m.source) for m in found}
    assert {
        ("lagmote/steps.py", "Domain", "{step} venter på {other}."),
        ("lagmote/alerts.py", "Domain", "{n} oppgaver fra lagmøtene over fristen"),
        ("lagmote/standard.py", "Domain", "Skole og utdanning"),
        ("lagmote/dates.py", "Domain", "mandag"),
        ("lagmote/week.py", "Domain", "Ingen aktivitet i uka."),
        ("lagmote/plan.py", "Domain", "{what} har for mange tegn ({count}); høyst {most} går an."),
    } <= by_file
    assert {m.file for m in found} == {f"lagmote/{name}" for name in DOMAIN_FILES}


def test_the_extractor_knows_the_markers_only_where_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ``t`` that is not :func:`lagmote.i18n.t` is no text to translate; a literal
    context is kept, and a text given by name (a marked constant) is not read twice."""
    monkeypatch.setattr(translation_sources, "ROOT", tmp_path)
    ours, theirs = tmp_path / "ours.py", tmp_path / "theirs.py"
    ours.write_text(
        "from lagmote.i18n import N_, t\n"
        'A = N_("Merket")\n'
        'B = t("Med sammenheng", "Egen")\n'
        'C = t("Med nøkkelord", context="Annen")\n'
        "D = t(A)\n",
        encoding="utf-8",
    )
    theirs.write_text("def t(x): return x\nA = t('Ikke vår')\n", encoding="utf-8")
    found = {(m.file, m.context, m.source) for m in extract_messages([ours, theirs])}
    assert found == {
        ("ours.py", "Domain", "Merket"),
        ("ours.py", "Egen", "Med sammenheng"),
        ("ours.py", "Annen", "Med nøkkelord"),
    }


def test_domain_texts_are_translated_before_they_are_formatted() -> None:
    """``t(f"…")`` or ``t("…" % x)`` would ask for a text no .ts file can hold."""
    wrong = []
    for path in sorted((ROOT / "lagmote").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("t", "N_")
                and node.args
                and isinstance(node.args[0], (ast.JoinedStr, ast.BinOp, ast.Call))
            ):
                wrong.append(f"{path.name}:{node.lineno}")
    assert wrong == []


def test_the_domain_hook_needs_no_qt() -> None:
    source = (ROOT / "lagmote" / "i18n.py").read_text(encoding="utf-8")
    assert "PySide6" not in source and "Qt" not in re.sub(r'""".*?"""', "", source, flags=re.S)


TIMELINE_DATES = CaseDates(
    henvisning=date(2026, 9, 1),
    inntaksmote=date(2026, 9, 10),
    oppstartsmote=date(2026, 9, 14),
)


def domain_sentences(today: date) -> dict[str, str]:
    """One sentence or name of each kind the domain gives the window."""
    steps = {s.key: s.sentence(today) for s in step_timeline(TIMELINE_DATES, today)}
    alert = lagmote_alert(date(2026, 11, 20), None, today)
    assert alert is not None
    tasks = actions_alert(3)
    assert tasks is not None
    try:
        check_goal(GoalFields(text=" "))
    except UserError as error:
        refused = str(error)
    return {
        "alert": alert.words,
        "tasks": tasks.words,
        "done": steps["henvisning"],
        "late": steps["forste_lagmote"],
        "waiting": steps["kartlegging"],
        "area": area(1).name,
        "role": role("foresatt").name,
        "step": step_kind("oppstartsmote").name,
        "judgement": JUDGEMENTS["bedre"],
        "weekday": WEEKDAYS[0],
        "date": format_date_long(today),
        "week": iso_week_label(today),
        "check": check_week([])[1].sentence,
        "refused": refused,
    }


BOKMAL_SENTENCES = {
    "alert": "Lagmøte på overtid: 11 dager over fristen 20.11.2026",
    "tasks": "3 oppgaver fra lagmøtene over fristen",
    "done": "Henvisning mottatt 01.09.2026.",
    "late": "Første lagmøte er 71 dager over fristen (frist 21.09.2026).",
    "waiting": "Kartlegging er ikke registrert ennå.",
    "area": "Skole og utdanning",
    "role": "Foresatte",
    "step": "Oppstartsmøte",
    "judgement": "Bedre",
    "weekday": "mandag",
    "date": "tirsdag 1. desember 2026",
    "week": "uke 49",
    "check": "Ingen aktivitet i uka. Minst én aktivitet skal være en del av oppfølgingen (§3.3).",
    "refused": "Målet må ha en tekst: skriv det med ungdommens egne ord.",
}


def test_the_domain_speaks_bokmal_without_a_translator() -> None:
    assert domain_sentences(TODAY) == BOKMAL_SENTENCES


def test_the_domain_speaks_english(speak: Speak) -> None:
    speak("en")
    assert domain_sentences(TODAY) == {
        "alert": "Team meeting overdue: 11 days past the deadline 20.11.2026",
        "tasks": "3 tasks from the team meetings past their deadline",
        "done": "Referral received 01.09.2026.",
        "late": "First team meeting is 71 days past the deadline (deadline 21.09.2026).",
        "waiting": "Assessment is not registered yet.",
        "area": "School and education",
        "role": "Parents/carers",
        "step": "Start-up meeting",
        "judgement": "Better",
        "weekday": "Monday",
        "date": "Tuesday 1 December 2026",
        "week": "week 49",
        "check": "No activity in the week. At least one activity is to be part of the "
        "follow-up (§3.3).",
        "refused": "The goal must have a text: write it in the young person's own words.",
    }


def test_the_domain_speaks_nynorsk(speak: Speak) -> None:
    speak("nn")
    sentences = domain_sentences(TODAY)
    assert sentences["done"] == "Tilvising motteken 01.09.2026."
    assert sentences["area"] == "Skule og utdanning"
    assert sentences["weekday"] == "måndag"
    assert sentences["week"] == "veke 49"
    assert sentences["alert"] == "Lagmøte på overtid: 11 dagar over fristen 20.11.2026"


def test_removing_the_translators_brings_bokmal_back(qapp: QApplication, speak: Speak) -> None:
    speak("en")
    assert area(1).name == "School and education"
    with i18n.source_texts():  # for documents that stay bokmål
        assert domain_sentences(TODAY) == BOKMAL_SENTENCES
    assert WEEKDAYS[0] == "Monday"
    remove_translators(qapp)
    assert domain_sentences(TODAY) == BOKMAL_SENTENCES


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


def bokmal_sources() -> set[str]:
    """The bokmål texts that English says differently (and that are no English text too)."""
    english = list(messages(OUR_FILES["en"]))
    differ = {
        source
        for _c, source, translation in english
        if translation.text and translation.text != source and re.search(r"[^\W\d_]{3}", source)
    }
    return differ - {translation.text for _c, _s, translation in english}


def shown_lines(root: QWidget) -> set[str]:
    return {
        line.replace("&", "").strip() for text in visible_texts(root) for line in text.split("\n")
    }


def test_english_window_shows_no_bokmal_text(qtbot: QtBot, store: Store, speak: Speak) -> None:
    """A text shown as its bokmål source in the English window (its pages and dialogs) was
    not passed through a translation, or was translated before the language was chosen."""
    from lagmote.ui.evaluation_page import EvaluationPage
    from lagmote.ui.settings_dialog import SettingsDialog

    speak("en")
    bokmal, shown = bokmal_sources(), {}
    main = demo_window(qtbot, store)
    for page in PAGE_NAMES:
        main.select_page(page)
        QApplication.processEvents()
        shown[page] = sorted(shown_lines(main) & bokmal)
    evaluations = main.pages.page("evaluations")
    assert isinstance(evaluations, EvaluationPage)
    dialogs = [SettingsDialog(store, main), evaluations.make_wizard(), main.sheet_dialog()]
    dialogs.append(evaluations.make_closing_wizard())
    for dialog in filter(None, dialogs):
        dialog.show()
        shown[type(dialog).__name__] = sorted(shown_lines(dialog) & bokmal)
        dialog.close()
    assert shown == {key: [] for key in shown}


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
