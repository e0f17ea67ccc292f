"""The Reflex app: pages, backend routes (``api.app``), event metrics and the scheduler."""

from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager

import reflex as rx
import structlog
from reflex.middleware import Middleware

from careercopilot import api, metrics, pages, request_context, templates, tracing
from careercopilot.config import settings
from careercopilot.logging import configure_logging

configure_logging()
tracing.setup("app")  # OTEL_EXPORTER_OTLP_ENDPOINT set → request, SQL, job and httpx spans


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
    """Run the periodic schedule in-process on the embedded default (after reconciling the
    job rows a previous process left queued or running: ``services.job_reaper``)."""
    scheduler = None
    if settings.run_jobs_inline:
        from careercopilot.services import job_reaper

        try:
            await asyncio.to_thread(job_reaper.reap)
        except Exception as exc:  # noqa: BLE001 - never block start-up; the scheduled reaper retries
            structlog.get_logger(__name__).warning("startup.reap_failed", error=f"{type(exc).__name__}: {exc}")
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


@asynccontextmanager
async def _touch_flush_lifespan():
    """Write the session last-seen / dashboard last-visit times noted by page views
    (services/touches.py) every ``TOUCH_FLUSH_SECONDS``, and once more at shutdown."""
    from careercopilot import offload
    from careercopilot.services import touches

    log = structlog.get_logger(__name__)

    async def flush_forever():
        while True:
            await asyncio.sleep(settings.touch_flush_seconds)
            try:
                await offload.db(touches.flush)
            except Exception as exc:  # noqa: BLE001 - kept in memory; the next round retries
                log.warning("touches.flush_failed", error=f"{type(exc).__name__}: {exc}")

    task = asyncio.create_task(flush_forever(), name="touch-flush")
    try:
        yield
    finally:
        task.cancel()
        try:
            await offload.db(touches.flush)
        except Exception as exc:  # noqa: BLE001 - shutting down: report only
            log.warning("touches.final_flush_failed", error=f"{type(exc).__name__}: {exc}")


#: Our ASGI wrappers that stay on the stack of every request and websocket without doing I/O
#: themselves (the Origin check, the /api/v1 CORS wrapper, the request-id wrapper, whose only output
#: is the access log line): excluded from the event-loop guard.
PASS_THROUGH_MIDDLEWARE = ("careercopilot.origin_guard", "careercopilot.apiv1.cors", "careercopilot.request_context",
                           "careercopilot.apiv1.body_limit")


def _activate_event_loop_guard() -> None:
    """EVENT_LOOP_GUARD (tests): a blocking call made on the event loop from this app's code
    raises ``blockbuster.BlockingError`` (logged with its traceback by Reflex), so the e2e
    and integration suites fail on any handler that blocks the loop (issue 9, finding 14).

    blockbuster blames a call when any frame of the running coroutine chain is in a scanned
    module. The pass-through ASGI middleware (``origin_guard.OriginGuard``) stays on the stack
    for a websocket's whole life, which would blame Reflex's own internals (its disk state
    manager stats and reads small state files on the loop) on us: that module is excluded, and
    so is every other pass-through ASGI wrapper of ours (:data:`PASS_THROUGH_MIDDLEWARE`).
    """
    from blockbuster import BlockBuster

    BlockBuster(scanned_modules=["careercopilot"], excluded_modules=list(PASS_THROUGH_MIDDLEWARE)).activate()
    structlog.get_logger(__name__).info("event_loop_guard.active")


if settings.event_loop_guard:
    _activate_event_loop_guard()

pages.load_all()  # imports every page module: @template / @public_page record their routes

class CareerApp(rx.App):
    """``rx.App`` whose ASGI app answers ``/api/v1`` CORS before Reflex's own (credentialed,
    app-origins-only) CORS middleware: :mod:`careercopilot.apiv1.cors`; request ids, the access
    log and (when configured) tracing wrap it all: :mod:`careercopilot.request_context`. With
    Redis, a tab whose process died keeps its token and state on the next process:
    :mod:`careercopilot.socket_owners`."""

    def __call__(self):
        """The backend ASGI app (Reflex's) wrapped in :class:`~careercopilot.apiv1.cors.PublicApiCors`
        and :func:`careercopilot.request_context.wrap`."""
        from careercopilot import socket_owners
        from careercopilot.apiv1.cors import PublicApiCors

        backend = super().__call__()
        socket_owners.install(self.event_namespace)
        return request_context.wrap(PublicApiCors(backend))


app = CareerApp(
    api_transformer=api.app,
    stylesheets=["/app.css"],
)
templates.add_pages(app)  # once, here: never @rx.page (re-applied per compile → "redefined" warnings)
app.register_lifespan_task(_scheduler_lifespan)
app.register_lifespan_task(_touch_flush_lifespan)
app.add_middleware(EventMetricsMiddleware())
