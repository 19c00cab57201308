"""The one theme module: Oslo kommune's colours, type sizes and line widths.

Two themes: `NORMAL` for the desk, and `MEETING` for the plan projected on a wall during a
lagmøte (large type readable from the back of the room at 1920×1080, dark blue on white,
thicker lines).

Contrast (WCAG 2.1 AA): every text colour is used only on backgrounds it reaches 4.5:1 on;
`text_pairs` lists those pairs and the tests check each. Red and yellow reach only about
2.4:1 and 1.6:1 on white, so they are never text: they fill shapes behind dark-blue symbols
(5.6:1 and 8.6:1), and a state is always told by its symbol and word too, never by colour
alone (`state_style`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Oslo kommune's palette.
DARK_BLUE = "#2a2859"
WHITE = "#ffffff"
BLUE = "#6fe9ff"
WARM_BLUE = "#1f42aa"
GREEN = "#43f8b6"
RED = "#ff8274"
YELLOW = "#f9c66b"
BEIGE = "#f8f0dd"
# Derived: blue mixed 60 % into white (dark blue on it: 11.6:1), dark blue mixed 7 % into
# white (dark blue on it: 11.9:1), and dark blue mixed 75 % into white for secondary text
# (6.2:1 on white, at least 5.2:1 on every light fill here).
LIGHT_BLUE = "#c5f6ff"
LIGHT_GREY = "#f0f0f3"
MUTED_BLUE = "#5f5e82"
# Dark blue mixed 85 % into white: secondary text in the meeting room (8.9:1 on white).
MEETING_MUTED = "#464570"

# WCAG 2.1 AA thresholds.
TEXT_CONTRAST = 4.5
NON_TEXT_CONTRAST = 3.0


@dataclass(frozen=True)
class Colours:
    """The colours a theme uses, as "#rrggbb"."""

    text: str
    background: str
    surface: str
    accent: str
    focus: str
    ok: str
    warning: str
    danger: str
    muted_text: str
    info: str
    neutral: str
    tooltip: str
    on_accent: str


@dataclass(frozen=True)
class Theme:
    """Type sizes (points), colours, line widths and spacing (pixels) for one setting."""

    name: str
    base_point_size: float
    heading_point_size: float
    title_point_size: float
    colours: Colours
    line_width: int
    outline_width: int
    focus_width: int
    spacing: int


OSLO_COLOURS = Colours(
    text=DARK_BLUE,
    background=WHITE,
    surface=LIGHT_GREY,
    accent=WARM_BLUE,
    focus=WARM_BLUE,
    ok=GREEN,
    warning=YELLOW,
    danger=RED,
    muted_text=MUTED_BLUE,
    info=LIGHT_BLUE,
    neutral=LIGHT_GREY,
    tooltip=BEIGE,
    on_accent=WHITE,
)

NORMAL = Theme(
    name="normal",
    base_point_size=11,
    heading_point_size=14,
    title_point_size=18,
    colours=OSLO_COLOURS,
    line_width=1,
    outline_width=2,
    focus_width=3,
    spacing=8,
)

MEETING = Theme(
    name="meeting",
    base_point_size=20,
    heading_point_size=30,
    title_point_size=40,
    colours=replace(OSLO_COLOURS, surface=WHITE, muted_text=MEETING_MUTED),
    line_width=2,
    outline_width=3,
    focus_width=4,
    spacing=16,
)

THEMES = {theme.name: theme for theme in (NORMAL, MEETING)}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of "#rrggbb"."""
    h = colour.lstrip("#")
    r, g, b = (_channel(int(h[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2.1 contrast ratio between two "#rrggbb" colours (1.0 to 21.0)."""
    light, dark = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_pairs(theme: Theme) -> list[tuple[str, str]]:
    """Every (text colour, background) pair the theme draws text with; each needs 4.5:1."""
    from lagmote.steps import StepState

    c = theme.colours
    fills = [c.background, c.surface, c.info, c.neutral, c.tooltip]
    states = [style.fill for style in (state_style(s) for s in StepState)]
    pairs = [(c.text, bg) for bg in [*fills, c.ok, c.warning, c.danger, *states]]
    pairs += [(c.muted_text, bg) for bg in fills]
    pairs += [(c.accent, c.background), (c.accent, c.surface), (c.on_accent, c.accent)]
    return pairs


def non_text_pairs(theme: Theme) -> list[tuple[str, str]]:
    """Outlines and focus rings against what they sit on; each needs 3:1."""
    from lagmote.steps import StepState

    c = theme.colours
    outlines = {style.outline for style in (state_style(s) for s in StepState)}
    pairs = [(c.focus, c.background), (c.focus, c.surface), (c.text, c.background)]
    return pairs + [(outline, c.background) for outline in sorted(outlines)]


@dataclass(frozen=True)
class StateStyle:
    """How a step state looks: fill and outline colours, a symbol, a word and a shape."""

    fill: str
    outline: str
    symbol: str
    label: str
    shape: str = "circle"


def _tr(text: str) -> str:
    return QCoreApplication.translate("StepState", text)


def state_style(state: str) -> StateStyle:
    """The look of a `StepState` value. Symbols are glyphs DejaVu Sans has."""
    from lagmote.steps import StepState

    styles = {
        StepState.DONE: StateStyle(GREEN, DARK_BLUE, "✓", _tr("Gjort")),
        StepState.DONE_LATE: StateStyle(YELLOW, DARK_BLUE, "✓!", _tr("Gjort for sent")),
        StepState.DUE: StateStyle(LIGHT_BLUE, DARK_BLUE, "…", _tr("Kommer")),
        StepState.OVERDUE: StateStyle(RED, DARK_BLUE, "!", _tr("Over fristen"), "diamond"),
        StepState.WAITING: StateStyle(WHITE, MUTED_BLUE, "○", _tr("Venter"), "small"),
        StepState.NOT_NEEDED: StateStyle(LIGHT_GREY, MUTED_BLUE, "–", _tr("Ikke aktuelt"), "small"),
    }
    return styles[StepState(state)]


def build_palette(theme: Theme) -> QPalette:
    """A QPalette with the theme's colours for every colour group."""
    c = theme.colours
    roles = {
        QPalette.ColorRole.Window: c.background,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.background,
        QPalette.ColorRole.AlternateBase: c.surface,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.surface,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.BrightText: c.on_accent,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.ToolTipBase: c.tooltip,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted_text,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.LinkVisited: c.accent,
    }
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted_text))
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(c.muted_text)
    )
    return palette


_FIELDS = "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView"
_BUTTONS = "QPushButton, QToolButton"
_CHECKS = "QCheckBox, QRadioButton"


def _focus_selector(selectors: str) -> str:
    return ", ".join(f"{s.strip()}:focus" for s in selectors.split(","))


def style_sheet(theme: Theme) -> str:
    """A small style sheet whose main job is a visible keyboard focus on every control.

    A focused control gets a `focus_width` border in the focus colour; unfocused ones have
    a thinner border and that much more padding, so nothing moves when focus arrives.
    """
    c, line, focus = theme.colours, theme.line_width, theme.focus_width
    pad = theme.spacing // 2
    extra = focus - line
    return f"""
{_BUTTONS} {{
    color: {c.text}; background: {c.surface};
    border: {line}px solid {c.text}; border-radius: 4px;
    padding: {pad // 2 + extra}px {pad + extra}px;
}}
QPushButton:hover, QToolButton:hover {{ background: {c.info}; }}
QPushButton:disabled, QToolButton:disabled {{
    color: {c.muted_text}; border-color: {c.muted_text};
}}
{_focus_selector(_BUTTONS)} {{
    border: {focus}px solid {c.focus}; padding: {pad // 2}px {pad}px;
}}
{_FIELDS} {{
    color: {c.text}; background: {c.background};
    border: {line}px solid {c.muted_text}; padding: {extra + 1}px;
}}
{_focus_selector(_FIELDS)} {{ border: {focus}px solid {c.focus}; padding: 1px; }}
QHeaderView, QHeaderView:focus {{ border: none; padding: 0px; }}
QHeaderView::section {{
    color: {c.text}; background: {c.surface}; font-weight: bold;
    border: none; border-bottom: {line}px solid {c.muted_text}; padding: {pad // 2}px {pad}px;
}}
{_CHECKS} {{ border: {focus}px solid transparent; padding: 1px; }}
{_focus_selector(_CHECKS)} {{ border: {focus}px solid {c.focus}; }}
QToolTip {{ color: {c.text}; background: {c.tooltip}; border: {line}px solid {c.text}; }}
"""


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Give the whole application the theme: Fusion style, palette, font size, focus rings.

    Fusion is the one built-in style that draws with the palette on every platform, so the
    Oslo colours look the same on Windows and Linux.
    """
    app.setStyle("Fusion")
    app.setPalette(build_palette(theme))
    font = app.font()
    font.setPointSizeF(theme.base_point_size)
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme))
