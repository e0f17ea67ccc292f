"""structured places (preferences and postings) and posting quality flags

Revision ID: 0004_places
Revises: 0003_writing
Create Date: 2026-12-03 23:10:00

Data: every preference's free-text ``locations`` are converted to places
(``careercopilot.normalize.places.parse_place_list``); parts that resolve to no place are
kept in ``unresolved_locations`` (shown on the Preferences page). Postings' ``places`` are
back-filled from their stored location text and columns. Every user is rescored after the
upgrade: ``services.migrations.upgrade`` (``migrate``, ``run``) enqueues it (``RESCORE_AFTER``).
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0004_places'
down_revision: Union[str, None] = '0003_writing'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _json_list(value):
    import json

    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    return value if isinstance(value, list) else []


def upgrade() -> None:
    with op.batch_alter_table('jobposting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('places', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('quality_flags', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('is_flagged', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_index(batch_op.f('ix_jobposting_is_flagged'), ['is_flagged'], unique=False)
    with op.batch_alter_table('preference', schema=None) as batch_op:
        batch_op.add_column(sa.Column('places', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('unresolved_locations', sa.JSON(), nullable=False, server_default='[]'))

    from careercopilot.normalize.location import Location
    from careercopilot.normalize.places import parse_place_list, posting_places

    bind = op.get_bind()
    pref = sa.table('preference', sa.column('id', sa.Integer), sa.column('locations', sa.JSON),
                    sa.column('places', sa.JSON), sa.column('unresolved_locations', sa.JSON))
    for row in bind.execute(sa.select(pref.c.id, pref.c.locations)).all():
        texts = [t for t in _json_list(row.locations) if isinstance(t, str)]
        if not texts:
            continue
        # The old form split the field on commas ("Denver, CO" became "Denver", "CO"): re-join
        # and read the pieces in order, so "City, ST" is one place again.
        places, unresolved = parse_place_list(", ".join(texts))
        bind.execute(pref.update().where(pref.c.id == row.id).values(
            places=[p.model_dump() for p in places], unresolved_locations=unresolved,
            locations=[p.label for p in places] + unresolved))
    post = sa.table('jobposting', sa.column('id', sa.Integer), sa.column('location_text', sa.String),
                    sa.column('city', sa.String), sa.column('region', sa.String), sa.column('country', sa.String),
                    sa.column('places', sa.JSON))
    rows = bind.execute(sa.select(post.c.id, post.c.location_text, post.c.city, post.c.region, post.c.country)).all()
    for row in rows:
        loc = Location(city=row.city, region=row.region, country=row.country)
        places = posting_places(row.location_text, loc) if row.location_text else posting_places(None, loc)
        if places:
            bind.execute(post.update().where(post.c.id == row.id).values(places=[p.model_dump() for p in places]))


def downgrade() -> None:
    with op.batch_alter_table('preference', schema=None) as batch_op:
        batch_op.drop_column('unresolved_locations')
        batch_op.drop_column('places')
    with op.batch_alter_table('jobposting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jobposting_is_flagged'))
        batch_op.drop_column('is_flagged')
        batch_op.drop_column('quality_flags')
        batch_op.drop_column('places')
