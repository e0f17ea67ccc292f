"""Prometheus metrics of this process (prometheus-client's default registry).

HTTP requests and websocket events are labeled by route template / handler name so
label cardinality stays bounded. Services add their own counters here.
"""

from __future__ import annotations

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest

HTTP_REQUESTS = Counter("cc_http_requests_total", "HTTP requests", ["method", "route", "status"])
HTTP_LATENCY = Histogram("cc_http_request_seconds", "HTTP request latency, seconds", ["method", "route"])
EVENTS = Counter("cc_ws_events_total", "Reflex websocket events processed", ["handler"])
EVENT_LATENCY = Histogram("cc_ws_event_seconds", "Reflex event handler latency, seconds", ["handler"])
AUTH_EVENTS = Counter("cc_auth_events_total", "Sign-up/login attempts", ["action", "outcome"])
JOBS = Counter("cc_background_jobs_total", "Background jobs by function and outcome", ["func", "outcome"])
LLM_GENERATIONS = Counter("cc_llm_generations_total", "Writing generations by provider, model and outcome",
                          ["provider", "model", "outcome"])
LLM_TOKENS = Counter("cc_llm_tokens_total", "LLM tokens by provider, model and direction (in/out)",
                     ["provider", "model", "direction"])
LLM_LATENCY = Histogram("cc_llm_generation_seconds", "Writing generation latency, seconds", ["provider"])


def render() -> tuple[bytes, str]:
    """(body, content type) of the Prometheus text exposition format."""
    return generate_latest(), CONTENT_TYPE_LATEST
