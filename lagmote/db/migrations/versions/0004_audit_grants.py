"""The audit log on PostgreSQL: no one gets to change or remove its rows through a grant.

The triggers of 0001 already refuse UPDATE, DELETE and TRUNCATE on ``audit_log`` (on SQLite
UPDATE and DELETE). This takes away what a grant to PUBLIC could add on PostgreSQL, so that
a role given access later gets no more than INSERT and SELECT on the log from it.

It also makes the application role, ``lagmote_app`` (no login of its own: each user's login
role is made a member of it): every right on the record's tables, but only INSERT and SELECT
on ``audit_log``, so that the database itself, not only the program and the triggers, keeps
the log append-only for whoever connects through it. Where the migrating role may not create
roles, the district's administrator makes it (see the README); the grants follow the next
time the program upgrades. SQLite has no roles or grants: nothing to do.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


APP_ROLE = "lagmote_app"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC")
        if _app_role_exists_or_made():
            _grant_app_role()


def _app_role_exists_or_made() -> bool:
    bind = op.get_bind()
    exists = bind.execute(
        sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": APP_ROLE}
    ).first()
    if exists:
        return True
    may = bind.execute(
        sa.text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if not may:
        return False
    op.execute(f"CREATE ROLE {APP_ROLE} NOLOGIN")
    return True


def _grant_app_role() -> None:
    for statement in (
        f"GRANT USAGE ON SCHEMA public TO {APP_ROLE}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {APP_ROLE}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {APP_ROLE}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {APP_ROLE}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {APP_ROLE}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {APP_ROLE}",
    ):
        op.execute(statement)


def downgrade() -> None:
    """Nothing to give back: handing PUBLIC the right to change the log is never wanted."""
