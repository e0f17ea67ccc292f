"""full-text search index of postings: PostgreSQL tsvector + GIN, SQLite FTS5

Revision ID: 0008_search_fts
Revises: 0007_sync_scale
Create Date: 2026-12-03 23:40:00

What is indexed (``services.matching.search`` reads it): title, location text, work mode,
tags (the board's labels, JSON text) and the description text (first 200,000 characters:
PostgreSQL's tsvector is capped at 1 MB) — the fields the lexical search rule matched with
``LIKE '%term%'`` before (issue 9, finding 16).

* PostgreSQL: ``jobposting.search_vector``, a STORED generated ``tsvector`` column
  (``english`` configuration: Snowball stemming, stop words), and a GIN index on it
  (PostgreSQL manual, 12.2.2 "Creating Indexes", generated-column form).
* SQLite: ``jobposting_fts``, an FTS5 external-content table over ``jobposting`` (rowid = id,
  tokenizer ``porter unicode61``: Porter stemming, Unicode case folding, diacritics removed),
  kept in step by AFTER INSERT / DELETE / UPDATE OF <indexed columns> triggers (SQLite FTS5
  documentation, 4.4.3 "External Content Tables"); filled with the ``rebuild`` command.

Neither object is part of the SQLModel metadata: ``alembic/env.py`` leaves them out of
autogenerate (:data:`careercopilot.db.SEARCH_INDEX_OBJECTS`). A later SQLite migration that
RECREATES ``jobposting`` (batch "move and copy") drops the triggers: it must re-create them
(:func:`create_sqlite_fts`); ``tests/integration/matching/test_search_fts.py`` checks they
exist at head.
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0008_search_fts"
down_revision: Union[str, None] = "0007_sync_scale"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

FTS_COLUMNS = ("title", "location_text", "work_mode", "tags", "description_text")

PG_VECTOR = (
    "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(location_text, '') || ' ' || coalesce(work_mode, '') "
    "|| ' ' || coalesce(tags::text, '')), 'B') || "
    "to_tsvector('english'::regconfig, left(coalesce(description_text, ''), 200000))"
)


def create_sqlite_fts() -> None:
    cols = ", ".join(FTS_COLUMNS)
    new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    op.execute(f"CREATE VIRTUAL TABLE jobposting_fts USING fts5({cols}, content='jobposting', content_rowid='id', "
               "tokenize='porter unicode61 remove_diacritics 2')")
    op.execute(f"CREATE TRIGGER jobposting_fts_ai AFTER INSERT ON jobposting BEGIN "
               f"INSERT INTO jobposting_fts(rowid, {cols}) VALUES (new.id, {new}); END")
    op.execute(f"CREATE TRIGGER jobposting_fts_ad AFTER DELETE ON jobposting BEGIN "
               f"INSERT INTO jobposting_fts(jobposting_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END")
    op.execute(f"CREATE TRIGGER jobposting_fts_au AFTER UPDATE OF {cols} ON jobposting BEGIN "
               f"INSERT INTO jobposting_fts(jobposting_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); "
               f"INSERT INTO jobposting_fts(rowid, {cols}) VALUES (new.id, {new}); END")
    op.execute("INSERT INTO jobposting_fts(jobposting_fts) VALUES ('rebuild')")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE jobposting ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({PG_VECTOR}) STORED")
        op.execute("CREATE INDEX ix_jobposting_search_vector ON jobposting USING GIN (search_vector)")
    else:
        create_sqlite_fts()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_jobposting_search_vector")
        op.execute("ALTER TABLE jobposting DROP COLUMN IF EXISTS search_vector")
    else:
        for t in ("jobposting_fts_ai", "jobposting_fts_ad", "jobposting_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {t}")
        op.execute("DROP TABLE IF EXISTS jobposting_fts")
