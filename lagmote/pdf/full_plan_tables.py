"""The tables of the full plan: each goal with its ladder, ratings and measures; the week;
the team; the consents. Every table is :func:`lagmote.pdf.common.table`: it splits between
pages with its header repeated, and no text is cut. Late and withdrawn things are said in
words; the red fill only adds to them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Final, TypeVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from lagmote.full_plan import (
    ConsentLine,
    CoverageLine,
    GoalBlock,
    MeasureLine,
    TeamLine,
    WeekDay,
)
from lagmote.full_plan_goals import RatingLine, Rung
from lagmote.pdf.common import (
    BOLD,
    RED,
    TEXT_HEIGHT,
    TEXT_WIDTH,
    WARM_BLUE,
    Cell,
    markup,
    paragraph,
    styles,
    table,
)

T = TypeVar("T")
# A heading with its table up to this tall is kept whole on one page.
KEEP_WHOLE_UP_TO: Final = TEXT_HEIGHT / 2

NO_RATINGS = "Målet er ikke vurdert ennå."
NO_MEASURES = "Ingen tiltak under dette målet."
NO_ENTRIES = "Ingen faste avtaler"
LEFT_TEAM = "Har gått ut av laget"
NOW = "● nå"

LADDER_WIDTHS = tuple(w * TEXT_WIDTH for w in (0.28, 0.60, 0.12))
RATING_WIDTHS = tuple(w * TEXT_WIDTH for w in (0.17, 0.10, 0.37, 0.36))
MEASURE_WIDTHS = tuple(w * TEXT_WIDTH for w in (0.38, 0.26, 0.17, 0.19))
WEEK_WIDTHS = tuple(w * TEXT_WIDTH for w in (0.14, 0.20, 0.36, 0.30))
TEAM_WIDTHS = tuple(w * TEXT_WIDTH for w in (0.24, 0.34, 0.42))
CONSENT_WIDTHS = tuple(w * TEXT_WIDTH for w in (0.18, 0.27, 0.25, 0.14, 0.16))
COVERAGE_WIDTHS = tuple(w * TEXT_WIDTH for w in (0.35, 0.65))


@cache
def goal_style() -> ParagraphStyle:
    """A goal's heading: the youth's words, bold, in warm blue."""
    return ParagraphStyle(
        "goal", styles().body, fontName=BOLD, fontSize=12.5, leading=16, textColor=WARM_BLUE,
        spaceBefore=14, spaceAfter=4,
    )  # fmt: skip


def with_table(
    head: Sequence[Flowable], make: Callable[[Sequence[T]], Flowable], items: Sequence[T]
) -> list[Flowable]:
    """``head`` (a heading, and what stands before the table) with the table ``make``
    builds of ``items``: whole on one page when it is short, else starting where it is
    only when the head and the table's first row fit there, so a heading never ends a page."""
    whole = make(items)
    top = height(head)
    if top + height([whole]) <= KEEP_WHOLE_UP_TO:
        return [KeepTogether([*head, whole])]
    room = min(top + height([make(items[:1])]), KEEP_WHOLE_UP_TO)
    return [CondPageBreak(room), *head, whole]


