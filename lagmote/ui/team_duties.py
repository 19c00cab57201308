"""Who does what (§7.6: "share out responsibility so everyone knows what to do"): per actor
the measures (tiltak) and action items (oppgaver) they are responsible for, counted open,
done and late, with those who have something late first; the chosen actor's items below.

Measures and action items still on someone who has left the team are named in a warning
line, so that no delay hides behind a member who is no longer listed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lagmote.team import ActorDuties, TeamView, duties
from lagmote.ui.plan_fields import ThemedLabels
from lagmote.ui.team_models import MEMBER_ID_ROLE, DutyItemModel, DutyTableModel, who
from lagmote.ui.team_tables import FittedTable
from lagmote.ui.theme import Theme


class DutiesView(QWidget):
    """The responsibility table and the chosen actor's items. It has no signals: it only
    shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = ThemedLabels()
        self.model = DutyTableModel(self)
        self.table = FittedTable(self.model, self.tr("Hvem gjør hva"), self)
        self.table.set_modes((DutyTableModel.COL_NAME,))
        self.left_warning = self.labels.note("", self)
        self.items_title = self.labels.heading("", self)
        self.items_model = DutyItemModel(self)
        self.items = FittedTable(self.items_model, self.tr("Tiltak og oppgaver"), self)
        self.items.set_modes((DutyItemModel.COL_TEXT,))
        self.items.set_wrapping(True)
        self.items.setSelectionMode(FittedTable.SelectionMode.NoSelection)
        self.no_items = self.labels.note(self.tr("Ingen tiltak eller oppgaver ennå."), self)
        self._duties: tuple[ActorDuties, ...] = ()
        self._meeting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.left_warning)
        layout.addWidget(self.items_title)
        layout.addWidget(self.no_items)
        layout.addWidget(self.items)
        self.left_warning.hide()
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    def show_team(self, view: TeamView, today: date) -> None:
        chosen = self.chosen_member
        self._duties = view.duties(today)
        self.model.set_duties(self._duties)
        self.table.setVisible(bool(self._duties))
        row = self.model.row_of(chosen) if chosen is not None else -1
        self.table.select_row(row if row >= 0 else (0 if self._duties else -1))
        self._show_items()
        self._show_left(view, today)

    def _show_left(self, view: TeamView, today: date) -> None:
        left = [m for m in view.members if not m.active]
        waiting = [d for d in duties(left, view.tiltak, view.actions, today) if d.open]
        self.left_warning.setVisible(bool(waiting))
        if waiting:
            names = ", ".join(who(d.member, self._meeting) for d in waiting)
            count = sum(d.open for d in waiting)
            self.left_warning.setText(
                self.tr(
                    "⚠ {count} åpne tiltak eller oppgaver står på noen som har gått ut av "
                    "laget ({names}). Gi dem til en annen i laget."
                ).format(count=count, names=names)
            )

    def set_meeting(self, meeting: bool) -> None:
        self._meeting = meeting
        self.model.set_meeting(meeting)
        self.items_model.set_meeting(meeting)
        self.table.setColumnHidden(DutyTableModel.COL_NAME, meeting)
        stretch = DutyTableModel.COL_ROLE if meeting else DutyTableModel.COL_NAME
        self.table.set_modes((stretch,))
        self._show_items()

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)

    @property
    def chosen_member(self) -> int | None:
        row = self.table.selected_row()
        value = self.table.data_at(row, MEMBER_ID_ROLE) if row >= 0 else None
        return value if isinstance(value, int) else None

    def choose(self, member_id: int) -> None:
        self.table.select_row(self.model.row_of(member_id))

    def chosen_duties(self) -> ActorDuties | None:
        chosen = self.chosen_member
        return next((d for d in self._duties if d.member.id == chosen), None)

    def _show_items(self) -> None:
        chosen = self.chosen_duties()
        items = chosen.items if chosen is not None else ()
        self.items_model.set_rows(items)
        self.items_title.setVisible(chosen is not None)
        if chosen is not None:
            self.items_title.setText(
                self.tr("Tiltak og oppgaver for {who}").format(
                    who=who(chosen.member, self._meeting)
                )
            )
        self.no_items.setVisible(chosen is not None and not items)
        self.items.setVisible(bool(items))

    @Slot()
    def _on_table_selection_changed(self, *_args: object) -> None:
        self._show_items()
