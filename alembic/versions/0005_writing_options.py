"""writing documents remember the user's tone, length and language (issue 12)

Revision ID: 0005_writing_options
Revises: 0004_places
Create Date: 2026-12-03 23:20:00

Existing documents get ``{}`` (the defaults: professional, standard, English), which is
what they were written with.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0005_writing_options'
down_revision: Union[str, None] = '0004_places'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('writingdocument', schema=None) as batch_op:
        batch_op.add_column(sa.Column('options', sa.JSON(), nullable=False, server_default=sa.text("'{}'")))


def downgrade() -> None:
    with op.batch_alter_table('writingdocument', schema=None) as batch_op:
        batch_op.drop_column('options')
