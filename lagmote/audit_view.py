"""The audit log in words the youth and the family know: who looked at or changed what, when.

A youth has the right to see who has read their record. The log stores codes ("read",
"youth", "plan"); this module turns a row into a line such as

    01.12.2026 14:03 · Jonas Prøve Berg (Én-til-én-oppfølger, Bydel X) leste planen

Times are shown in Oslo's local time. Reads by one person within a minute become one line
("leste oversikten og planen (3 ganger)"), so that a page opened ten times is not ten lines.
Pure: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from lagmote.standard import (
    INCIDENT_PLAN_FIELDS,
    LAGMOTE_AGENDA,
    PERSPECTIVES,
    PLAN_SECTIONS,
    ROLES,
    STEPS,
)
from lagmote.wording import join_words

OSLO: Final = ZoneInfo("Europe/Oslo")
SAME_LOOK: Final = timedelta(minutes=1)
"""Reads by one person this close to the newest of them are one line."""

ACTIONS: Final = ("read", "list", "create", "update", "delete", "export", "import", "print")
"""Every action the database accepts (the CHECK constraint on ``audit_log.action``)."""


@dataclass(frozen=True)
class AuditLine:
    """One row of the audit log, as plain data. ``at`` is timezone-aware (UTC)."""

    at: datetime
    actor: str
    actor_role: str
    actor_org: str
    db_role: str
    youth_id: int | None
    action: str
    object: str
    object_id: int | None
    detail: str


@dataclass(frozen=True)
class AuditGroup:
    """Lines shown as one: a single line, or reads by one person within a minute.

    ``lines`` are newest first, as the log is shown."""

    lines: tuple[AuditLine, ...]

    @property
    def newest(self) -> AuditLine:
        return self.lines[0]

    @property
    def action(self) -> str:
        return self.newest.action

    @property
    def count(self) -> int:
        return len(self.lines)


# --- the words ---------------------------------------------------------------------------

VERBS: Final[dict[str, str]] = {
    "read": "leste",
    "list": "så listen over",
    "create": "la til",
    "update": "endret",
    "delete": "slettet",
    "export": "lagret",
    "import": "leste inn",
    "print": "skrev ut",
}

OBJECT_WORDS: Final[dict[str, str]] = {
    "youth": "saken",
    "goal": "et mål",
    "goal_rating": "en vurdering av et mål",
    "plan_section": "planen",
    "tiltak": "et tiltak",
    "schedule_entry": "noe i uka",
    "kartlegging": "en kartlegging",
    "area_rating": "en vurdering i kartleggingen",
    "team_member": "en person i laget",
    "consent": "et samtykke",
    "lagmote": "et lagmøte",
    "agenda_note": "et notat fra et lagmøte",
    "attendee": "en deltaker på et lagmøte",
    "decision": "et vedtak fra et lagmøte",
    "action_item": "en oppgave fra et lagmøte",
    "evaluation": "en evaluering",
    "evaluation_answer": "et svar i en evaluering",
    "closing": "avslutningen av saken",
    "step": "et steg i saken",
    "setting": "en innstilling",
    "report": "rapporten til Velferdsetaten",
    "audit_log": "loggen over hvem som har sett saken",
    "database": "databasen",
    "service_note": "et tjenestenotat",
    "team_access": "en bruker i laget",
}
"""What each kind of object is called after a verb ("la til et mål", "endret et tiltak")."""

VERB_FOR: Final[dict[tuple[str, str], str]] = {
    ("create", "plan_section"): "skrev i",
    ("delete", "team_access"): "tok bort",
}
"""A verb of its own for one kind of object: "skrev i planen (Mine mål)"."""

THINGS: Final[dict[tuple[str, str], str]] = {
    ("database", "recovery_key"): "gjenopprettingsnøkkelen til databasen",
}
"""An object with this detail, in words of its own: "skrev ut gjenopprettingsnøkkelen …"."""

READ_PARTS: Final[dict[str, str]] = {
    "": "saken",
    "overview": "oversikten",
    "plan": "planen",
    "week": "uka",
    "kartlegging": "kartleggingen",
    "team": "laget",
    "lagmoter": "lagmøtene",
    "evaluations": "evalueringene",
    "name": "navnet",
    "sheet": "planen på én side",
}
"""Which part of the youth's record a read was of (the detail of a read of ``youth``)."""

