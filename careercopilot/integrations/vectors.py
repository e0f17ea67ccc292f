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

A re-index builds a new *generation* of the three beside the live one (names suffixed
``--<generation>``) and swaps a pointer (:mod:`careercopilot.integrations.vector_generations`):
:meth:`VectorIndex.build_beside`, :meth:`VectorIndex.promote`. Other processes follow the
pointer at their next version check, or when a read or write finds the old collections gone.

Modules by concern: this one (collections, generations, the numpy cache kept current, the
process-wide index), :mod:`~careercopilot.integrations.vector_client` (making Chroma clients),
:mod:`~careercopilot.integrations.vector_writes` (upserts, deletes, plain reads),
:mod:`~careercopilot.integrations.vector_query` (queries), ``vector_cache``, ``vector_filters``,
``vector_generations``, ``vector_quant``, ``vector_folder_lock``; their public names are importable
from here.

Queries (:meth:`VectorIndex.query`, implemented in :mod:`careercopilot.integrations.vector_query`), and which
**path** serves them (``QueryResult.path``):

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
import re
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import structlog

from careercopilot.config import settings
from careercopilot.integrations import vector_cache, vector_folder_lock, vector_generations
from careercopilot.integrations.embeddings import DIM, MODEL_VERSION  # noqa: F401  (DIM re-exported)
from careercopilot.integrations.vector_cache import (  # noqa: F401  (re-exported)
    LOAD_PAGE,
    WORK_MODES,
    VectorCache,
    release_heap,
)
from careercopilot.integrations.vector_client import (  # noqa: F401  (re-exported)
    DEFAULT_DATABASE,
    _client_key,
    _ensure_database,
    is_engine_error,
    make_client,
)
from careercopilot.integrations.vector_query import (  # noqa: F401  (re-exported)
    DENSE_MASK,
    HNSW_MIN_SELECTIVITY,
    MASK_CACHE_ENTRIES,
    MAX_HNSW_RESULTS,
    OVERFETCH,
    SUBMATRIX_CACHE_BYTES,
    SUBMATRIX_MAX_BYTES,
    QueryPaths,
)
from careercopilot.integrations.vector_filters import (  # noqa: F401  (re-exported)
    IndexItem,
    QueryResult,
    VectorFilter,
    _key_admits,
    country_codes,
)
from careercopilot.integrations.vector_writes import PostingWrites, _md  # noqa: F401  (re-exported)

#: Older names of the cache types (kept for callers).
_Cache = VectorCache
_MaskEntry = vector_cache.MaskEntry

log = structlog.get_logger(__name__)

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

#: A collection holding no vectors, only metadata: ``cc_database``, which database the index in
#: this Chroma database mirrors (``reindex`` refuses to rebuild another database's index), and
#: the live generation of each model version's collections (``vector_generations``).
OWNER_COLLECTION = vector_generations.OWNER_COLLECTION
#: Seconds :meth:`VectorIndex.promote` keeps the old generation after the swap when other
#: processes may read it (an ``HttpClient``): twice :data:`CACHE_CHECK_SECONDS`, so their next
#: version check moves them first (a process that misses it follows on its next failed call).
RETIRE_GRACE_SECONDS = 2 * CACHE_CHECK_SECONDS


def collection_slug(model_version: str = MODEL_VERSION) -> str:
    """A Chroma-safe name fragment identifying ``model_version`` (readable part + 8 hex)."""
    readable = re.sub(r"[^A-Za-z0-9._-]+", "-", model_version).strip("-._")[:80]
    digest = hashlib.sha256(model_version.encode()).hexdigest()[:8]
    return f"{readable}-{digest}"


_local_log = vector_cache.LocalLog()


#: Called with the posting ids whose vectors Chroma could not read (set by ``services.matching``:
#: flags them ``index_pending`` and enqueues the index job, which embeds them again).
on_unreadable = None


