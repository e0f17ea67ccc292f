"""The posting vector index: ChromaDB (HNSW, cosine) plus an in-process numpy cache for filters.

Client: ``HttpClient`` when ``settings.chroma_url`` is set (a ``chroma run`` server; required
whenever more than one process writes/reads, e.g. app + RQ worker), otherwise the embedded
``PersistentClient(settings.chroma_path)``. Never open one persistent folder from two
processes. Every collection is created/opened with ``embedding_function=None`` and every
write/query passes our own vectors (``embeddings=`` / ``query_embeddings=``): Chroma's
default embedding function would download a model.

Collections (names carry a slug of the model version, so a model change gives new
collections and a re-index, never a silent mix):

* ``postings-<slug>``: one document vector per open posting, id = posting id, metadata
  ``work_mode, country, posted_at (epoch s, 0 = unknown), visa ("yes"|"no"|""),
  salary_min/salary_max (annualized USD, -1 = unknown), is_open, source_type,
  owner_id (0 = shared), n_chunks``;
* ``chunks-<slug>``: the posting's chunk vectors, ids ``"<posting id>:<i>"``.

Queries (:meth:`VectorIndex.query`), and which **path** serves them (``QueryResult.path``):

* no filter → ``"hnsw"``: Chroma's HNSW top-k, over-fetched and post-filtered so private
  postings of other users never come back;
* filter → a boolean mask over the numpy cache of all document vectors + metadata
  (refreshed when the collection's version counter changes). When the mask keeps at least
  :data:`HNSW_MIN_SELECTIVITY` of the index → ``"hnsw+postfilter"`` (over-fetch
  ``k / selectivity × OVERFETCH`` from HNSW, keep rows in the mask); otherwise (or when
  the over-fetch came back short) → ``"exact-mask"``: exact cosine over the masked rows.
  Chroma's own ``where`` filter is never used for queries: it measured 60–200 ms at 100k
  (PLATFORM.md).
"""

from __future__ import annotations

import hashlib
import math
import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import numpy as np

from careercopilot.config import settings
from careercopilot.integrations.embeddings import DIM, MODEL_VERSION

#: Masks keeping at least this share of the index use HNSW + post-filter (else exact numpy).
HNSW_MIN_SELECTIVITY = 0.25
#: Over-fetch factor on top of k / selectivity for HNSW + post-filter.
OVERFETCH = 1.6
#: Most results ever asked of HNSW in one query.
MAX_HNSW_RESULTS = 1000
#: Seconds between checks of the collection's version counter (foreign writers).
CACHE_CHECK_SECONDS = 2.0
#: Page size when loading the collection into the numpy cache.
LOAD_PAGE = 5000
#: HNSW parameters (Chroma ``configuration``); ef_search 256 / M 32 keep recall@20 ≥ 0.95 measured
#: by benchmarks/match.py.
HNSW_CONFIG = {"space": "cosine", "ef_construction": 200, "ef_search": 256, "max_neighbors": 32}

WORK_MODES = ("remote", "hybrid", "onsite")


def collection_slug(model_version: str = MODEL_VERSION) -> str:
    """A Chroma-safe name fragment identifying ``model_version`` (readable part + 8 hex)."""
    readable = re.sub(r"[^A-Za-z0-9._-]+", "-", model_version).strip("-._")[:80]
    digest = hashlib.sha256(model_version.encode()).hexdigest()[:8]
    return f"{readable}-{digest}"


@dataclass(frozen=True)
class VectorFilter:
    """Metadata filter of a query. ``None``/empty fields do not filter.

    Attributes:
        viewer_id: the user asking — shared postings plus this user's private ones pass
            (0/None = shared only).
        work_modes: allowed work modes (``remote|hybrid|onsite``).
        country: ISO 3166-1 alpha-2.
        visa_only: only postings stating visa sponsorship (``visa == "yes"``).
        posted_after: epoch seconds; postings with unknown date are dropped when set.
        salary_floor_usd: annual USD; keeps postings whose max (or min) ≥ the floor;
            postings without salary are dropped when set.
        source_type: connector key.
        exclude_ids: posting ids never returned.
    """

    viewer_id: int | None = None
    work_modes: tuple[str, ...] = ()
    country: str | None = None
    visa_only: bool = False
    posted_after: int | None = None
    salary_floor_usd: float | None = None
    source_type: str | None = None
    exclude_ids: frozenset[int] = frozenset()

    @property
    def is_restrictive(self) -> bool:
        """True when anything beyond the viewer rule filters."""
        return bool(
            self.work_modes or self.country or self.visa_only or self.posted_after
            or self.salary_floor_usd or self.source_type
        )


