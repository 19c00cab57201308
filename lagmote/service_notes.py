"""Notes that belong to one service on the team: the police, child welfare or health.

What a service knows under its own duty of confidentiality is not the team's to read. Such
a note is written and read only by users of that service: in a shared database the database
itself enforces it (row-level security), and the program shows a service's notes only to a
user whose role is that service. They are never shown in meeting mode, nor printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from lagmote.errors import UserError
from lagmote.i18n import t
from lagmote.plan import MAX_TEXT_CHARS, check_length

SERVICES: Final = ("politi", "barnevern", "helse")
"""The role codes (of :mod:`lagmote.standard`) whose users keep notes of their own."""


@dataclass(frozen=True)
class ServiceNoteInfo:
    """One note as shown to its service."""

    id: int
    service: str
    written_on: date
    written_by: str
    text: str


def service_of(role: str | None) -> str | None:
    """The service whose notes a user with team role ``role`` reads, or None."""
    return role if role in SERVICES else None


def check_note(service: str, text: str) -> str:
    """The note's text, stripped; refuses an empty note or an unknown service."""
    if service not in SERVICES:
        raise UserError(t("Bare politiet, barnevernet og helsetjenesten har egne notater."))
    stripped = text.strip()
    if not stripped:
        raise UserError(t("Notatet er tomt."))
    check_length(stripped, MAX_TEXT_CHARS, t("Notatet"))
    return stripped
