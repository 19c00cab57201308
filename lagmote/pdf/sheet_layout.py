"""Fitting the family's plan on exactly one A4 page, whatever the content.

The page is laid out with generous limits first. If it is too tall, the limits are lowered
one step at a time, the least important first (the incident plan's long texts, then the
week, the goals' long texts, how many helpers, how many goals), until it fits. What a lower
limit leaves out ends in "…" or is counted, and the page then says that the full plan has
everything. At the lowest limits every part is a few lines, so the page always fits.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Final

from lagmote.family_sheet import FamilySheet
from lagmote.pdf.sheet_ops import PAGE_HEIGHT, Canvas, SheetPage
from lagmote.pdf.sheet_sections import (
    GAP,
    MARGIN,
    SMALL,
    WIDTH,
    Limits,
    Measure,
    Writer,
    emergency,
    goals,
    header,
    helpers,
    incident,
    more_note,
    week,
)

BOTTOM: Final = PAGE_HEIGHT - MARGIN
NOTE_ROOM: Final = SMALL * 1.3 + 6  # kept free for "more in the full plan"
COLUMN: Final = (WIDTH - GAP) / 2

# The order in which the parts give up room: (limit, lowest value). One step each time round.
STEPS: Final = (
    ("incident_lines", 3),
    ("per_day", 4),
    ("goal_lines", 3),
    ("helpers", 6),
    ("goals", 8),
    ("incident_lines", 2),
    ("per_day", 3),
    ("goal_lines", 2),
    ("goals", 5),
    ("helpers", 4),
    ("per_day", 2),
    ("goal_lines", 1),
    ("incident_lines", 1),
    ("goals", 3),
    ("per_day", 1),
    ("helpers", 3),
    ("goals", 2),
    ("goals", 1),
)


def lay_out(sheet: FamilySheet, measure: Measure) -> SheetPage:
    """The sheet on one page, shortened as little as it must be."""
    page = None
    for limits in _limits():
        page, bottom = _attempt(sheet, measure, limits)
        if bottom <= BOTTOM:
            return page
    assert page is not None
    return page  # the lowest limits: a few lines a part (a test keeps this on the page)


def _limits() -> Iterator[Limits]:
    limits = Limits()
    yield limits
    for name, lowest in STEPS:
        while getattr(limits, name) > lowest:
            limits = replace(limits, **{name: getattr(limits, name) - 1})
            yield limits


def _attempt(sheet: FamilySheet, measure: Measure, limits: Limits) -> tuple[SheetPage, float]:
    canvas = Canvas()
    w = Writer(canvas, measure)
    y = header(w, sheet, MARGIN) + GAP
    y = goals(w, sheet, y, limits) + GAP
    y = week(w, sheet, y, limits) + GAP
    left = helpers(w, sheet, y, limits, COLUMN)
    right = incident(w, sheet, y, limits, MARGIN + COLUMN + GAP, COLUMN)
    y = emergency(w, sheet, max(left, right) + GAP / 2)
    if canvas.shortened:
        more_note(w, sheet, y + 4)
    return SheetPage(tuple(canvas.ops), canvas.shortened), y + NOTE_ROOM
