"""How :class:`~careercopilot.integrations.vectors.VectorIndex` answers a query: the paths
``"hnsw"``, ``"hnsw+postfilter"``, ``"exact-mask"`` and ``"quant-mask"`` (the choice is described
in :mod:`careercopilot.integrations.vectors`' module docstring, "Queries").

:class:`QueryPaths` is a mixin of ``VectorIndex``: it uses the index's ``docs`` collection,
``cache()`` / ``_fresh()`` (the numpy cache of document vectors and int-coded metadata,
:mod:`careercopilot.integrations.vector_cache`) and ``_followed`` (a Chroma call that follows a
re-index's generation swap). Vectors are unit float32, 384-d (:data:`embeddings.DIM`); scores are
cosine similarities (1 − Chroma's cosine distance).
"""

from __future__ import annotations

import math

import numpy as np

from careercopilot.integrations import vector_cache, vector_quant
from careercopilot.integrations.embeddings import DIM
from careercopilot.integrations.vector_cache import WORK_MODES, VectorCache
from careercopilot.integrations.vector_filters import QueryResult, VectorFilter, country_codes

#: Masks keeping at least this share of the index use HNSW + post-filter (else exact numpy).
HNSW_MIN_SELECTIVITY = 0.25
#: Over-fetch factor on top of k / selectivity for HNSW + post-filter.
OVERFETCH = 1.6
#: Most results ever asked of HNSW in one query.
MAX_HNSW_RESULTS = 1000
#: Filter masks memoized per cache generation (LRU entries).
MASK_CACHE_ENTRIES = 32
#: Budget for memoized gathered rows of selective masks (bytes, all entries together), and
#: the largest one kept (8 MB ≈ 5,400 rows: masks keeping ≤ ~5% of a 100k index). Bigger
#: masks are gathered per query (~3–5 ms at 10k rows) instead of adding to RSS.
SUBMATRIX_CACHE_BYTES = 32 * 1024 * 1024
SUBMATRIX_MAX_BYTES = 8 * 1024 * 1024
#: Masks keeping more than this share are scored by one full mat-vec (no gather).
DENSE_MASK = 0.5


class QueryPaths:
    """The query side of ``VectorIndex`` (see module doc for what it expects of the index)."""

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
        m = QueryPaths.mask(c, f)
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
        r = self._followed(lambda: self.docs.query(query_embeddings=q.reshape(1, -1), n_results=n,
                                                   include=["distances"]))
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
            r = self._followed(lambda: self.docs.query(query_embeddings=q.reshape(1, -1), n_results=want,
                                                       include=["distances", "metadatas"]))
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
