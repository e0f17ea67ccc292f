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
* the job reaper runs at start-up, with RQ's registry maintenance, and every
  ``settings.job_reap_seconds`` whether the worker is idle or busy, so rows of jobs lost by
  a dead worker or a restarted Redis are reconciled within the lease plus that interval,
  even without ``cron``. An idle RQ worker otherwise sleeps in its queue wait (``BLPOP``)
  for ``worker_ttl - 15`` = 405 s and runs maintenance only when it wakes (the probe saw
  a dead worker's row reconciled after ~6 min): the wait is capped at the reap interval.
  One pass runs at a time across workers (a Redis key held for the interval).
"""

from __future__ import annotations

import math
import os
import signal
import time
from time import monotonic

import redis
import structlog
from rq import Worker
from rq.exceptions import StopRequested

from careercopilot import db
from careercopilot.config import settings
from careercopilot.services import process_guard

log = structlog.get_logger(__name__)


def _reap() -> None:
    from careercopilot.services import job_reaper

    try:
        job_reaper.reap()
    except StopRequested:
        # SIGTERM/SIGINT arrived while the reaper ran (RQ's handler raises it in an idle worker):
        # swallowed, the warm shutdown was lost and the worker ran on (integration run, session 17:
        # test_an_idle_worker_stops_on_a_signal, the start-up reap under load)
        raise
    except Exception as exc:  # the database may be starting too: the next maintenance retries
        log.warning("worker.reap_failed", error=f"{type(exc).__name__}: {exc}")


#: Redis key a worker holds (``SET NX PX``) while its periodic reaper pass is due, so N workers
#: run one pass per interval between them, not N.
REAP_LOCK_KEY = "careercopilot:job-reaper:lock"


def worker_ttl_seconds() -> int:
    """Seconds after a worker's last heartbeat by which it counts as gone (RQ's ``worker_ttl``).

    A live worker heartbeats at least every ``max(job_reap_seconds, worker_monitoring_seconds)``:
    idle, each time its queue wait ends (:attr:`CareerWorker.dequeue_timeout`); busy, RQ's job
    monitor every ``worker_monitoring_seconds``. Twice that plus 15 s of slack covers a missed
    beat on a loaded host. RQ's default (420 s, and its key lives ``worker_ttl + 60``) kept a
    killed worker registered for about 8 minutes (session 12's operator note: worker counts
    overcounted meanwhile)."""
    from careercopilot.config import settings

    return math.ceil(2 * max(settings.job_reap_seconds, settings.worker_monitoring_seconds) + 15)


class CareerWorker(Worker):
    """RQ worker with job-row reconciliation (see module doc)."""

    _reaped_at: float | None = None  # time.monotonic() of this worker's last periodic reap
    #: True once SIGTERM/SIGINT asked this worker to stop (RQ's warm shutdown). RQ's own
    #: ``_stop_requested`` is set only when the signal arrives mid-job; an idle worker stops by
    #: ``StopRequested`` with the flag still False, which :func:`run_worker` must not mistake for
    #: a work loop that quit on an error (ops15, finding 1: the worker restarted on SIGTERM).
    shutdown_requested: bool = False

    #: Set by :func:`run_worker`: a stop requested before RQ installed its handlers (while this
    #: worker was bootstrapping) must not be lost.
    early_stop: "_StopBetweenWorkers | None" = None

    def _install_signal_handlers(self):
        """RQ's SIGTERM/SIGINT handlers; a stop requested before they were installed stops the
        work loop at its first check (RQ's "stopping on request")."""
        super()._install_signal_handlers()
        if self.early_stop is not None and self.early_stop.requested:
            self.shutdown_requested = True
            self._stop_requested = True

    def request_stop(self, signum, frame):
        """RQ's warm shutdown (finish the running job, then stop; a second signal is the cold
        shutdown), remembered in :attr:`shutdown_requested` first."""
        self.shutdown_requested = True
        super().request_stop(signum, frame)

    @property
    def dequeue_timeout(self) -> int:
        """Seconds an idle worker waits on its queues before it wakes (heartbeat, maintenance,
        reaper): RQ's ``worker_ttl - 15``, capped at ``settings.job_reap_seconds``."""
        return max(1, min(super().dequeue_timeout, math.ceil(settings.job_reap_seconds)))

    def heartbeat(self, timeout=None, pipeline=None):
        """RQ's worker heartbeat. RQ calls it (without a pipeline) each time the idle worker
        wakes from its queue wait and after each job; the periodic reaper rides on that."""
        result = super().heartbeat(timeout, pipeline=pipeline)
        if pipeline is None:
            self.reap_if_due()
        return result

    def maintain_heartbeats(self, job, execution):
        """RQ's heartbeats while a work-horse runs (every ``worker_monitoring_seconds``), then
        the periodic reaper: a busy worker reconciles other workers' lost jobs too."""
        super().maintain_heartbeats(job, execution)
        self.reap_if_due()

    def reap_if_due(self) -> bool:
        """Run the job reaper when ``settings.job_reap_seconds`` passed since this worker's
        last pass and no other worker holds :data:`REAP_LOCK_KEY`; True when it ran. Never in a
        work-horse; Redis errors skip the pass (the next wake retries)."""
        if self.is_horse:
            return False
        # a wake-up a little early (BLPOP's timeout is whole seconds) still counts as due
        due_after = float(settings.job_reap_seconds) - min(1.0, 0.1 * float(settings.job_reap_seconds))
        now = monotonic()
        if self._reaped_at is not None and now - self._reaped_at < due_after:
            return False
        self._reaped_at = now
        try:
            if not self.connection.set(REAP_LOCK_KEY, self.name, nx=True, px=max(1, int(due_after * 1000))):
                return False
        except StopRequested:
            raise  # a stop requested meanwhile (see _reap)
        except Exception as exc:  # Redis briefly away: RQ's own loop reconnects
            log.warning("worker.reap_lock_failed", error=f"{type(exc).__name__}: {exc}")
            return False
        _reap()
        return True

    def handle_job_failure(self, job, queue, started_job_registry=None, exc_string="", execution=None):
        """RQ's failure handling, then (in the worker, i.e. the horse died) sync the job row."""
        super().handle_job_failure(job, queue, started_job_registry=started_job_registry, exc_string=exc_string,
                                   execution=execution)
        if not self.is_horse:
            from careercopilot.services import job_reaper

            try:
                job_reaper.after_horse_death(job.id, exc_string)
            except StopRequested:
                raise  # a stop requested meanwhile (see _reap)
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
        """RQ's registry cleanup, then the job reaper when its pass is due."""
        super().run_maintenance_tasks()
        self.reap_if_due()


def _mark_dead(pid: int) -> None:
    from careercopilot import metrics

    path = metrics.multiprocess_dir()
    if pid and path:
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid, path)


