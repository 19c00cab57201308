"""The audit log on PostgreSQL: no one gets to change or remove its rows through a grant.

The triggers of 0001 already refuse UPDATE, DELETE and TRUNCATE on ``audit_log`` (on SQLite
UPDATE and DELETE). This takes away what a grant to PUBLIC could add on PostgreSQL, so that
a role given access later gets no more than INSERT and SELECT on the log from it.

Per-user database roles (the application role with INSERT and SELECT on ``audit_log`` only,
and one login role per user) are issue 10; until then the owner of the tables is the role
the program connects as, and only the triggers stop it. SQLite has no grants: nothing to do.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC")


def downgrade() -> None:
    """Nothing to give back: handing PUBLIC the right to change the log is never wanted."""
