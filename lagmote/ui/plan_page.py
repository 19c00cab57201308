"""The Min plan page (§7.5): the youth's plan in their own words, the plan for when things go
wrong, and the goals with their ladders, ratings and measures.

Everything is saved as it is typed (no Save button): each change is one undoable step made
through :class:`~lagmote.ui.plan_actions.PlanActions`. After every change the window calls
:meth:`PlanPage.apply_changes`, which reads the plan once and updates the widgets in place,
so the field being typed in keeps its focus, cursor and unsaved text. Widgets are built once
per youth; nothing reads the database while painting.

When another youth is shown, what was typed for the one before is saved for that youth
first; whatever still cannot be saved is thrown away (and named in the message above the
page), never written into the new youth's plan. The page takes the new youth only once its
plan has been read; if that fails, the page is emptied and disabled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields as fields_of
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QHideEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lagmote.db.plan_queries import load_plan
from lagmote.db.store import Changes
from lagmote.plan import GoalFields, GoalInfo, PlanView, TiltakFields, TiltakInfo
from lagmote.ui.context import YouthContext, touches
from lagmote.ui.page_changes import make_change, read_shown, read_youth, scrolled_page
from lagmote.ui.plan_actions import PlanActions
from lagmote.ui.plan_fields import AutosaveText, MessageBar, ThemedLabels
from lagmote.ui.plan_goal_card import GoalCard
from lagmote.ui.plan_sections import PlanSections
from lagmote.ui.plan_tiltak_view import TiltakBox
from lagmote.ui.theme import NORMAL, Theme
from lagmote.widgets.goal_ladder import GoalLadder
from lagmote.widgets.goal_ladder_texts import cut

BLOCK_SPACING = 16
ENSURE_MARGIN = 24


class PlanPage(QWidget):
    """Min plan for one youth: sections, the incident plan, goals and measures.

    It has no signals of its own: every change goes through the context's editor, whose
    ``changed`` signal the window hands back to :meth:`apply_changes`.
    """

    # "youth": the team may mark more areas sensitive, which hides more goals in meetings.
    shows = frozenset({"plan_section", "goal", "goal_rating", "tiltak", "youth"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: YouthContext | None = None
        self._actions: PlanActions | None = None
        self._plan: PlanView | None = None
        self._theme = NORMAL
        self._stack: QUndoStack | None = None  # the undo stack watched for the notice
        # The goal deletion the notice's "Angre" takes back: the stack, its index just after
        # the deletion, and the deletion's command. Any other step makes "Angre" void.
        self._deletion: tuple[QUndoStack, int, QUndoCommand] | None = None
        self.message = MessageBar(self)
        self.scroll_area = QScrollArea(self)
        self.content = QWidget(self.scroll_area)
        self.labels = ThemedLabels()
        self.plan_sections = PlanSections(self.content)
        self.sections = self.plan_sections.fields
        self.cards: dict[int, GoalCard] = {}
        self._goal_list = QVBoxLayout()
        self.new_goal_text = QLineEdit(self.content)
        self.new_goal_button = QPushButton(self.tr("Nytt mål"), self.content)
        self.loose_tiltak = TiltakBox(None, self.content)
        self._build_layout()
        self._connect()
        self.content.setEnabled(False)  # until a youth is shown

    # -- building -------------------------------------------------------------------------

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.labels.heading(self.tr("Min plan"), self.content, "title"))
        intro = self.tr(
            "Planen er ungdommens egen: skriv med ungdommens egne ord. "
            "Alt lagres mens du skriver, og Ctrl+Z angrer."
        )
        layout.addWidget(self.labels.note(intro, self.content))
        layout.addWidget(self.plan_sections)
        layout.addSpacing(BLOCK_SPACING)
        self._build_goals(layout)
        layout.addSpacing(BLOCK_SPACING)
        loose = self.tr("Andre tiltak (ikke knyttet til et mål)")
        layout.addWidget(self.labels.heading(loose, self.content))
        layout.addWidget(self.loose_tiltak)
        layout.addStretch(1)
        scrolled_page(self, self.message, self.scroll_area, self.content)

    def _build_goals(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.labels.heading(self.tr("Mål og fremgang"), self.content))
        how = self.tr(
            "Hvert mål har en stige fra −2 til +2. 0 betyr at det går som ventet. "
            "Velg trinnet som passer i dag med tastene 1–5, og gå til neste mål med Tab."
        )
        layout.addWidget(self.labels.note(how, self.content))
        self._goal_list.setSpacing(BLOCK_SPACING)
        layout.addLayout(self._goal_list)
        self.new_goal_text.setPlaceholderText(self.tr("Nytt mål, med ungdommens egne ord"))
        self.new_goal_text.setAccessibleName(self.tr("Nytt mål"))
        row = QHBoxLayout()
        row.addWidget(self.new_goal_text, 1)
        row.addWidget(self.new_goal_button)
        layout.addLayout(row)

    def _connect(self) -> None:
        self.new_goal_button.clicked.connect(self._on_new_goal_button_clicked)
        self.new_goal_text.returnPressed.connect(self._on_new_goal_button_clicked)
        self.plan_sections.text_committed.connect(self._on_plan_sections_text_committed)
        self._connect_tiltak(self.loose_tiltak)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    def _connect_tiltak(self, box: TiltakBox) -> None:
        box.add_requested.connect(self._on_tiltak_add_requested)
        box.delete_requested.connect(self._on_tiltak_delete_requested)
        box.edit_requested.connect(self._on_tiltak_edit_requested)

    # -- the Page protocol ----------------------------------------------------------------

    def show_youth(self, context: YouthContext) -> None:
        """Show ``context``'s youth: widgets are rebuilt only for another youth.

        For another youth, what was typed for the youth shown until now is saved first (for
        that youth); what still cannot be saved is dropped and named in the message. The
        page switches to the new youth only when its plan could be read."""
        if self._context is not None and self._context.youth_id == context.youth_id:
            self.flush()
            self._use(context)
            self._reload()
            return
        lost = self._save_pending()
        self._forget_youth(context.today)
        plan = read_youth(
            self.message,
            lambda: load_plan(context.store, context.youth_id),
            self.tr("Planen kan ikke vises: {error}"),
            self._lost_sentence(lost),
        )
        if plan is None:
            return
        self._use(context)
        self.content.setEnabled(True)
        self.plan_sections.conceal_sensitive()  # shown on request for the youth before
        self._show_plan(plan)
        if lost:
            self.message.show_warning(self._lost_sentence(lost).strip())

    def has_unsaved(self) -> bool:
        """True while a field holds typing that is not saved (a refused save, or a pause
        not yet over)."""
        return any(f.text.dirty for f in self.sections.values()) or any(
            card.dirty for card in self.cards.values()
        )

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.labels.set_theme(theme)
        self.plan_sections.set_theme(theme)
        self.message.set_theme(theme)
        for card in self.cards.values():
            card.set_theme(theme)
        self.loose_tiltak.set_theme(theme)

    def apply_changes(self, changes: Changes) -> None:
        """Read the plan once and update the widgets in place."""
        if touches(self._context, changes, self.shows):
            self._reload()

    def flush(self) -> None:
        """Save every field with typing not yet saved."""
        for field in self.sections.values():
            field.text.flush()
        for card in self.cards.values():
            card.flush()

    @property
    def plan(self) -> PlanView | None:
        return self._plan

    # -- switching youth -----------------------------------------------------------------

    def _use(self, context: YouthContext) -> None:
        self._context, self._actions = context, PlanActions(context)
        self._watch(context.editor.stack)

    def _save_pending(self) -> list[str]:
        """Save what was typed, with the context it was typed in; name what is still not
        saved (a section by its title, a goal by its number)."""
        self.flush()
        lost = [f"«{f.title.text()}»" for f in self.sections.values() if f.text.dirty]
        lost += [card.heading.text() for card in self.cards.values() if card.dirty]
        return lost

    def _lost_sentence(self, lost: list[str]) -> str:
        if not lost:
            return ""
        return " " + self.tr(
            "Det du skrev for forrige ungdom i {where}, kunne ikke lagres. Det er forkastet og"
            " er ikke tatt med hit."
        ).format(where=", ".join(lost))

    def _forget_youth(self, today: date) -> None:
        """Empty and disable the page: no field keeps typing, no change has a youth to go to."""
        self._context, self._actions, self._plan = None, None, None
        self._deletion = None
        self.message.hide_message()
        for field in self.sections.values():
            field.text.reset("")
        for card in self.cards.values():
            card.reset()
        self._clear_cards()
        self.content.setEnabled(False)
        self.new_goal_text.clear()
        self.loose_tiltak.clear_new_text()
        self.loose_tiltak.set_tiltak((), (), today)

    def _watch(self, stack: QUndoStack) -> None:
        """Follow ``stack``, so that the deleted-goal notice goes at the next step."""
        if stack is self._stack:
            return
        if self._stack is not None:
            self._stack.indexChanged.disconnect(self._on_stack_index_changed)
        self._stack = stack
        stack.indexChanged.connect(self._on_stack_index_changed)

    # -- showing --------------------------------------------------------------------------

    def _reload(self) -> None:
        assert self._context is not None
        context = self._context
        plan = read_shown(self.message, lambda: load_plan(context.store, context.youth_id))
        if plan is not None:
            self._show_plan(plan)

    def _show_plan(self, plan: PlanView) -> None:
        assert self._context is not None
        today = self._context.today
        self._plan = plan
        for key, field in self.sections.items():
            field.text.set_saved_text(plan.section(key))
        self._sync_cards(plan, today)
        self.loose_tiltak.set_tiltak(plan.loose_tiltak, plan.members, today)

    def _sync_cards(self, plan: PlanView, today: date) -> None:
        """One card per goal, in plan order; existing cards are updated, not rebuilt."""
        wanted = [g.id for g in plan.goals]
        for goal_id in [i for i in self.cards if i not in wanted]:
            card = self.cards.pop(goal_id)
            self._goal_list.removeWidget(card)
            card.deleteLater()
        for number, goal in enumerate(plan.goals, start=1):
            card = self.cards.get(goal.id) or self._new_card(goal)
            card.set_goal(goal, number, plan.members, today, plan.sensitive_areas)
        self._order_cards(wanted)
        ladders = [self.cards[i].ladder for i in wanted]
        for i, ladder in enumerate(ladders):
            previous = ladders[i - 1] if i > 0 else None
            following = ladders[i + 1] if i + 1 < len(ladders) else None
            ladder.set_tab_neighbours(previous, following)

    def _new_card(self, goal: GoalInfo) -> GoalCard:
        card = GoalCard(goal, self.content)
        card.set_theme(self._theme)
        card.edit_requested.connect(self._on_card_edit_requested)
        card.rating_requested.connect(self._on_card_rating_requested)
        card.delete_requested.connect(self._on_card_delete_requested)
        self._connect_tiltak(card.tiltak)
        self.cards[goal.id] = card
        self._goal_list.addWidget(card)
        card.show()  # now, not when the layout gets to it: the new card may take focus
        return card

    def _order_cards(self, wanted: list[int]) -> None:
        items = (self._goal_list.itemAt(i) for i in range(self._goal_list.count()))
        shown = [item.widget() for item in items if item is not None]
        if shown == [self.cards[i] for i in wanted]:
            return
        for card in self.cards.values():
            self._goal_list.removeWidget(card)
        for goal_id in wanted:
            self._goal_list.addWidget(self.cards[goal_id])

    def _clear_cards(self) -> None:
        for card in self.cards.values():
            self._goal_list.removeWidget(card)
            card.hide()  # at once: it is deleted only when control returns to the event loop
            card.deleteLater()
        self.cards.clear()

    # -- changes --------------------------------------------------------------------------

    def _run(
        self,
        change: Callable[[PlanActions], object],
        where: str = "",
        field: AutosaveText | None = None,
    ) -> bool:
        """Make a change. A refusal is shown above the page, naming ``where``; the typed
        text stays in ``field``, which is marked until it can be saved. A conflict the user
        settles (someone else saved the same field) shows what is stored now, in ``field``
        too, and gives False: what was asked for is not what was saved."""
        if self._actions is None:
            return False
        settled: list[bool] = []

        def show_stored() -> None:
            settled.append(True)
            if field is not None:
                field.drop_typing()  # no typing left: the reload may replace it
            self._reload()

        done = make_change(self.message, self._actions, change, where, settled=show_stored)
        if field is not None and not settled:
            field.mark_problem(None if done is not None else self._theme.colours.warning)
        return done is not None

    def _all_tiltak(self) -> dict[int, TiltakInfo]:
        plan = self._plan
        if plan is None:
            return {}
        items = [*plan.loose_tiltak, *(t for g in plan.goals for t in g.tiltak)]
        return {t.id: t for t in items}

    @Slot(str, str)
    def _on_plan_sections_text_committed(self, key: str, text: str) -> None:
        field = self.sections[key]
        old, title = field.text.saved_text, field.title.text()
        if self._run(
            lambda actions: actions.set_section(key, title, old, text), f"«{title}»", field.text
        ):
            field.text.mark_saved(text)

    @Slot(int, str, object)
    def _on_card_edit_requested(self, goal_id: int, tag: str, fields: GoalFields) -> None:
        card = self.cards.get(goal_id)
        if card is None:  # a card on its way out
            return
        old = card.saved_fields
        if self._run(
            lambda actions: actions.update_goal(goal_id, tag, old, fields),
            card.heading.text(),
            card.texts.get(tag),
        ):
            # The reload showed what is stored; only the fields changed here are ours (a
            # field someone else saved meanwhile is theirs, and stays as read).
            card.mark_saved(tag, _ours_over(card.saved_fields, old, fields))
        elif tag == "area":
            card.show_saved_area()

    @Slot(int, int)
    def _on_card_rating_requested(self, goal_id: int, value: int) -> None:
        plan, card = self._plan, self.cards.get(goal_id)
        if plan is not None and card is not None:
            goal = card.goal
            self._run(lambda actions: actions.rate(goal, value, plan))

    @Slot(int)
    def _on_card_delete_requested(self, goal_id: int) -> None:
        """Delete with everything as it is in the database now, so undo restores it all."""
        context, card = self._context, self.cards.get(goal_id)
        if context is None or card is None:
            return
        card.flush()
        plan = read_shown(self.message, lambda: load_plan(context.store, context.youth_id))
        if plan is None:
            return
        goal = next((g for g in plan.goals if g.id == goal_id), None)
        if goal is not None and self._run(lambda actions: actions.delete_goal(goal)):
            stack = context.editor.stack
            index = stack.index()
            command = stack.command(index - 1)
            self._deletion = (stack, index, command) if command is not None else None
            text = self.tr("Målet «{goal}» er slettet.").format(goal=cut(goal.fields.text, 60))
            self.message.show_notice(text, (self.tr("Angre"), self._undo_deletion))

    def _deletion_on_top(self) -> bool:
        """True while the goal deletion of the notice is the step undo would take back."""
        if self._deletion is None:
            return False
        stack, index, command = self._deletion
        on_top = stack.index() == index and stack.command(index - 1) is command
        return stack is self._stack and on_top

    def _undo_deletion(self) -> None:
        """The notice's "Angre": takes back the deletion, and nothing else."""
        if self._deletion_on_top() and self._stack is not None:
            self._stack.undo()
        self._deletion = None

    @Slot(int)
    def _on_stack_index_changed(self, _index: int) -> None:
        """Any step after the deletion (or an undo, or a cleared history) ends the notice."""
        if self.message.kind == "notice" and not self._deletion_on_top():
            self.message.hide_message()
            self._deletion = None

    @Slot()
    def _on_new_goal_button_clicked(self) -> None:
        plan, text = self._plan, self.new_goal_text.text()
        if plan is None or not self._run(lambda actions: actions.add_goal(text, plan)):
            return
        self.new_goal_text.clear()
        added = [i for i in self.cards if i not in {g.id for g in plan.goals}]
        if added:
            field = self.cards[added[-1]].texts["why"]
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(self.cards[added[-1]], 0, ENSURE_MARGIN)

    @Slot(object, str)
    def _on_tiltak_add_requested(self, goal_id: int | None, text: str) -> None:
        if self._run(lambda actions: actions.add_tiltak(goal_id, text)):
            card = self.cards.get(goal_id) if goal_id is not None else None
            (card.tiltak if card is not None else self.loose_tiltak).clear_new_text()

    @Slot(int)
    def _on_tiltak_delete_requested(self, tiltak_id: int) -> None:
        info = self._all_tiltak().get(tiltak_id)
        if info is not None:
            self._run(lambda actions: actions.delete_tiltak(info))

    @Slot(int, object)
    def _on_tiltak_edit_requested(self, tiltak_id: int, fields: TiltakFields) -> None:
        info = self._all_tiltak().get(tiltak_id)
        if info is not None:
            self._run(lambda actions: actions.update_tiltak(info, fields))

    @Slot(QWidget, QWidget)
    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A ladder reached by Tab from the one before is scrolled into view whole."""
        if isinstance(new, GoalLadder) and self.content.isAncestorOf(new):
            self.scroll_area.ensureWidgetVisible(new, 0, ENSURE_MARGIN)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)


def _ours_over(saved: GoalFields, old: GoalFields, new: GoalFields) -> GoalFields:
    """``saved`` with the fields this page changed (from ``old`` to ``new``)."""
    names = (f.name for f in fields_of(new))
    return replace(
        saved, **{n: getattr(new, n) for n in names if getattr(new, n) != getattr(old, n)}
    )
