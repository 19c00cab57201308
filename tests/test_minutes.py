"""The minutes of a lagmøte: what they say (lagmote.minutes), how they are drawn
(lagmote.pdf), and ``lagmote export-minutes`` as a user runs it on the demo database."""

from __future__ import annotations

import stat
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from reportlab.pdfbase.ttfonts import TTFont
from sqlalchemy import select

from lagmote.dates import format_date_long
from lagmote.db.engine import open_database
from lagmote.db.meeting_queries import load_meetings
from lagmote.db.models import AuditEntry
from lagmote.db.store import Actor, Store
from lagmote.errors import UserError
from lagmote.meetings import AttendeeInfo, DecisionInfo, LagmoteInfo, MeetingsView
from lagmote.minutes import (
    NOT_PLANNED,
    STATUS_LATE,
    STATUS_OPEN,
    Minutes,
    MinutesAction,
    MinutesPerson,
    build_minutes,
)
from lagmote.pdf.arabic import _LAM_ALEF, _LETTERS, visual
from lagmote.pdf.common import markup, register_fonts
from lagmote.pdf.fonts import find_font
from lagmote.pdf.minutes_pdf import minutes_pdf
from lagmote.records import MemberInfo
from lagmote.standard import role
from lagmote.team import ActionItemInfo
from tests.test_cli import PASSPHRASE, assert_one_line_error, run

TODAY = date(2026, 12, 3)  # a Thursday in week 49
KARI = MemberInfo(4, "fagansvarlig", "Kari Eksempel Nordmann")
JONAS = MemberInfo(5, "oppfolger", "Jonas Prøve Berg")
MOR = MemberInfo(3, "foresatt", "سارة حسن")


def meeting(
    lagmote_id: int,
    on: date,
    held: bool = True,
    agenda: dict[str, str] | None = None,
    **fields: Any,
) -> LagmoteInfo:
    notes = MappingProxyType(dict(agenda or {}))
    return LagmoteInfo(lagmote_id, on, held, agenda_notes=notes, **fields)


def view(*meetings: LagmoteInfo) -> MeetingsView:
    return MeetingsView(youth_id=1, meetings=meetings, members=(MOR, KARI, JONAS))


def action(owner: int | None, due: date | None, done: date | None = None) -> ActionItemInfo:
    return ActionItemInfo(1, 1, owner, "Gjøre noe", due, done)


# --- what the minutes say -----------------------------------------------------------------


def test_status_in_words() -> None:
    m = meeting(
        1,
        TODAY - timedelta(days=30),
        action_items=(
            action(KARI.id, date(2026, 11, 20), done=date(2026, 11, 5)),
            action(JONAS.id, date(2026, 12, 2)),
            action(JONAS.id, TODAY),
            action(None, None),
        ),
    )
    actions = build_minutes(view(m), "Emil", 1, TODAY).actions
    assert [a.status for a in actions] == ["gjort 05.11", STATUS_LATE, STATUS_OPEN, STATUS_OPEN]
    assert [a.late for a in actions] == [False, True, False, False]
    assert actions[0].owner == MinutesPerson(KARI.name, "Fagansvarlig")
    assert actions[1].owner_text == "Jonas Prøve Berg (Én-til-én-oppfølger)"
    assert (actions[3].owner, actions[3].owner_text, actions[3].due_text) == (
        None,
        "ingen",
        "ingen frist",
    )
    assert actions[0].due_text == "20.11.2026"


def test_date_week_and_next_meeting() -> None:
    first = meeting(1, TODAY, decisions=(DecisionInfo(1, "Noe"),))
    later = meeting(2, date(2027, 1, 14), held=False)
    minutes = build_minutes(view(first, later), "Emil", 1, TODAY)
    assert (minutes.date_text, minutes.week_text) == ("torsdag 3. desember 2026", "uke 49")
    assert minutes.next_meeting_text == "torsdag 14. januar 2027 (uke 2)"
    assert build_minutes(view(first), "Emil", 1, TODAY).next_meeting_text == NOT_PLANNED


def test_agenda_notes_only_where_present_in_agenda_order() -> None:
    notes = {"familien": "Bedre hjemme.", "hva_virker": "Trening.", "roller": "  ", "maal": ""}
    minutes = build_minutes(view(meeting(1, TODAY, agenda=notes)), "Emil", None, TODAY)
    assert [(n.title, n.text) for n in minutes.agenda] == [
        ("Hva virker", "Trening."),
        ("Hele familien", "Bedre hjemme."),
    ]


