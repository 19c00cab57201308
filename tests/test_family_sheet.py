"""The family's one-page plan: always exactly one A4 page (empty, normal and extreme content),
the fixed words in bokmål, nynorsk and English, nothing sensitive on it, nothing cut in the
middle of a word without a mark, and every line inside the page."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagmote.db import plan_ops
from lagmote.db.plan_queries import load_plan
from lagmote.db.sheet_queries import load_sheet
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.family_sheet import FamilySheet, SheetEntry, SheetGoal, SheetHelper
from lagmote.family_sheet_texts import LANGUAGES, TEXTS, long_date
from lagmote.pdf.sheet_layout import BOTTOM
from lagmote.pdf.sheet_ops import PAGE_WIDTH, TextOp
from lagmote.pdf.sheet_pdf import measure, sheet_page, sheet_pdf
from lagmote.pdf.sheet_sections import MARGIN
from lagmote.pdf.sheet_text import ELLIPSIS, HYPHEN, wrap

TODAY = date(2026, 12, 1)
ARABIC = "سارة حسن عبد الرحمن"
LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung" * 3


def pdf_pages(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "plan.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def pdf_words(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "plan.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def empty_sheet(lang: str = "nb") -> FamilySheet:
    return FamilySheet(lang, "Ola", TODAY, None, (), (), (), ())


def extreme_sheet(lang: str = "nb") -> FamilySheet:
    """30 goals of 500 characters, a long name, emoji, Arabic, a full week, many helpers."""
    words = ("Jeg skal klare dette 💪 sammen med " + ARABIC + " og laget mitt. ") * 12
    goals = tuple(
        SheetGoal(f"{n}: {words}"[:500], (n % 5) - 2, "Nå går det " + words[:120])
        for n in range(30)
    )
    week = tuple(
        SheetEntry(day, 480 + 30 * n, f"Aktivitet nummer {n} med et langt navn {LONG_WORD}")
        for day in range(7)
        for n in range(12)
    )
    helpers = tuple(
        SheetHelper("Oppfølgeren min", f"{ARABIC} Bartholomæus-Øvergaard {n}", "400 00 00" + str(n))
        for n in range(15)
    )
    incident = tuple((key, words * 3) for key in ("signs", "i_do", "adults_do", "call"))
    name = "Muhammad-Ali Kristoffersen-Bjørnstjerne " + ARABIC + " 😀" * 20
    return FamilySheet(lang, name, TODAY, TODAY, goals, week, helpers, incident)


@pytest.fixture
def demo_store(store: Store) -> tuple[Store, int]:
    return store, import_document(store, build_demo(TODAY))


# --- exactly one page -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_empty_and_extreme_content_is_one_page(lang: str, tmp_path: Path) -> None:
    for sheet in (empty_sheet(lang), extreme_sheet(lang)):
        assert pdf_pages(sheet_pdf(sheet), tmp_path) == 1


def test_the_demo_is_one_page_and_not_shortened(
    demo_store: tuple[Store, int], tmp_path: Path
) -> None:
    store, youth_id = demo_store
    sheet = load_sheet(store, youth_id, TODAY)
    assert pdf_pages(sheet_pdf(sheet), tmp_path) == 1
    assert not sheet_page(sheet).shortened
    assert TEXTS["nb"]["more"] not in pdf_words(sheet_pdf(sheet), tmp_path)


def test_extreme_content_says_the_full_plan_has_more(tmp_path: Path) -> None:
    page = sheet_page(extreme_sheet())
    assert page.shortened
    text = pdf_words(sheet_pdf(extreme_sheet()), tmp_path)
    assert " ".join(TEXTS["nb"]["more"].split()) in text
    assert "1: Jeg skal klare dette" in text  # the most important goals stay


def _inside(sheet: FamilySheet) -> None:
    page = sheet_page(sheet)
    texts = [op for op in page.ops if isinstance(op, TextOp)]
    assert texts
    for op in texts:
        assert op.x >= MARGIN - 0.5
        assert op.x + measure(op.text, op.size, op.bold) <= PAGE_WIDTH - MARGIN + 0.5, op.text
        assert op.y <= BOTTOM, op.text


def test_every_line_of_extreme_content_is_inside_the_page() -> None:
    _inside(extreme_sheet())


_TEXTS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=600
)


@settings(max_examples=40, deadline=None)
@given(
    goals=st.lists(st.tuples(_TEXTS, st.sampled_from([None, -2, -1, 0, 1, 2])), max_size=25),
    entries=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 1380), _TEXTS), max_size=40),
    helpers=st.lists(st.tuples(_TEXTS, _TEXTS), max_size=14),
    incident=st.lists(_TEXTS, max_size=4),
    name=_TEXTS,
)
def test_any_content_fits_one_page(
    goals: list[tuple[str, int | None]],
    entries: list[tuple[int, int, str]],
    helpers: list[tuple[str, str]],
    incident: list[str],
    name: str,
) -> None:
    keys = ("signs", "i_do", "adults_do", "call")
    sheet = FamilySheet(
        "nb", name, TODAY, TODAY,
        tuple(SheetGoal(t, v, t[:80]) for t, v in goals),
        tuple(SheetEntry(d, m, t) for d, m, t in entries),
        tuple(SheetHelper("Skolen", n, p) for n, p in helpers),
        tuple(zip(keys, incident, strict=False)),
    )  # fmt: skip
    _inside(sheet)


# --- nothing cut without a mark -------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(text=_TEXTS, width=st.floats(20, 400), lines=st.integers(1, 6))
def test_wrapping_never_cuts_a_word_without_a_mark(text: str, width: float, lines: int) -> None:
    def size(t: str) -> float:
        return measure(t, 10, False)

    wrapped = wrap(text, width, size, lines)
    words = text.split()
    joined = " ".join(wrapped.lines)
    assert len(wrapped.lines) <= lines
    for line in wrapped.lines:
        for piece in line.split():
            whole = piece.rstrip(ELLIPSIS).rstrip(HYPHEN) if piece not in words else piece
            marked = piece.endswith((ELLIPSIS, HYPHEN)) or piece in words
            assert marked or any(whole in w for w in words)
    if not wrapped.cut:
        assert (
            joined.replace(HYPHEN + " ", "").replace(" ", "") == "".join(words).replace(" ", "")
            or HYPHEN in text
        )
    else:
        assert wrapped.lines[-1].endswith(ELLIPSIS)


def test_a_long_word_is_broken_with_a_hyphen_and_a_long_text_ends_with_an_ellipsis() -> None:
    def size(t: str) -> float:
        return measure(t, 10, False)

    wrapped = wrap(LONG_WORD, 100, size, 50)
    assert all(line.endswith(HYPHEN) for line in wrapped.lines[:-1])
    assert "".join(line.rstrip(HYPHEN) for line in wrapped.lines) == LONG_WORD
    cut = wrap("ett to tre fire fem seks sju åtte ni ti " * 20, 100, size, 2)
    assert cut.cut and cut.lines[-1].endswith(" " + ELLIPSIS)


# --- the three languages --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nb", ("Planen min", "Målene mine", "Uka mi", "Hvem hjelper meg", "Hvis noe går galt")),
        ("nn", ("Planen min", "Måla mine", "Veka mi", "Kven hjelper meg", "Viss noko går gale")),
        ("en", ("My plan", "My goals", "My week", "Who helps me", "If something goes wrong")),
    ],
)
def test_each_language_has_its_own_fixed_words(
    lang: str, words: tuple[str, ...], demo_store: tuple[Store, int], tmp_path: Path
) -> None:
    store, youth_id = demo_store
    sheet = load_sheet(store, youth_id, TODAY, lang)
    text = pdf_words(sheet_pdf(sheet), tmp_path)
    for word in words:
        assert word in text
    assert sheet.next_meeting is not None
    assert long_date(sheet.next_meeting, lang) in text
    others = [TEXTS[other]["goals"] for other in LANGUAGES if other != lang]
    assert not any(f" {o} " in f" {text} " for o in others if o != TEXTS[lang]["goals"])


# --- nothing sensitive ------------------------------------------------------------------------


def test_no_sensitive_goal_section_rating_or_birth_date(
    demo_store: tuple[Store, int], tmp_path: Path
) -> None:
    store, youth_id = demo_store
    plan = load_plan(store, youth_id)
    secret_goal = "Jeg skal slutte å røyke hasj i friminuttene"
    plan_ops.add_goal(
        store, youth_id, replace(plan.goals[0].fields, text=secret_goal, area=4), TODAY
    )
    document = build_demo(TODAY)
    text = pdf_words(sheet_pdf(load_sheet(store, youth_id, TODAY)), tmp_path)
    assert secret_goal not in text
    assert plan.goals[0].fields.text in text  # a goal outside the sensitive areas is there
    safety = " ".join(plan.section("trygghet").split())
    assert safety and safety[:40] not in text
    birth = document["youth"]["birth_date"]
    y, m, d = birth.split("-")
    assert birth not in text and f"{d}.{m}.{y}" not in text
    for kartlegging in document["kartlegginger"]:
        for rating in kartlegging["ratings"]:
            for field in ("resources", "risks"):
                value = " ".join(rating[field].split())
                assert not value or value[:30] not in text
