"""What every PDF of the program shares: the font, the colours, the styles, the A4 page.

The font. reportlab's built-in fonts have æ, ø and å but no Arabic, and the families the
program serves write their names in Arabic script too (the demo's mother is «سارة حسن»). So a
TrueType font is looked up on this machine (:mod:`lagmote.pdf.fonts`): DejaVu
Sans first (Debian's fonts-dejavu-core, which ``scripts/setup.sh`` installs; it covers Latin,
Arabic and Arabic presentation forms), then Segoe UI or Arial (Windows, macOS). A font with
Arabic is preferred; one with æ, ø and å is required.

Arabic. reportlab does not shape or order right-to-left text without optional packages, so
user text goes through :func:`lagmote.pdf.arabic.visual` (joined forms, right-to-left runs
reversed) before it is drawn; see :mod:`lagmote.pdf.arabic`.

The page. A4, the text in Oslo kommune's dark blue on white, headings in warm blue, table
headers on light blue; a footer on every page ("… – side X av Y"), which needs the page count
before the first page is drawn, so :func:`build_pdf` lays the document out twice. Metadata
hold a title the caller chooses and no author: personal data never goes into them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from typing import Any, Final, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
)

from lagmote.pdf import fonts
from lagmote.pdf.arabic import visual

# --- Oslo kommune's colours -----------------------------------------------------------------

DARK_BLUE: Final[Color] = HexColor("#2a2859")  # text
WARM_BLUE: Final[Color] = HexColor("#1f42aa")  # headings
LIGHT_BLUE: Final[Color] = HexColor("#c5f6ff")  # table header fill
BEIGE: Final[Color] = HexColor("#f8f0dd")  # quoted text (the youth's own words)
RED: Final[Color] = HexColor("#ff8274")  # late (always with a word, never colour alone)
GRID: Final[Color] = HexColor("#b4b2c4")  # table lines: dark blue, lightened

# --- the page -------------------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN: Final = 2 * cm
BOTTOM_MARGIN: Final = 2.4 * cm
FOOTER_Y: Final = 1.3 * cm
TEXT_WIDTH: Final = PAGE_WIDTH - 2 * MARGIN
TEXT_HEIGHT: Final = PAGE_HEIGHT - MARGIN - BOTTOM_MARGIN
# A heading starts a new page when less than this is left under it (heading and ~3 lines).
HEADING_ROOM: Final = 3.5 * cm
SUBHEADING_ROOM: Final = 2.5 * cm
# A section up to this tall is kept whole on one page; a taller one flows from where it is.
KEEP_WHOLE_UP_TO: Final = TEXT_HEIGHT / 3

BODY_SIZE: Final = 11
SMALL_SIZE: Final = 9.5
FOOTER_SIZE: Final = 9

# --- the font: found and registered in lagmote.pdf.fonts (kept light for the one-page plan)

REGULAR: Final = fonts.REGULAR
BOLD: Final = fonts.BOLD
register_fonts = fonts.register_fonts

# --- styles and flowables -------------------------------------------------------------------


def markup(text: str) -> str:
    """User text as paragraph markup: drawn in visual order, escaped, line breaks kept."""
    return escape(visual(text)).replace("\r\n", "\n").replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    quote: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    header_cell: ParagraphStyle


@cache
def styles() -> Styles:
    """The paragraph styles, in the registered font (registering it on first use)."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=BODY_SIZE, leading=15, textColor=DARK_BLUE,
        spaceAfter=4,
    )  # fmt: skip
    heading = ParagraphStyle(
        "heading", body, fontName=BOLD, fontSize=14, leading=18, textColor=WARM_BLUE,
        spaceBefore=14, spaceAfter=6,
    )  # fmt: skip
    cell = ParagraphStyle("cell", body, spaceAfter=0, leading=14)
    return Styles(
        title=ParagraphStyle(
            "title", heading, fontSize=20, leading=25, spaceBefore=0, spaceAfter=4
        ),
        subtitle=ParagraphStyle("subtitle", body, fontName=BOLD, fontSize=14, leading=18),
        heading=heading,
        subheading=ParagraphStyle("subheading", body, fontName=BOLD, spaceBefore=6, spaceAfter=2),
        body=body,
        quote=ParagraphStyle(
            "quote",
            body,
            backColor=BEIGE,
            borderPadding=(6, 8, 6, 8),
            leftIndent=8,
            rightIndent=8,
            spaceBefore=6,
            spaceAfter=10,
        ),
        bullet=ParagraphStyle("bullet", body, leftIndent=14, bulletIndent=2, spaceAfter=3),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", cell, fontName=BOLD),
        cell_small=ParagraphStyle("cell_small", cell, fontSize=SMALL_SIZE, leading=12.5),
        header_cell=ParagraphStyle("header_cell", cell, fontName=BOLD),
    )


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text (escaped: no markup from the user reaches reportlab)."""
    return Paragraph(markup(text), style)


def section(title: str, content: Sequence[Flowable]) -> list[Flowable]:
    """A heading with its content, never alone at the foot of a page (see :func:`keep_with`)."""
    return keep_with(paragraph(title, styles().heading), content, HEADING_ROOM)


def subsection(title: str, content: Sequence[Flowable]) -> list[Flowable]:
    return keep_with(paragraph(title, styles().subheading), content, SUBHEADING_ROOM)


def keep_with(head: Flowable, content: Sequence[Flowable], room: float) -> list[Flowable]:
    """``head`` and ``content`` whole on one page when they are short; when they are long,
    starting where they are, unless less than ``room`` is left there (so a long text or table
    never leaves a page nearly empty, and a heading never ends a page)."""
    flowables = [head, *content]
    if _height(flowables) <= KEEP_WHOLE_UP_TO:
        return [KeepTogether(flowables)]
    return [CondPageBreak(room), *flowables]


def _height(flowables: Sequence[Flowable]) -> float:
    total = 0.0
    for f in flowables:
        total += f.wrap(TEXT_WIDTH, TEXT_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


Cell: TypeAlias = "Flowable | Sequence[Flowable]"
"""A table cell: a flowable, or several stacked (a name with its role under it)."""

CELL_PADDING: Final = 6
# A row taller than this is cut into rows that continue each other (see :func:`table`): at
# most this much of a page is left empty where a table runs over to the next.
MAX_ROW_HEIGHT: Final = 6 * cm


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    fills: Mapping[tuple[int, int], Color] | None = None,
) -> Table:
    """A table the width of the text with a light blue header row that repeats on every page
    it runs over. ``fills`` colours cells, by (column, row) counted in ``rows``.

    Nothing is ever cut: the table splits between rows, and a row taller than
    :data:`MAX_ROW_HEIGHT` becomes several rows, its text continued in the next with no line
    or gap between them, so every piece fits on a page under the header. (reportlab's own
    splitting inside a row can repeat the header in the middle of a page.)"""
    head = [Paragraph(escape(h), styles().header_cell) for h in header]
    data: list[Sequence[Cell]] = [head]
    lines: list[tuple[Any, ...]] = [("LINEBELOW", (0, 0), (-1, 0), 1, DARK_BLUE)]
    colours: list[tuple[Any, ...]] = []
    for index, row in enumerate(rows):
        pieces = _row_pieces(row, widths)
        first = len(data)
        data += pieces
        last = len(data) - 1
        lines.append(("LINEBELOW", (0, last), (-1, last), 0.5, GRID))
        if last > first:  # one text over several rows: no gap where it continues
            lines.append(("BOTTOMPADDING", (0, first), (-1, last - 1), 0))
            lines.append(("TOPPADDING", (0, first + 1), (-1, last), 0))
        for (column, at), colour in (fills or {}).items():
            if at == index:
                colours.append(("BACKGROUND", (column, first), (column, len(data) - 1), colour))
    result = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    result.setStyle([
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT_BLUE),
        *colours,
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        *lines,
    ])  # fmt: skip
    return result


def _row_pieces(row: Sequence[Cell], widths: Sequence[float]) -> list[list[Cell]]:
    """The row as one or more rows: long paragraphs cut into pieces of at most
    :data:`MAX_ROW_HEIGHT`, the other cells in the first piece only."""
    cells = [
        _cell_pieces(cell, width - 2 * CELL_PADDING)
        for cell, width in zip(row, widths, strict=True)
    ]
    count = max(len(pieces) for pieces in cells)
    return [[pieces[k] if k < len(pieces) else "" for pieces in cells] for k in range(count)]


def _cell_pieces(cell: Cell, width: float) -> list[Cell]:
    if not isinstance(cell, Paragraph):
        return [cell]
    pieces: list[Cell] = []
    rest = cell
    while rest.wrap(width, MAX_ROW_HEIGHT)[1] > MAX_ROW_HEIGHT:
        parts = rest.split(width, MAX_ROW_HEIGHT)
        if len(parts) < 2:  # cannot be cut: left whole, the page will say so
            break
        pieces.append(parts[0])
        rest = parts[1]
    return [*pieces, rest]


# --- building the document ------------------------------------------------------------------

Footer = Callable[[int, int], str]
"""The footer text of page ``page`` of ``total``."""


PageDrawer = Callable[[Any, int, int], None]
"""Draws what sits outside the text frame on a page: (canvas, page, total pages)."""


def build_pdf(
    story: Callable[[], list[Flowable]],
    footer: Footer,
    title: str,
    draw_page: PageDrawer | None = None,
) -> bytes:
    """The document as PDF bytes. ``story`` is called twice (a laid-out flowable cannot be
    laid out again): once to count the pages, once to draw them with "side X av Y".
    ``draw_page`` replaces the plain footer (:func:`draw_footer`) when a document marks its
    pages with more."""

    def plain(canvas: Any, page: int, total: int) -> None:
        draw_footer(canvas, footer(page, total))

    drawer = draw_page or plain
    _, total = _build(story(), drawer, title, 0)
    data, pages = _build(story(), drawer, title, total)
    if pages != total:  # the footer sits outside the text frame, so this cannot happen
        raise RuntimeError("the page count changed between the two layouts")
    return data


def draw_footer(canvas: Any, text: str) -> None:
    """The footer: a thin line, and ``text`` under it at the left."""
    canvas.setStrokeColor(WARM_BLUE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, FOOTER_Y + 12, PAGE_WIDTH - MARGIN, FOOTER_Y + 12)
    canvas.setFillColor(DARK_BLUE)
    canvas.setFont(REGULAR, FOOTER_SIZE)
    canvas.drawString(MARGIN, FOOTER_Y, visual(text))


def _build(
    flowables: list[Flowable], draw_page: PageDrawer, title: str, total: int
) -> tuple[bytes, int]:
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=title, author="", subject="", creator="Lagmøte",
        keywords="", lang="nb-NO",
    )  # fmt: skip
    frame = Frame(
        MARGIN, BOTTOM_MARGIN, TEXT_WIDTH, TEXT_HEIGHT,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text",
    )  # fmt: skip

    def on_page(canvas: Any, document: Any) -> None:
        page = canvas.getPageNumber()
        canvas.saveState()
        draw_page(canvas, page, max(total, page))
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(flowables)
    return buffer.getvalue(), int(doc.page)
