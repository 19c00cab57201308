"""The §8 report to Velferdsetaten: hiding small counts (lagmote.report), counting from plain
records, the CSV and the PDF, the read from the database, and ``lagmote report`` as a user
runs it. The report must hold no name, birth date or free text from the database."""

from __future__ import annotations

import copy
import csv
import dataclasses
import io
import itertools
import stat
import subprocess
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lagmote.closing import CLOSING_REASONS
from lagmote.dates import format_date
from lagmote.db.engine import open_database
from lagmote.db.models import AuditEntry
from lagmote.db.report_queries import load_report, load_report_records
from lagmote.db.store import Actor, Store
from lagmote.db.transfer import import_document
from lagmote.db.transfer.spec import TABLES, YOUTH, Table
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.pdf.report_pdf import report_pdf
from lagmote.report import (
    CSV_HEADER,
    TITLE,
    Report,
    build_report,
    count_tables,
    goal_change,
    report_csv,
)
from lagmote.report_records import (
    ClosingRecord,
    EvaluationRecord,
    GoalRecord,
    KartleggingRecord,
    Period,
    TiltakRecord,
    YouthRecord,
    followed_in,
    report_period,
)
from lagmote.report_suppression import (
    HIDDEN,
    SMALL,
    hide_group,
    is_small,
    shown,
)
from lagmote.standard import GENDERS, RECOMMENDATIONS, SCHEDULE_KINDS, TILTAK_STATUSES
from tests.test_cli import PASSPHRASE, assert_one_line_error, run

PERIOD = Period(date(2026, 3, 1), date(2026, 7, 31))
MADE_ON = date(2026, 12, 1)


# --- hiding small counts --------------------------------------------------------------------


def _bounds(display: str, total: int, beside_small: bool) -> tuple[int, int]:
    if display == SMALL:
        return 1, 4
    if display == HIDDEN:
        return (5, total) if beside_small else (0, total)
    return int(display), int(display)


def feasible(cells: Sequence[str], total: str, index: int) -> set[int]:
    """What a reader can tell the count at ``index`` may be, from what is shown and the rule:
    a «<5» is 1–4; a «skjult» beside a «<5» is 5 or more, otherwise anything; a «<5» total is
    1–4. (Sums of whole-number ranges are whole-number ranges, so bounds are enough.)"""
    found: set[int] = set()
    for t in range(1, 5) if total == SMALL else [int(total)]:
        bounds = [_bounds(c, t, SMALL in cells) for c in cells]
        rest_low = sum(b[0] for j, b in enumerate(bounds) if j != index)
        rest_high = sum(b[1] for j, b in enumerate(bounds) if j != index)
        low, high = bounds[index]
        found |= set(range(max(low, t - rest_high), min(high, t - rest_low) + 1))
    return found


@pytest.mark.parametrize(
    ("counts", "cells"),
    [
        ((0, 0, 7), ("0", "0", "7")),  # 0 stays 0
        ((7, 3, 4, 0), ("7", "<5", "<5", "0")),  # two small ones: 3+4 or 4+3
        ((12, 3, 6, 0), ("12", "<5", HIDDEN, "0")),  # one small: the smallest other goes too
        ((1, 1, 9), ("<5", "<5", HIDDEN)),  # 1+1 is the only way to make 2
        ((4, 4, 9), ("<5", "<5", HIDDEN)),  # nor 4+4 to make 8
        ((1, 5, 20), ("<5", HIDDEN, HIDDEN)),  # <5 and 5+ making 6: 1 and 5
        ((1, 5), (HIDDEN, HIDDEN)),  # nothing to hide beside them: only the total shows
        ((2, 1, 0), ("<5", "<5", "0")),  # the total is <5 too
        ((1, 1, 1, 1, 0), (HIDDEN,) * 5),  # four <5 under a <5 total: all must be 1
    ],
)
def test_hide_group(counts: tuple[int, ...], cells: tuple[str, ...]) -> None:
    assert hide_group(counts, sum(counts)) == cells


def test_totals_are_shown_like_any_count() -> None:
    assert [shown(n) for n in (0, 1, 4, 5, 123)] == ["0", "<5", "<5", "5", "123"]


