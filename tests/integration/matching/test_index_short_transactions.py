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
