"""idempotency keys: the REST API remembers each Idempotency-Key and what its request created

Revision ID: 0016_idempotency_keys
Revises: 0015_private_posting_url
Create Date: 2026-12-06 01:02:50

One new table, ``api_idempotency_key`` (``models/idempotency.py``; issues 9/15 "duplicate and
concurrent submissions"): ``(user_id, action, key)`` → the request's fingerprint and the created
resource's id, so a retried ``POST /api/v1/applications`` or ``…/contacts`` replays the first
answer instead of a bare 409 (``services.idempotency``). ``UNIQUE (user_id, action, key)`` decides
races; ``created_at`` is indexed for the hourly purge of rows older than a day. Keys claimed
before this revision lived in the cache only (``services.submissions``) and are not carried over:
a retry within their day after the upgrade creates once more at most. No existing row changes.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel
import careercopilot.models._base


revision: str = '0016_idempotency_keys'
down_revision: Union[str, None] = '0015_private_posting_url'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('api_idempotency_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('fingerprint', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('resource_id', sa.Integer(), nullable=True),
    sa.Column('created_at', careercopilot.models._base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('user_id', 'action', 'key', name='uq_api_idempotency_key_user_action_key')
    )
    op.create_index('ix_api_idempotency_key_created_at', 'api_idempotency_key', ['created_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_api_idempotency_key_created_at', table_name='api_idempotency_key')
    op.drop_table('api_idempotency_key')
