"""The written parts of Min plan (§7.5): the sections in their groups, each with the
question put to the youth, and the separate plan for when things go wrong, framed apart.

In meeting mode (the plan on the wall) the sensitive sections are folded away behind a line
that says so, with a button that shows one of them for as long as meeting mode lasts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagmote.plan import SENSITIVE_SECTIONS
from lagmote.standard import (
    INCIDENT_PLAN_FIELDS,
    PLAN_GROUPS,
    PLAN_SECTIONS,
    PlanSection,
    incident_plan_title,
)
from lagmote.ui.plan_fields import AutosaveText, ThemedLabels
from lagmote.ui.theme import Theme

SECTION_COLUMNS = 2
COLUMN_GAP = 24
BLOCK_SPACING = 16
# Not on the projected screen unless someone chooses so: how the youth is kept safe, and
# who we call (adults' names and phone numbers).


def concealed_text() -> str:
    """The line shown in place of something sensitive in meeting mode."""
    return QCoreApplication.translate("PlanSections", "Skjult i møtemodus (følsomt)")


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
        self.concealed = QWidget(self)
        self.concealed_label = QLabel(concealed_text(), self.concealed)
        self.concealed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reveal_button = QPushButton(self.tr("Vis"), self.concealed)
        self.reveal_button.setAccessibleName(self.tr("Vis «{title}»").format(title=section.title))
        row = QHBoxLayout(self.concealed)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.concealed_label, 1)
        row.addWidget(self.reveal_button)
        self.concealed.setVisible(False)
        self.text.text_committed.connect(self._on_text_text_committed)
        self.reveal_button.clicked.connect(self._on_reveal_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.title, self.prompt, self.text, self.concealed):
            layout.addWidget(widget)

    @property
    def is_concealed(self) -> bool:
        return not self.concealed.isHidden()

    def set_concealed(self, concealed: bool) -> None:
        """Fold the question and the text away behind "Skjult i møtemodus", or show them."""
        self.prompt.setHidden(concealed)
        self.text.setHidden(concealed)
        self.concealed.setVisible(concealed)

    def set_theme(self, theme: Theme) -> None:
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.prompt.setStyleSheet(f"color: {theme.colours.muted_text};")

    @Slot(str)
    def _on_text_text_committed(self, text: str) -> None:
        self.text_committed.emit(self.key, text)

    @Slot()
    def _on_reveal_button_clicked(self) -> None:
        self.set_concealed(False)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)


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
        self._meeting = False
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
        self.incident.setAccessibleName(incident_plan_title())
        layout = QVBoxLayout(self.incident)
        layout.addWidget(self.labels.heading(incident_plan_title(), self.incident))
        note = self.tr("Hva vi ser etter, hva hver av oss gjør, og hvem vi ringer.")
        layout.addWidget(self.labels.note(note, self.incident))
        layout.addLayout(self._grid(INCIDENT_PLAN_FIELDS, self.incident))
        return self.incident

    def conceal_sensitive(self) -> None:
        """In meeting mode, fold every sensitive section away (again); otherwise show them.
        Called when meeting mode starts or ends, and when another youth is shown."""
        for key in SENSITIVE_SECTIONS:
            self.fields[key].set_concealed(self._meeting)

    def set_theme(self, theme: Theme) -> None:
        meeting = theme.name == "meeting"
        if meeting != self._meeting:  # a section shown on request stays shown meanwhile
            self._meeting = meeting
            self.conceal_sensitive()
        c = theme.colours
        self.labels.set_theme(theme)
        self.incident.setStyleSheet(
            f"QFrame#incidentPlan {{ background: {c.tooltip}; border: {theme.outline_width}px"
            f" solid {c.text}; border-radius: 6px; }}"
        )
        for field in self.fields.values():
            field.set_theme(theme)
