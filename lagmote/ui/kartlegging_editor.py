"""The left half of the kartlegging page: which kartlegging, whose rating, the 12 area rows,
and the chosen area's resources and risks.

The editor never writes: it shows a :class:`~lagmote.kartlegging.KartleggingView` and says
what the user asked for through its signals; the page makes the changes.

Signals:
    chosen(int): the kartlegging to show.
    add_requested(): a new kartlegging, dated today.
    delete_requested(): delete the chosen kartlegging.
    date_requested(object): a new date for the chosen kartlegging.
    perspective_changed(str): "ungdom" or "lag", whose rating the keys set.
    rating_requested(int, str, object): area, perspective, value (1..5 or None).
    text_committed(int, str, str, str): area, perspective, "resources"/"risks", the text.
    sensitive_toggled(int, bool): the team marks (or unmarks) an area sensitive.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lagmote.kartlegging import STANDARD_SENSITIVE, AssessmentInfo, KartleggingView
from lagmote.standard import AREAS, PERSPECTIVES, area
from lagmote.ui.plan_fields import AutosaveText, ThemedLabels
from lagmote.ui.theme import Theme
from lagmote.widgets.area_row import AreaRow

TEXT_FIELDS = ("resources", "risks")
MIN_CHOICE_CHARS = 12


class KartleggingEditor(QWidget):
    """Choose a kartlegging and rate its 12 areas, from the youth's or the team's side."""

    chosen = Signal(int)
    add_requested = Signal()
    delete_requested = Signal()
    date_requested = Signal(object)
    perspective_changed = Signal(str)
    rating_requested = Signal(int, str, object)
    text_committed = Signal(int, str, str, str)
    sensitive_toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = ThemedLabels()
        self.choice = QComboBox(self)
        self.new_button = QPushButton(self.tr("Ny kartlegging"), self)
        self.delete_button = QPushButton(self.tr("Slett kartleggingen"), self)
        self.date_edit = QDateEdit(self)
        self.perspectives = QButtonGroup(self)
        self.perspective_buttons = {
            key: QRadioButton(title, self) for key, title in PERSPECTIVES.items()
        }
        self.rows = {a.number: AreaRow(a, self) for a in AREAS}
        self.scroll_area = QScrollArea(self)
        self.detail_title = QLabel(self)
        self.texts = {name: AutosaveText(self, 1, 4) for name in TEXT_FIELDS}
        self.sensitive_box = QCheckBox(self.tr("Sensitivt område"), self)
        self.empty_note = QLabel(self)
        self._view: KartleggingView | None = None
        self._assessment: AssessmentInfo | None = None
        self._area = 1
        # The area and perspective the text fields hold now: typing is saved for these,
        # even when the saving happens because the user has just chosen another.
        self._detail_key = (1, "ungdom")
        self._hidden: frozenset[int] = frozenset()
        self._build()
        self._connect()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.labels.heading(self.tr("Kartlegging"), self, "title"))
        layout.addLayout(self._choice_rows())
        layout.addLayout(self._perspective_rows())
        self.empty_note.setWordWrap(True)
        self.empty_note.setText(
            self.tr("Ingen kartlegging ennå. Trykk «Ny kartlegging» for å begynne.")
        )
        layout.addWidget(self.empty_note)
        rows = QWidget(self.scroll_area)
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.setSpacing(0)
        for row in self.rows.values():
            rows_layout.addWidget(row)
        rows_layout.addStretch(1)
        self.scroll_area.setWidget(rows)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self._detail())

    def _choice_rows(self) -> QVBoxLayout:
        """Which kartlegging and its date, then the buttons: two rows, so that the page
        fits a 1920 pixels wide projector in meeting mode's large type."""
        self.choice.setAccessibleName(self.tr("Velg kartlegging"))
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(MIN_CHOICE_CHARS)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Dato for kartleggingen"))
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("Kartlegging:"), self))
        first.addWidget(self.choice, 1)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Dato:"), self))
        second.addWidget(self.date_edit)
        second.addStretch(1)
        second.addWidget(self.new_button)
        second.addWidget(self.delete_button)
        rows = QVBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        return rows

    def _perspective_rows(self) -> QVBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Du vurderer for:"), self))
        for button in self.perspective_buttons.values():
            self.perspectives.addButton(button)
            row.addWidget(button)
        self.perspective_buttons["ungdom"].setChecked(True)
        row.addStretch(1)
        rows = QVBoxLayout()
        rows.addLayout(row)
        hint = self.tr(
            "Tast 1–5 for å vurdere, 0 for ikke vurdert, og Tab for å gå til neste område."
        )
        rows.addWidget(self.labels.note(hint, self))
        return rows

    def _detail(self) -> QWidget:
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_title.setWordWrap(True)
        grid.addWidget(self.detail_title, 0, 0, 1, 2)
        titles = (self.tr("Ressurser – det som går bra"), self.tr("Risiko – det som er vanskelig"))
        for column, (name, title) in enumerate(zip(TEXT_FIELDS, titles, strict=True)):
            label = QLabel(title, box)
            label.setBuddy(self.texts[name])
            self.texts[name].setAccessibleName(title)
            grid.addWidget(label, 1, column)
            grid.addWidget(self.texts[name], 2, column)
        why = self.tr("Skjules på skjermen i møtet og på arket til familien.")
        self.sensitive_box.setToolTip(why)
        self.sensitive_box.setAccessibleDescription(why)
        grid.addWidget(self.sensitive_box, 3, 0)
        grid.addWidget(self.labels.note(why, box), 3, 1)
        return box

    def _connect(self) -> None:
        self.choice.activated.connect(self._on_choice_activated)
        self.new_button.clicked.connect(self.add_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.date_edit.editingFinished.connect(self._on_date_edit_editing_finished)
        self.perspectives.buttonToggled.connect(self._on_perspectives_button_toggled)
        for row in self.rows.values():
            row.rating_requested.connect(self.rating_requested)
            row.focused.connect(self._on_row_focused)
        for name, field in self.texts.items():
            field.text_committed.connect(
                lambda text, name=name: self._on_text_committed(name, text)
            )
        self.sensitive_box.clicked.connect(self._on_sensitive_box_clicked)

    # -- showing --------------------------------------------------------------------------

    def show_view(
        self, view: KartleggingView, assessment: AssessmentInfo | None, hidden: frozenset[int]
    ) -> None:
        """Show ``assessment`` of ``view`` (None: there is none yet), hiding ``hidden``."""
        self._view, self._assessment, self._hidden = view, assessment, hidden
        self._fill_choice(view, assessment)
        has_one = assessment is not None
        for widget in (self.scroll_area, self.delete_button, self.date_edit):
            widget.setEnabled(has_one)
        self.empty_note.setVisible(not has_one)
        if assessment is not None:
            with QSignalBlocker(self.date_edit):
                on = assessment.assessed_on
                self.date_edit.setDate(QDate(on.year, on.month, on.day))
        for number, row in self.rows.items():
            row.set_hidden(number in hidden)
            youth = assessment.rating(number, "ungdom").rating if assessment else None
            team = assessment.rating(number, "lag").rating if assessment else None
            row.set_ratings(youth, team)
            row.set_trend(view.trend(number, self.perspective))
        self._show_detail()

    def _fill_choice(self, view: KartleggingView, assessment: AssessmentInfo | None) -> None:
        with QSignalBlocker(self.choice):
            self.choice.clear()
            for number, item in enumerate(view.assessments, start=1):
                count = item.assessed_count(self.perspective)
                text = self.tr("{number}. kartlegging, {date} ({count} av 12 vurdert)").format(
                    number=number, date=item.label, count=count
                )
                self.choice.addItem(text, item.id)
                if item.note:
                    self.choice.setItemData(number - 1, item.note, Qt.ItemDataRole.ToolTipRole)
            if assessment is not None:
                self.choice.setCurrentIndex(self.choice.findData(assessment.id))

    def _show_detail(self) -> None:
        number, assessment = self._area, self._assessment
        self._detail_key = (number, self.perspective)
        hidden = number in self._hidden or assessment is None
        for field in self.texts.values():
            field.setEnabled(not hidden)
        self.sensitive_box.setEnabled(not hidden and number not in STANDARD_SENSITIVE)
        if hidden or assessment is None:
            self.detail_title.setText(
                self.tr("Velg et område for å skrive om ressurser og risiko.")
                if assessment is not None and number not in self._hidden
                else self.tr("Området er skjult nå.")
            )
            for field in self.texts.values():
                field.reset("")
            return
        who = PERSPECTIVES[self.perspective]
        self.detail_title.setText(f"{number}. {area(number).name} – {who.lower()}")
        info = assessment.rating(number, self.perspective)
        self.texts["resources"].set_saved_text(info.resources)
        self.texts["risks"].set_saved_text(info.risks)
        view = self._view
        with QSignalBlocker(self.sensitive_box):
            self.sensitive_box.setChecked(view is not None and number in view.sensitive)

    def set_theme(self, theme: Theme) -> None:
        self.labels.set_theme(theme)
        font = self.detail_title.font()
        font.setBold(True)
        font.setPointSizeF(theme.base_point_size)
        self.detail_title.setFont(font)
        for row in self.rows.values():
            row.set_theme(theme)

    @property
    def perspective(self) -> str:
        return next(k for k, b in self.perspective_buttons.items() if b.isChecked())

    @property
    def area(self) -> int:
        """The area whose texts the detail panel shows (the row last focused)."""
        return self._area

    def select_area(self, number: int) -> None:
        self.flush()
        self._area = number
        self._show_detail()

    def flush(self) -> None:
        for field in self.texts.values():
            field.flush()

    def has_unsaved(self) -> bool:
        return any(field.dirty for field in self.texts.values())

    # -- events ---------------------------------------------------------------------------

    @Slot(int)
    def _on_row_focused(self, number: int) -> None:
        if number != self._area:
            self.select_area(number)
        self.scroll_area.ensureWidgetVisible(self.rows[number], 0, 0)

    @Slot(int)
    def _on_choice_activated(self, index: int) -> None:
        kid = self.choice.itemData(index)
        if isinstance(kid, int):
            self.flush()
            self.chosen.emit(kid)

    @Slot()
    def _on_date_edit_editing_finished(self) -> None:
        value = self.date_edit.date()
        picked = date(value.year(), value.month(), value.day())
        if self._assessment is not None and picked != self._assessment.assessed_on:
            self.date_requested.emit(picked)

    @Slot()
    def _on_perspectives_button_toggled(self, *_args: object) -> None:
        self.flush()
        perspective = self.perspective
        for row in self.rows.values():
            row.set_active(perspective)
        if self._view is not None:
            self.show_view(self._view, self._assessment, self._hidden)
        self.perspective_changed.emit(perspective)

    def _on_text_committed(self, name: str, text: str) -> None:
        self.text_committed.emit(*self._detail_key, name, text)

    @Slot(bool)
    def _on_sensitive_box_clicked(self, checked: bool) -> None:
        self.sensitive_toggled.emit(self._area, checked)
