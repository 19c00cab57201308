"""The team page ("Laget", §4, §6, §7.6): who is on the team around the youth, what each one
is responsible for, whether the team may share information with them, who does what (with
nobody's delays hidden), and the consent register.

Everything is saved as it is chosen or typed; each change is one undoable step made through
:class:`~lagmote.ui.team_actions.TeamActions`, and a refused change is named in the message
above the page with nothing written. After every change the window calls
:meth:`TeamPage.apply_changes`, which reads the team once and refills the tables, keeping
what is chosen and what is being typed.

In meeting mode the page shows what a youth and a parent may see: adults by role only (the
youth and the parents by name), no phone or e-mail, no consent register (one neutral line),
and no measure under a goal in a sensitive area. Whether sharing with each role is covered
stays on the wall: the team must see it before it shares.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from lagmote.dates import format_date
from lagmote.db.store import Changes
from lagmote.db.team_queries import load_team
from lagmote.records import MemberInfo
from lagmote.standard import CORE_GROUPS, missing_core_groups
from lagmote.team import ConsentFields, MemberFields, TeamView
from lagmote.ui.consent_view import ConsentRegister
from lagmote.ui.context import YouthContext, touches
from lagmote.ui.page_changes import Done, make_change, read_shown, read_youth, scrolled_page
from lagmote.ui.plan_fields import MessageBar, ThemedLabels
from lagmote.ui.service_notes_box import ServiceNotesBox
from lagmote.ui.team_actions import TeamActions
from lagmote.ui.team_duties import DutiesView
from lagmote.ui.team_member_form import AddMemberRow, MemberForm
from lagmote.ui.team_models import MEMBER_ID_ROLE, MemberRow, MemberTableModel, who
from lagmote.ui.team_tables import FittedTable
from lagmote.ui.theme import NORMAL, Theme

SECTION_SPACING = 16
# The columns that share what is left of the width; the others fit their contents.
MEMBER_STRETCH = {
    "normal": (MemberTableModel.COL_ORGANISATION, MemberTableModel.COL_COVERAGE),
    "meeting": (MemberTableModel.COL_COVERAGE,),
}


class TeamPage(QWidget):
    """The team around one youth: members, responsibilities, consent coverage and register.

    It has no signals of its own: every change goes through the context's editor, whose
    ``changed`` signal the window hands back to :meth:`apply_changes`.
    """

    # "goal" and "youth": a goal moved into a sensitive area, or an area marked sensitive,
    # hides measures in meetings; "youth": the birth date decides who must consent.
    shows = frozenset({"team_member", "consent", "tiltak", "action_item", "goal", "youth"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: YouthContext | None = None
        self._actions: TeamActions | None = None
        self._view: TeamView | None = None
        self._chosen: int | None = None  # the member the form shows
        self._meeting = False
        self._showing = False  # while the tables are refilled, their selection is ours
        self.message = MessageBar(self)
        self.scroll_area = QScrollArea(self)
        self.content = QWidget(self.scroll_area)
        self.labels = ThemedLabels()
        self.missing_roles = self._warning_label("missingRoles")
        self.consent_problems = self._warning_label("consentProblems")
        self.members_model = MemberTableModel(self)
        self.members = FittedTable(self.members_model, self.tr("Laget rundt ungdommen"), self)
        self.members.set_wrapping(True)
        self.no_members = self.labels.note(
            self.tr("Ingen i laget ennå. Velg en rolle under og trykk «Legg til i laget»."),
            self.content,
        )
        self.add_row = AddMemberRow(self.content)
        self.form = MemberForm(self.content)
        self.left_model = MemberTableModel(self)
        self.left = FittedTable(self.left_model, self.tr("Har gått ut av laget"), self)
        self.left.set_wrapping(True)
        self.left_heading = self.labels.heading(self.tr("Har gått ut av laget"), self.content)
        self.duties = DutiesView(self.content)
        self.consents = ConsentRegister(self.content)
        self.service_notes = ServiceNotesBox(self.message, self.content)
        self._build()
        self._connect()
        self.set_theme(NORMAL)
        self.content.setEnabled(False)  # until a youth is shown

    def _warning_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.hide()
        return label

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self.content)
        layout.addWidget(
            self.labels.heading(self.tr("Laget rundt ungdommen"), self.content, "title")
        )
        layout.addWidget(self.missing_roles)
        layout.addWidget(self.consent_problems)
        self._build_members(layout)
        layout.addSpacing(SECTION_SPACING)
        layout.addWidget(self.labels.heading(self.tr("Hvem gjør hva"), self.content))
        how = self.tr(
            "Tiltak fra «Min plan» og oppgaver fra lagmøtene, talt for hver i laget. "
            "De som har noe over fristen, står først. Velg en rad for å se hva det gjelder."
        )
        layout.addWidget(self.labels.note(how, self.content))
        layout.addWidget(self.duties)
        layout.addSpacing(SECTION_SPACING)
        layout.addWidget(
            self.labels.heading(self.tr("Samtykke til å dele informasjon"), self.content)
        )
        layout.addWidget(self.consents)
        layout.addSpacing(SECTION_SPACING)
        layout.addWidget(self.service_notes)
        layout.addStretch(1)
        scrolled_page(self, self.message, self.scroll_area, self.content)

    def _build_members(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.labels.heading(self.tr("Medlemmer"), self.content))
        how = self.tr(
            "Velg en i laget for å endre kontaktinfo og ansvar. Alt lagres mens du skriver, "
            "og Ctrl+Z angrer."
        )
        self.members_note = self.labels.note(how, self.content)
        layout.addWidget(self.members_note)
        layout.addWidget(self.no_members)
        layout.addWidget(self.members)
        layout.addWidget(self.left_heading)
        layout.addWidget(self.left)
        layout.addWidget(self.add_row)
        layout.addWidget(self.form)  # under both lists: it shows whoever is chosen in either

    def _connect(self) -> None:
        for table in (self.members, self.left):
            table.selectionModel().selectionChanged.connect(
                lambda *_args, table=table: self._on_table_selection_changed(table)
            )
        self.form.edit_requested.connect(self._on_form_edit_requested)
        self.form.active_requested.connect(self._on_form_active_requested)
        self.add_row.add_requested.connect(self._on_add_row_add_requested)
        self.consents.add_requested.connect(self._on_consents_add_requested)
        self.consents.withdraw_requested.connect(self._on_consents_withdraw_requested)

    # -- the Page protocol ----------------------------------------------------------------

    def show_youth(self, context: YouthContext) -> None:
        same = self._context is not None and self._context.youth_id == context.youth_id
        self.flush()  # what was typed is saved for the youth it was typed for
        if not same:
            lost = self.form.member if self.form.has_unsaved() else None
            self._chosen = None
            self.form.show_member(None)  # typing that could not be saved goes, never across
            self.add_row.clear()
            self.consents.reset(context.today)
            self.message.hide_message()
            if lost is not None:
                self.message.show_warning(
                    self.tr(
                        "Det du skrev om {who} for forrige ungdom, kunne ikke lagres. "
                        "Det er forkastet og ikke tatt med hit."
                    ).format(who=who(lost, self._meeting))
                )
        view = read_youth(
            self.message,
            lambda: load_team(context.store, context.youth_id, context.today),
            self.tr("Laget kan ikke vises: {error}"),
        )
        if view is None:
            self._context, self._actions, self._view = None, None, None
            self.content.setEnabled(False)
            return
        self._context, self._actions = context, TeamActions(context)
        self.content.setEnabled(True)
        self._show(view)
        self.service_notes.show_youth(context)

    def set_theme(self, theme: Theme) -> None:
        self._meeting = theme.name != NORMAL.name
        self.labels.set_theme(theme)
        self.message.set_theme(theme)
        self.form.set_theme(theme)
        self.duties.set_theme(theme)
        self.consents.set_theme(theme)
        self.service_notes.set_theme(theme, self._meeting)
        c = theme.colours
        for label in (self.missing_roles, self.consent_problems):
            label.setStyleSheet(
                f"background: {c.warning}; color: {c.text}; padding: {theme.spacing // 2}px;"
            )
        for model in (self.members_model, self.left_model):
            model.set_meeting(self._meeting)
        for table in (self.members, self.left):
            for column in MemberTableModel.CONTACT_COLUMNS:
                table.setColumnHidden(column, self._meeting)
            table.set_modes(MEMBER_STRETCH["meeting" if self._meeting else "normal"])
        self.members_note.setVisible(not self._meeting)
        self.form.set_meeting(self._meeting)
        self.add_row.set_meeting(self._meeting)
        self.duties.set_meeting(self._meeting)
        self.consents.set_meeting(self._meeting)
        if self._view is not None:
            self._show(self._view)

    def apply_changes(self, changes: Changes) -> None:
        if touches(self._context, changes, self.shows):
            self._reload()
        self.service_notes.apply_changes(changes)

    def flush(self) -> None:
        self.form.flush()

    def has_unsaved(self) -> bool:
        return self.form.has_unsaved()

    # -- showing --------------------------------------------------------------------------

    @property
    def view(self) -> TeamView | None:
        return self._view

    def _reload(self) -> None:
        context = self._context
        if context is None:
            return
        view = read_shown(
            self.message, lambda: load_team(context.store, context.youth_id, context.today)
        )
        if view is not None:
            self._show(view)

    def _show(self, view: TeamView) -> None:
        assert self._context is not None
        today = self._context.today
        self._view = view
        rows = [MemberRow(m, view.coverage(m.role, today)) for m in view.members]
        self._showing = True
        try:
            self.members_model.set_rows([r for r in rows if r.member.active])
            self.left_model.set_rows([r for r in rows if not r.member.active])
            self._select_chosen()
        finally:
            self._showing = False
        has_members = self.members_model.rowCount() > 0
        self.no_members.setVisible(not has_members)
        self.members.setVisible(has_members)
        has_left = self.left_model.rowCount() > 0
        self.left_heading.setVisible(has_left)
        self.left.setVisible(has_left)
        self.form.show_member(view.member(self._chosen) if self._chosen is not None else None)
        self._show_warnings(view, rows)
        self.duties.show_team(view, today)
        self.consents.show_consents(view.consents, view.members, today)

    def _select_chosen(self) -> None:
        chosen = self._chosen
        for model, table in ((self.members_model, self.members), (self.left_model, self.left)):
            table.select_row(model.row_of(chosen) if chosen is not None else -1)

    def _show_warnings(self, view: TeamView, rows: list[MemberRow]) -> None:
        missing = [
            CORE_GROUPS[key] for key in missing_core_groups(m.role for m in view.active_members)
        ]
        self.missing_roles.setVisible(bool(missing))
        if missing:
            self.missing_roles.setText(
                self.tr(
                    "⚠ Mangler i laget: {groups}. Bydel, skole og politi bør alltid være med "
                    "i laget (§3.1)."
                ).format(groups=", ".join(missing))
            )
        problems = [r for r in rows if r.member.active and r.coverage.problem]
        self.consent_problems.setVisible(bool(problems))
        if problems:
            names = sorted({r.member.role_name for r in problems})
            self.consent_problems.setText(
                self.tr(
                    "⚠ Laget kan ikke dele informasjon med alle i laget: {roles}. "
                    "Se «Deling av informasjon» i tabellen under."
                ).format(roles=", ".join(names))
            )

    def _member(self, member_id: int) -> MemberInfo | None:
        return self._view.member(member_id) if self._view is not None else None

    def choose(self, member_id: int | None) -> None:
        """Show ``member_id`` in the form (None: nobody), and select its row.

        What was typed for the member shown is saved first; if it is refused, that member
        stays chosen, with the typing and the message saying what is wrong."""
        self.form.flush()  # may reload the page
        if self.form.has_unsaved():
            member_id = self._chosen
        self._chosen = member_id
        self._showing = True
        try:
            self._select_chosen()
        finally:
            self._showing = False
        self.form.show_member(self._member(member_id) if member_id is not None else None)

    # -- changes --------------------------------------------------------------------------

    def _run(
        self,
        change: Callable[[TeamActions], Changes | None],
        settled: Callable[[], object] | None = None,
    ) -> Done[Changes | None] | None:
        """Make a change; a refusal is shown above the page, naming the problem. A conflict
        with someone else's save that the user settles shows what is stored (``settled``,
        or a reload)."""
        return make_change(
            self.message,
            self._actions,
            change,
            clears=("problem", "notice"),
            settled=settled or self._reload,
        )

    def _show_stored_member(self, member_id: int) -> None:
        """After a settled conflict: the member as stored, this user's typing dropped."""
        self._reload()
        self.form.show_member(None)
        self.form.show_member(self._member(member_id))

    def _on_table_selection_changed(self, table: FittedTable) -> None:
        if self._showing:
            return
        row = table.selected_row()
        value = table.data_at(row, MEMBER_ID_ROLE) if row >= 0 else None
        if isinstance(value, int) and value != self._chosen:
            self.choose(value)

    @Slot(int, object, str)
    def _on_form_edit_requested(self, member_id: int, fields: object, field: str) -> None:
        member = self._member(member_id)
        if member is None or not isinstance(fields, MemberFields):
            return
        typing = field if field == "responsibilities" else None  # typing merges, as one step
        settled: list[bool] = []

        def show_stored() -> None:
            settled.append(True)
            self._show_stored_member(member_id)

        done = self._run(lambda actions: actions.update_member(member, fields, typing), show_stored)
        if done is not None:
            self.form.mark_saved(field)
        elif not settled:
            self.form.mark_problem(field)

    @Slot(int, bool)
    def _on_form_active_requested(self, member_id: int, active: bool) -> None:
        member = self._member(member_id)
        if member is None or self._run(lambda actions: actions.set_active(member, active)) is None:
            return
        name = who(member, self._meeting)
        if active:
            text = self.tr("{who} er tilbake i laget. Ctrl+Z angrer.").format(who=name)
        else:
            text = self.tr(
                "{who} har gått ut av laget og står nå under «Har gått ut av laget». Ctrl+Z angrer."
            ).format(who=name)
        self.message.show_notice(text, None)

    @Slot(str, str)
    def _on_add_row_add_requested(self, code: str, name: str) -> None:
        done = self._run(lambda actions: actions.add_member(code, name))
        if done is None or done.result is None or not done.result.created_ids:
            return
        self.add_row.clear()
        self.choose(done.result.created_ids[0])
        field = "organisation" if name.strip() else "name"
        if not self._meeting:
            self.form.lines[field].setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(self.form, 0, 0)

    @Slot(object)
    def _on_consents_add_requested(self, fields: ConsentFields) -> None:
        done = self._run(lambda actions: actions.add_consent(fields))
        if done is None or done.result is None or not done.result.created_ids:
            return
        self.consents.consent_added(done.result.created_ids[0])
        self.message.show_notice(
            self.tr("Samtykket fra {who} er registrert. Ctrl+Z angrer.").format(
                who=fields.given_by
            ),
            None,
        )

    @Slot(int, object)
    def _on_consents_withdraw_requested(self, consent_id: int, on: date) -> None:
        view = self._view
        consent = next((c for c in view.consents if c.id == consent_id), None) if view else None
        if consent is None:
            return
        if self._run(lambda actions: actions.withdraw_consent(consent, on)) is not None:
            text = self.tr(
                "Samtykket fra {who} er trukket tilbake fra {date}. Laget kan ikke lenger dele "
                "informasjon på grunnlag av det. Ctrl+Z angrer."
            ).format(who=consent.fields.given_by, date=format_date(on))
            self.message.show_notice(text, None)
