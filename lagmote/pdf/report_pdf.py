"""«Rapport til Velferdsetaten (§8)» as an A4 PDF, with the same tables as the CSV.

Most important first: the period, the district(s), the promise that nothing identifies a
person, and the rule for small counts in words. Then one section per table: a heading, one
sentence on what is counted, and the table with its total in bold. Counts stand right-aligned
in their own columns so they read down easily. The document's metadata carry the title only.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from lagmote.dates import format_date
from lagmote.pdf.common import (
    BOLD,
    SMALL_SIZE,
    TEXT_WIDTH,
    Cell,
    build_pdf,
    paragraph,
    section,
    styles,
    table,
)
from lagmote.report import (
    TITLE,
    Report,
)
from lagmote.report_suppression import (
    SUPPRESSION_RULE,
    ShownTable,
)

ANONYMOUS = (
    "Alle tall er samlet og anonyme: rapporten har ingen navn, fødselsdatoer eller fritekst "
    "fra journalen."
)
SINGLE_WIDTHS = (0.78 * TEXT_WIDTH, 0.22 * TEXT_WIDTH)
DOUBLE_WIDTHS = (0.52 * TEXT_WIDTH, 0.24 * TEXT_WIDTH, 0.24 * TEXT_WIDTH)


@cache
def number_style() -> ParagraphStyle:
    return ParagraphStyle("number", styles().cell, alignment=TA_RIGHT)


@cache
def total_number_style() -> ParagraphStyle:
    return ParagraphStyle("total_number", number_style(), fontName=BOLD)


@cache
def rule_style() -> ParagraphStyle:
    """What a table counts: a little smaller than the body, just over the table."""
    return ParagraphStyle("rule", styles().body, fontSize=SMALL_SIZE, leading=12.5, spaceAfter=6)


def report_pdf(report: Report) -> bytes:
    """The report as PDF bytes (the caller logs the export and writes the file)."""
    return build_pdf(lambda: story(report), lambda page, total: footer(report, page, total), TITLE)


def footer(report: Report, page: int, total: int) -> str:
    return f"{TITLE} – {report.period.text} – side {page} av {total}"


def story(report: Report) -> list[Flowable]:
    return [*_top(report), *_rule(), *[f for t in report.tables for f in _table(t)]]


def _top(report: Report) -> list[Flowable]:
    s = styles()
    top: list[Flowable] = [
        paragraph(TITLE, s.title),
        paragraph(f"Periode: {report.period.text}", s.subtitle),
    ]
    if report.districts:
        word = "Bydel" if len(report.districts) == 1 else "Bydeler"
        top.append(paragraph(f"{word}: {', '.join(report.districts)}", s.body))
    top.append(paragraph(f"Laget {format_date(report.made_on)}. {ANONYMOUS}", s.body))
    return top


def _rule() -> list[Flowable]:
    return section("Små tall", [paragraph(SUPPRESSION_RULE, styles().quote)])


def _table(shown: ShownTable) -> list[Flowable]:
    """One column: the total as the last row. Two (each row split in two): the total is
    every row's, so it stands on its own line above the table."""
    rows = [_row(label, cells, total=False) for label, cells in shown.rows]
    header = (shown.heading, *shown.columns)
    body: list[Flowable] = [paragraph(shown.rule, rule_style())]
    if len(shown.columns) == 1:
        rows.append(_row(shown.total_label, (shown.total,), total=True))
        return section(shown.title, [*body, table(header, rows, SINGLE_WIDTHS)])
    base = paragraph(f"{shown.total_label}: {shown.total}", styles().cell_bold)
    return section(shown.title, [*body, base, Spacer(0, 4), table(header, rows, DOUBLE_WIDTHS)])


def _row(label: str, cells: tuple[str, ...], total: bool) -> list[Cell]:
    s = styles()
    label_style, count_style = (
        (s.cell_bold, total_number_style()) if total else (s.cell, number_style())
    )
    return [paragraph(label, label_style), *(paragraph(c, count_style) for c in cells)]
