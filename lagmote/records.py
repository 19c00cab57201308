"""Plain, immutable views of a youth's record that the database layer hands the UI.

Pages draw from these and never from live ORM objects, so no page can reach into the database
by accident, and a record can be shown long after the session that read it is gone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from lagmote.alerts import Alert
from lagmote.standard import CORE_GROUPS, EVALUATION_INTERVAL_DAYS, missing_core_groups, role
from lagmote.steps import CaseDates


@dataclass(frozen=True)
class YouthListItem:
    """One row of the youth list: enough to find the right youth, nothing sensitive."""

    id: int
    display_name: str
    age: int | None
    active: bool
    alerts: tuple[Alert, ...] = ()  # the standard's deadlines this youth's case is past


@dataclass(frozen=True)
class MemberInfo:
    """A member of the team around the youth."""

    id: int
    role: str
    name: str
    organisation: str = ""
    phone: str = ""
    email: str = ""
    responsibilities: str = ""
    active: bool = True  # a member who has left the team stays in the record, inactive

    @property
    def role_name(self) -> str:
        return role(self.role).name


@dataclass(frozen=True)
class LateAction:
    """An action item from a lagmøte past its date and not done."""

    text: str
    due_on: date
    owner: MemberInfo | None


@dataclass(frozen=True)
class YouthOverview:
    """What the overview page and the header show about one youth."""

    id: int
    display_name: str
    birth_date: date | None
    age: int | None
    district: str
    active: bool
    dates: CaseDates
    members: tuple[MemberInfo, ...] = field(default=())
    late_actions: tuple[LateAction, ...] = field(default=())
    evaluation_interval_days: int = EVALUATION_INTERVAL_DAYS  # the district's setting

    @property
    def oppfolger(self) -> MemberInfo | None:
        return next((m for m in self.members if m.role == "oppfolger"), None)

    @property
    def missing_core_groups(self) -> list[str]:
        """Display names of the core groups (bydel, skole, politi) the team lacks."""
        keys = missing_core_groups(m.role for m in self.members)
        return [CORE_GROUPS[key] for key in keys]
