"""What every painted widget of the program shares: tooltips asked for by point, and a focus
ring that is redrawn when the keyboard focus comes or goes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect
from PySide6.QtGui import QFocusEvent, QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget


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
