"""One live job per kind and target (issue 9, finding 13): a sync of a source, or an index
run, is never queued twice — on PostgreSQL and RQ, with concurrent enqueues.

The probe read it in the code: random job ids let a second sync of a source be queued
while one was queued or running, and the two collided. Now the database decides (a
partial unique index over live rows): every concurrent ``enqueue`` gets the same job.
"""

from __future__ import annotations

import threading

import pytest
from rq import Queue
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import BackgroundJob
from careercopilot.services import background
from jobs.ingest import sync_source
from tests.support import jobs as test_jobs
from tests.support.faults import LOOPBACK, wait_row

pytestmark = pytest.mark.slow


def _concurrently(n: int, fn) -> list:
    barrier, out = threading.Barrier(n), []

    def run():
        barrier.wait()
        out.append(fn())

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def test_concurrent_sync_requests_queue_one_job(job_stack, board_source, tmp_path):
    stack = job_stack(**LOOPBACK)
    sid, other = board_source(3, token="a"), board_source(3, token="b")
    ids = _concurrently(12, lambda: background.enqueue(sync_source, sid).id)
    assert len(set(ids)) == 1
    assert background.enqueue(sync_source, other).id != ids[0]  # another source is another target
    assert len(Queue("ingest", connection=stack.redis.client())) == 2
    with session_scope() as s:
        rows = s.exec(select(BackgroundJob).where(BackgroundJob.func == "jobs.ingest.sync_source")).all()
    assert len(rows) == 2

    # while it runs, "Sync now" again joins the running sync
    counter = tmp_path / "runs"
    slow = background.enqueue(test_jobs.sleepy_job, str(counter), 8)
    worker = stack.worker()
    # the worker first runs both syncs and an index run (model load): minutes on a loaded 2-core machine
    wait_row(slow.id, lambda r: r.status == "running", timeout=400, what="the slow job", workers=[worker])
    assert {background.enqueue(test_jobs.sleepy_job, str(counter), 8).id for _ in range(3)} == {slow.id}
    for job_id in {ids[0], slow.id}:
        wait_row(job_id, lambda r: r.status == "finished", timeout=400, what="the job", workers=[worker])
    assert counter.read_text() == "1"
    # ended: the same kind and target may be queued again
    assert background.enqueue(sync_source, sid).id != ids[0]
