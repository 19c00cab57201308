"""The read of a youth's kartlegginger, returning the plain records of
:mod:`lagmote.kartlegging`: one audit-logged :meth:`Store.read` of three queries, however
many kartlegginger there are."""

from __future__ import annotations

from collections import defaultdict
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db.models import AreaRating, Kartlegging, Youth
from lagmote.db.store import AuditEvent, Store
from lagmote.db.youth_access import shown_youth
from lagmote.kartlegging import AreaRatingInfo, AssessmentInfo, KartleggingView, parse_area_list


def load_kartlegging(store: Store, youth_id: int) -> KartleggingView:
    """Every kartlegging of one youth, oldest first, and the areas the team marked."""

    def read(session: Session) -> KartleggingView:
        youth = shown_youth(session, youth_id)
        return KartleggingView(youth_id, _assessments(session, youth_id), marked_sensitive(youth))

    return store.read(AuditEvent("read", "youth", youth_id, youth_id, "kartlegging"), read)


def marked_sensitive(youth: Youth) -> frozenset[int]:
    """The areas the team marked sensitive."""
    try:
        return parse_area_list(youth.sensitive_areas)
    except ValueError:
        # Written by hand or by an older version: hide everything rather than too little.
        return frozenset(range(1, 13))


def _assessments(session: Session, youth_id: int) -> tuple[AssessmentInfo, ...]:
    rows = session.execute(
        select(Kartlegging.id, Kartlegging.assessed_on, Kartlegging.note)
        .where(Kartlegging.youth_id == youth_id)
        .order_by(Kartlegging.assessed_on, Kartlegging.id)
    ).all()
    ratings = _ratings(session, youth_id)
    return tuple(
        AssessmentInfo(kid, on, note, MappingProxyType(ratings.get(kid, {})))
        for kid, on, note in rows
    )


def _ratings(session: Session, youth_id: int) -> dict[int, dict[tuple[int, str], AreaRatingInfo]]:
    rows = session.execute(
        select(
            AreaRating.kartlegging_id,
            AreaRating.area,
            AreaRating.perspective,
            AreaRating.rating,
            AreaRating.resources,
            AreaRating.risks,
        )
        .join(Kartlegging, Kartlegging.id == AreaRating.kartlegging_id)
        .where(Kartlegging.youth_id == youth_id)
    )
    by_assessment: dict[int, dict[tuple[int, str], AreaRatingInfo]] = defaultdict(dict)
    for kid, area, perspective, rating, resources, risks in rows:
        by_assessment[kid][(area, perspective)] = AreaRatingInfo(rating, resources, risks)
    return by_assessment
