"""normalize inputs: postings keep what normalization read; contacts get updated_at

Revision ID: 0017_normalize_inputs
Revises: 0016_idempotency_keys
Create Date: 2026-12-06 11:00:00

* ``jobposting.normalize_inputs`` (binary, NULL): the ``normalize_posting`` inputs of the row —
  the connector's fields bar its whole record, the reference time, a demo date shift — as
  zlib-compressed JSON (``services.posting_inputs``; ~2 KB a posting on the demo feed), read by
  the ``renormalize`` command; ``jobposting.inputs_hash`` (64 hex, NULL): SHA-256 of those fields,
  so a re-sync rewrites the inputs of a changed source record whose reading did not change.
  Existing rows have no inputs (a stored row keeps no copy of its source record): ``renormalize``
  skips them and says so, and the next sync of their source fills them in.
* ``contact.updated_at`` (NOT NULL): the contact's last add or edit. Contacts had no time at all;
  existing ones start at their application's ``created_at`` (a contact is never older than its
  application; the latest edit is not known).

Both ``jobposting`` columns are added with ``op.add_column`` (ALTER TABLE … ADD COLUMN, no batch
copy), so SQLite's full-text triggers of revision 0008 stay in place; ``contact`` is rebuilt by a
batch copy on SQLite only to make ``updated_at`` NOT NULL (no triggers on it). Downgrade drops
the three columns.
"""
from typing import Sequence, Union

import sqlalchemy as sa
import sqlmodel
from alembic import op

import careercopilot.models._base

revision: str = '0017_normalize_inputs'
down_revision: Union[str, None] = '0016_idempotency_keys'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('jobposting', sa.Column('normalize_inputs', sa.LargeBinary(), nullable=True))
    op.add_column('jobposting', sa.Column('inputs_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
    op.add_column('contact', sa.Column('updated_at', careercopilot.models._base.UTCDateTime(timezone=True),
                                       nullable=True))
    op.execute("UPDATE contact SET updated_at = (SELECT application.created_at FROM application "
               "WHERE application.id = contact.application_id)")
    op.execute("UPDATE contact SET updated_at = CURRENT_TIMESTAMP WHERE updated_at IS NULL")
    with op.batch_alter_table('contact') as batch:
        batch.alter_column('updated_at', existing_type=careercopilot.models._base.UTCDateTime(timezone=True),
                           nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('contact') as batch:
        batch.drop_column('updated_at')
    op.drop_column('jobposting', 'inputs_hash')
    op.drop_column('jobposting', 'normalize_inputs')
