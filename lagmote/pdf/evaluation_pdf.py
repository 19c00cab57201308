"""«Jevnlig evaluering» as an A4 PDF, for the team.

Most important first: who, when, which period, who took part, and the recommendation in one
line. Then the standard's five questions word for word, each on a light blue band, with the
answers under it as «Ungdommen (bedre): …» and, on beige, where the perspectives judged it
differently. Then what the record shows for the period, the recommendation with its reasons
and the team's word on any disagreement, and the closing when there is one. The document's
metadata carry the title «Jevnlig evaluering» and no name.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from lagmote.dates import format_date, format_date_long
from lagmote.evaluation_document import (
    ClosingSection,
    EvaluationDocument,
    EvidenceSection,
    PerspectiveAnswer,
    QuestionSection,
)
from lagmote.pdf.common import (
    BOLD,
    DARK_BLUE,
    HEADING_ROOM,
    LIGHT_BLUE,
    SMALL_SIZE,
    TEXT_WIDTH,
    build_pdf,
    keep_with,
    markup,
    paragraph,
    section,
    styles,
    subsection,
    table,
)

TITLE = "Jevnlig evaluering"
NO_PARTICIPANTS = "ikke skrevet inn"
NO_GOALS = "Planen hadde ingen mål i perioden."
NO_ANSWERS = "Ingen av perspektivene svarte på dette spørsmålet."
NO_TEXT = "Ikke skrevet ned."
NO_ONE = "ingen er oppgitt"
REOPENED = "Saken ble åpnet igjen {on}; avslutningen står her slik den ble skrevet."

GOAL_WIDTHS = (0.52 * TEXT_WIDTH, 0.48 * TEXT_WIDTH)


@cache
def question_style() -> ParagraphStyle:
    """The question: bold, on a light blue band, so the five stand out on the page."""
    return ParagraphStyle(
        "question", styles().body, fontName=BOLD, fontSize=12, leading=16, textColor=DARK_BLUE,
        backColor=LIGHT_BLUE, borderPadding=(6, 8, 6, 8), leftIndent=8, rightIndent=8,
        spaceBefore=16, spaceAfter=10,
    )  # fmt: skip


@cache
def answer_style() -> ParagraphStyle:
    """An answer, its later lines indented under the perspective's name."""
    return ParagraphStyle("answer", styles().body, leftIndent=22, firstLineIndent=-14, spaceAfter=5)


@cache
def disagreement_style() -> ParagraphStyle:
    """Where the perspectives differ, on beige. Space between paragraphs is the larger of
    one's space after and the next one's before, and both bands reach 6 points past their
    text: this leaves the same 10 points before the next question as after an answer."""
    return ParagraphStyle("disagreement", styles().quote, spaceAfter=22)


@cache
def note_style() -> ParagraphStyle:
    return ParagraphStyle(
        "note", styles().body, fontSize=SMALL_SIZE, leading=12.5, leftIndent=8, spaceBefore=1
    )


def evaluation_pdf(document: EvaluationDocument) -> bytes:
    """The document as PDF bytes (the caller logs the export and writes the file)."""
    return build_pdf(
        lambda: story(document), lambda page, total: footer(document, page, total), TITLE
    )


def footer(document: EvaluationDocument, page: int, total: int) -> str:
    return f"Evaluering – {document.youth_name} – side {page} av {total}"


def story(document: EvaluationDocument) -> list[Flowable]:
    return [
        *_top(document),
        *_questions(document.questions),
        *_evidence(document.evidence),
        *_recommendation(document),
        *_closing(document.closing),
    ]


def labelled(label: str, text: str) -> Paragraph:
    """ "**Label:** text", the text as user text (escaped, Arabic in right-to-left order)."""
    return Paragraph(f"<b>{markup(label)}:</b> {markup(text)}", styles().body)


def _top(document: EvaluationDocument) -> list[Flowable]:
    s = styles()
    return [
        paragraph(TITLE, s.title),
        paragraph(document.youth_name, s.subtitle),
        labelled("Evaluert", document.date_text),
        labelled("Perioden", document.period_text),
        labelled("Til stede", document.participants or NO_PARTICIPANTS),
        labelled("Tilbakemelding fra", ", ".join(document.perspectives)),
        labelled("Anbefaling", document.recommendation),
    ]


