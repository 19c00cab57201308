"""Dates as the users read them: dd.mm.åååå, Monday-first ISO weeks, Norwegian words.

The day and month names are written out here rather than taken from the system locale,
so a PC set up in English (or a test machine with only the C locale) still prints bokmål;
they and the words below are translated into the language the window speaks, when read
(:mod:`lagmote.i18n`).
"""

from __future__ import annotations

from datetime import date, timedelta

from lagmote.i18n import N_, TextList, t

WEEKDAYS = TextList(
    (
        N_("mandag"),
        N_("tirsdag"),
        N_("onsdag"),
        N_("torsdag"),
        N_("fredag"),
        N_("lørdag"),
        N_("søndag"),
    )
)
MONTHS = TextList(
    (
        N_("januar"),
        N_("februar"),
        N_("mars"),
        N_("april"),
        N_("mai"),
        N_("juni"),
        N_("juli"),
        N_("august"),
        N_("september"),
        N_("oktober"),
        N_("november"),
        N_("desember"),
    )
)
DAYS_PER_WEEK = 7
# From this many days on, a whole number of weeks reads better than days ("2 uker").
WEEKS_FROM_DAYS = 2 * DAYS_PER_WEEK


def format_date(d: date) -> str:
    """Return the date as dd.mm.åååå, e.g. "03.12.2026"."""
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def format_date_long(d: date) -> str:
    """Return the date in words, e.g. "torsdag 3. desember 2026"."""
    words = t("{weekday} {day}. {month} {year}")
    return words.format(
        weekday=WEEKDAYS[d.weekday()], day=d.day, month=MONTHS[d.month - 1], year=d.year
    )


def iso_week_label(d: date) -> str:
    """Return the ISO week (weeks start on Monday) as "uke 49"."""
    return t("uke {week}").format(week=d.isocalendar().week)


def monday_of(d: date) -> date:
    """Return the Monday of the week that holds `d`."""
    return d - timedelta(days=d.weekday())


def age_on(birth: date, on: date) -> int:
    """Return the age in whole years on the day `on` (the birthday itself counts)."""
    had_birthday = (on.month, on.day) >= (birth.month, birth.day)
    return on.year - birth.year - (0 if had_birthday else 1)


def days_between_words(n: int) -> str:
    """Return a count of days in words: "1 dag", "3 dager", "2 uker".

    Whole weeks from two weeks up read as weeks; everything else as days. A negative
    count is a caller's mistake (say "om" or "siden" around a positive count instead).
    """
    if n < 0:
        raise ValueError(f"negative number of days: {n}")
    if n >= WEEKS_FROM_DAYS and n % DAYS_PER_WEEK == 0:
        return t("{n} uker").format(n=n // DAYS_PER_WEEK)
    return t("1 dag") if n == 1 else t("{n} dager").format(n=n)
