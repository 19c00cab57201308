"""Evaluation drafts (perspectives, disagreement, resume page), the closing record, settings.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

REASONS = "'mal_nadd', 'andre_tiltak', 'onsker_ikke', 'flytter', 'alder', 'annet'"


def upgrade() -> None:
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("perspectives", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("disagreement_note", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("resume_page", sa.Integer(), server_default="0", nullable=False)
        )
    _create_closing()
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )


def _create_closing() -> None:
    op.create_table(
        "closing",
        sa.Column("youth_id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("reason_text", sa.Text(), nullable=False),
        sa.Column("handover", sa.Text(), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("contact_service", sa.String(length=200), nullable=False),
        sa.Column("contact_phone", sa.String(length=200), nullable=False),
        sa.Column("transitions", sa.String(length=200), nullable=False),
        sa.Column("transitions_note", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("reopened_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"reason IN ({REASONS})", name=op.f("ck_closing_reason")),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_closing_evaluation_id_evaluation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["youth_id"], ["youth.id"], name=op.f("fk_closing_youth_id_youth"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closing")),
    )
    with op.batch_alter_table("closing", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_closing_youth_id"), ["youth_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_closing_evaluation_id"), ["evaluation_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("setting")
    with op.batch_alter_table("closing", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_closing_evaluation_id"))
        batch_op.drop_index(batch_op.f("ix_closing_youth_id"))
    op.drop_table("closing")
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_column("resume_page")
        batch_op.drop_column("disagreement_note")
        batch_op.drop_column("perspectives")
