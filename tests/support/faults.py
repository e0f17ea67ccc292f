"""Helpers of the fault tests (issue 9, findings 9-13): boards to serve from loopback, row waits.

The stack itself (own redis-server, throwaway PostgreSQL, real workers) comes from the
``job_stack`` fixture of ``tests/integration/conftest.py``; ``board_source`` from
``tests/integration/faults/conftest.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from careercopilot.db import session_scope
from careercopilot.models import BackgroundJob
from tests.support import services

FIXTURES = Path(__file__).parents[1] / "fixtures" / "job-boards"
_GREENHOUSE = json.loads((FIXTURES / "greenhouse.json").read_text())


def greenhouse_board(n: int, *, words: int | None = None) -> dict:
    """A Greenhouse board answer with ``n`` postings built from the recorded one (distinct
    ids, titles and URLs; ``words``: replace the description by a short distinct text)."""
    template = _GREENHOUSE["jobs"][0]
    jobs = []
    for i in range(n):
        job = dict(template, id=700000 + i, title=f"{template['title']} {i}",
                   absolute_url=f"https://boards.greenhouse.io/acme/jobs/{700000 + i}")
        if words:
            job["content"] = "&lt;p&gt;" + " ".join(f"skill{(i * 7 + k) % 997}" for k in range(words)) + "&lt;/p&gt;"
        jobs.append(job)
    return {"jobs": jobs, "meta": {"total": n}}


def row(job_id: str) -> BackgroundJob:
    """The job's row, read fresh."""
    with session_scope() as s:
        return s.get(BackgroundJob, job_id)


def wait_row(job_id: str, predicate, *, timeout: float, what: str, workers=()) -> BackgroundJob:
    """Wait until ``predicate(row)`` holds; on timeout the row and the workers' logs are shown."""
    try:
        return services.wait_until(lambda: (r := row(job_id)) is not None and predicate(r) and r, timeout=timeout,
                                   interval=0.1, what=what)
    except TimeoutError:
        r = row(job_id)
        logs = "\n".join(f"--- worker {w.pid} ---\n{w.log(150)}" for w in workers)
        state = r and (r.status, r.progress, r.message, r.error, r.attempts, r.owner, r.heartbeat_at)
        raise AssertionError(f"{what}: timed out; row={state}\n{logs}") from None


#: Settings/env a worker needs to sync from the loopback board server.
LOOPBACK = {"ssrf_allow_hosts": ["127.0.0.1", "localhost"], "http_max_bytes": 64_000_000}

#: Real model, shorter token window: index runs of fault tests stay short on 2 busy cores.
SMALL_EMBEDDINGS = {"embedding_max_seq_length": 64, "embedding_batch_size": 16}
