"""Normalizing a sync's connector postings (:func:`normalize_all`): in process, or for large
batches over a pool of forked worker processes (identical results).

Pure CPU (HTML sanitizing, parsing); nothing here touches the database.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from typing import Any

import structlog

from careercopilot.config import settings
from careercopilot.connectors import RawPosting
from careercopilot.normalize.location import load_reference_data
from careercopilot.normalize.posting import NormalizedPosting, normalize_posting
from careercopilot.services import process_guard
from careercopilot.services.posting_inputs import NormalizeInputs

log = structlog.get_logger(__name__)


#: ``RawPosting`` fields left out of the normalizer's inputs when None (:func:`_normalize_fields`).
_OPTIONAL_FIELDS = frozenset({"work_hours"})


def _normalize_fields(raw: RawPosting) -> dict[str, Any]:
    """``RawPosting`` fields for ``normalize_posting`` minus ``raw`` (which it ignores;
    keeps what is pickled to worker processes small) and minus an unset ``work_hours`` (a field
    added after revision 0017: leaving it out when None keeps the stored inputs and their
    ``inputs_hash`` of every other posting as they were)."""
    return {name: getattr(raw, name) for name in RawPosting.model_fields
            if name != "raw" and not (name in _OPTIONAL_FIELDS and getattr(raw, name) is None)}


def with_inputs(posting: NormalizedPosting, fields: dict[str, Any], *, now: datetime) -> NormalizedPosting:
    """``posting`` carrying what it was read from (``fields``, ``now``), for storage with the row
    (``services.posting_inputs``; ``ingest.posting_row`` encodes it)."""
    return posting.model_copy(update={"inputs": NormalizeInputs(fields=fields, now=now)})


def normalize_raw(raw: RawPosting, *, now: datetime) -> NormalizedPosting:
    """One connector posting normalized (``normalize_posting``), carrying its inputs
    (:func:`with_inputs`): the reading of every path that stores postings (syncs, URL imports,
    clips). Raises ValueError/TypeError as ``normalize_posting``."""
    fields = _normalize_fields(raw)
    return with_inputs(normalize_posting(**fields, now=now), fields, now=now)


def _normalize_chunk(task: tuple[list[dict[str, Any]], datetime]) -> list[NormalizedPosting | str]:
    """Worker-process side of :func:`normalize_all`: a posting, or the error text."""
    items, now = task
    out: list[NormalizedPosting | str] = []
    for fields in items:
        try:
            out.append(normalize_posting(**fields, now=now))
        except (ValueError, TypeError) as exc:
            out.append(str(exc) or type(exc).__name__)
    return out


def _normalize_parallel(raws: Sequence[RawPosting], *, now: datetime, workers: int) -> list[NormalizedPosting | str]:
    # Reference tables are built once here and inherited by the forked workers.
    load_reference_data()
    size = max(100, -(-len(raws) // (workers * 4)))
    tasks = [([_normalize_fields(r) for r in raws[i : i + size]], now) for i in range(0, len(raws), size)]
    # gc.freeze(): the children's collector would otherwise touch (and copy-on-write)
    # every object of this process, reference tables included.
    gc.freeze()
    try:
        # Children die with this process (PR_SET_PDEATHSIG): a kill -9 of the job's
        # process must not leave the pool running (issue 9, finding 9).
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=process_guard.die_with_parent, initargs=(os.getpid(),)) as pool:
            return [item for chunk in pool.map(_normalize_chunk, tasks) for item in chunk]
    finally:
        gc.unfreeze()


def normalize_all(
    raws: Iterable[RawPosting], *, now: datetime, quiet: bool = False, workers: int | None = None
) -> tuple[list[NormalizedPosting], int]:
    """Normalize connector postings, in order; records that fail normalization
    (ValueError/TypeError) are skipped and counted (logged unless ``quiet``).

    Batches of at least ``settings.ingest_parallel_min_postings`` (default 1,000) are
    split over ``workers`` forked processes (default ``settings.ingest_normalize_workers``
    = 2; normalization is pure CPU: HTML sanitizing and parsing). Results are identical
    to the in-process path. In the embedded default (jobs on threads of the app
    process) the pool is never used: forking a multi-threaded server is unsafe.
    Every posting carries its inputs (:func:`with_inputs`).
    """
    raws = list(raws)
    if workers is None:
        workers = 1 if settings.run_jobs_inline else settings.ingest_normalize_workers
    if workers > 1 and len(raws) >= settings.ingest_parallel_min_postings:
        results = _normalize_parallel(raws, now=now, workers=workers)
    else:
        results = []
        for raw in raws:
            try:
                results.append(normalize_raw(raw, now=now))
            except (ValueError, TypeError) as exc:
                results.append(str(exc) or type(exc).__name__)
    out: list[NormalizedPosting] = []
    skipped = 0
    for raw, result in zip(raws, results):
        if isinstance(result, str):
            skipped += 1
            if not quiet:
                log.warning("ingest.normalize_skipped", source=raw.source, ats_id=raw.ats_id, error=result)
        else:
            out.append(result if result.inputs is not None else with_inputs(result, _normalize_fields(raw), now=now))
    return out, skipped
