"""The rate limiter (``limits`` with RedisStorage) on real Redis (the cache logical DB): shared
counts, window expiry, one counter for every spelling of an address."""

from __future__ import annotations

import time

import pytest
import redis

from careercopilot.services import ratelimit


def test_redis_backend_is_selected_and_counts(rq_settings, redis_url):
    backend = ratelimit.backend()
    assert type(backend).__name__ == "RedisStorage"
    ratelimit.reset()
    for _ in range(3):
        ratelimit.hit("login-ip", "203.0.113.9", limit=3, window_seconds=60)
    with pytest.raises(ratelimit.RateLimited) as info:
        ratelimit.hit("login-ip", "203.0.113.9", limit=3, window_seconds=60)
    assert 1 <= info.value.retry_after <= 60
    # another key is independent
    ratelimit.hit("login-ip", "203.0.113.10", limit=3, window_seconds=60)
    # the counter lives in Redis (shared by every app process), with a TTL
    r = redis.Redis.from_url(rq_settings.cache_redis_url)
    key = "LIMITS:cc/login-ip/203.0.113.9/3/60/second"
    assert int(r.get(key)) == 4
    assert 0 < r.ttl(key) <= 60


def test_redis_window_expires(rq_settings):
    ratelimit.reset()
    ratelimit.hit("signup-acct", "a@example.com", limit=1, window_seconds=1)
    with pytest.raises(ratelimit.RateLimited):
        ratelimit.hit("signup-acct", "a@example.com", limit=1, window_seconds=1)
    time.sleep(2.1)
    ratelimit.hit("signup-acct", "a@example.com", limit=1, window_seconds=1)


def test_counts_are_shared_between_clients(rq_settings):
    """A second backend instance (another app worker process) sees the same counters."""
    ratelimit.reset()
    from limits import RateLimitItemPerSecond
    from limits.storage import RedisStorage
    from limits.strategies import FixedWindowRateLimiter

    other = FixedWindowRateLimiter(RedisStorage(rq_settings.cache_redis_url))
    ratelimit.hit("login-acct", "b@example.com", limit=2, window_seconds=60)
    assert other.hit(RateLimitItemPerSecond(2, 60, namespace=ratelimit.NAMESPACE), "login-acct", "b@example.com")
    with pytest.raises(ratelimit.RateLimited):
        ratelimit.hit("login-acct", "b@example.com", limit=2, window_seconds=60)


def test_forget_drops_one_counter_only(rq_settings):
    ratelimit.reset()
    ratelimit.hit("login-acct", "owner@example.com", limit=1, window_seconds=60)
    ratelimit.hit("login-acct", "other@example.com", limit=1, window_seconds=60)
    ratelimit.forget("login-acct", "owner@example.com", limit=1, window_seconds=60)
    ratelimit.hit("login-acct", "owner@example.com", limit=1, window_seconds=60)  # counted afresh
    with pytest.raises(ratelimit.RateLimited):
        ratelimit.hit("login-acct", "other@example.com", limit=1, window_seconds=60)
