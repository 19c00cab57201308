"""What the pages hold that is not saved, as text the user can copy out.

Every field that saves itself (:class:`~lagmote.ui.plan_fields.AutosaveText`) knows
whether it holds typing not yet saved, and carries its title as its accessible name; a field
inside a goal card also gets the card's heading ("Mål 2"), since every card has fields with
the same titles. One-line fields count on a page that says it has unsaved typing, when they
were edited since they were last filled.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from lagmote.ui.plan_fields import AutosaveText


def unsaved_texts(pages: Iterable[QWidget]) -> list[tuple[str, str]]:
    """(title, text) for every field on ``pages`` whose text is not saved."""
    found: list[tuple[str, str]] = []
    for page in pages:
        found += [
            (_title(field, page), field.toPlainText())
            for field in page.findChildren(AutosaveText)
            if field.dirty
        ]
        if _has_unsaved(page):
            found += [
                (_title(line, page), line.text())
                for line in page.findChildren(QLineEdit)
                if line.isModified() and line.text() and line.isVisibleTo(page)
            ]
    return found


def as_clipboard_text(texts: list[tuple[str, str]]) -> str:
    """The titles and texts, a blank line between fields."""
    return "\n\n".join(f"{title}:\n{text}" for title, text in texts)


def _has_unsaved(page: QWidget) -> bool:
    check = getattr(page, "has_unsaved", None)
    return bool(check()) if callable(check) else False


def _title(field: QWidget, page: QWidget) -> str:
    """The field's own title, after the heading of the card it sits in (if any)."""
    name = field.accessibleName()
    if not name and isinstance(field, QLineEdit):
        name = field.placeholderText()
    parent = field.parentWidget()
    while parent is not None and parent is not page:
        heading = getattr(parent, "heading", None)
        if isinstance(heading, QLabel) and heading.text():
            return f"{heading.text()} – {name}" if name else heading.text()
        parent = parent.parentWidget()
    return name