def test_youth_words_take_the_agenda_note_under_ungdommens_ord() -> None:
    notes = {"ungdommens_ord": "Jeg vil ha jobb."}
    alone = build_minutes(view(meeting(1, TODAY, agenda=notes)), "Emil", 1, TODAY)
    assert (alone.youth_words, alone.agenda) == ("Jeg vil ha jobb.", ())
    both = meeting(1, TODAY, agenda=notes, youth_words="Det går bra.")
    assert build_minutes(view(both), "E", 1, TODAY).youth_words == (
        "Det går bra.\n\nJeg vil ha jobb."
    )


def test_attendees_with_role_names_and_guests() -> None:
    attendees = (
        AttendeeInfo(1, MOR.id, "", "foresatt"),  # the name comes from the team
        AttendeeInfo(2, None, "Tolk (arabisk)", "annen"),
        AttendeeInfo(3, None, "Ukjent", "noe_nytt"),
    )
    minutes = build_minutes(view(meeting(1, TODAY, attendees=attendees)), "E", 1, TODAY)
    assert minutes.attendees == (
        MinutesPerson("سارة حسن", "Foresatte"),
        MinutesPerson("Tolk (arabisk)", role("annen").name),
        MinutesPerson("Ukjent", "noe_nytt"),
    )


def test_without_a_number_the_latest_held() -> None:
    meetings = (
        meeting(1, TODAY - timedelta(days=80), agenda={"maal": "Første"}),
        meeting(2, TODAY - timedelta(days=40), agenda={"maal": "Andre"}),
        meeting(3, TODAY + timedelta(days=2), held=False, notes="x"),
    )
    minutes = build_minutes(view(*meetings), "Emil", None, TODAY)
    assert (minutes.number, minutes.agenda[0].text) == (2, "Andre")
    assert minutes.next_meeting_on == TODAY + timedelta(days=2)


@pytest.mark.parametrize(
    ("count", "number", "message"),
    [
        (4, 9, "Ungdommen har bare 4 lagmøter; velg et tall fra 1 til 4."),
        (1, 2, "Ungdommen har bare ett lagmøte; velg 1."),
        (0, None, "Ungdommen har ingen lagmøter ennå; det finnes ikke noe referat."),
        (0, 1, "Ungdommen har ingen lagmøter ennå; det finnes ikke noe referat."),
    ],
)
def test_no_such_meeting(count: int, number: int | None, message: str) -> None:
    meetings = [meeting(i, TODAY + timedelta(days=i)) for i in range(1, count + 1)]
    with pytest.raises(UserError) as error:
        build_minutes(view(*meetings), "Emil", number, TODAY)
    assert str(error.value) == message


def test_a_planned_meeting_with_only_its_planning_notes_has_no_minutes() -> None:
    held = meeting(1, TODAY - timedelta(days=40), youth_words="Bra.")
    planned = meeting(2, TODAY + timedelta(days=2), held=False, notes="Innkalling er sendt.")
    with pytest.raises(UserError, match=r"^Lagmøte 2 er ikke holdt ennå; det finnes ikke noe"):
        build_minutes(view(held, planned), "Emil", 2, TODAY)


def test_a_meeting_being_run_gives_draft_minutes() -> None:
    running = meeting(1, TODAY, held=False, decisions=(DecisionInfo(1, "Vi prøver."),))
    minutes = build_minutes(view(running), "Emil", 1, TODAY)
    assert (minutes.held, minutes.decisions) == (False, ("Vi prøver.",))


# --- Arabic in the PDF --------------------------------------------------------------------


def test_latin_text_is_left_alone() -> None:
    assert visual("Emil Fiktiv Hansen – æøå (mor)") == "Emil Fiktiv Hansen – æøå (mor)"


def test_arabic_is_joined_and_drawn_right_to_left() -> None:
    # سارة: seen initial, alef final, reh and teh marbuta alone; حسن: initial, medial, final
    assert visual("سارة حسن") == "\ufee6\ufeb4\ufea3 \ufe93\ufead\ufe8e\ufeb3"
    assert visual("Mor: سارة (Sara)") == "Mor: \ufe93\ufead\ufe8e\ufeb3 (Sara)"


