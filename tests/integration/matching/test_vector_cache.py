"""VectorIndex's numpy cache on a real Chroma PersistentClient: exactness, memoized masks, invalidation."""

from __future__ import annotations

import numpy as np
import pytest

from careercopilot.integrations import vectors

N = 600


@pytest.fixture
def filled(tmp_path):
    rng = np.random.default_rng(11)
    centers = rng.normal(size=(12, 384)).astype(np.float32)
    docs = centers[rng.integers(0, 12, N)] + rng.normal(0, 0.3, (N, 384)).astype(np.float32)
    docs /= np.linalg.norm(docs, axis=1, keepdims=True)
    metas = [{"country": ["DE", "US", "GB"][i % 3], "work_mode": ["remote", "onsite"][i % 2],
              "visa": "yes" if i % 7 == 0 else "", "source_type": ["lever", "greenhouse"][i % 2 == 0 and i % 4 == 0],
              "salary_min": 50_000 + 100 * i, "owner_id": 5 if i % 50 == 0 else 0, "posted_at": 1_700_000_000 + i}
             for i in range(N)]
    index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
    index.upsert([vectors.IndexItem(i + 1, docs[i], docs[i][None, :], metas[i]) for i in range(N)])
    return index, docs, metas


def _truth(docs, metas, q, k, keep):
    rows = [i for i in range(N) if keep(metas[i])]
    s = docs[rows] @ q
    return [rows[j] + 1 for j in np.argsort(-s)[:k]]


@pytest.mark.parametrize("flt,keep", [
    (vectors.VectorFilter(viewer_id=1, country="DE"), lambda m: m["country"] == "DE" and m["owner_id"] == 0),
    (vectors.VectorFilter(viewer_id=5, visa_only=True), lambda m: m["visa"] == "yes" and m["owner_id"] in (0, 5)),
    (vectors.VectorFilter(viewer_id=1, source_type="greenhouse", salary_floor_usd=80_000),
     lambda m: m["source_type"] == "greenhouse" and m["salary_min"] >= 80_000 and m["owner_id"] == 0),
    (vectors.VectorFilter(viewer_id=1, work_modes=("remote",)), lambda m: m["work_mode"] == "remote" and m["owner_id"] == 0),
])
def test_filtered_queries_match_exact_numpy(filled, flt, keep):
    index, docs, metas = filled
    for qi in (3, 77, 301):
        res = index.query(docs[qi], k=10, filters=flt)
        truth = _truth(docs, metas, docs[qi], 10, keep)
        assert len(set(res.ids) & set(truth)) >= 9, res.path
        assert all(keep(metas[i - 1]) for i in res.ids)


def test_unknown_filter_values_give_empty_results(filled):
    index, docs, _ = filled
    assert index.query(docs[0], k=5, filters=vectors.VectorFilter(country="ZZ")).ids == []
    assert index.query(docs[0], k=5, filters=vectors.VectorFilter(source_type="nope")).ids == []


def test_masks_are_memoized_and_invalidated_by_writes_of_any_instance(filled):
    index, docs, _ = filled
    f = vectors.VectorFilter(viewer_id=1, country="DE")
    index.query(docs[0], k=5, filters=f)
    c = index.cache()
    entry = index._mask_entry(c, f)
    index.query(docs[1], k=5, filters=f)
    assert index.cache() is c and index._mask_entry(c, f) is entry  # no reload, same memoized mask
    # a second VectorIndex on the same folder in this process writes: the first sees it at once
    other = vectors.VectorIndex(index.client)
    v = docs[0].copy()
    other.upsert([vectors.IndexItem(N + 1, v, v[None, :], {"country": "DE"})])
    res = index.query(v, k=3, filters=f)
    assert index.cache() is not c and (N + 1) in res.ids
    other.delete([N + 1])
    assert (N + 1) not in index.query(v, k=3, filters=f).ids
