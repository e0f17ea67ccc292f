"""Prometheus metrics summed across processes (prometheus-client multiprocess mode), for real:

* the backend under granian with 2 worker processes behind one port: /metrics counts every
  request, whichever process served it (per-process files show both served some);
* 2 RQ workers: every job runs in a work-horse forked for it (a process that exits after one
  job); each worker's /metrics counts all its horses' jobs, and the two workers' counts add up
  to the jobs enqueued; the live gauge of running jobs drops back to 0 (dead horses marked);
* /metrics stays protected on both kinds of target (404 without METRICS_TOKEN is covered by
  the unit tests; 401 without the bearer token here).
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter as Tally
from pathlib import Path

import httpx
from prometheus_client import multiprocess

from tests.support import services
from tests.support.obs_stack import sample, scrape


def _per_pid(folder: Path, name: str, **labels: str) -> dict[int, float]:
    """Value of ``name`` (summed over matching labels) in each process's own counter file."""
    out: dict[int, float] = {}
    for f in folder.glob("counter_*.db"):
        pid = int(f.stem.rsplit("_", 1)[-1])
        for metric in multiprocess.MultiProcessCollector._read_metrics([str(f)]).values():
            for s in metric.samples:
                have = dict(s.labels)
                if s.name == name and all(have.get(k) == v for k, v in labels.items()):
                    out[pid] = out.get(pid, 0.0) + s.value
    return out


def test_requests_served_by_two_granian_processes_are_summed(stack):
    app = stack.app
    before = sample(scrape(app.metrics_url), "cc_http_requests_total", route="/healthz", status="200")
    n_threads, per_thread = 8, 25

    def hammer():
        with httpx.Client(limits=httpx.Limits(max_keepalive_connections=0)) as c:  # a new connection each time
            for _ in range(per_thread):
                assert c.get(f"{app.base_url}/healthz").status_code == 200

    threads = [threading.Thread(target=hammer) for _ in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    sent = n_threads * per_thread
    after = sample(scrape(app.metrics_url), "cc_http_requests_total", route="/healthz", status="200")
    folder = next(p for p in stack.tmp.glob("app-*") if p.is_dir())
    by_pid = {pid: v for pid, v in _per_pid(folder, "cc_http_requests_total", route="/healthz").items() if v}
    print(f"/healthz requests sent {sent}; /metrics counted {after - before:.0f}; per process {by_pid}")
    assert after - before == sent
    assert len(by_pid) == 2, f"both granian processes should have served requests: {by_pid}"
    # protection kept: no token → 401
    r = httpx.get(app.metrics_url, timeout=5)
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")


def test_request_ids_in_json_access_log(stack):
    app = stack.app
    r = httpx.get(f"{app.base_url}/healthz", headers={"X-Request-ID": "obs-test-req-42"}, timeout=5)
    assert r.headers["x-request-id"] == "obs-test-req-42"
    generated = httpx.get(f"{app.base_url}/readyz", headers={"X-Request-ID": "bad id\twith spaces"}, timeout=5)
    rid = generated.headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", rid), rid  # an unusable header is replaced by a fresh id

    def logged():
        lines = [json.loads(line) for line in app.log_path.read_text().splitlines() if line.startswith("{")]
        hits = {ln.get("request_id"): ln for ln in lines if ln.get("event") == "http.request"}
        return hits if {"obs-test-req-42", rid} <= hits.keys() else None

    hits = services.wait_until(logged, timeout=20, what="the access log lines")
    line = hits["obs-test-req-42"]
    assert line["route"] == "/healthz" and line["status"] == 200 and line["method"] == "GET"
    assert line["level"] == "info" and line["timestamp"].endswith("Z") and isinstance(line["duration_ms"], float)
    assert hits[rid]["route"] == "/readyz"


def test_jobs_in_forked_work_horses_are_summed_per_worker_and_across_workers(stack):
    from careercopilot.db import session_scope
    from careercopilot.models import BackgroundJob, Source
    from careercopilot.services import background

    closed = services.closed_port()
    with session_scope() as s:
        sources = [Source(type="greenhouse", token=f"dead{i}", name=f"Dead board {i}",
                          base_url=f"http://127.0.0.1:{closed}") for i in range(6)]
        s.add_all(sources)
        s.flush()
        ids = [src.id for src in sources]
    before = [scrape(w.metrics_url) for w in stack.workers]  # the stack is shared with other tests
    handles = [background.enqueue("jobs.ingest.sync_source", sid) for sid in ids]
    handles.append(background.enqueue("jobs.maintenance.purge_expired_sessions"))

    def all_done():
        with session_scope() as s:
            rows = [s.get(BackgroundJob, h.id) for h in handles]
            return rows if all(r is not None and r.status in ("finished", "failed") for r in rows) else None

    rows = services.wait_until(all_done, timeout=180, interval=0.5, what="the jobs")
    owners = Tally(r.owner for r in rows)
    bodies = [scrape(w.metrics_url) for w in stack.workers]

    def delta(name, **labels):
        return [sample(b, name, **labels) - sample(a, name, **labels) for a, b in zip(before, bodies)]

    sync_failed = delta("cc_job_runs_total", func="jobs.ingest.sync_source", outcome="failed")
    purge_ok = delta("cc_job_runs_total", func="jobs.maintenance.purge_expired_sessions", outcome="finished")
    syncs = delta("cc_sync_runs_total", source_type="greenhouse", outcome="failed")
    print(f"jobs by worker row owner {dict(owners)}; failed syncs per worker /metrics {sync_failed}; "
          f"sync outcomes per worker {syncs}; purge finished {purge_ok}")
    assert all(r.status == "failed" for r in rows[:-1]) and rows[-1].status == "finished"
    assert sum(sync_failed) == 6 and sum(syncs) == 6 and sum(purge_ok) == 1
    import redis
    from rq import Worker

    names = {w.pid: w.name for w in Worker.all(connection=redis.Redis.from_url(stack.redis_url))}
    ran = delta("cc_job_runs_total")
    for w, body, n in zip(stack.workers, bodies, ran):
        # every job ran in its own forked horse: each worker's figure is the sum over its horses
        assert n == owners.get(f"rq:{names[w.proc.pid]}", 0), (ran, owners, names)
        assert sample(body, "cc_jobs_running") == 0  # finished horses marked dead: not live any more
        assert sample(body, "cc_rq_queue_depth") == 0
        assert httpx.get(w.metrics_url, timeout=5).status_code == 401
    assert sample(bodies[0], "cc_sources", status="failing") >= 6
