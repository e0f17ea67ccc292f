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
  owner_id (0 = shared), n_chunks``; ``country`` may list every country of a posting
  joined with "|" ("CA|US"), and area tokens a remote posting admits ("CA|LATAM|US"): the
  country filter matches any of them (:func:`country_codes`);
* ``chunks-<slug>``: the posting's chunk vectors, ids ``"<posting id>:<i>"``;
* ``changes-<slug>``: which posting ids each write touched (for other processes' caches;
  written only through an ``HttpClient``).

Queries (:meth:`VectorIndex.query`), and which **path** serves them (``QueryResult.path``):

* no filter → ``"hnsw"``: Chroma's HNSW top-k, over-fetched and post-filtered so private
  postings of other users never come back;
* filter → a boolean mask over the numpy cache of all document vectors + integer-coded
  metadata. When the mask keeps at least
  :data:`HNSW_MIN_SELECTIVITY` of the index → ``"hnsw+postfilter"`` (over-fetch
  ``k / selectivity × OVERFETCH`` from HNSW, keep rows in the mask); otherwise (or when
  the over-fetch came back short) → ``"exact-mask"``: exact cosine over the masked rows, or
  for an index of at least ``settings.vector_shared_min_rows`` postings → ``"quant-mask"``:
  int8 scan of the masked rows of a host-wide shared snapshot + exact float32 re-rank of the
  best candidates (:mod:`careercopilot.integrations.vector_quant`).
  Chroma's own ``where`` filter is never used for queries: it measured 60–200 ms at 100k
  (PLATFORM.md).

