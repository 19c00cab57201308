"""The family's plan on one A4 page, as PDF bytes.

Loads only reportlab's canvas and the font (no platypus, no Qt), so that ``lagmote
export-plan`` starts quickly. The fonts are embedded (subset), so æ, ø, å and names in
Arabic script print the same on any machine; right-to-left runs are shaped and ordered per
line (:func:`lagmote.pdf.arabic.visual`), after the line breaks, so a wrapped Arabic name
reads right. The document's title is «Planen min» and carries no name.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from lagmote.family_sheet import FamilySheet
from lagmote.family_sheet_texts import text
from lagmote.pdf.arabic import visual
from lagmote.pdf.fonts import BOLD, REGULAR, register_fonts
from lagmote.pdf.sheet_layout import lay_out
from lagmote.pdf.sheet_ops import PAGE_HEIGHT, PAGE_WIDTH, BoxOp, Op, SheetPage, TextOp


def measure(value: str, size: float, bold: bool) -> float:
    """The width of ``value`` in points, in the PDF's font (registered first)."""
    return float(pdfmetrics.stringWidth(value, BOLD if bold else REGULAR, size))


def sheet_page(sheet: FamilySheet) -> SheetPage:
    """The laid-out page (the same one the window previews and prints)."""
    register_fonts()
    return lay_out(sheet, measure)


def sheet_pdf(sheet: FamilySheet) -> bytes:
    """The sheet as a one-page PDF (the caller logs the export and writes the file)."""
    page = sheet_page(sheet)
    out = BytesIO()
    pdf = Canvas(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
    pdf.setTitle(text(sheet.lang, "title"))
    pdf.setAuthor("")
    pdf.setCreator("Lagmøte")
    for op in page.ops:
        _draw(pdf, op)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _draw(pdf: Canvas, op: Op) -> None:
    if isinstance(op, TextOp):
        pdf.setFillColor(HexColor(op.colour))
        pdf.setFont(BOLD if op.bold else REGULAR, op.size)
        pdf.drawString(op.x, PAGE_HEIGHT - op.y, visual(op.text))
        return
    _box(pdf, op)


def _box(pdf: Canvas, op: BoxOp) -> None:
    if op.fill is not None:
        pdf.setFillColor(HexColor(op.fill))
    if op.stroke is not None:
        pdf.setStrokeColor(HexColor(op.stroke))
        pdf.setLineWidth(op.line)
    bottom = PAGE_HEIGHT - op.y - op.height
    pdf.rect(
        op.x, bottom, op.width, op.height, stroke=op.stroke is not None, fill=op.fill is not None
    )
