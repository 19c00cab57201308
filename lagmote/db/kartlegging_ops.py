"""Changes to a youth's kartlegginger, each one audit-logged write through :class:`Store`.

Every function checks its input first (:mod:`lagmote.kartlegging`), then makes one
transaction, and refuses a row of another youth. A deleted kartlegging comes back with its
old id and every rating (``restore_kartlegging``), so undo and redo keep the ids that other
undo steps refer to. Updates take the values the user's edit began from (``base``) and
refuse to save over someone else's change of the same field (:mod:`lagmote.db.conflicts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lagmote.db.conflicts import over_stored
from lagmote.db.models import AreaRating, Kartlegging
from lagmote.db.ops_common import created, delete_with_children, logged, owned_row, youth_row
from lagmote.db.store import Changes, Store, WriteResult
from lagmote.errors import UserError
from lagmote.i18n import N_, t
from lagmote.kartlegging import (
    NOT_ASSESSED,
    AreaRatingInfo,
    AssessmentInfo,
    check_area_rating,
    check_assessment,
    check_marked_sensitive,
    format_area_list,
)

WHAT = N_("kartleggingen")
KARTLEGGING_LABELS = {"assessed_on": N_("datoen for kartleggingen"), "note": N_("notatet")}
RATING_LABELS = {
    "rating": N_("vurderingen"),
    "resources": N_("ressursene"),
    "risks": N_("risikoene"),
}


@dataclass(frozen=True)
class KartleggingFields:
    """What the user edits of a kartlegging itself: its date and its note."""

    assessed_on: date
    note: str = ""


def add_kartlegging(
    store: Store, youth_id: int, assessed_on: date, today: date, kartlegging_id: int | None = None
) -> Changes:
    """A new, empty kartlegging; its id is ``created_ids[0]`` (or ``kartlegging_id``, when
    redo brings it back)."""
    check_assessment(assessed_on, "", today)

    def write(session: Session) -> WriteResult:
        youth_row(session, youth_id)
        _date_free(session, youth_id, assessed_on, None)
        row = Kartlegging(id=kartlegging_id, youth_id=youth_id, assessed_on=assessed_on)
        session.add(row)
        session.flush()
        return created(youth_id, "kartlegging", row.id)

    return store.write(write)


def update_kartlegging(
    store: Store,
    youth_id: int,
    kartlegging_id: int,
    assessed_on: date,
    note: str,
    today: date,
    base: KartleggingFields | None = None,
) -> Changes:
    """Change a kartlegging's date or its note (with ``base``: the ones the user changed,
    refused over someone else's change of the same one)."""
    check_assessment(assessed_on, note, today)

    def again(new: KartleggingFields, over: KartleggingFields) -> Changes:
        return update_kartlegging(
            store, youth_id, kartlegging_id, new.assessed_on, new.note, today, over
        )

    def write(session: Session) -> WriteResult:
        row = owned_row(session, Kartlegging, kartlegging_id, youth_id, WHAT)
        stored = KartleggingFields(row.assessed_on, row.note)
        new = KartleggingFields(assessed_on, note)
        written = over_stored(base, new, stored, KARTLEGGING_LABELS, again)
        _date_free(session, youth_id, written.assessed_on, kartlegging_id)
        row.assessed_on, row.note = written.assessed_on, written.note
        return logged(youth_id, "update", "kartlegging", kartlegging_id)

    return store.write(write)


def delete_kartlegging(store: Store, youth_id: int, kartlegging_id: int) -> Changes:
    """Delete a kartlegging with all its ratings."""

    def write(session: Session) -> WriteResult:
        row = owned_row(session, Kartlegging, kartlegging_id, youth_id, WHAT)
        return delete_with_children(session, row, "kartlegging", row.ratings, "area_rating")

    return store.write(write)


def restore_kartlegging(store: Store, youth_id: int, assessment: AssessmentInfo) -> Changes:
    """Bring a deleted kartlegging back with its old id and every rating (for undo)."""

    def write(session: Session) -> WriteResult:
        youth_row(session, youth_id)
        _date_free(session, youth_id, assessment.assessed_on, None)
        row = Kartlegging(
            id=assessment.id,
            youth_id=youth_id,
            assessed_on=assessment.assessed_on,
            note=assessment.note,
        )
        row.ratings = [
            AreaRating(area=a, perspective=p, rating=i.rating, resources=i.resources, risks=i.risks)
            for (a, p), i in assessment.ratings.items()
        ]
        session.add(row)
        session.flush()
        result = created(youth_id, "kartlegging", assessment.id)
        for rating in row.ratings:
            result.log("create", "area_rating", rating.id)
        return result

    return store.write(write)


def set_area_rating(
    store: Store,
    youth_id: int,
    kartlegging_id: int,
    area: int,
    perspective: str,
    info: AreaRatingInfo,
    base: AreaRatingInfo | None = None,
) -> Changes:
    """Set one area's rating and texts from one perspective. An empty one (not assessed,
    no text) leaves no row behind. With ``base``, only what the user changed is saved, and
    a change over someone else's change of the same text or rating is refused."""
    check_area_rating(area, perspective, info)
    new_info = info

    def again(new: AreaRatingInfo, over: AreaRatingInfo) -> Changes:
        return set_area_rating(store, youth_id, kartlegging_id, area, perspective, new, over)

    def write(session: Session) -> WriteResult:
        owned_row(session, Kartlegging, kartlegging_id, youth_id, WHAT)
        row = session.scalars(
            select(AreaRating).where(
                AreaRating.kartlegging_id == kartlegging_id,
                AreaRating.area == area,
                AreaRating.perspective == perspective,
            )
        ).one_or_none()
        info = over_stored(base, new_info, _stored_rating(row), RATING_LABELS, again)
        if row is None and info.empty:
            return WriteResult(youth_id)
        if info.empty:
            assert row is not None
            session.delete(row)
            return logged(youth_id, "delete", "area_rating", row.id, perspective)
        action = "update" if row is not None else "create"
        if row is None:
            row = AreaRating(kartlegging_id=kartlegging_id, area=area, perspective=perspective)
            session.add(row)
        row.rating, row.resources, row.risks = info.rating, info.resources, info.risks
        session.flush()
        return logged(youth_id, action, "area_rating", row.id, perspective)

    return store.write(write)


def set_marked_sensitive(store: Store, youth_id: int, areas: frozenset[int]) -> Changes:
    """The areas the team marks as sensitive, beyond the standard's three."""
    check_marked_sensitive(areas)

    def write(session: Session) -> WriteResult:
        youth = youth_row(session, youth_id)
        youth.sensitive_areas = format_area_list(areas)
        return logged(youth_id, "update", "youth", youth_id, "sensitive_areas")

    return store.write(write)


def _stored_rating(row: AreaRating | None) -> AreaRatingInfo:
    """An area's stored rating and texts (no row: not assessed, no text)."""
    if row is None:
        return NOT_ASSESSED
    return AreaRatingInfo(row.rating, row.resources, row.risks)


def _date_free(session: Session, youth_id: int, on: date, kartlegging_id: int | None) -> None:
    """One kartlegging per day: two on one date could not be told apart on the radar."""
    taken = session.scalars(
        select(Kartlegging.id).where(
            Kartlegging.youth_id == youth_id, Kartlegging.assessed_on == on
        )
    ).first()
    if taken is not None and taken != kartlegging_id:
        raise UserError(
            t("Det finnes allerede en kartlegging med denne datoen; velg en annen dag.")
        )
