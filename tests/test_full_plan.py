"""The team's full plan: what it says (lagmote.full_plan), how it is drawn
(lagmote.pdf.full_plan_pdf), and the demo case printed whole."""

from __future__ import annotations

import math
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from reportlab.graphics.shapes import Circle, Drawing, Group, Polygon, PolyLine, String
from reportlab.platypus import Flowable

from lagmote.dates import format_date
from lagmote.db.errors import DatabaseError
from lagmote.db.full_plan_queries import load_full_plan
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.full_plan import NOT_WRITTEN, FullPlan, plan_groups
from lagmote.full_plan_goals import GoalBlock, MeasureLine, RatingLine, goal_block, rungs
from lagmote.full_plan_parts import RadarLine, RadarPart, kartlegging_part
from lagmote.full_plan_team import TeamLine
from lagmote.kartlegging import AreaRatingInfo, AssessmentInfo, KartleggingView
from lagmote.pdf.full_plan_pdf import (
    NO_EVALUATION,
    NO_GOALS,
    NO_KARTLEGGING,
    full_plan_pdf,
    story,
)
from lagmote.pdf.full_plan_radar import CENTRE, RADIUS, flip, radar_drawing, series_points
from lagmote.plan import GoalFields, GoalInfo, GoalRatingInfo, PlanView, TiltakFields, TiltakInfo
from lagmote.records import MemberInfo
from lagmote.standard import (
    AREAS,
    INCIDENT_PLAN_FIELDS,
    INCIDENT_PLAN_TITLE,
    PLAN_GROUPS,
    PLAN_SECTIONS,
    RECOMMENDATIONS,
)
from lagmote.widgets.radar_geometry import value_radius
from tests.test_minutes import flat, pdf_text

TODAY = date(2026, 12, 3)
JONAS = MemberInfo(5, "oppfolger", "Jonas Prøve Berg")
LEFT = MemberInfo(9, "fritid", "Marius Test Vik", active=False)


# --- what the plan says ----------------------------------------------------------------------


def test_every_plan_part_in_the_standards_order_and_the_incident_plan_last() -> None:
    groups = plan_groups({"mal": "  Bestå 10. klasse.  ", "ring": "Ring Jonas."})
    assert [g.title for g in groups] == [
        *(title for key, title in PLAN_GROUPS.items() if key != "hendelser"),
        INCIDENT_PLAN_TITLE,
    ]
    titles = [t.title for g in groups for t in g.texts]
    assert titles == [s.title for s in (*PLAN_SECTIONS, *INCIDENT_PLAN_FIELDS)]
    texts = {t.title: t.shown for g in groups for t in g.texts}
    assert texts["Mine mål"] == "Bestå 10. klasse."
    assert texts["Hvem vi ringer"] == "Ring Jonas."
    assert texts["Ønsker"] == NOT_WRITTEN


def goal(levels: tuple[str, str, str, str, str], *values: int) -> GoalInfo:
    ratings = tuple(
        GoalRatingInfo(i, date(2026, 9, i + 1), v, note=f"Merknad {i}")
        for i, v in enumerate(values)
    )
    late = TiltakInfo(1, TiltakFields("Søke støtte", 1, 5, date(2026, 11, 1)), "x")
    done = TiltakInfo(2, TiltakFields("CV", 1, 9, date(2026, 8, 1), "fullfort", date(2026, 7, 30)))
    fields = GoalFields("  Jeg skal gå på skolen.  ", 4, "Bestå.", levels)
    return GoalInfo(1, 0, fields, date(2026, 7, 1), ratings, (late, done))


def test_the_ladder_from_plus_two_down_with_the_latest_marked_and_the_standard_as_fallback() -> (
    None
):
    info = goal(("Borte", "", "Fire dager", "", "Hver dag"), -2, 1)
    ladder = rungs(info)
    assert [r.value_text for r in ladder] == ["+2", "+1", "0", "−1", "−2"]
    assert [r.shown for r in ladder] == [
        "Hver dag", "Litt bedre enn ventet", "Fire dager", "Litt dårligere enn ventet", "Borte",
    ]  # fmt: skip
    assert [r.current for r in ladder] == [False, True, False, False, False]


