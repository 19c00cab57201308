"""What every painted widget of the program shares: tooltips asked for by point, a focus
ring that is redrawn when the keyboard focus comes or goes, and a hook for font changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from lagmote.ui.theme import Theme

FOCUS_RADIUS = 6


class PaintedWidget(QWidget):
    """A widget that paints itself. Subclasses answer :meth:`tooltip_at` (and, to keep the
    tooltip while the pointer stays in one part, :meth:`tooltip_area`)."""

    def tooltip_at(self, point: QPointF) -> str | None:
        """The tooltip for ``point``, or None where there is nothing to explain."""
        return None

    def tooltip_area(self, point: QPointF) -> QRect:
        """The part the tooltip at ``point`` belongs to (empty: the tooltip follows Qt's
        own rules)."""
        return QRect()

    def fonts_changed(self) -> None:
        """The widget's font changed (the system's, or a parent's): measure text again."""

    def paint_focus_ring(self, painter: QPainter, theme: Theme) -> None:
        """A rounded ring just inside the widget's edge, while it has the keyboard focus."""
        if not self.hasFocus():
            return
        width = theme.focus_width
        painter.setPen(QPen(QColor(theme.colours.focus), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        painter.drawRoundedRect(rect, FOCUS_RADIUS, FOCUS_RADIUS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.fonts_changed()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        point = QPointF(event.pos())
        text = self.tooltip_at(point)
        if text is None:
            QToolTip.hideText()
            event.ignore()
            return
        QToolTip.showText(event.globalPos(), text, self, self.tooltip_area(point))

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
