"""Shared int8 snapshot of the posting vectors: what a large index keeps per app process.

Why (issue 15, "Scale"): the float32 cache costs 1.5 GB per process at 1,000,000 postings
× 384 dims; with 4 app processes that is 6 GB of identical copies. Above
``settings.vector_shared_min_rows`` postings the cache is instead a **snapshot directory**
every process on the host maps (``mmap``, so the kernel keeps ONE copy in its page cache and
``/proc/<pid>/smaps_rollup`` charges each of N processes 1/N of it, as PSS):

* ``codes.i8``  int8 ``(capacity, 384)``: per-dimension symmetric scalar quantization,
  ``code = round(x / scale)`` clipped to ±127, ``scale[d]`` = 99.9th percentile of
  ``|x[:, d]|`` / 127 over the snapshot (:data:`CLIP_PERCENTILE`). 384 MB at 1M → 96 MB PSS each of 4 processes;
* ``vectors.f32`` float32 ``(capacity, 384)``: the exact vectors. Read only for the re-rank
  candidates, with ``os.pread`` (page cache, never mapped): the process is not charged for
  it however many queries run;
* ``meta.npz``: the int-coded metadata columns + code tables (copied into each process: ~30 MB
  at 1M) and ``scale``.

Search (:func:`search`): approximate scores of the masked rows from the int8 codes (blocks
of :data:`BLOCK` rows cast to float32 then one sgemv each: ~4× less memory traffic than the
float32 mat-vec, measured 12.7 ms vs 24 ms at 200k rows), then the best
``max(k × RERANK_FACTOR, RERANK_MIN)`` candidates are re-scored with their exact float32
vectors. Returned scores are exact cosines; a true top-k posting is missed only if int8 error
pushes it below the candidate cut (recall@20 measured by benchmarks/vectors_1m.py).

Measured (benchmarks/vectors_1m.py, 1,000,000 postings around 20,000 real embeddings, 12
realistic filters, 2 shared cores, 2026-12-05): filtered top-20 p95 57.6 ms vs 341.8 ms for the
exact float32 search (0.17 ×), recall@20 1.000, 203 MB PSS per process with 4 processes vs
1,639 MB for a private float32 cache.

Alternatives measured/considered (see benchmarks/vectors_1m.py and README "Benchmarks"):
Chroma server HNSW with ``where`` pre-filtering measured 60–200 ms at 100k (PLATFORM.md) —
slower than the exact scan it would replace; sharding by filter multiplies the copies for
multi-field filters. float16 has no BLAS path in numpy (cast 8× slower than int8 here).

Writes: a snapshot is immutable on disk. A process patches its own view copy-on-write
(``mmap`` ``MAP_PRIVATE``: only the touched 4 KB pages become private) and remembers the
patched rows (re-ranked from its private pages, not the file). Growth past the snapshot's
spare rows, or more than :data:`MAX_DIRTY_ROWS` patched rows, makes a new snapshot (full load).
Snapshots live under ``<DATA_DIR>/vector-snapshots/<collection>-<epoch>-<version>``; the first
process builds one under an exclusive ``flock`` and the others map it.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from careercopilot.integrations.embeddings import DIM

#: Rows cast per block (1,024–4,096 measured fastest: the float32 block stays in L2).
BLOCK = 4096
#: Candidates re-ranked with exact float32 vectors: max(k × RERANK_FACTOR, RERANK_MIN).
RERANK_FACTOR = 5
RERANK_MIN = 100
#: Patched rows beyond which the next catch-up builds a new snapshot instead.
MAX_DIRTY_ROWS = 20_000
#: Share of each dimension's values that quantize without clipping (scale fitted on at most
#: SCALE_SAMPLE rows). Measured on 300k vectors around the 20,000 real embeddings: top-20
#: re-ranked recall 1.000 with the 99.9th percentile vs 0.998 with the maximum.
CLIP_PERCENTILE = 99.9
SCALE_SAMPLE = 65_536
#: Masks keeping more than this share are scored over contiguous blocks (no gather).
DENSE_MASK = 0.5
_DONE = "complete.json"


def fit_scale(vectors: np.ndarray, percentile: float = CLIP_PERCENTILE) -> np.ndarray:
    """Per-dimension scale ``(384,)`` float32: the ``percentile`` of ``|x[:, d]|`` maps to 127
    (the rarer larger values are clipped: a finer step for all the others)."""
    if not len(vectors):
        return np.full(DIM, 1.0 / 127, np.float32)
    top = np.percentile(np.abs(np.asarray(vectors, dtype=np.float32)), percentile, axis=0)
    return (np.maximum(top, 1e-6) / 127.0).astype(np.float32)


def quantize(vectors: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """int8 codes of float ``vectors`` ``(n, 384)`` (values beyond ±127 × scale are clipped)."""
    return np.clip(np.rint(np.asarray(vectors, dtype=np.float32) / scale), -127, 127).astype(np.int8)


def dequantize(codes: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """float32 approximation of the vectors behind ``codes``."""
    return codes.astype(np.float32) * scale


@dataclass
class Shared:
    """One process's view of a snapshot: mapped codes, the float32 file, its patched rows."""

    path: Path
    codes: np.ndarray  # int8 (capacity, 384), np.memmap mode "c" (copy-on-write)
    scale: np.ndarray  # float32 (384,)
    mat: np.ndarray  # float32 (capacity, 384), np.memmap mode "c" — patches and slow paths only
    file: Any = None  # vectors.f32 opened read-only (pread for re-ranking); closed with the last view
    dirty: frozenset[int] = field(default_factory=frozenset)  # rows patched in this process

    def exact_rows(self, rows: np.ndarray) -> np.ndarray:
        """float32 ``(len(rows), 384)`` exact vectors (file via pread; patched rows from ``mat``)."""
        out = np.empty((len(rows), DIM), dtype=np.float32)
        width, fd = DIM * 4, self.file.fileno()
        for j, r in enumerate(rows.tolist()):
            if r in self.dirty:
                out[j] = self.mat[r]
            else:
                out[j] = np.frombuffer(os.pread(fd, width, r * width), dtype=np.float32)
        return out

    def write_row(self, r: int, vec: np.ndarray) -> None:
        """Patch row ``r`` (private copy-on-write pages of this process)."""
        v = np.asarray(vec, dtype=np.float32)
        self.mat[r] = v
        self.codes[r] = quantize(v[None, :], self.scale)[0]