def test_a_goal_with_its_history_and_measures_in_words() -> None:
    plan = PlanView(youth_id=1)  # area 4 is sensitive by the standard
    members = {m.id: m for m in (JONAS, LEFT)}
    block = goal_block(plan, 3, goal(("a", "b", "c", "d", "e"), -2, 0), TODAY, members)
    assert (block.number, block.text, block.area, block.sensitive) == (
        3, "Jeg skal gå på skolen.", "Psykisk og fysisk helse", True,
    )  # fmt: skip
    assert [(r.date_text, r.value_text, r.meaning, r.note) for r in block.ratings] == [
        ("01.09.2026", "−2", "a", "Merknad 0"),
        ("02.09.2026", "0", "c", "Merknad 1"),
    ]
    late, done = block.measures
    assert (late.responsible, late.responsible_role, late.status_text) == (
        "Jonas Prøve Berg", "Én-til-én-oppfølger", "Planlagt, for sent",
    )  # fmt: skip
    # a member who has left the team is still named on the measures they had
    assert (done.responsible, done.status_text, done.due_text) == (
        "Marius Test Vik", "Fullført 30.07.2026", "01.08.2026",
    )  # fmt: skip


def assessment(kid: int, on: date, youth: tuple[int | None, ...]) -> AssessmentInfo:
    ratings = {(n, "ungdom"): AreaRatingInfo(v) for n, v in enumerate(youth, 1) if v is not None}
    ratings[(1, "lag")] = AreaRatingInfo(kid)
    return AssessmentInfo(kid, on, ratings=MappingProxyType(ratings))


def test_the_radar_takes_the_first_and_the_latest_and_keeps_a_gap_a_gap() -> None:
    view = KartleggingView(
        youth_id=1,
        assessments=(
            assessment(1, date(2026, 3, 1), (None, *[2] * 11)),
            assessment(2, date(2026, 6, 1), (1,) * 12),
            assessment(3, date(2026, 9, 1), (4,) * 12),
        ),
    )
    part = kartlegging_part(view)
    assert part.count == 3
    assert part.dates == (date(2026, 3, 1), date(2026, 9, 1))
    youth, team = part.radars
    assert (youth.title, team.title) == ("Ungdommens vurdering", "Lagets vurdering")
    assert [s.label for s in youth.series] == [
        "Første kartlegging 01.03.2026",
        "Siste kartlegging 01.09.2026",
    ]
    assert youth.series[0].values == (None, *[2] * 11)
    assert team.series[1].values == (3, *[None] * 11)
    skole = part.areas[0]
    assert (skole.name, skole.values) == ("Skole og utdanning", ((None, 4), (1, 3)))
    assert [a.sensitive for a in part.areas] == [a.sensitive for a in AREAS]


def test_no_kartlegging_is_an_empty_part() -> None:
    part = kartlegging_part(KartleggingView(youth_id=1))
    assert (part.count, part.radars, part.areas) == (0, (), ())


# --- the radar drawing ------------------------------------------------------------------------


def shapes(node: Any) -> Iterator[Any]:
    yield node
    for child in getattr(node, "contents", ()):
        yield from shapes(child)


def test_a_missing_rating_breaks_the_line_and_is_never_drawn_at_zero() -> None:
    runs = series_points((3, 3, 3, None, 3, 3, 3, 3, 3, 3, 3, 3))
    assert [len(run) for run in runs] == [11]  # one run, from area 5 round to area 3
    cx, cy = flip(CENTRE)
    inner = value_radius(1, RADIUS)
    distances = [math.hypot(x - cx, y - cy) for run in runs for x, y in run]
    assert min(distances) >= inner - 1e-6
    assert [len(run) for run in series_points((None, 2, None, 4, 4, *[None] * 7))] == [1, 2]
    full = series_points((5,) * 12)
    assert len(full) == 1 and full[0][0] == full[0][-1]  # all there: a closed line


