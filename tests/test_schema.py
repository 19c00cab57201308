"""The models and the migrations: up from empty on both databases, and in step."""

from __future__ import annotations

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lagmote.db import models
from lagmote.db.engine import Database
from lagmote.db.schema import HEAD_REVISION, alembic_config, current_revision


def test_head_constant_matches_the_migrations() -> None:
    script = ScriptDirectory.from_config(alembic_config())  # type: ignore[arg-type]
    assert script.get_current_head() == HEAD_REVISION


def test_migrated_schema_matches_models(any_database: Database) -> None:
    with any_database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, models.Base.metadata)
        assert current_revision(connection) == HEAD_REVISION
    assert diff == []


def test_every_table_is_created(any_database: Database) -> None:
    tables = set(inspect(any_database.engine).get_table_names())
    assert set(models.Base.metadata.tables) <= tables


def _youth(session: Session) -> models.Youth:
    youth = models.Youth(first_name="Test", last_name="Fiktiv", birth_date=date(2011, 5, 2))
    session.add(youth)
    session.flush()
    return youth


def test_cascade_and_relationships(any_database: Database) -> None:
    with Session(any_database.engine) as session:
        youth = _youth(session)
        member = models.TeamMember(youth=youth, role="skole", name="Lærer")
        kartlegging = models.Kartlegging(youth=youth, assessed_on=date(2026, 1, 5))
        kartlegging.ratings.append(models.AreaRating(area=4, perspective="ungdom", rating=None))
        goal = models.Goal(youth=youth, text="Gå på skolen", created_on=date(2026, 1, 5))
        goal.ratings.append(models.GoalRating(rated_on=date(2026, 2, 1), value=1))
        session.add_all([member, kartlegging, goal])
        session.commit()
        session.delete(youth)
        session.commit()
        for table in (models.TeamMember, models.AreaRating, models.GoalRating):
            assert session.scalars(select(table)).all() == []


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda y: models.AreaRating(area=13, perspective="lag"), "area"),
        (lambda y: models.AreaRating(area=1, perspective="lag", rating=0), "rating"),
        (lambda y: models.AreaRating(area=1, perspective="foreldre"), "perspective"),
        (lambda y: models.ScheduleEntry(youth=y, weekday=7, start_minute=0, end_minute=60,
                                        kind="skole"), "weekday"),
        (lambda y: models.ScheduleEntry(youth=y, weekday=1, start_minute=600, end_minute=500,
                                        kind="skole"), "minutes"),
    ],
)
def test_check_constraints(any_database: Database, make: object, field: str) -> None:
    with Session(any_database.engine) as session:
        youth = _youth(session)
        row = make(youth)  # type: ignore[operator]
        if isinstance(row, models.AreaRating):
            row.kartlegging = models.Kartlegging(youth=youth, assessed_on=date(2026, 1, 1))
        session.add(row)
        with pytest.raises(IntegrityError, match=field):
            session.flush()


def test_not_assessed_is_null_not_zero(any_database: Database) -> None:
    with Session(any_database.engine) as session:
        youth = _youth(session)
        kartlegging = models.Kartlegging(youth=youth, assessed_on=date(2026, 1, 1))
        kartlegging.ratings.append(models.AreaRating(area=2, perspective="lag"))
        session.add(kartlegging)
        session.commit()
        assert session.scalars(select(models.AreaRating.rating)).one() is None


def test_version_increments_on_update(any_database: Database) -> None:
    with Session(any_database.engine) as session:
        youth = _youth(session)
        session.commit()
        assert youth.version == 1
        youth.district = "Bydel Test"
        session.commit()
        assert youth.version == 2


def test_audit_log_refuses_update_and_delete(any_database: Database) -> None:
    with any_database.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO audit_log (at, actor, actor_role, actor_org, db_role, action, "
                 "object, detail) VALUES (CURRENT_TIMESTAMP, 'a', '', '', '', 'read', 'youth', '')")
        )
    for statement in ("UPDATE audit_log SET actor = 'b'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), any_database.engine.begin() as c:
            c.execute(text(statement))
    with any_database.engine.connect() as connection:
        assert connection.execute(text("SELECT actor FROM audit_log")).scalars().all() == ["a"]
