"""The one-page plan as a list of things to draw, in points from the page's top left corner.

Both the PDF (reportlab) and the window's preview and printing (QPainter) draw these same
operations, so what the family gets on paper is what the preview showed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

PAGE_WIDTH: Final = 595.2756  # A4 in points
PAGE_HEIGHT: Final = 841.8898

DARK_BLUE: Final = "#2a2859"
WARM_BLUE: Final = "#1f42aa"
LIGHT_BLUE: Final = "#d8f8ff"  # Oslo's blue, light enough to print in grey behind text
BEIGE: Final = "#f8f0dd"
RED: Final = "#ff8274"
RULE: Final = "#b4b2c4"
WHITE: Final = "#ffffff"


@dataclass(frozen=True)
class TextOp:
    """A line of text; ``y`` is its baseline."""

    x: float
    y: float
    text: str
    size: float
    bold: bool = False
    colour: str = DARK_BLUE


@dataclass(frozen=True)
class BoxOp:
    """A rectangle from its top left corner; no fill or no stroke when None."""

    x: float
    y: float
    width: float
    height: float
    fill: str | None = None
    stroke: str | None = None
    line: float = 0.75


Op = TextOp | BoxOp


@dataclass
class Canvas:
    """Operations gathered while laying out, and whether anything had to be left out."""

    ops: list[Op] = field(default_factory=list)
    shortened: bool = False

    def text(self, x: float, y: float, text: str, size: float, bold: bool = False,
             colour: str = DARK_BLUE) -> None:  # fmt: skip
        self.ops.append(TextOp(x, y, text, size, bold, colour))

    def box(self, x: float, y: float, width: float, height: float, fill: str | None = None,
            stroke: str | None = None, line: float = 0.75) -> None:  # fmt: skip
        self.ops.append(BoxOp(x, y, width, height, fill, stroke, line))


@dataclass(frozen=True)
class SheetPage:
    """The laid-out page: what to draw, and whether it says "more in the full plan"."""

    ops: tuple[Op, ...]
    shortened: bool
