"""The parts of the one-page plan, each laid out from a top edge and returning its bottom.

Each part takes :class:`Limits`: how much of it there is room for. The fitting in
:mod:`lagmote.pdf.sheet_layout` lowers the limits until the page holds everything that is
left; whatever a limit leaves out marks the page as shortened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from lagmote.family_sheet import FamilySheet, SheetEntry, SheetGoal, SheetHelper
from lagmote.family_sheet_texts import WEEKDAYS_SHORT, long_date, text
from lagmote.pdf.sheet_ops import (
    BEIGE,
    DARK_BLUE,
    LIGHT_BLUE,
    PAGE_WIDTH,
    RED,
    RULE,
    WARM_BLUE,
    WHITE,
    Canvas,
)
from lagmote.pdf.sheet_text import Wrapped, one_line, wrap

Measure = Callable[[str, float, bool], float]  # text, size, bold → width in points

MARGIN: Final = 36.0
WIDTH: Final = PAGE_WIDTH - 2 * MARGIN
GAP: Final = 14.0
TITLE, NAME, HEADING, BODY, SMALL, TINY = 22.0, 14.0, 12.5, 10.5, 9.0, 8.0
LEADING: Final = 1.3
LADDER_BOX: Final = 17.0
LADDER_WIDTH: Final = 5 * LADDER_BOX + 4 * 3.0
GOAL_WORDS_WIDTH: Final = 150.0
LADDER_LABELS: Final = ("−2", "−1", "0", "+1", "+2")


@dataclass(frozen=True)
class Limits:
    """How much of each part fits; lowered one step at a time until the page is full."""

    goals: int = 12
    goal_lines: int = 4
    per_day: int = 6
    helpers: int = 9
    incident_lines: int = 5


class Writer:
    """Lays out lines on a :class:`Canvas` with one way of measuring text."""

    def __init__(self, canvas: Canvas, measure: Measure) -> None:
        self.canvas, self.measure = canvas, measure

    def lines(self, value: str, width: float, size: float, max_lines: int,
              bold: bool = False) -> Wrapped:  # fmt: skip
        wrapped = wrap(value, width, lambda t: self.measure(t, size, bold), max_lines)
        self.canvas.shortened |= wrapped.cut
        return wrapped

    def line(self, value: str, width: float, size: float, bold: bool = False) -> str:
        wrapped = one_line(value, width, lambda t: self.measure(t, size, bold))
        self.canvas.shortened |= wrapped.cut
        return wrapped.lines[0]

    def block(self, x: float, top: float, lines: tuple[str, ...], size: float,
              bold: bool = False, colour: str = DARK_BLUE) -> float:  # fmt: skip
        """Draw ``lines`` from ``top``; return the bottom."""
        step = size * LEADING
        for index, value in enumerate(lines):
            self.canvas.text(x, top + size + index * step, value, size, bold, colour)
        return top + len(lines) * step

    def heading(self, top: float, value: str) -> float:
        self.canvas.text(MARGIN, top + HEADING, value, HEADING, True, WARM_BLUE)
        rule = top + HEADING * LEADING + 1
        self.canvas.box(MARGIN, rule, WIDTH, 0.8, fill=WARM_BLUE)
        return rule + 6


# --- the top: who, when, and the next meeting -----------------------------------------------


def header(w: Writer, sheet: FamilySheet, top: float) -> float:
    lang = sheet.lang
    w.canvas.text(MARGIN, top + TITLE, text(lang, "title"), TITLE, True, WARM_BLUE)
    printed = text(lang, "made").format(date=sheet.printed_on.strftime("%d.%m.%Y"))
    width = w.measure(printed, SMALL, False)
    w.canvas.text(MARGIN + WIDTH - width, top + TITLE, printed, SMALL)
    name = w.line(sheet.youth_name, WIDTH, NAME, True)
    bottom = w.block(MARGIN, top + TITLE * LEADING, (name,), NAME, True)
    return _next_meeting(w, sheet, bottom + 6)


def _next_meeting(w: Writer, sheet: FamilySheet, top: float) -> float:
    lang, day = sheet.lang, sheet.next_meeting
    words = (
        text(lang, "next_meeting").format(date=long_date(day, lang))
        if day is not None
        else text(lang, "no_meeting")
    )
    height = BODY * LEADING + 10
    w.canvas.box(MARGIN, top, WIDTH, height, fill=BEIGE)
    w.block(MARGIN + 8, top + 5, (w.line(words, WIDTH - 16, BODY, True),), BODY, True)
    return top + height


# --- the goals, with where they stand now ---------------------------------------------------


def goals(w: Writer, sheet: FamilySheet, top: float, limits: Limits) -> float:
    y = w.heading(top, text(sheet.lang, "goals"))
    if not sheet.goals:
        return w.block(MARGIN, y, (text(sheet.lang, "no_goals"),), BODY)
    shown = sheet.goals[: limits.goals]
    w.canvas.shortened |= len(shown) < len(sheet.goals)
    for number, goal in enumerate(shown, start=1):
        y = _goal(w, sheet.lang, goal, number, y, limits) + 5
    return y


def _goal(w: Writer, lang: str, goal: SheetGoal, number: int, top: float, limits: Limits) -> float:
    right = MARGIN + WIDTH - GOAL_WORDS_WIDTH
    text_width = right - MARGIN - 22 - GAP
    w.canvas.text(MARGIN, top + BODY, f"{number}.", BODY, True, WARM_BLUE)
    lines = w.lines(goal.text, text_width, BODY, limits.goal_lines).lines
    left = w.block(MARGIN + 22, top, lines, BODY)
    ladder = _ladder(w, lang, goal, right, top)
    bottom = max(left, ladder)
    w.canvas.box(MARGIN, bottom + 2, WIDTH, 0.5, fill=RULE)
    return bottom + 2


def _ladder(w: Writer, lang: str, goal: SheetGoal, x: float, top: float) -> float:
    for index, label in enumerate(LADDER_LABELS):
        left = x + index * (LADDER_BOX + 3)
        current = goal.level is not None and index == goal.level + 2
        fill, colour = (DARK_BLUE, WHITE) if current else (WHITE, DARK_BLUE)
        w.canvas.box(left, top, LADDER_BOX, LADDER_BOX, fill=fill, stroke=DARK_BLUE)
        width = w.measure(label, TINY, True)
        w.canvas.text(left + (LADDER_BOX - width) / 2, top + 11.5, label, TINY, True, colour)
    words = (
        f"{text(lang, 'now')}: {goal.level_words}"
        if goal.level is not None
        else text(lang, "not_rated")
    )
    lines = w.lines(words, GOAL_WORDS_WIDTH, SMALL, 2).lines
    return w.block(x, top + LADDER_BOX + 2, lines, SMALL)


# --- the week at a glance -------------------------------------------------------------------


def week(w: Writer, sheet: FamilySheet, top: float, limits: Limits) -> float:
    y = w.heading(top, text(sheet.lang, "week"))
    column = WIDTH / 7
    w.canvas.box(MARGIN, y, WIDTH, SMALL * LEADING + 6, fill=LIGHT_BLUE)
    for day, name in enumerate(WEEKDAYS_SHORT[sheet.lang]):
        w.canvas.text(MARGIN + day * column + 4, y + SMALL + 3, name, SMALL, True)
    y += SMALL * LEADING + 8
    bottoms = [
        _day(w, sheet, [e for e in sheet.week if e.weekday == day], day, y, limits)
        for day in range(7)
    ]
    return max(bottoms)


def _day(w: Writer, sheet: FamilySheet, entries: list[SheetEntry], day: int, top: float,
         limits: Limits) -> float:  # fmt: skip
    x, width = MARGIN + day * (WIDTH / 7) + 4, WIDTH / 7 - 8
    if not entries:
        return w.block(x, top, (text(sheet.lang, "free"),), TINY, colour=WARM_BLUE)
    shown = entries[: limits.per_day]
    w.canvas.shortened |= len(shown) < len(entries)
    y = top
    for entry in shown:
        y = w.block(x, y, (entry.time,), TINY, True)
        y = w.block(x, y, w.lines(entry.title, width, TINY, 2).lines, TINY) + 3
    return y


# --- who helps, and what to do if things go wrong -----------------------------------------------


def helpers(w: Writer, sheet: FamilySheet, top: float, limits: Limits, width: float) -> float:
    y = _column_heading(w, MARGIN, top, text(sheet.lang, "helpers"), width)
    if not sheet.helpers:
        return w.block(MARGIN, y, (text(sheet.lang, "no_helpers"),), SMALL)
    shown = sheet.helpers[: limits.helpers]
    w.canvas.shortened |= len(shown) < len(sheet.helpers)
    for helper in shown:
        y = _helper(w, helper, y, width) + 3
    return y


def _helper(w: Writer, helper: SheetHelper, top: float, width: float) -> float:
    """The role and the phone number on one line (the number whole, on the right), the name
    under them."""
    phone = w.line(helper.phone, width / 2, SMALL, True)
    phone_width = w.measure(phone, SMALL, True)
    w.canvas.text(MARGIN + width - phone_width, top + SMALL, phone, SMALL, True)
    role = w.line(helper.role, width - phone_width - 8, SMALL, True)
    y = w.block(MARGIN, top, (role,), SMALL, True)
    return w.block(MARGIN, y, (w.line(helper.name or "–", width, SMALL),), SMALL)


def incident(w: Writer, sheet: FamilySheet, top: float, limits: Limits, x: float,
             width: float) -> float:  # fmt: skip
    y = _column_heading(w, x, top, text(sheet.lang, "incident"), width)
    for key, value in sheet.incident:
        y = w.block(x, y, (w.line(text(sheet.lang, key), width, SMALL, True),), SMALL, True)
        y = w.block(x, y, w.lines(value, width, SMALL, limits.incident_lines).lines, SMALL) + 3
    return y


def _column_heading(w: Writer, x: float, top: float, value: str, width: float) -> float:
    w.canvas.text(x, top + HEADING, value, HEADING, True, WARM_BLUE)
    rule = top + HEADING * LEADING + 1
    w.canvas.box(x, rule, width, 0.8, fill=WARM_BLUE)
    return rule + 6


def emergency(w: Writer, sheet: FamilySheet, top: float) -> float:
    words = "⚠ " + text(sheet.lang, "emergency")
    height = BODY * LEADING + 10
    w.canvas.box(MARGIN, top, WIDTH, height, fill=WHITE, stroke=RED, line=2)
    w.block(MARGIN + 8, top + 5, (w.line(words, WIDTH - 16, BODY, True),), BODY, True)
    return top + height


def more_note(w: Writer, sheet: FamilySheet, top: float) -> float:
    return w.block(MARGIN, top, (w.line(text(sheet.lang, "more"), WIDTH, SMALL),), SMALL)