def _after_fork_in_child() -> None:
    db.reset_after_fork()


def run_worker(queues: list[str], *, burst: bool = False) -> None:
    """Start a :class:`CareerWorker` on ``queues``; blocks until it stops.

    SIGTERM or SIGINT: RQ's warm shutdown (the running job finishes, then this returns; a second
    signal is RQ's cold shutdown, ``SystemExit``). A work loop that quits for any other reason
    (Redis away) is replaced by a fresh worker after 1 → 30 s."""
    from careercopilot.normalize.location import load_reference_data
    from careercopilot.services.background import _redis

    process_guard.install_fork_hook()
    os.register_at_fork(after_in_child=_after_fork_in_child)
    load_reference_data()  # GeoNames/country tables once per worker, not once per sync job
    from careercopilot import metrics

    for queue in queues:  # the running-jobs gauge of each queue exists (at 0) while the worker lives
        metrics.JOBS_RUNNING.labels(queue)
    wait = 1.0
    stop = _StopBetweenWorkers()
    while True:
        try:
            stop.install()  # until RQ installs its own handlers in work()
            if stop.requested:
                return
            _reap()
            worker = CareerWorker(queues, connection=_redis(), job_monitoring_interval=settings.worker_monitoring_seconds,
                                  worker_ttl=worker_ttl_seconds(),
                                  maintenance_interval=settings.worker_maintenance_seconds)
            if stop.requested:
                return
            worker.early_stop = stop
            worker.work(burst=burst, with_scheduler=True)
            if burst or worker.shutdown_requested or worker._stop_requested:
                return
            # RQ's work loop quits on any error it does not handle (a Redis restart mid-maintenance
            # or heartbeat): start a fresh worker below instead of leaving the host without one
            problem = "the work loop quit"
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as exc:
            problem = str(exc)[:200]
        # Redis restarted or is briefly away, and a compose or systemd restart policy may not exist:
        # wait and start a fresh worker (the reaper reconciles rows the outage lost), 1 → 30 s between
        # attempts (issue 9 probe, session 9: the worker exited and queued rows waited for an operator)
        stop.install()
        if stop.requested:
            return
        structlog.get_logger("worker").warning("worker.restarting", problem=problem, retry_in=wait)
        if stop.wait(wait):
            return
        wait = min(30.0, wait * 2)


class _StopBetweenWorkers:
    """SIGTERM/SIGINT handling while no RQ worker runs (start-up reap, restart backoff): the
    signal is recorded and the restart loop returns instead of starting a fresh worker.

    A process forked while this handler is installed inherits it: RQ forks its scheduler
    after registering the worker and before installing its own handlers, so a stop requested
    in that window reaches the fresh scheduler (RQ's teardown sends it SIGTERM) before it has
    handlers of its own. There the signal does what the default action does — the process
    ends — instead of being recorded in a copy nobody reads, which left the worker joining
    its scheduler forever (CI, stop 21: an idle worker signalled right after it registered
    did not exit)."""

    def __init__(self) -> None:
        self.requested = False
        self._pid = os.getpid()

    def _handle(self, signum, frame) -> None:
        if os.getpid() != self._pid:  # a forked child that has no handlers of its own yet
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        self.requested = True
        structlog.get_logger("worker").info("worker.stopping", signal=signal.Signals(signum).name)

    def install(self) -> None:
        self._pid = os.getpid()
        signal.signal(signal.SIGTERM, self._handle)
        signal.signal(signal.SIGINT, self._handle)

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds`` (in 0.2 s steps); True when a stop was requested meanwhile."""
        deadline = monotonic() + seconds
        while not self.requested and monotonic() < deadline:
            time.sleep(min(0.2, max(0.0, deadline - monotonic())))
        return self.requested
