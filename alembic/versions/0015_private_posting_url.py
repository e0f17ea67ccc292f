"""private posting url: one private posting per user and canonical URL (attack a12 W3)

Revision ID: 0015_private_posting_url
Revises: 0014_first_party_tokens
Create Date: 2026-12-05 14:50:00

Sixteen parallel clips of one page made 2–5 private postings although re-clipping is documented
to update the same one (``services.url_import.store_posting`` looked the row up, then inserted).
This revision merges the duplicates already stored, then adds the partial unique index
``uq_posting_owner_url`` on ``jobposting (owner_id, url)`` WHERE ``owner_id IS NOT NULL AND
url <> ''`` (SQLite and PostgreSQL), on which ``store_posting`` now upserts.

Merging, per group of private postings with the same ``(owner_id, url)`` (``url`` is already the
canonical form, ``normalize.dedupe.canonical_url``, for every stored row):

* the kept row is the oldest (lowest id) the owner tracks in an application, else the oldest;
* the owner's application of a removed row points at the kept row — unless the owner also tracks
  the kept row (``uq_application_user_posting``): that application keeps its own copy of company,
  title, URL and posting text and loses only its link (``posting_id`` NULL, as ON DELETE SET NULL
  would do), reported in the migration log;
* writing documents and cross-source ``duplicate_of_id`` links move to the kept row; "not
  interested" marks and saved-search hits move unless the kept row has one already;
* derived rows of removed postings (match scores and skills, pending refreshes, sightings) are
  deleted: they are recomputed from the kept row. Their embedding records and vector-index entries
  are left to the daily sweep (``matching.candidates.drop_deleted_postings``, which finds them by
  the missing posting row); reads re-check every result against the database meanwhile.

The index is created with ``op.create_index`` (no batch copy), so SQLite's full-text triggers of
revision 0008 stay in place. Downgrade drops the index; merged rows are not restored.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0015_private_posting_url'
down_revision: Union[str, None] = '0014_first_party_tokens'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

log = logging.getLogger("alembic.runtime.migration")

_PRIVATE = sa.text("owner_id IS NOT NULL AND url <> ''")


def _merge(conn, old: int, keep: int, owner: int) -> int:
    """Move ``old``'s references to ``keep`` and delete ``old``; returns the applications unlinked."""
    p = {"old": old, "new": keep, "owner": owner}
    x = conn.execute
    x(sa.text("UPDATE application SET posting_id = :new WHERE posting_id = :old AND NOT EXISTS "
              "(SELECT 1 FROM application a2 WHERE a2.user_id = application.user_id AND a2.posting_id = :new)"), p)
    unlinked = x(sa.text("UPDATE application SET posting_id = NULL WHERE posting_id = :old"), p).rowcount
    x(sa.text("UPDATE writingdocument SET posting_id = :new WHERE posting_id = :old"), p)
    x(sa.text("UPDATE jobposting SET duplicate_of_id = :new WHERE duplicate_of_id = :old"), p)
    x(sa.text("UPDATE postinghide SET posting_id = :new WHERE posting_id = :old AND NOT EXISTS "
              "(SELECT 1 FROM postinghide h2 WHERE h2.user_id = postinghide.user_id AND h2.posting_id = :new)"), p)
    x(sa.text("UPDATE savedsearchhit SET posting_id = :new WHERE posting_id = :old AND NOT EXISTS "
              "(SELECT 1 FROM savedsearchhit h2 WHERE h2.saved_search_id = savedsearchhit.saved_search_id "
              "AND h2.posting_id = :new)"), p)
    for table in ("postinghide", "savedsearchhit", "matchskill", "matchscore", "matchrefresh", "postingsighting"):
        x(sa.text(f"DELETE FROM {table} WHERE posting_id = :old"), p)
    x(sa.text("DELETE FROM jobposting WHERE id = :old"), p)
    return unlinked


def merge_private_duplicates(conn) -> tuple[int, int]:
    """The merge above; returns ``(postings removed, applications unlinked)``."""
    rows = conn.execute(sa.text(
        "SELECT p.id, p.owner_id, p.url, EXISTS (SELECT 1 FROM application a WHERE a.posting_id = p.id "
        "AND a.user_id = p.owner_id) AS tracked FROM jobposting p "
        "WHERE p.owner_id IS NOT NULL AND p.url <> '' ORDER BY p.id")).all()
    groups: dict[tuple[int, str], list] = defaultdict(list)
    for row in rows:
        groups[(row.owner_id, row.url)].append(row)
    removed = unlinked = 0
    for (owner, url), members in groups.items():
        if len(members) < 2:
            continue
        keep = next((m for m in members if m.tracked), members[0])
        for m in members:
            if m.id != keep.id:
                n = _merge(conn, m.id, keep.id, owner)
                removed += 1
                unlinked += n
                if n:
                    log.warning("user %s tracked both private postings %s and %s of %s: posting %s merged into "
                                "%s; %d application(s) keep their copy without the link", owner, keep.id, m.id,
                                url, m.id, keep.id, n)
    if removed:
        log.warning("merged %d duplicate private postings (same user, same canonical URL)", removed)
    return removed, unlinked


def upgrade() -> None:
    merge_private_duplicates(op.get_bind())
    op.create_index('uq_posting_owner_url', 'jobposting', ['owner_id', 'url'], unique=True,
                    sqlite_where=_PRIVATE, postgresql_where=_PRIVATE)


def downgrade() -> None:
    op.drop_index('uq_posting_owner_url', table_name='jobposting')
