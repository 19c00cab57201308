"""The evaluation document (§7.7): what it says (lagmote.evaluation_document), how it is drawn
(lagmote.pdf.evaluation_pdf), and ``lagmote export-evaluation`` on the demo database."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lagmote.cli import main
from lagmote.closing import CLOSING_REASONS, TRANSITIONS, ClosingFields, ClosingInfo
from lagmote.db.evaluation_queries import load_evaluations, load_evidence_sources
from lagmote.db.models import AuditEntry
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.evaluation import (
    AnswerInfo,
    EvaluationInfo,
    EvaluationsView,
    PeriodFields,
    RecommendationFields,
)
from lagmote.evaluation_document import (
    NO_EVALUATION,
    ONLY_DRAFT,
    EvaluationDocument,
    build_evaluation_document,
)
from lagmote.evaluation_evidence import build_evidence
from lagmote.kartlegging import KartleggingView
from lagmote.meetings import MeetingsView
from lagmote.pdf.evaluation_pdf import evaluation_pdf
from lagmote.plan import GoalFields, GoalInfo, GoalRatingInfo
from lagmote.standard import (
    EVALUATION_PERSPECTIVES,
    EVALUATION_QUESTIONS,
    JUDGEMENTS,
    RECOMMENDATIONS,
)
from tests.test_cli import PASSPHRASE, run

TODAY = date(2026, 12, 3)
START = date(2026, 6, 1)
EVALUATED = date(2026, 11, 26)


def flat(text: str) -> str:
    return " ".join(text.split())


def evaluation(
    evaluation_id: int = 1,
    answers: tuple[AnswerInfo, ...] = (),
    perspectives: tuple[str, ...] = ("ungdommen", "foresatte", "oppfolger"),
    completed: bool = True,
    period_end: date | None = EVALUATED,
    **recommendation: Any,
) -> EvaluationInfo:
    fields = {
        "recommendation": "viderefores",
        "reasons": "Det går bedre.",
        "next_evaluation_on": date(2027, 5, 27),
        **recommendation,
    }
    return EvaluationInfo(
        evaluation_id,
        PeriodFields(EVALUATED, START, period_end, "Emil, mor og laget.", perspectives),
        RecommendationFields(**fields),
        answers,
        completed,
    )


ANSWERS = (
    AnswerInfo(1, "ungdommen", "Jeg går på skolen hver dag.", "bedre"),
    AnswerInfo(1, "foresatte", "Han skulker fortsatt av og til.", "verre"),
    AnswerInfo(1, "oppfolger", "Oppmøtet er omtrent som før.", "uendret"),
    AnswerInfo(2, "ungdommen", "Jeg har det bra.", "bedre"),
    AnswerInfo(2, "oppfolger", "Han virker gladere.", "bedre"),
    AnswerInfo(3, "foresatte", "Vi vet ikke.", None),
    AnswerInfo(4, "oppfolger", "", "bedre"),
    AnswerInfo(5, "fagansvarlig", "Ikke spurt, så ikke med.", "verre"),
)


def document(*evaluations: EvaluationInfo, **view: Any) -> EvaluationDocument:
    goals = view.pop("goals", ())
    every = evaluations or (evaluation(answers=ANSWERS, disagreement_note="Vi følger med."),)
    return build_evaluation_document(
        EvaluationsView(youth_id=1, evaluations=every, **view),
        "Emil Fiktiv Hansen",
        goals,
        KartleggingView(youth_id=1),
        MeetingsView(youth_id=1),
    )


# --- what the document says -----------------------------------------------------------------


def test_questions_word_for_word_with_answers_per_perspective() -> None:
    doc = document()
    assert [q.question for q in doc.questions] == list(EVALUATION_QUESTIONS)
    first = doc.questions[0]
    assert [a.line for a in first.answers] == [
        "Ungdommen (bedre): Jeg går på skolen hver dag.",
        "Foresatte (verre): Han skulker fortsatt av og til.",
        "Én-til-én-oppfølger (uendret): Oppmøtet er omtrent som før.",
    ]
    assert doc.questions[2].answers[0].line == "Foresatte: Vi vet ikke."  # no judgement
    assert doc.questions[3].answers[0].line == "Én-til-én-oppfølger (bedre)"  # no words
    assert doc.questions[1].unanswered == ("Foresatte",)
    assert doc.questions[1].unanswered_text == "Ikke svart: Foresatte."


def test_disagreement_shows_each_perspective_and_its_judgement() -> None:
    doc = document()
    first, second = doc.questions[0], doc.questions[1]
    assert first.disagreement == (
        ("Ungdommen", "bedre"),
        ("Foresatte", "verre"),
        ("Én-til-én-oppfølger", "uendret"),
    )
    assert first.disagreement_text == (
        "Ulik vurdering: bedre (Ungdommen), verre (Foresatte), uendret (Én-til-én-oppfølger)."
    )
    assert (second.disagreement, second.disagreement_text) == ((), "")
    assert doc.disagreements == (
        "Spørsmål 1: ungdommen: bedre, foresatte: verre, én-til-én-oppfølger: uendret.",
    )
    assert doc.disagreement_note == "Vi følger med."


def test_judgements_alike_are_grouped() -> None:
    answers = (
        AnswerInfo(1, "ungdommen", "Bra.", "bedre"),
        AnswerInfo(1, "foresatte", "Likt.", "uendret"),
        AnswerInfo(1, "oppfolger", "Likt.", "uendret"),
    )
    doc = document(evaluation(answers=answers))
    assert doc.questions[0].disagreement_text == (
        "Ulik vurdering: bedre (Ungdommen), uendret (Foresatte, Én-til-én-oppfølger)."
    )


def test_only_gathered_perspectives_in_the_standards_order() -> None:
    gathered = ("samarbeidspartnere", "ungdommen")
    doc = document(evaluation(answers=ANSWERS, perspectives=gathered))
    assert doc.perspectives == ("Ungdommen", "Samarbeidspartnere")
    assert [a.perspective for a in doc.questions[0].answers] == ["Ungdommen"]
    assert doc.questions[0].unanswered == ("Samarbeidspartnere",)
    assert doc.questions[0].disagreement == ()  # the others were not gathered
    assert doc.questions[4].answers == ()  # only the fagansvarlig answered, not gathered


def test_the_latest_completed_evaluation_not_the_draft() -> None:
    older = evaluation(1, (AnswerInfo(1, "ungdommen", "Første.", "bedre"),))
    newer = evaluation(2, (AnswerInfo(1, "ungdommen", "Andre.", "bedre"),))
    draft = evaluation(3, (AnswerInfo(1, "ungdommen", "Utkast.", "bedre"),), completed=False)
    doc = document(older, newer, draft)
    assert doc.questions[0].answers[0].text == "Andre."


@pytest.mark.parametrize(
    ("evaluations", "message"),
    [((), NO_EVALUATION), ((evaluation(completed=False),), ONLY_DRAFT)],
)
def test_no_completed_evaluation(evaluations: tuple[EvaluationInfo, ...], message: str) -> None:
    with pytest.raises(UserError) as error:
        build_evaluation_document(
            EvaluationsView(youth_id=1, evaluations=evaluations),
            "Emil",
            (),
            KartleggingView(youth_id=1),
            MeetingsView(youth_id=1),
        )
    assert str(error.value) == message


def test_recommendation_dates_and_period() -> None:
    doc = document()
    assert doc.recommendation == RECOMMENDATIONS["viderefores"]
    assert doc.reasons == "Det går bedre."
    assert doc.next_evaluation_text == "torsdag 27. mai 2027"
    assert doc.date_text == "torsdag 26. november 2026"
    assert doc.period_text == "01.06.2026–26.11.2026"
    open_end = document(evaluation(period_end=None, recommendation="avsluttes",
                                   next_evaluation_on=None))  # fmt: skip
    assert open_end.period_text == "01.06.2026–26.11.2026"  # the period ends on the day
    assert (open_end.recommendation, open_end.next_evaluation_text) == (
        "Oppfølgingen avsluttes",
        "ikke satt",
    )


def goal(text: str, area: int, *ratings: tuple[date, int]) -> GoalInfo:
    rated = tuple(GoalRatingInfo(i, on, value) for i, (on, value) in enumerate(ratings, 1))
    return GoalInfo(len(text), 1, GoalFields(text, area), START, rated)


def test_evidence_to_the_end_of_the_period_and_nothing_hidden() -> None:
    goals = (
        goal("Gå på skolen.", 1, (START, -2), (EVALUATED, 1), (TODAY, 2)),  # the last is after
        goal("Ingen nye anmeldelser.", 7, (START, -1), (EVALUATED, 0)),  # a sensitive area
    )
    doc = document(goals=goals)
    expected = build_evidence(
        goals, KartleggingView(1), MeetingsView(1), START, EVALUATED, frozenset()
    )
    assert doc.evidence.goals == tuple((g.text, g.sentence) for g in expected.goals)
    assert doc.evidence.goals[0] == (
        "Gå på skolen.",
        "Fra -2 «mye dårligere enn ventet» til +1 «litt bedre enn ventet»: 3 trinn bedre.",
    )
    assert doc.evidence.goals[1][0] == "Ingen nye anmeldelser."
    assert doc.evidence.kartlegging == expected.kartlegging_sentences()
    assert doc.evidence.meetings == "Ingen lagmøter ble holdt i perioden."


def closing(
    closing_id: int, evaluation_id: int | None, reopened: date | None = None
) -> ClosingInfo:
    fields = ClosingFields(
        closed_on=EVALUATED + timedelta(days=1),
        reason="andre_tiltak",
        reason_text="Barnevernet overtar.",
        handover="Barneverntjenesten i bydelen.",
        contact_name="Lise Saksbehandler",
        contact_service="Barneverntjenesten",
        contact_phone="22 00 00 00",
        transitions=("fyller_18", "andre_tiltak"),
        transitions_note="Ettervern fra barnevernet.",
        summary=f"Oppsummering {closing_id}.",
        evaluation_id=evaluation_id,
    )
    return ClosingInfo(closing_id, fields, reopened)


def test_the_closing_on_this_evaluation_or_in_force() -> None:
    ended = evaluation(answers=ANSWERS, recommendation="avsluttes", next_evaluation_on=None)
    assert document(ended).closing is None
    tied = document(ended, closings=(closing(1, 1, reopened=TODAY),)).closing
    assert tied is not None and tied.reopened_on == TODAY
    assert tied.reason == f"{CLOSING_REASONS['andre_tiltak']}: Barnevernet overtar."
    assert tied.contact == "Lise Saksbehandler, Barneverntjenesten, tlf. 22 00 00 00"
    assert tied.transitions == (TRANSITIONS["fyller_18"], TRANSITIONS["andre_tiltak"])
    in_force = document(ended, closings=(closing(1, None),)).closing
    assert in_force is not None and in_force.summary == "Oppsummering 1."
    assert document(ended, closings=(closing(1, 9, reopened=TODAY),)).closing is None


# --- the PDF --------------------------------------------------------------------------------


def pdf_text(data: bytes, tmp_path: Path, layout: bool = False) -> str:
    """The whole text, whitespace (and the line breaks of wrapped lines) made single spaces."""
    path = tmp_path / "evaluering.pdf"
    path.write_bytes(data)
    options = ["-layout"] if layout else []
    text = subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return flat(text)


def test_pdf_has_the_questions_answers_and_disagreement(tmp_path: Path) -> None:
    doc = document()
    text = pdf_text(evaluation_pdf(doc), tmp_path)
    for number, question in enumerate(EVALUATION_QUESTIONS, 1):
        assert f"{number}. {question}" in text
    for line in ["Ungdommen (bedre): Jeg går på skolen hver dag.", "Foresatte: Vi vet ikke."]:
        assert line in text
    assert doc.questions[0].disagreement_text in text
    assert doc.disagreements[0] in text
    assert "Slik vurderer laget uenigheten: Vi følger med." in text
    assert "Anbefaling: Oppfølgingen videreføres" in text
    assert "Neste evaluering torsdag 27. mai 2027" in text
    assert "Evaluering – Emil Fiktiv Hansen – side 1 av" in text
    assert "Avslutning" not in text


def test_pdf_with_the_closing(tmp_path: Path) -> None:
    ended = evaluation(answers=ANSWERS, recommendation="avsluttes", next_evaluation_on=None)
    text = pdf_text(evaluation_pdf(document(ended, closings=(closing(1, 1, TODAY),))), tmp_path)
    assert "Avslutning" in text and "Avsluttet: fredag 27. november 2026" in text
    assert f"Hvorfor: {CLOSING_REASONS['andre_tiltak']}: Barnevernet overtar." in text
    assert "Kontaktperson: Lise Saksbehandler, Barneverntjenesten, tlf. 22 00 00 00" in text
    assert all(TRANSITIONS[code] in text for code in ("fyller_18", "andre_tiltak"))
    assert "Saken ble åpnet igjen 03.12.2026" in text
    assert "Oppsummering 1." in text


def test_long_answers_are_not_cut(tmp_path: Path) -> None:
    words = " ".join(f"ord{i}" for i in range(1500))
    long = AnswerInfo(3, "ungdommen", f"{words} SLUTT-ORD", "bedre")
    doc = document(evaluation(answers=(*ANSWERS, long)))
    data = evaluation_pdf(doc)
    text = pdf_text(data, tmp_path)
    assert "ord1499 SLUTT-ORD" in text
    pages = text.count("Evaluering – Emil Fiktiv Hansen – side")
    assert pages >= 3
    assert f"side {pages} av {pages}" in text
    assert all(q in text for q in EVALUATION_QUESTIONS)


def test_metadata_hold_no_name(tmp_path: Path) -> None:
    path = tmp_path / "evaluering.pdf"
    path.write_bytes(evaluation_pdf(document()))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Jevnlig evaluering" in info
    assert "Emil" not in info and "Hansen" not in info


# --- the command line -----------------------------------------------------------------------


def demo_youth(store: Store, **evaluation_fields: Any) -> int:
    data = build_demo(date.today())
    for item in data["evaluations"]:
        item.update(evaluation_fields)
    return import_document(store, data, as_new=True)


def export(db_path: Path, youth_id: int, out: Path) -> int:
    args = ["export-evaluation", "--db", str(db_path), "--youth", str(youth_id), "--out", str(out)]
    return main(args)


def evaluation_exports(store: Store) -> int:
    query = select(AuditEntry).where(AuditEntry.action == "export")
    with store.engine.connect() as connection:
        return sum(1 for row in connection.execute(query) if row.detail == "evaluation")


def test_export_the_demo(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    youth_id = demo_youth(store)
    folder = tmp_path / "ut"
    folder.mkdir()
    out = folder / "evaluering.pdf"
    assert export(db_path, youth_id, out) == 0, capsys.readouterr().err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["evaluering.pdf"]  # no temporary file left
    assert evaluation_exports(store) == 1
    layout = pdf_text(out.read_bytes(), tmp_path, layout=True)
    assert all(question in layout for question in EVALUATION_QUESTIONS)
    text = pdf_text(out.read_bytes(), tmp_path)
    assert all(question in text for question in EVALUATION_QUESTIONS)
    view = load_evaluations(store, youth_id)
    latest = view.latest
    assert latest is not None
    for answer in latest.answers:
        name = EVALUATION_PERSPECTIVES[answer.perspective]
        judged = f" ({JUDGEMENTS[answer.judgement].lower()})" if answer.judgement else ""
        assert f"{name}{judged}: {flat(answer.text)}" in text
    assert RECOMMENDATIONS[latest.recommendation.recommendation or ""] in text
    assert flat(latest.recommendation.reasons) in text
    assert flat(latest.recommendation.disagreement_note) in text
    sources = load_evidence_sources(store, youth_id)
    period = latest.period
    evidence = build_evidence(
        sources.plan.goals,
        sources.kartlegging,
        sources.meetings,
        period.period_start,
        period.period_end or period.evaluated_on,
    )
    assert evidence.goals and evidence.meetings.held
    sentences = [
        *(flat(g.sentence) for g in evidence.goals),
        *evidence.kartlegging_sentences(),
        evidence.meetings.sentence,
        evidence.actions.sentence,
    ]
    assert all(sentence in text for sentence in sentences)


@pytest.mark.parametrize(
    ("fields", "message"),
    [({"completed": False}, ONLY_DRAFT), (None, NO_EVALUATION)],
)
def test_no_completed_evaluation_is_one_line(
    store: Store,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fields: dict[str, Any] | None,
    message: str,
) -> None:
    if fields is None:
        data = build_demo(date.today())
        data["evaluations"] = []
        youth_id = import_document(store, data, as_new=True)
    else:
        youth_id = demo_youth(store, **fields)
    folder = tmp_path / "ut"
    folder.mkdir()
    assert export(db_path, youth_id, folder / "evaluering.pdf") == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [f"lagmote: {message}"]
    assert "Traceback" not in err
    assert list(folder.iterdir()) == []
    assert evaluation_exports(store) == 0  # nothing exported, nothing logged


def test_unknown_youth_and_missing_folder(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_youth(store)
    assert export(db_path, 999, tmp_path / "evaluering.pdf") == 1
    assert "Fant ingen ungdom med id 999" in capsys.readouterr().err
    assert export(db_path, 1, tmp_path / "finnes" / "ikke.pdf") == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "finnes ikke" in err
    assert not (tmp_path / "evaluering.pdf").exists()


QT_FREE_EXPORT = """
import sys
from lagmote.cli import main
code = main(sys.argv[1:])
qt = sorted(name for name in sys.modules if name.startswith("PySide6"))
print(code, qt)
"""


def test_the_export_loads_no_qt(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    made = run("demo", "--db", str(path))
    assert made.returncode == 0, made.stderr
    youth_id = made.stdout.split()[-1]
    out = tmp_path / "evaluering.pdf"
    args = ["export-evaluation", "--db", str(path), "--youth", youth_id, "--out", str(out)]
    env = {**os.environ, "LAGMOTE_PASSPHRASE": PASSPHRASE}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-c", QT_FREE_EXPORT, *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.stdout.strip() == "0 []", result.stderr
    assert out.is_file()
