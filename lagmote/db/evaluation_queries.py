"""The read of a youth's evaluations and closings, as an :class:`EvaluationsView`, and of
everything the evaluation's evidence page is built from."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lagmote.db.evaluation_rows import closing_info, evaluation_info
from lagmote.db.kartlegging_queries import load_kartlegging
from lagmote.db.meeting_queries import load_meetings
from lagmote.db.models import Closing, Evaluation, Step
from lagmote.db.plan_queries import load_plan
from lagmote.db.settings import interval_months
from lagmote.db.store import AuditEvent, Store
from lagmote.db.youth_access import shown_youth
from lagmote.evaluation import EvaluationsView
from lagmote.evaluation_document import (
    EvaluationDocument,
    build_evaluation_document,
    completed_evaluation,
)
from lagmote.kartlegging import KartleggingView
from lagmote.meetings import MeetingsView
from lagmote.plan import PlanView


def load_evaluations(store: Store, youth_id: int) -> EvaluationsView:
    def read(session: Session) -> EvaluationsView:
        youth = shown_youth(session, youth_id)
        rows = session.scalars(
            select(Evaluation)
            .where(Evaluation.youth_id == youth_id)
            .options(selectinload(Evaluation.answers))
            .order_by(Evaluation.evaluated_on, Evaluation.id)
        ).all()
        closings = session.scalars(
            select(Closing).where(Closing.youth_id == youth_id).order_by(Closing.id)
        ).all()
        iverksetting = session.scalars(
            select(Step.done_on).where(Step.youth_id == youth_id, Step.kind == "iverksetting")
        ).first()
        return EvaluationsView(
            youth_id=youth_id,
            evaluations=tuple(evaluation_info(r) for r in rows),
            iverksetting=iverksetting,
            interval_months=interval_months(session),
            birth_date=youth.birth_date,
            closings=tuple(closing_info(c) for c in closings),
            active=youth.status == "aktiv",
        )

    return store.read(AuditEvent("read", "youth", youth_id, youth_id, "evaluations"), read)


@dataclass(frozen=True)
class EvidenceSources:
    """What the evidence is built from: the plan's goals, the kartlegginger, the lagmøter."""

    plan: PlanView
    kartlegging: KartleggingView
    meetings: MeetingsView


def load_evidence_sources(store: Store, youth_id: int) -> EvidenceSources:
    return EvidenceSources(
        load_plan(store, youth_id),
        load_kartlegging(store, youth_id),
        load_meetings(store, youth_id),
    )


def load_evaluation_document(store: Store, youth_id: int) -> EvaluationDocument:
    """The latest completed evaluation as a document to print (UserError when there is
    none, before anything more is read)."""
    from lagmote.db.minutes_queries import youth_name

    view = load_evaluations(store, youth_id)
    completed_evaluation(view)
    sources = load_evidence_sources(store, youth_id)
    return build_evaluation_document(
        view, youth_name(store, youth_id), sources.plan.goals, sources.kartlegging,
        sources.meetings,
    )  # fmt: skip
