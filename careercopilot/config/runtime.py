"""Runtime settings of :class:`careercopilot.config.Settings`: environment, data folder, secret,
public URL and origins, server workers, observability (metrics, logs, traces)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, PrivateAttr, model_validator

#: Secrets that are never acceptable outside development (pattern from
#: full-stack-fastapi-template ``backend/app/core/config.py``).
DEFAULT_SECRET = "changethis"


class RuntimeSettings(BaseModel):
    """Fields and derived values of the runtime (a section of ``Settings``; never built alone)."""

    # --- runtime -------------------------------------------------------------------
    app_env: Literal["development", "test", "production"] = "development"
    data_dir: Path = Path("data")
    secret_key: str = DEFAULT_SECRET
    log_level: str = "INFO"
    #: Public base URL of the app (baked into the frontend build as REFLEX_API_URL). Its origin
    #: (scheme, host, port) is the one the websocket and cookie-carrying requests must come from.
    app_url: str = "http://localhost:3000"
    #: Whether APP_URL came from the environment or ``.env`` (set once, at construction).
    _app_url_configured: bool = PrivateAttr(default=True)
    #: Further origins the app is served from (e.g. ``["https://cc.example.com:8443"]``): CORS and
    #: the Origin check accept them besides APP_URL's.
    allowed_origins: list[str] = Field(default_factory=list)
    frontend_port: int = 3000
    backend_port: int = 8000
    #: Number of backend worker processes (Reflex/granian); >1 needs REDIS_URL. ``run`` passes it
    #: to the server (granian reads GRANIAN_WORKERS from its own environment, and without it
    #: Reflex starts 2 × CPUs + 1 workers when Redis is configured).
    granian_workers: int = Field(default=1, ge=1)
    #: A backend worker that dies (killed, out of memory, a crash in a C extension) is started
    #: again by granian's supervisor (granian's ``respawn_failed_workers``, which Reflex does not
    #: pass: ``careercopilot/server_options.py``); False: granian shuts the server down instead.
    granian_respawn_failed_workers: bool = True
    #: Seconds ``careercopilot run`` waits, after SIGTERM/SIGINT, for the server's process group
    #: (Reflex, granian and its workers) to exit before it SIGKILLs what is left (ops15, finding 2:
    #: granian's supervisor can deadlock in its own signal handler and never exit).
    run_stop_grace_seconds: float = Field(default=20.0, gt=0)
    #: Bearer token that /metrics requires (``Authorization: Bearer <token>``); unset → /metrics
    #: answers 404.
    metrics_token: str | None = None
    #: Observability (careercopilot/metrics.py, metrics_server.py, tracing.py, request_context.py).
    #: Parent folder of prometheus-client's multiprocess files: each server (``run``), worker and
    #: ``cron`` process tree uses ``<dir>/<role>-<pid>`` (wiped at its start) so the processes of
    #: one scrape target are summed. Unset → ``<tmp>/careercopilot-prometheus`` (metrics_server.base_dir).
    prometheus_multiproc_dir: Path | None = None
    #: Port of the /metrics endpoint of ``worker`` and ``cron`` (the app serves /metrics on its own
    #: port); unset → no endpoint. Same METRICS_TOKEN protection as the app's.
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    #: Address the worker/cron metrics endpoint binds (0.0.0.0 in a container; keep it private).
    metrics_bind: str = "127.0.0.1"
    #: Queries slower than this (seconds) count in ``cc_db_slow_queries_total`` and are logged.
    slow_query_seconds: float = Field(default=0.5, gt=0)
    #: Log line format: json (one JSON object a line, for Loki), console, or auto (json when
    #: APP_ENV=production, console otherwise).
    log_format: Literal["auto", "json", "console"] = "auto"
    #: OpenTelemetry: OTLP/HTTP collector base URL (``http://tempo:4318``; spans go to
    #: ``<endpoint>/v1/traces``). Unset → tracing off (no instrumentation is installed).
    otel_exporter_otlp_endpoint: str | None = None
    #: ``service.name`` of the spans; unset → ``careercopilot-<role>`` (app, worker, cron).
    otel_service_name: str | None = None

    @model_validator(mode="after")
    def _note_app_url_source(self) -> "RuntimeSettings":
        """Remember whether APP_URL was configured (later assignments, e.g. by tests or
        :func:`adopt_recorded_app_url`, do not change the answer)."""
        self._app_url_configured = "app_url" in self.model_fields_set
        return self

    @property
    def app_url_configured(self) -> bool:
        """True when APP_URL was set in the environment or ``.env``."""
        return self._app_url_configured

    @property
    def uploads_dir(self) -> Path:
        """Local-disk file storage root (embedded default)."""
        return self.data_dir / "files"

    @property
    def json_logs(self) -> bool:
        """Whether log lines are JSON: LOG_FORMAT=json, or ``auto`` with APP_ENV=production."""
        if self.log_format == "auto":
            return self.app_env == "production"
        return self.log_format == "json"

    @property
    def chroma_path(self) -> Path:
        """Chroma PersistentClient folder (embedded default)."""
        return self.data_dir / "chroma"

    @property
    def cookie_secure(self) -> bool:
        """Session cookie gets ``Secure`` when the public URL is https."""
        return self.app_url.startswith("https://")
