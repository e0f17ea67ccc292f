"""Prometheus metrics of Career Copilot, correct across processes.

Single process (the embedded default, tests in one process): prometheus-client's default
registry. Several processes (granian's backend workers behind one port, an RQ worker and the
work-horse it forks for every job, the cron scheduler): prometheus-client's **multiprocess
mode** — every process writes its samples to memory-mapped files in one folder
(``PROMETHEUS_MULTIPROC_DIR``) and a scrape sums them (counters, histograms) or combines gauges
by their ``multiprocess_mode`` (``livesum``: the sum over live processes). The folder is chosen
per scrape target by :mod:`careercopilot.metrics_server` (``<dir>/<role>-<pid>``) before this
module is imported; files of dead processes are marked with ``mark_process_dead`` (RQ work-horse
exit, and any dead pid found at scrape time) so live gauges forget them.

Labels are bounded: HTTP by route template, websocket events by Reflex handler name, jobs by
queue and dotted function path, syncs by connector type.

Scrape-time gauges that are the same whichever process answers (backup age, queue depth,
replication lag, business counts, sources by status) live in
:mod:`careercopilot.metrics_collectors`; dashboards take ``max`` over instances.
"""

from __future__ import annotations

import os

from careercopilot.config import multiprocess_metrics_dir, set_multiprocess_metrics_dir, settings

if settings.prometheus_multiproc_dir and not multiprocess_metrics_dir():
    # prometheus-client reads its folder from the environment only; a value from .env gets there here
    set_multiprocess_metrics_dir(settings.prometheus_multiproc_dir)
if multiprocess_metrics_dir():
    # prometheus-client writes its per-process files there and fails with FileNotFoundError on
    # the first metric when the folder is missing (a fresh host, a tmpfs after reboot)
    os.makedirs(multiprocess_metrics_dir(), exist_ok=True)

from prometheus_client import (  # noqa: E402 - after the multiprocess folder is in the environment
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
    values,
)

# A module that imported prometheus-client before the folder was set fixed the value class at
# single-process; metric children created from now on must write to the folder.
values.ValueClass = values.get_value_class()

#: Latency buckets, seconds (HTTP and websocket events: 5 ms … 30 s).
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
#: Job and LLM buckets, seconds (0.1 s … 30 min).
JOB_BUCKETS = (0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800)

# --- app: HTTP and websocket -------------------------------------------------------------------
HTTP_REQUESTS = Counter("cc_http_requests_total", "HTTP requests", ["method", "route", "status"])
HTTP_LATENCY = Histogram("cc_http_request_seconds", "HTTP request latency, seconds", ["method", "route"],
                         buckets=LATENCY_BUCKETS)
EVENTS = Counter("cc_ws_events_total", "Reflex websocket events processed", ["handler"])
EVENT_LATENCY = Histogram("cc_ws_event_seconds", "Reflex event handler latency, seconds", ["handler"],
                          buckets=LATENCY_BUCKETS)
AUTH_EVENTS = Counter("cc_auth_events_total", "Sign-up/login attempts", ["action", "outcome"])
SHARED_CACHE = Counter("cc_shared_cache_total",
                       "Lookups of the cache of user-independent results (services/shared_cache.py) by "
                       "namespace and outcome (hit, miss, error)", ["namespace", "outcome"])

# --- background jobs, syncs, scoring, mail, LLM ---------------------------------------------------
JOBS = Counter("cc_background_jobs_total", "Background jobs by function and outcome", ["func", "outcome"])
JOB_RUNS = Counter("cc_job_runs_total",
                   "Job executions by queue, function and outcome (finished, failed, retrying)",
                   ["queue", "func", "outcome"])
JOB_LATENCY = Histogram("cc_job_seconds", "Job execution time, seconds", ["queue", "func"], buckets=JOB_BUCKETS)
JOBS_RUNNING = Gauge("cc_jobs_running", "Jobs executing right now", ["queue"], multiprocess_mode="livesum")
SYNC_RUNS = Counter("cc_sync_runs_total",
                    "Source syncs by connector type and outcome (succeeded, suspicious, failed)",
                    ["source_type", "outcome"])
