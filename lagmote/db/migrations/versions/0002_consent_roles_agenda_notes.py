"""Consent by role, and notes under each item of the lagmøte agenda.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("shared_roles", sa.String(length=300), server_default="", nullable=False)
        )
    op.create_table(
        "agenda_note",
        sa.Column("lagmote_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["lagmote_id"],
            ["lagmote.id"],
            name=op.f("fk_agenda_note_lagmote_id_lagmote"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_note")),
        sa.UniqueConstraint("lagmote_id", "item", name="uq_agenda_note_item"),
    )
    with op.batch_alter_table("agenda_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_note_lagmote_id"), ["lagmote_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("agenda_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_note_lagmote_id"))
    op.drop_table("agenda_note")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_column("shared_roles")
