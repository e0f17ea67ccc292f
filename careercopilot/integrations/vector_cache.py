"""The in-process numpy cache of the posting index, kept current by incremental patches.

Shape: one snapshot (:class:`VectorCache`) per generation holds a float32 ``(n, 384)``
matrix of document vectors plus int-coded metadata columns (the filters'
inputs). A write to the index does NOT reload it: :func:`patch` reads only the changed
posting ids back from Chroma (``docs.get(ids=…)``, so the cache encodes exactly what a full
load would) and builds the next snapshot:

* a changed posting overwrites its row of the matrix in place;
* a new posting takes a free row (left by an earlier removal) or the next row of the
  matrix's spare capacity (the matrix is allocated with slack, :data:`GROWTH`, and grows
  by copying only when the slack is used up — amortized O(1) per posting);
* a removed posting's row becomes free: ``owner_id = -1`` (no viewer rule admits it) and
  its id leaves ``row_of``.

Cost per write: O(changed rows) for the matrix, plus a copy of the small metadata columns
and the id → row map (≈ 3 MB and ~2 ms at 100k rows, measured by benchmarks/sync_cost.py),
never a re-read of the collection (≈ 13 s at 100k). Readers hold a snapshot for the
length of a query: the metadata columns and ``row_of`` of a snapshot never change, so a
posting added or removed during a query is simply not seen by it; an overwritten row may
be read half-updated by a query running at that instant — both states are vectors of that
posting (the Jobs page re-checks every result against the database anyway).

Change records that say which ids changed: this process's writes are kept in a bounded
in-process log (:class:`LocalLog`); another process's writes (``chroma run`` shared by app
processes and rq workers) are read from the ``changes-<slug>`` collection
(:class:`ChangeLog`). A gap in either log (a reader that fell behind the retention, a
re-index, a write too large to list) means a full reload.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import structlog

from careercopilot.integrations import vector_quant
from careercopilot.integrations.embeddings import DIM

log = structlog.get_logger(__name__)

#: Page size when loading the collection into the numpy cache (small pages = small transients).
LOAD_PAGE = 2000
#: Spare rows allocated beyond the loaded ones: 10% + 1,024 (virtual memory: pages that were
#: never written are not resident). When they run out the matrix grows by the same rule.
GROWTH = 0.10
GROWTH_MIN_ROWS = 1024
#: A change touching more than this share of the cache reloads it instead (one paged read
#: beats thousands of id look-ups).
PATCH_MAX_SHARE = 0.25
#: In-process write records kept per collection (a cache that fell further behind reloads).
LOCAL_LOG_ENTRIES = 1024
#: Remote change records: writes listing more ids than this are recorded as "everything
#: changed" (readers reload); Chroma metadata values stay small.
LOG_MAX_IDS = 5000
#: Change records are deleted after this many seconds; a reader whose last look at the log
#: is older than that (minus the grace) reloads in full.
LOG_RETENTION_SECONDS = 3600.0
#: Readers re-read records this many seconds older than the newest one they applied: a
#: record stamped earlier but stored later (another writer's clock or a slow request) is
#: still found. Re-applying a record is harmless (patches read the current state).
LOG_GRACE_SECONDS = 60.0

WORK_MODES = ("remote", "hybrid", "onsite")
_WM = {m: i for i, m in enumerate(WORK_MODES)}
_VISA = {"yes": 1, "no": 0}
#: Identity of this process as a writer of change records (its own records are skipped:
#: the in-process log already covers them).
WRITER = uuid.uuid4().hex[:16]

_blas_pinned = False


class NeedsReload(Exception):
    """A patch cannot be applied to a shared snapshot (no spare rows / too many patched rows):
    load the collection again (which writes a new snapshot)."""


def release_heap() -> None:
    """Give freed heap pages back to the OS (glibc ``malloc_trim``; no-op elsewhere).

    Paging 100k vectors + metadata out of Chroma leaves ~300 MB of freed-but-held heap
    (measured: RSS 1,452 → 1,134 MB after the trim); called after every full (re)load.
    """
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def single_thread_blas() -> None:
    """Pin numpy's BLAS to one thread, once per process (see ``integrations.vectors``)."""
    global _blas_pinned
    if not _blas_pinned:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")
        _blas_pinned = True


