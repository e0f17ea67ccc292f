"""resume version unique: one row per (user, version number)

Revision ID: 0019_resume_version_unique
Revises: 0018_posting_weekly_hours
Create Date: 2026-12-07 11:00:00

* ``uq_resume_user_version``: a unique index on ``resume (user_id, version)``. Issue 11, attack102
  item 3: two concurrent uploads of different files by one user on SQLite both read the same
  highest version and stored two "version 3" rows (the count check and the numbering ran before
  any lock; ``SELECT … FOR UPDATE`` is a no-op on SQLite). ``services.resumes.upload_resume`` now
  numbers under a real lock (``BEGIN IMMEDIATE`` on SQLite, a row lock on PostgreSQL); this index
  is the guarantee if anything bypasses that path.
* Data: duplicates already stored are renumbered before the index is made. Per user, rows are
  visited in id order (upload order); the first row with a number keeps it, and each later row
  with a number already taken gets the next number after the user's highest (a user with versions
  1, 2, 3, 3 keeps 1, 2, 3 and the later "3" becomes 4). No other row's number changes, nothing is
  deleted, and each renumbered row is reported (a warning in the migration log).

Downgrade drops the index and keeps the numbers.
"""
import logging
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0019_resume_version_unique'
down_revision: Union[str, None] = '0018_posting_weekly_hours'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

log = logging.getLogger("alembic.runtime.migration")


def upgrade() -> None:
    bind = op.get_bind()
    resume = sa.table('resume', sa.column('id', sa.Integer), sa.column('user_id', sa.Integer),
                      sa.column('version', sa.Integer))
    users = bind.execute(sa.select(resume.c.user_id).group_by(resume.c.user_id, resume.c.version)
                         .having(sa.func.count() > 1).distinct()).scalars().all()
    for uid in sorted(set(users)):
        rows = bind.execute(sa.select(resume.c.id, resume.c.version).where(resume.c.user_id == uid)
                            .order_by(resume.c.id)).all()
        top = max(r.version for r in rows)
        seen: set[int] = set()
        for row in rows:
            if row.version not in seen:
                seen.add(row.version)
                continue
            top += 1
            bind.execute(resume.update().where(resume.c.id == row.id).values(version=top))
            log.warning("user %s: resume row %s was a second version %s; renumbered %s", uid, row.id, row.version, top)
    op.create_index('uq_resume_user_version', 'resume', ['user_id', 'version'], unique=True)


def downgrade() -> None:
    op.drop_index('uq_resume_user_version', table_name='resume')
