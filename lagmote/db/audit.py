"""Who does what to which record: the audit log's rows, shared by every way of writing them.

:class:`~lagmote.db.store.Store` writes them with SQLAlchemy; the quick read behind
``lagmote export-plan`` (:mod:`lagmote.db.quick`) writes them with plain SQL. Both take the
values from :func:`audit_values`, so a row means the same whichever way it was written. No
SQLAlchemy here: the quick path must not load it.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import Any

AUDIT_COLUMNS = (
    "actor", "actor_role", "actor_org", "db_role", "youth_id", "action", "object",
    "object_id", "detail",
)  # fmt: skip
"""Every column of ``audit_log`` but ``id`` and ``at`` (the database's own clock sets it)."""


@dataclass(frozen=True)
class Actor:
    """Who is using the program, as set at first start; written on every audit row."""

    name: str
    role: str = ""
    organisation: str = ""

    @classmethod
    def current(cls) -> Actor:
        """The user as set at first start (:mod:`lagmote.profile`), or the OS user."""
        from lagmote.profile import load_profile

        profile = load_profile()
        if profile is None:
            return cls.from_os_user()
        return cls(profile.name, profile.role_name, profile.organisation)

    @classmethod
    def from_os_user(cls) -> Actor:
        try:
            return cls(name=getpass.getuser())
        except (KeyError, OSError):
            return cls(name="ukjent")


@dataclass(frozen=True)
class AuditEvent:
    """One thing to log: an action on an object in a youth's record. No personal data."""

    action: str
    object: str
    youth_id: int | None = None
    object_id: int | None = None
    detail: str = ""


def audit_values(actor: Actor, db_role: str, event: AuditEvent) -> dict[str, Any]:
    """The row for ``event`` done by ``actor``: a value for each of :data:`AUDIT_COLUMNS`."""
    return {
        "actor": actor.name,
        "actor_role": actor.role,
        "actor_org": actor.organisation,
        "db_role": db_role,
        "youth_id": event.youth_id,
        "action": event.action,
        "object": event.object,
        "object_id": event.object_id,
        "detail": event.detail,
    }
