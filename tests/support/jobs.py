"""Job functions for tests (importable by dotted path from the repo root, also in worker processes).

``gated_progress_job`` reports 50 % and then waits on :data:`GATE` (in-process runs only)
so a test can observe a running job; ``failing_job`` raises ValueError. Lifecycle tests
(issue 9): ``flaky_job``/``flaky_unsafe_job`` fail transiently a given number of times
(counted in a file, so any process can run them), ``broken_idempotent_job`` fails
permanently, ``gated_coalesce_job`` is a coalescing job held by a gate, and
``sleepy_job``/``sleepy_unsafe_job`` run long enough to be killed mid-run.
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


def _bump(counter_path: str) -> int:
    """Increment the integer in ``counter_path`` (created at 0); returns the new value."""
    from pathlib import Path

    path = Path(counter_path)
    n = int(path.read_text() or 0) + 1 if path.exists() else 1
    path.write_text(str(n))
    return n


@job("default", idempotent=True)
def flaky_job(counter_path: str, failures: int) -> int:
    """Idempotent: raises ConnectionError (transient) on its first ``failures`` runs, then
    returns the run number. Runs are counted in the file ``counter_path`` (any process)."""
    n = _bump(counter_path)
    report_progress(30, f"run {n}")
    if n <= int(failures):
        raise ConnectionError(f"run {n}: the database went away")
    return n


@job("default")
def flaky_unsafe_job(counter_path: str, failures: int) -> int:
    """Like :func:`flaky_job` but NOT idempotent (never retried)."""
    n = _bump(counter_path)
    if n <= int(failures):
        raise ConnectionError(f"run {n}: the database went away")
    return n


@job("default", idempotent=True)
def broken_idempotent_job(item_id: int) -> None:
    """Idempotent but fails permanently (LookupError): never retried."""
    raise LookupError(f"item {item_id} does not exist")


#: Released by the test to let ``gated_coalesce_job`` runs finish (in-process only).
COALESCE_GATE = threading.Event()
COALESCE_RUNS: list[int] = []


@job("match", idempotent=True, coalesce=True)
def gated_coalesce_job(item_id: int) -> int:
    """Coalescing: records each run in COALESCE_RUNS, waits for COALESCE_GATE (≤ 30 s)."""
    COALESCE_RUNS.append(item_id)
    report_progress(50, f"run {len(COALESCE_RUNS)}")
    COALESCE_GATE.wait(timeout=30)
    return len(COALESCE_RUNS)


@job("default", idempotent=True)
def sleepy_job(counter_path: str, seconds: int) -> int:
    """Idempotent: counts its run in ``counter_path``, reports 20 %; its FIRST run then
    sleeps ``seconds`` (long enough to be killed), later runs return at once."""
    import time

    n = _bump(counter_path)
    report_progress(20, f"run {n}")
    if n == 1:
        time.sleep(float(seconds))
    return n


@job("default")
def sleepy_unsafe_job(counter_path: str, seconds: int) -> int:
    """Like :func:`sleepy_job` but NOT idempotent."""
    import time

    n = _bump(counter_path)
    report_progress(20, f"run {n}")
    if n == 1:
        time.sleep(float(seconds))
    return n