@dataclass
class QueryResult:
    """Top-k posting ids (best first), their cosine similarity, and the serving path."""

    ids: list[int]
    scores: list[float]
    path: str
    selectivity: float = 1.0


@dataclass
class IndexItem:
    """One posting to index: document vector, chunk vectors and metadata (see module doc)."""

    posting_id: int
    doc_vector: np.ndarray
    chunk_vectors: np.ndarray
    metadata: dict[str, Any]


@dataclass
class _Cache:
    version: str
    ids: np.ndarray  # int64 (n,)
    mat: np.ndarray  # float32 (n, 384)
    work_mode: np.ndarray  # int8 index into WORK_MODES, -1 unknown
    country: np.ndarray  # <U2
    visa: np.ndarray  # int8 1 yes, 0 no, -1 unknown
    posted_at: np.ndarray  # int64 epoch s, 0 unknown
    salary_min: np.ndarray  # float64, -1 unknown
    salary_max: np.ndarray
    source_type: np.ndarray  # object
    owner_id: np.ndarray  # int64
    n_chunks: np.ndarray  # int32
    row_of: dict[int, int] = field(default_factory=dict)
    checked_at: float = 0.0


def _md(meta: dict[str, Any]) -> dict[str, Any]:
    """Chroma-safe metadata: no None values (sentinels instead)."""
    out = {
        "work_mode": meta.get("work_mode") or "",
        "country": (meta.get("country") or "").upper(),
        "posted_at": int(meta.get("posted_at") or 0),
        "visa": meta.get("visa") or "",
        "salary_min": float(meta["salary_min"]) if meta.get("salary_min") is not None else -1.0,
        "salary_max": float(meta["salary_max"]) if meta.get("salary_max") is not None else -1.0,
        "is_open": bool(meta.get("is_open", True)),
        "source_type": meta.get("source_type") or "",
        "owner_id": int(meta.get("owner_id") or 0),
        "n_chunks": int(meta.get("n_chunks") or 0),
    }
    return out


