"""The shared int8 snapshot (integrations/vector_quant.py): quantization, recall vs exact, filters, files."""

from __future__ import annotations

import numpy as np
import pytest

from careercopilot.integrations import vector_cache, vector_quant, vectors


def _clustered(n: int, seed: int = 3) -> np.ndarray:
    """Unit vectors in 40 clusters with graded distances (like perturbed real embeddings)."""
    rng = np.random.default_rng(seed)
    centers = rng.normal(size=(40, 384)).astype(np.float32)
    x = centers[rng.integers(0, 40, n)] + rng.normal(0, 0.35, (n, 384)).astype(np.float32)
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def _snapshot(tmp_path, vecs: np.ndarray, cols: dict | None = None):
    n = len(vecs)
    if cols is None:
        cols = vector_cache._empty_cols(n)
        cols["ids"][:] = np.arange(1, n + 1)
        cols["owner_id"][:] = 0

    def fill(out):
        out[:n] = vecs
        return {"n": n, "columns": cols, "countries": {}, "source_types": {}}

    return vector_quant.build_or_open(tmp_path / "snap" / "postings-x-0123", fill, n + 64)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_round_trip_error_is_within_half_a_step_per_dimension(seed):
    v = _clustered(500, seed)
    scale = vector_quant.fit_scale(v)
    back = vector_quant.dequantize(vector_quant.quantize(v, scale), scale)
    inside = np.abs(v) <= 127 * scale  # the rest (0.1% per dimension) is clipped to ±127 steps
    assert inside.mean() >= 0.998
    assert np.all(np.abs(back - v)[inside] <= scale[np.nonzero(inside)[1]] / 2 + 1e-7)
    cos = np.sum(back * v, axis=1) / np.linalg.norm(back, axis=1)
    assert cos.min() > 0.999


def test_values_beyond_the_fitted_range_are_clipped_not_wrapped():
    scale = np.full(384, 0.01 / 127, np.float32)
    codes = vector_quant.quantize(np.full((1, 384), 0.5, np.float32), scale)
    assert codes.dtype == np.int8 and codes.min() == 127
    assert vector_quant.quantize(np.full((1, 384), -0.5, np.float32), scale).max() == -127


@pytest.mark.parametrize("share", [1.0, 0.6, 0.2, 0.01])  # dense (block scan), gather, selective
def test_top20_recall_vs_exact_and_only_masked_rows(tmp_path, share):
    v = _clustered(20_000)
    sh, _ = _snapshot(tmp_path, v)
    rng = np.random.default_rng(5)
    rows = np.sort(rng.choice(len(v), int(len(v) * share), replace=False))
    keep = set(rows.tolist())
    recalls = []
    for qi in rng.integers(0, len(v), 25):
        q = v[qi] + rng.normal(0, 0.02, 384).astype(np.float32)
        q /= np.linalg.norm(q)
        got, scores = vector_quant.search(sh, q, rows, 20, n=len(v))
        s = v[rows] @ q
        truth = rows[np.argsort(-s)[:20]]
        recalls.append(len(set(got.tolist()) & set(truth.tolist())) / 20)
        assert set(got.tolist()) <= keep
        np.testing.assert_allclose(scores, v[got] @ q, rtol=1e-5, atol=1e-6)  # exact re-ranked cosines
        assert list(scores) == sorted(scores, reverse=True)
    assert np.mean(recalls) >= 0.98


def test_memoized_gathered_codes_give_the_same_answer(tmp_path):
    v = _clustered(5000)
    sh, _ = _snapshot(tmp_path, v)
    rows = np.arange(0, 5000, 7)
    q = v[10]
    a = vector_quant.search(sh, q, rows, 20, n=5000)
    b = vector_quant.search(sh, q, rows, 20, n=5000, sub=np.asarray(sh.codes.take(rows, axis=0)))
    assert a[0].tolist() == b[0].tolist()


def test_snapshot_is_built_once_and_patches_stay_private(tmp_path):
    v = _clustered(1000)
    sh, info = _snapshot(tmp_path, v)
    again, _ = _snapshot(tmp_path, np.zeros_like(v))  # complete snapshot: opened, not rebuilt
    np.testing.assert_array_equal(again.exact_rows(np.array([0, 999])), v[[0, 999]])
    assert info["n"] == 1000
    c = vector_cache.from_shared(sh, info)
    new = -v[5]
    patched = vector_cache.patch(c, {6: (new, {"owner_id": 0})}, [])  # posting 6 = row 5
    assert patched.shared.dirty == frozenset({5})
    np.testing.assert_array_equal(patched.shared.exact_rows(np.array([5])), new[None, :])
    third, _ = vector_quant.open_shared(sh.path)  # another process: the file is unchanged
    np.testing.assert_array_equal(third.exact_rows(np.array([5])), v[[5]])