class RowMap(Mapping):
    """Posting id → row of a shared snapshot, compact: sorted numpy ids (12 bytes a posting,
    vs ~110 MB for a 1M-entry dict) plus a small overlay of this process's patches.

    Mutable like the dict it replaces (``copy``, ``pop``, item assignment) so
    ``vector_cache.patch`` treats both alike; a copy shares the numpy arrays.
    """

    def __init__(self, keys: np.ndarray, rows: np.ndarray, overlay: dict[int, int] | None = None,
                 hidden: set[int] | None = None, size: int | None = None) -> None:
        self._keys, self._rows = keys, rows
        self._overlay = overlay if overlay is not None else {}
        self._hidden = hidden if hidden is not None else set()
        self._size = len(keys) if size is None else size

    @classmethod
    def from_ids(cls, ids: np.ndarray) -> RowMap:
        """Map of rows ``0..n-1`` holding posting ``ids[row]`` (rows with id < 0 are free)."""
        rows = np.flatnonzero(ids >= 0)
        order = np.argsort(ids[rows], kind="stable")
        return cls(np.ascontiguousarray(ids[rows][order]), rows[order].astype(np.int64))

    def _base(self, pid: int) -> int | None:
        i = int(np.searchsorted(self._keys, pid))
        return int(self._rows[i]) if i < len(self._keys) and int(self._keys[i]) == pid else None

    def get(self, pid: Any, default: Any = None) -> Any:
        pid = int(pid)
        if pid in self._overlay:
            return self._overlay[pid]
        if pid in self._hidden:
            return default
        r = self._base(pid)
        return default if r is None else r

    def __getitem__(self, pid: Any) -> int:
        r = self.get(pid)
        if r is None:
            raise KeyError(pid)
        return r

    def __contains__(self, pid: object) -> bool:
        return isinstance(pid, (int, np.integer)) and self.get(pid) is not None

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[int]:
        for pid in self._keys.tolist():
            if pid not in self._hidden and pid not in self._overlay:
                yield pid
        yield from self._overlay

    def __setitem__(self, pid: int, row: int) -> None:
        if int(pid) not in self:
            self._size += 1
        self._overlay[int(pid)] = int(row)

    def pop(self, pid: int, default: Any = None) -> Any:
        r = self.get(pid)
        if r is None:
            return default
        self._overlay.pop(int(pid), None)
        if self._base(int(pid)) is not None:
            self._hidden.add(int(pid))
        self._size -= 1
        return r

    def copy(self) -> RowMap:
        return RowMap(self._keys, self._rows, dict(self._overlay), set(self._hidden), self._size)


def _topk(scores: np.ndarray, k: int) -> np.ndarray:
    kk = min(k, len(scores))
    top = np.argpartition(-scores, kk - 1)[:kk] if kk < len(scores) else np.arange(len(scores))
    return top[np.argsort(-scores[top], kind="stable")]


def approx_scores(codes: np.ndarray, scale: np.ndarray, q: np.ndarray, rows: np.ndarray, *,
                  n: int, sub: np.ndarray | None = None) -> np.ndarray:
    """Approximate cosines ``(len(rows),)`` of ``q`` with the int8 ``codes`` of ``rows``.

    ``sub``: the codes of ``rows`` already gathered (memoized selective masks); ``n``: rows in
    use (dense masks scan ``codes[:n]`` in blocks and keep ``rows``).
    """
    qs = (q * scale).astype(np.float32)
    if sub is not None:
        src, idx = sub, None
    elif len(rows) > n * DENSE_MASK:
        src, idx = codes[:n], None
    else:
        src, idx = codes, rows
    total = len(src) if idx is None else len(idx)
    out = np.empty(total, dtype=np.float32)
    for a in range(0, total, BLOCK):
        b = min(total, a + BLOCK)
        blk = src[a:b] if idx is None else src.take(idx[a:b], axis=0)
        out[a:b] = blk.astype(np.float32) @ qs
    if sub is None and idx is None:
        out = out[rows]
    return out


