"""Job functions for tests (importable by dotted path from the repo root, also in worker processes).

``gated_progress_job`` reports 50 % and then waits on :data:`GATE` (in-process runs only)
so a test can observe a running job; ``failing_job`` raises ValueError.
"""

from __future__ import annotations

import threading

from careercopilot.services.background import report_progress
from jobs.queues import job

#: Released by the test to let ``gated_progress_job`` finish (in-process only).
GATE = threading.Event()


@job("default")
def gated_progress_job(item_id: int) -> int:
    """Report 50 %, wait for GATE (≤ 30 s), report 90 % and return ``item_id * 2``."""
    report_progress(50, f"half of item {item_id}")
    GATE.wait(timeout=30)
    report_progress(90, "almost")
    return item_id * 2


@job("match")
def failing_job(item_id: int) -> None:
    """Always raises ValueError (failure recording)."""
    report_progress(20, "about to fail")
    raise ValueError(f"item {item_id} is broken")