class VectorIndex(QueryPaths, PostingWrites):
    """Posting vectors of one model version in one Chroma client (thread-safe)."""

    def __init__(self, client: Any, *, model_version: str = MODEL_VERSION, generation: str | None = None) -> None:
        """``generation``: which generation's collections (None = the live one, from the pointer)."""
        self.client = client
        self.model_version = model_version
        self._slug = collection_slug(model_version)
        self._lock = threading.RLock()
        self._cache: VectorCache | None = None
        self._reloader: threading.Thread | None = None
        #: other processes may write (HttpClient → ``chroma run``): poll the remote version.
        self._remote_writers = type(client).__name__ != "Client" or _client_key(client).startswith("http")
        self._name(vector_generations.live_generation(client, self._slug) if generation is None else generation)
        self._open()

    def _name(self, generation: str) -> None:
        self.generation = generation
        self.docs_name, self.chunks_name, self.changes_name = vector_generations.names(self._slug, generation)
        self._key = (_client_key(self.client), self.docs_name)

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
        """(``cc_version``, ``cc_epoch``) of the docs collection as stored now (one Chroma call;
        a second and the switch when a re-index retired this generation: :meth:`follow`)."""
        try:
            md = self.client.get_collection(self.docs_name, embedding_function=None).metadata or {}
        except Exception:  # noqa: BLE001 - NotFoundError: dropped by a re-index elsewhere
            if not self.follow():
                raise
            md = self.client.get_collection(self.docs_name, embedding_function=None).metadata or {}
        if md.get("cc_next") and self.follow():
            md = self.client.get_collection(self.docs_name, embedding_function=None).metadata or {}
        return str(md.get("cc_version", "0")), str(md.get("cc_epoch", ""))

    # ------------------------------------------------------------------ generations (re-index)
    def follow(self) -> bool:
        """Move to the live generation when a re-index swapped it; True when this index moved."""
        live = vector_generations.live_generation(self.client, self._slug)
        if live == self.generation:
            return False
        with self._lock:
            self._name(live)
            self._open()
            self._cache = None
        _local_log.record(self._key, None)
        log.info("vectors.generation_followed", generation=live or "-")
        return True

    def _followed(self, call, *args):
        """``call(*args)``; once more after :meth:`follow` when it failed because a re-index
        dropped this generation meanwhile, or after :meth:`reopen` when Chroma's embedded
        engine failed internally (its in-memory view no longer matches the folder: another
        process wrote it — trial55 F1); any other failure is raised as it was."""
        try:
            return call(*args)
        except Exception as exc:
            if is_engine_error(exc) and self.reopen():
                return call(*args)
            if not self.follow():
                raise
            return call(*args)

    def reopen(self) -> bool:
        """Drop this process's Chroma engine for the embedded folder and open it again from the
        files (a stale in-memory view after a foreign write); False for a server client."""
        if self._remote_writers:
            return False
        try:
            st = self.client.get_settings()
            folder = getattr(st, "persist_directory", None)
        except Exception:  # noqa: BLE001 - not a PersistentClient
            return False
        if not folder:
            return False
        from chromadb.api.shared_system_client import SharedSystemClient

        with self._lock:
            for ident, system in list(SharedSystemClient._identifier_to_system.items()):
                if getattr(system.settings, "persist_directory", None) == folder:
                    SharedSystemClient._identifier_to_system.pop(ident, None)
                    SharedSystemClient._identifier_to_refcount.pop(ident, None)
                    try:
                        system.stop()
                    except Exception:  # noqa: BLE001 - a broken engine may fail to stop; it is dropped anyway
                        pass
            self.client = make_client(path=folder, database=getattr(self.client, "database", None))
            self._key = (_client_key(self.client), self.docs_name)
            self._name(vector_generations.live_generation(self.client, self._slug))
            self._open()
            self._cache = None
        _local_log.record(self._key, None)
        log.warning("vectors.reopened", folder=folder)
        return True

    def build_beside(self) -> VectorIndex:
        """An empty new generation beside this one (``vector_generations.build_beside``)."""
        return vector_generations.build_beside(self)

    def promote(self, built: VectorIndex, *, grace_seconds: float | None = None) -> list[str]:
        """Swap ``built`` in as the live generation (``vector_generations.promote``); the dropped names."""
        return vector_generations.promote(self, built, RETIRE_GRACE_SECONDS if grace_seconds is None else grace_seconds)

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
        return self._followed(lambda: self.docs.count())

    # ------------------------------------------------------------------ owner (the database it mirrors)
    def owner(self) -> str | None:
        """The database this index was built from (:meth:`set_owner`), or None when unrecorded."""
        return vector_generations.owner_metadata(self.client).get("cc_database") or None

    def set_owner(self, database: str) -> None:
        """Record ``database`` (``services.matching.database_identity``) as the one this index mirrors."""
        vector_generations.update_owner_metadata(self.client, cc_database=database)

    def drop_other_versions(self) -> list[str]:
        """Delete postings/chunks/changes collections of other model versions and of this one's
        other generations (left by an interrupted re-index); returns their names."""
        mine = {self.docs_name, self.chunks_name, self.changes_name}
        dropped = []
        for col in self.client.list_collections():
            name = col if isinstance(col, str) else col.name
            if name.startswith(("postings-", "chunks-", "changes-")) and name not in mine:
                self.client.delete_collection(name)
                dropped.append(name)
        return dropped

    def get_chunks(self, posting_ids: Sequence[int]) -> dict[int, np.ndarray]:
        """Chunk vectors ``(c, 384)`` per posting id (missing postings are absent).

        When Chroma's engine still fails after :meth:`reopen` (a posting whose chunks it cannot
        find: "Error finding id"), each posting is read alone; the unreadable ones are left out
        and handed to :data:`on_unreadable` (``services.matching`` flags them for re-embedding)
        instead of failing every rescore until a restart (trial55 F1)."""
        ids = list(posting_ids)
        try:
            return self._followed(self._get_chunks, ids)
        except Exception as exc:
            if not is_engine_error(exc) or len(ids) == 0:
                raise
        out: dict[int, np.ndarray] = {}
        bad: list[int] = []
        for pid in ids:
            try:
                out.update(self._get_chunks([pid]))
            except Exception as exc:  # noqa: BLE001 - only the engine's own failure is repaired
                if not is_engine_error(exc):
                    raise
                bad.append(pid)
        if bad:
            log.warning("vectors.unreadable_postings", posting_ids=bad[:50], count=len(bad))
            hook = on_unreadable
            if hook is not None:
                hook(bad)
        return out

    def _get_chunks(self, posting_ids: list[int]) -> dict[int, np.ndarray]:
        counts = self._existing_chunk_counts(posting_ids)
        cids = [f"{pid}:{i}" for pid, n in counts.items() for i in range(n)]
        out: dict[int, list[tuple[int, np.ndarray]]] = {}
        for i in range(0, len(cids), LOAD_PAGE):
            got = self.chunks.get(ids=cids[i : i + LOAD_PAGE], include=["embeddings"])
            for cid, vec in zip(got["ids"], got["embeddings"]):
                pid, j = cid.split(":")
                out.setdefault(int(pid), []).append((int(j), np.asarray(vec, dtype=np.float32)))
        return {pid: np.stack([v for _, v in sorted(rows, key=lambda r: r[0])]) for pid, rows in out.items()}

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


# ---------------------------------------------------------------------- process-wide index

_index_lock = threading.Lock()
_index: VectorIndex | None = None


#: Seconds :func:`get_index` waits for another process to release the embedded folder.
FOLDER_WAIT_SECONDS = 5.0


def get_index() -> VectorIndex:
    """The process-wide index for ``settings`` (HttpClient if CHROMA_URL, else PersistentClient).

    Embedded folder: this process first takes the folder's process lock
    (:mod:`careercopilot.integrations.vector_folder_lock`); raises
    :class:`~careercopilot.integrations.vector_folder_lock.IndexHeldElsewhere` when another running
    process (the app) keeps it past :data:`FOLDER_WAIT_SECONDS`."""
    global _index
    with _index_lock:
        if _index is None:
            if not settings.chroma_url:
                vector_folder_lock.acquire(settings.chroma_path, wait_seconds=FOLDER_WAIT_SECONDS)
            _index = VectorIndex(make_client(chroma_url=settings.chroma_url, database=settings.chroma_database))
        return _index


def set_index(index: VectorIndex | None) -> None:
    """Replace the process-wide index (tests)."""
    global _index
    with _index_lock:
        _index = index
