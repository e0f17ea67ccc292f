"""Rate limits and counters through the ``limits`` library (issue 9, finding 4).

Storage: Redis (``settings.cache_redis_url``, shared by every app and worker process) in
production, process memory on the embedded default. Strategy: fixed windows
(``limits.strategies.FixedWindowRateLimiter``) — the counter of a window starts at its first hit
and expires ``window_seconds`` later. Every limit of the product goes through this module:

* :func:`hit` — one attempt (login, sign-up, password change; per client IP and per canonical
  account, :func:`careercopilot.services.users.canonical_email`); raises :class:`RateLimited`
  past the limit;
* :func:`check` — is the limit already used up (no attempt counted; e.g. failed token guesses);
* :func:`consume` / :func:`used` — counted amounts such as LLM tokens (services/writing_budget.py);
* :func:`at_once` — how many run at the same time (a user's document parses: resume uploads and
  clips, ``UPLOADS_AT_ONCE_PER_USER``);
* :func:`forget` / :func:`reset` — clear one counter / all of them.

Keys are ``cc/<scope>/<key>/<limit>/<window>/second`` (limits' ``key_for``; Redis stores them
under limits' ``LIMITS:`` prefix).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from limits import RateLimitItemPerSecond
from limits.storage import MemoryStorage, RedisStorage, Storage
from limits.strategies import FixedWindowRateLimiter

from careercopilot.config import settings

#: limits' namespace of every item of this app.
NAMESPACE = "cc"
#: The item counted amounts (:func:`consume`) use: a limit so high it never refuses.
_UNBOUNDED = 2**62


class RateLimited(Exception):
    """Too many attempts; ``retry_after`` is whole seconds until the window resets (≥ 1)."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"Too many attempts. Try again in {retry_after} seconds.")
        self.retry_after = retry_after
        self.code = "rate_limited"


@lru_cache(maxsize=1)
def backend() -> Storage:
    """The configured ``limits`` storage: Redis on the cache DB, or process memory."""
    url = settings.cache_redis_url
    if url:
        # limits names a unix socket redis+unix:// (it passes the rest to redis.from_url)
        return RedisStorage("redis+unix://" + url[len("unix://"):] if url.startswith("unix://") else url)
    return MemoryStorage()


@lru_cache(maxsize=1)
def _limiter() -> FixedWindowRateLimiter:
    return FixedWindowRateLimiter(backend())


def limiter() -> FixedWindowRateLimiter:
    """The fixed-window limiter over :func:`backend` (rebuilt when the backend cache is cleared)."""
    lim = _limiter()
    if lim.storage is not backend():
        _limiter.cache_clear()
        lim = _limiter()
    return lim


def _item(limit: int, window_seconds: int) -> RateLimitItemPerSecond:
    return RateLimitItemPerSecond(limit, window_seconds, namespace=NAMESPACE)


def hit(scope: str, key: str, *, limit: int, window_seconds: int) -> None:
    """Count one attempt for ``scope``/``key``; raise :class:`RateLimited` past ``limit`` per window."""
    item = _item(limit, window_seconds)
    lim = limiter()
    if not lim.hit(item, scope, key):
        stats = lim.get_window_stats(item, scope, key)
        raise RateLimited(max(1, int(stats.reset_time - time.time() + 0.999)))


def check(scope: str, key: str, *, limit: int, window_seconds: int) -> None:
    """Raise :class:`RateLimited` when ``scope``/``key`` has used up ``limit`` this window, without
    counting an attempt (``limits``' ``FixedWindowRateLimiter.test``)."""
    item = _item(limit, window_seconds)
    lim = limiter()
    if not lim.test(item, scope, key):
        stats = lim.get_window_stats(item, scope, key)
        raise RateLimited(max(1, int(stats.reset_time - time.time() + 0.999)))


def consume(scope: str, key: str, *, amount: int, window_seconds: int) -> int:
    """Add ``amount`` (e.g. LLM tokens) to ``scope``/``key`` in its window; returns the new total."""
    item = _item(_UNBOUNDED, window_seconds)
    return int(backend().incr(item.key_for(scope, key), window_seconds, amount=amount))


def used(scope: str, key: str, *, window_seconds: int) -> int:
    """The current total of ``scope``/``key`` (0 when its window expired or never started)."""
    return int(backend().get(_item(_UNBOUNDED, window_seconds).key_for(scope, key)) or 0)


@contextmanager
def at_once(scope: str, key: str, *, limit: int, window_seconds: int, wait_seconds: float = 0.0) -> Iterator[None]:
    """At most ``limit`` of ``scope``/``key`` running at the same time (across processes with
    Redis): entering counts one in (:func:`consume` +1); when that makes more than ``limit`` it
    counts out again and waits for a slot (sleeping :data:`_POLL_SECONDS` between tries) up to
    ``wait_seconds`` (0: not at all — an ``async`` caller must not sleep here), then raises
    :class:`RateLimited` (its ``retry_after`` a few seconds); leaving counts it out.
    ``window_seconds`` bounds how long a slot of a process that died mid-call stays taken (the
    count's window expires then) — longer than the slowest call it guards."""
    deadline = time.monotonic() + wait_seconds
    while consume(scope, key, amount=1, window_seconds=window_seconds) > limit:
        _leave(scope, key, window_seconds)
        if time.monotonic() >= deadline:
            raise RateLimited(_BUSY_RETRY_SECONDS)
        time.sleep(_POLL_SECONDS)
    try:
        yield
    finally:
        _leave(scope, key, window_seconds)


#: What :func:`at_once` tells a refused caller to wait, seconds (a parse takes a few).
_BUSY_RETRY_SECONDS = 5
#: How often a waiting :func:`at_once` tries for a slot again, seconds.
_POLL_SECONDS = 0.1


def _leave(scope: str, key: str, window_seconds: int) -> None:
    left = consume(scope, key, amount=-1, window_seconds=window_seconds)
    if left < 0:  # the window expired while the call ran: the fresh count started below zero
        consume(scope, key, amount=-left, window_seconds=window_seconds)


def forget(scope: str, key: str, *, limit: int, window_seconds: int) -> None:
    """Drop the count of ``scope``/``key`` for that limit (a successful login clears its account's
    failures, so signing in and out repeatedly never locks the owner out)."""
    limiter().clear(_item(limit, window_seconds), scope, key)


def reset() -> None:
    """Forget all counters (tests and admin use)."""
    backend().reset()
