"""posting weekly hours: an hourly rate is annualised at the hours the posting states

Revision ID: 0018_posting_weekly_hours
Revises: 0017_normalize_inputs
Create Date: 2026-12-07 04:00:00

* ``jobposting.weekly_hours`` (float, NULL) and ``jobposting.weekly_hours_min`` (float, NULL): the
  top and the low end of the hours a week the posting states (``normalize.work_hours.weekly_hours``:
  "24–32 hours/week" → 32 and 24; NULL when not stated). Issue 11, newcomer trial F7: "Part-time,
  24–32 hours/week, $25–30/hr" met a USD 62k floor because every hourly rate was annualised at
  2,080 h; at its hours it pays USD 31,200–49,920 a year.
* Data: hourly-paid postings (``pay_period = 'hour'``, the only rows whose yearly pay the hours
  change) are read once from their stored title and description text, and those that state hours
  are marked ``index_pending`` (the next ``index_postings`` run refreshes their vector metadata —
  ``salary_top`` in annual USD — and re-scores them, as after a sync). Other rows get their hours
  from ``renormalize`` (rows with stored inputs) or their source's next sync.

Both columns are added with ``op.add_column`` (ALTER TABLE … ADD COLUMN, no batch copy), so SQLite's
full-text triggers of revision 0008 stay in place. Downgrade drops them. Scores that checked a
salary floor against an hourly posting change meaning: the score model version is bumped with this
revision (the lead's merge), which rescores.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0018_posting_weekly_hours'
down_revision: Union[str, None] = '0017_normalize_inputs'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_CHUNK = 500


def upgrade() -> None:
    op.add_column('jobposting', sa.Column('weekly_hours', sa.Float(), nullable=True))
    op.add_column('jobposting', sa.Column('weekly_hours_min', sa.Float(), nullable=True))

    from careercopilot.normalize.work_hours import weekly_hours

    bind = op.get_bind()
    post = sa.table('jobposting', sa.column('id', sa.Integer), sa.column('title', sa.String),
                    sa.column('description_text', sa.Text), sa.column('pay_period', sa.String),
                    sa.column('weekly_hours', sa.Float), sa.column('weekly_hours_min', sa.Float),
                    sa.column('index_pending', sa.Boolean))
    after = 0
    while True:
        rows = bind.execute(sa.select(post.c.id, post.c.title, post.c.description_text)
                            .where(post.c.pay_period == 'hour', post.c.id > after)
                            .order_by(post.c.id).limit(_CHUNK)).all()
        if not rows:
            break
        after = rows[-1].id
        for row in rows:
            hours = weekly_hours(row.description_text, title=row.title)
            if hours is not None:
                bind.execute(post.update().where(post.c.id == row.id).values(
                    weekly_hours_min=hours[0], weekly_hours=hours[1], index_pending=True))


def downgrade() -> None:
    op.drop_column('jobposting', 'weekly_hours_min')
    op.drop_column('jobposting', 'weekly_hours')
