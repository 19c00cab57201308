"""«Referat fra lagmøte» as an A4 PDF, to send to the participants.

Most important first, in plain words: who, when and who was there; the youth's own words;
what was said; what the team agreed; who does what by when; the next meeting. Every text
wraps, and the tables split between pages with their header repeated, so nothing is cut.
The document's metadata carry the title «Referat fra lagmøte» and no name.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from lagmote.minutes import Minutes, MinutesAction, MinutesPerson
from lagmote.pdf.common import (
    RED,
    TEXT_WIDTH,
    Cell,
    build_pdf,
    markup,
    paragraph,
    section,
    styles,
    subsection,
    table,
)

TITLE = "Referat fra lagmøte"
NO_ATTENDEES = "Ingen er skrevet inn som til stede."
NO_YOUTH_WORDS = "Ikke skrevet ned."
NO_DECISIONS = "Ingen vedtak er skrevet ned."
NO_ACTIONS = "Ingen oppgaver ble fordelt."
NO_OWNER = "Ingen ansvarlig"
DRAFT = "Utkast: lagmøtet er ikke merket som holdt ennå."

ATTENDEE_WIDTHS = (0.55 * TEXT_WIDTH, 0.45 * TEXT_WIDTH)
ACTION_WIDTHS = (0.40 * TEXT_WIDTH, 0.28 * TEXT_WIDTH, 0.16 * TEXT_WIDTH, 0.16 * TEXT_WIDTH)


def minutes_pdf(minutes: Minutes) -> bytes:
    """The minutes as PDF bytes (the caller logs the export and writes the file)."""
    return build_pdf(
        lambda: story(minutes), lambda page, total: footer(minutes, page, total), TITLE
    )


def footer(minutes: Minutes, page: int, total: int) -> str:
    return f"Referat – {minutes.youth_name} – side {page} av {total}"


def story(minutes: Minutes) -> list[Flowable]:
    return [
        *_top(minutes),
        *_attendees(minutes),
        *_youth_words(minutes),
        *_agenda(minutes),
        *_notes(minutes),
        *_decisions(minutes),
        *_actions(minutes),
        *_next_meeting(minutes),
    ]


def _top(minutes: Minutes) -> list[Flowable]:
    s = styles()
    top: list[Flowable] = [
        paragraph(f"{TITLE} {minutes.number}", s.title),
        paragraph(minutes.youth_name, s.subtitle),
        paragraph(f"{minutes.date_text} ({minutes.week_text})", s.body),
    ]
    if not minutes.held:
        top.append(paragraph(DRAFT, s.quote))
    return top


def _attendees(minutes: Minutes) -> list[Flowable]:
    s = styles()
    if not minutes.attendees:
        return section("Til stede", [paragraph(NO_ATTENDEES, s.body)])
    rows = [
        [paragraph(person.name or "–", s.cell), paragraph(person.role, s.cell)]
        for person in minutes.attendees
    ]
    return section("Til stede", [table(("Navn", "Rolle"), rows, ATTENDEE_WIDTHS)])


def _youth_words(minutes: Minutes) -> list[Flowable]:
    s = styles()
    if not minutes.youth_words:
        return section("Ungdommens ord", [paragraph(NO_YOUTH_WORDS, s.body)])
    return section("Ungdommens ord", [paragraph(minutes.youth_words, s.quote)])


def _agenda(minutes: Minutes) -> list[Flowable]:
    if not minutes.agenda:
        return []
    s = styles()
    first, *rest = minutes.agenda
    said = section(
        "Dette snakket vi om",
        [paragraph(first.title, s.subheading), paragraph(first.text, s.body)],
    )
    for note in rest:
        said += subsection(note.title, [paragraph(note.text, s.body)])
    return said


def _notes(minutes: Minutes) -> list[Flowable]:
    if not minutes.notes:
        return []
    return section("Notater", [paragraph(minutes.notes, styles().body)])


def _decisions(minutes: Minutes) -> list[Flowable]:
    s = styles()
    if not minutes.decisions:
        return section("Dette ble vi enige om", [paragraph(NO_DECISIONS, s.body)])
    items = [Paragraph(markup(text), s.bullet, bulletText="•") for text in minutes.decisions]
    return section("Dette ble vi enige om", items)


def _actions(minutes: Minutes) -> list[Flowable]:
    s = styles()
    if not minutes.actions:
        return section("Hvem gjør hva", [paragraph(NO_ACTIONS, s.body)])
    rows = [_action_row(action) for action in minutes.actions]
    late = {(3, row): RED for row, action in enumerate(minutes.actions) if action.late}
    header = ("Hva", "Hvem", "Frist", "Status")
    return section("Hvem gjør hva", [table(header, rows, ACTION_WIDTHS, late)])


def _action_row(action: MinutesAction) -> list[Cell]:
    s = styles()
    status = s.cell_bold if action.late else s.cell
    return [
        paragraph(action.text, s.cell),
        _owner(action.owner),
        paragraph(action.due_text, s.cell),
        paragraph(action.status, status),
    ]


def _owner(owner: MinutesPerson | None) -> list[Flowable]:
    """The name, and the role under it in smaller type (a cell may hold several flowables)."""
    s = styles()
    if owner is None:
        return [paragraph(NO_OWNER, s.cell)]
    if not owner.name:
        return [paragraph(owner.role, s.cell)]
    return [paragraph(owner.name, s.cell), paragraph(owner.role, s.cell_small)]


def _next_meeting(minutes: Minutes) -> list[Flowable]:
    return section("Neste lagmøte", [paragraph(minutes.next_meeting_text, styles().body)])
