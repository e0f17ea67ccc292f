"""The Reflex app: pages, backend routes (``api.app``), event metrics and the scheduler."""

from __future__ import annotations

import asyncio
import gc
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
    """Counts websocket events per handler (``cc_ws_events_total``) and observes their latency
    (``cc_ws_event_seconds``, seconds from ``preprocess`` to the end of the event).

    Reflex 0.10 runs every event in an asyncio task of its own
    (``EventProcessor._create_event_task``) and calls only ``preprocess`` of a middleware —
    ``postprocess`` is never called, so metrics recorded there never got a sample (ops12 finding
    5; the dict of start times it was to pop grew by one entry per event). The event's end is
    therefore the end of that task: ``preprocess`` adds a done callback to it."""

    async def preprocess(self, app, state, event):
        """Record the event's count and latency when its task ends."""
        metrics.record_event_when_done(event.name, asyncio.current_task())
        return None


@asynccontextmanager
async def _scheduler_lifespan():
    """Run the periodic schedule in-process on the embedded default (after reconciling the
    job rows a previous process left queued or running: ``services.job_reaper``)."""
    scheduler = handoff = None
    if settings.run_jobs_inline and not settings.chroma_url:
        # hold the embedded index folder and run the index work CLI commands hand over (trial55 F1)
        from careercopilot.services.index_handoff import HandoffLoop

        handoff = HandoffLoop()
        handoff.start()
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
        if handoff is not None:
            await asyncio.to_thread(handoff.stop)  # joins its thread (≤ 5 s): never on the event loop


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


@asynccontextmanager
async def _warm_places_lifespan():
    """Load the place picker's GeoNames tables (``normalize.place_search.warm``, ~2–5 s of CPU)
    on the CPU pool as the process starts, without delaying start-up: on a cold process the
    first place search paid that load itself (session 12 trial: the search held the state
    lock past Reflex's 10 s expiry and the user saw no suggestions)."""
    from careercopilot import offload
    from careercopilot.normalize import place_search

    log = structlog.get_logger(__name__)

    async def warm():
        try:
            await offload.cpu(place_search.warm)
            log.info("places.warm")
        except Exception as exc:  # noqa: BLE001 - the first search loads them instead
            log.warning("places.warm_failed", error=f"{type(exc).__name__}: {exc}")

    task = asyncio.create_task(warm(), name="places-warm")
    try:
        yield
    finally:
        task.cancel()


@asynccontextmanager
async def _freeze_heap_lifespan():
    """Move the start-up heap (modules, compiled pages, SQLAlchemy mappers: ~260,000 objects) to
    the collector's permanent generation once the server starts, so the cyclic garbage collector
    no longer walks it on every full collection (``gc.freeze``; the embedding model is frozen
    after it loads: ``integrations.embeddings.get_model``).

    Measured (session 11, in-process Jobs views with the model loaded, 650,000 objects): a full
    collection paused the event loop ~390 ms about every 300 views, and collections cost 2.4 ms
    CPU per view in all; frozen: 0.4 ms and no full collection. Objects created later are
    collected as before."""
    gc.collect()
    gc.freeze()
    structlog.get_logger(__name__).info("gc.frozen", objects=gc.get_freeze_count())
    yield


#: Our ASGI wrappers that stay on the stack of every request and websocket without doing I/O
#: themselves (the Origin check, the /api/v1 CORS wrapper, the request-id wrapper, whose only output
#: is the access log line): excluded from the event-loop guard.
PASS_THROUGH_MIDDLEWARE = ("careercopilot.origin_guard", "careercopilot.apiv1.cors", "careercopilot.request_context",
                           "careercopilot.apiv1.body_limit", "careercopilot.body_drain",
                           "careercopilot.self_redirects")


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


def _backend_exception_handler(exception: Exception):
    from careercopilot.state.event_errors import backend_exception_handler

    return backend_exception_handler(exception)


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
    # a failed handler's toast without eval (blocked by the CSP): careercopilot.state.event_errors
    backend_exception_handler=_backend_exception_handler,
    stylesheets=["/app.css"],
)
templates.add_pages(app)  # once, here: never @rx.page (re-applied per compile → "redefined" warnings)
app.register_lifespan_task(_scheduler_lifespan)
app.register_lifespan_task(_touch_flush_lifespan)
app.register_lifespan_task(_freeze_heap_lifespan)
app.register_lifespan_task(_warm_places_lifespan)
app.add_middleware(EventMetricsMiddleware())
