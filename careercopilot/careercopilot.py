"""The Reflex app: pages, backend routes (``api.app``), event metrics and the scheduler."""

from __future__ import annotations

import time
from contextlib import asynccontextmanager

import reflex as rx
from reflex.middleware import Middleware

from careercopilot import api, metrics, pages
from careercopilot.config import settings
from careercopilot.logging import configure_logging

configure_logging()


class EventMetricsMiddleware(Middleware):
    """Counts websocket events per handler and observes their latency (seconds)."""

    _started: dict[int, float] = {}

    async def preprocess(self, app, state, event):
        """Remember when this event started."""
        self._started[id(event)] = time.perf_counter()  # reflex Event has no token field
        return None

    async def postprocess(self, app, state, event, update):
        """Record the event's count and latency."""
        start = self._started.pop(id(event), None)
        handler = event.name.rsplit(".", 1)[-1][:80]
        metrics.EVENTS.labels(handler).inc()
        if start is not None:
            metrics.EVENT_LATENCY.labels(handler).observe(time.perf_counter() - start)
        return update


@asynccontextmanager
async def _scheduler_lifespan():
    """Run the periodic schedule in-process on the embedded default."""
    scheduler = None
    if settings.scheduler_enabled and settings.run_jobs_inline:
        from careercopilot.services.scheduler import Scheduler
        from jobs.schedule import SCHEDULE

        scheduler = Scheduler(SCHEDULE)
        scheduler.start()
    try:
        yield
    finally:
        if scheduler is not None:
            scheduler.stop()


pages.load_all()  # registers every @rx.page / @template route before the app collects them

app = rx.App(
    api_transformer=api.app,
)
app.register_lifespan_task(_scheduler_lifespan)
app.add_middleware(EventMetricsMiddleware())
