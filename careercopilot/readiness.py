"""Readiness checks behind ``GET /readyz``: each configured dependency answers within a deadline.

:func:`run_checks` returns ``{check name: "ok" | "error: <reason>"}`` for

* ``database`` — ``SELECT 1`` on the primary (always);
* ``redis`` — ``PING`` on the cache database (when ``REDIS_URL`` is set);
* ``chroma`` — the server's ``GET /api/v2/heartbeat`` (when ``CHROMA_URL`` is set; an embedded
  ``PersistentClient`` folder has nothing to reach);
* ``s3`` — ``HeadBucket`` on ``S3_BUCKET`` (when set). A bucket that does not exist yet (404)
  counts as ready: :class:`~careercopilot.integrations.storage.S3Storage` creates it on first
  use; wrong credentials (403) or an unreachable endpoint do not.

Every check runs on its own thread of a small pool, all at once, and the caller waits at most
``READY_CHECK_TIMEOUT_SECONDS`` (default 2 s) in total: a check still running then reports
``"error: timeout"``. Each check also carries its client's own connect/read timeouts of the same
length, so a dependency that accepts the connection and never answers does not hold the thread
for long. Reasons name the exception type only — no host, port or credential leaks to the
(unauthenticated) probe.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from functools import lru_cache

from careercopilot.config import settings

#: Threads for checks: 4 checks per probe; a few stuck ones (timeouts) still leave room.
_POOL_THREADS = 8
_pool_lock = threading.Lock()
_pool: ThreadPoolExecutor | None = None


def _executor() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=_POOL_THREADS, thread_name_prefix="readyz")
        return _pool


def check_database(timeout: float) -> None:
    """``SELECT 1`` on the primary; the statement may run ``timeout`` seconds at most."""
    from sqlalchemy import text

    from careercopilot.db import get_engine

    engine = get_engine()
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            # SET LOCAL: this transaction only (rolled back when the connection returns to the pool)
            conn.execute(text(f"SET LOCAL statement_timeout = {int(timeout * 1000)}"))
        conn.execute(text("SELECT 1"))


def check_redis(timeout: float) -> None:
    """``PING`` on the cache Redis database, connect and read bounded by ``timeout``."""
    import redis

    client = redis.Redis.from_url(settings.cache_redis_url, socket_timeout=timeout, socket_connect_timeout=timeout)
    try:
        client.ping()
    finally:
        client.close()


def check_chroma(timeout: float) -> None:
    """The Chroma server's heartbeat (``GET {CHROMA_URL}/api/v2/heartbeat``, 200 expected)."""
    import httpx

    response = httpx.get(f"{(settings.chroma_url or '').rstrip('/')}/api/v2/heartbeat", timeout=timeout)
    response.raise_for_status()


@lru_cache(maxsize=4)
def _s3_client(endpoint_url: str | None, access_key_id: str | None, secret_access_key: str | None,
               region: str, timeout: float):
    """A boto3 S3 client with short timeouts and no retries (clients are thread-safe; building one
    loads botocore's service model, ~0.1 s, so one per configuration)."""
    import boto3
    from botocore.config import Config

    config = Config(region_name=region, connect_timeout=timeout, read_timeout=timeout,
                    retries={"max_attempts": 1, "mode": "standard"},
                    s3={"addressing_style": "path"} if endpoint_url else {})
    return boto3.client("s3", endpoint_url=endpoint_url, aws_access_key_id=access_key_id,
                        aws_secret_access_key=secret_access_key, config=config)


class BucketInaccessible(RuntimeError):
    """``HeadBucket`` answered with an error other than "not found" (403: credentials/policy)."""


def check_s3(timeout: float) -> None:
    """``HeadBucket`` on ``S3_BUCKET``; a missing bucket is fine (created on first use)."""
    from botocore.exceptions import ClientError

    client = _s3_client(settings.s3_endpoint_url, settings.s3_access_key_id, settings.s3_secret_access_key,
                        settings.s3_region, timeout)
    try:
        client.head_bucket(Bucket=settings.s3_bucket)
    except ClientError as exc:
        code = str((exc.response or {}).get("Error", {}).get("Code", ""))
        if code not in {"404", "NoSuchBucket", "NotFound"}:
            raise BucketInaccessible(code or "HeadBucket failed") from exc


def configured_checks() -> dict[str, Callable[[float], None]]:
    """The checks that apply to the current settings, by name (see module doc)."""
    checks: dict[str, Callable[[float], None]] = {"database": check_database}
    if settings.redis_url:
        checks["redis"] = check_redis
    if settings.chroma_url:
        checks["chroma"] = check_chroma
    if settings.s3_bucket:
        checks["s3"] = check_s3
    return checks


def _reason(exc: BaseException) -> str:
    if isinstance(exc, BucketInaccessible):
        return f"error: {type(exc).__name__} ({exc})"
    return f"error: {type(exc).__name__}"


def run_checks(timeout: float | None = None) -> dict[str, str]:
    """Run every configured check concurrently; ``{name: "ok" | "error: <reason>"}`` within
    ``timeout`` seconds (default ``settings.ready_check_timeout_seconds``) plus scheduling."""
    import time

    timeout = settings.ready_check_timeout_seconds if timeout is None else timeout
    pool = _executor()
    # each check runs in the request's context (a copy per thread): its SQL/HTTP spans stay children of
    # the request's span, and its log lines keep the request id
    futures = {name: pool.submit(contextvars.copy_context().run, check, timeout)
               for name, check in configured_checks().items()}
    deadline = time.monotonic() + timeout
    results: dict[str, str] = {}
    for name, future in futures.items():
        try:
            future.result(timeout=max(0.0, deadline - time.monotonic()))
            results[name] = "ok"
        except FutureTimeout:
            future.cancel()  # not started yet (pool busy with stuck checks) → never runs
            results[name] = "error: timeout"
        except Exception as exc:  # report, don't crash
            results[name] = _reason(exc)
    return results
