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


def _rows(c):
    """posting id → (vector, metadata columns) of a cache snapshot (row order ignored)."""
    out = {}
    for pid, r in c.row_of.items():
        meta = (int(c.work_mode[r]), c.country[r] >= 0 and [k for k, v in c.countries.items() if v == c.country[r]][0],
                int(c.visa[r]), int(c.posted_at[r]), float(c.salary_top[r]),
                c.source_type[r] >= 0 and [k for k, v in c.source_types.items() if v == c.source_type[r]][0],
                int(c.owner_id[r]))
        out[pid] = (c.mat[r].copy(), meta)
    return out


def test_incremental_updates_give_the_same_neighbours_as_a_full_reload(filled, monkeypatch):
    """Writes patch the numpy cache in place (no reload of the collection); after a mix of new,
    changed, re-opened and removed postings — enough to reuse freed rows and outgrow the spare
    capacity — every filtered and unfiltered query returns what a freshly loaded cache returns."""
    from careercopilot.integrations import vector_cache

    index, docs, metas = filled
    monkeypatch.setattr(vector_cache, "GROWTH_MIN_ROWS", 8)  # small slack: the matrix must grow on the way
    monkeypatch.setattr(vector_cache, "GROWTH", 0.01)
    loads = []
    real_load = vector_cache.load
    monkeypatch.setattr(vector_cache, "load", lambda *a, **k: loads.append(1) or real_load(*a, **k))
    index.cache()
    loads.clear()
    rng = np.random.default_rng(21)
    next_id = N + 1
    removed: list[int] = []
    for step in range(12):
        if step % 3 == 2:  # removals
            gone = [int(x) for x in rng.choice(np.arange(1, N + 1), 25, replace=False) if int(x) not in removed]
            index.delete(gone)
            removed += gone
        else:
            items = []
            for _ in range(30):  # new postings
                v = docs[rng.integers(0, N)] + rng.normal(0, 0.2, 384).astype(np.float32)
                v /= np.linalg.norm(v)
                items.append(vectors.IndexItem(next_id, v, v[None, :], {"country": ["DE", "FR", "US"][next_id % 3],
                                                                         "work_mode": "hybrid", "owner_id": 0}))
                next_id += 1
            for pid in rng.choice(np.arange(1, N + 1), 10, replace=False):  # changed (or re-opened) postings
                v = rng.normal(size=384).astype(np.float32)
                v /= np.linalg.norm(v)
                items.append(vectors.IndexItem(int(pid), v, v[None, :], {**metas[int(pid) - 1], "country": "NL",
                                                                         "source_type": "ashby"}))
                if int(pid) in removed:
                    removed.remove(int(pid))
            index.upsert(items)
        index.cache()  # patched after every write, as queries between syncs would see it
    patched = index.cache()
    assert loads == [], "a write reloaded the whole collection"
    assert patched.free, "no row was freed by the removals"
    fresh = vectors.VectorIndex(index.client)
    fresh._cache = None
    reloaded = vector_cache.load(fresh.docs, version="x", local=0, epoch="", log_at=0.0)
    assert patched.live == reloaded.live == index.count()
    a, b = _rows(patched), _rows(reloaded)
    assert a.keys() == b.keys()
    for pid in a:
        assert np.allclose(a[pid][0], b[pid][0], atol=1e-6) and a[pid][1] == b[pid][1], pid
    filters = [vectors.VectorFilter(viewer_id=1), vectors.VectorFilter(viewer_id=5, country="NL"),
               vectors.VectorFilter(viewer_id=1, country="DE", work_modes=("hybrid", "remote")),
               vectors.VectorFilter(viewer_id=1, source_type="ashby"), vectors.VectorFilter(viewer_id=1, visa_only=True)]
    for qi in (0, 5, 99, 250, 599):
        q = docs[qi]
        for f in filters:
            mine = vectors.VectorIndex._exact(patched, index._mask_entry(patched, f), q, 15, 1.0)
            theirs = vectors.VectorIndex._exact(reloaded, fresh._mask_entry(reloaded, f), q, 15, 1.0)
            assert mine.ids == theirs.ids and np.allclose(mine.scores, theirs.scores, atol=1e-5)
            assert not set(mine.ids) & set(removed)
            assert set(index.query(q, k=15, filters=f).ids[:5]) <= set(theirs.ids)
