"""The consent register of the team page (§6): every consent, the one chosen withdrawn with a
date, and the form for a new one.

It never writes: it asks through its signals, and the page makes the change. In meeting mode
the register is not on the wall at all (not even in a hidden table): one neutral line says
where to look instead, and whether sharing is covered stands on each member's row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagmote.records import MemberInfo
from lagmote.team import ConsentInfo
from lagmote.ui.consent_form import ConsentForm, pydate, qdate
from lagmote.ui.plan_fields import ThemedLabels
from lagmote.ui.team_models import CONSENT_ID_ROLE, ConsentTableModel
from lagmote.ui.team_tables import FittedTable
from lagmote.ui.theme import Theme


class ConsentRegister(QWidget):
    """The consents of one youth, with withdrawal and a new consent.

    Signals:
        add_requested(object): the :class:`~lagmote.team.ConsentFields` of a new consent.
        withdraw_requested(int, object): a consent id and the date it is withdrawn from.
    """

    add_requested = Signal(object)
    withdraw_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = ThemedLabels()
        self.model = ConsentTableModel(self)
        self.table = FittedTable(self.model, self.tr("Samtykker"), self)
        self.table.set_modes((ConsentTableModel.COL_SHARED, ConsentTableModel.COL_SCOPE))
        self.table.set_wrapping(True)
        self.empty_note = self.labels.note(self.tr("Ingen samtykker er registrert ennå."), self)
        self.meeting_note = self.labels.note(
            self.tr(
                "Samtykkene vises ikke på storskjermen. Om laget kan dele informasjon med en "
                "rolle, står ved rollen over."
            ),
            self,
        )
        self.withdraw_label = QLabel(self)
        self.withdraw_date = QDateEdit(self)
        self.withdraw_button = QPushButton(self.tr("Trekk tilbake"), self)
        self.withdraw_row = QWidget(self)
        self.new_button = QPushButton(self.tr("Nytt samtykke …"), self)
        self.new_button.setCheckable(True)
        self.form = ConsentForm(self)
        self.form.hide()
        self._consents: tuple[ConsentInfo, ...] = ()
        self._today = date.today()
        self._meeting = False
        self._build()
        self._connect()

    def _build(self) -> None:
        self.withdraw_date.setDisplayFormat("dd.MM.yyyy")
        self.withdraw_date.setCalendarPopup(True)
        self.withdraw_date.setAccessibleName(self.tr("Trukket tilbake fra og med"))
        row = QHBoxLayout(self.withdraw_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.withdraw_label.setTextFormat(Qt.TextFormat.PlainText)
        self.withdraw_label.setBuddy(self.withdraw_date)
        row.addWidget(self.withdraw_label)
        row.addWidget(self.withdraw_date)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.meeting_note)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table)
        layout.addWidget(self.withdraw_row)
        layout.addWidget(self.form)
        self.meeting_note.hide()

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        self.new_button.toggled.connect(self._on_new_button_toggled)
        self.form.add_requested.connect(self.add_requested)

    # -- showing --------------------------------------------------------------------------

    def show_consents(
        self, consents: Sequence[ConsentInfo], members: Sequence[MemberInfo], today: date
    ) -> None:
        chosen = self.chosen
        self._consents, self._today = tuple(consents), today
        self.form.set_team(members)
        self._fill()
        if chosen is not None:
            self.table.select_row(self.model.row_of(chosen.id))
        self._update_withdraw()

    def _fill(self) -> None:
        shown = () if self._meeting else self._consents
        self.model.set_consents(shown, self._today)
        self.empty_note.setVisible(not self._meeting and not self._consents)
        self.table.setVisible(not self._meeting and bool(self._consents))

    def set_meeting(self, meeting: bool) -> None:
        self._meeting = meeting
        self.meeting_note.setVisible(meeting)
        self.withdraw_row.setVisible(not meeting)
        self.form.setVisible(not meeting and self.new_button.isChecked())
        self._fill()
        self._update_withdraw()

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)
        self.form.set_theme(theme)

    def reset(self, today: date) -> None:
        """For another youth: nothing chosen, the form empty and closed."""
        self._today = today
        self.table.clearSelection()
        self.new_button.setChecked(False)
        self.form.clear(today)
        self.withdraw_date.setDate(qdate(today))

    def consent_added(self, consent_id: int) -> None:
        """The page saved the form's consent: empty the form and choose the new one."""
        self.form.clear(self._today)
        self.new_button.setChecked(False)
        self.table.select_row(self.model.row_of(consent_id))

    @property
    def chosen(self) -> ConsentInfo | None:
        row = self.table.selected_row()
        consent_id = self.table.data_at(row, CONSENT_ID_ROLE) if row >= 0 else None
        return next((c for c in self._consents if c.id == consent_id), None)

    def _update_withdraw(self) -> None:
        chosen = self.chosen
        can = chosen is not None and chosen.fields.withdrawn_on is None and not self._meeting
        self.withdraw_button.setEnabled(can)
        self.withdraw_date.setEnabled(can)
        if chosen is None:
            text = self.tr("Velg et samtykke i listen for å trekke det tilbake.")
        elif chosen.fields.withdrawn_on is not None:
            text = self.tr("Samtykket fra {who} er allerede trukket tilbake.").format(
                who=chosen.fields.given_by
            )
        else:
            text = self.tr("Samtykket fra {who} trekkes tilbake fra og med").format(
                who=chosen.fields.given_by
            )
        self.withdraw_label.setText(text)
        self.withdraw_label.setVisible(bool(self._consents))
        self.withdraw_date.setVisible(can)
        self.withdraw_button.setVisible(can)
        if chosen is not None:
            self.withdraw_date.setMinimumDate(qdate(chosen.fields.given_on))
        self.withdraw_date.setMaximumDate(qdate(self._today))

    # -- events ---------------------------------------------------------------------------

    @Slot()
    def _on_table_selection_changed(self, *_args: object) -> None:
        self._update_withdraw()

    @Slot()
    def _on_withdraw_button_clicked(self) -> None:
        chosen = self.chosen
        if chosen is not None:
            self.withdraw_requested.emit(chosen.id, pydate(self.withdraw_date.date()))

    @Slot(bool)
    def _on_new_button_toggled(self, checked: bool) -> None:
        self.form.setVisible(checked and not self._meeting)
        self.new_button.setText(
            self.tr("Skjul skjemaet") if checked else self.tr("Nytt samtykke …")
        )
        if checked:
            self.form.given_by.setFocus()
