"""The RQ worker process (``python -m careercopilot worker``).

On top of RQ's ``Worker``:

* every process it forks — the work-horse running a job, RQ's scheduler, and any pool
  or helper a job forks in turn (the normalizer pool) — dies with its parent
  (``process_guard.install_fork_hook``: PR_SET_PDEATHSIG), so a kill -9 of the worker
  leaves no orphan holding memory or running half a job;
* the forked work-horse drops the database connections it inherited (a connection
  must never be shared across ``fork``);
* when the work-horse dies mid-job (killed, out of memory) the job's row follows RQ's
  decision at once (``job_reaper.after_horse_death``);
* the job reaper runs at start-up and with RQ's registry maintenance, so rows of jobs
  lost by a dead worker or a restarted Redis are reconciled even without ``cron``.
"""

from __future__ import annotations

import os

import structlog
from rq import Worker

from careercopilot import db
from careercopilot.config import settings
from careercopilot.services import process_guard

log = structlog.get_logger(__name__)


def _reap() -> None:
    from careercopilot.services import job_reaper

    try:
        job_reaper.reap()
    except Exception as exc:  # the database may be starting too: the next maintenance retries
        log.warning("worker.reap_failed", error=f"{type(exc).__name__}: {exc}")


class CareerWorker(Worker):
    """RQ worker with job-row reconciliation (see module doc)."""

    def handle_job_failure(self, job, queue, started_job_registry=None, exc_string="", execution=None):
        """RQ's failure handling, then (in the worker, i.e. the horse died) sync the job row."""
        super().handle_job_failure(job, queue, started_job_registry=started_job_registry, exc_string=exc_string,
                                   execution=execution)
        if not self.is_horse:
            from careercopilot.services import job_reaper

            try:
                job_reaper.after_horse_death(job.id, exc_string)
            except Exception as exc:  # the reaper reconciles it later
                log.warning("worker.row_sync_failed", job_id=job.id, error=f"{type(exc).__name__}: {exc}")

    def monitor_work_horse(self, job, queue, execution):
        """RQ's monitoring; then the finished horse's live gauges leave the multiprocess sums
        (``prometheus_client.multiprocess.mark_process_dead``; its counters stay)."""
        horse = self._horse_pid
        try:
            super().monitor_work_horse(job, queue, execution)
        finally:
            _mark_dead(horse)

    def run_maintenance_tasks(self):
        """RQ's registry cleanup, then the job reaper."""
        super().run_maintenance_tasks()
        _reap()


def _mark_dead(pid: int) -> None:
    from careercopilot import metrics

    path = metrics.multiprocess_dir()
    if pid and path:
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid, path)


def _after_fork_in_child() -> None:
    db.reset_after_fork()


def run_worker(queues: list[str], *, burst: bool = False) -> None:
    """Start a :class:`CareerWorker` on ``queues`` (blocks until it stops)."""
    from careercopilot.normalize.location import load_reference_data
    from careercopilot.services.background import _redis

    process_guard.install_fork_hook()
    os.register_at_fork(after_in_child=_after_fork_in_child)
    load_reference_data()  # GeoNames/country tables once per worker, not once per sync job
    from careercopilot import metrics

    for queue in queues:  # the running-jobs gauge of each queue exists (at 0) while the worker lives
        metrics.JOBS_RUNNING.labels(queue)
    _reap()
    worker = CareerWorker(queues, connection=_redis(), job_monitoring_interval=settings.worker_monitoring_seconds,
                          maintenance_interval=settings.worker_maintenance_seconds)
    worker.work(burst=burst, with_scheduler=True)
