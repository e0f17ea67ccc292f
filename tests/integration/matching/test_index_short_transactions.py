"""Issue 9, finding 15: an index run never holds SQLite's write lock across the embedding.

Real model, real Chroma, a SQLite file. While ``index_open_postings`` embeds a later batch,
another connection must be able to take the write lock at once (``BEGIN IMMEDIATE`` with no
busy wait). Before the fix the run's first batch of records (and the removal of stale ones)
stayed uncommitted until the end, so every other writer waited behind the whole run.
"""

from __future__ import annotations

import sqlite3

from careercopilot.db import session_scope
from careercopilot.models import EmbeddingRecord, JobPosting
from careercopilot.services import matching
from careercopilot.services.matching import candidates
from sqlmodel import select


def _postings(n: int) -> None:
    with session_scope() as s:
        for i in range(n):
            s.add(JobPosting(source_type="greenhouse", ats_id=f"a{i}", url=f"https://jobs.example.org/{i}",
                             title=f"Backend engineer {i}", company="Acme", company_key="acme", dedupe_key=f"k{i}",
                             description_text="Python services and PostgreSQL.",
                             description_html="<p>Python services and PostgreSQL.</p>", content_hash=f"h{i}"))


def test_other_writers_never_wait_behind_an_index_run(sqlite_engine, index, monkeypatch):
    monkeypatch.setattr(candidates, "INDEX_BATCH", 2)  # 12 postings: outer batches of 8 and 4, 6 embedding batches
    _postings(12)
    db_file = sqlite_engine.url.database
    real_embed, attempts = candidates.embed_postings, []

    def embed_and_probe(postings):
        other = sqlite3.connect(db_file, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # the write lock, without waiting
            other.execute("ROLLBACK")
            attempts.append("free")
        except sqlite3.OperationalError as exc:
            attempts.append(str(exc))
        finally:
            other.close()
        return real_embed(postings)

    monkeypatch.setattr(candidates, "embed_postings", embed_and_probe)
    with session_scope() as s:
        counts = matching.index_open_postings(session=s, index=index)
    assert counts["embedded"] == 12
    assert attempts == ["free"] * 6, attempts
    with session_scope() as s:
        assert len(s.exec(select(EmbeddingRecord)).all()) == 12


def test_removing_closed_postings_takes_no_lock_before_the_embedding(sqlite_engine, index, monkeypatch):
    """lock70: the records of postings that left the index (closed) used to be deleted before the
    batch embedded — holding the write lock across the embedding. Now written just before the commit."""
    from sqlalchemy import update

    monkeypatch.setattr(candidates, "INDEX_BATCH", 2)
    _postings(8)
    with session_scope() as s:
        matching.index_open_postings(session=s, index=index)
    with session_scope() as s:  # 3 close, 3 are edited (re-embedded), all flagged again
        t = JobPosting.__table__
        s.execute(update(t).where(t.c.id.in_([1, 2, 3])).values(is_open=False, index_pending=True))
        s.execute(update(t).where(t.c.id.in_([4, 5, 6])).values(description_text="Go services and Redis.",
                                                                 index_pending=True))
    db_file = sqlite_engine.url.database
    real_embed, attempts = candidates.embed_postings, []

    def embed_and_probe(postings):
        other = sqlite3.connect(db_file, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            attempts.append("free")
        except sqlite3.OperationalError as exc:
            attempts.append(str(exc))
        finally:
            other.close()
        return real_embed(postings)

    monkeypatch.setattr(candidates, "embed_postings", embed_and_probe)
    with session_scope() as s:
        counts = matching.index_open_postings(session=s, index=index)
    assert (counts["removed"], counts["embedded"]) == (3, 3)
    assert attempts == ["free"] * 2, attempts
    with session_scope() as s:
        assert sorted(r.item_id for r in s.exec(select(EmbeddingRecord))) == [4, 5, 6, 7, 8]
