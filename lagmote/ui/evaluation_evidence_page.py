"""The evaluation wizard's evidence page, filled in by the program from the record: goal
progress, the first kartlegging against the latest (the radar), lagmøter held on time, and
action items kept. Nothing here is typed; it is read when the page is reached, for the
period chosen on the first page.

On a projected screen, sensitive areas (and goals in them) are left out, as everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QRadioButton,
    QWidget,
    QWizardPage,
)

from lagmote.db.evaluation_queries import EvidenceSources
from lagmote.evaluation_evidence import Evidence, build_evidence
from lagmote.kartlegging import AssessmentInfo, hidden_areas
from lagmote.standard import PERSPECTIVES
from lagmote.ui.evaluation_pages import PAGE_COUNT, scrolling, step_title
from lagmote.ui.evaluation_state import WizardState
from lagmote.ui.plan_fields import ThemedLabels, plain_label
from lagmote.ui.theme import Theme
from lagmote.widgets.radar import RadarChart
from lagmote.widgets.radar_geometry import RadarSeries

RADAR_SIZE = (420, 360)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvaluationWizard", text)


def _blank(values: tuple[int | None, ...], hidden: frozenset[int]) -> tuple[int | None, ...]:
    return tuple(None if n + 1 in hidden else v for n, v in enumerate(values))


class EvidencePage(QWizardPage):
    """What the record says about the period, in words and as a radar."""

    def __init__(
        self,
        state: WizardState,
        read: Callable[[], EvidenceSources],
        concealing: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state, self._read, self._concealing = state, read, concealing
        self.evidence: Evidence | None = None
        self.setTitle(step_title(PAGE_COUNT - 1, _tr("Grunnlag fra journalen")))
        self.setSubTitle(
            _tr("Dette fyller programmet inn fra planen, kartleggingene og lagmøtene.")
        )
        self.labels = ThemedLabels()
        content = QWidget(self)
        self.goals = plain_label(content)
        self.kartlegging = plain_label(content)
        self.meetings = plain_label(content)
        self.action_items = plain_label(content)
        self.radar = RadarChart(content)
        self.radar.setMinimumSize(*RADAR_SIZE)
        self.perspective = QButtonGroup(self)
        self.perspective_buttons = {
            code: QRadioButton(_tr("Etter {whose}").format(whose=name.lower()), content)
            for code, name in PERSPECTIVES.items()
        }
        self._build(content)

    def _build(self, content: QWidget) -> None:
        layout = scrolling(self, content)
        layout.addWidget(self.labels.heading(_tr("Målene"), content))
        layout.addWidget(self.goals)
        layout.addWidget(self.labels.heading(_tr("Kartlegging: første og siste"), content))
        choose = QHBoxLayout()
        for code, button in self.perspective_buttons.items():
            self.perspective.addButton(button)
            button.setChecked(code == "ungdom")
            button.toggled.connect(self._on_perspective_toggled)
            choose.addWidget(button)
        choose.addStretch(1)
        layout.addLayout(choose)
        row = QHBoxLayout()
        row.addWidget(self.radar, 1)
        row.addWidget(self.kartlegging, 1)
        layout.addLayout(row)
        layout.addWidget(self.labels.heading(_tr("Lagmøter holdt i tide"), content))
        layout.addWidget(self.meetings)
        layout.addWidget(self.labels.heading(_tr("Oppgaver fra lagmøtene"), content))
        layout.addWidget(self.action_items)
        layout.addStretch(1)

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)
        self.radar.set_theme(theme)

    def initializePage(self) -> None:
        sources = self._read()
        hidden = hidden_areas(sources.kartlegging, self._concealing)
        period = self.state.period
        end = period.period_end or period.evaluated_on
        self.evidence = build_evidence(
            sources.plan.goals, sources.kartlegging, sources.meetings, period.period_start,
            end, hidden,
        )  # fmt: skip
        self._show(self.evidence)

    def _show(self, evidence: Evidence) -> None:
        goals = [f"• {g.text}\n   {g.sentence}" for g in evidence.goals]
        self.goals.setText("\n".join(goals) if goals else _tr("Ingen mål i perioden."))
        self.kartlegging.setText("\n".join(evidence.kartlegging_sentences()))
        self.meetings.setText(evidence.meetings.sentence)
        self.action_items.setText(evidence.actions.sentence)
        self._show_radar()

    @Slot(bool)
    def _on_perspective_toggled(self, on: bool) -> None:
        if on:
            self._show_radar()

    def _show_radar(self) -> None:
        evidence = self.evidence
        if evidence is None:
            return
        code = next(c for c, b in self.perspective_buttons.items() if b.isChecked())
        shown = _first_and_latest(evidence)
        series = [RadarSeries(a.label, _blank(a.values(code), evidence.hidden)) for a in shown]
        self.radar.set_series(series)
        self.radar.set_hidden(evidence.hidden)
        self.radar.setVisible(bool(shown))


def _first_and_latest(evidence: Evidence) -> tuple[AssessmentInfo, ...]:
    first, latest = evidence.first, evidence.latest
    if first is None or latest is None:
        return ()
    return (first,) if first.id == latest.id else (first, latest)
