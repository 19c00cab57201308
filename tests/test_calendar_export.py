"""The calendar file for the youth's phone: parsed back with icalendar, and the CLI command."""

from __future__ import annotations

import re
import stat
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar, Component
from sqlalchemy import select

from lagmote.calendar_export import build_calendar, event_uid, oslo_timezone
from lagmote.db.engine import open_database
from lagmote.db.models import AuditEntry
from lagmote.db.plan_queries import load_plan, load_week
from lagmote.db.queries import load_overview
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.plan import EntryFields, MeetingInfo, ScheduleEntryInfo, WeekView
from lagmote.standard import SCHEDULE_KINDS
from tests.test_cli import PASSPHRASE, assert_one_line_error, run

TODAY = date(2026, 12, 1)  # a Tuesday in winter (CET)
OSLO = ZoneInfo("Europe/Oslo")
UID_PATTERN = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}@lagmote"
)


@pytest.fixture
def demo(store: Store) -> tuple[int, bytes]:
    youth_id = import_document(store, build_demo(TODAY))
    return youth_id, _export(store, youth_id)


def _export(store: Store, youth_id: int, stamp: datetime | None = None) -> bytes:
    week = load_week(store, youth_id)
    return build_calendar(week, load_plan(store, youth_id).meetings, TODAY, stamp)


def _events(data: bytes) -> list[Component]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def _weekly(data: bytes) -> list[Component]:
    return [event for event in _events(data) if "RRULE" in event]


def _file_timezone(data: bytes) -> tzinfo:
    """The calendar's own VTIMEZONE as a tzinfo (dateutil's RFC 5545 reading of it)."""
    (timezone,) = Calendar.from_ical(data).walk("VTIMEZONE")
    assert timezone["TZID"] == "Europe/Oslo"
    result: tzinfo = timezone.to_tz(lookup_tzid=False)
    return result


def test_calendar_properties(demo: tuple[int, bytes], store: Store) -> None:
    youth_id, data = demo
    calendar = Calendar.from_ical(data)
    assert calendar["PRODID"] == "-//Oslo kommune//Lagmøte//NO"
    assert calendar["VERSION"] == "2.0"
    assert calendar["X-WR-CALNAME"] == "Uka mi"
    name = load_overview(store, youth_id, TODAY).display_name
    for part in name.split():
        assert part.encode() not in data  # where the youth is each week, but not who


def test_each_weekly_entry_repeats_every_week_at_its_local_time(
    demo: tuple[int, bytes], store: Store
) -> None:
    youth_id, data = demo
    week = load_week(store, youth_id)
    entries = {event_uid(week.youth_uid, "schedule", e.id): e.fields for e in week.entries}
    events = _weekly(data)
    assert len(events) == len(entries) == 16
    monday = TODAY - timedelta(days=TODAY.weekday())
    for event in events:
        fields = entries[str(event["UID"])]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert event["RRULE"]["FREQ"] == ["WEEKLY"]
        assert start.tzinfo is not None and str(start.tzinfo) == "Europe/Oslo"
        assert start.date() == monday + timedelta(days=fields.weekday)
        assert start.hour * 60 + start.minute == fields.start_minute
        assert (end - start) == timedelta(minutes=fields.end_minute - fields.start_minute)
        kind = SCHEDULE_KINDS[fields.kind]
        assert str(event["SUMMARY"]) == (fields.title or kind)
        assert str(event["LOCATION"]) == fields.place
        assert event["CATEGORIES"].cats == [kind]
        assert "DTSTAMP" in event


def test_a_summer_occurrence_keeps_the_local_time(demo: tuple[int, bytes]) -> None:
    """Monday 08:00 in December (UTC+1) is still 08:00 in July (UTC+2): 06:00 UTC."""
    _, data = demo
    event = next(e for e in _weekly(data) if str(e["SUMMARY"]) == "Jonas henter meg"
                 and e.decoded("DTSTART").weekday() == 0)
    start = event.decoded("DTSTART")
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start.replace(tzinfo=None))
    summer = rule.after(datetime(2027, 7, 1))
    assert summer == datetime(2027, 7, 5, 8, 0)  # a Monday, same wall-clock time
    timezone = _file_timezone(data)
    assert start.replace(tzinfo=timezone).astimezone(UTC).hour == 7
    assert summer.replace(tzinfo=timezone).astimezone(UTC).hour == 6
    assert summer.replace(tzinfo=OSLO).astimezone(UTC).hour == 6


def test_timezone_agrees_with_zoneinfo_across_the_changes() -> None:
    """Every half hour of the change weeks, 2026–2060, and midsummer: the file's VTIMEZONE
    gives the same UTC offset as the tz database (summer time starts at 02:00, not 03:00)."""
    calendar = Calendar()
    calendar.add_component(oslo_timezone())
    timezone = _file_timezone(calendar.to_ical())
    for year in range(2026, 2061):
        for first in (datetime(year, 3, 24, tzinfo=UTC), datetime(year, 10, 24, tzinfo=UTC)):
            for step in range(8 * 48):
                moment = first + timedelta(minutes=30 * step)
                assert moment.astimezone(timezone).utcoffset() == (
                    moment.astimezone(OSLO).utcoffset()
                ), moment
        summer = datetime(year, 7, 1, 12, tzinfo=UTC)
        assert summer.astimezone(timezone).utcoffset() == timedelta(hours=2)