class VectorIndex:
    """Posting vectors of one model version in one Chroma client (thread-safe)."""

    def __init__(self, client: Any, *, model_version: str = MODEL_VERSION) -> None:
        self.client = client
        self.model_version = model_version
        slug = collection_slug(model_version)
        self.docs_name = f"postings-{slug}"
        self.chunks_name = f"chunks-{slug}"
        self._lock = threading.RLock()
        self._cache: _Cache | None = None
        self.docs = self._collection(self.docs_name)
        self.chunks = self._collection(self.chunks_name)

    # ------------------------------------------------------------------ collections
    def _collection(self, name: str):
        return self.client.get_or_create_collection(
            name,
            embedding_function=None,
            configuration={"hnsw": dict(HNSW_CONFIG)},
            metadata={"model_version": self.model_version, "cc_version": "0"},
        )

    def _version(self) -> str:
        col = self.client.get_collection(self.docs_name, embedding_function=None)
        return str((col.metadata or {}).get("cc_version", "0"))

    def _bump(self) -> None:
        self.docs.modify(metadata={"model_version": self.model_version, "cc_version": str(time.time_ns())})
        with self._lock:
            if self._cache is not None:
                self._cache.checked_at = 0.0

    def count(self) -> int:
        """Number of indexed postings."""
        return self.docs.count()

    def drop(self) -> None:
        """Delete both collections of this model version (re-index) and recreate them empty."""
        for name in (self.docs_name, self.chunks_name):
            try:
                self.client.delete_collection(name)
            except Exception:  # noqa: BLE001 - absent collection
                pass
        self.docs = self._collection(self.docs_name)
        self.chunks = self._collection(self.chunks_name)
        with self._lock:
            self._cache = None

    def drop_other_versions(self) -> list[str]:
        """Delete postings/chunks collections of other model versions; returns their names."""
        mine = {self.docs_name, self.chunks_name}
        dropped = []
        for col in self.client.list_collections():
            name = col if isinstance(col, str) else col.name
            if (name.startswith("postings-") or name.startswith("chunks-")) and name not in mine:
                self.client.delete_collection(name)
                dropped.append(name)
        return dropped

    # ------------------------------------------------------------------ writes
    def upsert(self, items: Sequence[IndexItem]) -> int:
        """Insert or replace postings (document vector, metadata and all chunk vectors)."""
        if not items:
            return 0
        batch = max(1, min(int(self.client.get_max_batch_size()), 4000))
        old = self._existing_chunk_counts([it.posting_id for it in items])
        stale = [f"{pid}:{i}" for it in items for pid in [it.posting_id]
                 for i in range(len(it.chunk_vectors), old.get(pid, 0))]
        for i in range(0, len(stale), batch):
            self.chunks.delete(ids=stale[i : i + batch])
        for i in range(0, len(items), batch):
            part = items[i : i + batch]
            self.docs.upsert(
                ids=[str(it.posting_id) for it in part],
                embeddings=np.stack([np.asarray(it.doc_vector, dtype=np.float32) for it in part]),
                metadatas=[_md({**it.metadata, "n_chunks": len(it.chunk_vectors)}) for it in part],
            )
        cids, cvecs, cmeta = [], [], []
        for it in items:
            for j, vec in enumerate(np.asarray(it.chunk_vectors, dtype=np.float32)):
                cids.append(f"{it.posting_id}:{j}")
                cvecs.append(vec)
                cmeta.append({"posting_id": int(it.posting_id)})
        for i in range(0, len(cids), batch):
            self.chunks.upsert(ids=cids[i : i + batch], embeddings=np.stack(cvecs[i : i + batch]),
                               metadatas=cmeta[i : i + batch])
        self._bump()
        return len(items)

    def _existing_chunk_counts(self, posting_ids: Sequence[int]) -> dict[int, int]:
        if not posting_ids:
            return {}
        got = self.docs.get(ids=[str(p) for p in posting_ids], include=["metadatas"])
        return {int(i): int((m or {}).get("n_chunks", 0)) for i, m in zip(got["ids"], got["metadatas"] or [])}

    def delete(self, posting_ids: Iterable[int]) -> int:
        """Remove postings (e.g. closed ones) and their chunks; returns how many were indexed."""
        ids = [int(p) for p in posting_ids]
        if not ids:
            return 0
        counts = self._existing_chunk_counts(ids)
        if not counts:
            return 0
        self.docs.delete(ids=[str(p) for p in counts])
        cids = [f"{pid}:{i}" for pid, n in counts.items() for i in range(n)]
        if cids:
            self.chunks.delete(ids=cids)
        self._bump()
        return len(counts)

    def indexed_ids(self) -> set[int]:
        """All posting ids in the index (pages through the collection)."""
        out: set[int] = set()
        offset = 0
        while True:
            got = self.docs.get(include=[], limit=LOAD_PAGE, offset=offset)
            if not got["ids"]:
                return out
            out.update(int(i) for i in got["ids"])
            offset += len(got["ids"])

    # ------------------------------------------------------------------ reads
    def get_chunks(self, posting_ids: Sequence[int]) -> dict[int, np.ndarray]:
        """Chunk vectors ``(c, 384)`` per posting id (missing postings are absent)."""
        counts = self._existing_chunk_counts(list(posting_ids))
        cids = [f"{pid}:{i}" for pid, n in counts.items() for i in range(n)]
        out: dict[int, list[tuple[int, np.ndarray]]] = {}
        for i in range(0, len(cids), LOAD_PAGE):
            got = self.chunks.get(ids=cids[i : i + LOAD_PAGE], include=["embeddings"])
            for cid, vec in zip(got["ids"], got["embeddings"]):
                pid, j = cid.split(":")
                out.setdefault(int(pid), []).append((int(j), np.asarray(vec, dtype=np.float32)))
        return {pid: np.stack([v for _, v in sorted(rows, key=lambda r: r[0])]) for pid, rows in out.items()}

    def get_doc_vectors(self, posting_ids: Sequence[int]) -> dict[int, np.ndarray]:
        """Document vectors per posting id."""
        if not posting_ids:
            return {}
        got = self.docs.get(ids=[str(p) for p in posting_ids], include=["embeddings"])
        return {int(i): np.asarray(v, dtype=np.float32) for i, v in zip(got["ids"], got["embeddings"])}

    def cache(self, *, force_check: bool = False) -> _Cache:
        """The numpy cache of every document vector + metadata (reloaded when the version changed)."""
        with self._lock:
            now = time.monotonic()
            c = self._cache
            if c is not None and not force_check and now - c.checked_at < CACHE_CHECK_SECONDS:
                return c
            version = self._version()
            if c is not None and c.version == version:
                c.checked_at = now
                return c
            self._cache = self._load(version)
            self._cache.checked_at = now
            return self._cache

    def _load(self, version: str) -> _Cache:
        ids: list[int] = []
        vecs: list[np.ndarray] = []
        metas: list[dict[str, Any]] = []
        offset = 0
        while True:
            got = self.docs.get(include=["embeddings", "metadatas"], limit=LOAD_PAGE, offset=offset)
            if not got["ids"]:
                break
            ids.extend(int(i) for i in got["ids"])
            vecs.append(np.asarray(got["embeddings"], dtype=np.float32))
            metas.extend(m or {} for m in got["metadatas"])
            offset += len(got["ids"])
        mat = np.concatenate(vecs) if vecs else np.zeros((0, DIM), dtype=np.float32)
        wm = {m: i for i, m in enumerate(WORK_MODES)}
        return _Cache(
            version=version,
            ids=np.asarray(ids, dtype=np.int64),
            mat=np.ascontiguousarray(mat),
            work_mode=np.asarray([wm.get(m.get("work_mode", ""), -1) for m in metas], dtype=np.int8),
            country=np.asarray([m.get("country", "") for m in metas], dtype="<U2"),
            visa=np.asarray([{"yes": 1, "no": 0}.get(m.get("visa", ""), -1) for m in metas], dtype=np.int8),
            posted_at=np.asarray([int(m.get("posted_at", 0)) for m in metas], dtype=np.int64),
            salary_min=np.asarray([float(m.get("salary_min", -1)) for m in metas], dtype=np.float64),
            salary_max=np.asarray([float(m.get("salary_max", -1)) for m in metas], dtype=np.float64),
            source_type=np.asarray([m.get("source_type", "") for m in metas], dtype=object),
            owner_id=np.asarray([int(m.get("owner_id", 0)) for m in metas], dtype=np.int64),
            n_chunks=np.asarray([int(m.get("n_chunks", 0)) for m in metas], dtype=np.int32),
            row_of={pid: i for i, pid in enumerate(ids)},
        )

    @staticmethod
    def mask(c: _Cache, f: VectorFilter) -> np.ndarray:
        """Boolean row mask of the cache for filter ``f`` (viewer rule always applied)."""
        viewer = int(f.viewer_id or 0)
        m = (c.owner_id == 0) | (c.owner_id == viewer) if viewer else (c.owner_id == 0)
        if f.work_modes:
            codes = [WORK_MODES.index(w) for w in f.work_modes if w in WORK_MODES]
            m &= np.isin(c.work_mode, codes)
        if f.country:
            m &= c.country == f.country.upper()[:2]
        if f.visa_only:
            m &= c.visa == 1
        if f.posted_after:
            m &= c.posted_at >= int(f.posted_after)
        if f.salary_floor_usd:
            top = np.where(c.salary_max >= 0, c.salary_max, c.salary_min)
            m &= top >= float(f.salary_floor_usd)
        if f.source_type:
            m &= c.source_type == f.source_type
        if f.exclude_ids:
            rows = [c.row_of[i] for i in f.exclude_ids if i in c.row_of]
            m[rows] = False
        return m

    def query(self, vector: np.ndarray, *, k: int = 20, filters: VectorFilter | None = None) -> QueryResult:
        """Top-``k`` postings by cosine similarity to ``vector`` (unit, 384-d) under ``filters``."""
        f = filters or VectorFilter()
        q = np.asarray(vector, dtype=np.float32).reshape(-1)
        total = self.count()
        if total == 0 or k <= 0:
            return QueryResult([], [], "empty", 0.0)
        if not f.is_restrictive and not f.exclude_ids:
            res = self._hnsw_viewer(q, k, f, total)
            if res is not None:
                return res
        c = self.cache()
        n = len(c.ids)
        if n == 0:
            return QueryResult([], [], "empty", 0.0)
        m = self.mask(c, f)
        kept = int(m.sum())
        sel = kept / n
        if kept == 0:
            return QueryResult([], [], "exact-mask", 0.0)
        if sel >= HNSW_MIN_SELECTIVITY:
            want = min(MAX_HNSW_RESULTS, n, int(math.ceil(k / sel * OVERFETCH)) + 10)
            ids, dists = self._hnsw(q, want)
            pairs = [(i, 1.0 - d) for i, d in zip(ids, dists) if (r := c.row_of.get(i)) is not None and m[r]]
            if len(pairs) >= min(k, kept):
                pairs = pairs[:k]
                return QueryResult([p for p, _ in pairs], [s for _, s in pairs], "hnsw+postfilter", sel)
        return self._exact(c, m, q, k, sel)

    @staticmethod
    def _exact(c: _Cache, m: np.ndarray, q: np.ndarray, k: int, sel: float) -> QueryResult:
        idx = np.flatnonzero(m)
        if sel > 0.5:  # dense mask: one full mat-vec beats gathering most rows
            scores = c.mat @ q
            scores[~m] = -np.inf
            cand = scores
            base = None
        else:
            cand = c.mat[idx] @ q
            base = idx
        kk = min(k, len(idx))
        top = np.argpartition(-cand, kk - 1)[:kk] if kk < len(cand) else np.arange(len(cand))
        top = top[np.argsort(-cand[top])]
        rows = top if base is None else base[top]
        return QueryResult([int(x) for x in c.ids[rows]], [float(x) for x in cand[top]], "exact-mask", sel)

    def _hnsw(self, q: np.ndarray, n: int) -> tuple[list[int], list[float]]:
        r = self.docs.query(query_embeddings=q.reshape(1, -1), n_results=n, include=["distances"])
        return [int(i) for i in r["ids"][0]], [float(d) for d in r["distances"][0]]

    def _hnsw_viewer(self, q: np.ndarray, k: int, f: VectorFilter, total: int) -> QueryResult | None:
        """Unfiltered HNSW query, post-filtering other users' private postings out."""
        viewer = int(f.viewer_id or 0)
        want = min(total, k + 10 + k // 2)
        c = self._cache
        if c is not None and time.monotonic() - c.checked_at < CACHE_CHECK_SECONDS:
            # fresh cache: owner lookup in memory, no metadata over the wire
            ids, dists = self._hnsw(q, want)
            out = [(i, 1.0 - d) for i, d in zip(ids, dists)
                   if (r_ := c.row_of.get(i)) is not None and int(c.owner_id[r_]) in (0, viewer)]
        else:
            r = self.docs.query(query_embeddings=q.reshape(1, -1), n_results=want, include=["distances", "metadatas"])
            out = [
                (int(i), 1.0 - float(d))
                for i, d, md in zip(r["ids"][0], r["distances"][0], r["metadatas"][0])
                if int((md or {}).get("owner_id", 0)) in (0, viewer)
            ]
        if len(out) < k and want < total:
            return None  # many private postings near the query: let the exact path answer
        out = out[:k]
        return QueryResult([i for i, _ in out], [s for _, s in out], "hnsw", 1.0)


# ---------------------------------------------------------------------- process-wide index

_index_lock = threading.Lock()
_index: VectorIndex | None = None


def make_client(*, chroma_url: str | None = None, path: str | None = None):
    """A Chroma client: ``HttpClient`` for ``chroma_url`` else ``PersistentClient(path)`` (telemetry off)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    cs = ChromaSettings(anonymized_telemetry=False)
    if chroma_url:
        u = urlparse(chroma_url)
        return chromadb.HttpClient(
            host=u.hostname or "127.0.0.1", port=u.port or (443 if u.scheme == "https" else 8000),
            ssl=u.scheme == "https", settings=cs,
        )
    folder = path or str(settings.chroma_path)
    from pathlib import Path

    Path(folder).mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(folder, settings=cs)


def get_index() -> VectorIndex:
    """The process-wide index for ``settings`` (HttpClient if CHROMA_URL, else PersistentClient)."""
    global _index
    with _index_lock:
        if _index is None:
            _index = VectorIndex(make_client(chroma_url=settings.chroma_url))
        return _index


def set_index(index: VectorIndex | None) -> None:
    """Replace the process-wide index (tests)."""
    global _index
    with _index_lock:
        _index = index
