"""The team and the consents of the full plan (:mod:`lagmote.full_plan`).

Every member (those who left the team last) with role, organisation, phone, e-mail and
responsibilities; every consent with who gave it, to sharing with whom and what, from when
and when it was withdrawn; and, per actor on the team, whether sharing is covered today.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from lagmote.dates import format_date
from lagmote.minutes import role_name
from lagmote.records import MemberInfo
from lagmote.standard import CONSENT_FORMS
from lagmote.team import NOT_NEEDED, ConsentInfo, TeamView

NOT_WITHDRAWN = "–"


@dataclass(frozen=True)
class TeamLine:
    """A member of the team, as the team table shows them."""

    name: str
    role: str
    organisation: str = ""
    phone: str = ""
    email: str = ""
    responsibilities: tuple[str, ...] = ()
    active: bool = True


def team_lines(members: Sequence[MemberInfo]) -> tuple[TeamLine, ...]:
    """Every member in the team's order, those who have left the team last."""
    ordered = [m for m in members if m.active] + [m for m in members if not m.active]
    return tuple(_team_line(m) for m in ordered)


def _team_line(m: MemberInfo) -> TeamLine:
    duties = tuple(line.strip() for line in m.responsibilities.splitlines() if line.strip())
    return TeamLine(
        m.name.strip(), role_name(m.role), m.organisation.strip(), m.phone.strip(),
        m.email.strip(), duties, m.active,
    )  # fmt: skip


@dataclass(frozen=True)
class ConsentLine:
    """One consent: who gave it, to sharing with whom and what, from when, withdrawn when."""

    given_by: str
    given_by_role: str
    shared_with: str  # the roles' names, and the free text
    scope: str
    form: str
    given_on: date
    withdrawn_on: date | None = None
    in_force: bool = True
    note: str = ""

    @property
    def given_text(self) -> str:
        return format_date(self.given_on)

    @property
    def withdrawn_text(self) -> str:
        return format_date(self.withdrawn_on) if self.withdrawn_on is not None else NOT_WITHDRAWN

    @property
    def state(self) -> str:
        """ "gjelder", "trukket tilbake" or "gjelder ikke ennå": in words."""
        if self.in_force:
            return "gjelder"
        return "trukket tilbake" if self.withdrawn_on is not None else "gjelder ikke ennå"


def consent_lines(team: TeamView, today: date) -> tuple[ConsentLine, ...]:
    return tuple(_consent_line(c, today) for c in team.consents)


def _consent_line(consent: ConsentInfo, today: date) -> ConsentLine:
    f = consent.fields
    roles = [role_name(code) for code in sorted(f.shared_roles)]
    shared = "; ".join(part for part in (", ".join(roles), f.shared_with.strip()) if part)
    return ConsentLine(
        given_by=f.given_by.strip(),
        given_by_role=role_name(f.given_by_role),
        shared_with=shared,
        scope=f.scope.strip(),
        form=CONSENT_FORMS.get(f.form, f.form),
        given_on=f.given_on,
        withdrawn_on=f.withdrawn_on,
        in_force=f.in_force(today),
        note=f.note.strip(),
    )


@dataclass(frozen=True)
class CoverageLine:
    """Whether sharing with one actor on the team is covered by consent today."""

    role: str
    words: str
    problem: bool


def coverage_lines(team: TeamView, today: date) -> tuple[CoverageLine, ...]:
    """Per role on the team (those who left too) that needs consent, in the team's order."""
    codes = dict.fromkeys(m.role for m in team.members)
    found = [(code, team.coverage(code, today)) for code in codes]
    return tuple(
        CoverageLine(role_name(code), c.words, c.problem)
        for code, c in found
        if c.state != NOT_NEEDED
    )
