"""A job for the worker-kill test, importable by the topology's rq workers (the topology's repo
copy includes this folder): every run appends ``<parent pid>`` (the rq worker whose work-horse
runs it) to ``<ledger>/<item>.starts``; the first run of an item sleeps ``seconds`` (long enough
to be killed), later runs don't; a finished run appends one line to ``<ledger>/<item>.done``.
Completions are counted from ``.done``: more than one line is a duplicate, none a lost job."""

from __future__ import annotations

import os
import time
from pathlib import Path

from careercopilot.services.background import report_progress
from jobs.queues import job


@job("default", idempotent=True)
def ledger_job(ledger: str, item: int, seconds: int) -> int:
    folder = Path(ledger)
    starts = folder / f"{int(item)}.starts"
    first = not starts.exists()
    with open(starts, "a") as f:
        f.write(f"{os.getppid()}\n")
    report_progress(20, f"item {item}")
    if first:
        time.sleep(float(seconds))
    with open(folder / f"{int(item)}.done", "a") as f:
        f.write(f"{os.getppid()}\n")
    return int(item)
