"""Database connections terminated mid-job (issue 9, finding 11).

The probe: ``pg_terminate_backend`` of every connection — the app recovered in 0.5 s,
but the worker's in-flight index job failed and was not retried (~18,000 postings
stayed un-indexed). Here the same happens to a real index run on a real worker: the
job fails on its dead connection, is retried after the backoff (RQ ``Retry``) and
indexes every posting. Only this test's throwaway database is touched; the server on
5432 keeps running.
"""

from __future__ import annotations

import psycopg
import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import EmbeddingRecord, JobPosting
from careercopilot.services import background, ingest_sync
from tests.support import services
from tests.support.faults import LOOPBACK, SMALL_EMBEDDINGS, wait_row

pytestmark = pytest.mark.slow


def _terminate_connections(pg_url: str) -> int:
    """``pg_terminate_backend`` of every connection to the database of ``pg_url``; returns how many."""
    name = pg_url.rsplit("/", 1)[-1]
    with psycopg.connect(services.PG_ADMIN_URL, autocommit=True) as conn:
        rows = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE datname = %s AND pid <> pg_backend_pid()", (name,)).fetchall()
    return sum(1 for (ok,) in rows if ok)


@pytest.mark.timeout(900)
def test_index_run_survives_terminated_connections(job_stack, board_source):
    n = 150
    stack = job_stack(**LOOPBACK, **SMALL_EMBEDDINGS)
    sid = board_source(n, words=20)
    with session_scope() as s:
        assert ingest_sync.sync_source(session=s, source_id=sid).new_count == n
    worker = stack.worker()
    handle = background.enqueue("jobs.matching.index_postings")
    wait_row(handle.id, lambda r: r.status == "running" and (r.message or "").startswith("indexed ")
             and not r.message.startswith(f"indexed {n}/"), timeout=400, what="indexing to be under way",
             workers=[worker])
    assert _terminate_connections(stack.pg_url) >= 1
    retried = wait_row(handle.id, lambda r: r.attempts >= 2 or r.status != "running", timeout=300,
                       what="the failed run to be retried", workers=[worker])
    assert retried.status != "failed", retried.error
    final = wait_row(handle.id, lambda r: r.status == "finished", timeout=400, what="the retried index run",
                     workers=[worker])
    assert final.attempts == 2
    with session_scope() as s:
        open_ids = set(s.exec(select(JobPosting.id).where(JobPosting.is_open)).all())
        indexed = set(s.exec(select(EmbeddingRecord.item_id).where(EmbeddingRecord.kind == "posting")).all())
    assert len(open_ids) == n and indexed == open_ids
    assert "OperationalError" in worker.log(2000)  # it really lost its connection
