"""Storage settings of :class:`careercopilot.config.Settings`: database (and replica), Redis and
its logical databases, the shared cache, Chroma, S3, backups."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, Field, field_validator


class StorageSettings(BaseModel):
    """Fields and derived values of the storage backends (a section of ``Settings``)."""

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
    #: The Chroma database (Chroma's tenant/database namespace) holding the index's collections;
    #: created when missing. A restore drill sets its own (e.g. ``restore_drill``) so its
    #: ``reindex`` never touches the live index on the same server (README "Backups and restore").
    chroma_database: str = Field(default="default_database", pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{1,61}[A-Za-z0-9]$")
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

    @field_validator("database_url", "database_replica_url")
    @classmethod
    def _psycopg_driver(cls, v: str | None) -> str | None:
        """Map ``postgres://``/``postgresql://`` onto the psycopg 3 driver."""
        if v and v.startswith("postgres://"):
            v = "postgresql://" + v[len("postgres://") :]
        if v and v.startswith("postgresql://"):
            v = "postgresql+psycopg://" + v[len("postgresql://") :]
        return v

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
    def is_production_stack(self) -> bool:
        """True when PostgreSQL is configured (the production database)."""
        return bool(self.database_url)

    @property
    def sqlalchemy_url(self) -> str:
        """SQLAlchemy URL: DATABASE_URL, or ``sqlite:///<data_dir>/careercopilot.db``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'careercopilot.db').resolve()}"

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
    def backup_configured(self) -> bool:
        """True when a backup destination is set (BACKUP_S3_BUCKET or BACKUP_DIR)."""
        return bool(self.backup_s3_bucket or self.backup_dir)