SPECIAL: Final[dict[tuple[str, str, str], str]] = {
    ("list", "youth", ""): "så listen over ungdommer",
    ("list", "report", ""): "hentet tallene til rapporten til Velferdsetaten",
    ("list", "audit_log", ""): "leste hele loggen over hvem som har sett sakene",
    ("import", "youth", ""): "leste inn saken fra en fil",
    ("export", "youth", ""): "lagret hele saken som fil",
    ("export", "youth", "calendar"): "lagret uka som kalenderfil",
    ("export", "youth", "minutes"): "lagret referatet fra et lagmøte som PDF",
    ("export", "youth", "evaluation"): "lagret evalueringen som PDF",
    ("export", "youth", "render"): "lagret et bilde av skjermen",
    ("export", "youth", "sheet"): "lagret planen på én side som PDF",
    ("export", "youth", "full_plan"): "lagret hele planen som PDF",
    ("export", "youth", "archive"): "lagret saken i arkivet",
    ("delete", "youth", "erased"): "slettet saken fra databasen etter at den ble arkivert",
    ("export", "database", "backup"): "tok en sikkerhetskopi av hele databasen",
    ("import", "database", "restore"): "gjenopprettet databasen fra en sikkerhetskopi",
    ("print", "youth", ""): "skrev ut saken",
    ("print", "youth", "sheet"): "skrev ut planen på én side",
    ("update", "youth", "status"): "endret om saken er åpen eller avsluttet",
    ("update", "youth", "sensitive_areas"): "endret hvilke områder i kartleggingen som skjermes",
    ("create", "closing", ""): "avsluttet saken",
    ("update", "closing", "reopened"): "åpnet saken igjen",
    ("update", "lagmote", "date"): "endret datoen for et lagmøte",
    ("update", "lagmote", "held"): "merket et lagmøte som holdt",
    ("update", "evaluation", "draft"): "skrev i en evaluering",
    ("update", "evaluation", "completed"): "fullførte en evaluering",
    ("update", "team_member", "active"): "endret om en person er med i laget",
}
"""Whole phrases where verb and object word would read badly. Never a read: reads are
joined into one line by their object words."""

RAW_DETAIL: Final = frozenset({"report"})
"""Objects whose detail is shown as it is (the report's period), never looked up."""


def _detail_words() -> dict[str, str]:
    words = {s.key: s.title for s in (*PLAN_SECTIONS, *INCIDENT_PLAN_FIELDS)}
    words |= {item.key: item.title for item in LAGMOTE_AGENDA}
    words |= {code: name.lower() for code, name in PERSPECTIVES.items()}
    words |= {step.key: step.name.lower() for step in STEPS}
    words |= {"youth_words": "ungdommens ord", "notes": "notater"}
    words |= {
        "evaluation_interval_months": "hvor ofte evalueringen gjøres",
        "auto_lock_minutes": "når vinduet låser seg",
    }
    return words


DETAIL_WORDS: Final[dict[str, str]] = _detail_words()
"""Details named in parentheses: "endret planen (Mine mål)"."""

_ROLE_NAMES: Final[dict[str, str]] = {role.code: role.name for role in ROLES}


# --- wording ----------------------------------------------------------------------------


def phrase(action: str, obj: str, detail: str = "") -> str | None:
    """What was done, from the verb on: "leste planen", "la til et mål"; None when the
    action, the object or the detail has no words yet."""
    key = detail if obj not in RAW_DETAIL else ""
    special = SPECIAL.get((action, obj, key))
    if special is not None:
        return special + _raw_suffix(obj, detail)
    thing = read_thing(obj, detail) if action == "read" else _thing(obj, detail)
    verb = VERB_FOR.get((action, obj), VERBS.get(action))
    return None if verb is None or thing is None else f"{verb} {thing}"


