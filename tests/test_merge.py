"""The three-way text merge (:mod:`lagmote.merge`): examples, and properties checked with
hypothesis over many texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lagmote.merge import merge_text

WORDS = st.sampled_from(["skole", "trening", "mor", "far", "kl. 15", "", "ja", "nei", "øve"])
LINES = st.lists(WORDS, max_size=6).map("\n".join)
SENTENCE = st.lists(WORDS, max_size=6).map(" ".join)
TEXT = st.one_of(LINES, SENTENCE)


def test_changes_to_different_lines_are_both_kept() -> None:
    base = "Gå på skolen\nTrening to dager\nMiddag hjemme"
    mine = "Gå på skolen hver dag\nTrening to dager\nMiddag hjemme"
    theirs = "Gå på skolen\nTrening to dager\nMiddag hjemme med mor"
    result = merge_text(base, mine, theirs)
    assert result.clean
    assert result.text == "Gå på skolen hver dag\nTrening to dager\nMiddag hjemme med mor"


def test_one_line_merges_word_by_word() -> None:
    base = "Gå på skolen tre dager"
    result = merge_text(base, "Gå på skolen fem dager", "Løp på skolen tre dager")
    assert result.clean
    assert result.text == "Løp på skolen fem dager"


def test_the_same_part_changed_keeps_theirs_then_mine() -> None:
    result = merge_text("Trening mandag", "Trening tirsdag", "Trening onsdag")
    assert not result.clean
    assert result.text == "Trening onsdag tirsdag"
    lines = merge_text("a\nb\nc", "a\nmin\nc", "a\nderes\nc")
    assert not lines.clean
    assert lines.text == "a\nderes\nmin\nc"


@given(TEXT, TEXT)
@settings(max_examples=200, deadline=None)
def test_an_unchanged_side_gives_the_other(base: str, other: str) -> None:
    assert merge_text(base, base, other).text == other
    assert merge_text(base, other, base).text == other
    assert merge_text(base, base, other).clean


@given(TEXT, TEXT)
@settings(max_examples=200, deadline=None)
def test_the_same_edit_on_both_sides_is_that_edit(base: str, edit: str) -> None:
    result = merge_text(base, edit, edit)
    assert result.text == edit
    assert result.clean


@given(LINES, LINES, LINES)
@settings(max_examples=300, deadline=None)
def test_no_typed_line_is_lost(base: str, mine: str, theirs: str) -> None:
    merged = merge_text(base, mine, theirs).text
    for side in (mine, theirs):
        for line in set(side.split("\n")) - set(base.split("\n")):
            assert line in merged


@given(SENTENCE, SENTENCE, SENTENCE)
@settings(max_examples=300, deadline=None)
def test_no_typed_word_is_lost(base: str, mine: str, theirs: str) -> None:
    merged = merge_text(base, mine, theirs).text
    for side in (mine, theirs):
        for word in set(side.split()) - set(base.split()):
            assert word in merged


@given(TEXT, TEXT, TEXT)
@settings(max_examples=300, deadline=None)
def test_a_clean_merge_of_one_side_only_is_that_side(base: str, mine: str, theirs: str) -> None:
    result = merge_text(base, mine, theirs)
    if result.clean and mine == base:
        assert result.text == theirs