@pytest.mark.parametrize(("size", "top"), [(2, 14), (3, 12), (4, 10), (5, 7)])
def test_no_small_count_can_be_worked_out(size: int, top: int) -> None:
    """Every group of ``size`` counts up to ``top``: each count is shown as itself, «<5» or
    «skjult» (all of them «skjult» when nothing else works), and no «<5» can be narrowed to
    one number from the total and the rest of the group."""
    for counts in itertools.product(range(top + 1), repeat=size):
        total = sum(counts)
        cells = hide_group(counts, total)
        if set(cells) != {HIDDEN}:
            for count, cell in zip(counts, cells, strict=True):
                wanted = SMALL if is_small(count) else str(count)
                assert cell == wanted or (cell == HIDDEN and count > 4), (counts, cells)
        for index, cell in enumerate(cells):
            if cell == SMALL:
                assert len(feasible(cells, shown(total), index)) > 1, (counts, cells)


# --- counting from plain records ------------------------------------------------------------


def youth(**fields: Any) -> YouthRecord:
    values: dict[str, Any] = {
        "age": 15,
        "gender": "gutt",
        "district": "Bydel Test",
        "referred_on": date(2026, 1, 10),
        "started_on": None,
        "ended_on": None,
    }
    return YouthRecord(**(values | fields))


def raw(youths: Sequence[YouthRecord], key: str) -> dict[str, tuple[int, ...]]:
    """A table's true counts (before hiding), by row label; the total under its label."""
    followed = [y for y in youths if followed_in(y, PERIOD)]
    table = next(t for t in count_tables(followed, PERIOD) if t.key == key)
    return dict(table.rows) | {table.total_label: (table.total,)}


def cells(report: Report, key: str) -> dict[str, tuple[str, ...]]:
    """A table as shown, by row label; the total under its label."""
    table = report.table(key)
    return dict(table.rows) | {table.total_label: (table.total,)}


@pytest.mark.parametrize(
    ("fields", "followed"),
    [
        ({}, True),
        ({"referred_on": PERIOD.end}, True),
        ({"referred_on": date(2026, 8, 1)}, False),
        ({"referred_on": date(2026, 8, 1), "started_on": date(2026, 7, 1)}, True),
        ({"referred_on": None, "started_on": date(2026, 2, 1)}, True),
        ({"referred_on": None}, False),
        ({"ended_on": date(2026, 2, 28)}, False),
        ({"ended_on": PERIOD.start}, True),
    ],
)
def test_followed_in_the_period(fields: dict[str, Any], followed: bool) -> None:
    assert followed_in(youth(**fields), PERIOD) is followed


def test_seven_youths_by_age_and_gender() -> None:
    youths = [
        *[youth(age=14) for _ in range(3)],
        *[youth(age=16) for _ in range(4)],
        youth(age=15, ended_on=date(2026, 1, 31)),  # closed before the period
    ]
    report = build_report(youths, PERIOD, MADE_ON)
    assert cells(report, "oppfolgt")["I alt"] == ("7",)
    assert cells(report, "kjonn")["Gutt"] == ("7",)
    ages = cells(report, "alder")
    assert (ages["14–15 år"], ages["16–17 år"], ages["I alt"]) == (("<5",), ("<5",), ("7",))
    assert ages["Under 12 år"] == ages["18 år eller eldre"] == ages["Ukjent"] == ("0",)


def test_unknown_and_edge_ages_and_genders() -> None:
    youths = [youth(age=None), youth(age=11), youth(age=18), youth(gender=None)]
    youths.append(youth(gender="ukjent-kode"))
    ages, genders = raw(youths, "alder"), raw(youths, "kjonn")
    assert (ages["Ukjent"], ages["Under 12 år"], ages["18 år eller eldre"]) == ((1,), (1,), (1,))
    assert genders["Ukjent"] == (2,) and genders["Gutt"] == (3,)
    assert list(genders)[: len(GENDERS)] == list(GENDERS.values())


