"""In-process scheduler for the embedded default: runs :data:`jobs.schedule.SCHEDULE`.

A daemon thread wakes every ``tick_seconds`` and enqueues each entry whose interval
has elapsed (first run one tick after start). Production uses RQ's cron instead.
"""

from __future__ import annotations

import threading
import time

import structlog

from careercopilot.services.background import enqueue

log = structlog.get_logger(__name__)


class Scheduler:
    """Enqueue periodic jobs on a background thread; ``stop()`` ends it."""

    def __init__(self, schedule, *, tick_seconds: float = 30.0) -> None:
        self.schedule = list(schedule)
        self.tick_seconds = tick_seconds
        self._last: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def due(self, now: float) -> list:
        """Entries whose interval has elapsed at monotonic time ``now`` (marks them run)."""
        out = []
        for entry in self.schedule:
            last = self._last.setdefault(entry.id, now - entry.interval_seconds)
            if now - last >= entry.interval_seconds:
                self._last[entry.id] = now
                out.append(entry)
        return out

    def run_pending(self) -> int:
        """Enqueue every due entry now; returns how many were enqueued."""
        count = 0
        for entry in self.due(time.monotonic()):
            try:
                enqueue(entry.func, periodic=True)
                count += 1
            except Exception as exc:  # one broken entry must not stop the others
                log.error("scheduler.enqueue_failed", job=entry.id, error=str(exc))
        return count

    def _loop(self) -> None:
        while not self._stop.wait(self.tick_seconds):
            self.run_pending()

    def start(self) -> None:
        """Start the daemon thread (idempotent)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="cc-scheduler", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop the thread at its next tick."""
        self._stop.set()
