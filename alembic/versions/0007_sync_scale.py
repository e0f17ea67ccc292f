"""per-sync cost proportional to what changed: jobposting.index_pending + matchrefresh queue

Revision ID: 0007_sync_scale
Revises: 0006_unique_guards
Create Date: 2026-12-03 23:00:00

Existing postings are all marked pending: the first indexing run after the upgrade checks
each one once against its EmbeddingRecord hash (nothing unchanged is re-embedded) and clears
the flag; later runs read only postings a write flagged (issue 9, finding 16).
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import careercopilot.models._base

revision: str = "0007_sync_scale"
down_revision: Union[str, None] = "0006_unique_guards"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("jobposting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("index_pending", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.create_index(batch_op.f("ix_jobposting_index_pending"), ["index_pending"], unique=False)
    op.create_table(
        "matchrefresh",
        sa.Column("posting_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("queued_at", careercopilot.models._base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["posting_id"], ["jobposting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("posting_id"),
    )


def downgrade() -> None:
    op.drop_table("matchrefresh")
    with op.batch_alter_table("jobposting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_jobposting_index_pending"))
        batch_op.drop_column("index_pending")
