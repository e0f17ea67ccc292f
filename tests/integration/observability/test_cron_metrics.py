"""``python -m careercopilot cron`` runs RQ's cron scheduler in-process (it used to exec
``rq cron``) so it can serve its own /metrics: the scheduler registers with RQ, enqueues the
periodic jobs, and its endpoint answers with the same protection as the app's."""

from __future__ import annotations

import httpx
import redis
from rq import Queue

from tests.support import services
from tests.support.obs_stack import obs_stack, sample, scrape


def test_cron_schedules_and_serves_protected_metrics(tmp_path):
    with obs_stack(tmp_path) as st:
        port = services.free_port()
        p = st.start([services.python(), "-m", "careercopilot", "cron"], name="cron",
                     extra={"METRICS_PORT": str(port)}, metrics_url=f"http://127.0.0.1:{port}/metrics")
        conn = redis.Redis.from_url(st.redis_url)

        def enqueued():
            if p.proc.poll() is not None:
                raise services.Fatal(f"cron exited {p.proc.returncode}:\n{p.log()}")
            return sum(Queue(q, connection=conn).count for q in ("ingest", "match", "default")) > 0

        services.wait_until(enqueued, timeout=90, interval=0.5, what="the cron scheduler's first enqueues")
        assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).text == "ok"
        assert httpx.get(p.metrics_url, timeout=5).status_code == 401
        body = scrape(p.metrics_url)
        waiting = sample(body, "cc_rq_queue_depth")
        print(f"cron enqueued; queue depth seen by its /metrics: {waiting:.0f}")
        assert waiting > 0 and sample(body, "cc_rq_up") == 1
        assert p.proc.poll() is None