@dataclass
class MaskEntry:
    """A memoized filter mask of one snapshot."""

    mask: np.ndarray  # bool (n,)
    rows: np.ndarray  # int64 row numbers where mask is True
    sub: np.ndarray | None = None  # float32 (len(rows), 384) gathered rows (selective masks only)


#: Metadata columns of a snapshot: name → (dtype, value of an unknown / free row).
COLUMNS: dict[str, tuple[Any, Any]] = {
    "ids": (np.int64, -1),
    "work_mode": (np.int8, -1),  # index into WORK_MODES
    "country": (np.int16, -1),  # code into countries
    "visa": (np.int8, -1),  # 1 yes, 0 no
    "posted_at": (np.int64, 0),  # epoch s, 0 unknown
    "salary_top": (np.float32, -1.0),  # annual USD: max if known else min
    "source_type": (np.int16, -1),  # code into source_types
    "owner_id": (np.int32, -1),  # 0 shared, user id private, -1 free row
}


@dataclass
class VectorCache:
    """One generation of the numpy cache (see module doc). Never mutated after it is published,
    except rows of ``backing`` overwritten with a newer vector of the same posting."""

    version: str
    ids: np.ndarray  # int64 (n,), -1 = free row
    mat: np.ndarray  # float32 C-contiguous (n, 384) = backing[:n]
    work_mode: np.ndarray
    country: np.ndarray
    visa: np.ndarray
    posted_at: np.ndarray
    salary_top: np.ndarray
    source_type: np.ndarray
    owner_id: np.ndarray
    countries: dict[str, int] = field(default_factory=dict)
    source_types: dict[str, int] = field(default_factory=dict)
    row_of: dict[int, int] = field(default_factory=dict)  # vector_quant.RowMap when shared
    local: int = 0  # in-process write counter when last brought up to date
    checked_at: float = 0.0
    masks: OrderedDict = field(default_factory=OrderedDict)
    sub_bytes: int = 0
    lock: Any = field(default_factory=threading.Lock)
    backing: np.ndarray | None = None  # float32 (capacity, 384)
    free: tuple[int, ...] = ()  # free rows, reused by new postings
    epoch: str = ""  # collection incarnation (a re-index gives a new one)
    log_at: float = 0.0  # remote change records up to this time (writer clock) are applied
    log_seen: dict[str, float] = field(default_factory=dict)  # applied record ids → their time
    shared: vector_quant.Shared | None = None  # host-wide int8 snapshot (large indexes), else None

    @property
    def live(self) -> int:
        """Number of postings in the cache (rows minus free rows)."""
        return len(self.row_of)


def _capacity(rows: int) -> int:
    return rows + max(GROWTH_MIN_ROWS, int(rows * GROWTH))


def _encode(cols: dict[str, np.ndarray], r: int, pid: int, md: dict[str, Any], countries: dict[str, int],
            sources: dict[str, int]) -> None:
    """Write row ``r`` of the metadata columns from Chroma metadata (``vectors._md`` shape)."""
    cols["ids"][r] = pid
    cols["work_mode"][r] = _WM.get(md.get("work_mode", ""), -1)
    cc = md.get("country", "")
    cols["country"][r] = countries.setdefault(cc, len(countries)) if cc else -1
    cols["visa"][r] = _VISA.get(md.get("visa", ""), -1)
    cols["posted_at"][r] = int(md.get("posted_at", 0))
    hi, lo = float(md.get("salary_max", -1)), float(md.get("salary_min", -1))
    cols["salary_top"][r] = hi if hi >= 0 else lo
    st = md.get("source_type", "")
    cols["source_type"][r] = sources.setdefault(st, len(sources)) if st else -1
    cols["owner_id"][r] = int(md.get("owner_id", 0))


def _empty_cols(n: int) -> dict[str, np.ndarray]:
    return {name: np.full(n, fill, dtype=dt) for name, (dt, fill) in COLUMNS.items()}


