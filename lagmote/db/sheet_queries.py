"""The read behind the family's one-page plan: Min plan, the week and the youth's name,
each an audit-logged read (the export itself is logged by the caller)."""

from __future__ import annotations

from datetime import date

from lagmote.db.minutes_queries import youth_name
from lagmote.db.plan_queries import load_plan, load_week
from lagmote.db.store import Store
from lagmote.family_sheet import FamilySheet, build_sheet


def load_sheet(store: Store, youth_id: int, today: date, lang: str = "nb") -> FamilySheet:
    plan = load_plan(store, youth_id)
    week = load_week(store, youth_id)
    return build_sheet(plan, week, youth_name(store, youth_id), today, lang)
