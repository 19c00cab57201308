"""Kartlegging as plain records: overlays, trends, change in words, youth against team."""

from __future__ import annotations

from datetime import date
from types import MappingProxyType

import pytest

from lagmote.errors import UserError
from lagmote.kartlegging import (
    AreaRatingInfo,
    AssessmentInfo,
    KartleggingView,
    area_changes,
    change_sentences,
    check_area_rating,
    check_assessment,
    format_area_list,
    hidden_areas,
    most_changed,
    parse_area_list,
    talk_about,
    talk_about_sentence,
)

DAYS = (date(2026, 3, 2), date(2026, 6, 1), date(2026, 9, 1), date(2026, 11, 2))


def _assessment(
    kid: int, on: date, lag: dict[int, int | None], ungdom: dict[int, int | None] | None = None
) -> AssessmentInfo:
    ratings = {(a, "lag"): AreaRatingInfo(v) for a, v in lag.items()}
    ratings |= {(a, "ungdom"): AreaRatingInfo(v) for a, v in (ungdom or {}).items()}
    return AssessmentInfo(kid, on, "", MappingProxyType(ratings))


def _view(*series: dict[int, int | None]) -> KartleggingView:
    return KartleggingView(1, tuple(_assessment(i + 1, DAYS[i], s) for i, s in enumerate(series)))


def test_values_keep_not_assessed_apart_from_any_number() -> None:
    a = _assessment(1, DAYS[0], {1: 2, 4: None})
    values = a.values("lag")
    assert len(values) == 12
    assert values[0] == 2 and values[3] is None and values[1] is None
    assert a.assessed_count("lag") == 1
    assert a.rating(5, "ungdom") == AreaRatingInfo()


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [(1, [1]), (2, [1, 2]), (3, [1, 2, 3]), (4, [1, 3, 4]), (99, [])],
)
def test_overlay_is_first_previous_and_chosen(chosen: int, expected: list[int]) -> None:
    view = _view({1: 1}, {1: 2}, {1: 3}, {1: 4})
    assert [a.id for a in view.overlay(chosen)] == expected


def test_trend_follows_every_assessment() -> None:
    view = _view({1: 1}, {1: None}, {1: 4})
    assert view.trend(1, "lag") == (1, None, 4)
    assert view.trend(2, "lag") == (None, None, None)


def test_changes_use_first_and_latest_rating_skipping_gaps_and_hidden() -> None:
    view = _view({1: 1, 2: 4, 3: 3, 4: 1}, {1: None, 2: 2, 3: 3, 4: 5}, {1: 4, 2: 3, 3: 3})
    changes = {c.area: c for c in area_changes(view, "lag", frozenset({4}))}
    assert (changes[1].first, changes[1].latest, changes[1].delta) == (1, 4, 3)
    assert changes[2].delta == -1
    assert changes[3].delta == 0
    assert 4 not in changes
    assert [c.area for c in most_changed(changes.values(), True)] == [1]
    assert [c.area for c in most_changed(changes.values(), False)] == [2]


def test_most_changed_names_at_most_three_biggest_first() -> None:
    view = _view({n: 1 for n in range(1, 6)}, {1: 2, 2: 5, 3: 3, 4: 4, 5: 2})
    assert [c.area for c in most_changed(area_changes(view, "lag"), True)] == [2, 4, 3]


def test_change_sentences_in_words() -> None:
    view = _view({1: 1, 2: 4}, {1: 3, 2: 2})
    sentences = change_sentences(view, "lag", frozenset({12}))
    assert "02.03.2026" in sentences[0] and "lagets vurdering" in sentences[0]
    assert sentences[1] == "Mest bedring: Skole og utdanning (fra 1 til 3)."
    assert sentences[2] == "Mest tilbakegang: Familie og omsorgssituasjon (fra 4 til 2)."
    assert sentences[3] == "Skjulte områder er ikke tatt med."
    assert "minst to" in change_sentences(_view({1: 1}), "lag")[0]
    flat = change_sentences(_view({1: 2}, {1: 2}), "ungdom")
    assert "Ingen områder er vurdert bedre" in flat[1]
    assert "Ingen områder er vurdert dårligere" in flat[2]


def test_talk_about_needs_two_steps_and_both_ratings() -> None:
    a = _assessment(1, DAYS[0], {1: 1, 2: 3, 3: 2, 4: 1}, {1: 3, 2: 4, 3: None, 4: 5})
    assert talk_about(a) == frozenset({1, 4})
    assert talk_about(a, frozenset({4})) == frozenset({1})
    sentence = talk_about_sentence(a, frozenset({1}))
    assert "Skole og utdanning (ungdommen 3, laget 1)" in sentence
    assert "ikke mer enn ett trinn" in talk_about_sentence(a, frozenset())


def test_sensitive_areas_are_the_standards_and_the_teams() -> None:
    view = KartleggingView(1, (), frozenset({2}))
    assert view.sensitive == frozenset({2, 4, 7, 12})
    assert hidden_areas(view, concealing=True) == frozenset({2, 4, 7, 12})
    assert hidden_areas(view, concealing=False) == frozenset()


@pytest.mark.parametrize("text", ["", " ", "2", "2, 3", " 11 ,12"])
def test_area_list_round_trips(text: str) -> None:
    areas = parse_area_list(text)
    assert parse_area_list(format_area_list(areas)) == areas


@pytest.mark.parametrize("text", ["13", "0", "a", "2;3", "2,,3"])
def test_area_list_refuses_other_text(text: str) -> None:
    with pytest.raises(ValueError):
        parse_area_list(text)


@pytest.mark.parametrize(
    ("area", "perspective", "info", "words"),
    [
        (13, "lag", AreaRatingInfo(3), "12 områdene"),
        (1, "foreldre", AreaRatingInfo(3), "Ukjent vurdering"),
        (1, "lag", AreaRatingInfo(0), "fra 1 til 5"),
        (1, "lag", AreaRatingInfo(6), "fra 1 til 5"),
        (1, "lag", AreaRatingInfo(None, "x" * 20_001), "for mange tegn"),
    ],
)
def test_bad_ratings_are_refused(
    area: int, perspective: str, info: AreaRatingInfo, words: str
) -> None:
    with pytest.raises(UserError, match=words):
        check_area_rating(area, perspective, info)


def test_assessment_dates_are_not_in_the_future() -> None:
    check_assessment(DAYS[0], "", DAYS[0])
    with pytest.raises(UserError, match="fram i tid"):
        check_assessment(DAYS[1], "", DAYS[0])
