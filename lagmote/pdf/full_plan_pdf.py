"""The team's full plan, «Min plan – hele planen», as an A4 PDF marked «Fortrolig».

In this order: who the youth is, the district, the oppfølger, the date it is printed on and
where the follow-up stands; every part of «Min plan» and the «Plan ved uønskede hendelser»;
each goal with its ladder, ratings and measures; the measures tied to no goal; the
kartlegging as two radars (the youth's and the team's, first against latest) and a table of
the numbers; the week; the team; the consents; the latest evaluation in short. Every page
is marked «Fortrolig» at the top and the bottom, with the date it was printed on and
"side X av Y" (:mod:`lagmote.pdf.marked_pages`). Nothing is hidden: this is the team's
document. The metadata carry the title and no name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from lagmote.dates import format_date, format_date_long
from lagmote.full_plan import FullPlan, KartleggingPart, PlanGroup, PlanText
from lagmote.kartlegging import step_text
from lagmote.pdf import full_plan_tables as tables
from lagmote.pdf.common import (
    BOLD,
    HEADING_ROOM,
    TEXT_WIDTH,
    WARM_BLUE,
    paragraph,
    section,
    styles,
    subsection,
    table,
)
from lagmote.pdf.full_plan_radar import radar_drawing
from lagmote.pdf.full_plan_tables import T, bullets, labelled, with_table
from lagmote.pdf.marked_pages import PageMarks, build_marked_pdf
from lagmote.standard import KARTLEGGING_SCALE

TITLE = "Min plan – hele planen"
CONFIDENTIAL = (
    "Fortrolig. Dette er lagets utgave av planen. Alt er med, også de sensitive områdene. "
    "Del den bare med dem som er med i laget."
)
NO_GOALS = "Planen har ingen mål ennå."
LOOSE = "Tiltak som ikke hører til et mål"
NO_LOOSE = "Alle tiltakene hører til et mål."
NO_KARTLEGGING = "Det er ikke gjort noen kartlegging ennå."
NO_TEAM = "Ingen er skrevet inn i laget ennå."
NO_CONSENTS = "Ingen samtykker er registrert."
NO_EVALUATION = "Det finnes ingen fullført evaluering ennå."
DRAFT = "En evaluering er påbegynt, men ikke fullført."
OWN_DOCUMENT = "Hele evalueringen, med svarene på de fem spørsmålene, har sin egen utskrift."
NOT_ASSESSED = "–"
SENSITIVE = "*"
ARROW = "→"
AREA_WIDTH = 0.50


@cache
def group_style() -> ParagraphStyle:
    """The heading of a group of plan parts, between a section heading and a part's."""
    return ParagraphStyle(
        "group", styles().body, fontName=BOLD, fontSize=12.5, leading=16, textColor=WARM_BLUE,
        spaceBefore=10, spaceAfter=2,
    )  # fmt: skip


def full_plan_pdf(plan: FullPlan) -> bytes:
    """The full plan as PDF bytes (the caller logs the export and writes the file)."""
    return build_marked_pdf(lambda: story(plan), marks(plan), TITLE)


def marks(plan: FullPlan) -> PageMarks:
    return PageMarks(
        header=f"Utskrevet {plan.printed_text}",
        footer=lambda page, total: f"Hele planen – {plan.youth_name} – side {page} av {total}",
    )


def story(plan: FullPlan) -> list[Flowable]:
    return [
        *_cover(plan),
        *_sections(plan.sections),
        *_goals(plan),
        *_table_section(LOOSE, tables.measures, plan.loose_measures, NO_LOOSE),
        *_kartlegging(plan.kartlegging),
        *_week(plan),
        *_team(plan),
        *_evaluation(plan),
    ]


def _cover(plan: FullPlan) -> list[Flowable]:
    s = styles()
    top: list[Flowable] = [
        paragraph(TITLE, s.title),
        paragraph(plan.youth_name, s.subtitle),
        labelled("Bydel", plan.district),
        labelled("Én-til-én-oppfølger", plan.oppfolger),
        labelled("Skrevet ut", format_date_long(plan.printed_on)),
        paragraph(CONFIDENTIAL, s.quote),
    ]
    return top + (section("Forløpet", bullets(plan.steps)) if plan.steps else [])


def _sections(groups: Sequence[PlanGroup]) -> list[Flowable]:
    """«Min plan» group by group; a plan of its own («Plan ved uønskede hendelser») under
    a heading as high as «Min plan»'s."""
    said = _heading("Min plan", styles().heading)
    for group in groups:
        said += _heading(group.title, styles().heading if group.separate else group_style())
        said += [f for text in group.texts for f in _part(text)]
    return said


def _heading(title: str, style: ParagraphStyle) -> list[Flowable]:
    """A heading over parts that keep themselves together: never alone at a page's foot."""
    return [CondPageBreak(HEADING_ROOM), paragraph(title, style)]


def _part(text: PlanText) -> list[Flowable]:
    return subsection(text.title, [paragraph(text.shown, styles().body)])


