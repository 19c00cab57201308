"""The week against the standard (§3.2–3.3) and its free time, without Qt or a database."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagmote.demo import WEEK_ROWS, build_demo
from lagmote.errors import UserError
from lagmote.plan import MINUTES_PER_DAY, EntryFields
from lagmote.week import (
    RULE_ACTIVITY,
    RULE_CONTACT,
    RULE_SCHOOL,
    RULES,
    FreeStretch,
    check_span,
    check_week,
    day_names,
    describe_entry,
    format_minute,
    format_span,
    free_stretches,
    free_time_by_day,
    free_time_sentences,
    is_right_to_left,
    kind_word,
)
from lagmote.wording import join_words

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def hm(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def entry(day: int, start: str, end: str, kind: str, title: str = "") -> EntryFields:
    return EntryFields(day, hm(start), hm(end), kind, title)


def demo_week() -> list[EntryFields]:
    """The demo youth's 16 weekly entries, straight from the demo's own table."""
    return [
        EntryFields(day, hm(start), hm(end), kind, title, place)
        for days, start, end, kind, title, place in WEEK_ROWS
        for day in days
    ]


def school_days(*days: int) -> list[EntryFields]:
    return [entry(d, "08:30", "14:30", "skole", "Skole") for d in days]


def contact_days(*days: int) -> list[EntryFields]:
    return [entry(d, "08:00", "08:30", "oppfolger") for d in days]


def finding(entries: list[EntryFields], rule: str) -> tuple[bool, str]:
    found = {f.rule: f for f in check_week(entries)}[rule]
    return found.ok, found.sentence


# --- words ---------------------------------------------------------------------------------


def test_times_are_24_hour_with_an_en_dash() -> None:
    assert format_minute(0) == "00:00"
    assert format_minute(hm("14:30")) == "14:30"
    assert format_minute(MINUTES_PER_DAY) == "24:00"
    assert format_span(hm("14:30"), hm("17:00")) == "14:30–17:00"


def test_days_are_named_in_week_order() -> None:
    assert day_names([THU, TUE]) == "tirsdag og torsdag"
    assert day_names([FRI, MON, WED, MON]) == "mandag, onsdag og fredag"
    assert day_names([SUN]) == "søndag"
    assert join_words([]) == ""


def test_kind_words_come_from_the_standard_when_not_shortened() -> None:
    assert kind_word("oppfolger") == "Oppfølger"
    assert kind_word("ukjent") == "ukjent"


def test_entries_are_described_in_words() -> None:
    text = describe_entry(
        EntryFields(TUE, hm("17:00"), hm("18:30"), "aktivitet", "Fotball", "Bane")
    )
    assert text == "tirsdag 17:00–18:30: Fotball (Aktivitet), Bane"
    untitled = describe_entry(EntryFields(MON, hm("08:00"), hm("08:30"), "oppfolger"))
    assert untitled == "mandag 08:00–08:30: Med oppfølgeren (Med oppfølgeren)"


def test_right_to_left_is_told_by_the_first_strong_character() -> None:
    assert is_right_to_left("مرحبا Ali")
    assert is_right_to_left("123 שלום")
    assert not is_right_to_left("Ali مرحبا")
    assert not is_right_to_left("🎉 ⚽")
    assert not is_right_to_left("")


def test_an_end_before_the_start_names_both_times_and_midnight() -> None:
    with pytest.raises(UserError, match=r"Slutten \(01:00\) må være etter starten \(22:00\)"):
        check_span(hm("22:00"), hm("01:00"))
    with pytest.raises(UserError, match="over midnatt"):
        check_span(hm("10:00"), hm("10:00"))
    check_span(hm("23:00"), MINUTES_PER_DAY)


# --- the rules -----------------------------------------------------------------------------


def test_the_demo_week_keeps_every_rule() -> None:
    findings = check_week(demo_week())
    assert [f.rule for f in findings] == [RULE_SCHOOL, RULE_ACTIVITY, RULE_CONTACT]
    assert all(f.ok for f in findings)
    assert findings[1].sentence == "Aktivitet i uka: Fotballtrening (tirsdag og torsdag)."


def test_the_demo_document_holds_the_same_week() -> None:
    schedule = build_demo(date(2026, 12, 1))["schedule"]
    assert len(schedule) == len(demo_week()) == 16


def test_an_empty_week_breaks_every_rule_and_says_why() -> None:
    findings = check_week([])
    assert not any(f.ok for f in findings)
    assert findings[0].sentence.startswith("Ingen skole eller dagtilbud")
    assert "(§3.3)" in findings[0].sentence
    assert findings[1].sentence == "Ingen aktivitet i uka. " + RULES[RULE_ACTIVITY]
    assert findings[2].sentence == "Ingen kontakt med oppfølgeren på hverdagene."


def test_missing_contact_days_are_named() -> None:
    ok, sentence = finding(contact_days(MON, WED, FRI), RULE_CONTACT)
    assert not ok
    assert sentence == "Ingen kontakt med oppfølgeren på tirsdag og torsdag."


def test_weekend_contact_does_not_stand_in_for_a_weekday() -> None:
    ok, sentence = finding(contact_days(MON, TUE, WED, THU, SAT, SUN), RULE_CONTACT)
    assert not ok
    assert sentence.endswith("på fredag.")


def test_school_on_some_weekdays_is_kept_but_the_other_days_are_named() -> None:
    ok, sentence = finding(school_days(MON, TUE, THU), RULE_SCHOOL)
    assert ok
    assert (
        sentence == "Skole eller dagtilbud på mandag, tirsdag og torsdag; ikke på onsdag og fredag."
    )


def test_school_only_at_the_weekend_is_no_school() -> None:
    ok, _ = finding(school_days(SAT), RULE_SCHOOL)
    assert not ok


def test_an_activity_without_a_title_still_counts() -> None:
    ok, sentence = finding([entry(SAT, "12:00", "13:00", "aktivitet")], RULE_ACTIVITY)
    assert ok
    assert sentence == "Aktivitet i uka: lørdag."


def test_activity_titles_are_named_once_each() -> None:
    week = [entry(d, "17:00", "18:00", "aktivitet", "Boksing") for d in (MON, WED)]
    week.append(entry(SAT, "12:00", "13:00", "aktivitet", "Svømming 🏊"))
    _, sentence = finding(week, RULE_ACTIVITY)
    assert sentence == "Aktivitet i uka: Boksing og Svømming 🏊 (mandag, onsdag og lørdag)."


def test_entries_ending_before_they_start_count_for_nothing() -> None:
    broken = [EntryFields(d, hm("16:00"), hm("15:00"), "oppfolger") for d in range(5)]
    ok, _ = finding(broken, RULE_CONTACT)
    assert not ok


def test_overlapping_entries_are_no_error() -> None:
    week = [*school_days(MON), entry(MON, "10:00", "11:00", "oppfolger", "Samtale på skolen")]
    ok, _ = finding(week, RULE_SCHOOL)
    assert ok


# --- free time -----------------------------------------------------------------------------


def test_the_demo_week_has_its_free_afternoons() -> None:
    stretches = free_stretches(demo_week())
    assert FreeStretch(TUE, hm("14:30"), hm("17:00")) in stretches
    assert FreeStretch(WED, hm("14:30"), hm("22:00")) in stretches  # the empty Wednesday
    assert FreeStretch(SUN, hm("10:00"), hm("17:00")) in stretches  # weekends from 10:00
    assert FreeStretch(MON, hm("14:30"), hm("15:00")) not in stretches  # too short
    assert [s.weekday for s in stretches] == sorted(s.weekday for s in stretches)


def test_a_stretch_says_so_in_words() -> None:
    stretch = FreeStretch(TUE, hm("14:30"), hm("17:00"))
    assert stretch.sentence == "Fri tid uten avtaler tirsdag 14:30–17:00"
    assert stretch.minutes == 150


def test_free_time_reads_one_line_a_day() -> None:
    stretches = [
        FreeStretch(TUE, hm("14:30"), hm("17:00")),
        FreeStretch(TUE, hm("18:30"), hm("22:00")),
        FreeStretch(MON, hm("16:30"), hm("22:00")),
    ]
    assert free_time_by_day(stretches) == [
        "mandag 16:30–22:00",
        "tirsdag 14:30–17:00 og 18:30–22:00",
    ]
    assert free_time_sentences(stretches)[1] == (
        "Fri tid uten avtaler tirsdag 14:30–17:00 og 18:30–22:00."
    )


def test_without_school_a_weekday_is_free_from_three() -> None:
    assert free_stretches([entry(MON, "17:00", "18:00", "aktivitet")])[:2] == [
        FreeStretch(MON, hm("15:00"), hm("17:00")),
        FreeStretch(MON, hm("18:00"), hm("22:00")),
    ]


def test_free_time_starts_when_the_last_school_entry_ends() -> None:
    week = [entry(MON, "08:30", "11:00", "skole"), entry(MON, "12:00", "16:00", "skole")]
    assert free_stretches(week)[0] == FreeStretch(MON, hm("16:00"), hm("22:00"))


def test_any_kind_of_entry_fills_free_time_even_when_they_overlap() -> None:
    week = [
        *school_days(MON),
        entry(MON, "14:30", "17:00", "familie"),
        entry(MON, "16:00", "20:30", "jobb"),
    ]
    assert [s for s in free_stretches(week) if s.weekday == MON] == []


def test_short_gaps_are_not_free_time() -> None:
    week = [*school_days(MON), entry(MON, "16:00", "20:30", "aktivitet")]
    assert [s for s in free_stretches(week) if s.weekday == MON] == []


def test_the_limits_can_be_chosen() -> None:
    week = [*school_days(MON), entry(MON, "15:30", "17:00", "aktivitet")]
    stretches = free_stretches(week, day_end=hm("23:00"), min_minutes=60, weekend_start=hm("12:00"))
    assert FreeStretch(MON, hm("17:00"), hm("23:00")) in stretches
    assert FreeStretch(SAT, hm("12:00"), hm("23:00")) in stretches


def test_an_entry_past_the_evening_or_broken_does_not_confuse_free_time() -> None:
    week = [
        entry(MON, "21:00", "23:30", "annet"),
        EntryFields(TUE, hm("18:00"), hm("16:00"), "annet"),  # end before start: ignored
        EntryFields(WED, hm("23:00"), MINUTES_PER_DAY, "annet"),
    ]
    stretches = free_stretches(week)
    assert FreeStretch(MON, hm("15:00"), hm("21:00")) in stretches
    assert FreeStretch(TUE, hm("15:00"), hm("22:00")) in stretches
    assert FreeStretch(WED, hm("15:00"), hm("22:00")) in stretches


spans = st.tuples(
    st.integers(0, 6), st.integers(0, MINUTES_PER_DAY), st.integers(0, MINUTES_PER_DAY)
)
kinds = st.sampled_from(["skole", "aktivitet", "oppfolger", "jobb", "familie", "annet"])


@given(st.lists(st.tuples(spans, kinds), max_size=20))
def test_free_stretches_are_long_uncovered_and_within_the_day(
    rows: list[tuple[tuple[int, int, int], str]],
) -> None:
    week = [EntryFields(d, s, e, kind) for (d, s, e), kind in rows]
    for stretch in free_stretches(week):
        assert stretch.minutes >= 120
        assert stretch.end <= hm("22:00")
        for e in week:
            if e.weekday == stretch.weekday and e.end_minute > e.start_minute:
                assert e.end_minute <= stretch.start or e.start_minute >= stretch.end
    assert len(check_week(week)) == 3
