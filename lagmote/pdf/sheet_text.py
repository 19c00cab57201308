"""Breaking text into lines that fit a width, for the one-page plan.

The sheet lays out its own lines (it must fit one page, so it has to know each line before it
draws it). A text is broken at spaces; a word too long for a line is broken with a hyphen; a
text with more lines than it may have keeps as many as fit and ends with "…". So nothing is
ever cut in the middle of a word without a mark.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Measure = Callable[[str], float]
ELLIPSIS = "…"
HYPHEN = "-"


@dataclass(frozen=True)
class Wrapped:
    lines: tuple[str, ...]
    cut: bool  # True when text was left out (the last line ends with "…")


def wrap(text: str, width: float, measure: Measure, max_lines: int) -> Wrapped:
    """``text`` in lines no wider than ``width``, at most ``max_lines`` of them."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_paragraph(paragraph, width, measure))
    lines = lines or [""]
    if len(lines) <= max_lines:
        return Wrapped(tuple(lines), False)
    kept = lines[:max_lines]
    kept[-1] = with_ellipsis(kept[-1], width, measure)
    return Wrapped(tuple(kept), True)


def one_line(text: str, width: float, measure: Measure) -> Wrapped:
    """``text`` on one line (newlines become spaces), ending in "…" if it is too long."""
    return wrap(" ".join(text.split()), width, measure, 1)


def with_ellipsis(line: str, width: float, measure: Measure) -> str:
    """``line`` shortened at a space (or, for one long word, anywhere) until "…" fits."""
    words = line.split(" ")
    while len(words) > 1:
        candidate = " ".join(words) + " " + ELLIPSIS
        if measure(candidate) <= width:
            return candidate
        words.pop()
    word = words[0]
    if measure(word + ELLIPSIS) <= width:
        return word + ELLIPSIS
    return word[: _longest_prefix(word, lambda p: measure(p + ELLIPSIS) <= width)] + ELLIPSIS


def _paragraph(text: str, width: float, measure: Measure) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces = _break_word(word, width, measure)
        lines.extend(pieces[:-1])
        current = pieces[-1]
    lines.append(current)
    return lines


def _break_word(word: str, width: float, measure: Measure) -> list[str]:
    """A word wider than the line, in pieces that each end with a hyphen but the last."""
    pieces: list[str] = []
    rest = word
    while measure(rest) > width and len(rest) > 1:
        cut = _longest_prefix(rest[:-1], lambda p: measure(p + HYPHEN) <= width)
        pieces.append(rest[:cut] + HYPHEN)
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def _longest_prefix(word: str, fits: Callable[[str], bool]) -> int:
    """The length of the longest start of ``word`` that ``fits`` (at least one letter);
    a binary search, since a word may be hundreds of letters long."""
    low, high = 1, max(len(word), 1)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(word[:middle]):
            low = middle
        else:
            high = middle - 1
    return low
