"""job lifecycle: dedupe keys, attempts, heartbeats and owners of background jobs;
suspicious sync runs (issue 9, fault findings 9-13)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 17:50:24.106222

Existing rows: ``dedupe_key`` is back-filled as ``func || ':' || args`` (the form
``services.background.dedupe_key`` computes) when it fits in 400 characters. If the old
code left several live (queued/running) rows with the same key — the double-enqueue
this revision prevents — only the newest keeps its key; the reaper reconciles the others.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel
import careercopilot.models._base


revision: str = '0002'
down_revision: Union[str, None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_LIVE = sa.text("status IN ('queued', 'running')")


def upgrade() -> None:
    with op.batch_alter_table('backgroundjob', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dedupe_key', sqlmodel.sql.sqltypes.AutoString(length=400), nullable=True))
        batch_op.add_column(sa.Column('attempts', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('max_attempts', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('queued_at', careercopilot.models._base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('heartbeat_at', careercopilot.models._base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True))
        batch_op.add_column(sa.Column('rerun_requested', sa.Boolean(), nullable=False, server_default=sa.false()))

    op.execute("UPDATE backgroundjob SET dedupe_key = func || ':' || args, queued_at = created_at "
               "WHERE length(func) + length(args) < 400")
    # older live duplicates lose their key (one live row per key from here on)
    op.execute(
        "UPDATE backgroundjob SET dedupe_key = NULL WHERE status IN ('queued', 'running') AND EXISTS ("
        " SELECT 1 FROM backgroundjob AS newer WHERE newer.dedupe_key = backgroundjob.dedupe_key"
        " AND newer.status IN ('queued', 'running') AND (newer.created_at > backgroundjob.created_at"
        " OR (newer.created_at = backgroundjob.created_at AND newer.id > backgroundjob.id)))"
    )
    with op.batch_alter_table('backgroundjob', schema=None) as batch_op:
        batch_op.create_index('uq_backgroundjob_live_key', ['dedupe_key'], unique=True,
                              sqlite_where=_LIVE, postgresql_where=_LIVE)

    with op.batch_alter_table('syncrun', schema=None) as batch_op:
        batch_op.add_column(sa.Column('open_before', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('withheld_count', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('seen_ats_ids', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('confirmed_by', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('confirmed_at', careercopilot.models._base.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key('fk_syncrun_confirmed_by_user', 'user', ['confirmed_by'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('syncrun', schema=None) as batch_op:
        batch_op.drop_constraint('fk_syncrun_confirmed_by_user', type_='foreignkey')
        batch_op.drop_column('confirmed_at')
        batch_op.drop_column('confirmed_by')
        batch_op.drop_column('seen_ats_ids')
        batch_op.drop_column('withheld_count')
        batch_op.drop_column('open_before')

    with op.batch_alter_table('backgroundjob', schema=None) as batch_op:
        batch_op.drop_index('uq_backgroundjob_live_key', sqlite_where=_LIVE, postgresql_where=_LIVE)
        batch_op.drop_column('rerun_requested')
        batch_op.drop_column('owner')
        batch_op.drop_column('heartbeat_at')
        batch_op.drop_column('queued_at')
        batch_op.drop_column('max_attempts')
        batch_op.drop_column('attempts')
        batch_op.drop_column('dedupe_key')