def test_lam_alef_digits_brackets_and_marks() -> None:
    assert visual("سلام") == "\ufee1\ufefc\ufeb3"  # lam-alef joined to the seen before it
    assert visual("لا") == "\ufefb"
    assert visual("حسن 12 (ب)") == "(\ufe8f) 12 \ufee6\ufeb4\ufea3"
    assert visual("بُ") == "\ufe8f\u064f"  # the mark stays after its letter


def test_user_text_cannot_carry_markup() -> None:
    assert markup("<b>A & B</b>\nny linje") == "&lt;b&gt;A &amp; B&lt;/b&gt;<br/>ny linje"


def test_the_font_has_norwegian_and_arabic_letters() -> None:
    choice = register_fonts()
    assert choice.regular.is_file() and choice.bold.is_file()
    assert choice.arabic, f"{choice.regular} has no Arabic letters"


def test_no_font_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Fant ingen skrift"):
        find_font([tmp_path])


# --- the PDF --------------------------------------------------------------------------------

def pdf_text(data: bytes, tmp_path: Path) -> list[str]:
    """The text of each page, whitespace made single spaces."""
    path = tmp_path / "referat.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def flat(text: str) -> str:
    return " ".join(text.split())


def long_minutes() -> Minutes:
    """Texts far longer than a page, an unbroken word, and a table over several pages."""
    words = " ".join(f"ord{i}" for i in range(2500))
    return Minutes(
        youth_name="Emil Fiktiv Hansen",
        number=2,
        meeting_on=TODAY,
        held=True,
        attendees=tuple(MinutesPerson(f"Person {i}", "Skole") for i in range(40)),
        youth_words=words + " SLUTT-ORD",
        notes="x" * 600 + " SLUTT-NOTAT",
        decisions=("Første vedtak.", "Andre vedtak."),
        actions=tuple(
            MinutesAction(
                f"Oppgave {i} " + (words if i == 5 else "kort") + f" SLUTT-{i}",
                MinutesPerson(MOR.name, "Foresatte") if i % 2 else None,
                TODAY,
                None,
                i % 3 == 0,
            )
            for i in range(12)
        ),
    )


def test_nothing_is_cut_and_the_header_repeats(tmp_path: Path) -> None:
    pages = pdf_text(minutes_pdf(long_minutes()), tmp_path)
    text = " ".join(pages)
    assert len(pages) >= 5
    for marker in ["SLUTT-ORD", "ord2499", "SLUTT-NOTAT", "Andre vedtak.", "SLUTT-11"]:
        assert marker in text
    assert all(f"SLUTT-{i}" in text for i in range(12))
    for number, page in enumerate(pages, 1):
        assert f"Referat – Emil Fiktiv Hansen – side {number} av {len(pages)}" in page
    action_pages = [p for p in pages if "SLUTT-" in p and "Oppgave" in p]
    assert len(action_pages) >= 2
    assert all("Hva Hvem Frist Status" in p for p in action_pages)


def test_draft_and_empty_sections(tmp_path: Path) -> None:
    draft = Minutes(youth_name="Emil", number=1, meeting_on=TODAY, held=False)
    text = " ".join(pdf_text(minutes_pdf(draft), tmp_path))
    for words in ["Utkast", "Ingen er skrevet inn", "Ingen oppgaver", NOT_PLANNED, "side 1 av 1"]:
        assert words in text
    assert "Dette snakket vi om" not in text and "Notater" not in text


def test_metadata_hold_no_name(tmp_path: Path) -> None:
    path = tmp_path / "referat.pdf"
    path.write_bytes(minutes_pdf(long_minutes()))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Referat fra lagmøte" in info
    assert "Emil" not in info and "Hansen" not in info


