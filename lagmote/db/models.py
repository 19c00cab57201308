"""The case record as typed SQLAlchemy 2 models.

One youth (`Youth`) owns everything else; every table but the audit log hangs off a youth,
directly or through a parent row, with ``ON DELETE CASCADE``. Codes (roles, areas, kinds,
statuses) are the keys defined in :mod:`lagmote.standard`; the texts shown to users live there,
never here.

Each youth-owned row carries ``version`` (optimistic locking, so that two people editing one
plan in a shared database cannot silently overwrite each other) and ``created_at`` /
``updated_at`` timestamps in UTC.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now, timezone-aware, in UTC."""
    return datetime.now(UTC)


def new_uid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """Columns every editable row has: id, optimistic-locking version and timestamps."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, default=utcnow
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


def _youth_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("youth.id", ondelete="CASCADE"), nullable=False, index=True)


def _cascade() -> str:
    return "all, delete-orphan"


class Youth(Tracked, Base):
    """The youth (ungdom) the follow-up is about. No birth number is ever stored."""

    __tablename__ = "youth"

    uid: Mapped[str] = mapped_column(String(36), unique=True, nullable=False, default=new_uid)
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    last_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    preferred_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(20))
    district: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    language: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    acute: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    referral_source: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="aktiv")
    sensitive_areas: Mapped[str] = mapped_column(String(100), nullable=False, default="")

    members: Mapped[list[TeamMember]] = relationship(back_populates="youth", cascade=_cascade())
    steps: Mapped[list[Step]] = relationship(back_populates="youth", cascade=_cascade())
    consents: Mapped[list[Consent]] = relationship(back_populates="youth", cascade=_cascade())
    kartlegginger: Mapped[list[Kartlegging]] = relationship(
        back_populates="youth", cascade=_cascade(), order_by="Kartlegging.assessed_on"
    )
    plan_sections: Mapped[list[PlanSection]] = relationship(
        back_populates="youth", cascade=_cascade()
    )
    goals: Mapped[list[Goal]] = relationship(
        back_populates="youth", cascade=_cascade(), order_by="Goal.position"
    )
    tiltak: Mapped[list[Tiltak]] = relationship(back_populates="youth", cascade=_cascade())
    schedule: Mapped[list[ScheduleEntry]] = relationship(back_populates="youth", cascade=_cascade())
    lagmoter: Mapped[list[Lagmote]] = relationship(
        back_populates="youth", cascade=_cascade(), order_by="Lagmote.meeting_on"
    )
    evaluations: Mapped[list[Evaluation]] = relationship(
        back_populates="youth", cascade=_cascade(), order_by="Evaluation.evaluated_on"
    )
    closings: Mapped[list[Closing]] = relationship(
        back_populates="youth", cascade=_cascade(), order_by="Closing.closed_on"
    )

    __table_args__ = (
        CheckConstraint("status IN ('aktiv', 'avsluttet')", name="status"),
        Index("ix_youth_name", "last_name", "first_name"),
    )

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name
        return f"{first} {self.last_name}".strip()


class TeamMember(Tracked, Base):
    """One person on the team around the youth (laget rundt ungdommen), with a §4 role."""

    __tablename__ = "team_member"

    youth_id: Mapped[int] = _youth_fk()
    role: Mapped[str] = mapped_column(String(30), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    organisation: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    responsibilities: Mapped[str] = mapped_column(Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    youth: Mapped[Youth] = relationship(back_populates="members")


class Step(Tracked, Base):
    """A single-occurrence step of §7: henvisning, inntaksmøte, oppstartsmøte, iverksetting,
    avslutning. Lagmøter, kartlegginger and evaluations have tables of their own."""

    __tablename__ = "step"

    youth_id: Mapped[int] = _youth_fk()
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    planned_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    youth: Mapped[Youth] = relationship(back_populates="steps")

    __table_args__ = (UniqueConstraint("youth_id", "kind", name="uq_step_youth_kind"),)


class Consent(Tracked, Base):
    """Samtykke (§6): who consented to sharing what with whom, from when, until withdrawn."""

    __tablename__ = "consent"

    youth_id: Mapped[int] = _youth_fk()
    given_by: Mapped[str] = mapped_column(String(200), nullable=False)
    given_by_role: Mapped[str] = mapped_column(String(30), nullable=False)
    shared_with: Mapped[str] = mapped_column(String(300), nullable=False)
    scope: Mapped[str] = mapped_column(Text, nullable=False, default="")
    form: Mapped[str] = mapped_column(String(20), nullable=False, default="skriftlig")
    given_on: Mapped[date] = mapped_column(Date, nullable=False)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The roles (codes, comma-separated) sharing with is covered for; ``shared_with`` says
    # the same in the family's words, and may name more.
    shared_roles: Mapped[str] = mapped_column(
        String(300), nullable=False, default="", server_default=""
    )

    youth: Mapped[Youth] = relationship(back_populates="consents")


class Kartlegging(Tracked, Base):
    """One dated assessment over the 12 areas of §7.3."""

    __tablename__ = "kartlegging"

    youth_id: Mapped[int] = _youth_fk()
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    youth: Mapped[Youth] = relationship(back_populates="kartlegginger")
    ratings: Mapped[list[AreaRating]] = relationship(
        back_populates="kartlegging", cascade=_cascade()
    )


class AreaRating(Tracked, Base):
    """One area's rating from one perspective (the youth's own, or the team's).

    ``rating`` NULL means "not assessed", which is a state of its own and never zero.
    """

    __tablename__ = "area_rating"

    kartlegging_id: Mapped[int] = mapped_column(
        ForeignKey("kartlegging.id", ondelete="CASCADE"), nullable=False, index=True
    )
    area: Mapped[int] = mapped_column(Integer, nullable=False)
    perspective: Mapped[str] = mapped_column(String(10), nullable=False)
    rating: Mapped[int | None] = mapped_column(Integer)
    resources: Mapped[str] = mapped_column(Text, nullable=False, default="")
    risks: Mapped[str] = mapped_column(Text, nullable=False, default="")

    kartlegging: Mapped[Kartlegging] = relationship(back_populates="ratings")

    __table_args__ = (
        UniqueConstraint("kartlegging_id", "area", "perspective", name="uq_area_rating_one"),
        CheckConstraint("area BETWEEN 1 AND 12", name="area"),
        CheckConstraint("perspective IN ('ungdom', 'lag')", name="perspective"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating"),
    )


class PlanSection(Tracked, Base):
    """One §7.5 Min plan section (or incident-plan field), in the youth's own words."""

    __tablename__ = "plan_section"

    youth_id: Mapped[int] = _youth_fk()
    key: Mapped[str] = mapped_column(String(30), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    youth: Mapped[Youth] = relationship(back_populates="plan_sections")

    __table_args__ = (UniqueConstraint("youth_id", "key", name="uq_plan_section_youth_key"),)


class Goal(Tracked, Base):
    """A goal in the youth's own words, with a Goal Attainment Scaling ladder (−2..+2)."""

    __tablename__ = "goal"

    youth_id: Mapped[int] = _youth_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    area: Mapped[int | None] = mapped_column(Integer)
    why: Mapped[str] = mapped_column(Text, nullable=False, default="")
    level_minus2: Mapped[str] = mapped_column(Text, nullable=False, default="")
    level_minus1: Mapped[str] = mapped_column(Text, nullable=False, default="")
    level_0: Mapped[str] = mapped_column(Text, nullable=False, default="")
    level_plus1: Mapped[str] = mapped_column(Text, nullable=False, default="")
    level_plus2: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_on: Mapped[date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[date | None] = mapped_column(Date)

    youth: Mapped[Youth] = relationship(back_populates="goals")
    ratings: Mapped[list[GoalRating]] = relationship(
        back_populates="goal", cascade=_cascade(), order_by="GoalRating.rated_on"
    )

    __table_args__ = (CheckConstraint("area IS NULL OR area BETWEEN 1 AND 12", name="area"),)


class GoalRating(Tracked, Base):
    """A dated progress rating on a goal's ladder, tied to a lagmøte when there was one."""

    __tablename__ = "goal_rating"

    goal_id: Mapped[int] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), nullable=False, index=True
    )
    lagmote_id: Mapped[int | None] = mapped_column(
        ForeignKey("lagmote.id", ondelete="SET NULL"), index=True
    )
    rated_on: Mapped[date] = mapped_column(Date, nullable=False)
    value: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    goal: Mapped[Goal] = relationship(back_populates="ratings")

    __table_args__ = (CheckConstraint("value BETWEEN -2 AND 2", name="value"),)


