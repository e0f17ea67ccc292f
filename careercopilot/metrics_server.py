"""Multiprocess metrics folders per scrape target, and the /metrics endpoint of ``worker`` and ``cron``.

One scrape target = one process tree whose samples are summed:

* ``run`` — the app server and its granian backend workers: ``<base>/app-<pid of run>``;
* ``worker`` — one RQ worker, the work-horse it forks per job and its scheduler:
  ``<base>/worker-<pid>``;
* ``cron`` — RQ's cron scheduler: ``<base>/cron-<pid>``.

``<base>`` is PROMETHEUS_MULTIPROC_DIR (``settings.prometheus_multiproc_dir``), default
``<tmp>/careercopilot-prometheus``. A target's folder is created empty at its start (the
prometheus-client documentation requires a wiped folder per run), and folders of targets whose
process is gone are removed then. Keep ``<base>`` off volumes shared between containers: pids of
another pid namespace would look dead.

The worker/cron endpoint (METRICS_PORT, METRICS_BIND) answers ``GET /metrics`` exactly like the
app's: 404 while METRICS_TOKEN is unset, 401 without ``Authorization: Bearer <METRICS_TOKEN>``;
``GET /healthz`` answers 200 ``ok`` (liveness probe, no secret).
"""

from __future__ import annotations

import hmac
import os
import re
import shutil
import tempfile
import threading
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import structlog

from careercopilot.config import set_multiprocess_metrics_dir, settings

log = structlog.get_logger(__name__)

_TARGET = re.compile(r"^(app|worker|cron)-(\d+)$")


def base_dir() -> Path:
    """Parent of the per-target folders (see module doc)."""
    return Path(settings.prometheus_multiproc_dir or Path(tempfile.gettempdir()) / "careercopilot-prometheus")


def remove_dead_targets(base: Path) -> list[str]:
    """Remove ``<role>-<pid>`` folders under ``base`` whose pid no longer runs; returns their names."""
    from careercopilot.metrics import pid_alive  # not at import: metrics reads the multiprocess folder when imported

    removed = []
    if not base.is_dir():
        return removed
    for child in base.iterdir():
        m = _TARGET.match(child.name)
        if m and child.is_dir() and not pid_alive(int(m.group(2))):
            shutil.rmtree(child, ignore_errors=True)
            removed.append(child.name)
    return removed


def target_dir(role: str, pid: int | None = None) -> Path:
    """Create (empty) and return the folder of target ``role`` led by ``pid`` (default: this process)."""
    base = base_dir()
    base.mkdir(parents=True, exist_ok=True)
    remove_dead_targets(base)
    path = base / f"{role}-{pid or os.getpid()}"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir()
    return path


def enable_in_process(role: str) -> Path:
    """Make this process (and what it forks) write to its own target folder; call before metrics
    are used (``worker``, ``cron``). Returns the folder."""
    path = target_dir(role)
    set_multiprocess_metrics_dir(path)
    from prometheus_client import values

    values.ValueClass = values.get_value_class()  # children of labeled metrics created from now on
    import careercopilot.metrics  # noqa: F401 - its import-time metrics now use the folder

    return path


def _authorized(header: str) -> bool:
    scheme, _, given = header.partition(" ")
    token = settings.metrics_token or ""
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def wsgi_app(environ, start_response):
    """``/metrics`` (token-protected, as the app's) and ``/healthz``."""
    path = environ.get("PATH_INFO", "")
    if path == "/healthz":
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"ok"]
    if path != "/metrics" or not settings.metrics_token:
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"Not Found"]
    if not _authorized(environ.get("HTTP_AUTHORIZATION", "")):
        start_response("401 Unauthorized", [("Content-Type", "text/plain"),
                                            ("WWW-Authenticate", 'Bearer realm="metrics"')])
        return [b"Unauthorized"]
    from careercopilot import metrics

    body, content_type = metrics.render()
    start_response("200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body)))])
    return [body]


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - scrapes every few seconds: no access log
        return


def start_endpoint(port: int | None = None, bind: str | None = None) -> WSGIServer | None:
    """Serve :func:`wsgi_app` on ``bind:port`` (settings' METRICS_BIND/METRICS_PORT) in a daemon
    thread; None when no port is configured. Raises OSError when the port is taken."""
    port = port or settings.metrics_port
    if not port:
        return None
    server = make_server(bind or settings.metrics_bind, port, wsgi_app, handler_class=_QuietHandler)
    os.set_inheritable(server.fileno(), False)
    threading.Thread(target=server.serve_forever, name="cc-metrics", daemon=True).start()
    log.info("metrics.endpoint", address=f"{bind or settings.metrics_bind}:{port}")
    return server
