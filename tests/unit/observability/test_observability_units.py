"""Fast checks of the observability pieces (the real multi-process, Prometheus and OTLP tests are
in tests/integration/observability)."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from careercopilot import metrics_server, request_context, tracing


def test_tracing_is_off_and_free_without_an_endpoint(monkeypatch):
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "otel_exporter_otlp_endpoint", None)
    monkeypatch.setattr(tracing, "_provider", None)
    assert tracing.setup("app") is False and not tracing.enabled()
    app = object()
    assert tracing.wrap_asgi(app) is app                       # no middleware
    assert isinstance(tracing.job_span("jobs.x.y", "id", "default"), contextlib.nullcontext)
    assert tracing.current_ids() is None


@pytest.mark.parametrize(("header", "kept"), [
    (b"abc-123", True), (b"nginx.0f3a:9", True), (b"x" * 128, True),
    (b"x" * 129, False), (b"has space", False), (b"new\nline", False), (b"", False), (b"<script>", False),
])
def test_request_id_header_is_kept_only_when_plausible(header, kept):
    rid = request_context.request_id_from([(b"x-request-id", header)])
    assert (rid == header.decode()) is kept
    if not kept:
        assert len(rid) == 32 and int(rid, 16) >= 0


def test_request_id_is_echoed_and_bound_for_the_request():
    import structlog

    seen = {}

    async def inner(scope, receive, send):
        seen.update(structlog.contextvars.get_contextvars())
        await send({"type": "http.response.start", "status": 204, "headers": [(b"x-request-id", b"spoofed")]})
        await send({"type": "http.response.body", "body": b""})

    sent = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/healthz", "headers": [(b"x-request-id", b"req-7")]}
    asyncio.run(request_context.RequestContext(inner)(scope, None, send))
    assert seen["request_id"] == "req-7"
    assert sent[0]["headers"] == [(b"x-request-id", b"req-7")]  # one header, ours
    assert "request_id" not in structlog.contextvars.get_contextvars()


def _call(environ):
    out = {}

    def start_response(status, headers):
        out["status"], out["headers"] = status, dict(headers)

    body = b"".join(metrics_server.wsgi_app(environ, start_response))
    return out["status"], out["headers"], body


def test_worker_metrics_endpoint_keeps_the_apps_protection(monkeypatch):
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "metrics_token", None)
    assert _call({"PATH_INFO": "/metrics"})[0].startswith("404")
    assert _call({"PATH_INFO": "/healthz"})[0].startswith("200")
    monkeypatch.setattr(settings, "metrics_token", "s3cret-token")
    status, headers, _ = _call({"PATH_INFO": "/metrics"})
    assert status.startswith("401") and headers["WWW-Authenticate"].startswith("Bearer")
    assert _call({"PATH_INFO": "/metrics", "HTTP_AUTHORIZATION": "Bearer wrong"})[0].startswith("401")
    status, headers, body = _call({"PATH_INFO": "/metrics", "HTTP_AUTHORIZATION": "Bearer s3cret-token"})
    assert status.startswith("200") and b"cc_http_requests_total" in body or b"cc_job_runs_total" in body


def test_target_folders_of_dead_processes_are_removed(tmp_path, monkeypatch):
    import os

    from careercopilot.config import settings

    monkeypatch.setattr(settings, "prometheus_multiproc_dir", tmp_path)
    (tmp_path / "worker-999999").mkdir()            # no such pid
    (tmp_path / f"app-{os.getppid()}").mkdir()      # alive
    (tmp_path / "notes").mkdir()                    # not ours
    mine = metrics_server.target_dir("cron")
    assert mine == tmp_path / f"cron-{os.getpid()}" and mine.is_dir() and not any(mine.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, f"app-{os.getppid()}", "notes"])


def test_missing_multiprocess_folder_is_created(tmp_path):
    """PROMETHEUS_MULTIPROC_DIR naming a folder that does not exist yet (a fresh host, a tmpfs
    after a reboot): a CLI command that touches a metric works instead of failing with
    FileNotFoundError (attack notes, session 7: `create-user` crashed)."""
    import os
    import subprocess
    import sys

    folder = tmp_path / "not" / "yet" / "there"
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(folder)}
    code = ("from careercopilot import metrics; "
            "metrics.JOBS_RUNNING.labels('default').inc(); print('ok')")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-2000:]
    assert any(folder.iterdir())


def test_websocket_event_metrics_are_recorded_when_the_event_task_ends():
    """ops12 finding 5: ``cc_ws_events_total``/``cc_ws_event_seconds`` never got a sample —
    Reflex 0.10 calls a middleware's ``preprocess`` only (inside the event's own task), and they
    were recorded in ``postprocess``. Here the call pattern of Reflex's event processor: one
    task per event, ``preprocess`` inside it, nothing after."""
    from prometheus_client import REGISTRY

    from careercopilot import metrics

    def count(handler: str) -> float:
        return REGISTRY.get_sample_value("cc_ws_events_total", {"handler": handler}) or 0.0

    def observed(handler: str) -> float:
        return REGISTRY.get_sample_value("cc_ws_event_seconds_count", {"handler": handler}) or 0.0

    async def event(name: str, seconds: float) -> None:
        metrics.record_event_when_done(name, asyncio.current_task())  # what preprocess does
        await asyncio.sleep(seconds)  # the handler runs

    async def main() -> None:
        before = count("unit_handler"), observed("unit_handler")
        task = asyncio.create_task(event("reflex___state____state.some_state.unit_handler", 0.02))
        await asyncio.sleep(0)
        assert count("unit_handler") == before[0]  # not while it runs
        await task
        await asyncio.sleep(0)  # done callbacks run on the next loop turn
        assert count("unit_handler") == before[0] + 1
        assert observed("unit_handler") == before[1] + 1
        total = REGISTRY.get_sample_value("cc_ws_event_seconds_sum", {"handler": "unit_handler"})
        assert total >= 0.02

    asyncio.run(main())