class Tiltak(Tracked, Base):
    """A measure: what, who is responsible, by when, and its status."""

    __tablename__ = "tiltak"

    youth_id: Mapped[int] = _youth_fk()
    goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), index=True
    )
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text, nullable=False)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="planlagt")
    done_on: Mapped[date | None] = mapped_column(Date)

    youth: Mapped[Youth] = relationship(back_populates="tiltak")

    __table_args__ = (
        CheckConstraint("status IN ('planlagt', 'pagar', 'fullfort', 'avbrutt')", name="status"),
    )


class ScheduleEntry(Tracked, Base):
    """A recurring weekly entry in the youth's week (Monday = 0), times in minutes."""

    __tablename__ = "schedule_entry"

    youth_id: Mapped[int] = _youth_fk()
    weekday: Mapped[int] = mapped_column(Integer, nullable=False)
    start_minute: Mapped[int] = mapped_column(Integer, nullable=False)
    end_minute: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    place: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    youth: Mapped[Youth] = relationship(back_populates="schedule")

    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint(
            "start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute",
            name="minutes",
        ),
    )


class Lagmote(Tracked, Base):
    """A team meeting (§7.6), planned or held."""

    __tablename__ = "lagmote"

    youth_id: Mapped[int] = _youth_fk()
    meeting_on: Mapped[date] = mapped_column(Date, nullable=False)
    held: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    youth_words: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    youth: Mapped[Youth] = relationship(back_populates="lagmoter")
    attendees: Mapped[list[Attendee]] = relationship(back_populates="lagmote", cascade=_cascade())
    decisions: Mapped[list[Decision]] = relationship(back_populates="lagmote", cascade=_cascade())
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="lagmote", cascade=_cascade()
    )
    agenda_notes: Mapped[list[AgendaNote]] = relationship(
        back_populates="lagmote", cascade=_cascade()
    )