# --- the five questions ---------------------------------------------------------------------


def _questions(questions: Sequence[QuestionSection]) -> list[Flowable]:
    head = [paragraph("De fem spørsmålene", styles().heading)]
    blocks = [f for q in questions for f in _question(q)]
    return head + blocks


def _question(question: QuestionSection) -> list[Flowable]:
    head = paragraph(f"{question.number}. {question.question}", question_style())
    body: list[Flowable] = [_answer(a) for a in question.answers]
    if not question.answers:
        body.append(paragraph(NO_ANSWERS, answer_style()))
    if question.unanswered:
        body.append(paragraph(question.unanswered_text, note_style()))
    if question.disagreement:
        body.append(paragraph(question.disagreement_text, disagreement_style()))
    return keep_with(head, body, HEADING_ROOM)


def _answer(answer: PerspectiveAnswer) -> Paragraph:
    """ "**Ungdommen** (bedre): the words" — the name bold, the judgement in words."""
    label = f"<b>{markup(answer.perspective)}</b>"
    if answer.judgement is not None:
        label += f" ({markup(answer.judgement)})"
    text = f"{label}: {markup(answer.text)}" if answer.text else label
    return Paragraph(text, answer_style())


# --- the evidence ---------------------------------------------------------------------------


def _evidence(evidence: EvidenceSection) -> list[Flowable]:
    s = styles()
    said = section("Det journalen viser for perioden", [_goals(evidence)])
    said += subsection("Kartlegging", [paragraph(line, s.body) for line in evidence.kartlegging])
    said += subsection("Lagmøter", [paragraph(evidence.meetings, s.body)])
    said += subsection("Oppgaver fra lagmøtene", [paragraph(evidence.actions, s.body)])
    return said


def _goals(evidence: EvidenceSection) -> Flowable:
    s = styles()
    if not evidence.goals:
        return paragraph(NO_GOALS, s.body)
    rows = [[paragraph(goal, s.cell), paragraph(how, s.cell)] for goal, how in evidence.goals]
    return table(("Mål", "Fra første til siste vurdering"), rows, GOAL_WIDTHS)


# --- the recommendation and the closing -----------------------------------------------------


def _recommendation(document: EvaluationDocument) -> list[Flowable]:
    s = styles()
    said = section("Anbefaling", [paragraph(document.recommendation, s.subtitle)])
    said += subsection("Begrunnelse", [paragraph(document.reasons or NO_TEXT, s.body)])
    if document.next_evaluation_on is not None:
        said += subsection("Neste evaluering", [paragraph(document.next_evaluation_text, s.body)])
    if document.disagreements or document.disagreement_note:
        said += subsection("Uenighet mellom perspektivene", _disagreement(document))
    return said


def _disagreement(document: EvaluationDocument) -> list[Flowable]:
    s = styles()
    items: list[Flowable] = [
        Paragraph(markup(text), s.bullet, bulletText="•") for text in document.disagreements
    ]
    if document.disagreement_note:
        items.append(labelled("Slik vurderer laget uenigheten", document.disagreement_note))
    return items


def _closing(closing: ClosingSection | None) -> list[Flowable]:
    if closing is None:
        return []
    s = styles()
    facts: list[Flowable] = [
        labelled("Avsluttet", format_date_long(closing.closed_on)),
        labelled("Hvorfor", closing.reason),
        labelled("Hvem følger opp videre", closing.handover or NO_ONE),
        labelled("Kontaktperson", closing.contact or NO_ONE),
    ]
    if closing.reopened_on is not None:
        facts.insert(0, paragraph(REOPENED.format(on=format_date(closing.reopened_on)), s.quote))
    said = section("Avslutning", facts)
    if closing.transitions or closing.transitions_note:
        said += subsection("Overganger", _transitions(closing))
    said += subsection("Oppsummering", [paragraph(closing.summary or NO_TEXT, s.body)])
    return said


def _transitions(closing: ClosingSection) -> list[Flowable]:
    s = styles()
    items: list[Flowable] = [
        Paragraph(markup(name), s.bullet, bulletText="•") for name in closing.transitions
    ]
    if closing.transitions_note:
        items.append(paragraph(closing.transitions_note, s.body))
    return items