Hot path (what a query costs beyond the search itself): no Chroma ``count()`` and no
collection read. The numpy cache (:mod:`careercopilot.integrations.vector_cache`) is
current when this process's write counter for the collection (bumped by every
:meth:`VectorIndex.upsert`/``delete`` of any instance in the process) is unchanged; with an
``HttpClient`` (other processes write too) the collection's ``cc_version`` metadata is also
re-read at most every :data:`CACHE_CHECK_SECONDS`. A ``PersistentClient`` folder is never
shared between processes, so it needs no remote check.
Writes never reload the cache: the changed ids (from the in-process write log, or for
another process's writes from the ``changes-<slug>`` collection) are read back from Chroma
and patched into a new snapshot — O(changed postings), see ``vector_cache``. Only a gap in
the change records (a re-index, a reader idle past the records' retention, a write of
thousands of ids) reloads the whole collection; for a large index
(:data:`BACKGROUND_RELOAD_MIN_ROWS`) after another process's write that reload runs on a
background thread while queries keep the old snapshot (see :meth:`VectorIndex.cache`).
Masks (and, for selective ones, the gathered float32 rows) are memoized per (filter, cache
generation) in a small LRU bounded by :data:`MASK_CACHE_ENTRIES` / :data:`SUBMATRIX_CACHE_BYTES`.
Exact scoring is a memory-bound mat-vec: numpy's BLAS is pinned to ONE thread for the
process when the cache first loads (``threadpoolctl``; torch keeps its own pool). On 2
busy cores a second BLAS thread adds nothing to a bandwidth-bound sgemv and makes every
call wait for that thread's wake-up (measured: 10k-row mat-vec p95 5.4 ms → 1.6 ms,
100k-row p50 20 ms → 14 ms).
Memory: one float32 C-contiguous ``(n, 384)`` matrix (≈ 154 MB at 100k) plus int-coded
metadata columns (≈ 3 MB); Chroma keeps its own HNSW copy. From ``vector_shared_min_rows``
postings: the host-wide int8 snapshot instead (vector_quant: design, figures, alternatives).
"""

from __future__ import annotations

import hashlib
import math
import re
import threading
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import urlparse

import numpy as np
import structlog

from careercopilot.config import settings
from careercopilot.integrations import vector_cache, vector_quant
from careercopilot.integrations.embeddings import DIM, MODEL_VERSION
from careercopilot.integrations.vector_cache import (  # noqa: F401  (re-exported)
    LOAD_PAGE,
    WORK_MODES,
    VectorCache,
    release_heap,
)
from careercopilot.integrations.vector_filters import (  # noqa: F401  (re-exported)
    IndexItem,
    QueryResult,
    VectorFilter,
    _key_admits,
    country_codes,
)

#: Older names of the cache types (kept for callers).
_Cache = VectorCache
_MaskEntry = vector_cache.MaskEntry

log = structlog.get_logger(__name__)

#: Masks keeping at least this share of the index use HNSW + post-filter (else exact numpy).
HNSW_MIN_SELECTIVITY = 0.25
#: Over-fetch factor on top of k / selectivity for HNSW + post-filter.
OVERFETCH = 1.6
#: Most results ever asked of HNSW in one query.
MAX_HNSW_RESULTS = 1000
#: Seconds between checks of the collection's version counter (foreign writers).
CACHE_CHECK_SECONDS = 2.0
#: Indexes at least this large reload after another process's write on a background thread
#: (queries keep the loaded cache meanwhile); smaller ones reload before answering (< ~3 s).
BACKGROUND_RELOAD_MIN_ROWS = 20_000
#: HNSW parameters (Chroma 1.5 ``configuration["hnsw"]`` keys; chromadb/api/collection_configuration.py).
#: Chosen with benchmarks/match.py (100k realistic vectors): see that script's printed recall/latency.
#: Measured at 100k (2 busy cores): top-20 recall 0.97 at an effective ef of 40–100 and 0.99 at
#: 250 for +1 ms p50, so ef_search 200; ``ef_search`` is read when the index is built/loaded
#: (``collection.modify`` did not change a live index's results here).
HNSW_CONFIG = {"space": "cosine", "ef_construction": 128, "ef_search": 200, "max_neighbors": 24}
#: Filter masks memoized per cache generation (LRU entries).
MASK_CACHE_ENTRIES = 32
#: Budget for memoized gathered rows of selective masks (bytes, all entries together), and
#: the largest one kept (8 MB ≈ 5,400 rows: masks keeping ≤ ~5% of a 100k index). Bigger
#: masks are gathered per query (~3–5 ms at 10k rows) instead of adding to RSS.
SUBMATRIX_CACHE_BYTES = 32 * 1024 * 1024
SUBMATRIX_MAX_BYTES = 8 * 1024 * 1024
#: Masks keeping more than this share are scored by one full mat-vec (no gather).
DENSE_MASK = 0.5

def collection_slug(model_version: str = MODEL_VERSION) -> str:
    """A Chroma-safe name fragment identifying ``model_version`` (readable part + 8 hex)."""
    readable = re.sub(r"[^A-Za-z0-9._-]+", "-", model_version).strip("-._")[:80]
    digest = hashlib.sha256(model_version.encode()).hexdigest()[:8]
    return f"{readable}-{digest}"


_local_log = vector_cache.LocalLog()


def _client_key(client: Any) -> str:
    """Identity of the store behind ``client``: persist path, server URL, else the object id."""
    try:
        st = client.get_settings()
        if getattr(st, "chroma_server_host", None) and not getattr(st, "is_persistent", False):
            return f"http://{st.chroma_server_host}:{st.chroma_server_http_port}"
        if getattr(st, "persist_directory", None):
            return f"path:{st.persist_directory}"
    except Exception:  # noqa: BLE001 - unknown client type: fall back to the object's identity
        return f"id:{id(client)}"
    return f"id:{id(client)}"


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
        self.changes_name = f"changes-{slug}"
        self._lock = threading.RLock()
        self._cache: VectorCache | None = None
        self._reloader: threading.Thread | None = None
        self._key = (_client_key(client), self.docs_name)
        #: other processes may write (HttpClient → ``chroma run``): poll the remote version.
        self._remote_writers = type(client).__name__ != "Client" or _client_key(client).startswith("http")
        self._open()

    # ------------------------------------------------------------------ collections
    def _open(self) -> None:
        self.docs = self._collection(self.docs_name)
        self.chunks = self._collection(self.chunks_name)
        self._epoch = str((self.docs.metadata or {}).get("cc_epoch", ""))
        self.changes = vector_cache.ChangeLog(self.client, self.changes_name) if self._remote_writers else None

    def _collection(self, name: str):
        return self.client.get_or_create_collection(
            name,
            embedding_function=None,
            configuration={"hnsw": dict(HNSW_CONFIG)},
            metadata={"model_version": self.model_version, "cc_version": "0", "cc_epoch": uuid.uuid4().hex},
        )

    def _version(self) -> tuple[str, str]:
        """(``cc_version``, ``cc_epoch``) of the docs collection as stored now (one Chroma call)."""
        md = self.client.get_collection(self.docs_name, embedding_function=None).metadata or {}
        return str(md.get("cc_version", "0")), str(md.get("cc_epoch", ""))

    def _local(self) -> int:
        return _local_log.seq(self._key)

    def _bump(self, ids: Sequence[int] | None = None) -> None:
        """Record a write of ``ids`` (None = everything): remote version + change record, local log."""
        if self.changes is not None:
            self.changes.record(ids)
        self.docs.modify(metadata={"model_version": self.model_version, "cc_version": str(time.time_ns()),
                                   "cc_epoch": self._epoch})
        _local_log.record(self._key, ids)

    def count(self) -> int:
        """Number of indexed postings."""
        return self.docs.count()

    def drop(self) -> None:
        """Delete the collections of this model version (re-index) and recreate them empty."""
        for name in (self.docs_name, self.chunks_name, self.changes_name):
            try:
                self.client.delete_collection(name)
            except Exception:  # noqa: BLE001 - absent collection
                pass
        self._open()
        _local_log.record(self._key, None)
        with self._lock:
            self._cache = None

    def drop_other_versions(self) -> list[str]:
        """Delete postings/chunks/changes collections of other model versions; returns their names."""
        mine = {self.docs_name, self.chunks_name, self.changes_name}
        dropped = []
        for col in self.client.list_collections():
            name = col if isinstance(col, str) else col.name
            if name.startswith(("postings-", "chunks-", "changes-")) and name not in mine:
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
        self._bump([it.posting_id for it in items])
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
        self._bump(list(counts))
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

    def _fresh(self) -> VectorCache | None:
        """The loaded cache if still current (no Chroma call unless a remote check is due), else None."""
        c = self._cache
        if c is None or c.local != self._local():
            return None
        if self._remote_writers and time.monotonic() - c.checked_at >= CACHE_CHECK_SECONDS:
            return None
        return c

    def cache(self, *, force_check: bool = False) -> VectorCache:
        """The numpy cache of every document vector + metadata, brought up to date.

        This process's writes are patched in before the call returns (O(changed ids), see
        ``vector_cache``). Another process's writes (remote ``cc_version`` changed, checked at
        most every :data:`CACHE_CHECK_SECONDS`) are patched in from its change records; when
        the records cannot say what changed (re-index, gap) the collection is reloaded — for an
        index of at least :data:`BACKGROUND_RELOAD_MIN_ROWS` on a background thread while
        queries keep the loaded snapshot (reloading 100k rows takes ~13 s; results are
        re-checked against the database — open, not a duplicate, visible — so a stale cache
        can only miss the newest postings for that long, never show a closed one).
        """
        if not force_check and (c := self._fresh()) is not None:
            return c
        with self._lock:
            if not force_check and (c := self._fresh()) is not None:
                return c
            c = self._cache
            if c is None:
                self._cache = c = self._load()
                return c
            if c.local != self._local():
                c = self._catch_up_local(c)
            if self._remote_writers:
                c = self._catch_up_remote(c)
            c.checked_at = time.monotonic()
            self._cache = c
            return c

    def _load(self) -> VectorCache:
        """A full load of the collection (version read and change-log position taken first)."""
        local = self._local()
        log_at = time.time()
        version, epoch = self._version()
        min_rows = int(settings.vector_shared_min_rows)
        c = vector_cache.load(self.docs, version=version, local=local, epoch=epoch, log_at=log_at,
                              shared_root=settings.data_dir / "vector-snapshots" if min_rows > 0 else None,
                              shared_min_rows=min_rows)
        c.checked_at = time.monotonic()
        return c

    def _catch_up_local(self, c: VectorCache) -> VectorCache:
        """Patch in this process's writes since ``c`` (full reload when the log cannot say)."""
        ids, latest = _local_log.since(self._key, c.local)
        if ids is None or len(ids) > max(vector_cache.LOAD_PAGE, c.live * vector_cache.PATCH_MAX_SHARE):
            return self._load()
        present, removed = vector_cache.read_back(self.docs, sorted(ids))
        try:
            return replace(vector_cache.patch(c, present, removed), local=latest)
        except vector_cache.NeedsReload:
            return self._load()

    def _catch_up_remote(self, c: VectorCache) -> VectorCache:
        """Patch in other processes' writes since ``c`` (see :meth:`cache`)."""
        version, epoch = self._version()
        if version == c.version and epoch == c.epoch:
            return c
        if epoch != c.epoch:  # re-indexed elsewhere: the collections were recreated
            self._open()
            return self._reload_stale(c)
        ids, log_at, seen = self.changes.changes(c) if self.changes is not None else (None, 0.0, {})
        if ids is None or len(ids) > max(vector_cache.LOAD_PAGE, c.live * vector_cache.PATCH_MAX_SHARE):
            return self._reload_stale(c)
        present, removed = vector_cache.read_back(self.docs, sorted(ids))
        try:
            out = vector_cache.patch(c, present, removed, version=version)
        except vector_cache.NeedsReload:
            return self._reload_stale(c)
        out.log_at, out.log_seen = log_at, seen
        return out

    def _reload_stale(self, c: VectorCache) -> VectorCache:
        """A full reload after a foreign write: now for a small index, else on a background
        thread (at most one at a time) while ``c`` keeps answering."""
        if c.live < BACKGROUND_RELOAD_MIN_ROWS:
            return self._load()
        if self._reloader is None:
            self._reloader = threading.Thread(target=self._reload_in_background, name="vector-cache-reload",
                                              daemon=True)
            self._reloader.start()
        return c

    def _reload_in_background(self) -> None:
        """Load the collection and swap it in (this process's writes made meanwhile are patched
        in by the next :meth:`cache` call: the new snapshot carries the write counter it saw)."""
        try:
            fresh = self._load()
            with self._lock:
                self._cache = fresh
        except Exception as exc:  # noqa: BLE001 - keep serving the old cache; retried on the next check
            log.warning("vectors.background_reload_failed", error=str(exc))
        finally:
            with self._lock:
                self._reloader = None

    @staticmethod
    def mask(c: VectorCache, f: VectorFilter) -> np.ndarray:
        """Boolean row mask of the cache for filter ``f`` (viewer rule always applied)."""
        viewer = int(f.viewer_id or 0)
        m = (c.owner_id == 0) | (c.owner_id == viewer) if viewer else (c.owner_id == 0)
        if f.work_modes:
            codes = [WORK_MODES.index(w) for w in f.work_modes if w in WORK_MODES]
            m &= np.isin(c.work_mode, codes)
        if f.country:
            m &= np.isin(c.country, country_codes(c.countries, f.country))
        if f.visa_only:
            m &= c.visa == 1
        if f.posted_after:
            m &= c.posted_at >= int(f.posted_after)
        if f.salary_floor_usd:
            m &= c.salary_top >= float(f.salary_floor_usd)
        if f.source_type:
            m &= c.source_type == c.source_types.get(f.source_type, -2)
        if f.exclude_ids:
            rows = [c.row_of[i] for i in f.exclude_ids if i in c.row_of]
            m[rows] = False
        return m

    @staticmethod
    def _mask_entry(c: VectorCache, f: VectorFilter) -> vector_cache.MaskEntry:
        """Memoized mask + row numbers (+ gathered rows when selective) of ``f`` for cache ``c``."""
        key = (f.viewer_id or 0, f.work_modes, f.country, f.visa_only, f.posted_after, f.salary_floor_usd,
               f.source_type, f.exclude_ids)
        with c.lock:
            e = c.masks.get(key)
            if e is not None:
                c.masks.move_to_end(key)
                return e
        m = VectorIndex.mask(c, f)
        e = vector_cache.MaskEntry(m, np.flatnonzero(m))
        with c.lock:
            src = c.shared.codes if c.shared is not None else c.mat  # int8 rows when shared
            size = len(e.rows) * DIM * src.itemsize
            if size <= SUBMATRIX_MAX_BYTES:
                e.sub = np.asarray(src.take(e.rows, axis=0))
                c.sub_bytes += size
            c.masks[key] = e
            while len(c.masks) > MASK_CACHE_ENTRIES or c.sub_bytes > SUBMATRIX_CACHE_BYTES:
                _, old = c.masks.popitem(last=False)
                if old.sub is not None:
                    c.sub_bytes -= old.sub.nbytes
        return e

    def query(self, vector: np.ndarray, *, k: int = 20, filters: VectorFilter | None = None) -> QueryResult:
        """Top-``k`` postings by cosine similarity to ``vector`` (unit, 384-d) under ``filters``."""
        f = filters or VectorFilter()
        q = np.ascontiguousarray(np.asarray(vector, dtype=np.float32).reshape(-1))
        if k <= 0:
            return QueryResult([], [], "empty", 0.0)
        if not f.is_restrictive and not f.exclude_ids:
            res = self._hnsw_viewer(q, k, f, self._fresh())
            if res is not None:
                return res
        c = self.cache()
        n = c.live
        if n == 0:
            return QueryResult([], [], "empty", 0.0)
        e = self._mask_entry(c, f)
        kept = len(e.rows)
        sel = kept / n
        if kept == 0:
            return QueryResult([], [], "exact-mask", 0.0)
        if sel >= HNSW_MIN_SELECTIVITY:
            want = min(MAX_HNSW_RESULTS, n, int(math.ceil(k / sel * OVERFETCH)) + 10)
            ids, dists = self._hnsw(q, want)
            m, row_of = e.mask, c.row_of
            pairs = [(i, 1.0 - d) for i, d in zip(ids, dists) if (r := row_of.get(i)) is not None and m[r]]
            if len(pairs) >= min(k, kept):
                pairs = pairs[:k]
                return QueryResult([p for p, _ in pairs], [s for _, s in pairs], "hnsw+postfilter", sel)
        return self._exact(c, e, q, k, sel)

    @staticmethod
    def _exact(c: VectorCache, e: vector_cache.MaskEntry, q: np.ndarray, k: int, sel: float) -> QueryResult:
        """Exact cosine over the masked rows: memoized gathered rows, else gather, else one full mat-vec."""
        rows = e.rows
        if c.shared is not None:  # large index: int8 scan + exact float32 re-rank (vector_quant)
            got, scores = vector_quant.search(c.shared, q, rows, k, n=len(c.ids), sub=e.sub)
            return QueryResult(c.ids[got].tolist(), scores.astype(float).tolist(), "quant-mask", sel)
        if e.sub is not None:
            cand = e.sub @ q
        elif sel > DENSE_MASK:  # dense mask: one full mat-vec beats gathering most rows
            cand = (c.mat @ q)[rows]
        else:
            cand = c.mat.take(rows, axis=0) @ q
        kk = min(k, len(rows))
        top = np.argpartition(-cand, kk - 1)[:kk] if kk < len(cand) else np.arange(len(cand))
        top = top[np.argsort(-cand[top])]
        return QueryResult(c.ids[rows[top]].tolist(), cand[top].astype(float).tolist(), "exact-mask", sel)

    def _hnsw(self, q: np.ndarray, n: int) -> tuple[list[int], list[float]]:
        r = self.docs.query(query_embeddings=q.reshape(1, -1), n_results=n, include=["distances"])
        return [int(i) for i in r["ids"][0]], [float(d) for d in r["distances"][0]]

    def _hnsw_viewer(self, q: np.ndarray, k: int, f: VectorFilter, c: VectorCache | None) -> QueryResult | None:
        """Unfiltered HNSW query, post-filtering other users' private postings out (None → use exact)."""
        viewer = int(f.viewer_id or 0)
        want = k + max(5, k // 4)  # margin for other users' private postings (rare); short → exact path
        if c is not None:
            # current cache: owner lookup in memory, no metadata over the wire
            want = min(want, c.live)
            if want == 0:
                return QueryResult([], [], "empty", 0.0)
            ids, dists = self._hnsw(q, want)
            row_of, owner = c.row_of, c.owner_id
            got = len(ids)
            out = [(i, 1.0 - d) for i, d in zip(ids, dists)
                   if (r_ := row_of.get(i)) is not None and int(owner[r_]) in (0, viewer)]
        else:
            r = self.docs.query(query_embeddings=q.reshape(1, -1), n_results=want, include=["distances", "metadatas"])
            got = len(r["ids"][0])
            if got == 0:
                return QueryResult([], [], "empty", 0.0)
            out = [
                (int(i), 1.0 - float(d))
                for i, d, md in zip(r["ids"][0], r["distances"][0], r["metadatas"][0])
                if int((md or {}).get("owner_id", 0)) in (0, viewer)
            ]
        if len(out) < k and got >= want:
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
