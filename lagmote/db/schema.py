"""Bringing a database's schema up to date with Alembic, cheaply when it already is.

Importing Alembic costs a noticeable part of a cold start, so a database whose
``alembic_version`` already names :data:`HEAD_REVISION` is opened without it; a test keeps
that constant equal to the migrations' real head.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, inspect, text

from lagmote.db.revision import HEAD_REVISION

__all__ = ["HEAD_REVISION", "alembic_config", "current_revision", "ensure_schema", "upgrade"]

SCRIPT_LOCATION = "lagmote.db:migrations"


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def ensure_schema(engine: Engine) -> None:
    """Upgrade the schema to the newest migration when it is not there already."""
    with engine.connect() as connection:
        if current_revision(connection) == HEAD_REVISION:
            return
    upgrade(engine)


def alembic_config() -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations in one transaction: a failure leaves the schema as it was.

    On SQLite, foreign keys are off while migrating, so that a table rebuilt by a batch
    migration does not cascade-delete the rows that point at it.
    """
    from alembic import command
    from alembic.config import Config

    config = alembic_config()
    assert isinstance(config, Config)
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection  # no transaction has begun yet
        sqlite = connection.dialect.name == "sqlite"
        if sqlite and raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
