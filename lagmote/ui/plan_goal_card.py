"""One goal of Min plan as a card: the youth's words, the area, why it matters, the ladder
with its ratings, the descriptions of the ladder's steps, and the measures under it.

The card never writes. It says what the user wants (an edit, a rating, a deletion) and the
page makes the change; the card is then updated in place from the reloaded plan, keeping
focus, cursor and any typing not yet saved.

In meeting mode a goal in a sensitive area (§7.3: areas 4, 7 and 12) shows only its number,
a line saying it is hidden, and a button that shows it for as long as meeting mode lasts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lagmote.dates import format_date
from lagmote.kartlegging import STANDARD_SENSITIVE
from lagmote.plan import LADDER_VALUES, GoalFields, GoalInfo
from lagmote.records import MemberInfo
from lagmote.standard import AREAS
from lagmote.ui.plan_fields import AutosaveText
from lagmote.ui.plan_sections import concealed_text
from lagmote.ui.plan_tiltak_view import TiltakBox
from lagmote.ui.theme import Theme
from lagmote.widgets.goal_ladder import GoalLadder
from lagmote.widgets.goal_ladder_texts import cut, rating_words, standard_label
from lagmote.widgets.ladder_geometry import format_value

TEXT_TAGS = ("text", "why", *(f"level{i}" for i in range(len(LADDER_VALUES))))
NOTE_CHARS = 300
SENSITIVE_AREAS = STANDARD_SENSITIVE


def fields_with(fields: GoalFields, tag: str, value: str | int | None) -> GoalFields:
    """``fields`` with the one field named by ``tag`` ("text", "why", "area", "level0"…)."""
    if tag.startswith("level"):
        levels = list(fields.levels)
        levels[int(tag.removeprefix("level"))] = str(value)
        return replace(fields, levels=(levels[0], levels[1], levels[2], levels[3], levels[4]))
    if tag == "area":
        return replace(fields, area=value if isinstance(value, int) and value > 0 else None)
    if tag == "why":
        return replace(fields, why=str(value))
    return replace(fields, text=str(value))


def field_value(fields: GoalFields, tag: str) -> str:
    if tag.startswith("level"):
        return fields.levels[int(tag.removeprefix("level"))]
    return str(getattr(fields, tag))


class GoalCard(QFrame):
    """A goal and everything under it, updated in place.

    Signals:
        edit_requested(int, str, object): the goal id, the field changed ("text", "why",
            "area", "level0"…"level4") and the :class:`GoalFields` the goal should have.
        rating_requested(int, int): the goal id and the value (−2..+2) for today.
        delete_requested(int): the goal id.
    """

    edit_requested = Signal(int, str, object)
    rating_requested = Signal(int, int)
    delete_requested = Signal(int)

    def __init__(self, goal: GoalInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalCard")
        self.goal = goal
        self.saved_fields = goal.fields
        self._today = goal.created_on
        self.heading = QLabel(self)
        self.delete_button = QPushButton(self.tr("Slett mål"), self)
        self.body = QWidget(self)
        self.concealed = QWidget(self)
        self.reveal_button = QPushButton(self.tr("Vis"), self.concealed)
        self.texts: dict[str, AutosaveText] = {}
        self.area = self._area_combo()
        self.ladder = GoalLadder(self)
        self.rating_line = _plain_label(self)
        self.levels_toggle = QToolButton(self)
        self.levels_panel = QWidget(self)
        self.tiltak = TiltakBox(goal.id, self)
        self._labels: list[QLabel] = []
        self._shown = False
        self._meeting = False
        self._revealed = False
        self._state: tuple[object, ...] = ()
        self._sensitive = SENSITIVE_AREAS
        self._build_layout()
        self._connect()

    # -- building -------------------------------------------------------------------------

    def _area_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("Ikke valgt"), 0)
        for area in AREAS:
            combo.addItem(f"{area.number}. {area.name}", area.number)
        combo.setAccessibleName(self.tr("Område i kartleggingen"))
        return combo

    def _text(self, tag: str, name: str, lines: tuple[int, int]) -> AutosaveText:
        field = AutosaveText(self, *lines)
        field.setAccessibleName(name)
        field.text_committed.connect(lambda text, tag=tag: self._on_text_committed(tag, text))
        self.texts[tag] = field
        return field

    def _labelled(self, layout: QVBoxLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setBuddy(field)
        self._labels.append(label)
        layout.addWidget(label)
        layout.addWidget(field)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.delete_button)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self._concealed_row())
        outer.addWidget(self.body)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self._labelled(
            layout,
            self.tr("Målet, med ungdommens egne ord"),
            self._text("text", self.tr("Målet"), (1, 6)),
        )
        self._labelled(layout, self.tr("Område i kartleggingen"), self.area)
        why = self._text("why", self.tr("Hvorfor er målet viktig?"), (1, 4))
        self._labelled(layout, self.tr("Hvorfor er målet viktig?"), why)
        self._labelled(layout, self.tr("Målstigen: hvordan går det?"), self.ladder)
        layout.addWidget(self.rating_line)
        layout.addWidget(self.levels_toggle)
        layout.addWidget(self.levels_panel)
        self._build_levels()
        self._labelled(layout, self.tr("Tiltak for dette målet"), self.tiltak)

    def _concealed_row(self) -> QWidget:
        """What meeting mode shows of a goal in a sensitive area: that it is hidden."""
        label = _plain_label(self.concealed)
        label.setText(concealed_text())
        row = QHBoxLayout(self.concealed)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label, 1)
        row.addWidget(self.reveal_button)
        self.concealed.setVisible(False)
        return self.concealed

    def _build_levels(self) -> None:
        """One field per step, +2 at the top as on the ladder, each named by its words."""
        self.levels_toggle.setCheckable(True)
        self.levels_toggle.setText(self.tr("Skriv hva hvert trinn på stigen betyr"))
        self.levels_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.levels_toggle.setArrowType(Qt.ArrowType.RightArrow)
        layout = QVBoxLayout(self.levels_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        for index in reversed(range(len(LADDER_VALUES))):
            value = LADDER_VALUES[index]
            name = f"{format_value(value)} {standard_label(value)}"
            self._labelled(layout, name, self._text(f"level{index}", name, (1, 3)))
        self.levels_panel.setVisible(False)

    def _connect(self) -> None:
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.reveal_button.clicked.connect(self._on_reveal_button_clicked)
        self.area.activated.connect(self._on_area_activated)
        self.ladder.rating_requested.connect(self._on_ladder_rating_requested)
        self.levels_toggle.toggled.connect(self._on_levels_toggle_toggled)

    # -- showing --------------------------------------------------------------------------

    def _base_for(self, stored: GoalFields) -> GoalFields:
        """``stored``, but where a field has typing, the text the typing began from: the
        base a save is checked against (see :meth:`AutosaveText.set_saved_text`)."""
        base = stored
        for tag, field in self.texts.items():
            if field.dirty:
                base = fields_with(base, tag, field_value(self.saved_fields, tag))
        return base

    def set_goal(
        self,
        goal: GoalInfo,
        number: int,
        members: Sequence[MemberInfo],
        today: date,
        sensitive: frozenset[int] = SENSITIVE_AREAS,
    ) -> None:
        """Show ``goal`` (the ``number``-th of the plan); fields with unsaved typing keep it.
        A card whose goal, number, team, day and sensitive areas are as shown already is
        left alone."""
        state = (goal, number, tuple(members), today, sensitive)
        if state == self._state:
            return
        self._state = state
        self.goal, self.saved_fields, self._today = goal, self._base_for(goal.fields), today
        self._sensitive = sensitive
        self.heading.setText(self.tr("Mål {number}").format(number=number))
        self.heading.setAccessibleName(self.heading.text())
        self.reveal_button.setAccessibleName(self.tr("Vis mål {number}").format(number=number))
        for tag, field in self.texts.items():
            field.set_saved_text(field_value(goal.fields, tag))
        if not self.area.view().isVisible():
            self.area.setCurrentIndex(max(0, self.area.findData(goal.fields.area or 0)))
        self.ladder.set_goal(goal)
        self.rating_line.setText(rating_line(goal, today))
        self.tiltak.set_tiltak(goal.tiltak, members, today)
        if not self._shown and not all(level.strip() for level in goal.fields.levels):
            self.levels_toggle.setChecked(True)  # a step without words needs them first
        self._shown = True
        self._update_concealed()

    def set_theme(self, theme: Theme) -> None:
        meeting = theme.name == "meeting"
        if meeting != self._meeting:  # a goal shown on request stays shown meanwhile
            self._meeting, self._revealed = meeting, False
            self._update_concealed()
        c = theme.colours
        self.setStyleSheet(
            f"QFrame#goalCard {{ background: {c.surface}; border: {theme.line_width}px solid"
            f" {c.muted_text}; border-radius: 6px; }}"
        )
        font = QFont(self.font())
        font.setPointSizeF(theme.heading_point_size)
        font.setBold(True)
        self.heading.setFont(font)
        for label in self._labels:
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
        self.ladder.set_theme(theme)
        self.tiltak.set_theme(theme)

    def mark_saved(self, tag: str, fields: GoalFields) -> None:
        """The page saved ``fields`` after an edit of ``tag``."""
        self.saved_fields = fields
        if tag in self.texts:
            self.texts[tag].mark_saved(field_value(fields, tag))

    def show_saved_area(self) -> None:
        """Back to the saved area (after a change that could not be made)."""
        self.area.setCurrentIndex(max(0, self.area.findData(self.saved_fields.area or 0)))

    @property
    def is_concealed(self) -> bool:
        """True while meeting mode hides this goal (a sensitive area, not shown on request)."""
        return not self.concealed.isHidden()

    @property
    def dirty(self) -> bool:
        """True while a field holds typing not yet saved."""
        return any(field.dirty for field in self.texts.values())

    def flush(self) -> None:
        for field in self.texts.values():
            field.flush()

    def reset(self) -> None:
        """Forget typing not yet saved: every field shows the saved text again."""
        for tag, field in self.texts.items():
            field.reset(field_value(self.saved_fields, tag))

    def _update_concealed(self) -> None:
        sensitive = self.goal.fields.area in self._sensitive
        concealed = self._meeting and sensitive and not self._revealed
        if concealed == self.is_concealed:
            return
        # A field being typed in saves itself as it loses focus; one waiting for its pause
        # saves when the pause ends, hidden or not.
        self.body.setHidden(concealed)
        self.delete_button.setHidden(concealed)  # nothing unseen is deleted by mistake
        self.concealed.setVisible(concealed)

    # -- slots ----------------------------------------------------------------------------

    def _on_text_committed(self, tag: str, text: str) -> None:
        self.edit_requested.emit(self.goal.id, tag, fields_with(self.saved_fields, tag, text))

    @Slot(int)
    def _on_area_activated(self, index: int) -> None:
        area = self.area.itemData(index)
        fields = fields_with(self.saved_fields, "area", area)
        if fields != self.saved_fields:
            self.edit_requested.emit(self.goal.id, "area", fields)

    @Slot(int)
    def _on_ladder_rating_requested(self, value: int) -> None:
        self.rating_requested.emit(self.goal.id, value)

    @Slot()
    def _on_reveal_button_clicked(self) -> None:
        self._revealed = True
        self._update_concealed()
        self.ladder.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        self.delete_requested.emit(self.goal.id)

    @Slot(bool)
    def _on_levels_toggle_toggled(self, shown: bool) -> None:
        self.levels_panel.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.levels_toggle.setArrowType(arrow)


def rating_line(goal: GoalInfo, today: date) -> str:
    """When the goal was last rated, where, and how: "Vurdert 05.12.2026 på lagmøtet: …"."""
    latest = goal.latest
    if latest is None:
        return _tr("Ikke vurdert ennå. Velg et trinn på stigen.")
    day = format_date(latest.rated_on)
    when = _tr("i dag ({date})").format(date=day) if latest.rated_on == today else day
    where = _tr(" på lagmøtet") if latest.lagmote_id is not None else ""
    line = _tr("Vurdert {when}{where}: {rating}.").format(
        when=when, where=where, rating=rating_words(latest)
    )
    if latest.note.strip():
        line += "\n" + _tr("Notat: {note}").format(note=cut(latest.note, NOTE_CHARS))
    return line


def _tr(text: str) -> str:
    return QCoreApplication.translate("GoalCard", text)


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
