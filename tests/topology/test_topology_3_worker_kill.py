"""kill -9 of one of two rq workers mid-job (issue 15): the job it was running is retried on the
other worker and completes; every job completes exactly once — 0 duplicates, 0 lost; and the
killed worker comes back by itself (the harness supervises workers as compose's ``restart:
unless-stopped`` does — it stayed dead before, ops12 finding 17).

The single-worker mechanics (heartbeat, lease, reaper, horse clean-up) are the core's and tested
in tests/integration/faults/test_worker_kill.py; this checks the cross-process part on the
topology's two workers, PostgreSQL primary and AOF Redis."""

from __future__ import annotations

import json
import subprocess
import time

from tests.support import services

ITEMS = 6
SLEEP_SECONDS = 8

_ENQUEUE = """
import json, sys
from careercopilot.services.background import enqueue
ids = [enqueue("tests.topology.topology_jobs.ledger_job", sys.argv[1], i, int(sys.argv[3])).id
       for i in range(int(sys.argv[2]))]
print(json.dumps(ids))
"""


def _lines(path) -> list[str]:
    return path.read_text().split() if path.exists() else []


def test_kill_9_worker_mid_job(topology, tmp_path):
    # start from idle workers: the demo feed's indexing/re-scoring (match queue) may still run, and
    # the survivor would only reach the retried job after it (a backlog, not the fault under test)
    def quiescent() -> bool:
        with topology.primary.connect(topology.database) as conn:
            return conn.execute("SELECT count(*) FROM backgroundjob WHERE status IN ('queued', 'running') "
                                "AND func LIKE 'jobs.matching.%'").fetchone()[0] == 0

    # the fixture's seed indexed the demo feed in-process; what may remain are the earlier tests'
    # re-scoring jobs (seconds)
    try:
        services.wait_until(quiescent, timeout=240, interval=2.0, what="the workers to finish their backlog")
    except TimeoutError:
        with topology.primary.connect(topology.database) as conn:
            pending = conn.execute("SELECT func, status, progress, message FROM backgroundjob "
                                   "WHERE status IN ('queued', 'running') ORDER BY id").fetchall()
        raise AssertionError(f"matching backlog never drained: {pending}\n"
                             + "\n".join(topology.log(n, 30) for n in topology.worker_names())) from None
    ledger = tmp_path / "ledger"
    ledger.mkdir()
    ledger.chmod(0o777)
    out = subprocess.run([services.python(), "-c", _ENQUEUE, str(ledger), str(ITEMS), str(SLEEP_SECONDS)],
                         cwd=topology.repo, env=topology.env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    job_ids = json.loads(out.stdout.strip().splitlines()[-1])
    # the rq worker processes run under the harness's supervisor (tests/support/supervise.py)
    workers = {services.wait_until(lambda n=n: topology.supervised_pid(n), timeout=60, what=n): n
               for n in topology.worker_names()}

    def in_flight():
        for i in range(ITEMS):
            starts, done = _lines(ledger / f"{i}.starts"), _lines(ledger / f"{i}.done")
            if starts and not done and int(starts[0]) in workers:
                return i, workers[int(starts[0])]
        return None

    item, victim = services.wait_until(in_flight, timeout=240, interval=0.1, what="a ledger job running on a worker")
    t_kill = time.monotonic()
    killed_pid = topology.kill_worker(victim)
    survivor = next(n for n in topology.worker_names() if n != victim)

    def all_final():
        with topology.primary.connect(topology.database) as conn:
            rows = conn.execute("SELECT id, status FROM backgroundjob WHERE id = ANY(%s)", (job_ids,)).fetchall()
        return len(rows) == ITEMS and all(s in ("finished", "failed") for _, s in rows) and rows

    try:
        rows = services.wait_until(all_final, timeout=240, interval=0.5, what="every ledger job to finish")
    except TimeoutError:
        raise AssertionError(f"{survivor} log:\n{topology.log(survivor, 60)}") from None
    took = time.monotonic() - t_kill
    done = {i: len(_lines(ledger / f"{i}.done")) for i in range(ITEMS)}
    duplicates = sum(max(0, n - 1) for n in done.values())
    lost = sum(1 for n in done.values() if n == 0)
    retried_by = _lines(ledger / f"{item}.starts")
    print(f"\nkilled {victim} while it ran item {item}; {ITEMS} jobs: "
          f"{sum(1 for _, s in rows if s == 'finished')} finished, {duplicates} duplicates, {lost} lost; "
          f"item {item} ran {len(retried_by)}× (workers {[workers.get(int(p), p) for p in retried_by]}), "
          f"all final {took:.1f} s after the kill")
    assert all(s == "finished" for _, s in rows), rows
    assert (duplicates, lost) == (0, 0), done
    # retried by another worker process: the survivor, or the victim's restarted worker (a new pid)
    assert len(retried_by) == 2 and int(retried_by[1]) != killed_pid, retried_by


def test_killed_worker_is_restarted(topology):
    """kill -9 of a worker (its process only, as an OOM kill): the supervisor starts a new one,
    which stays up and takes jobs — compose's ``restart: unless-stopped`` on the loopback topology."""
    name = topology.worker_names()[-1]
    killed = topology.kill_worker(name)

    def restarted():
        pid = topology.supervised_pid(name)
        return pid if pid and pid != killed else None

    new = services.wait_until(restarted, timeout=60, interval=0.2, what=f"{name} to be restarted")
    assert topology.procs[name].alive(), "the supervisor itself must survive the worker's kill -9"
    time.sleep(5)  # not a crash loop: the same new process is still running
    assert topology.supervised_pid(name) == new, topology.log(name, 40)
    assert f"supervise: {name} pid {killed} exited with -9" in topology.log(name, 400)
    # the new worker registered with RQ (its pid among the live workers' records)
    import redis
    from rq import Worker

    # RQ's Redis database is REDIS_URL's plus 1 (careercopilot.config.Settings.rq_redis_url)
    conn = redis.Redis.from_url(topology.redis_url.rsplit("/", 1)[0] + "/1")
    services.wait_until(lambda: new in {w.pid for w in Worker.all(connection=conn)}, timeout=120, interval=1,
                        what=f"{name}'s new process {new} to register with RQ")
