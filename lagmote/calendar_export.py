"""The youth's week and the planned lagmøter as an iCalendar file (RFC 5545) for the phone.

Each weekly entry becomes an event that repeats every week (``RRULE:FREQ=WEEKLY``) at the
same local time in Europe/Oslo, whatever the daylight saving time; each planned lagmøte an
all-day event. UIDs are derived (UUID 5) from the youth's random uid and the row's id, so a
second export updates the events already on the phone instead of doubling them, ids from
two databases never collide, and a UID tells nothing about anyone.

The file holds no name: it is the youth's own calendar («Uka mi») on the youth's own phone,
where a name adds nothing, while the file says where the youth is at what time every week.
Left without a name it is less of a map to a person when the phone, a calendar sync or the
file itself ends up with others (data minimisation).

The VTIMEZONE is built here from the EU rule rather than with icalendar's
``Timezone.from_tzinfo``: that one starts summer time at 03:00 instead of 02:00 local time
(RFC 5545 §3.6.5 gives the onset in the offset before the change) and stops at 2038, while
the weekly events have no end. A test checks the rule against ``zoneinfo`` year by year.

Pure Python: no Qt and no database.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from lagmote.plan import MeetingInfo, ScheduleEntryInfo, WeekView
from lagmote.standard import SCHEDULE_KINDS

TZID: Final = "Europe/Oslo"
OSLO: Final = ZoneInfo(TZID)
PRODID: Final = "-//Oslo kommune//Lagmøte//NO"
CALENDAR_NAME: Final = "Uka mi"
MEETING_SUMMARY: Final = "Lagmøte"
MEETING_DESCRIPTION: Final = "Møte med laget rundt deg. Oppfølgeren din sier når og hvor."

CET: Final = timedelta(hours=1)
CEST: Final = timedelta(hours=2)
# (component, name, offset before, offset after, first onset in the offset before, month).
# Norway has followed the EU rule since 1996: summer time from the last Sunday of March,
# 01:00 UTC (02:00 CET), to the last Sunday of October, 01:00 UTC (03:00 CEST).
UID_NAMESPACE: Final = uuid.UUID("8f0c2f4e-2d6a-5b1e-9c3d-4a7b6e5f1d20")

OSLO_OBSERVANCES: Final = (
    (TimezoneDaylight, "CEST", CET, CEST, datetime(1996, 3, 31, 2, 0), 3),
    (TimezoneStandard, "CET", CEST, CET, datetime(1996, 10, 27, 3, 0), 10),
)


def build_calendar(
    week: WeekView,
    meetings: Sequence[MeetingInfo],
    today: date,
    stamp: datetime | None = None,
) -> bytes:
    """The calendar file: the week from the ISO week of ``today`` and the lagmøter ahead.

    ``stamp`` (DTSTAMP, when the file was made) is now in UTC unless given.
    """
    stamp = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    calendar.add_component(oslo_timezone())
    monday = today - timedelta(days=today.weekday())
    for entry in week.entries:
        event = _weekly_event(entry, monday, stamp)
        event.add("uid", event_uid(week.youth_uid, "schedule", entry.id))
        calendar.add_component(event)
    for meeting in meetings:
        if not meeting.held and meeting.meeting_on >= today:
            event = _meeting_event(meeting, stamp)
            event.add("uid", event_uid(week.youth_uid, "lagmote", meeting.id))
            calendar.add_component(event)
    data: bytes = calendar.to_ical()  # icalendar leaves it untyped
    return data


def event_uid(youth_uid: str, kind: str, row_id: int) -> str:
    """A stable, globally unique UID for one row of one youth, which tells nothing."""
    return f"{uuid.uuid5(UID_NAMESPACE, f'{youth_uid}/{kind}/{row_id}')}@lagmote"


def oslo_timezone() -> Timezone:
    """The VTIMEZONE for Europe/Oslo, with yearly rules so it holds for every year ahead."""
    timezone = Timezone()
    timezone.add("tzid", TZID)
    for kind, name, before, after, onset, month in OSLO_OBSERVANCES:
        observance = kind()
        observance.add("dtstart", onset)
        observance.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        observance.add("tzoffsetfrom", before)
        observance.add("tzoffsetto", after)
        observance.add("tzname", name)
        timezone.add_component(observance)
    return timezone


def _weekly_event(entry: ScheduleEntryInfo, monday: date, stamp: datetime) -> Event:
    fields = entry.fields
    midnight = datetime.combine(monday + timedelta(days=fields.weekday), time(), OSLO)
    kind = SCHEDULE_KINDS[fields.kind]
    event = Event()
    event.add("dtstamp", stamp)
    # Aware arithmetic with one tzinfo is wall-clock arithmetic: local times, as wanted.
    event.add("dtstart", midnight + timedelta(minutes=fields.start_minute))
    event.add("dtend", midnight + timedelta(minutes=fields.end_minute))
    event.add("rrule", {"freq": "weekly"})
    event.add("summary", fields.title.strip() or kind)
    if fields.place.strip():
        event.add("location", fields.place.strip())
    event.add("categories", [kind])
    return event


def _meeting_event(meeting: MeetingInfo, stamp: datetime) -> Event:
    event = Event()
    event.add("dtstamp", stamp)
    event.add("dtstart", meeting.meeting_on)
    event.add("dtend", meeting.meeting_on + timedelta(days=1))
    event.add("summary", MEETING_SUMMARY)
    event.add("description", MEETING_DESCRIPTION)
    event.add("categories", [MEETING_SUMMARY])
    event.add("transp", "TRANSPARENT")  # a day marker: it does not block the whole day
    return event
