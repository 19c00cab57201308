"""The reads behind the team's full plan (:mod:`lagmote.full_plan`).

Six audit-logged reads through the existing loaders (``overview``, ``plan``, ``week``,
``kartlegging``, ``team``, ``evaluations``); the export itself is logged by the caller just
before the file is written.
"""

from __future__ import annotations

from datetime import date

from lagmote.db.evaluation_queries import load_evaluations
from lagmote.db.kartlegging_queries import load_kartlegging
from lagmote.db.plan_queries import load_plan, load_week
from lagmote.db.queries import load_overview
from lagmote.db.store import Store
from lagmote.db.team_queries import load_team
from lagmote.full_plan import FullPlan, PlanSources, build_full_plan


def load_plan_sources(store: Store, youth_id: int, today: date) -> PlanSources:
    """Everything the full plan is built from (DatabaseError for an unknown youth, from the
    first read, before anything more is read)."""
    return PlanSources(
        overview=load_overview(store, youth_id, today),
        plan=load_plan(store, youth_id),
        week=load_week(store, youth_id),
        kartlegging=load_kartlegging(store, youth_id),
        team=load_team(store, youth_id, today),
        evaluations=load_evaluations(store, youth_id),
    )


def load_full_plan(store: Store, youth_id: int, today: date) -> FullPlan:
    """The youth's full plan as of ``today``, the date it is printed on."""
    return build_full_plan(load_plan_sources(store, youth_id, today), today)