def height(flowables: Sequence[Flowable]) -> float:
    total = 0.0
    for f in flowables:
        total += f.wrap(TEXT_WIDTH, TEXT_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def labelled(label: str, text: str) -> Paragraph:
    """ "**Label:** text", the text as user text."""
    return Paragraph(f"<b>{markup(label)}:</b> {markup(text)}", styles().body)


def bullets(lines: Sequence[str]) -> list[Flowable]:
    return [Paragraph(markup(line), styles().bullet, bulletText="•") for line in lines]


# --- goals and measures --------------------------------------------------------------------


def goal(block: GoalBlock) -> list[Flowable]:
    """One goal: the youth's words, the area and why, then the ladder, the ratings and the
    measures, each under its own small heading."""
    s = styles()
    head: list[Flowable] = [paragraph(f"Mål {block.number}: {block.text}", goal_style())]
    if block.area:
        note = " (sensitivt område)" if block.sensitive else ""
        head.append(labelled("Område", block.area + note))
    if block.why:
        head.append(labelled("Hvorfor", block.why))
    said = with_table([*head, paragraph("Målstigen", s.subheading)], ladder, block.rungs)
    said += _titled("Vurderinger", ratings, block.ratings, NO_RATINGS)
    return said + _titled("Tiltak", measures, block.measures, NO_MEASURES)


def _titled(
    title: str, make: Callable[[Sequence[T]], Flowable], items: Sequence[T], empty: str
) -> list[Flowable]:
    s = styles()
    if not items:
        return [KeepTogether([paragraph(title, s.subheading), paragraph(empty, s.body)])]
    return with_table([paragraph(title, s.subheading)], make, items)


def ladder(rungs: Sequence[Rung]) -> Flowable:
    s = styles()
    rows = [
        [
            [paragraph(r.value_text, s.cell_bold), paragraph(r.label, s.cell_small)],
            paragraph(r.shown, s.cell),
            paragraph(NOW if r.current else "", s.cell_bold),
        ]
        for r in rungs
    ]
    return table(("Trinn", "Slik ser det ut for dette målet", "Siste"), rows, LADDER_WIDTHS)


def ratings(lines: Sequence[RatingLine]) -> Flowable:
    s = styles()
    rows = [
        [
            paragraph(r.date_text, s.cell),
            paragraph(r.value_text, s.cell_bold),
            paragraph(r.meaning, s.cell),
            paragraph(r.note, s.cell),
        ]
        for r in lines
    ]
    return table(("Dato", "Verdi", "Betyr", "Merknad"), rows, RATING_WIDTHS)


def measures(lines: Sequence[MeasureLine]) -> Flowable:
    s = styles()
    rows: list[list[Cell]] = [
        [
            paragraph(m.text, s.cell),
            _responsible(m),
            paragraph(m.due_text, s.cell),
            paragraph(m.status_text, s.cell_bold if m.late else s.cell),
        ]
        for m in lines
    ]
    late = {(3, row): RED for row, m in enumerate(lines) if m.late}
    return table(("Tiltak", "Hvem", "Frist", "Status"), rows, MEASURE_WIDTHS, late)


def _responsible(measure: MeasureLine) -> list[Flowable]:
    s = styles()
    who = [paragraph(measure.responsible_text, s.cell)]
    if measure.responsible_role:
        who.append(paragraph(measure.responsible_role, s.cell_small))
    return who


# --- the week ------------------------------------------------------------------------------


def week(days: Sequence[WeekDay]) -> Flowable:
    """Monday to Sunday, one row per entry, the day's name on its first row."""
    s = styles()
    rows: list[list[Cell]] = []
    for day in days:
        if not day.lines:
            rows.append([paragraph(day.name, s.cell_bold), "", paragraph(NO_ENTRIES, s.cell), ""])
        for index, line in enumerate(day.lines):
            what = [paragraph(line.title, s.cell), paragraph(line.kind, s.cell_small)]
            first = paragraph(day.name if index == 0 else "", s.cell_bold)
            rows.append([first, paragraph(line.span, s.cell), what, paragraph(line.place, s.cell)])
    return table(("Dag", "Tid", "Hva", "Hvor"), rows, WEEK_WIDTHS)


# --- the team and the consents -------------------------------------------------------------


def team(lines: Sequence[TeamLine]) -> Flowable:
    rows: list[list[Cell]] = [[_who(m), _contact(m), _duties(m.responsibilities)] for m in lines]
    return table(("Navn og rolle", "Kontakt", "Ansvar"), rows, TEAM_WIDTHS)


def _duties(duties: Sequence[str]) -> Cell:
    """The responsibilities as one paragraph, a line each, so a long list can be split."""
    if not duties:
        return ""
    return Paragraph("<br/>".join(f"• {markup(d)}" for d in duties), styles().cell_small)


def _who(member: TeamLine) -> list[Flowable]:
    s = styles()
    who = [paragraph(member.name or "–", s.cell_bold), paragraph(member.role, s.cell_small)]
    if not member.active:
        who.append(paragraph(LEFT_TEAM, s.cell_small))
    return who


def _contact(member: TeamLine) -> list[Flowable]:
    s = styles()
    parts = [member.organisation, f"tlf. {member.phone}" if member.phone else "", member.email]
    return [paragraph(p, s.cell_small) for p in parts if p] or [paragraph("–", s.cell)]


def consents(lines: Sequence[ConsentLine]) -> Flowable:
    s = styles()
    rows: list[list[Cell]] = [
        [
            [paragraph(c.given_by, s.cell_bold), paragraph(c.given_by_role, s.cell_small)],
            paragraph(c.shared_with, s.cell_small),
            _scope(c),
            [paragraph(c.given_text, s.cell_small), paragraph(c.form.lower(), s.cell_small)],
            paragraph(c.withdrawn_text, _withdrawn_style() if c.withdrawn_on else s.cell_small),
        ]
        for c in lines
    ]
    withdrawn = {(4, row): RED for row, c in enumerate(lines) if c.withdrawn_on is not None}
    header = ("Hvem", "Deling med", "Hva", "Fra", "Trukket tilbake")
    return table(header, rows, CONSENT_WIDTHS, withdrawn)


@cache
def _withdrawn_style() -> ParagraphStyle:
    return ParagraphStyle("withdrawn", styles().cell_small, fontName=BOLD)


def _scope(consent: ConsentLine) -> list[Flowable]:
    s = styles()
    cell = [paragraph(consent.scope or "–", s.cell)]
    if consent.note:
        cell.append(paragraph(consent.note, s.cell_small))
    return cell


def coverage(lines: Sequence[CoverageLine]) -> Flowable:
    s = styles()
    rows: list[list[Cell]] = [
        [paragraph(c.role, s.cell), paragraph(c.words, s.cell_bold if c.problem else s.cell)]
        for c in lines
    ]
    problems = {(1, row): RED for row, c in enumerate(lines) if c.problem}
    return table(("Aktør", "Deling i dag"), rows, COVERAGE_WIDTHS, problems)