def test_the_two_kartlegginger_differ_in_line_and_marker_not_only_colour() -> None:
    part = RadarPart(
        "Lagets vurdering",
        (RadarLine("Første", (2,) * 12), RadarLine("Siste", (None, *[4] * 11))),
    )
    labels = [f"{a.number} {a.short_name}" for a in AREAS]
    drawing = radar_drawing(part, labels)
    everything = list(shapes(drawing))
    texts = {s.text for s in everything if isinstance(s, String)}
    assert set(labels) | {"Første", "Siste", "1", "5"} <= texts
    lines = [s for s in everything if isinstance(s, PolyLine) and len(s.points) > 4]
    assert [line.strokeDashArray is not None for line in lines] == [True, False]
    _, first, latest, *legend = [g for g in drawing.contents if isinstance(g, Group)]
    assert len(legend) == 2
    assert sum(isinstance(s, Polygon) for s in shapes(first)) == 12  # hollow squares
    assert sum(isinstance(s, Circle) for s in shapes(latest)) == 11  # dots, one gap


# --- the PDF ----------------------------------------------------------------------------------


def assert_marked(pages: list[str], printed: date) -> None:
    for number, page in enumerate(pages, 1):
        assert page.count("Fortrolig") >= 2, f"page {number}"  # header and footer
        assert f"side {number} av {len(pages)}" in page
        assert f"Utskrevet {format_date(printed)}" in page


@pytest.fixture
def demo(store: Store) -> tuple[dict[str, Any], FullPlan]:
    document = build_demo(TODAY)
    youth_id = import_document(store, document)
    return document, load_full_plan(store, youth_id, TODAY)


@pytest.fixture
def demo_text(demo: tuple[dict[str, Any], FullPlan], tmp_path: Path) -> tuple[list[str], str]:
    pages = pdf_text(full_plan_pdf(demo[1]), tmp_path)
    return pages, " ".join(pages)


def test_the_demo_plan_says_everything(
    demo: tuple[dict[str, Any], FullPlan], demo_text: tuple[list[str], str]
) -> None:
    document, _ = demo
    pages, text = demo_text
    assert_marked(pages, TODAY)
    assert "torsdag 3. desember 2026" in text and "Bydel Eksempel (fiktiv)" in text
    titles = {s.key: s.title for s in (*PLAN_SECTIONS, *INCIDENT_PLAN_FIELDS)}
    for row in document["plan_sections"]:
        assert f"{titles[row['key']]} {flat(row['text'])}" in text, row["key"]
    assert INCIDENT_PLAN_TITLE in text
    for g in document["goals"]:
        assert flat(g["text"]) in text
        levels = [g[k] for k in ("level_minus2", "level_minus1", "level_0", "level_plus1")]
        assert all(flat(level) in text for level in [*levels, g["level_plus2"]])
        assert all(flat(r["note"]) in text for r in g["ratings"])
        assert all(format_date(date.fromisoformat(r["rated_on"])) in text for r in g["ratings"])
    assert all(flat(t["text"]) in text for t in document["tiltak"])
    assert "Planlagt, for sent" in text  # the one late measure, in words


def test_the_demo_week_team_consents_and_evaluation(
    demo: tuple[dict[str, Any], FullPlan], demo_text: tuple[list[str], str]
) -> None:
    document, _ = demo
    _, text = demo_text
    for entry in document["schedule"]:
        assert flat(entry["title"]) in text and flat(entry["place"]) in text
    assert all(day in text for day in ("Mandag", "Onsdag", "Søndag"))
    assert "08:30–14:30" in text and "17:00–19:00" in text
    for member in document["team_members"]:
        if member["name"].isascii() or "Prøve" in member["name"]:
            assert flat(member["name"]) in text
        assert member["phone"] in text and member["email"] in text
    assert "Har gått ut av laget" in text  # the coach
    withdrawn = [c for c in document["consents"] if c["withdrawn_on"]]
    assert withdrawn and format_date(date.fromisoformat(withdrawn[0]["withdrawn_on"])) in text
    assert all(format_date(date.fromisoformat(c["given_on"])) in text for c in document["consents"])
    assert flat(document["consents"][0]["scope"]) in text
    assert "Samtykket ble trukket tilbake" in text  # the coach's coverage, in words
    evaluation = document["evaluations"][0]
    assert RECOMMENDATIONS[evaluation["recommendation"]] in text
    assert flat(evaluation["reasons"]) in text


