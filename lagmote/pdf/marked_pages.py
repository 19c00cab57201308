"""An A4 document marked «Fortrolig» on every page, for what only the team may read.

The page is :mod:`lagmote.pdf.common`'s (font, colours, margins, text frame), with two things
drawn outside the text frame on every page: a header with the marking in bold inside a
frame, which stays clear in black and white, and the date the document was printed on; and
the footer line, which ends with the marking too and "side X av Y". Like
:func:`lagmote.pdf.common.build_pdf`, the document is laid out twice to know the page count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from lagmote.pdf.arabic import visual
from lagmote.pdf.common import (
    BOLD,
    DARK_BLUE,
    FOOTER_SIZE,
    FOOTER_Y,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    REGULAR,
    Footer,
    build_pdf,
    draw_footer,
    register_fonts,
)

MARKING: Final = "Fortrolig"
MARK_SIZE: Final = 11
MARK_PADDING: Final = 5
HEADER_Y: Final = PAGE_HEIGHT - 1.3 * cm  # the baseline of the header's text


@dataclass(frozen=True)
class PageMarks:
    """What every page says outside the text: the header's right-hand text (the date it
    was printed on) and the footer's text of page ``page`` of ``total``."""

    header: str
    footer: Footer
    marking: str = MARKING


def build_marked_pdf(story: Callable[[], list[Flowable]], marks: PageMarks, title: str) -> bytes:
    """The document as PDF bytes, every page marked (laid out twice, as
    :func:`lagmote.pdf.common.build_pdf` does, to know the page count)."""
    register_fonts()

    def draw_page(canvas: Any, page: int, total: int) -> None:
        draw_header(canvas, marks)
        draw_marked_footer(canvas, marks, page, total)

    return build_pdf(story, marks.footer, title, draw_page)


def draw_header(canvas: Any, marks: PageMarks) -> None:
    """The marking, bold in a frame at the top left; the header text at the top right."""
    width = stringWidth(marks.marking, BOLD, MARK_SIZE) + 2 * MARK_PADDING
    height = MARK_SIZE + 2 * MARK_PADDING
    canvas.setStrokeColor(DARK_BLUE)
    canvas.setLineWidth(1.5)
    canvas.rect(MARGIN, HEADER_Y - MARK_PADDING - 2, width, height, stroke=1, fill=0)
    canvas.setFillColor(DARK_BLUE)
    canvas.setFont(BOLD, MARK_SIZE)
    canvas.drawString(MARGIN + MARK_PADDING, HEADER_Y, marks.marking)
    canvas.setFont(REGULAR, FOOTER_SIZE)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, HEADER_Y, visual(marks.header))


def draw_marked_footer(canvas: Any, marks: PageMarks, page: int, total: int) -> None:
    """The plain footer, and the marking in bold at the right."""
    draw_footer(canvas, marks.footer(page, total))
    canvas.setFont(BOLD, FOOTER_SIZE)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_Y, marks.marking)
