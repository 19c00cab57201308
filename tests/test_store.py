"""The one write path: a write and its audit rows land together, or not at all."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lagmote.db.errors import DatabaseError
from lagmote.db.models import AuditEntry, TeamMember, Youth
from lagmote.db.queries import list_youths, load_overview
from lagmote.db.store import AuditEvent, Store, WriteResult

TODAY = date(2026, 12, 1)


def _add_youth(store: Store, name: str = "Test") -> int:
    def write(session: Session) -> WriteResult:
        youth = Youth(first_name=name, last_name="Fiktiv", birth_date=date(2011, 3, 4))
        youth.members.append(TeamMember(role="oppfolger", name="Ola Oppfølger"))
        session.add(youth)
        session.flush()
        result = WriteResult(youth.id, created_ids=[youth.id])
        result.log("create", "youth", youth.id)
        return result

    return store.write(write).youth_id or 0


def _audit(store: Store) -> list[tuple[str, str, int | None]]:
    with Session(store.engine) as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.object, AuditEntry.youth_id).order_by(
                AuditEntry.id
            )
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_write_logs_who_and_what(any_store: Store) -> None:
    youth_id = _add_youth(any_store)
    assert _audit(any_store) == [("create", "youth", youth_id)]
    with Session(any_store.engine) as session:
        entry = session.scalars(select(AuditEntry)).one()
    assert (entry.actor, entry.actor_role, entry.actor_org) == (
        "Test Testesen", "oppfolger", "Bydel Test",
    )


def test_failed_write_leaves_nothing(any_store: Store) -> None:
    def write(session: Session) -> WriteResult:
        session.add(Youth(first_name="Halvveis"))
        session.flush()
        session.add(Youth(first_name="Ugyldig", status="ukjent"))  # violates the CHECK
        return WriteResult(None)

    with pytest.raises(DatabaseError) as caught:
        any_store.write(write)
    assert "Halvveis" not in str(caught.value) and "Ugyldig" not in str(caught.value)
    with Session(any_store.engine) as session:
        assert session.scalar(select(func.count()).select_from(Youth)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_reads_are_logged(any_store: Store) -> None:
    youth_id = _add_youth(any_store)
    items = list_youths(any_store, TODAY)
    overview = load_overview(any_store, youth_id, TODAY)
    assert [item.display_name for item in items] == ["Test Fiktiv"]
    assert items[0].age == 15
    assert overview.oppfolger is not None and overview.oppfolger.name == "Ola Oppfølger"
    assert _audit(any_store)[1:] == [("list", "youth", None), ("read", "youth", youth_id)]


def test_missing_youth_is_a_clear_error(store: Store) -> None:
    with pytest.raises(DatabaseError, match="Fant ingen ungdom med id 99"):
        load_overview(store, 99, TODAY)


def test_missing_core_roles(store: Store) -> None:
    overview = load_overview(store, _add_youth(store), TODAY)
    assert overview.missing_core_groups == ["Skole", "Politi"]


def test_log_outside_database(store: Store) -> None:
    store.log(AuditEvent("print", "plan", 7))
    assert _audit(store) == [("print", "plan", 7)]


def test_edit_over_a_newer_version_is_refused(any_store: Store) -> None:
    youth_id = _add_youth(any_store)
    with Session(any_store.engine, expire_on_commit=False) as first_read:
        stale = first_read.get(Youth, youth_id)  # what one user's window holds
    assert stale is not None and stale.version == 1

    def newer(session: Session) -> WriteResult:
        youth = session.get(Youth, youth_id)
        assert youth is not None
        youth.district = "Bydel Nyere"
        result = WriteResult(youth_id)
        result.log("update", "youth", youth_id)
        return result

    any_store.write(newer)  # another user saves first

    def older(session: Session) -> WriteResult:
        stale.district = "Bydel Eldre"
        session.add(stale)
        return WriteResult(youth_id)

    with pytest.raises(DatabaseError, match="Noen andre har endret"):
        any_store.write(older)
    with Session(any_store.engine) as session:
        current = session.get(Youth, youth_id)
        assert current is not None
        assert (current.district, current.version) == ("Bydel Nyere", 2)


def test_audit_time_comes_from_the_database(store: Store) -> None:
    _add_youth(store)
    with Session(store.engine) as session:
        entry = session.scalars(select(AuditEntry)).one()
    assert entry.at is not None
    assert abs(entry.at.replace(tzinfo=None) - datetime.now(UTC).replace(tzinfo=None)) < timedelta(
        minutes=5
    )
