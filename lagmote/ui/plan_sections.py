"""The written parts of Min plan (§7.5): the sections in their groups, each with the
question put to the youth, and the separate plan for when things go wrong, framed apart."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from lagmote.standard import (
    INCIDENT_PLAN_FIELDS,
    INCIDENT_PLAN_TITLE,
    PLAN_GROUPS,
    PLAN_SECTIONS,
    PlanSection,
)
from lagmote.ui.plan_fields import AutosaveText, ThemedLabels
from lagmote.ui.theme import Theme

SECTION_COLUMNS = 2
COLUMN_GAP = 24
BLOCK_SPACING = 16


class SectionField(QWidget):
    """One part of Min plan: its title, the question put to the youth, and the text.

    Signals:
        text_committed(str, str): the section key and the text to save.
    """

    text_committed = Signal(str, str)

    def __init__(self, section: PlanSection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = section.key
        self.title = QLabel(section.title, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt = QLabel(section.prompt, self)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.text = AutosaveText(self, min_lines=2, max_lines=10)
        self.text.setAccessibleName(section.title)
        self.text.setAccessibleDescription(section.prompt)
        self.title.setBuddy(self.text)
        self.text.text_committed.connect(self._on_text_text_committed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.title, self.prompt, self.text):
            layout.addWidget(widget)

    def set_theme(self, theme: Theme) -> None:
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.prompt.setStyleSheet(f"color: {theme.colours.muted_text};")

    @Slot(str)
    def _on_text_text_committed(self, text: str) -> None:
        self.text_committed.emit(self.key, text)


class PlanSections(QWidget):
    """Every section of Min plan, grouped under the standard's headings, then the plan for
    unwanted incidents in its own frame.

    Signals:
        text_committed(str, str): a section key and the text to save.
    """

    text_committed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, SectionField] = {}
        self.labels = ThemedLabels()
        self.incident = QFrame(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group, title in PLAN_GROUPS.items():
            sections = tuple(s for s in PLAN_SECTIONS if s.group == group)
            if sections:
                layout.addSpacing(BLOCK_SPACING)
                layout.addWidget(self.labels.heading(title, self))
                layout.addLayout(self._grid(sections, self))
        layout.addSpacing(BLOCK_SPACING)
        layout.addWidget(self._incident_block())

    def _grid(self, sections: tuple[PlanSection, ...], parent: QWidget) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(COLUMN_GAP)
        for index, section in enumerate(sections):
            field = SectionField(section, parent)
            field.text_committed.connect(self.text_committed)
            self.fields[field.key] = field
            grid.addWidget(field, index // SECTION_COLUMNS, index % SECTION_COLUMNS)
        for column in range(SECTION_COLUMNS):
            grid.setColumnStretch(column, 1)
        return grid

    def _incident_block(self) -> QFrame:
        """The plan for when things go wrong, framed apart from the rest (§7.5)."""
        self.incident.setObjectName("incidentPlan")
        self.incident.setAccessibleName(INCIDENT_PLAN_TITLE)
        layout = QVBoxLayout(self.incident)
        layout.addWidget(self.labels.heading(INCIDENT_PLAN_TITLE, self.incident))
        note = self.tr("Hva vi ser etter, hva hver av oss gjør, og hvem vi ringer.")
        layout.addWidget(self.labels.note(note, self.incident))
        layout.addLayout(self._grid(INCIDENT_PLAN_FIELDS, self.incident))
        return self.incident

    def set_theme(self, theme: Theme) -> None:
        c = theme.colours
        self.labels.set_theme(theme)
        self.incident.setStyleSheet(
            f"QFrame#incidentPlan {{ background: {c.tooltip}; border: {theme.outline_width}px"
            f" solid {c.text}; border-radius: 6px; }}"
        )
        for field in self.fields.values():
            field.set_theme(theme)
