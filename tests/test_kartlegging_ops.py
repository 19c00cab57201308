"""Changes to kartlegginger: validated, audit-logged, scoped to one youth, undoable."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lagmote.db import kartlegging_ops as ops
from lagmote.db.kartlegging_queries import load_kartlegging
from lagmote.db.models import AreaRating, AuditEntry, Youth
from lagmote.db.store import Store
from lagmote.db.transfer import import_document
from lagmote.demo import build_demo
from lagmote.errors import UserError
from lagmote.kartlegging import AreaRatingInfo

TODAY = date(2026, 12, 1)


@pytest.fixture
def youth_id(any_store: Store) -> int:
    return import_document(any_store, build_demo(TODAY))


def _last_audit(store: Store) -> tuple[str, str, str]:
    with Session(store.engine) as session:
        row = session.execute(
            select(AuditEntry.action, AuditEntry.object, AuditEntry.detail).order_by(
                AuditEntry.id.desc()
            )
        ).first()
        assert row is not None
        return row[0], row[1], row[2]


def test_demo_reads_with_both_perspectives(any_store: Store, youth_id: int) -> None:
    view = load_kartlegging(any_store, youth_id)
    assert len(view.assessments) == 2
    first, latest = view.assessments
    assert first.assessed_on < latest.assessed_on
    assert first.rating(4, "ungdom").rating is None  # not assessed, not zero
    assert first.rating(1, "lag").risks
    assert latest.assessed_count("lag") == 12
    assert _last_audit(any_store) == ("read", "youth", "kartlegging")


def test_rating_set_changed_and_cleared(any_store: Store, youth_id: int) -> None:
    kid = load_kartlegging(any_store, youth_id).assessments[-1].id
    ops.set_area_rating(any_store, youth_id, kid, 2, "ungdom", AreaRatingInfo(5, "Mamma", ""))
    assert _last_audit(any_store) == ("update", "area_rating", "ungdom")
    got = load_kartlegging(any_store, youth_id).assessments[-1].rating(2, "ungdom")
    assert got == AreaRatingInfo(5, "Mamma", "")
    ops.set_area_rating(any_store, youth_id, kid, 2, "ungdom", AreaRatingInfo())
    assert load_kartlegging(any_store, youth_id).assessments[-1].rating(2, "ungdom").empty
    with Session(any_store.engine) as session:
        count = session.scalar(
            select(func.count()).where(
                AreaRating.kartlegging_id == kid,
                AreaRating.area == 2,
                AreaRating.perspective == "ungdom",
            )
        )
    assert count == 0


def test_new_kartlegging_and_its_date_rules(any_store: Store, youth_id: int) -> None:
    changes = ops.add_kartlegging(any_store, youth_id, TODAY, TODAY)
    kid = changes.created_ids[0]
    assert changes.objects == frozenset({"kartlegging"})
    view = load_kartlegging(any_store, youth_id)
    assert view.latest is not None and view.latest.id == kid
    assert view.latest.assessed_count("lag") == 0
    with pytest.raises(UserError, match="allerede en kartlegging med denne datoen"):
        ops.add_kartlegging(any_store, youth_id, TODAY, TODAY)
    with pytest.raises(UserError, match="fram i tid"):
        ops.update_kartlegging(any_store, youth_id, kid, date(2027, 1, 1), "", TODAY)
    ops.update_kartlegging(any_store, youth_id, kid, date(2026, 11, 30), "Hjemme", TODAY)
    latest = load_kartlegging(any_store, youth_id).latest
    assert latest is not None
    assert (latest.assessed_on, latest.note) == (date(2026, 11, 30), "Hjemme")


def test_delete_and_restore_keep_id_and_every_rating(any_store: Store, youth_id: int) -> None:
    before = load_kartlegging(any_store, youth_id)
    first = before.assessments[0]
    ops.delete_kartlegging(any_store, youth_id, first.id)
    assert [a.id for a in load_kartlegging(any_store, youth_id).assessments] == [
        before.assessments[1].id
    ]
    ops.restore_kartlegging(any_store, youth_id, first)
    assert load_kartlegging(any_store, youth_id) == before


def test_another_youths_kartlegging_is_refused(any_store: Store, youth_id: int) -> None:
    other = import_document(any_store, build_demo(TODAY), as_new=True)
    kid = load_kartlegging(any_store, other).assessments[0].id
    with pytest.raises(UserError, match="annen ungdom"):
        ops.set_area_rating(any_store, youth_id, kid, 1, "lag", AreaRatingInfo(3))
    with pytest.raises(UserError, match="annen ungdom"):
        ops.delete_kartlegging(any_store, youth_id, kid)
    assert load_kartlegging(any_store, other).assessments[0].rating(1, "lag").rating == 1


def test_bad_rating_writes_nothing(any_store: Store, youth_id: int) -> None:
    before = load_kartlegging(any_store, youth_id)
    kid = before.assessments[0].id
    with pytest.raises(UserError, match="fra 1 til 5"):
        ops.set_area_rating(any_store, youth_id, kid, 1, "lag", AreaRatingInfo(0))
    assert load_kartlegging(any_store, youth_id) == before


def test_marked_sensitive_areas(any_store: Store, youth_id: int) -> None:
    ops.set_marked_sensitive(any_store, youth_id, frozenset({2, 9}))
    assert _last_audit(any_store) == ("update", "youth", "sensitive_areas")
    view = load_kartlegging(any_store, youth_id)
    assert view.marked_sensitive == frozenset({2, 9})
    assert view.sensitive == frozenset({2, 4, 7, 9, 12})
    with pytest.raises(UserError, match="12 områdene"):
        ops.set_marked_sensitive(any_store, youth_id, frozenset({13}))


def test_unreadable_marked_list_hides_every_area(any_store: Store, youth_id: int) -> None:
    with Session(any_store.engine) as session, session.begin():
        youth = session.get(Youth, youth_id)
        assert youth is not None
        youth.sensitive_areas = "helse"
    assert load_kartlegging(any_store, youth_id).sensitive == frozenset(range(1, 13))