def search(shared: Shared, q: np.ndarray, rows: np.ndarray, k: int, *, n: int,
           sub: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(row numbers best first, exact cosines) of the top ``k`` of ``rows`` for unit ``q``."""
    approx = approx_scores(shared.codes, shared.scale, q, rows, n=n, sub=sub)
    cand = rows[_topk(approx, max(k * RERANK_FACTOR, RERANK_MIN))]
    exact = shared.exact_rows(cand) @ q
    best = _topk(exact, k)
    return cand[best], exact[best]


# ---------------------------------------------------------------------- snapshot files

def snapshot_dir(root: Path, collection: str, epoch: str, version: str) -> Path:
    """Folder of the snapshot of ``collection`` at (``epoch``, ``version``)."""
    tag = hashlib.sha256(f"{epoch}:{version}".encode()).hexdigest()[:16]
    return root / f"{collection}-{tag}"


def open_shared(path: Path) -> tuple[Shared, dict[str, Any]]:
    """Map a complete snapshot: (view, ``{"n", "columns", "countries", "source_types"}``)."""
    info = json.loads((path / _DONE).read_text())
    cap = int(info["capacity"])
    meta = np.load(path / "meta.npz")
    scale = meta["scale"].astype(np.float32)
    codes = np.memmap(path / "codes.i8", dtype=np.int8, mode="c", shape=(cap, DIM))
    mat = np.memmap(path / "vectors.f32", dtype=np.float32, mode="c", shape=(cap, DIM))
    file = open(path / "vectors.f32", "rb", buffering=0)  # noqa: SIM115 - lives as long as the views
    cols = {k[4:]: meta[k] for k in meta.files if k.startswith("col_")}
    shared = Shared(path=path, codes=codes, scale=scale, mat=mat, file=file)
    return shared, {"n": int(info["n"]), "columns": cols, "countries": info["countries"],
                    "source_types": info["source_types"]}


def build_or_open(path: Path, fill: Callable[[np.memmap], dict[str, Any]], capacity: int) -> tuple[Shared, dict[str, Any]]:
    """Open the snapshot at ``path``, building it first when absent (one builder per host).

    ``fill(vectors)`` writes the float32 rows into ``vectors`` (a ``(capacity, 384)`` file
    mapping) and returns ``{"n", "columns", "countries", "source_types"}``; codes are derived
    here. Other snapshots of the same collection are deleted (mapped files stay valid for the
    processes still using them).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(_lock_path(path), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not (path / _DONE).exists():
                _build(path, fill, capacity)
            try:
                return open_shared(path)
            except FileNotFoundError:  # deleted by a newer snapshot's builder meanwhile: rebuild
                _build(path, fill, capacity)
                return open_shared(path)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _collection(path: Path) -> str:
    """The collection a snapshot folder ``<collection>-<tag>`` belongs to."""
    return path.name.rsplit("-", 1)[0]


def _lock_path(path: Path) -> Path:
    """One lock file per collection, not per snapshot: snapshots come and go with every epoch
    and version, and a per-snapshot lock file would stay behind for each (a lock file can't be
    deleted safely while another process may hold or be opening it)."""
    return path.parent / f".{_collection(path)}.lock"


def _build(path: Path, fill: Callable[[np.memmap], dict[str, Any]], capacity: int) -> None:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    vecs = np.memmap(path / "vectors.f32", dtype=np.float32, mode="w+", shape=(capacity, DIM))
    info = fill(vecs)
    n = int(info["n"])
    if n > capacity:
        raise ValueError(f"snapshot holds {n} rows, capacity {capacity}")
    scale = fit_scale(vecs[:n:max(1, n // SCALE_SAMPLE)])
    codes = np.memmap(path / "codes.i8", dtype=np.int8, mode="w+", shape=(capacity, DIM))
    for a in range(0, n, 65536):
        codes[a:min(n, a + 65536)] = quantize(vecs[a:min(n, a + 65536)], scale)
    codes.flush()
    vecs.flush()
    del codes, vecs
    np.savez(path / "meta.npz", scale=scale, **{f"col_{k}": v for k, v in info["columns"].items()})
    (path / _DONE).write_text(json.dumps({"n": n, "capacity": capacity, "countries": info["countries"],
                                          "source_types": info["source_types"]}))
    prefix = _collection(path) + "-"
    for other in path.parent.iterdir():
        if other.is_dir() and other.name.startswith(prefix) and other != path:
            shutil.rmtree(other, ignore_errors=True)
        elif other.name.startswith("." + prefix) and other.name.endswith(".lock"):
            other.unlink(missing_ok=True)  # per-snapshot lock files of earlier releases: unused now
