"""Tests for lagmote.dates: Norwegian date words, ISO weeks and ages."""

from datetime import date

import pytest

from lagmote.dates import (
    age_on,
    days_between_words,
    format_date,
    format_date_long,
    iso_week_label,
    monday_of,
)


def test_format_date_pads_day_and_month() -> None:
    assert format_date(date(2026, 12, 3)) == "03.12.2026"
    assert format_date(date(2026, 1, 31)) == "31.01.2026"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 12, 3), "torsdag 3. desember 2026"),
        (date(2026, 1, 5), "mandag 5. januar 2026"),
        (date(2026, 3, 1), "søndag 1. mars 2026"),
        (date(2026, 8, 15), "lørdag 15. august 2026"),
    ],
)
def test_format_date_long_in_bokmal(day: date, expected: str) -> None:
    assert format_date_long(day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 12, 3), "uke 49"),
        (date(2026, 1, 1), "uke 1"),  # Thursday: week 1 of 2026
        (date(2027, 1, 1), "uke 53"),  # Friday: still the last week of 2026
        (date(2026, 12, 28), "uke 53"),
        (date(2025, 12, 29), "uke 1"),  # Monday of the first week of 2026
    ],
)
def test_iso_week_label(day: date, expected: str) -> None:
    assert iso_week_label(day) == expected


@pytest.mark.parametrize("day", [date(2026, 11, 30), date(2026, 12, 3), date(2026, 12, 6)])
def test_monday_of_a_week_starting_monday(day: date) -> None:
    assert monday_of(day) == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("birth", "on", "expected"),
    [
        (date(2010, 5, 17), date(2026, 5, 16), 15),
        (date(2010, 5, 17), date(2026, 5, 17), 16),
        (date(2010, 5, 17), date(2026, 12, 31), 16),
        (date(2008, 2, 29), date(2026, 2, 28), 17),
        (date(2008, 2, 29), date(2026, 3, 1), 18),
    ],
)
def test_age_on(birth: date, on: date, expected: int) -> None:
    assert age_on(birth, on) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "0 dager"),
        (1, "1 dag"),
        (3, "3 dager"),
        (7, "7 dager"),
        (13, "13 dager"),
        (14, "2 uker"),
        (15, "15 dager"),
        (42, "6 uker"),
    ],
)
def test_days_between_words(n: int, expected: str) -> None:
    assert days_between_words(n) == expected


def test_days_between_words_rejects_negative() -> None:
    with pytest.raises(ValueError):
        days_between_words(-1)
