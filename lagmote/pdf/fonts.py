"""The font every PDF uses: found on this machine, with æ, ø, å and Arabic letters, and
registered once with reportlab. Kept apart from :mod:`lagmote.pdf.common` (which loads
reportlab's platypus) so that the one-page plan loads only what it draws with.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lagmote.errors import UserError

__all__ = [
    "ARABIC_SAMPLE",
    "BOLD",
    "FONT_FILES",
    "NORWEGIAN_SAMPLE",
    "REGULAR",
    "FontChoice",
    "find_font",
    "font_folders",
    "register_fonts",
]

REGULAR: Final = "LagmoteSans"
BOLD: Final = "LagmoteSans-Bold"

FONT_FILES: Final[tuple[tuple[str, str], ...]] = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),  # Linux: fonts-dejavu-core
    ("segoeui.ttf", "segoeuib.ttf"),  # Windows
    ("arial.ttf", "arialbd.ttf"),  # Windows
    ("Arial.ttf", "Arial Bold.ttf"),  # macOS
)
NORWEGIAN_SAMPLE: Final = "æøåÆØÅé–«»"
ARABIC_SAMPLE: Final = "\u0627\u0644\u0633\ufe8d\ufeb3\ufefb"  # letters and joined forms


def font_folders() -> list[Path]:
    """Where fonts live, most likely first: the installed program's own copy, then the
    folders of Linux, Windows and macOS."""
    home = Path.home()
    windows = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
    local = Path(os.environ.get("LOCALAPPDATA", home)) / "Microsoft" / "Windows" / "Fonts"
    return [
        *_bundled_fonts(),
        Path("/usr/share/fonts/truetype/dejavu"),  # Debian, Ubuntu
        Path("/usr/share/fonts/dejavu-sans-fonts"),  # Fedora
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/share/fonts/TTF"),  # Arch
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        windows,
        local,
        Path("/System/Library/Fonts/Supplemental"),
        Path("/Library/Fonts"),
    ]


def _bundled_fonts() -> list[Path]:
    """``fonts/`` inside the PyInstaller bundle (``sys._MEIPASS`` is set only there), where
    installer/lagmote.spec puts DejaVu Sans, so every installation writes the same PDFs;
    nothing when run from source."""
    bundle = getattr(sys, "_MEIPASS", None)
    return [Path(bundle) / "fonts"] if bundle else []


@dataclass(frozen=True)
class FontChoice:
    regular: Path
    bold: Path
    arabic: bool  # whether the font has Arabic letters


def find_font(folders: Sequence[Path] | None = None) -> FontChoice:
    """The first font pair with æ, ø, å and Arabic; else the first with æ, ø and å."""
    fallback: FontChoice | None = None
    for regular, bold in _existing_pairs(font_folders() if folders is None else folders):
        chars = _covered(regular)
        if not set(NORWEGIAN_SAMPLE) <= chars:
            continue
        choice = FontChoice(regular, bold, set(ARABIC_SAMPLE) <= chars)
        if choice.arabic:
            return choice
        fallback = fallback or choice
    if fallback is None:
        raise UserError("Fant ingen skrift til PDF-en på maskinen; installer fonts-dejavu-core.")
    return fallback


def _existing_pairs(folders: Sequence[Path]) -> Iterator[tuple[Path, Path]]:
    for regular, bold in FONT_FILES:
        for folder in folders:
            if (folder / regular).is_file() and (folder / bold).is_file():
                yield folder / regular, folder / bold


def _covered(path: Path) -> set[str]:
    font = _parsed(path)
    if font is None:  # a broken or unreadable font file is skipped, like a missing one
        return set()
    cmap = font.face.charToGlyph
    return {ch for ch in NORWEGIAN_SAMPLE + ARABIC_SAMPLE if ord(ch) in cmap}


@cache
def _parsed(path: Path) -> TTFont | None:
    """The font file read once (reading it costs tens of milliseconds): the same object
    answers the probe and is registered as :data:`REGULAR`."""
    try:
        return TTFont(REGULAR, str(path))
    except Exception:
        return None


@cache
def register_fonts() -> FontChoice:
    """Find the font and register it once as :data:`REGULAR` and :data:`BOLD`."""
    choice = find_font()
    pdfmetrics.registerFont(_parsed(choice.regular) or TTFont(REGULAR, str(choice.regular)))
    pdfmetrics.registerFont(TTFont(BOLD, str(choice.bold)))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return choice