# --- the command line -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("minutes") / "demo.db"
    result = run("demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path, result.stdout.strip().splitlines()[-1]


@pytest.fixture
def demo_store(demo_db: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
    database = open_database(str(demo_db[0]))
    yield Store(database.engine, Actor("Test Testesen", "oppfolger", "Bydel Test"))
    database.dispose()


def export(demo_db: tuple[Path, str], out: Path, *more: str) -> subprocess.CompletedProcess[str]:
    path, youth_id = demo_db
    return run("export-minutes", "--db", str(path), "--youth", youth_id, "--out", str(out), *more)


def minutes_exports(store: Store) -> int:
    query = select(AuditEntry).where(AuditEntry.action == "export")
    with store.engine.connect() as connection:
        return sum(1 for row in connection.execute(query) if row.detail == "minutes")


def test_export_latest(demo_db: tuple[Path, str], demo_store: Store, tmp_path: Path) -> None:
    meetings = load_meetings(demo_store, int(demo_db[1]))
    latest = meetings.by_number(None)
    assert latest is not None and latest.held
    exports_before = minutes_exports(demo_store)
    folder = tmp_path / "ut"
    folder.mkdir()
    out = folder / "referat.pdf"
    result = export(demo_db, out)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["referat.pdf"]  # no temporary file left
    text = " ".join(pdf_text(out.read_bytes(), tmp_path))
    assert format_date_long(latest.meeting_on) in text
    assert all(role(a.role).name in text for a in latest.attendees)
    assert flat(latest.decisions[0].text) in text
    assert flat(latest.action_items[0].text) in text
    assert f"Referat fra lagmøte {meetings.number(latest.id)}" in text
    assert minutes_exports(demo_store) == exports_before + 1


def test_export_first(demo_db: tuple[Path, str], demo_store: Store, tmp_path: Path) -> None:
    first = load_meetings(demo_store, int(demo_db[1])).meetings[0]
    out = tmp_path / "første.pdf"
    result = export(demo_db, out, "--meeting", "1")
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(out.read_bytes(), tmp_path))
    assert "Referat fra lagmøte 1" in text
    assert format_date_long(first.meeting_on) in text


def test_no_such_number(demo_db: tuple[Path, str], demo_store: Store, tmp_path: Path) -> None:
    count = len(load_meetings(demo_store, int(demo_db[1])).meetings)
    assert count < 9
    folder = tmp_path / "ut"
    folder.mkdir()
    result = export(demo_db, folder / "referat.pdf", "--meeting", "9")
    assert_one_line_error(result, f"Ungdommen har bare {count} lagmøter; velg et tall fra 1 til")
    assert list(folder.iterdir()) == []


def test_planned_meeting(demo_db: tuple[Path, str], demo_store: Store, tmp_path: Path) -> None:
    meetings = load_meetings(demo_store, int(demo_db[1]))
    planned = meetings.planned[0]
    number = meetings.number(planned.id)
    exports_before = minutes_exports(demo_store)
    folder = tmp_path / "ut"
    folder.mkdir()
    result = export(demo_db, folder / "referat.pdf", "--meeting", str(number))
    assert_one_line_error(result, f"Lagmøte {number} er ikke holdt ennå")
    assert list(folder.iterdir()) == []
    assert minutes_exports(demo_store) == exports_before  # nothing exported, nothing logged


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--youth", "999", "--out", "referat.pdf"), "Fant ingen ungdom med id 999"),
        (("--youth", "1", "--out", "finnes/ikke/referat.pdf"), "finnes ikke"),
    ],
)
def test_errors_are_one_line(
    demo_db: tuple[Path, str], tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    result = run("--db", str(demo_db[0]), "export-minutes", *args, cwd=folder)
    assert_one_line_error(result, words)
    assert list(folder.iterdir()) == []


def test_db_may_come_before_the_command() -> None:
    result = run("--db", "x.db", "export-minutes", "--help")
    assert result.returncode == 0, result.stderr
    assert "--meeting N" in result.stdout


def test_meeting_zero_is_wrong_usage(demo_db: tuple[Path, str], tmp_path: Path) -> None:
    result = export(demo_db, tmp_path / "referat.pdf", "--meeting", "0")
    assert_one_line_error(result, "--meeting: må være 1 eller mer")


def test_every_joined_form_is_in_the_font() -> None:
    """A form the font lacks would be drawn as nothing: only forms it has are used."""
    cmap = TTFont("probe", str(register_fonts().regular)).face.charToGlyph
    forms = {"U": 1, "R": 2, "D": 4}
    used = [first + k for first, kind in _LETTERS.values() for k in range(forms[kind])]
    used += [form + k for form in _LAM_ALEF.values() for k in (0, 1)]
    assert [hex(c) for c in used if c not in cmap] == []
