"""Arabic text for reportlab: letters joined, right-to-left runs laid out right to left.

Why this exists: reportlab does not shape Arabic. It shapes and orders right-to-left text only
with the optional uharfbuzz and rlbidi packages, which the program does not need elsewhere.
Without them Arabic letters would come out unjoined and in the wrong order, and the families
the program serves write their names in Arabic script too (the demo's mother is «سارة حسن»).
So :func:`visual` does the little a name needs: each Arabic letter becomes its joined form
(isolated, initial, medial or final, with the lam-alef ligature), and each right-to-left run is
laid out right to left (digits inside stay left to right, brackets are mirrored). Known limits:
a right-to-left run that wraps over two lines keeps the visual order of one line, and copying
such text out of the PDF gives the joined forms in visual order.
"""

from __future__ import annotations

import re
from typing import Final

# Letter → (its isolated presentation form, joining type). Dual-joining letters (D) have four
# forms in a row: isolated, final, initial, medial; right-joining ones (R) the first two;
# hamza (U) joins nothing.
_LETTERS: Final[dict[str, tuple[int, str]]] = {
    chr(code): (form, kind)
    for code, form, kind in (
        (0x0621, 0xFE80, "U"), (0x0622, 0xFE81, "R"), (0x0623, 0xFE83, "R"),
        (0x0624, 0xFE85, "R"), (0x0625, 0xFE87, "R"), (0x0626, 0xFE89, "D"),
        (0x0627, 0xFE8D, "R"), (0x0628, 0xFE8F, "D"), (0x0629, 0xFE93, "R"),
        (0x062A, 0xFE95, "D"), (0x062B, 0xFE99, "D"), (0x062C, 0xFE9D, "D"),
        (0x062D, 0xFEA1, "D"), (0x062E, 0xFEA5, "D"), (0x062F, 0xFEA9, "R"),
        (0x0630, 0xFEAB, "R"), (0x0631, 0xFEAD, "R"), (0x0632, 0xFEAF, "R"),
        (0x0633, 0xFEB1, "D"), (0x0634, 0xFEB5, "D"), (0x0635, 0xFEB9, "D"),
        (0x0636, 0xFEBD, "D"), (0x0637, 0xFEC1, "D"), (0x0638, 0xFEC5, "D"),
        (0x0639, 0xFEC9, "D"), (0x063A, 0xFECD, "D"), (0x0641, 0xFED1, "D"),
        (0x0642, 0xFED5, "D"), (0x0643, 0xFED9, "D"), (0x0644, 0xFEDD, "D"),
        (0x0645, 0xFEE1, "D"), (0x0646, 0xFEE5, "D"), (0x0647, 0xFEE9, "D"),
        (0x0648, 0xFEED, "R"), (0x0649, 0xFEEF, "R"), (0x064A, 0xFEF1, "D"),
        # Persian and Urdu letters (presentation forms A) that DejaVu Sans has
        (0x0679, 0xFB66, "D"), (0x067E, 0xFB56, "D"), (0x0686, 0xFB7A, "D"),
        (0x0688, 0xFB88, "R"), (0x0691, 0xFB8C, "R"), (0x0698, 0xFB8A, "R"),
        (0x06A9, 0xFB8E, "D"), (0x06AF, 0xFB92, "D"), (0x06BA, 0xFB9E, "R"),
        (0x06BE, 0xFBAA, "D"), (0x06CC, 0xFBFC, "D"),
    )
}  # fmt: skip
_TATWEEL: Final = "\u0640"  # the joining stroke: joins on both sides, keeps its shape
_LAM: Final = "\u0644"
_LAM_ALEF: Final = {"\u0622": 0xFEF5, "\u0623": 0xFEF7, "\u0625": 0xFEF9, "\u0627": 0xFEFB}
_MARKS: Final = (  # harakat and other combining marks: drawn on a letter, never joined
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
)
_IS_MARK: Final = re.compile(f"[{_MARKS}]")
_RTL_LETTER: Final = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_BETWEEN: Final = " \u00a0\t0-9.,:;!?()\\[\\]{}<>«»\"'\\-–"  # may sit inside a run
_RUN: Final = re.compile(  # from one right-to-left letter to the last, and closing brackets
    f"([{_RTL_LETTER}](?:[{_RTL_LETTER}{_BETWEEN}]*[{_RTL_LETTER}])?)([)\\]}}>»]*)"
)
_OPENERS: Final = "([{<«"
_CLOSERS: Final = ")]}>»"
_CLUSTER: Final = re.compile(f"[0-9\u0660-\u0669\u06f0-\u06f9]+|.[{_MARKS}]*", re.S)
_MIRROR: Final = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def visual(text: str) -> str:
    """``text`` as it must be drawn left to right: Arabic letters joined, and every
    right-to-left run reversed. Text without Arabic or Hebrew comes back unchanged."""
    if not re.search(f"[{_RTL_LETTER}]", text):
        return text
    return _RUN.sub(_reverse_run, shape_arabic(text))


def _reverse_run(match: re.Match[str]) -> str:
    """A run reversed; closing brackets after it belong to it when it opened them."""
    run, closers = match.group(1), match.group(2)
    unclosed = sum(run.count(c) for c in _OPENERS) - sum(run.count(c) for c in _CLOSERS)
    inside = closers[: max(unclosed, 0)]
    return _reverse(run + inside) + closers[len(inside) :]


def _reverse(run: str) -> str:
    clusters = _CLUSTER.findall(run)
    return "".join(c.translate(_MIRROR) for c in reversed(clusters))


def shape_arabic(text: str) -> str:
    """Every Arabic letter in its joined form, in logical order."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        after = _neighbour(text, i, 1)
        joins_before = ch in _LETTERS or ch == _TATWEEL
        joins_before = joins_before and _joins_forward(_char(text, _neighbour(text, i, -1)))
        if ch == _LAM and after is not None and text[after] in _LAM_ALEF:
            out.append(chr(_LAM_ALEF[text[after]] + (1 if joins_before else 0)))
            out.append(text[i + 1 : after])  # marks between lam and alef
            i = after + 1
            continue
        out.append(_form(ch, joins_before, _char(text, after)))
        i += 1
    return "".join(out)


def _form(ch: str, joins_before: bool, next_char: str) -> str:
    """The letter's presentation form: isolated (+0), final (+1), initial (+2), medial (+3)."""
    if ch not in _LETTERS:
        return ch
    first, kind = _LETTERS[ch]
    if kind == "U":
        return chr(first)
    if kind == "R":
        return chr(first + (1 if joins_before else 0))
    joins_after = next_char == _TATWEEL or _LETTERS.get(next_char, (0, "U"))[1] != "U"
    if joins_after:
        return chr(first + (3 if joins_before else 2))
    return chr(first + (1 if joins_before else 0))


def _joins_forward(ch: str) -> bool:
    """Whether ``ch`` joins the letter after it (dual-joining letters and the tatweel)."""
    return ch == _TATWEEL or _LETTERS.get(ch, (0, "U"))[1] == "D"


def _neighbour(text: str, i: int, step: int) -> int | None:
    """The index of the nearest character before (-1) or after (1) ``i`` that is not a mark."""
    j = i + step
    while 0 <= j < len(text) and _IS_MARK.match(text[j]):
        j += step
    return j if 0 <= j < len(text) else None


def _char(text: str, index: int | None) -> str:
    return text[index] if index is not None else ""