def load(docs: Any, *, version: str, local: int, epoch: str, log_at: float,
         shared_root: Path | None = None, shared_min_rows: int = 0) -> VectorCache:
    """Page collection ``docs`` into a new snapshot (no per-row dicts kept). O(collection).

    With ``shared_root`` and at least ``shared_min_rows`` (> 0) postings the vectors go to a
    host-wide int8 + float32 snapshot directory mapped by every process
    (:mod:`careercopilot.integrations.vector_quant`) instead of a private float32 matrix.
    """
    single_thread_blas()
    total = docs.count()
    if shared_root is not None and shared_min_rows > 0 and total >= shared_min_rows:
        return _load_shared(docs, total, version=version, local=local, epoch=epoch, log_at=log_at,
                            root=shared_root)
    backing = np.empty((_capacity(total), DIM), dtype=np.float32)
    n, cols, countries, sources = _page_into(docs, backing)
    out = {name: a[:n].copy() for name, a in cols.items()}
    return VectorCache(
        version=version, mat=backing[:n], **out, countries=countries, source_types=sources,
        row_of={int(pid): r for r, pid in enumerate(out["ids"].tolist())}, local=local, backing=backing,
        epoch=epoch, log_at=log_at,
    )


def _page_into(docs: Any, backing: np.ndarray) -> tuple[int, dict[str, np.ndarray], dict[str, int], dict[str, int]]:
    """Page every vector + metadata of ``docs`` into ``backing`` rows and new columns."""
    cols = _empty_cols(len(backing))
    countries: dict[str, int] = {}
    sources: dict[str, int] = {}
    n = offset = 0
    while True:
        got = docs.get(include=["embeddings", "metadatas"], limit=LOAD_PAGE, offset=offset)
        if not got["ids"]:
            break
        m_ = len(got["ids"])
        offset += m_
        if n + m_ > len(backing):  # grew while paging
            if isinstance(backing, np.memmap):
                raise NeedsReload("collection grew past the snapshot's capacity while loading")
            backing, cols = _grow(backing, cols, n, n + m_)
        backing[n:n + m_] = np.asarray(got["embeddings"], dtype=np.float32)
        for j, (i, md) in enumerate(zip(got["ids"], got["metadatas"] or [{}] * m_)):
            _encode(cols, n + j, int(i), md or {}, countries, sources)
        n += m_
    del got
    release_heap()
    return n, cols, countries, sources


def _load_shared(docs: Any, total: int, *, version: str, local: int, epoch: str, log_at: float,
                 root: Path) -> VectorCache:
    """A snapshot backed by the host-wide shared files (built by the first process to ask)."""

    def fill(vecs: np.ndarray) -> dict[str, Any]:
        n, cols, countries, sources = _page_into(docs, vecs)
        return {"n": n, "columns": {k: v[:n] for k, v in cols.items()}, "countries": countries,
                "source_types": sources}

    path = vector_quant.snapshot_dir(root, docs.name, epoch, version)
    try:
        sh, info = vector_quant.build_or_open(path, fill, _capacity(total))
    except NeedsReload:  # grew past the spare rows while paging: size it again, once
        sh, info = vector_quant.build_or_open(path, fill, _capacity(docs.count()))
    return from_shared(sh, info, version=version, local=local, epoch=epoch, log_at=log_at)


def from_shared(sh: vector_quant.Shared, info: dict[str, Any], *, version: str = "", local: int = 0,
                epoch: str = "", log_at: float = 0.0) -> VectorCache:
    """A snapshot over an opened shared view (``vector_quant.open_shared``)."""
    n = int(info["n"])
    cols = {name: np.ascontiguousarray(info["columns"][name][:n]).astype(COLUMNS[name][0]) for name in COLUMNS}
    return VectorCache(
        version=version, mat=sh.mat[:n], **cols, countries=dict(info["countries"]),
        source_types=dict(info["source_types"]), row_of=vector_quant.RowMap.from_ids(cols["ids"]),
        local=local, backing=sh.mat, epoch=epoch, log_at=log_at, shared=sh,
    )