def test_patch_past_capacity_asks_for_a_reload(tmp_path):
    v = _clustered(100)
    sh, info = _snapshot(tmp_path, v)  # capacity 164
    c = vector_cache.from_shared(sh, info)
    more = {1000 + i: (v[i % 100], {}) for i in range(100)}
    with pytest.raises(vector_cache.NeedsReload):
        vector_cache.patch(c, more, [])


@pytest.mark.parametrize("flt,keep", [
    (vectors.VectorFilter(country="DE"), lambda i: i % 3 == 0),
    (vectors.VectorFilter(visa_only=True), lambda i: i % 5 == 0),
    (vectors.VectorFilter(work_modes=("remote",), country="US"), lambda i: i % 2 == 0 and i % 3 == 1),
    (vectors.VectorFilter(viewer_id=7, salary_floor_usd=150_000), lambda i: i % 4 == 1),
])
def test_index_exact_path_on_a_shared_cache_honours_filters(tmp_path, flt, keep):
    n = 4000
    v = _clustered(n, 9)
    i = np.arange(n)
    cols = vector_cache._empty_cols(n)
    cols["ids"][:] = i + 1
    cols["country"][:] = np.where(i % 3 == 0, 0, np.where(i % 3 == 1, 1, 2))
    cols["work_mode"][:] = np.where(i % 2 == 0, 0, 2)
    cols["visa"][:] = np.where(i % 5 == 0, 1, 0)
    cols["salary_top"][:] = np.where(i % 4 == 1, 200_000, 90_000)
    cols["owner_id"][:] = 0
    cols["posted_at"][:] = 1_700_000_000
    cols["source_type"][:] = 0

    def fill(out):
        out[:n] = v
        return {"n": n, "columns": cols, "countries": {"DE": 0, "US": 1, "GB": 2}, "source_types": {"lever": 0}}

    sh, info = vector_quant.build_or_open(tmp_path / "s" / "postings-y-1", fill, n + 10)
    shared = vector_cache.from_shared(sh, info)
    plain = vector_cache.VectorCache(version="", mat=v, **{k: a.copy() for k, a in cols.items()},
                                     countries=dict(info["countries"]), source_types={"lever": 0},
                                     row_of={int(p): r for r, p in enumerate(cols["ids"].tolist())})
    for qi in (1, 500, 3333):
        e = vectors.VectorIndex._mask_entry(shared, flt)
        got = vectors.VectorIndex._exact(shared, e, v[qi], 20, len(e.rows) / n)
        want = vectors.VectorIndex._exact(plain, vectors.VectorIndex._mask_entry(plain, flt), v[qi], 20, 1.0)
        assert got.path == "quant-mask" and want.path == "exact-mask"
        assert all(keep(pid - 1) for pid in got.ids)
        assert len(set(got.ids) & set(want.ids)) >= 19


def test_row_map_behaves_like_the_dict_it_replaces():
    ids = np.array([50, 7, -1, 12, 99], dtype=np.int64)  # row 2 is free
    m = vector_quant.RowMap.from_ids(ids)
    d = {50: 0, 7: 1, 12: 3, 99: 4}
    ops = [("pop", 7), ("set", 300, 2), ("pop", 300), ("set", 7, 1), ("pop", 12), ("pop", 12), ("set", 301, 5)]
    for op in [None, *ops]:
        if op and op[0] == "pop":
            assert m.pop(op[1], None) == d.pop(op[1], None)
        elif op:
            m[op[1]] = op[2]
            d[op[1]] = op[2]
        assert dict(m.items()) == d and len(m) == len(d)
        for pid in (7, 12, 50, 99, 300, 301, 1234):
            assert (pid in m) == (pid in d) and m.get(pid) == d.get(pid)
    snapshot = m.copy()
    m.pop(50)
    assert 50 in snapshot and 50 not in m  # copies are independent


def test_rebuilds_for_new_epochs_leave_one_lock_file_per_collection(tmp_path):
    v = _clustered(200)
    root = tmp_path / "snap"
    root.mkdir()
    (root / ".postings-old0.lock").write_text("")  # an earlier release's per-snapshot lock
    for tag in ("a1", "b2", "c3"):
        def fill(out):
            out[:200] = v
            cols = vector_cache._empty_cols(200)
            return {"n": 200, "columns": cols, "countries": {}, "source_types": {}}
        vector_quant.build_or_open(root / f"postings-{tag}", fill, 256)
    names = sorted(p.name for p in root.iterdir())
    assert names == [".postings.lock", "postings-c3"]
