"""A short-lived cache of results that do not depend on the user (issue 15).

The rule: only a value computed from shared data alone goes in — shared postings (``owner_id``
NULL), the vector index, the query text and filters — never anything a user owns or chose
(private URL-imported postings, "Not interested" hides, match scores, applications, last-visit
"new" flags). Callers compute the cached part without a user and apply the user's own parts
afterwards; a user whose result would differ in its shared part (e.g. one with private postings
that a search could return) is served uncached. Users: :func:`careercopilot.services.matching.
search_postings` (the ranked hit list of a query, ``namespace="search"``).

Backends: Redis on the cache logical database (``settings.cache_redis_url``, ``REDIS_CACHE_DB``:
shared by every app process) in production; process memory on the embedded default (no Redis),
at most :data:`MEMORY_ENTRIES` entries, oldest evicted first (``cachetools`` is not a
requirement and a bounded dict with expiry times is all this needs).

Lifetime: ``settings.shared_cache_seconds`` (``SHARED_CACHE_SECONDS``, default 30; 0 turns the
cache off). :func:`invalidate` drops everything at once by bumping a generation counter that
is part of every key (Redis ``cc:shared:generation``; old entries expire by their TTL); a
sync that stored new or changed postings or closed some calls it after its commit
(:func:`invalidate_on_commit` in ``services.ingest``), and cached search hits are keyed by the
vector index's version too (any index write gives new keys). Other changes to shared postings
(an admin flagging one) show within the TTL; a cached hit that is no longer listable is never
shown (the page's cards are re-checked).

Keys: ``cc:shared:<generation>:<namespace>:<sha256 of the JSON of the key parts>``. Values are
JSON (lists, dicts, numbers, strings). A Redis error never fails the request: the value is
computed and returned uncached (logged, ``cc_shared_cache_total{outcome="error"}``).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import structlog

from careercopilot.config import settings

log = structlog.get_logger(__name__)

#: Prefix of every key of this cache in Redis.
PREFIX = "cc:shared"
#: Redis key of the generation counter (:func:`invalidate`).
GENERATION_KEY = f"{PREFIX}:generation"
#: Most entries the memory backend keeps.
MEMORY_ENTRIES = 512


class _Memory:
    """Process-memory backend: ``{key: (expires at monotonic s, JSON text)}`` plus a generation."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: dict[str, tuple[float, str]] = {}
        self.gen = 0

    def generation(self) -> int:
        return self.gen

    def bump(self) -> None:
        with self.lock:
            self.gen += 1
            self.entries.clear()

    def get(self, key: str) -> str | None:
        with self.lock:
            hit = self.entries.get(key)
            if hit is None:
                return None
            if hit[0] <= time.monotonic():
                del self.entries[key]
                return None
            return hit[1]

    def set(self, key: str, value: str, ttl: int) -> None:
        with self.lock:
            self.entries.pop(key, None)
            while len(self.entries) >= MEMORY_ENTRIES:
                del self.entries[next(iter(self.entries))]
            self.entries[key] = (time.monotonic() + ttl, value)


class _Redis:
    """Redis backend on one logical database (``url``)."""

    def __init__(self, url: str) -> None:
        import redis

        self.client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)

    def generation(self) -> int:
        return int(self.client.get(GENERATION_KEY) or 0)

    def bump(self) -> None:
        self.client.incr(GENERATION_KEY)

    def get(self, key: str) -> str | None:
        raw = self.client.get(key)
        return raw.decode() if raw is not None else None

    def set(self, key: str, value: str, ttl: int) -> None:
        self.client.set(key, value, ex=ttl)


_memory = _Memory()


@lru_cache(maxsize=4)
def _redis_backend(url: str) -> _Redis:
    return _Redis(url)


def backend() -> _Memory | _Redis:
    """The configured backend: Redis on ``settings.cache_redis_url``, else process memory."""
    url = settings.cache_redis_url
    return _redis_backend(url) if url else _memory


def _count(namespace: str, outcome: str) -> None:
    from careercopilot import metrics

    metrics.SHARED_CACHE.labels(namespace, outcome).inc()


def get_or_compute(namespace: str, key_parts: Any, compute: Callable[[], Any]) -> Any:
    """The cached value of ``namespace``/``key_parts``, else ``compute()`` stored for
    ``settings.shared_cache_seconds``.

    ``key_parts``: anything JSON-serializable that, with the namespace, determines the value —
    and NO user id: a value that depends on the user must not come through here (module doc).
    ``compute()`` must return JSON-serializable data; what comes back from the cache is what
    ``json.loads`` gives (tuples become lists). With the TTL at 0 this is just ``compute()``.
    """
    ttl = int(settings.shared_cache_seconds)
    if ttl <= 0:
        return compute()
    digest = hashlib.sha256(json.dumps(key_parts, sort_keys=True, default=str).encode()).hexdigest()
    store = backend()
    try:
        key = f"{PREFIX}:{store.generation()}:{namespace}:{digest}"
        raw = store.get(key)
    except Exception as exc:  # noqa: BLE001 - Redis down: serve uncached, never fail the request
        log.warning("shared_cache.unavailable", namespace=namespace, error=f"{type(exc).__name__}: {exc}")
        _count(namespace, "error")
        return compute()
    if raw is not None:
        _count(namespace, "hit")
        return json.loads(raw)
    value = compute()
    text = json.dumps(value)
    try:
        store.set(key, text, ttl)
    except Exception as exc:  # noqa: BLE001
        log.warning("shared_cache.store_failed", namespace=namespace, error=f"{type(exc).__name__}: {exc}")
        _count(namespace, "error")
        return value
    _count(namespace, "miss")
    return json.loads(text)


def invalidate() -> None:
    """Drop every entry (all namespaces, every process): shared postings changed. Never raises."""
    try:
        backend().bump()
    except Exception as exc:  # noqa: BLE001 - entries then live out their short TTL
        log.warning("shared_cache.invalidate_failed", error=f"{type(exc).__name__}: {exc}")


def invalidate_on_commit(session) -> None:
    """:func:`invalidate` once ``session``'s transaction commits (once per transaction): for
    writes of shared postings (``services.ingest`` and ``services.ingest_closing``: a sync's new, changed and closed postings)."""
    from careercopilot.services import tx_hooks

    hooks = tx_hooks._hooks(session)["commit"]
    if invalidate not in hooks:
        tx_hooks.on_commit(session, invalidate)


def clear_memory() -> None:
    """Empty the process-memory backend (tests: each starts without earlier tests' entries)."""
    _memory.bump()