def read_thing(obj: str, detail: str) -> str | None:
    """What a read was of: "planen", "loggen over hvem som har sett saken"."""
    if obj == "youth":
        return READ_PARTS.get(detail)
    return _thing(obj, detail)


def _thing(obj: str, detail: str) -> str | None:
    if (obj, detail) in THINGS:
        return THINGS[obj, detail]
    word = OBJECT_WORDS.get(obj)
    if word is None:
        return None
    if obj in RAW_DETAIL:
        return word + _raw_suffix(obj, detail)
    if not detail:
        return word
    named = DETAIL_WORDS.get(detail)
    return None if named is None else f"{word} ({named})"


def _raw_suffix(obj: str, detail: str) -> str:
    return f" ({detail})" if obj in RAW_DETAIL and detail else ""


def describe(line: AuditLine) -> str:
    """:func:`phrase`, or the codes themselves for something not worded yet."""
    worded = phrase(line.action, line.object, line.detail)
    return worded or " ".join(p for p in (line.action, line.object, line.detail) if p)


def group_text(group: AuditGroup) -> str:
    """What the group did: one line's phrase, or the reads joined, oldest first."""
    if group.count == 1:
        return describe(group.newest)
    things = _distinct(read_thing(x.object, x.detail) or x.object for x in reversed(group.lines))
    times = f" ({group.count} ganger)" if group.count > len(things) else ""
    return f"{VERBS['read']} {join_words(things)}{times}"


def _distinct(words: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(words))


def who(line: AuditLine) -> str:
    """ "Jonas Prøve Berg (Én-til-én-oppfølger, Bydel X)"; a known role code by its name."""
    role = _ROLE_NAMES.get(line.actor_role, line.actor_role)
    about = ", ".join(p for p in (role, line.actor_org) if p)
    return f"{line.actor} ({about})" if about else line.actor


def local_time(at: datetime) -> datetime:
    """``at`` in Oslo; a time without a zone is UTC (SQLite's clock gives those)."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return aware.astimezone(OSLO)


def when(at: datetime) -> str:
    """ "01.12.2026 14:03", Oslo time."""
    return local_time(at).strftime("%d.%m.%Y %H:%M")


def sentence(group: AuditGroup) -> str:
    """The whole line: "01.12.2026 14:03 · Jonas Prøve Berg (…) leste planen"."""
    return f"{when(group.newest.at)} · {who(group.newest)} {group_text(group)}"


# --- grouping ----------------------------------------------------------------------------


def group_reads(lines: Sequence[AuditLine]) -> tuple[AuditGroup, ...]:
    """``lines`` (newest first) as shown: reads by one person within a minute as one."""
    groups: list[list[AuditLine]] = []
    for line in lines:
        if groups and _same_look(groups[-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    return tuple(AuditGroup(tuple(g)) for g in groups)


def _same_look(group: list[AuditLine], line: AuditLine) -> bool:
    newest = group[0]
    return (
        line.action == newest.action == "read"
        and line.object == newest.object  # reading the log is a line of its own
        and _person(line) == _person(newest)
        and line.youth_id == newest.youth_id
        and abs(local_time(newest.at) - local_time(line.at)) <= SAME_LOOK
    )


def _person(line: AuditLine) -> tuple[str, str, str]:
    return line.actor, line.actor_role, line.actor_org


def reads_only(groups: Iterable[AuditGroup]) -> tuple[AuditGroup, ...]:
    """The groups that are reads (the filter «Bare lesing»)."""
    return tuple(g for g in groups if g.action == "read")


# --- the command line ----------------------------------------------------------------------


def cli_line(line: AuditLine) -> str:
    """One tab-separated line: ISO time (Oslo, with offset), who, role, organisation,
    action, object, youth id, detail; an empty field is "-"."""
    fields = (
        local_time(line.at).isoformat(timespec="seconds"),
        line.actor,
        line.actor_role,
        line.actor_org,
        line.action,
        line.object,
        "" if line.youth_id is None else str(line.youth_id),
        line.detail,
    )
    return "\t".join(_field(f) for f in fields)


def _field(text: str) -> str:
    flat = " ".join(text.split())  # a tab or a newline in a name must not break the line
    return flat or "-"
