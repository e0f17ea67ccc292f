"""Redis restarts with queued sync jobs (issue 9, finding 10), on a redis-server of the test's own.

The probe: the compose file ran Redis without persistence; a restart dropped the queued
sync jobs while their rows said "queued" forever. Now production runs Redis with AOF
(docker-compose.yml: ``appendonly yes``, ``appendfsync everysec``, a volume) — the
queue survives a restart — and when jobs are lost anyway (a Redis without persistence,
a lost volume) the reaper re-queues the idempotent ones and fails the others with a
clear reason.
"""

from __future__ import annotations

import pytest

from careercopilot.services import background
from jobs.ingest import sync_source
from tests.support import jobs as test_jobs
from tests.support.faults import LOOPBACK, row, wait_row
from tests.support.redis_server import compose_redis_args

pytestmark = pytest.mark.slow


def _queue_length(server) -> int:
    from rq import Queue

    conn = server.client()
    return sum(len(Queue(name, connection=conn)) for name in ("ingest", "match", "default"))


@pytest.mark.parametrize("hard", [False, True], ids=["restart", "kill-9"])
def test_queued_syncs_survive_a_restart_of_redis_with_aof(job_stack, board_source, hard):
    """Redis started with the production compose file's own options."""
    stack = job_stack(redis_args=compose_redis_args(), **LOOPBACK)
    handles = [background.enqueue(sync_source, board_source(3, token=t)) for t in ("a", "b")]
    assert _queue_length(stack.redis) == 2
    if hard:
        import time

        time.sleep(1.5)  # appendfsync everysec: a kill -9 may lose the last second of writes
    stack.redis.restart(hard=hard)
    assert _queue_length(stack.redis) == 2  # replayed from the append-only file
    worker = stack.worker()
    for h in handles:
        final = wait_row(h.id, lambda r: r.status == "finished", timeout=300, what="the sync", workers=[worker])
        assert final.attempts == 1 and "3 new" in final.message


def test_jobs_lost_by_a_redis_without_persistence_are_requeued_or_failed(job_stack, board_source, tmp_path):
    stack = job_stack(appendonly=False, **LOOPBACK)
    syncs = [background.enqueue(sync_source, board_source(3, token=t)) for t in ("a", "b")]
    unsafe = background.enqueue(test_jobs.sleepy_unsafe_job, str(tmp_path / "runs"), 0)
    assert _queue_length(stack.redis) == 3
    stack.redis.restart()
    assert _queue_length(stack.redis) == 0  # everything queued is gone
    assert {row(h.id).status for h in [*syncs, unsafe]} == {"queued"}
    import time

    from careercopilot.config import settings

    time.sleep(settings.job_lease_seconds + 1)
    worker = stack.worker()  # its start-up reap finds rows whose job the queue no longer has
    for h in syncs:
        final = wait_row(h.id, lambda r: r.status == "finished", timeout=300, what="the re-queued sync",
                         workers=[worker])
        assert "3 new" in final.message
    failed = wait_row(unsafe.id, lambda r: r.status == "failed", timeout=90, what="the unsafe job to fail",
                      workers=[worker])
    assert failed.error.startswith("The job queue lost this job (Redis restarted without persistence")
    assert "not safe to run twice" in failed.error
    assert not (tmp_path / "runs").exists()  # never ran


@pytest.mark.parametrize("busy", [False, True], ids=["idle", "mid-job"])
def test_a_worker_outlives_a_redis_restart(job_stack, board_source, tmp_path, busy):
    """The probe (session 9): with a job running, the rq worker exited when Redis restarted (RQ's
    loop quits on the error its heartbeat meets), and with no restart policy queued rows waited
    for an operator. The worker now starts itself again: the same process runs a sync enqueued
    after Redis is back. (An idle worker already survived: RQ retries its blocking dequeue.)"""
    import time

    from tests.support.rq_workers import alive

    # a 2 s job heartbeat: the outage below outlasts it, as the probe's did the default 30 s
    stack = job_stack(redis_args=compose_redis_args(), worker_monitoring_seconds=2, **LOOPBACK)
    worker = stack.worker()
    before = background.enqueue(sync_source, board_source(3, token="before"))
    wait_row(before.id, lambda r: r.status == "finished", timeout=300, what="the first sync", workers=[worker])
    if busy:
        long = background.enqueue(test_jobs.sleepy_job, str(tmp_path / "runs"), 20)
        wait_row(long.id, lambda r: r.status == "running", timeout=120, what="the long job", workers=[worker])
        time.sleep(1)
    stack.redis.stop()
    time.sleep(6)  # Redis away for longer than a heartbeat
    stack.redis.start()
    time.sleep(5)  # long enough for RQ's loop to meet the closed connection
    after = background.enqueue(sync_source, board_source(3, token="after"))
    final = wait_row(after.id, lambda r: r.status == "finished", timeout=300, what="the sync after the restart",
                     workers=[worker])
    assert "3 new" in final.message
    assert alive(worker.pid), worker.log(80)
