"""The kartlegging page (§7.3): rate the 12 areas from the youth's and the team's side, and
see the picture over time as a radar (or a table), with what changed in words.

Everything is saved as it is chosen or typed; each change is one undoable step made through
:class:`~lagmote.ui.kartlegging_actions.KartleggingActions`. In meeting mode the sensitive
areas (the standard's three and any the team marked) are hidden everywhere on the page,
until someone chooses to show them for this meeting; leaving meeting mode or showing
another youth hides them again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from lagmote.db.kartlegging_queries import load_kartlegging
from lagmote.db.store import Changes
from lagmote.kartlegging import AssessmentInfo, KartleggingView, hidden_areas
from lagmote.ui.context import YouthContext, touches
from lagmote.ui.kartlegging_actions import KartleggingActions
from lagmote.ui.kartlegging_chart import KartleggingChart
from lagmote.ui.kartlegging_editor import KartleggingEditor
from lagmote.ui.page_changes import make_change, read_shown, read_youth
from lagmote.ui.plan_fields import MessageBar
from lagmote.ui.theme import NORMAL, Theme

# Editor and chart share the width; on the projector the chart gets more of it.
STRETCH = {"normal": (1, 1), "meeting": (2, 3)}


class KartleggingPage(QWidget):
    """The kartlegginger of one youth: the chosen one's ratings beside the chart."""

    shows = frozenset({"kartlegging", "area_rating", "youth"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: YouthContext | None = None
        self._actions: KartleggingActions | None = None
        self._view: KartleggingView | None = None
        self._chosen: int | None = None
        self._meeting = False
        self._revealed = False
        self.message = MessageBar(self)
        self.editor = KartleggingEditor(self)
        self.chart = KartleggingChart(self)
        # In meeting mode the page shows the picture, and the rating list waits behind
        # this button: the wall needs the chart large, the ratings are made beforehand.
        self.editor_button = QPushButton(self)
        self.editor_button.setCheckable(True)
        self.editor_button.hide()
        self.chart.controls.insertWidget(2, self.editor_button)
        self.columns = QHBoxLayout()
        self.columns.addWidget(self.editor, STRETCH["normal"][0])
        self.columns.addWidget(self.chart, STRETCH["normal"][1])
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(self.columns, 1)
        self._connect()
        self.setEnabled(False)  # until a youth is shown

    def _connect(self) -> None:
        e = self.editor
        e.chosen.connect(self._on_editor_chosen)
        e.add_requested.connect(self._on_editor_add_requested)
        e.delete_requested.connect(self._on_editor_delete_requested)
        e.date_requested.connect(self._on_editor_date_requested)
        e.perspective_changed.connect(self._on_editor_perspective_changed)
        e.rating_requested.connect(self._on_editor_rating_requested)
        e.text_committed.connect(self._on_editor_text_committed)
        e.sensitive_toggled.connect(self._on_editor_sensitive_toggled)
        self.chart.reveal_toggled.connect(self._on_chart_reveal_toggled)
        self.editor_button.toggled.connect(self._on_editor_button_toggled)

    # -- the Page protocol ----------------------------------------------------------------

    def show_youth(self, context: YouthContext) -> None:
        same = self._context is not None and self._context.youth_id == context.youth_id
        self.editor.flush()
        if not same:
            self._chosen, self._revealed = None, False
        view = read_youth(
            self.message,
            lambda: load_kartlegging(context.store, context.youth_id),
            self.tr("Kartleggingen kan ikke vises: {error}"),
        )
        if view is None:
            self._context, self._actions, self._view = None, None, None
            self.setEnabled(False)
            return
        self._context, self._actions = context, KartleggingActions(context)
        self.setEnabled(True)
        self.message.hide_message()
        self._show(view)

    def set_theme(self, theme: Theme) -> None:
        meeting = theme.name != NORMAL.name
        if meeting != self._meeting:
            self._meeting, self._revealed = meeting, False
            self.editor_button.setChecked(False)
            self.editor_button.setVisible(meeting)
            self._update_editor_shown()
        editor_stretch, chart_stretch = STRETCH["meeting" if meeting else "normal"]
        self.columns.setStretch(0, editor_stretch)
        self.columns.setStretch(1, chart_stretch)
        self.message.set_theme(theme)
        self.editor.set_theme(theme)
        self.chart.set_theme(theme)
        if self._view is not None:
            self._show(self._view)

    def apply_changes(self, changes: Changes) -> None:
        if touches(self._context, changes, self.shows):
            self._reload()

    def flush(self) -> None:
        self.editor.flush()

    def has_unsaved(self) -> bool:
        return self.editor.has_unsaved()

    # -- showing --------------------------------------------------------------------------

    @property
    def view(self) -> KartleggingView | None:
        return self._view

    @property
    def assessment(self) -> AssessmentInfo | None:
        """The kartlegging shown: the one chosen, or else the latest."""
        if self._view is None:
            return None
        return self._view.assessment(self._chosen) or self._view.latest

    @property
    def hidden(self) -> frozenset[int]:
        if self._view is None:
            return frozenset()
        return hidden_areas(self._view, self._meeting and not self._revealed)

    def _reload(self) -> None:
        context = self._context
        assert context is not None
        view = read_shown(self.message, lambda: load_kartlegging(context.store, context.youth_id))
        if view is not None:
            self._show(view)

    def _show(self, view: KartleggingView) -> None:
        self._view = view
        assessment, hidden = self.assessment, self.hidden
        self.editor.show_view(view, assessment, hidden)
        self.chart.show_chart(view, assessment, self.editor.perspective, hidden)
        self.chart.set_meeting(self._meeting, self._revealed, bool(view.sensitive))

    # -- changes --------------------------------------------------------------------------

    def _run(
        self,
        change: Callable[[KartleggingActions], object],
        settled: Callable[[], object] | None = None,
    ) -> object | None:
        """Make a change; a refusal is shown above the page, naming the problem. A conflict
        with someone else's save that the user settles shows what is stored (``settled``,
        or a reload)."""
        done = make_change(self.message, self._actions, change, settled=settled or self._reload)
        return done.result if done is not None else None

    @Slot(int)
    def _on_editor_chosen(self, kartlegging_id: int) -> None:
        self._chosen = kartlegging_id
        if self._view is not None:
            self._show(self._view)

    @Slot()
    def _on_editor_add_requested(self) -> None:
        if self._context is None:
            return
        today = self._context.today
        changes = self._run(lambda actions: actions.add(today))
        if isinstance(changes, Changes) and changes.created_ids:
            self._chosen = changes.created_ids[0]
            if self._view is not None:
                self._show(self._view)

    @Slot()
    def _on_editor_delete_requested(self) -> None:
        assessment = self.assessment
        if assessment is None:
            return
        if self._run(lambda actions: actions.delete(assessment)) is not None:
            self._chosen = None
            if self._view is not None:
                self._show(self._view)
            text = self.tr("Kartleggingen fra {date} er slettet. Ctrl+Z angrer.").format(
                date=assessment.label
            )
            self.message.show_notice(text, None)

    @Slot(object)
    def _on_editor_date_requested(self, on: date) -> None:
        assessment = self.assessment
        if (
            assessment is not None
            and self._run(lambda actions: actions.update(assessment, on, assessment.note)) is None
            and self._view is not None
        ):
            self._show(self._view)  # the date field goes back to the saved date

    @Slot(str)
    def _on_editor_perspective_changed(self, _perspective: str) -> None:
        if self._view is not None:
            self._show(self._view)

    @Slot(int, str, object)
    def _on_editor_rating_requested(self, area: int, perspective: str, value: int | None) -> None:
        assessment = self.assessment
        if assessment is not None and area not in self.hidden:
            self.editor.flush()
            assessment = self.assessment or assessment  # the flush may have re-read it
            self._run(lambda actions: actions.rate(assessment, area, perspective, value))

    @Slot(int, str, str, str)
    def _on_editor_text_committed(self, area: int, perspective: str, field: str, text: str) -> None:
        assessment = self.assessment
        if assessment is None or area in self.hidden:
            return
        old = assessment.rating(area, perspective)
        new = replace(old, resources=text) if field == "resources" else replace(old, risks=text)
        box, settled = self.editor.texts[field], []

        def show_stored() -> None:
            settled.append(True)
            box.drop_typing()
            self._reload()

        def change(actions: KartleggingActions) -> object:
            return actions.set_texts(assessment.id, area, perspective, old, new, field)

        if self._run(change, show_stored) is not None:
            box.mark_saved(text)
        elif not settled:
            box.mark_problem(NORMAL.colours.warning)

    @Slot(int, bool)
    def _on_editor_sensitive_toggled(self, area: int, marked: bool) -> None:
        view = self._view
        if view is None:
            return
        old = view.marked_sensitive
        new = old | {area} if marked else old - {area}
        if self._run(lambda actions: actions.mark_sensitive(old, new)) is None:
            self._show(view)

    def _update_editor_shown(self) -> None:
        shown = not self._meeting or self.editor_button.isChecked()
        self.editor.flush()
        self.editor.setVisible(shown)
        self.editor_button.setText(
            self.tr("Skjul vurderingene") if shown else self.tr("Vis vurderingene")
        )

    @Slot(bool)
    def _on_editor_button_toggled(self, _checked: bool) -> None:
        self._update_editor_shown()

    @Slot(bool)
    def _on_chart_reveal_toggled(self, revealed: bool) -> None:
        self._revealed = revealed and self._meeting
        if self._view is not None:
            self._show(self._view)
