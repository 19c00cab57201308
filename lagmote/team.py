"""The team around the youth as plain records: consent (§6) per actor, and who does what.

Consent covers sharing with an actor (a role on the team) when everyone who must consent
has a consent in force that names that role. Under 18 that is each parent on the team
(foresatte consent after hearing the youth); with no parent on the team, or from 18, it is
the youth. The follow-up's own people (oppfølger, fagansvarlig) and the family need none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from lagmote.dates import format_date
from lagmote.errors import UserError
from lagmote.i18n import t
from lagmote.plan import MAX_TEXT_CHARS, TiltakInfo, check_length
from lagmote.records import MemberInfo
from lagmote.standard import CONSENT_FORMS, ROLES, role
from lagmote.wording import join_words

ROLE_CODES = frozenset(r.code for r in ROLES)
NO_CONSENT_NEEDED = frozenset({"ungdommen", "foresatt", "oppfolger", "fagansvarlig"})
ADULT_AGE = 18

# Coverage states, worst first: what the team page shows per actor.
MISSING, WITHDRAWN, PARTIAL, COVERED, NOT_NEEDED = (
    "mangler",
    "trukket",
    "delvis",
    "dekket",
    "ikke_nodvendig",
)


@dataclass(frozen=True)
class ConsentFields:
    """A consent as the user records it."""

    given_by: str
    given_by_role: str
    shared_roles: frozenset[str]
    given_on: date
    shared_with: str = ""
    scope: str = ""
    form: str = "skriftlig"
    withdrawn_on: date | None = None
    note: str = ""

    def in_force(self, today: date) -> bool:
        return self.given_on <= today and (self.withdrawn_on is None or self.withdrawn_on > today)


@dataclass(frozen=True)
class ConsentInfo:
    id: int
    fields: ConsentFields


@dataclass(frozen=True)
class Coverage:
    """Whether sharing with one actor is covered by consent, in one state and in words."""

    state: str
    words: str

    @property
    def problem(self) -> bool:
        return self.state in (MISSING, WITHDRAWN, PARTIAL)

    @property
    def short(self) -> str:
        """For a narrow column: a problem is always said in full, the rest in two words."""
        if self.state == COVERED:
            return t("Samtykke gitt")
        return t("Trengs ikke") if self.state == NOT_NEEDED else self.words


def consenters(members: Sequence[MemberInfo], youth_age: int | None) -> tuple[str, ...]:
    """Whose consent counts: the parents on the team, or the youth (no parent, or 18+)."""
    parents = tuple(m.name for m in members if m.role == "foresatt" and m.name)
    if parents and (youth_age is None or youth_age < ADULT_AGE):
        return parents
    youth = tuple(m.name for m in members if m.role == "ungdommen" and m.name)
    return youth or ("ungdommen",)


def coverage(
    role_code: str,
    consents: Sequence[ConsentInfo],
    members: Sequence[MemberInfo],
    today: date,
    youth_age: int | None = None,
) -> Coverage:
    """Whether sharing with ``role_code`` is covered today."""
    if role_code in NO_CONSENT_NEEDED:
        return Coverage(NOT_NEEDED, t("Trenger ikke samtykke"))
    naming = [c.fields for c in consents if role_code in c.fields.shared_roles]
    given = {c.given_by for c in naming if c.in_force(today)}
    needed = consenters(members, youth_age)
    missing = [name for name in needed if name not in given]
    if not missing:
        return Coverage(COVERED, t("Samtykke fra {names}").format(names=join_words(needed)))
    withdrawn = _withdrawn_by(naming, today)
    if len(missing) < len(needed):
        # One parent withdrew while the other's consent stands: say so, not only "missing".
        gone = [name for name in missing if name in withdrawn]
        if gone:
            when = format_date(max(withdrawn[name] for name in gone))
            words = t("{names} trakk samtykket tilbake {date}")
            return Coverage(WITHDRAWN, words.format(names=join_words(gone), date=when))
        return Coverage(
            PARTIAL, t("Mangler samtykke fra {names}").format(names=join_words(missing))
        )
    if withdrawn:
        when = format_date(max(withdrawn.values()))
        return Coverage(WITHDRAWN, t("Samtykket ble trukket tilbake {date}").format(date=when))
    return Coverage(MISSING, t("Ingen samtykke til å dele informasjon"))


def _withdrawn_by(consents: Iterable[ConsentFields], today: date) -> dict[str, date]:
    """Per person: the last date they withdrew a consent (by ``today``)."""
    found: dict[str, date] = {}
    for c in consents:
        if c.withdrawn_on is not None and c.withdrawn_on <= today:
            found[c.given_by] = max(c.withdrawn_on, found.get(c.given_by, c.withdrawn_on))
    return found


def check_consent(fields: ConsentFields) -> None:
    if not fields.given_by.strip():
        raise UserError(t("Skriv hvem som gir samtykket."))
    check_length(fields.given_by, 200, t("Navnet"))
    if fields.given_by_role not in ROLE_CODES:
        raise UserError(t("Ukjent rolle: «{role}».").format(role=fields.given_by_role))
    unknown = fields.shared_roles - ROLE_CODES
    if unknown:
        raise UserError(t("Samtykket kan bare gjelde roller i laget."))
    if not fields.shared_roles and not fields.shared_with.strip():
        raise UserError(t("Velg hvem informasjonen kan deles med."))
    if fields.form not in CONSENT_FORMS:
        raise UserError(t("Samtykket må være skriftlig eller muntlig."))
    if fields.withdrawn_on is not None and fields.withdrawn_on < fields.given_on:
        raise UserError(t("Et samtykke kan ikke trekkes tilbake før det ble gitt."))
    check_length(fields.shared_with, 300, t("Teksten om hvem det deles med"))
    for text in (fields.scope, fields.note):
        check_length(text, MAX_TEXT_CHARS, t("Teksten"))


def format_roles(codes: Iterable[str]) -> str:
    """Role codes as stored: sorted, comma-separated."""
    return ",".join(sorted(set(codes)))


def parse_roles(text: str) -> frozenset[str]:
    """Stored role codes back as a set; codes this program does not know are dropped."""
    return frozenset(c.strip() for c in text.split(",") if c.strip() in ROLE_CODES)


# --- the team's members, as the user edits them --------------------------------------------


@dataclass(frozen=True)
class MemberFields:
    role: str
    name: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    responsibilities: str = ""


def standard_responsibilities(role_code: str) -> str:
    """The §4 responsibilities of a role, one per line, to prefill a new member with."""
    return "\n".join(role(role_code).responsibilities)


def check_member(fields: MemberFields) -> None:
    if fields.role not in ROLE_CODES:
        raise UserError(t("Ukjent rolle: «{role}».").format(role=fields.role))
    check_length(fields.name, 200, t("Navnet"))
    check_length(fields.organisation, 200, t("Virksomheten"))
    check_length(fields.phone, 40, t("Telefonnummeret"))
    check_length(fields.email, 200, t("E-postadressen"))
    if fields.email and ("@" not in fields.email or " " in fields.email.strip()):
        raise UserError(t("E-postadressen ser ikke riktig ut; den må ha en @ og ingen mellomrom."))
    check_length(fields.responsibilities, MAX_TEXT_CHARS, t("Ansvaret"))


# --- who does what ------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionItemInfo:
    """Who does what by when, agreed at a lagmøte."""

    id: int
    lagmote_id: int
    owner_id: int | None
    text: str
    due_on: date | None = None
    done_on: date | None = None

    def is_late(self, today: date) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class DutyItem:
    """One thing an actor is to do: a measure from the plan, or an action from a meeting."""

    kind: str  # "tiltak" or "oppgave"
    text: str
    due_on: date | None
    done: bool
    late: bool
    closed: bool  # done, or (a measure) stopped
    sensitive: bool = False  # a measure under a goal in an area hidden in meeting mode


@dataclass(frozen=True)
class ActorDuties:
    """Everything one actor is responsible for, with counts that keep delays in sight."""

    member: MemberInfo
    items: tuple[DutyItem, ...] = field(default=())

    @property
    def open(self) -> int:
        return sum(not i.closed for i in self.items)

    @property
    def done(self) -> int:
        return sum(i.done for i in self.items)

    @property
    def late(self) -> int:
        return sum(i.late for i in self.items)


def duties(
    members: Sequence[MemberInfo],
    tiltak: Iterable[TiltakInfo],
    actions: Iterable[ActionItemInfo],
    today: date,
    sensitive_tiltak: frozenset[int] = frozenset(),
) -> tuple[ActorDuties, ...]:
    """Per member (in team order): their measures and action items, late ones first.

    Measures in ``sensitive_tiltak`` are counted like any other (no delay hides), and their
    items say so, for meeting mode to show them without their text."""
    items: dict[int, list[DutyItem]] = {m.id: [] for m in members}
    for measure in tiltak:
        fields, owner = measure.fields, measure.fields.responsible_id
        if owner in items:
            done = fields.status == "fullfort"
            closed = fields.status in ("fullfort", "avbrutt")
            late, sensitive = measure.is_late(today), measure.id in sensitive_tiltak
            items[owner].append(
                DutyItem("tiltak", fields.text, fields.due_on, done, late, closed, sensitive)
            )
    for a in actions:
        if a.owner_id in items:
            done = a.done_on is not None
            items[a.owner_id].append(
                DutyItem("oppgave", a.text, a.due_on, done, a.is_late(today), done)
            )
    return tuple(ActorDuties(m, tuple(sorted(items[m.id], key=_duty_order))) for m in members)


def _duty_order(item: DutyItem) -> tuple[bool, bool, date]:
    return (not item.late, item.closed, item.due_on or date.max)


@dataclass(frozen=True)
class TeamView:
    """Everything the team page shows: members (those who left too), consents, and what
    each member is responsible for."""

    youth_id: int
    members: tuple[MemberInfo, ...] = ()
    consents: tuple[ConsentInfo, ...] = ()
    tiltak: tuple[TiltakInfo, ...] = ()
    actions: tuple[ActionItemInfo, ...] = ()
    youth_age: int | None = None
    # Measures under a goal in a sensitive area (§7.3): not shown in meeting mode.
    sensitive_tiltak: frozenset[int] = frozenset()

    @property
    def active_members(self) -> tuple[MemberInfo, ...]:
        return tuple(m for m in self.members if m.active)

    def member(self, member_id: int) -> MemberInfo | None:
        return next((m for m in self.members if m.id == member_id), None)

    def coverage(self, role_code: str, today: date) -> Coverage:
        return coverage(role_code, self.consents, self.active_members, today, self.youth_age)

    def duties(self, today: date) -> tuple[ActorDuties, ...]:
        return duties(self.active_members, self.tiltak, self.actions, today, self.sensitive_tiltak)