class Attendee(Tracked, Base):
    """Who attended a lagmøte: a team member, or a named guest with a role."""

    __tablename__ = "attendee"

    lagmote_id: Mapped[int] = mapped_column(
        ForeignKey("lagmote.id", ondelete="CASCADE"), nullable=False, index=True
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(30), nullable=False, default="annen")

    lagmote: Mapped[Lagmote] = relationship(back_populates="attendees")


class AgendaNote(Tracked, Base):
    """What was said under one item of the §7.6 agenda at a lagmøte."""

    __tablename__ = "agenda_note"

    lagmote_id: Mapped[int] = mapped_column(
        ForeignKey("lagmote.id", ondelete="CASCADE"), nullable=False, index=True
    )
    item: Mapped[str] = mapped_column(String(30), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    lagmote: Mapped[Lagmote] = relationship(back_populates="agenda_notes")

    __table_args__ = (UniqueConstraint("lagmote_id", "item", name="uq_agenda_note_item"),)


class Decision(Tracked, Base):
    """Something the lagmøte agreed."""

    __tablename__ = "decision"

    lagmote_id: Mapped[int] = mapped_column(
        ForeignKey("lagmote.id", ondelete="CASCADE"), nullable=False, index=True
    )
    text: Mapped[str] = mapped_column(Text, nullable=False)

    lagmote: Mapped[Lagmote] = relationship(back_populates="decisions")


class ActionItem(Tracked, Base):
    """Who does what by when, as agreed at a lagmøte."""

    __tablename__ = "action_item"

    lagmote_id: Mapped[int] = mapped_column(
        ForeignKey("lagmote.id", ondelete="CASCADE"), nullable=False, index=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text, nullable=False)
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)

    lagmote: Mapped[Lagmote] = relationship(back_populates="action_items")


class Evaluation(Tracked, Base):
    """Jevnlig evaluering (§7.7). A draft until ``completed`` is set."""

    __tablename__ = "evaluation"

    youth_id: Mapped[int] = _youth_fk()
    evaluated_on: Mapped[date] = mapped_column(Date, nullable=False)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recommendation: Mapped[str | None] = mapped_column(String(20))
    reasons: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_evaluation_on: Mapped[date | None] = mapped_column(Date)
    completed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Whose feedback was gathered (perspective codes, comma-separated, standard order).
    perspectives: Mapped[str] = mapped_column(
        String(200), nullable=False, default="", server_default=""
    )
    # How the team weighed it where the perspectives judged a question differently.
    disagreement_note: Mapped[str] = mapped_column(
        Text, nullable=False, default="", server_default=""
    )
    # The wizard page a draft was left on, so that reopening it continues there.
    resume_page: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")

    youth: Mapped[Youth] = relationship(back_populates="evaluations")
    answers: Mapped[list[EvaluationAnswer]] = relationship(
        back_populates="evaluation", cascade=_cascade()
    )

    __table_args__ = (
        CheckConstraint(
            "recommendation IS NULL OR recommendation IN ('avsluttes', 'viderefores')",
            name="recommendation",
        ),
    )


