"""The candidate stage: what is embedded for a posting, its vector-index metadata, and
keeping the vector index in step with the open postings."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

import numpy as np
from sqlalchemy import bindparam, func, update
from sqlmodel import Session, delete, select

from careercopilot.integrations import embeddings as emb
from careercopilot.integrations import vectors
from careercopilot.models import EmbeddingRecord, JobPosting
from careercopilot.services.matching.common import _aware, _now, location_text, posting_annual_usd

#: Postings scored (per user) by a full refresh: the nearest by resume document vector.
REFRESH_CANDIDATES = 400
#: Postings of the person's occupation families added to the candidates (newest first).
FAMILY_CANDIDATES = 1000
#: Postings embedded per batch by :func:`index_open_postings`.
INDEX_BATCH = 64
#: Seniority ladder (index = level) and the title words that imply each level.


def posting_document(p: JobPosting) -> tuple[str, str]:
    """(text, prefix) embedded for a posting: description + tags + location; prefix = title at company."""
    tags = ", ".join(str(t) for t in (p.tags or []))
    body = "\n\n".join(x for x in (p.description_text or "", f"Skills: {tags}" if tags else "",
                                    f"Location: {location_text(p)}" if location_text(p) else "") if x)
    prefix = f"{p.title} at {p.company}" if p.company else p.title
    return body, prefix


def posting_countries(p: JobPosting) -> str:
    """Every country of a posting for the country filter, sorted and joined with "|": its
    primary country, the countries of all its places, and for remote postings the countries
    ("US", "US-CO" → "US") and area tokens ("LATAM", "EU") of ``allowed_regions``."""
    out = {p.country} | {pl.get("country") for pl in p.places or [] if isinstance(pl, dict)}
    if p.work_mode == "remote":
        for t in p.allowed_regions or []:
            if isinstance(t, str) and t and not t.startswith("!"):  # "!US-CA": an exclusion (normalize.residency)
                out.add(t.split("-", 1)[0] if "-" in t else t)
    return "|".join(sorted(str(c).upper() for c in out if c))


def posting_metadata(p: JobPosting) -> dict[str, Any]:
    """Vector-index metadata of a posting (see :mod:`careercopilot.integrations.vectors`)."""
    lo, hi, _ = posting_annual_usd(p)
    posted = _aware(p.posted_at) or _aware(p.first_seen_at)
    return {
        "work_mode": p.work_mode or "",
        "country": posting_countries(p),
        "posted_at": int(posted.timestamp()) if posted else 0,
        "visa": p.visa_sponsorship or "",
        "salary_min": lo,
        "salary_max": hi,
        "is_open": bool(p.is_open),
        "source_type": p.source_type or "",
        "owner_id": int(p.owner_id or 0),
    }


def record_hash(p: JobPosting) -> str:
    """EmbeddingRecord hash: 48 hex of the embedded text's hash + 16 hex of the metadata's.

    A changed text means re-embedding; a changed metadata only (salary, visa…) means a
    metadata update with the stored vectors.
    """
    text, prefix = posting_document(p)
    meta = json.dumps(posting_metadata(p), sort_keys=True, default=str)
    return emb.text_hash(text, prefix=prefix)[:48] + hashlib.sha256(meta.encode()).hexdigest()[:16]


def embed_postings(postings: Sequence[JobPosting]) -> list[vectors.IndexItem]:
    """The ingest embedding stage: chunk + embed postings in one batched pass → index items."""
    docs = [posting_document(p) for p in postings]
    out = emb.embed_documents([t for t, _ in docs], prefixes=[pre for _, pre in docs])
    return [
        vectors.IndexItem(int(p.id), doc, chunks, posting_metadata(p))
        for p, (chunks, doc) in zip(postings, out)
    ]


def _indexable(p: JobPosting) -> bool:
    return bool(p.is_open) and p.duplicate_of_id is None and not p.is_flagged


def index_open_postings(*, session: Session, index: vectors.VectorIndex | None = None,
                        progress=None) -> dict[str, int]:
    """Bring the vector index up to date with the postings a write flagged (``index_pending``).

    Reads only pending postings (a sync's new, changed and closed ones — never every open
    posting or every EmbeddingRecord), in id order and batches of ``INDEX_BATCH × 4``: embeds
    new/changed texts (by :func:`record_hash`), updates metadata-only changes with the stored
    vectors, removes closed/duplicate ones, clears the flag, and queues every posting whose
    index entry changed for re-scoring (``MatchRefresh``, drained by
    ``services.matching.rescore_changed_postings``). Per run: O(pending postings) statements
    and work, independent of the corpus size (issue 9, finding 16).

    The flag is cleared only where the row still has the state that was indexed (same
    ``fingerprint`` and ``is_open``): a sync committing meanwhile leaves it pending.

    Returns counts ``{"embedded", "metadata", "removed", "unchanged"}`` (``unchanged``: pending
    postings whose record hash under :data:`MODEL_VERSION` already matched — never re-embedded).

    Commits after the removals and after each batch: the database write lock is held for
    one batch's bookkeeping only, never across the embedding (minutes for a big sync), so
    on SQLite other writers never wait behind an index run (issue 9, finding 15). Partial
    progress is safe: a posting whose record was not committed is simply embedded again.
    """
    from careercopilot.services.matching.refresh import queue_rescore

    from careercopilot.services.matching import index_owner

    index = index or vectors.get_index()
    index_owner.claim_if_unowned(session=session, index=index)
    mv = emb.MODEL_VERSION
    counts = {"embedded": 0, "metadata": 0, "removed": 0, "unchanged": 0}
    total = max(1, session.exec(select(func.count()).select_from(JobPosting).where(JobPosting.index_pending)).one())
    done, last_id = 0, 0
    table = JobPosting.__table__
    while True:
        rows = session.exec(select(JobPosting).where(JobPosting.index_pending, JobPosting.id > last_id)
                            .order_by(JobPosting.id).limit(INDEX_BATCH * 4)).all()
        if not rows:
            break
        last_id = rows[-1].id
        ids = [p.id for p in rows]
        records = {r.item_id: r for r in session.exec(select(EmbeddingRecord).where(
            EmbeddingRecord.kind == "posting", EmbeddingRecord.model_version == mv,
            EmbeddingRecord.item_id.in_(ids)))}
        changed: list[int] = []
        # 1) postings that must leave the index: closed, duplicates
        gone = [p.id for p in rows if not _indexable(p)]
        if gone:
            counts["removed"] += index.delete(gone)
            changed += gone  # their stored scores are dropped by the rescore job
        # 2) new / changed postings
        to_embed, meta_only = [], []
        for p in rows:
            if not _indexable(p):
                continue
            h = record_hash(p)
            rec = records.get(p.id)
            if rec is not None and rec.content_hash == h:
                counts["unchanged"] += 1
            elif rec is not None and rec.content_hash[:48] == h[:48]:
                meta_only.append((p, h))
            else:
                to_embed.append((p, h))
        for i in range(0, len(to_embed), INDEX_BATCH):
            part = to_embed[i:i + INDEX_BATCH]
            items = embed_postings([p for p, _ in part])
            index.upsert(items)
            for (p, h), it in zip(part, items):
                _save_record(session, records, p.id, h, len(it.chunk_vectors))
            counts["embedded"] += len(part)
            changed += [p.id for p, _ in part]
            if progress:  # embedding is the slow part: report each batch
                so_far = done + i + len(part)
                progress(int(90 * so_far / total), f"indexed {so_far}/{total} postings")
        if meta_only:
            vecs = index.get_doc_vectors([p.id for p, _ in meta_only])
            chunks = index.get_chunks([p.id for p, _ in meta_only])
            items = [vectors.IndexItem(p.id, vecs[p.id], chunks.get(p.id, vecs[p.id][None, :]), posting_metadata(p))
                     for p, _ in meta_only if p.id in vecs]
            index.upsert(items)
            for p, h in meta_only:
                _save_record(session, records, p.id, h, records[p.id].chunks)
            counts["metadata"] += len(meta_only)
            changed += [p.id for p, _ in meta_only]
        # writes only from here to the commit (lock70: the records of removed postings used to be
        # deleted before the embedding, holding the write lock across it)
        dropped = [pid for pid in gone if pid in records]
        if dropped:
            session.exec(delete(EmbeddingRecord).where(EmbeddingRecord.kind == "posting",
                                                       EmbeddingRecord.model_version == mv,
                                                       EmbeddingRecord.item_id.in_(dropped)))
        session.flush()
        session.execute(
            update(table).where(table.c.id == bindparam("b_id"), table.c.fingerprint == bindparam("b_fp"),
                                table.c.is_open == bindparam("b_open")).values(index_pending=False),
            [{"b_id": p.id, "b_fp": p.fingerprint, "b_open": bool(p.is_open)} for p in rows])
        queue_rescore(session, changed)
        session.commit()  # short write transactions: release the lock before the next batch embeds
        done += len(rows)
        if progress:
            progress(int(90 * done / total), f"indexed {done}/{total} postings")
    return counts


def drop_deleted_postings(*, session: Session, index: vectors.VectorIndex | None = None) -> int:
    """Remove index entries (and EmbeddingRecords) of postings whose row was deleted.

    Deleting a row cannot flag it ``index_pending`` (a user's private postings go with the
    account), so this sweep — one anti-join over the records, run daily by
    ``jobs.matching.prune_index``, not by each sync — catches them. Reads never show such
    entries meanwhile: every result is re-checked against the database. Returns how many.
    """
    index = index or vectors.get_index()
    R = EmbeddingRecord
    orphans = list(session.exec(select(R.item_id).where(
        R.kind == "posting", ~select(JobPosting.id).where(JobPosting.id == R.item_id).exists())))
    for i in range(0, len(orphans), 900):
        part = orphans[i:i + 900]
        index.delete(part)
        session.exec(delete(R).where(R.kind == "posting", R.item_id.in_(part)))
    return len(orphans)


def _save_record(session: Session, records: dict, pid: int, h: str, chunks: int) -> None:
    rec = records.get(pid)
    if rec is None:
        rec = EmbeddingRecord(kind="posting", item_id=pid, model_version=emb.MODEL_VERSION, content_hash=h)
        records[pid] = rec
    rec.content_hash, rec.chunks, rec.updated_at = h, chunks, _now()
    session.add(rec)


def reindex_everything(*, session: Session, index: vectors.VectorIndex | None = None, progress=None,
                       replace_foreign: bool = False) -> dict[str, int]:
    """Model change / repair: build a new index of every open posting beside the live one, swap
    it in, drop the old collections (and other model versions'), then catch up with postings
    that changed during the build.

    Search and matching keep answering from the live index throughout (dropping it first, as
    before, left them with an empty index for the whole rebuild). A failure during the build
    discards the new collections and leaves the live index and the database's embedding records
    as they were (``vector_generations``). After the swap every posting's embedding record is the
    one just built and every posting is flagged for :func:`index_open_postings`, which re-embeds
    only those whose text changed meanwhile and removes those closed meanwhile.

    Refuses (``index_owner.ForeignIndexError``, nothing touched) when the index records another
    database than this session's — a restore drill pointed at the live index — unless
    ``replace_foreign``; records this database as the index's owner before building.

    Returns ``{"embedded", "metadata", "removed", "unchanged", "dropped_collections"}``:
    ``embedded`` counts the build and the catch-up."""
    from careercopilot.integrations import vector_generations
    from careercopilot.services.matching import index_owner
    from careercopilot.services.matching.refresh import queue_rescore

    index = index or vectors.get_index()
    identity = index_owner.check_owner(session=session, index=index, replace_foreign=replace_foreign)
    index.set_owner(identity)
    built = index.build_beside()
    try:
        records = _build_generation(session, built, progress)
    except BaseException:
        vector_generations.discard(built)
        raise
    dropped = index.promote(built)
    dropped += index.drop_other_versions()
    session.exec(delete(EmbeddingRecord).where(EmbeddingRecord.kind == "posting"))
    now = _now()
    session.add_all(EmbeddingRecord(kind="posting", item_id=pid, model_version=emb.MODEL_VERSION, content_hash=h,
                                    chunks=n, updated_at=now) for pid, (h, n) in records.items())
    session.execute(update(JobPosting.__table__).values(index_pending=True))
    queue_rescore(session, list(records))
    session.commit()
    counts = index_open_postings(session=session, index=index, progress=progress)
    counts["embedded"] += len(records)
    counts["unchanged"] = max(0, counts["unchanged"] - len(records))
    counts["dropped_collections"] = len(dropped)
    return counts


def _build_generation(session: Session, built: vectors.VectorIndex, progress) -> dict[int, tuple[str, int]]:
    """Embed every indexable posting into ``built`` (0–85 % of ``progress``); {posting id: (record
    hash, chunk count)} as built. Reads in id order, one short read transaction per batch."""
    open_ = JobPosting.is_open
    total = max(1, session.exec(select(func.count()).select_from(JobPosting).where(open_)).one())
    out: dict[int, tuple[str, int]] = {}
    last_id = 0
    while True:
        rows = session.exec(select(JobPosting).where(open_, JobPosting.id > last_id)
                            .order_by(JobPosting.id).limit(INDEX_BATCH * 4)).all()
        if not rows:
            return out
        last_id = rows[-1].id
        todo = [p for p in rows if _indexable(p)]
        for i in range(0, len(todo), INDEX_BATCH):
            part = todo[i:i + INDEX_BATCH]
            items = embed_postings(part)
            built.upsert(items)
            out.update((p.id, (record_hash(p), len(it.chunk_vectors))) for p, it in zip(part, items))
            if progress:
                progress(int(85 * min(1.0, len(out) / total)), f"built {len(out)}/{total} postings")
        session.commit()  # no writes: ends the read transaction between batches


def family_candidates(session: Session, families: set[str], user_id: int | None,
                      limit: int = FAMILY_CANDIDATES) -> list[int]:
    """Ids of open, listable postings whose title's occupation family is one of ``families``
    (``normalize.occupations``; newest first, at most ``limit``). Added to the vector
    candidates so that a profession the embedding places far away is still scored (issue 11:
    candidate-stage recall vs scoring everything)."""
    if not families:
        return []
    from careercopilot.normalize.occupations import infer_occupation

    rows = session.exec(select(JobPosting.id, JobPosting.title).where(
        JobPosting.is_open, JobPosting.duplicate_of_id.is_(None),
        (JobPosting.owner_id.is_(None)) | (JobPosting.owner_id == (user_id or 0))).order_by(JobPosting.id.desc()))
    out = []
    for pid, title in rows:
        if infer_occupation((title or "")[:200]).family in families:
            out.append(int(pid))
            if len(out) >= limit:
                break
    return out


def posting_chunks(p: JobPosting) -> list[str]:
    """The chunk texts embedded for a posting (:func:`posting_document` through ``chunk_text``)."""
    text, prefix = posting_document(p)
    return emb.chunk_text(text, prefix=prefix)


def write_demo_pack(*, session: Session, path, index: vectors.VectorIndex | None = None) -> dict[str, int]:
    """Write the embedding pack (:mod:`careercopilot.integrations.embedding_pack`) of the demo
    feed's postings stored in this database: every indexable posting of an ``is_demo`` source.

    A posting's vectors come from the vector index when it holds as many chunks as the
    posting has now (what the seed computed), else they are embedded here.
    Returns ``{"postings", "chunks", "from_index", "embedded"}``.
    """
    from careercopilot.integrations import embedding_pack
    from careercopilot.models import Source

    index = index or vectors.get_index()
    demo = select(Source.id).where(Source.is_demo)
    rows = [p for p in session.exec(select(JobPosting).where(JobPosting.source_id.in_(demo))
                                    .order_by(JobPosting.id)).all() if _indexable(p)]
    stored = index.get_chunks([p.id for p in rows])
    texts: list[str] = []
    vecs: list[np.ndarray] = []
    counts = {"postings": len(rows), "chunks": 0, "from_index": 0, "embedded": 0}
    missing: list[str] = []
    for p in rows:
        chunks = posting_chunks(p)
        have = stored.get(p.id)
        if have is not None and len(have) == len(chunks):
            texts += chunks
            vecs.append(have)
            counts["from_index"] += len(chunks)
        else:
            missing += chunks
    if missing:
        texts += missing
        vecs.append(emb.embed_texts(missing))
        counts["embedded"] = len(missing)
    counts["chunks"] = embedding_pack.write(path, texts, np.concatenate(vecs) if vecs else np.zeros((0, emb.DIM)),
                                            model_version=emb.MODEL_VERSION)
    embedding_pack.reset()
    return counts


def reembed_unreadable(posting_ids: list[int]) -> None:
    """Postings whose vectors Chroma could not read (``vectors.on_unreadable``): forget their
    embedding records and flag them ``index_pending`` so the index job (enqueued here) embeds
    them again — the rescore that met them goes on without them (trial55 F1). Never raises."""
    from careercopilot.db import session_scope
    from careercopilot.services.background import enqueue

    try:
        with session_scope() as s:
            s.exec(delete(EmbeddingRecord).where(EmbeddingRecord.kind == "posting",
                                                 EmbeddingRecord.item_id.in_(list(posting_ids))))
            s.execute(update(JobPosting.__table__).where(JobPosting.__table__.c.id.in_(list(posting_ids)))
                      .values(index_pending=True))
        enqueue("jobs.matching.index_postings")
    except Exception as exc:  # noqa: BLE001 - the next index run or reindex repairs them too
        import structlog

        structlog.get_logger(__name__).warning("matching.reembed_failed", error=f"{type(exc).__name__}: {exc}", posting_ids=posting_ids[:50])


vectors.on_unreadable = reembed_unreadable
