"""A small observability set-up on loopback: the backend under granian with 2 worker processes
and real ``python -m careercopilot worker`` processes, each its own scrape target with its own
multiprocess metrics folder, on a throwaway PostgreSQL database and a dedicated Redis DB.

(The topology helper's fixture — nginx, 2 app processes, replica — may replace it later.)
"""

from __future__ import annotations

import os
import re
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import redis

from tests.support import services

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "obs-test-metrics-token-0123456789"


@dataclass
class Proc:
    """A started process: its Popen, log file and (for scrape targets) metrics URL."""

    proc: subprocess.Popen
    log_path: Path
    metrics_url: str | None = None
    base_url: str | None = None

    def log(self, lines: int = 300) -> str:
        return services.tail(self.log_path, lines)

    def stop(self) -> None:
        services.stop_process_group(self.proc)


@dataclass
class ObsStack:
    """Settings and processes of the set-up (see module doc)."""

    tmp: Path
    pg_url: str
    redis_db: int
    env: dict[str, str]
    procs: list[Proc] = field(default_factory=list)

    @property
    def redis_url(self) -> str:
        return f"{services.REDIS_HOST_URL}/{self.redis_db}"

    def start(self, cmd: list[str], *, name: str, extra: dict[str, str] | None = None,
              metrics_url: str | None = None, base_url: str | None = None) -> Proc:
        log_path = self.tmp / f"{name}.log"
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(cmd, cwd=ROOT, env={**self.env, **(extra or {})}, stdout=log,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        p = Proc(proc, log_path, metrics_url, base_url)
        self.procs.append(p)
        return p

    def start_app(self, *, workers: int = 2, extra: dict[str, str] | None = None) -> Proc:
        """The backend under granian (``workers`` processes); waits for /healthz."""
        port = services.free_port()
        folder = self.tmp / f"app-{port}"
        folder.mkdir()
        granian = str(Path(services.python()).with_name("granian"))
        p = self.start([granian, "--interface", "asgi", "--workers", str(workers), "--host", "127.0.0.1",
                        "--port", str(port), "--no-log", "tests.support.obs_backend:app"], name=f"app-{port}",
                       extra={"PROMETHEUS_MULTIPROC_DIR": str(folder), **(extra or {})},
                       metrics_url=f"http://127.0.0.1:{port}/metrics", base_url=f"http://127.0.0.1:{port}")

        def up():
            if p.proc.poll() is not None:
                raise services.Fatal(f"granian exited with {p.proc.returncode}:\n{p.log()}")
            return httpx.get(f"{p.base_url}/healthz", timeout=3).status_code == 200

        services.wait_until(up, timeout=120, interval=0.5, what="the backend under granian")
        return p

    def start_worker(self, *, extra: dict[str, str] | None = None) -> Proc:
        """A real RQ worker with its /metrics on a free port; waits until it registered and serves it."""
        port = services.free_port()
        from jobs.queues import QUEUES

        p = self.start([services.python(), "-m", "careercopilot", "worker", *QUEUES], name=f"worker-{port}",
                       extra={"METRICS_PORT": str(port), **(extra or {})},
                       metrics_url=f"http://127.0.0.1:{port}/metrics")
        from rq import Worker

        conn = redis.Redis.from_url(self.redis_url)

        def registered():
            if p.proc.poll() is not None:
                raise services.Fatal(f"worker exited with {p.proc.returncode}:\n{p.log()}")
            return (any(w.pid == p.proc.pid for w in Worker.all(connection=conn))
                    and httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=3).status_code == 200)

        services.wait_until(registered, timeout=120, interval=0.5, what="the rq worker")
        return p

    def stop(self) -> None:
        for p in reversed(self.procs):
            p.stop()


@contextmanager
def obs_stack(tmp: Path, **extra_env: str):
    """An :class:`ObsStack` (nothing started yet); everything is stopped and dropped on exit."""
    with services.throwaway_pg_database("cc_obs") as pg_url, services.dedicated_redis_db() as db:
        env = dict(os.environ)
        for name in ("JOBS_INLINE", "GRANIAN_WORKERS", "PROMETHEUS_MULTIPROC_DIR", "OTEL_EXPORTER_OTLP_ENDPOINT"):
            env.pop(name, None)
        env.update(DATABASE_URL=pg_url, REDIS_URL=f"{services.REDIS_HOST_URL}/{db}", REDIS_STATE_DB=str(db),
                   REDIS_RQ_DB=str(db), REDIS_CACHE_DB=str(db), DATA_DIR=str(tmp / "data"), APP_ENV="test",
                   PYTHONUNBUFFERED="1", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False",
                   METRICS_TOKEN=TOKEN, LOG_FORMAT="json", PROMETHEUS_MULTIPROC_DIR=str(tmp / "prom"),
                   SSRF_ALLOW_HOSTS='["127.0.0.1"]', WORKER_MAINTENANCE_SECONDS="3600", **extra_env)
        stack = ObsStack(tmp, pg_url, db, env)
        try:
            yield stack
        finally:
            stack.stop()


def scrape(url: str) -> str:
    """The text exposition of a target (with the bearer token)."""
    r = httpx.get(url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
    r.raise_for_status()
    return r.text


def sample(body: str, name: str, **labels: str) -> float:
    """Sum of the samples of ``name`` whose labels include ``labels`` (0 when none)."""
    total = 0.0
    for m in re.finditer(rf"^{re.escape(name)}(?:\{{(.*?)\}})? (\S+)$", body, re.M):
        have = dict(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', m.group(1) or ""))
        if all(have.get(k) == v for k, v in labels.items()):
            total += float(m.group(2))
    return total
