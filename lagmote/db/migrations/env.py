"""Alembic environment: runs on the connection :mod:`lagmote.db.schema` hands it."""

from __future__ import annotations

from alembic import context

from lagmote.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Migrations run only through lagmote.db.schema.ensure_schema.")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
