"""OpenTelemetry traces: requests, SQL statements, background jobs and outbound HTTP, exported over
OTLP/HTTP (protobuf) to ``OTEL_EXPORTER_OTLP_ENDPOINT`` + ``/v1/traces`` (Tempo, an OpenTelemetry
Collector). Unset → nothing is installed: no middleware, no SQLAlchemy/httpx hooks, and
:func:`job_span` is a no-op context manager (zero cost).

* requests: ``opentelemetry-instrumentation-asgi``'s middleware around the whole backend
  (:func:`wrap_asgi`; the websocket ``/_event``, ``/healthz`` and ``/metrics`` are excluded);
* SQL: ``opentelemetry-instrumentation-sqlalchemy``'s ``EngineTracer`` on each engine
  (:func:`instrument_engine`, called by ``careercopilot.db.make_engine``);
* outbound HTTP: ``opentelemetry-instrumentation-httpx`` (every httpx client: connectors, LLM);
* jobs: a ``job <func>`` span per execution (:func:`job_span`); the RQ work-horse flushes its
  spans before it exits (:func:`flush`).

Batching: spans leave in batches (``BatchSpanProcessor``, the SDK's defaults: every 5 s or
512 spans); ``OTEL_BSP_*`` environment variables tune it (read by the SDK itself).
"""

from __future__ import annotations

from contextlib import contextmanager, nullcontext
from typing import Any

from careercopilot.config import settings

#: URL patterns the request middleware leaves alone (long-lived websocket, probes, scrapes).
EXCLUDED_URLS = "/_event,/healthz,/readyz,/metrics,/ping"

_provider = None
_role = "app"


def enabled() -> bool:
    """True once :func:`setup` installed a tracer provider."""
    return _provider is not None


def setup(role: str) -> bool:
    """Install the tracer provider and the httpx instrumentation when an endpoint is configured;
    returns whether tracing is on. ``role`` (app, worker, cron) names the service when
    OTEL_SERVICE_NAME is unset. Idempotent."""
    global _provider, _role
    if _provider is not None:
        return True
    endpoint = settings.otel_exporter_otlp_endpoint
    if not endpoint:
        return False
    from opentelemetry import trace
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    _role = role
    resource = Resource.create({"service.name": settings.otel_service_name or f"careercopilot-{role}",
                                "deployment.environment": settings.app_env})
    provider = TracerProvider(resource=resource)
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint.rstrip("/") + "/v1/traces")))
    trace.set_tracer_provider(provider)
    _provider = provider
    HTTPXClientInstrumentor().instrument(tracer_provider=provider)
    from careercopilot import db

    if db._engine is not None:  # created before tracing was set up
        instrument_engine(db._engine)
    return True


def tracer():
    """This module's tracer (a no-op tracer while tracing is off)."""
    from opentelemetry import trace

    return trace.get_tracer("careercopilot")


def instrument_engine(engine) -> None:
    """Trace every statement of ``engine`` (no-op while tracing is off or when already done)."""
    if _provider is None or getattr(engine, "_cc_traced", False):
        return
    from opentelemetry.instrumentation.sqlalchemy.engine import EngineTracer
    from opentelemetry.metrics import NoOpMeter

    usage = NoOpMeter("careercopilot").create_up_down_counter("db.client.connections.usage")
    EngineTracer(tracer(), engine, usage)
    engine._cc_traced = True


def wrap_asgi(app):
    """``app`` inside the OpenTelemetry ASGI middleware (a server span per request), or ``app``
    itself while tracing is off."""
    if _provider is None:
        return app
    from opentelemetry.instrumentation.asgi import OpenTelemetryMiddleware

    return OpenTelemetryMiddleware(app, excluded_urls=EXCLUDED_URLS, tracer_provider=_provider,
                                   exclude_spans=["receive", "send"])


def job_span(func: str, job_id: str, queue: str | None, attempt: int | None = None):
    """Context manager: the ``job <func>`` span of one execution (nothing while tracing is off)."""
    if _provider is None:
        return nullcontext()
    return _job_span(func, job_id, queue, attempt)


@contextmanager
def _job_span(func: str, job_id: str, queue: str | None, attempt: int | None):
    from opentelemetry.trace import SpanKind

    attributes: dict[str, Any] = {"messaging.system": "rq", "messaging.message.id": job_id, "code.function": func}
    if queue:
        attributes["messaging.destination.name"] = queue
    if attempt is not None:
        attributes["cc.job.attempt"] = attempt
    with tracer().start_as_current_span(f"job {func}", kind=SpanKind.CONSUMER, attributes=attributes) as span:
        yield span


def current_ids() -> tuple[str, str] | None:
    """(trace id, span id) in hex of the active span, or None (no tracing, no span)."""
    if _provider is None:
        return None
    from opentelemetry import trace

    ctx = trace.get_current_span().get_span_context()
    if not ctx.is_valid:
        return None
    return f"{ctx.trace_id:032x}", f"{ctx.span_id:016x}"


def flush(timeout_millis: int = 5000) -> None:
    """Export pending spans now (an RQ work-horse ends with ``os._exit``: no exit hook runs)."""
    if _provider is not None:
        _provider.force_flush(timeout_millis)
