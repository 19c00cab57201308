"""The ``lagmote-ungdom`` JSON format as data: its tables, their fields and allowed values.

The fields of each table are read from the SQLAlchemy model's columns, so a column added to
a model shows up in the format (and the format test and ``docs/json-format.md`` must follow,
with a new :data:`FORMAT_VERSION`). What the models cannot say is written here: the document
key of each table, which column points at which other row (by document-local ``ref``), and
the codes and number ranges the Oslostandard allows. A test keeps those codes and ranges
equal to the models' CHECK constraints.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Final, Literal

from sqlalchemy import Boolean, Date, Integer, String, UniqueConstraint
from sqlalchemy import Table as SaTable
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.sql.type_api import TypeEngine

from lagmote.closing import CLOSING_REASONS
from lagmote.db.models import (
    ActionItem,
    AgendaNote,
    AreaRating,
    Attendee,
    Base,
    Closing,
    Consent,
    Decision,
    Evaluation,
    EvaluationAnswer,
    Goal,
    GoalRating,
    Kartlegging,
    Lagmote,
    PlanSection,
    ScheduleEntry,
    Step,
    TeamMember,
    Tiltak,
    Youth,
)
from lagmote.errors import UserError
from lagmote.standard import (
    CONSENT_FORMS,
    EVALUATION_PERSPECTIVES,
    GENDERS,
    INCIDENT_PLAN_FIELDS,
    JUDGEMENTS,
    LAGMOTE_AGENDA,
    PERSPECTIVES,
    PLAN_SECTIONS,
    RECOMMENDATIONS,
    REFERRAL_SOURCES,
    ROLES,
    SCHEDULE_KINDS,
    TILTAK_STATUSES,
)

FORMAT: Final = "lagmote-ungdom"
FORMAT_VERSION: Final = 3

MAX_ROWS: Final = 10_000
"""Most rows one list may hold; far above any real case, low enough to stop a flood."""
TEXT_MAX: Final = 100_000
"""Most characters in a free-text (``Text``) field."""
INT_MIN: Final = -(2**31)
INT_MAX: Final = 2**31 - 1
"""Integers are 32-bit in PostgreSQL; anything outside is refused before it gets there."""

SKIPPED_COLUMNS: Final = frozenset({"id", "version", "created_at", "updated_at"})
"""Database bookkeeping, never in the document."""

STEP_KINDS: Final = ("henvisning", "inntaksmote", "oppstartsmote", "iverksetting", "avslutning")
"""The steps stored in the ``step`` table; the recurring ones have tables of their own."""
YOUTH_STATUSES: Final = ("aktiv", "avsluttet")
ROLE_CODES: Final = tuple(r.code for r in ROLES)
PLAN_KEYS: Final = tuple(s.key for s in (*PLAN_SECTIONS, *INCIDENT_PLAN_FIELDS))
AREA_RANGE: Final = (1, 12)
AGENDA_KEYS: Final = tuple(item.key for item in LAGMOTE_AGENDA)

Kind = Literal["str", "int", "bool", "date"]


class TransferError(UserError, ValueError):
    """A document that cannot be read or imported; the message is one sentence, safe to show.

    Messages name the field by its path (``goals[2].ratings[0].value``) and the kind of value
    found, never the value itself, since it may be personal data.
    """


@dataclass(frozen=True)
class Ref:
    """A column that points at another row of the same youth, by that row's ``ref``."""

    name: str
    """The field's name in the document, such as ``goal_ref``."""
    target: str
    """The key of the table pointed at, such as ``goals``."""


@dataclass(frozen=True)
class Field:
    """One field of a row in the document, and the column it is stored in."""

    name: str
    column: str
    kind: Kind
    nullable: bool
    max_length: int | None = None
    codes: tuple[str, ...] | None = None
    bounds: tuple[int, int] | None = None
    target: str | None = None


@dataclass(frozen=True)
class Table:
    """One list in the document (or the youth object), stored in one model's table."""

    key: str
    model: type[Base]
    parent: str | None
    """The column pointing at the parent row (left out of the document)."""
    refs: Mapping[str, Ref] = field(default_factory=dict)
    codes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    bounds: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    children: tuple[Table, ...] = ()
    has_ref: bool = False
    """Whether rows carry a ``ref`` because other rows point at them."""

    @cached_property
    def fields(self) -> tuple[Field, ...]:
        """The document fields, in the model's column order."""
        columns = sa_inspect(self.model).columns
        return tuple(
            self._field(key, column.type, bool(column.nullable))
            for key, column in columns.items()
            if key not in SKIPPED_COLUMNS and key != self.parent
        )

    @cached_property
    def keys(self) -> tuple[str, ...]:
        """Every key a row of this table has in the document, in order."""
        ref = ("ref",) if self.has_ref else ()
        return (*ref, *(f.name for f in self.fields), *(c.key for c in self.children))

    @cached_property
    def unique(self) -> tuple[tuple[str, ...], ...]:
        """Field names that must be unique within one list, from the unique constraints."""
        table = self.model.__table__
        assert isinstance(table, SaTable)
        names = {f.column: f.name for f in self.fields}
        found = []
        for constraint in table.constraints:
            if not isinstance(constraint, UniqueConstraint):
                continue
            keys = [c.key for c in constraint.columns]
            if self.parent in keys:
                found.append(tuple(names[k] for k in keys if k != self.parent))
        return tuple(found)

    def _field(self, key: str, type_: TypeEngine[object], nullable: bool) -> Field:
        ref = self.refs.get(key)
        if ref is not None:
            return Field(ref.name, key, "int", nullable, bounds=(0, INT_MAX), target=ref.target)
        kind = _kind(type_)
        length = (type_.length or TEXT_MAX) if isinstance(type_, String) else None
        bounds = self.bounds.get(key, (INT_MIN, INT_MAX)) if kind == "int" else None
        return Field(key, key, kind, nullable, length, self.codes.get(key), bounds)