def test_new_in_the_period() -> None:
    youths = [youth(), youth(referred_on=date(2026, 3, 1)), youth(started_on=date(2026, 5, 1))]
    counts = raw(youths, "oppfolgt")
    assert counts["Henvist eller startet før perioden"] == (2,)
    assert counts["Henvist eller startet i perioden"] == (1,)


def kartlegging(on: date, **ratings: int) -> KartleggingRecord:
    """Ratings by area number written as a1=…, a12=…."""
    return KartleggingRecord(on, {int(key[1:]): value for key, value in ratings.items()})


def test_challenge_areas_from_the_latest_kartlegging_in_the_period() -> None:
    moving = youth(
        kartlegginger=(
            kartlegging(date(2026, 5, 1), a1=3, a2=2, a3=1),  # the latest in the period
            kartlegging(date(2026, 4, 1), a1=1, a2=4),
            kartlegging(date(2026, 8, 1), a4=1),  # after the period
        )
    )
    unassessed = youth(kartlegginger=(kartlegging(date(2026, 6, 1), a1=2),))  # a2 not assessed
    before = youth(kartlegginger=(kartlegging(date(2026, 2, 1), a1=1),))
    counts = raw([moving, unassessed, before], "omrader")
    assert counts["Ungdommer med kartlegging i perioden"] == (2,)
    assert counts["Skole og utdanning"] == (1, 1)
    assert counts["Familie og omsorgssituasjon"] == (1, 1)
    assert counts["Venner og fritid"] == (1, 1)
    assert counts["Psykisk og fysisk helse"] == (0, 2)


def goal(*ratings: tuple[date, int], created: date = date(2026, 1, 1), **more: Any) -> GoalRecord:
    return GoalRecord(created, more.get("closed_on"), ratings)


def test_goal_changes() -> None:
    early, mid, late, after = (date(2026, m, 1) for m in (2, 4, 6, 8))
    goals = (
        goal((mid, 1), (early, -1)),  # better, in any order
        goal((early, 0), (late, 0)),
        goal((early, 1), (mid, -1), (after, 2)),  # worse: the rating after the period is not seen
        goal((early, -2)),
        goal((early, -2), (mid, 2), closed_on=date(2026, 2, 15)),  # closed before the period
        goal((after, -2), (after, 2), created=after),  # set after the period
    )
    assert [goal_change(g, PERIOD) for g in goals[:4]] == ["bedre", "uendret", "verre", "for_fa"]
    counts = raw([youth(goals=goals)], "mal")
    assert list(counts.values()) == [(1,), (1,), (1,), (1,), (4,)]


def test_tiltak_by_status_without_those_done_before_the_period() -> None:
    tiltak = (
        TiltakRecord("fullfort", date(2026, 2, 1)),
        TiltakRecord("fullfort", date(2026, 3, 1)),
        TiltakRecord("pagar", None),
        TiltakRecord("avbrutt", None),
    )
    counts = raw([youth(tiltak=tiltak), youth(tiltak=tiltak[2:3])], "tiltak")
    wanted = {"Planlagt": (0,), "Pågår": (2,), "Fullført": (1,), "Avbrutt": (1,)}
    assert counts == wanted | {"Tiltak i alt": (4,)}
    assert list(counts)[:-1] == list(TILTAK_STATUSES.values())


def test_the_week_counts_youths_not_appointments() -> None:
    youths = [youth(week_kinds=frozenset({"skole", "aktivitet"})), youth(), youth()]
    youths.append(youth(week_kinds=frozenset({"skole"})))
    counts = raw(youths, "uka")
    assert counts[SCHEDULE_KINDS["skole"]] == (2, 2)
    assert counts[SCHEDULE_KINDS["aktivitet"]] == (1, 3)
    assert counts["Ungdommer fulgt opp i perioden"] == (4,)


def test_evaluations_in_the_period_by_recommendation() -> None:
    evaluations = (
        EvaluationRecord(date(2026, 3, 1), "viderefores"),
        EvaluationRecord(date(2026, 7, 31), "avsluttes"),
        EvaluationRecord(date(2026, 5, 1), None),
        EvaluationRecord(date(2026, 8, 1), "avsluttes"),
    )
    counts = raw([youth(evaluations=evaluations)], "evaluering")
    assert list(counts.values()) == [(1,), (1,), (1,), (3,)]
    assert list(counts)[:2] == list(RECOMMENDATIONS.values())


