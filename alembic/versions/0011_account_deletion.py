"""account deletion with a grace period: user.deletion_requested_at

Revision ID: 0011_account_deletion
Revises: 0010_api_tokens
Create Date: 2026-12-04 04:35:00

NULL for every existing account (no deletion pending). The purge job
(``jobs.data_rights.purge_deleted_accounts``) removes accounts whose request is older than
DELETION_GRACE_DAYS; signing in clears the column (issue 14, data rights).
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import careercopilot.models._base

revision: str = "0011_account_deletion"
down_revision: Union[str, None] = "0010_api_tokens"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deletion_requested_at", careercopilot.models._base.UTCDateTime(timezone=True),
                                      nullable=True))
        batch_op.create_index(batch_op.f("ix_user_deletion_requested_at"), ["deletion_requested_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_deletion_requested_at"))
        batch_op.drop_column("deletion_requested_at")