def test_the_demo_radar_is_drawn_and_its_numbers_listed(
    demo: tuple[dict[str, Any], FullPlan], demo_text: tuple[list[str], str]
) -> None:
    _, plan = demo
    _, text = demo_text
    drawings = [f for f in flatten(story(plan)) if isinstance(f, Drawing)]
    assert len(drawings) == 2  # the youth's and the team's
    for a in AREAS:
        assert f"{a.number} {a.short_name}" in text  # at the end of its spoke
        assert f"{a.number}. {a.name}" in text  # in the table
    assert "Første kartlegging" in text and "Siste kartlegging" in text
    # the youth did not rate area 4 the first time: a gap, never 0
    assert "4. Psykisk og fysisk helse* –→3 3→3" in text.replace(" → ", "→").replace("→ ", "→")


def flatten(flowables: list[Flowable]) -> Iterator[Flowable]:
    for f in flowables:
        yield f
        yield from flatten(getattr(f, "_content", []))


def test_the_metadata_hold_no_name(demo: tuple[dict[str, Any], FullPlan], tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(full_plan_pdf(demo[1]))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "Min plan – hele planen" in info.stdout
    assert "Emil" not in info.stdout and "Hansen" not in info.stdout


def test_an_unknown_youth_is_one_sentence(store: Store) -> None:
    with pytest.raises(DatabaseError, match=r"^Fant ingen ungdom med id 999\.$"):
        load_full_plan(store, 999, TODAY)


def long_plan() -> FullPlan:
    """30 goals of 500 characters, each with a long measure and rating note; a big team."""

    def words(tag: str) -> str:
        return " ".join(f"{tag}{k}" for k in range(80))[:480] + f" SLUTT-{tag}"

    goals = tuple(
        GoalBlock(
            number=i,
            text=words(f"mål{i}x"),
            ratings=(RatingLine(TODAY, 1, "Bedre", words(f"merknad{i}x")),),
            measures=(MeasureLine(words(f"tiltak{i}x"), "Jonas", TODAY, "pagar"),),
        )
        for i in range(1, 31)
    )
    team = tuple(TeamLine(f"Person {i}", "Skole", phone=f"400 11 {i:03d}") for i in range(40))
    return FullPlan("Emil Fiktiv Hansen", "Bydel", "Jonas", TODAY, goals=goals, team=team)


def test_a_long_plan_runs_over_many_pages_and_loses_nothing(tmp_path: Path) -> None:
    pages = pdf_text(full_plan_pdf(long_plan()), tmp_path)
    text = " ".join(pages)
    assert len(pages) >= 15
    assert_marked(pages, TODAY)
    for i in range(1, 31):
        for tag in (f"mål{i}x", f"merknad{i}x", f"tiltak{i}x"):
            assert f"SLUTT-{tag}" in text, tag
    assert all(f"400 11 {i:03d}" in text for i in range(40))


def test_an_empty_plan_says_what_is_missing(tmp_path: Path) -> None:
    plan = FullPlan("Emil", "Bydel", "ingen er registrert", TODAY, sections=plan_groups({}))
    pages = pdf_text(full_plan_pdf(plan), tmp_path)
    text = " ".join(pages)
    for words in (NO_GOALS, NO_KARTLEGGING, NO_EVALUATION, NOT_WRITTEN, INCIDENT_PLAN_TITLE):
        assert words in text
    assert_marked(pages, TODAY)
