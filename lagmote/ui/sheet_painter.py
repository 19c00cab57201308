"""Drawing the laid-out one-page plan with QPainter: on screen for the preview, and on a
printer. The page is the same :class:`~lagmote.pdf.sheet_ops.SheetPage` the PDF draws, in the
same font file, so the preview shows what will come out of the printer.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPen

from lagmote.pdf.fonts import register_fonts
from lagmote.pdf.sheet_ops import PAGE_WIDTH, BoxOp, Op, SheetPage, TextOp

POINTS_PER_INCH = 72.0


@cache
def sheet_family() -> str:
    """The family name of the PDF's font, added to Qt from the same file."""
    choice = register_fonts()
    font_id = QFontDatabase.addApplicationFont(str(choice.regular))
    QFontDatabase.addApplicationFont(str(choice.bold))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else QFont().family()


def paint_sheet(painter: QPainter, page: SheetPage, target: QRectF) -> None:
    """Draw ``page`` into ``target`` (an A4-shaped rectangle in the painter's coordinates)."""
    painter.save()
    painter.translate(target.topLeft())
    scale = target.width() / PAGE_WIDTH
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    dpi = painter.device().logicalDpiY() or POINTS_PER_INCH
    family = sheet_family()
    for op in page.ops:
        _draw(painter, op, family, dpi)
    painter.restore()


def _draw(painter: QPainter, op: Op, family: str, dpi: float) -> None:
    if isinstance(op, TextOp):
        font = QFont(family)
        font.setPointSizeF(op.size * POINTS_PER_INCH / dpi)  # op.size units tall, as in the PDF
        font.setBold(op.bold)
        painter.setFont(font)
        painter.setPen(QColor(op.colour))
        painter.drawText(QPointF(op.x, op.y), op.text)
        return
    _box(painter, op)


def _box(painter: QPainter, op: BoxOp) -> None:
    if op.stroke is None:
        painter.setPen(Qt.PenStyle.NoPen)
    else:
        painter.setPen(QPen(QColor(op.stroke), op.line))
    if op.fill is None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setBrush(QColor(op.fill))
    painter.drawRect(QRectF(op.x, op.y, op.width, op.height))
