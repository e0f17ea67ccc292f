"""Shared scenario: ``reindex_everything`` swaps a new index in without an empty-index window
(tests/unit/matching/test_reindex_swap.py with an embedded PersistentClient,
tests/integration/matching/test_reindex_swap_server.py with a ``chroma run`` server)."""

from __future__ import annotations

import zlib

import numpy as np
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.integrations import vectors
from careercopilot.models import EmbeddingRecord, JobPosting
from careercopilot.services.matching import candidates

N = 300  # > INDEX_BATCH * 4: the build takes several batches


def unit(seed: str) -> np.ndarray:
    v = np.random.default_rng(zlib.crc32(seed.encode())).normal(size=384).astype(np.float32)
    return v / np.linalg.norm(v)


def fake_embed(postings):
    """Deterministic vectors per posting text, no model (two chunks each)."""
    return [vectors.IndexItem(int(p.id), unit(p.title), np.stack([unit(p.title), unit(p.title + "/2")]),
                              candidates.posting_metadata(p)) for p in postings]


def add_postings(n: int = N, start: int = 1) -> list[int]:
    with session_scope() as s:
        rows = [JobPosting(source_type="greenhouse", ats_id=f"a{i}", url=f"https://jobs.example.org/{i}",
                           title=f"Role {i}", company=f"Company {i}", company_key=f"company-{i}", dedupe_key=f"k{i}",
                           description_text=f"Job {i}", description_html=f"<p>Job {i}</p>", content_hash=f"h{i}")
                for i in range(start, start + n)]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def reindex(index: vectors.VectorIndex, progress=None) -> dict:
    with session_scope() as s:
        return candidates.reindex_everything(session=s, index=index, progress=progress)


def records() -> dict[int, str]:
    with session_scope() as s:
        return {r.item_id: r.content_hash for r in s.exec(select(EmbeddingRecord).where(EmbeddingRecord.kind == "posting"))}


def collections(client) -> set[str]:
    return {c if isinstance(c, str) else c.name for c in client.list_collections()}


def run_swap_scenario(index: vectors.VectorIndex, observer: vectors.VectorIndex, monkeypatch) -> None:
    """``index`` is the reindexing process's index; ``observer`` another reader of the same store
    (the same process for a PersistentClient, another client for a server)."""
    monkeypatch.setattr(candidates, "embed_postings", fake_embed)
    ids = add_postings()
    first = reindex(index)
    assert first["embedded"] == N and index.count() == N and observer.count() == N
    probe = ids[7]
    assert observer.query(unit("Role 8"), k=3).ids[0] == probe
    live_names = {index.docs_name, index.chunks_name}
    before_records = records()
    assert len(before_records) == N

    # 1) during a rebuild the live index answers in full (the old code dropped it first: 0 rows)
    seen: list[tuple[int, int]] = []

    def watch(pct, message=None):
        if message and message.startswith(("built", "indexed")) and pct < 90:
            seen.append((observer.count(), len(observer.query(unit("Role 8"), k=3).ids)))
            assert seen[-1] == (N, 3), f"the live index while rebuilding: {seen[-1]} (count, results)"

    changed_during, embeds = [], []

    def embed_and_change(postings):  # a sync changes a posting while the build runs
        embeds.append(1)
        if len(embeds) == 2:
            with session_scope() as s:
                p = s.get(JobPosting, ids[0])  # already built: only the catch-up after the swap sees it
                p.title, p.index_pending = "Role renamed", True
                s.add(p)
            changed_during.append(ids[0])
        return fake_embed(postings)

    monkeypatch.setattr(candidates, "embed_postings", embed_and_change)
    second = reindex(index, progress=watch)
    assert seen and all(count == N and found == 3 for count, found in seen), seen
    assert second["embedded"] >= N and index.count() == N
    assert index.docs_name not in live_names and not (live_names & collections(index.client))  # old ones dropped
    assert observer.query(unit("Role 8"), k=3).ids[0] == probe  # the observer followed the swap
    assert index.query(unit("Role renamed"), k=1).ids == [ids[0]]  # caught up with the change
    assert set(records()) == set(ids)

    # 2) a build failing midway leaves the old index live, untouched, and nothing of the new one
    live = {index.docs_name, index.chunks_name, index.changes_name} & collections(index.client)
    before_records, calls = records(), []

    def fail_on_second_batch(postings):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("embedding failed")
        return fake_embed(postings)

    monkeypatch.setattr(candidates, "embed_postings", fail_on_second_batch)
    try:
        reindex(index)
    except RuntimeError as exc:
        assert str(exc) == "embedding failed"
    else:
        raise AssertionError("the failing build did not raise")
    assert index.count() == N and observer.count() == N
    assert observer.query(unit("Role 8"), k=3).ids[0] == probe
    assert {n for n in collections(index.client) if n.startswith(("postings-", "chunks-", "changes-"))} == live
    assert records() == before_records
