"""The 1,000,000-vector corpus of ``benchmarks/vectors_1m.py`` (cached under ``benchmarks/.cache``).

* base: :data:`BASE` (20,000) posting texts — the recorded + written real postings, then
  texts synthesized from them (``match.synth_texts``: a real title + sentences of postings of
  the same title family) — embedded with the real model exactly as ingestion does (chunk +
  aggregate, ``embeddings.embed_documents``). ~10–20 min on 2 busy cores, once (memoized in
  ``.cache/v1m-base-<hash>.npy``).
* every other posting: ``match.perturb`` of a base vector (cosine to its parent drawn from the
  measured nearest-neighbour cosines of the base, direction from the base's covariance);
  written as a float32 ``.npy`` (1.5 GB at 1M) in blocks, never held twice.
* metadata: ``match.metadata`` shares (work mode, country, visa, salary, posted date, source,
  1% private postings), encoded into the columns the app's cache holds.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

import _corpus  # noqa: F401  (repo root on sys.path)
import match as match_bench

CACHE = Path(__file__).resolve().parent / ".cache"
BASE = 20_000
#: Bump when the generated data changes.
VERSION = "v1m-1"
#: Fixed "now" of the metadata (posted dates are relative to it).
NOW = 1_796_000_000


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def base_vectors(n_base: int = BASE) -> np.ndarray:
    """``(n_base, 384)`` float32 document vectors of real + synthesized posting texts (memoized)."""
    from careercopilot.integrations import embeddings as emb

    texts = match_bench.synth_texts(n_base, random.Random(20_000))
    h = hashlib.sha256("\x1e".join([emb.MODEL_VERSION, *texts]).encode()).hexdigest()[:16]
    path = CACHE / f"v1m-base-{h}.npy"
    if path.exists():
        return np.load(path)
    CACHE.mkdir(parents=True, exist_ok=True)
    log(f"embedding {len(texts):,} posting texts with the real model (once; memoized in {path.name})")
    out = np.empty((len(texts), 384), dtype=np.float32)
    step = 500
    t0 = time.perf_counter()
    for a in range(0, len(texts), step):
        out[a:a + step] = np.stack([d for _, d in emb.embed_documents(texts[a:a + step])])
        log(f"  {min(len(texts), a + step):,}/{len(texts):,} embedded ({time.perf_counter() - t0:.0f}s)")
    np.save(path, out)
    return out


if __name__ == "__main__":
    base_vectors()


def _dir(n: int) -> Path:
    return CACHE / f"{VERSION}-{n}"


def nn_cosines(base: np.ndarray) -> np.ndarray:
    """Cosine of each base vector to its nearest other base vector (blockwise: 20k × 20k)."""
    out = np.empty(len(base), dtype=np.float32)
    for a in range(0, len(base), 2000):
        s = base[a:a + 2000] @ base.T
        s[np.arange(len(s)), np.arange(a, a + len(s))] = -1.0
        out[a:a + 2000] = s.max(axis=1)
    return out


def vectors(n: int) -> np.ndarray:
    """``(n, 384)`` float32 unit vectors (read-only memory map of the cached ``.npy``)."""
    d = _dir(n)
    path = d / "vectors.npy"
    if not (d / "vectors.ok").exists():
        d.mkdir(parents=True, exist_ok=True)
        base = base_vectors()
        rng = np.random.default_rng(n)
        nn = nn_cosines(base)
        sample = base[rng.choice(len(base), min(len(base), 2000), replace=False)]
        basis = (sample - base.mean(axis=0)) / np.sqrt(len(sample))
        parents = rng.integers(0, len(base), n)
        log(f"perturbing {n:,} vectors around {len(base):,} real ones → {path}")
        out = np.lib.format.open_memmap(path, mode="w+", dtype=np.float32, shape=(n, base.shape[1]))
        for a in range(0, n, 4000):
            b = min(n, a + 4000)
            out[a:b] = match_bench.perturb(base[parents[a:b]], rng.choice(nn, b - a), basis, rng)
        real = min(n, len(base))
        out[:real] = base[:real]
        out.flush()
        del out
        _columns(n, build=True)
        (d / "vectors.ok").write_text(time.strftime("%Y-%m-%d %H:%M:%S"))
    return np.load(path, mmap_mode="r")


def _columns(n: int, *, build: bool = False) -> dict:
    """The app cache's metadata columns of the corpus: ``{"columns", "countries", "source_types"}``."""
    from careercopilot.integrations import vector_cache, vectors as vx

    d = _dir(n)
    if build:
        rng = random.Random(n)
        cols = vector_cache._empty_cols(n)
        countries: dict[str, int] = {}
        sources: dict[str, int] = {}
        for r in range(n):
            vector_cache._encode(cols, r, r + 1, vx._md(match_bench.metadata(rng, NOW)), countries, sources)
        np.savez(d / "columns.npz", **cols)
        (d / "codes.json").write_text(json.dumps({"countries": countries, "source_types": sources}))
    got = np.load(d / "columns.npz")
    codes = json.loads((d / "codes.json").read_text())
    return {"columns": {k: got[k] for k in got.files}, **codes}


def snapshot_path(n: int) -> Path:
    return _dir(n) / "snapshot" / "postings-bench-0000000000000000"


def snapshot(n: int) -> Path:
    """The design's shared snapshot of the corpus, built by ``vector_quant.build_or_open``
    (what the app's load builds from Chroma pages) and cached."""
    from careercopilot.integrations import vector_cache, vector_quant

    path = snapshot_path(n)
    vecs = vectors(n)

    def fill(out: np.ndarray) -> dict:
        for a in range(0, n, 65536):
            out[a:min(n, a + 65536)] = vecs[a:min(n, a + 65536)]
        return {"n": n, **_columns(n)}

    log(f"snapshot {path} ({'cached' if (path / 'complete.json').exists() else 'building'})")
    sh, _ = vector_quant.build_or_open(path, fill, vector_cache._capacity(n))
    sh.file.close()
    del sh
    return path


def float_cache(n: int):
    """Today's private float32 cache (``vector_cache.VectorCache``) of the corpus."""
    from careercopilot.integrations import vector_cache

    info = _columns(n)
    mat = np.ascontiguousarray(np.load(_dir(n) / "vectors.npy"))
    cols = {k: np.ascontiguousarray(v) for k, v in info["columns"].items()}
    return vector_cache.VectorCache(
        version="bench", mat=mat, **cols, countries=info["countries"], source_types=info["source_types"],
        row_of={int(p): r for r, p in enumerate(cols["ids"].tolist())}, backing=mat)