def test_closings_in_the_period_not_reopened_in_it() -> None:
    closings = (
        ClosingRecord(date(2026, 4, 1), "mal_nadd", None),
        ClosingRecord(date(2026, 5, 1), "flytter", date(2026, 5, 20)),  # reopened in it
        ClosingRecord(date(2026, 7, 1), "alder", date(2026, 9, 1)),  # reopened after it
        ClosingRecord(date(2026, 2, 1), "annet", None),  # before it
    )
    counts = raw([youth(closings=closings)], "avslutning")
    wanted = dict.fromkeys(CLOSING_REASONS.values(), (0,))
    wanted |= {CLOSING_REASONS["mal_nadd"]: (1,), CLOSING_REASONS["alder"]: (1,)}
    assert counts == wanted | {"Avsluttet i alt": (2,)}


def test_districts_of_the_youths_followed_only() -> None:
    youths = [youth(district="Bydel B"), youth(district=" Bydel A "), youth(district="")]
    youths.append(youth(district="Bydel C", ended_on=date(2026, 1, 1)))
    assert build_report(youths, PERIOD, MADE_ON).districts == ("Bydel A", "Bydel B")


# --- the period -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "period"),
    [
        (None, None, (date(2026, 1, 1), MADE_ON)),
        (None, "2025-12-31", (date(2025, 1, 1), date(2025, 12, 31))),
        ("2026-03-01", None, (date(2026, 3, 1), MADE_ON)),
        ("01.03.2026", "31.7.2026", (date(2026, 3, 1), date(2026, 7, 31))),
        ("2026-07-31", "2026-07-31", (date(2026, 7, 31), date(2026, 7, 31))),
    ],
)
def test_report_period(start: str | None, end: str | None, period: tuple[date, date]) -> None:
    assert report_period(start, end, MADE_ON) == Period(*period)


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("2026-13-01", None, "«2026-13-01» er ikke en dato; skriv den som 2026-12-31."),
        (None, "31.02.2026", "«31.02.2026» er ikke en dato"),
        ("i går", None, "«i går» er ikke en dato"),
        ("2026-08-01", "2026-07-31", "Periodens første dag (01.08.2026) er etter den siste"),
    ],
)
def test_a_bad_period_is_one_sentence(start: str | None, end: str | None, words: str) -> None:
    with pytest.raises(UserError, match=words.replace("(", r"\(").replace(")", r"\)")):
        report_period(start, end, MADE_ON)


# --- the CSV and the PDF from plain records -------------------------------------------------


def small_population() -> list[YouthRecord]:
    """Nine followed: 6 boys, 3 girls (3 shown as <5, so 6 is hidden too)."""
    return [youth() for _ in range(6)] + [youth(gender="jente") for _ in range(3)]


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    text = data.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_the_csv_is_for_norwegian_excel() -> None:
    report = build_report(small_population(), PERIOD, MADE_ON)
    rows = read_csv(report_csv(report))
    period = "01.03.2026–31.07.2026"
    assert tuple(rows[0]) == CSV_HEADER
    assert all(len(row) == 4 and row[3] == period for row in rows[1:])
    assert ["Kjønn", "Gutt", HIDDEN, period] in rows
    assert ["Kjønn", "Jente", "<5", period] in rows
    assert ["Kjønn", "I alt", "9", period] in rows
    assert ["Utfordringsområder (§7.3)", "Sikkerhet – Bekymring (1–2)", "0", period] in rows
    assert len(rows) == 1 + sum(len(t.rows) * len(t.columns) + 1 for t in report.tables)


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def test_the_pdf_has_the_tables_and_the_rule_in_words(tmp_path: Path) -> None:
    report = build_report(small_population(), PERIOD, MADE_ON)
    text = pdf_text(report_pdf(report), tmp_path)
    for words in [
        TITLE,
        "Periode: 01.03.2026–31.07.2026",
        "Bydel: Bydel Test",
        "Tall fra 1 til 4 vises som «<5»",
        "Gutt skjult Jente <5",
        "Ungdommer med kartlegging i perioden: 0",
        "Avsluttede oppfølginger",
        "side 1 av",
    ]:
        assert words in text, words
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "rapport.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert TITLE in info