SCORING_LATENCY = Histogram("cc_scoring_seconds", "Time to score one (user, posting) pair, seconds",
                            buckets=(0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5))
SMTP_SENDS = Counter("cc_smtp_sends_total",
                     "Messages handed to SMTP by outcome (sent, retry, rejected, unknown)", ["outcome"])
LLM_GENERATIONS = Counter("cc_llm_generations_total", "Writing generations by provider, model and outcome",
                          ["provider", "model", "outcome"])
LLM_TOKENS = Counter("cc_llm_tokens_total", "LLM tokens by provider, model and direction (in/out)",
                     ["provider", "model", "direction"])
LLM_LATENCY = Histogram("cc_llm_generation_seconds", "Writing generation latency, seconds", ["provider"],
                        buckets=JOB_BUCKETS)

BACKUP_RUNS = Counter("cc_backup_runs_total", "Backups by outcome (ok, failed, skipped)", ["outcome"])

# --- database -------------------------------------------------------------------------------------
DB_POOL_CHECKED_OUT = Gauge("cc_db_pool_checked_out", "Database connections in use (checked out of the pool)",
                            multiprocess_mode="livesum")
DB_POOL_OPEN = Gauge("cc_db_pool_open", "Database connections open (in use + idle in the pool)",
                     multiprocess_mode="livesum")
DB_QUERY_LATENCY = Histogram("cc_db_query_seconds", "SQL statement time, seconds",
                             buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10))
DB_SLOW_QUERIES = Counter("cc_db_slow_queries_total", "SQL statements slower than SLOW_QUERY_SECONDS")


def record_event_when_done(event_name: str, task) -> None:
    """Count the handler of Reflex event ``event_name`` (``cc_ws_events_total``) and observe its
    latency (``cc_ws_event_seconds``: from now to the end of ``task``, the asyncio task Reflex runs
    the event in) when ``task`` ends; with no task, count it now (latency unknown). Called by
    ``careercopilot.EventMetricsMiddleware.preprocess``."""
    import time

    handler = event_name.rsplit(".", 1)[-1][:80]
    start = time.perf_counter()
    if task is None:
        EVENTS.labels(handler).inc()
        return

    def done(_task) -> None:
        EVENTS.labels(handler).inc()
        EVENT_LATENCY.labels(handler).observe(time.perf_counter() - start)

    task.add_done_callback(done)


def multiprocess_dir() -> str | None:
    """The multiprocess folder of this process, or None in single-process mode."""
    return multiprocess_metrics_dir()


def mark_dead_processes(path: str) -> list[int]:
    """``mark_process_dead`` for every pid that left files in ``path`` and no longer runs; returns them.

    Live gauges (``livesum``) then drop those processes; their counters stay (a counter of a
    finished work-horse is still part of the sum)."""
    dead: set[int] = set()
    for name in os.listdir(path):
        stem, _, ext = name.rpartition(".")
        pid = stem.rsplit("_", 1)[-1]
        if ext == "db" and pid.isdigit() and not pid_alive(int(pid)):
            dead.add(int(pid))
    for pid in dead:
        multiprocess.mark_process_dead(pid, path)
    return sorted(dead)


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` exists (one we may not signal counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def registry() -> CollectorRegistry:
    """The registry a scrape reads: this process's (single-process) or every process's of the
    multiprocess folder, plus the scrape-time collectors."""
    from careercopilot import metrics_collectors

    path = multiprocess_dir()
    if path is None:
        metrics_collectors.register_default()
        return REGISTRY
    mark_dead_processes(path)
    reg = CollectorRegistry()
    multiprocess.MultiProcessCollector(reg, path=path)
    metrics_collectors.register(reg)
    return reg


def render() -> tuple[bytes, str]:
    """(body, content type) of the Prometheus text exposition format."""
    return generate_latest(registry()), CONTENT_TYPE_LATEST