def _goals(plan: FullPlan) -> list[Flowable]:
    if not plan.goals:
        return section("Mål", [paragraph(NO_GOALS, styles().body)])
    said = _heading("Mål", styles().heading)
    return said + [f for block in plan.goals for f in tables.goal(block)]


# --- the kartlegging -----------------------------------------------------------------------


def _kartlegging(part: KartleggingPart) -> list[Flowable]:
    s = styles()
    if not part.count:
        return section("Kartlegging", [paragraph(NO_KARTLEGGING, s.body)])
    said = section("Kartlegging", [paragraph(_intro(part), s.body)])
    labels = [f"{a.number} {a.short_name}{SENSITIVE if a.sensitive else ''}" for a in part.areas]
    for radar in part.radars:
        title = paragraph(radar.title, group_style())
        said.append(KeepTogether([title, radar_drawing(radar, labels)]))
    numbers = [paragraph("Tallene", s.subheading), paragraph(_dates(part), s.body)]
    said.append(KeepTogether([*numbers, _numbers(part), paragraph(_scale(), s.cell_small)]))
    return said


def _intro(part: KartleggingPart) -> str:
    intro = (
        "Ungdommens og lagets vurdering hver for seg, fra 1 (stor bekymring) til 5 (bra – en "
        "styrke). Et område uten vurdering er et brudd i linjen, ikke null."
    )
    if part.count > 2:
        intro += f" Det finnes {part.count} kartlegginger; her vises den første og den siste."
    return intro


def _dates(part: KartleggingPart) -> str:
    if len(part.dates) == 1:
        return f"Kartlegging {format_date(part.dates[0])}."
    first, latest = (format_date(d) for d in part.dates)
    return f"Første kartlegging {first} {ARROW} siste kartlegging {latest}."


def _numbers(part: KartleggingPart) -> Flowable:
    s = styles()
    rest = (1 - AREA_WIDTH) / len(part.columns)
    widths = [AREA_WIDTH * TEXT_WIDTH, *(rest * TEXT_WIDTH for _ in part.columns)]
    rows = [
        [
            paragraph(f"{a.number}. {a.name}{SENSITIVE if a.sensitive else ''}", s.cell),
            *(paragraph(_values(v), s.cell) for v in a.values),
        ]
        for a in part.areas
    ]
    return table(("Område", *part.columns), rows, widths)


def _values(values: Sequence[int | None]) -> str:
    """ "2 → 3" (first → latest), "– → 3", or "3" with one kartlegging."""
    return f" {ARROW} ".join(_value(v) for v in values)


def _value(value: int | None) -> str:
    return NOT_ASSESSED if value is None else str(value)


def _scale() -> str:
    steps = ", ".join(step_text(step.value) for step in KARTLEGGING_SCALE)
    return (
        f"Skala: {steps}. {NOT_ASSESSED} = ikke vurdert. {SENSITIVE} = sensitivt område: vises "
        "ikke på storskjerm eller i familiens utskrift uten at noen velger det."
    )


# --- the week, the team, the evaluation ----------------------------------------------------


def _week(plan: FullPlan) -> list[Flowable]:
    head = [paragraph("Uka", styles().heading)]
    findings = bullets([f.sentence for f in plan.week_findings])
    return with_table(head, tables.week, plan.week) + subsection("Uka og standarden", findings)


def _team(plan: FullPlan) -> list[Flowable]:
    said = _table_section("Laget rundt ungdommen", tables.team, plan.team, NO_TEAM)
    said += _table_section("Samtykke", tables.consents, plan.consents, NO_CONSENTS)
    if plan.coverage:
        head = [paragraph("Deling med hver aktør i dag", styles().subheading)]
        said += with_table(head, tables.coverage, plan.coverage)
    return said


def _table_section(
    title: str, make: Callable[[Sequence[T]], Flowable], items: Sequence[T], empty: str
) -> list[Flowable]:
    """A heading with a table of ``items``, or with ``empty`` when there are none."""
    if not items:
        return section(title, [paragraph(empty, styles().body)])
    return with_table([paragraph(title, styles().heading)], make, items)


def _evaluation(plan: FullPlan) -> list[Flowable]:
    s = styles()
    summary = plan.evaluation
    if summary is None:
        said = [paragraph(NO_EVALUATION, s.body)]
        said += [paragraph(DRAFT, s.body)] if plan.evaluation_draft else []
        return section("Siste evaluering", [*said, paragraph(plan.evaluation_due, s.body)])
    facts = [
        labelled("Evaluert", summary.date_text),
        labelled("Anbefaling", summary.recommendation),
        labelled("Begrunnelse", summary.reasons or "ikke skrevet ned"),
        labelled("Neste evaluering", summary.next_text),
        paragraph(plan.evaluation_due, s.body),
        paragraph(OWN_DOCUMENT, s.cell_small),
    ]
    return section("Siste evaluering", facts)