def _grow(backing: np.ndarray, cols: dict[str, np.ndarray], n: int, need: int):
    """A larger backing matrix (rows ``[:n]`` copied) and columns; the old ones stay valid for
    snapshots that use them."""
    cap = _capacity(need)
    bigger = np.empty((cap, DIM), dtype=np.float32)
    bigger[:n] = backing[:n]
    new_cols = _empty_cols(cap)
    for name, a in cols.items():
        new_cols[name][: min(n, len(a))] = a[:n]
    return bigger, new_cols


def patch(c: VectorCache, present: dict[int, tuple[Any, dict[str, Any]]], removed: Iterable[int], *,
          version: str | None = None) -> VectorCache:
    """The next snapshot of ``c``: ``present`` = posting id → (vector, Chroma metadata) as stored
    now (added or changed), ``removed`` = ids no longer in the index. O(changed + columns)."""
    n = len(c.ids)
    row_of = c.row_of.copy()  # dict, or vector_quant.RowMap for shared snapshots
    free = list(c.free)
    cols = {name: getattr(c, name).copy() for name in COLUMNS}
    countries, sources = dict(c.countries), dict(c.source_types)
    newly_free = []
    for pid in removed:
        r = row_of.pop(int(pid), None)
        if r is not None:
            for name, (_, fill) in COLUMNS.items():
                cols[name][r] = fill
            newly_free.append(r)
    additions = [pid for pid in present if pid not in row_of]
    appended = max(0, len(additions) - len(free))
    backing = c.backing if c.backing is not None else np.ascontiguousarray(c.mat)
    sh = c.shared
    if sh is not None and (n + appended > len(backing) or len(sh.dirty) + len(present) > vector_quant.MAX_DIRTY_ROWS):
        raise NeedsReload("the shared snapshot has no room for this patch")
    if appended:
        if n + appended > len(backing):
            backing, _ = _grow(backing, {}, n, n + appended)
        for name, (dt, fill) in COLUMNS.items():
            cols[name] = np.concatenate([cols[name], np.full(appended, fill, dtype=dt)])
    nxt = n
    dirty = set(sh.dirty) if sh is not None else set()
    for pid, (vec, md) in present.items():
        r = row_of.get(pid)
        if r is None:
            if free:
                r = free.pop()
            else:
                r, nxt = nxt, nxt + 1
            row_of[pid] = r
        if sh is not None:
            sh.write_row(r, vec)
            dirty.add(r)
        else:
            backing[r] = np.asarray(vec, dtype=np.float32)
        _encode(cols, r, pid, md or {}, countries, sources)
    # rows freed by THIS patch are reused only by later ones: a reader still holding the
    # previous snapshot sees them as that snapshot's postings until it finishes.
    free.extend(newly_free)
    size = n + appended
    return replace(
        c, version=version or c.version, mat=backing[:size], backing=backing, **cols, countries=countries,
        source_types=sources, row_of=row_of, free=tuple(free), masks=OrderedDict(), sub_bytes=0,
        lock=threading.Lock(), log_seen=dict(c.log_seen),
        shared=replace(sh, dirty=frozenset(dirty)) if sh is not None else None,
    )


def read_back(docs: Any, ids: Sequence[int]) -> tuple[dict[int, tuple[Any, dict[str, Any]]], list[int]]:
    """The stored (vector, metadata) of ``ids`` in ``docs``, and the ids it no longer holds."""
    present: dict[int, tuple[Any, dict[str, Any]]] = {}
    order = sorted({int(i) for i in ids})
    for i in range(0, len(order), LOAD_PAGE):
        got = docs.get(ids=[str(x) for x in order[i:i + LOAD_PAGE]], include=["embeddings", "metadatas"])
        for sid, vec, md in zip(got["ids"], got["embeddings"], got["metadatas"] or [{}] * len(got["ids"])):
            present[int(sid)] = (vec, md or {})
    return present, [pid for pid in order if pid not in present]