# --- from the database ----------------------------------------------------------------------

BASE = date(2026, 10, 1)
"""The demo's «today» for the youths: henvisning 04.05.2026, kartlegginger 26.05 and 24.08.,
goal ratings 28.05., 07.07. and 17.08.2026; in PERIOD: the first of each, not the last."""
NAMES = ("Aurora", "Sindre", "Ylva", "Tobias", "Iselin", "Magnus", "Sigrid", "Eskil", "Vilde")
LAST_NAMES = ("Fjellbu", "Strandlie", "Moengen", "Kvisle", "Rustad", "Brattli", "Hovde",
              "Sæther", "Lunde")  # fmt: skip
BIRTHS = (*[date(2012, 9, 1)] * 3, *[date(2010, 2, 1)] * 4, date(2011, 6, 1), date(2011, 6, 2))
"""Youths 1–3 are 13 on the period's last day (and 14 today), 4–7 are 16, 8–9 are 15."""
MARK = "ZQX"
NOT_FREE_TEXT = frozenset(
    {"uid", "district", "transitions", "perspectives", "shared_roles", "sensitive_areas"}
)
"""Text columns that hold codes (or the district, an organisation), not free text."""


def mark_free_text(table: Table, row: dict[str, Any], number: int) -> None:
    """Every free-text value gets a marker that must never reach the report."""
    for f in table.fields:
        if f.kind == "str" and f.codes is None and f.name not in NOT_FREE_TEXT:
            row[f.name] = f"{MARK}{number}Q {row[f.name] or ''}".strip()
    for child in table.children:
        for item in row.get(child.key, []):
            mark_free_text(child, item, number)


def closing(on: str, reason: str) -> dict[str, Any]:
    return {
        "evaluation_ref": None, "closed_on": on, "reason": reason, "reason_text": "Grunnen",
        "handover": "Ingen", "contact_name": "Kontakt Person", "contact_service": "NAV",
        "contact_phone": "400 00 099", "transitions": "", "transitions_note": "",
        "summary": "Det gikk bra.", "reopened_on": None,
    }  # fmt: skip


def close(document: dict[str, Any], on: str, reason: str) -> None:
    document["youth"]["status"] = "avsluttet"
    document["steps"].append({"kind": "avslutning", "planned_on": None, "done_on": on, "note": ""})
    document["closings"].append(closing(on, reason))


def rating(document: dict[str, Any], area: int, perspective: str) -> dict[str, Any]:
    """The first kartlegging's rating of ``area`` from ``perspective``."""
    ratings = document["kartlegginger"][0]["ratings"]
    return next(r for r in ratings if r["area"] == area and r["perspective"] == perspective)


def draft_evaluation(document: dict[str, Any]) -> dict[str, Any]:
    """A draft in the period that would recommend ending: a draft is not counted."""
    draft = copy.deepcopy(document["evaluations"][0])
    return draft | {"ref": 2, "evaluated_on": "2026-06-01", "completed": False,
                    "recommendation": "avsluttes", "next_evaluation_on": None}  # fmt: skip


