"""Fixed-window rate limits: Redis when configured, in-process otherwise.

Used for login and sign-up, per client IP and per account. Each call to
:func:`hit` counts one attempt; the window length is in seconds.
"""

from __future__ import annotations

import threading
import time
from functools import lru_cache

from careercopilot.config import settings


class RateLimited(Exception):
    """Too many attempts; ``retry_after`` is seconds until the window resets."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"Too many attempts. Try again in {retry_after} seconds.")
        self.retry_after = retry_after


class _MemoryBackend:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, tuple[int, float]] = {}

    def incr(self, key: str, window: int) -> tuple[int, int]:
        now = time.monotonic()
        with self._lock:
            count, reset = self._counts.get(key, (0, now + window))
            if now >= reset:
                count, reset = 0, now + window
            count += 1
            self._counts[key] = (count, reset)
            if len(self._counts) > 100_000:  # bound memory: drop expired windows
                self._counts = {k: v for k, v in self._counts.items() if v[1] > now}
            return count, max(1, int(reset - now))

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()

    def delete(self, key: str) -> None:
        with self._lock:
            self._counts.pop(key, None)


class _RedisBackend:
    def __init__(self, url: str) -> None:
        import redis

        self._r = redis.Redis.from_url(url)

    def incr(self, key: str, window: int) -> tuple[int, int]:
        pipe = self._r.pipeline()
        pipe.incr(key)
        pipe.expire(key, window, nx=True)
        pipe.ttl(key)
        count, _, ttl = pipe.execute()
        return int(count), max(1, int(ttl))

    def clear(self) -> None:
        for key in self._r.scan_iter("rl:*"):
            self._r.delete(key)

    def delete(self, key: str) -> None:
        self._r.delete(key)


@lru_cache(maxsize=1)
def backend() -> _MemoryBackend | _RedisBackend:
    """The configured counter store (Redis cache DB, or process memory)."""
    url = settings.cache_redis_url
    return _RedisBackend(url) if url else _MemoryBackend()


def hit(scope: str, key: str, *, limit: int, window_seconds: int) -> None:
    """Count one attempt for ``scope:key``; raise :class:`RateLimited` past ``limit``."""
    count, ttl = backend().incr(f"rl:{scope}:{key}", window_seconds)
    if count > limit:
        raise RateLimited(ttl)


def forget(scope: str, key: str) -> None:
    """Drop the count of ``scope:key`` (a successful login clears its account's failures,
    so signing in and out repeatedly never locks the owner out)."""
    backend().delete(f"rl:{scope}:{key}")


def reset() -> None:
    """Forget all counters (tests and admin use)."""
    backend().clear()