def _kind(type_: TypeEngine[object]) -> Kind:
    if isinstance(type_, Boolean):
        return "bool"
    if isinstance(type_, Integer):
        return "int"
    if isinstance(type_, Date):
        return "date"
    if isinstance(type_, String):
        return "str"
    raise TypeError(f"No JSON mapping for column type {type_!r}")


YOUTH: Final = Table(
    "youth",
    Youth,
    None,
    codes={
        "gender": tuple(GENDERS),
        "referral_source": tuple(REFERRAL_SOURCES),
        "status": YOUTH_STATUSES,
    },
)

TEAM_MEMBERS: Final = Table(
    "team_members", TeamMember, "youth_id", codes={"role": ROLE_CODES}, has_ref=True
)
STEPS: Final = Table("steps", Step, "youth_id", codes={"kind": STEP_KINDS})
CONSENTS: Final = Table(
    "consents",
    Consent,
    "youth_id",
    codes={"given_by_role": ROLE_CODES, "form": tuple(CONSENT_FORMS)},
)
KARTLEGGINGER: Final = Table(
    "kartlegginger",
    Kartlegging,
    "youth_id",
    children=(
        Table(
            "ratings",
            AreaRating,
            "kartlegging_id",
            codes={"perspective": tuple(PERSPECTIVES)},
            bounds={"area": AREA_RANGE, "rating": (1, 5)},
        ),
    ),
)
PLAN_SECTIONS_TABLE: Final = Table(
    "plan_sections", PlanSection, "youth_id", codes={"key": PLAN_KEYS}
)
GOALS: Final = Table(
    "goals",
    Goal,
    "youth_id",
    bounds={"area": AREA_RANGE},
    has_ref=True,
    children=(
        Table(
            "ratings",
            GoalRating,
            "goal_id",
            refs={"lagmote_id": Ref("lagmote_ref", "lagmoter")},
            bounds={"value": (-2, 2)},
        ),
    ),
)
TILTAK: Final = Table(
    "tiltak",
    Tiltak,
    "youth_id",
    refs={
        "goal_id": Ref("goal_ref", "goals"),
        "responsible_id": Ref("responsible_ref", "team_members"),
    },
    codes={"status": tuple(TILTAK_STATUSES)},
)
SCHEDULE: Final = Table(
    "schedule",
    ScheduleEntry,
    "youth_id",
    codes={"kind": tuple(SCHEDULE_KINDS)},
    bounds={"weekday": (0, 6), "start_minute": (0, 1440), "end_minute": (0, 1440)},
)
LAGMOTER: Final = Table(
    "lagmoter",
    Lagmote,
    "youth_id",
    has_ref=True,
    children=(
        Table(
            "attendees",
            Attendee,
            "lagmote_id",
            refs={"member_id": Ref("member_ref", "team_members")},
            codes={"role": ROLE_CODES},
        ),
        Table("agenda_notes", AgendaNote, "lagmote_id", codes={"item": AGENDA_KEYS}),
        Table("decisions", Decision, "lagmote_id"),
        Table(
            "action_items",
            ActionItem,
            "lagmote_id",
            refs={"owner_id": Ref("owner_ref", "team_members")},
        ),
    ),
)
EVALUATIONS: Final = Table(
    "evaluations",
    Evaluation,
    "youth_id",
    codes={"recommendation": tuple(RECOMMENDATIONS)},
    bounds={"resume_page": (0, 100)},
    has_ref=True,
    children=(
        Table(
            "answers",
            EvaluationAnswer,
            "evaluation_id",
            codes={"perspective": tuple(EVALUATION_PERSPECTIVES), "judgement": tuple(JUDGEMENTS)},
            bounds={"question": (1, 5)},
        ),
    ),
)

CLOSINGS: Final = Table(
    "closings",
    Closing,
    "youth_id",
    refs={"evaluation_id": Ref("evaluation_ref", "evaluations")},
    codes={"reason": tuple(CLOSING_REASONS)},
)

TABLES: Final = (
    TEAM_MEMBERS,
    STEPS,
    CONSENTS,
    KARTLEGGINGER,
    PLAN_SECTIONS_TABLE,
    GOALS,
    TILTAK,
    SCHEDULE,
    LAGMOTER,
    EVALUATIONS,
    CLOSINGS,
)
"""The youth's lists, in document order."""

INSERT_ORDER: Final = (
    TEAM_MEMBERS,
    LAGMOTER,
    GOALS,
    STEPS,
    CONSENTS,
    KARTLEGGINGER,
    PLAN_SECTIONS_TABLE,
    TILTAK,
    SCHEDULE,
    EVALUATIONS,
    CLOSINGS,
)
"""The same lists, each after the ones its rows point at (members, lagmøter, goals,
evaluations)."""

ROOT_KEYS: Final = ("format", "version", "exported_at", "youth", *(t.key for t in TABLES))


def all_tables() -> tuple[Table, ...]:
    """The youth and every list, nested ones included."""
    found: list[Table] = [YOUTH]
    stack = list(TABLES)
    while stack:
        table = stack.pop(0)
        found.append(table)
        stack.extend(table.children)
    return tuple(found)