class EvaluationAnswer(Tracked, Base):
    """One §7.7 question answered from one perspective, with a better/same/worse judgement."""

    __tablename__ = "evaluation_answer"

    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), nullable=False, index=True
    )
    question: Mapped[int] = mapped_column(Integer, nullable=False)
    perspective: Mapped[str] = mapped_column(String(30), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    judgement: Mapped[str | None] = mapped_column(String(10))

    evaluation: Mapped[Evaluation] = relationship(back_populates="answers")

    __table_args__ = (
        UniqueConstraint("evaluation_id", "question", "perspective", name="uq_evaluation_answer"),
        CheckConstraint("question BETWEEN 1 AND 5", name="question"),
        CheckConstraint(
            "judgement IS NULL OR judgement IN ('bedre', 'uendret', 'verre')", name="judgement"
        ),
    )


class Closing(Tracked, Base):
    """Avslutning: why the follow-up ended, the handover, the transitions, a summary.

    Never deleted: when a case is reopened, ``reopened_on`` is set and the row stays."""

    __tablename__ = "closing"

    youth_id: Mapped[int] = _youth_fk()
    evaluation_id: Mapped[int | None] = mapped_column(
        ForeignKey("evaluation.id", ondelete="SET NULL"), index=True
    )
    closed_on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(String(30), nullable=False)
    reason_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    handover: Mapped[str] = mapped_column(Text, nullable=False, default="")
    contact_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    contact_service: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    contact_phone: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    transitions: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    transitions_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reopened_on: Mapped[date | None] = mapped_column(Date)

    youth: Mapped[Youth] = relationship(back_populates="closings")

    __table_args__ = (
        CheckConstraint(
            "reason IN ('mal_nadd', 'andre_tiltak', 'onsker_ikke', 'flytter', 'alder', 'annet')",
            name="reason",
        ),
    )


class ServiceNote(Tracked, Base):
    """A note that belongs to one service (police, child welfare, health): in a shared
    database only that service's users can read it (row-level security, migration 0005)."""

    __tablename__ = "service_note"

    youth_id: Mapped[int] = _youth_fk()
    service: Mapped[str] = mapped_column(String(30), nullable=False)
    written_on: Mapped[date] = mapped_column(Date, nullable=False)
    written_by: Mapped[str] = mapped_column(String(200), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)

    __table_args__ = (
        CheckConstraint("service IN ('politi', 'barnevern', 'helse')", name="service"),
    )


class TeamAccess(Base):
    """Which database role (one per user of a shared database) is on which youth's team.

    Only the administrator writes it, and the trigger that puts a youth's creator on the
    team; the foreign key is deferred because that trigger runs before the youth's row is
    there."""

    __tablename__ = "team_access"

    youth_id: Mapped[int] = mapped_column(
        ForeignKey("youth.id", ondelete="CASCADE", deferrable=True, initially="DEFERRED"),
        primary_key=True,
    )
    db_role: Mapped[str] = mapped_column(String(63), primary_key=True, index=True)


class DistrictUser(Base):
    """A user of a shared database: their database role and their role on the team (a
    code of the standard), which decides which service's notes they may read."""

    __tablename__ = "district_user"

    db_role: Mapped[str] = mapped_column(String(63), primary_key=True)
    role: Mapped[str] = mapped_column(String(30), nullable=False)


class Setting(Base):
    """A district-wide setting, such as how often evaluations are due (months)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), nullable=False)


class AuditEntry(Base):
    """Append-only audit log: who read or changed which youth's record, and when.

    Never updated or deleted: triggers in the migration refuse UPDATE and DELETE on both
    SQLite and PostgreSQL. It holds ids and action words only, never personal data.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The database's clock, not the client's: a user cannot back-date an entry.
    at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    actor_role: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    actor_org: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    db_role: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    youth_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    object: Mapped[str] = mapped_column(String(50), nullable=False)
    object_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    __table_args__ = (
        CheckConstraint(
            "action IN ('read', 'list', 'create', 'update', 'delete', 'export', 'import', 'print')",
            name="action",
        ),
    )