def test_the_planned_lagmote_is_an_all_day_event(demo: tuple[int, bytes]) -> None:
    _, data = demo
    (meeting,) = [event for event in _events(data) if "RRULE" not in event]
    assert str(meeting["SUMMARY"]) == "Lagmøte"
    start = meeting.decoded("DTSTART")
    assert type(start) is date  # all day: a DATE, not a DATE-TIME
    assert start == date(2026, 12, 5)
    assert meeting.decoded("DTEND") == date(2026, 12, 6)


def test_only_planned_meetings_ahead_are_exported() -> None:
    meetings = [
        MeetingInfo(1, date(2026, 11, 1), True),  # held
        MeetingInfo(2, date(2026, 11, 20), False),  # planned, but passed
        MeetingInfo(3, TODAY, False),
        MeetingInfo(4, date(2027, 1, 5), False),
        MeetingInfo(5, date(2027, 2, 5), True),  # marked held ahead of time: not planned
    ]
    data = build_calendar(WeekView(1, youth_uid="u"), meetings, TODAY)
    expected = {event_uid("u", "lagmote", 3), event_uid("u", "lagmote", 4)}
    assert {str(e["UID"]) for e in _events(data)} == expected


def test_untitled_entry_is_named_by_its_kind_and_may_end_at_midnight() -> None:
    entry = ScheduleEntryInfo(9, EntryFields(6, 22 * 60, 24 * 60, "familie"))
    (event,) = _events(build_calendar(WeekView(1, (entry,)), [], TODAY))
    assert str(event["SUMMARY"]) == "Familie"
    assert "LOCATION" not in event
    assert event.decoded("DTSTART") == datetime(2026, 12, 6, 22, 0, tzinfo=OSLO)
    assert event.decoded("DTEND") == datetime.combine(date(2026, 12, 7), time(), OSLO)


def test_uids_are_stable_and_carry_no_personal_data(
    demo: tuple[int, bytes], store: Store
) -> None:
    youth_id, first = demo
    second = _export(store, youth_id, datetime(2030, 1, 1, tzinfo=UTC))
    uids = [str(e["UID"]) for e in _events(first)]
    assert uids == [str(e["UID"]) for e in _events(second)]
    assert len(set(uids)) == len(uids) == 17
    assert all(UID_PATTERN.fullmatch(uid) for uid in uids)


def test_lines_are_crlf_and_folded(demo: tuple[int, bytes]) -> None:
    _, data = demo
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75  # octets, as RFC 5545 §3.1 counts
    long = ("Fotballtrening på kunstgresset bak skolen, med æøå og ekstra lang tekst " * 2).strip()
    entry = ScheduleEntryInfo(1, EntryFields(0, 600, 660, "aktivitet", long, long))
    folded = build_calendar(WeekView(1, (entry,)), [], TODAY)
    assert all(len(line) <= 75 for line in folded.split(b"\r\n"))
    assert str(_events(folded)[0]["SUMMARY"]) == long


# --- the command line ----------------------------------------------------------------------


def _demo_database(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "demo.db"
    result = run("demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path, result.stdout.strip().splitlines()[-1]


def test_cli_writes_a_private_calendar_and_logs_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, youth_id = _demo_database(tmp_path)
    folder = tmp_path / "mobil"
    folder.mkdir()
    out = folder / "uka.ics"
    result = run("--db", str(path), "export-calendar", "--youth", youth_id, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert len(_weekly(out.read_bytes())) == 16
    assert [p.name for p in folder.iterdir()] == ["uka.ics"]  # no temporary file left
    monkeypatch.setenv("LAGMOTE_PASSPHRASE", PASSPHRASE)
    database = open_database(str(path))
    try:
        with database.engine.connect() as connection:
            rows = connection.execute(
                select(AuditEntry.youth_id, AuditEntry.object_id, AuditEntry.detail).where(
                    AuditEntry.action == "export"
                )
            ).all()
    finally:
        database.dispose()
    assert [tuple(row) for row in rows] == [(int(youth_id), int(youth_id), "calendar")]


def test_cli_unknown_youth_is_one_line(tmp_path: Path) -> None:
    path, _ = _demo_database(tmp_path)
    out = tmp_path / "uka.ics"
    result = run("export-calendar", "--db", str(path), "--youth", "999", "--out", str(out))
    assert_one_line_error(result, "Fant ingen ungdom med id 999")
    assert not out.exists()


def test_cli_missing_folder_is_one_line(tmp_path: Path) -> None:
    result = run("export-calendar", "--db", str(tmp_path / "x.db"), "--youth", "1",
                 "--out", str(tmp_path / "nei" / "uka.ics"))
    assert_one_line_error(result, "finnes ikke")


def test_cli_needs_a_database(tmp_path: Path) -> None:
    result = run("export-calendar", "--youth", "1", "--out", "uka.ics", cwd=tmp_path)
    assert_one_line_error(result, "kommandoen trenger en database")


def test_uids_differ_between_youths_with_the_same_row_ids() -> None:
    entry = ScheduleEntryInfo(9, EntryFields(0, 600, 660, "skole"))
    first = _events(build_calendar(WeekView(1, (entry,), youth_uid="a"), [], TODAY))
    second = _events(build_calendar(WeekView(2, (entry,), youth_uid="b"), [], TODAY))
    assert str(first[0]["UID"]) != str(second[0]["UID"])
