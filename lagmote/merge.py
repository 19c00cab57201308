"""A three-way merge of two edits of one text, for when two people changed it at once.

Both edits started from the same ``base``. Changes that touch different parts of the text
are both applied. Where both changed the same part differently, the merge cannot know which
is right, so it keeps *theirs followed by mine*: nothing either person typed is lost, and
the result says it was not clean, so the user is told to read it through.

A text of several lines is merged line by line (as a note or a goal is written, one thought
a line); a text on one line is merged word by word, so that two people correcting different
words of one sentence both win. Built on :mod:`difflib`; no Qt and no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Final

_WORDS: Final = re.compile(r"\s+|\S+")


@dataclass(frozen=True)
class MergeResult:
    """The merged text; ``clean`` is False when both changed one part and both are kept."""

    text: str
    clean: bool


@dataclass(frozen=True)
class _Hunk:
    """Base tokens ``[start, end)`` replaced by ``tokens`` (by one side)."""

    start: int
    end: int
    tokens: tuple[str, ...]
    mine: bool


def merge_text(base: str, mine: str, theirs: str) -> MergeResult:
    """Merge ``mine`` and ``theirs``, two edits of ``base`` (see the module text)."""
    if mine == theirs or theirs == base:
        return MergeResult(mine, True)
    if mine == base:
        return MergeResult(theirs, True)
    if "\n" in base + mine + theirs:
        tokens, joined = _lines, "\n"
    else:
        tokens, joined = _words, ""
    merged, clean = _merge(tokens(base), tokens(mine), tokens(theirs), word_gap=not joined)
    return MergeResult(joined.join(merged), clean)


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


def _hunks(base: list[str], edited: list[str], mine: bool) -> list[_Hunk]:
    matcher = SequenceMatcher(None, base, edited, autojunk=False)
    return [
        _Hunk(i1, i2, tuple(edited[j1:j2]), mine)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _overlap(a: _Hunk, b: _Hunk) -> bool:
    """True when ``a`` and ``b`` change the same part of the base: their ranges overlap, or
    one inserts at a point the other replaces or inserts at too (so order would matter)."""
    if a.start == b.start:
        return True
    if a.start < b.end and b.start < a.end:
        return True
    inside = (a.start == a.end and b.start < a.start < b.end) or (
        b.start == b.end and a.start < b.start < a.end
    )
    return inside


def _groups(hunks: list[_Hunk]) -> list[list[_Hunk]]:
    """The hunks of both sides in base order, those that overlap (in a chain) together."""
    groups: list[list[_Hunk]] = []
    for hunk in sorted(hunks, key=lambda h: (h.start, h.end)):
        if groups and any(_overlap(hunk, other) for other in groups[-1]):
            groups[-1].append(hunk)
        else:
            groups.append([hunk])
    return groups


def _apply(base: list[str], start: int, end: int, hunks: list[_Hunk]) -> list[str]:
    """``base[start:end]`` with one side's ``hunks`` (all inside it) applied."""
    out: list[str] = []
    at = start
    for hunk in sorted(hunks, key=lambda h: (h.start, h.end)):
        out += base[at : hunk.start]
        out += hunk.tokens
        at = hunk.end
    return out + base[at:end]


def _merge(
    base: list[str], mine: list[str], theirs: list[str], word_gap: bool
) -> tuple[list[str], bool]:
    hunks = _hunks(base, mine, True) + _hunks(base, theirs, False)
    out: list[str] = []
    at, clean = 0, True
    for group in _groups(hunks):
        start = min(h.start for h in group)
        end = max(h.end for h in group)
        out += base[at:start]
        at = end
        ours = _apply(base, start, end, [h for h in group if h.mine])
        others = _apply(base, start, end, [h for h in group if not h.mine])
        if all(h.mine for h in group):
            out += ours
        elif not any(h.mine for h in group) or ours == others:
            out += others
        else:
            clean = False
            out += _both(others, ours, word_gap)
    return out + base[at:], clean


def _both(theirs: list[str], mine: list[str], word_gap: bool) -> list[str]:
    """Theirs, then mine; words get a space between them so they stay two words."""
    if word_gap and theirs and mine and not theirs[-1].isspace() and not mine[0].isspace():
        return [*theirs, " ", *mine]
    return [*theirs, *mine]