class LocalLog:
    """Process-wide record of index writes per (store, collection): ``seq`` → changed ids
    (``None`` = everything, e.g. a re-index). Thread-safe; bounded to :data:`LOCAL_LOG_ENTRIES`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seq: dict[tuple[str, str], int] = {}
        self._log: dict[tuple[str, str], deque] = {}

    def seq(self, key: tuple[str, str]) -> int:
        """The latest write number of ``key`` (0 before any write)."""
        return self._seq.get(key, 0)

    def record(self, key: tuple[str, str], ids: Iterable[int] | None) -> int:
        """Note a write of ``ids`` (None = all); returns its number."""
        with self._lock:
            seq = self._seq.get(key, 0) + 1
            self._seq[key] = seq
            self._log.setdefault(key, deque(maxlen=LOCAL_LOG_ENTRIES)).append(
                (seq, None if ids is None else frozenset(int(i) for i in ids)))
            return seq

    def since(self, key: tuple[str, str], seq: int) -> tuple[set[int] | None, int]:
        """(ids changed after write ``seq``, or None when a full reload is needed; latest seq)."""
        with self._lock:
            latest = self._seq.get(key, 0)
            entries = [e for e in self._log.get(key, ()) if e[0] > seq]
        if latest == seq:
            return set(), latest
        if not entries or entries[0][0] != seq + 1:
            return None, latest
        out: set[int] = set()
        for _, ids in entries:
            if ids is None:
                return None, latest
            out |= ids
        return out, latest


class ChangeLog:
    """Change records in a Chroma collection, for caches in OTHER processes (module doc).

    One record per write: metadata ``at`` (epoch s of the writer), ``writer``
    (:data:`WRITER`), ``ids`` (comma-separated posting ids) or ``all`` = True. The
    collection holds no real vectors (a 1-d zero is stored because Chroma requires one).
    """

    def __init__(self, client: Any, name: str) -> None:
        self.client, self.name = client, name
        self.col = client.get_or_create_collection(name, embedding_function=None)

    def reopen(self) -> None:
        """Re-open the collection (after a re-index recreated it)."""
        self.col = self.client.get_or_create_collection(self.name, embedding_function=None)

    def record(self, ids: Sequence[int] | None) -> None:
        """Add one record (``None`` or more than :data:`LOG_MAX_IDS` ids: everything changed)
        and delete records older than :data:`LOG_RETENTION_SECONDS`."""
        now = time.time()
        md: dict[str, Any] = {"at": now, "writer": WRITER}
        if ids is None or len(ids) > LOG_MAX_IDS:
            md["all"] = True
        else:
            md["ids"] = ",".join(str(int(i)) for i in ids)
        self.col.add(ids=[f"{time.time_ns()}-{WRITER}-{uuid.uuid4().hex[:8]}"], embeddings=[[0.0]], metadatas=[md])
        self.col.delete(where={"at": {"$lt": now - LOG_RETENTION_SECONDS}})

    def changes(self, c: VectorCache) -> tuple[set[int] | None, float, dict[str, float]]:
        """Ids written by other processes since cache ``c`` last looked, or None when it must
        reload in full; also the new ``log_at`` and ``log_seen`` for the next snapshot."""
        now = time.time()
        if c.log_at <= 0 or c.log_at < now - LOG_RETENTION_SECONDS + LOG_GRACE_SECONDS:
            return None, now, {}
        since = c.log_at - LOG_GRACE_SECONDS
        got = self.col.get(where={"at": {"$gt": since}}, include=["metadatas"])
        seen = {rid: at for rid, at in c.log_seen.items() if at > since}
        out: set[int] = set()
        log_at = c.log_at
        for rid, md in zip(got["ids"], got["metadatas"] or []):
            md = md or {}
            at = float(md.get("at", 0.0))
            log_at = max(log_at, at)
            if rid in seen:
                continue
            seen[rid] = at
            if md.get("writer") == WRITER:
                continue
            if md.get("all"):
                return None, now, {}
            out.update(int(x) for x in str(md.get("ids", "")).split(",") if x)
        return out, log_at, seen
