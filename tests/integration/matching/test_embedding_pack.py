"""The shipped demo-feed embedding pack covers what the seed stores, and holds the model's vectors.

The demo feed goes through the seed's own path (``sources.ensure_demo_sources`` +
``ingest_sync.sync_source`` into PostgreSQL), then every indexable demo posting's chunk texts
(``matching.posting_chunks``) are looked up in ``careercopilot/data/demo_embeddings.npz``.
A normalizer or chunking change that alters the texts makes this fail: rebuild the pack
with ``make demo-embeddings`` (a stale pack only costs indexing time, never a wrong vector:
lookups are by the text's hash).
"""

from __future__ import annotations

import numpy as np
import pytest
from sqlmodel import Session, select

from careercopilot.config import settings
from careercopilot.integrations import embedding_pack, embeddings
from careercopilot.models import JobPosting
from careercopilot.services import ingest_sync, matching, sources

#: Share of the demo feed's chunks the pack must hold (1.0 right after `make demo-embeddings`).
MIN_COVERAGE = 0.99


@pytest.fixture(scope="module")
def demo_chunks(mdb):
    from sqlalchemy import text
    from sqlmodel import SQLModel

    import careercopilot.models  # noqa: F401

    names = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with mdb.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    with Session(mdb) as s:
        ids = sources.ensure_demo_sources(session=s)
        s.commit()
    for source_id in ids:
        with Session(mdb) as s:
            run = ingest_sync.sync_source(session=s, source_id=source_id)
            assert run.status != "failed", run.error
            s.commit()
    with Session(mdb) as s:
        rows = [p for p in s.exec(select(JobPosting)).all() if matching._indexable(p)]
    assert len(rows) >= 900
    return [c for p in rows for c in matching.posting_chunks(p)]


def test_the_pack_covers_the_demo_feed_the_seed_stores(demo_chunks):
    embedding_pack.reset()
    assert embedding_pack.table(), "the shipped pack is missing or of another MODEL_VERSION"
    hits = embedding_pack.lookup(demo_chunks)
    coverage = len(hits) / len(demo_chunks)
    assert coverage >= MIN_COVERAGE, (f"{len(hits)}/{len(demo_chunks)} demo chunks in the pack: "
                                      "rebuild it with `make demo-embeddings`")


def test_pack_vectors_are_the_models_vectors(demo_chunks, model, monkeypatch):
    rng = np.random.default_rng(7)
    sample = [demo_chunks[i] for i in rng.choice(len(demo_chunks), size=24, replace=False)]
    packed = embedding_pack.lookup(sample)
    assert len(packed) == len(sample)
    monkeypatch.setattr(settings, "embedding_pack", False)
    fresh = embeddings.embed_texts(sample)
    cos = [float(packed[i] @ fresh[i]) for i in range(len(sample))]
    assert min(cos) > 0.999, cos


def test_write_demo_pack_round_trips(clean_db, index, tmp_path, monkeypatch):
    """``pack-embeddings`` on a database holding part of the demo feed writes a pack that
    answers for exactly those postings' chunks (vectors from the shipped pack: no model run)."""
    with Session(clean_db) as s:
        ids = sources.ensure_demo_sources(session=s)
        s.commit()
    with Session(clean_db) as s:
        ingest_sync.sync_source(session=s, source_id=ids[0])
        s.commit()
    out = tmp_path / "pack.npz"
    with Session(clean_db) as s:
        counts = matching.write_demo_pack(session=s, path=out, index=index)
        rows = [p for p in s.exec(select(JobPosting)).all() if matching._indexable(p)]
    chunks = [c for p in rows for c in matching.posting_chunks(p)]
    assert counts["postings"] == len(rows) >= 1 and counts["chunks"] == len(set(chunks))
    monkeypatch.setattr(embedding_pack, "PACK_PATH", out)
    embedding_pack.reset()
    try:
        assert len(embedding_pack.lookup(chunks)) == len(chunks)
        assert embedding_pack.lookup(["a text nobody packed"]) == {}
    finally:
        embedding_pack.reset()