def population() -> list[dict[str, Any]]:
    """Nine youths: 1–5 boys, 6–7 girls, all followed in PERIOD (7 closed in it, «mål nådd»);
    8 closed before it (in another district), 9 referred after it. Youths 1, 2 and 6 had
    «Motivasjon» rated 2 by the team at the first kartlegging; every youth rated «Sikkerhet»
    1 there, which the team did not assess. Youth 1 has a draft evaluation in the period."""
    documents = []
    for number in range(1, 10):
        document = build_demo(date(2025, 9, 1) if number == 8 else BASE)
        rating(document, 12, "lag")["rating"] = None
        rating(document, 12, "ungdom")["rating"] = 1
        person = document["youth"]
        person |= {"first_name": NAMES[number - 1], "last_name": LAST_NAMES[number - 1]}
        person |= {"preferred_name": f"{NAMES[number - 1][:3]}e"}
        person |= {"gender": "jente" if number in (6, 7, 9) else "gutt"}
        person["birth_date"] = BIRTHS[number - 1].isoformat()
        if number in (1, 2, 6):
            rating(document, 6, "lag")["rating"] = 2
        if number == 1:
            document["evaluations"].append(draft_evaluation(document))
        if number == 7:
            close(document, "2026-06-30", "mal_nadd")
        if number == 8:
            close(document, "2026-02-10", "flytter")
            person["district"] = "Bydel Utenfor"
        if number == 9:
            for step in document["steps"]:
                step["done_on"] = max(step["done_on"] or "", "2026-08-15")
        mark_free_text(YOUTH, person, number)
        for table in TABLES:
            for row in document[table.key]:
                mark_free_text(table, row, number)
        documents.append(document)
    return documents


def fill(store: Store) -> list[dict[str, Any]]:
    documents = population()
    for document in documents:
        import_document(store, document, as_new=True)
    return documents


def audit(store: Store) -> list[tuple[str, str, int | None, str]]:
    query = select(AuditEntry).order_by(AuditEntry.id)
    with store.engine.connect() as connection:
        return [(r.action, r.object, r.youth_id, r.detail) for r in connection.execute(query)]


def test_the_report_from_the_database(any_store: Store) -> None:
    fill(any_store)
    before = len(audit(any_store))
    report = load_report(any_store, PERIOD, MADE_ON)
    assert audit(any_store)[before:] == [("list", "report", None, "§8 01.03.2026–31.07.2026")]
    assert report.districts == ("Bydel Eksempel (fiktiv)",)
    assert cells(report, "oppfolgt")["I alt"] == ("7",)
    genders = cells(report, "kjonn")
    assert list(genders.values()) == [(HIDDEN,), ("<5",), ("0",), ("0",), ("7",)]
    ages = cells(report, "alder")
    assert (ages["12–13 år"], ages["16–17 år"], ages["I alt"]) == (("<5",), ("<5",), ("7",))
    assert ages["14–15 år"] == ("0",)  # 8 and 9 are not followed in the period
    areas = cells(report, "omrader")
    assert areas["Skole og utdanning"] == ("7", "0")  # the first kartlegging, not the second
    assert areas["Motivasjon og endringsvilje"] == ("<5", "<5")
    assert areas["Sikkerhet"] == ("0", "7")  # only the youth's own rating: not counted
    assert cells(report, "tiltak")["Tiltak i alt"] == ("63",)
    assert cells(report, "uka")[SCHEDULE_KINDS["skole"]] == ("7", "0")
    assert cells(report, "mal")["Bedre enn ved første vurdering"] == ("28",)
    assert cells(report, "evaluering")["Evalueringer i alt"] == ("0",)
    closings = cells(report, "avslutning")
    assert closings[CLOSING_REASONS["mal_nadd"]] == closings["Avsluttet i alt"] == ("<5",)
    assert closings[CLOSING_REASONS["flytter"]] == ("0",)


