"""The chosen youth's header: name, age, oppfølger and the next lagmøte."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lagmote.dates import format_date, iso_week_label
from lagmote.ui.theme import Theme

if TYPE_CHECKING:  # the header paints before any record is read
    from lagmote.records import YouthOverview


class YouthHeader(QWidget):
    """Who the page is about, in one line under the name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = QLabel(self)
        self._name.setObjectName("youthName")
        self._name.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
        self._facts = QLabel(self)
        self._facts.setTextFormat(Qt.TextFormat.PlainText)
        self._facts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._name)
        layout.addWidget(self._facts)
        self._meeting = False  # on the projector adults are named by role only
        self._shown: tuple[YouthOverview, date] | None = None

    def set_theme(self, theme: Theme) -> None:
        font = QFont(self.font())
        font.setPointSizeF(theme.title_point_size)
        font.setBold(True)
        self._name.setFont(font)
        self._meeting = theme.name == "meeting"
        if self._shown is not None:
            self.show_overview(*self._shown)

    def show_overview(self, overview: YouthOverview, today: date) -> None:
        self._shown = (overview, today)
        self._name.setText(overview.display_name)
        self._facts.setText(" · ".join(self._facts_of(overview, today)))
        self.setAccessibleName(self.tr("Ungdom: {name}").format(name=overview.display_name))

    def clear(self) -> None:
        self._shown = None
        self.show_message(self.tr("Ingen ungdom valgt"))

    def show_message(self, text: str) -> None:
        self._name.setText(text)
        self._facts.clear()

    def _facts_of(self, overview: YouthOverview, today: date) -> list[str]:
        facts: list[str] = []
        if overview.age is not None:
            facts.append(self.tr("{age} år").format(age=overview.age))
        if overview.district:
            facts.append(overview.district)
        oppfolger = overview.oppfolger
        if oppfolger is None:
            facts.append(self.tr("Ingen oppfølger registrert"))
        elif not self._meeting:
            facts.append(self.tr("Oppfølger: {name}").format(name=oppfolger.name))
        if overview.active:
            facts.append(self._next_meeting(overview, today))
        else:
            facts.append(self.tr("Oppfølgingen er avsluttet"))
        return facts

    def _next_meeting(self, overview: YouthOverview, today: date) -> str:
        from lagmote.steps import next_lagmote_due

        due = next_lagmote_due(overview.dates) if overview.active else None
        planned = [d for d in overview.dates.lagmoter_planned if d >= today]
        if not planned:
            if due is None:
                return self.tr("Ingen lagmøte planlagt")
            return self.tr("Neste lagmøte ikke planlagt (frist {date})").format(
                date=format_date(due)
            )
        day = planned[0]
        text = self.tr("Neste lagmøte: {date} ({week})").format(
            date=format_date(day), week=iso_week_label(day)
        )
        if due is not None and day > due:
            text += self.tr(" – etter fristen {date}").format(date=format_date(due))
        return text
