"""VectorIndex with the shared int8 snapshot (vector_quant) on a real Chroma PersistentClient:
same answers as exact search, filters, writes of this and of another index instance."""

from __future__ import annotations

import numpy as np
import pytest

from careercopilot.config import settings
from careercopilot.integrations import vectors

N = 1500


@pytest.fixture
def shared_index(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "vector_shared_min_rows", 1000)
    monkeypatch.setattr(settings, "data_dir", tmp_path / "data")
    rng = np.random.default_rng(4)
    centers = rng.normal(size=(15, 384)).astype(np.float32)
    docs = centers[rng.integers(0, 15, N)] + rng.normal(0, 0.3, (N, 384)).astype(np.float32)
    docs /= np.linalg.norm(docs, axis=1, keepdims=True)
    metas = [{"country": ["DE", "US", "GB"][i % 3], "work_mode": ["remote", "onsite"][i % 2],
              "visa": "yes" if i % 7 == 0 else "", "salary_min": 50_000 + 100 * i,
              "owner_id": 5 if i % 50 == 0 else 0, "posted_at": 1_700_000_000 + i} for i in range(N)]
    index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
    index.upsert([vectors.IndexItem(i + 1, docs[i], docs[i][None, :], metas[i]) for i in range(N)])
    return index, docs, metas


@pytest.mark.parametrize("flt,keep", [
    (vectors.VectorFilter(viewer_id=1, country="DE", work_modes=("remote",)),
     lambda m: m["country"] == "DE" and m["work_mode"] == "remote" and m["owner_id"] == 0),
    (vectors.VectorFilter(viewer_id=5, visa_only=True), lambda m: m["visa"] == "yes" and m["owner_id"] in (0, 5)),
    (vectors.VectorFilter(viewer_id=1, salary_floor_usd=150_000, work_modes=("onsite",)),
     lambda m: m["salary_min"] >= 150_000 and m["work_mode"] == "onsite" and m["owner_id"] == 0),
])
def test_shared_snapshot_answers_like_exact_search(shared_index, flt, keep):
    index, docs, metas = shared_index
    c = index.cache()
    assert c.shared is not None and (settings.data_dir / "vector-snapshots").is_dir()
    for qi in (3, 77, 901):
        res = index.query(docs[qi], k=10, filters=flt)
        rows = [i for i in range(N) if keep(metas[i])]
        truth = [rows[j] + 1 for j in np.argsort(-(docs[rows] @ docs[qi]))[:10]]
        assert res.path == "quant-mask"  # masks under HNSW_MIN_SELECTIVITY: the int8 scan serves them
        assert len(set(res.ids) & set(truth)) >= 9 and all(keep(metas[i - 1]) for i in res.ids)


def test_writes_are_patched_privately_and_a_second_index_maps_the_same_snapshot(shared_index):
    index, docs, _ = shared_index
    f = vectors.VectorFilter(viewer_id=1, country="DE", visa_only=True)
    before = index.cache()
    v = -docs[0]
    index.upsert([vectors.IndexItem(N + 1, v, v[None, :], {"country": "DE", "visa": "yes"})])
    res = index.query(v, k=3, filters=f)
    assert res.ids[0] == N + 1 and res.scores[0] == pytest.approx(1.0, abs=1e-5)
    after = index.cache()
    assert after.shared.path == before.shared.path and after.shared.dirty  # patched, no new snapshot
    index.delete([N + 1])
    assert (N + 1) not in index.query(v, k=3, filters=f).ids
    other = vectors.VectorIndex(index.client)  # a fresh process-like reader of the same collection
    other._cache = None
    assert other.cache(force_check=True).shared is not None
