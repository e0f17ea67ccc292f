"""Writes and plain reads of posting vectors in Chroma: the ``PostingWrites`` mixin of
:class:`~careercopilot.integrations.vectors.VectorIndex`, and ``_md`` (Chroma-safe metadata).

Shapes: a posting is one document vector ``(384,)`` in ``docs`` (id = posting id, metadata
:func:`_md`, including ``n_chunks``) and ``n_chunks`` chunk vectors in ``chunks`` (ids
``"<posting id>:<i>"``, metadata ``posting_id``); vectors are unit float32 (:data:`embeddings.DIM`).
The mixin uses the index's ``client``, ``docs``, ``chunks``, ``_followed`` (a Chroma call that
follows a re-index's generation swap or reopens a stale embedded engine) and ``_bump`` (records
the write for the caches of this and other processes). Split out of ``vectors`` (tidy68); every
name stays importable from there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from careercopilot.integrations.vector_cache import LOAD_PAGE
from careercopilot.integrations.vector_filters import IndexItem


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


class PostingWrites:
    """Upserts, deletes and plain reads of postings (see module doc for what it expects of the index)."""

    def upsert(self, items: Sequence[IndexItem]) -> int:
        """Insert or replace postings (document vector, metadata and all chunk vectors)."""
        if not items:
            return 0
        return self._followed(self._upsert, items)

    def _upsert(self, items: Sequence[IndexItem]) -> int:
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
        return self._followed(self._delete, ids)

    def _delete(self, ids: list[int]) -> int:
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

    def get_doc_vectors(self, posting_ids: Sequence[int]) -> dict[int, np.ndarray]:
        """Document vectors per posting id."""
        if not posting_ids:
            return {}
        got = self._followed(lambda: self.docs.get(ids=[str(p) for p in posting_ids], include=["embeddings"]))
        return {int(i): np.asarray(v, dtype=np.float32) for i, v in zip(got["ids"], got["embeddings"])}