def strings_in(value: object) -> Iterator[str]:
    """Every string anywhere in a record: fields, tuples, sets and mappings."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from strings_in(getattr(value, f.name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from (*strings_in(key), *strings_in(item))
    elif isinstance(value, tuple | frozenset | list):
        for item in value:
            yield from strings_in(item)


def test_the_records_hold_only_codes_and_the_district(any_store: Store) -> None:
    fill(any_store)
    records = load_report_records(any_store, PERIOD)
    codes = {*GENDERS, *TILTAK_STATUSES, *SCHEDULE_KINDS, *RECOMMENDATIONS, *CLOSING_REASONS}
    districts = {"Bydel Eksempel (fiktiv)", "Bydel Utenfor"}
    assert len(records) == 9
    assert set(itertools.chain.from_iterable(map(strings_in, records))) <= codes | districts
    assert sorted(r.age or 0 for r in records) == [13, 13, 13, 15, 15, 16, 16, 16, 16]


def test_no_name_birth_date_or_free_text_reaches_the_report(
    any_store: Store, tmp_path: Path
) -> None:
    documents = fill(any_store)
    report = load_report(any_store, PERIOD, MADE_ON)
    csv_text = report_csv(report).decode("utf-8-sig")
    pdf = pdf_text(report_pdf(report), tmp_path)
    assert "Bydel Eksempel (fiktiv)" in pdf and "Bydel Utenfor" not in pdf
    for text in (csv_text, pdf):
        assert MARK not in text
        for document in documents:
            person = document["youth"]
            for name in ("first_name", "last_name", "preferred_name"):
                assert person[name].split()[-1] not in text
            birth = date.fromisoformat(person["birth_date"])
            assert birth.isoformat() not in text and format_date(birth) not in text


# --- the command line -----------------------------------------------------------------------


@pytest.fixture(params=["sqlcipher", "postgresql"])
def filled_db(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """The population in a database the command can open: an encrypted file, or PostgreSQL."""
    monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
    target = str(tmp_path / "case.db")
    if request.param == "postgresql":
        target = request.getfixturevalue("pg_url")
    database = open_database(target)
    try:
        fill(Store(database.engine, Actor("Test Testesen")))
    finally:
        database.dispose()
    return target


def exports(target: str) -> list[tuple[str, str, int | None, str]]:
    database = open_database(target)
    try:
        rows = audit(Store(database.engine, Actor("Test Testesen")))
    finally:
        database.dispose()
    return [row for row in rows if row[0] == "export"]


def test_report_writes_the_csv_and_the_pdf_beside_it(
    filled_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    period = ("--from", "2026-03-01", "--to", "31.07.2026")
    result = run("report", "--db", filled_db, *period, "--out", str(folder / "rapport.csv"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["rapport.csv", "rapport.pdf"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
    rows = read_csv((folder / "rapport.csv").read_bytes())
    assert ["Ungdommer fulgt opp i perioden", "I alt", "7", "01.03.2026–31.07.2026"] in rows
    assert "Gutt skjult Jente <5" in pdf_text((folder / "rapport.pdf").read_bytes(), tmp_path)
    monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
    assert exports(filled_db) == [("export", "report", None, "§8 01.03.2026–31.07.2026")]


def test_report_with_its_own_pdf_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
    database = open_database(str(tmp_path / "tom.db"))  # an empty store: every count 0
    database.dispose()
    out, pdf = tmp_path / "tall.csv", tmp_path / "utskrift" / "rapport.pdf"
    pdf.parent.mkdir()
    result = run("report", "--db", str(tmp_path / "tom.db"), "--out", str(out), "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    assert out.is_file() and pdf.is_file() and not out.with_suffix(".pdf").exists()
    rows = read_csv(out.read_bytes())
    today = date.today()
    assert rows[1][3] == f"01.01.{today.year}–{format_date(today)}"  # the default period
    assert {row[2] for row in rows[1:]} == {"0"}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--from", "2026-02-30"), "«2026-02-30» er ikke en dato; skriv den som 2026-12-31."),
        (("--from", "2026-08-01", "--to", "2026-07-31"), "Periodens første dag (01.08.2026)"),
        (("--out", "finnes/ikke/rapport.csv"), "Mappen finnes/ikke finnes ikke."),
        (("--pdf", "finnes/ikke/rapport.pdf"), "Mappen finnes/ikke finnes ikke."),
        (("--out", "rapport.pdf"), "CSV-filen og PDF-filen må ha hvert sitt navn."),
    ],
)
def test_report_errors_are_one_line_and_write_nothing(
    tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    out = () if "--out" in args else ("--out", "rapport.csv")
    result = run("report", "--db", str(tmp_path / "case.db"), *out, *args, cwd=folder)
    assert_one_line_error(result, words)
    assert list(folder.iterdir()) == []
    assert not (tmp_path / "case.db").exists()  # the period and names are checked first


def test_report_without_out_is_wrong_usage(tmp_path: Path) -> None:
    result = run("report", "--db", str(tmp_path / "case.db"))
    assert_one_line_error(result, "mangler --out")
