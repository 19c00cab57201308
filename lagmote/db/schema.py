"""Bringing a database's schema up to date with Alembic, cheaply when it already is.

Importing Alembic costs a noticeable part of a cold start, so a database whose
``alembic_version`` already names :data:`HEAD_REVISION` is opened without it; a test keeps
that constant equal to the migrations' real head.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, inspect, text

HEAD_REVISION = "0001"
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
    from alembic import command
    from alembic.config import Config

    config = alembic_config()
    assert isinstance(config, Config)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
