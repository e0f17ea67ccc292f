"""Rate limiter, in-process backend (embedded default)."""

from __future__ import annotations

import pytest

from careercopilot.services import ratelimit


@pytest.fixture
def memory(monkeypatch):
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "redis_url", None)
    ratelimit.backend.cache_clear()
    ratelimit.reset()
    yield ratelimit.backend()
    ratelimit.backend.cache_clear()


def test_memory_backend_selected_without_redis(memory):
    assert type(memory).__name__ == "_MemoryBackend"


def test_limit_then_refuse_with_retry_after(memory):
    for _ in range(5):
        ratelimit.hit("login-ip", "192.0.2.1", limit=5, window_seconds=300)
    with pytest.raises(ratelimit.RateLimited) as info:
        ratelimit.hit("login-ip", "192.0.2.1", limit=5, window_seconds=300)
    assert 290 <= info.value.retry_after <= 300
    assert "Try again in" in str(info.value)


def test_keys_and_scopes_are_independent(memory):
    ratelimit.hit("login-ip", "192.0.2.1", limit=1, window_seconds=60)
    ratelimit.hit("login-ip", "192.0.2.2", limit=1, window_seconds=60)
    ratelimit.hit("signup-ip", "192.0.2.1", limit=1, window_seconds=60)


def test_window_resets(memory, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(ratelimit.time, "monotonic", lambda: clock[0])
    ratelimit.hit("login-acct", "a@example.com", limit=1, window_seconds=60)
    with pytest.raises(ratelimit.RateLimited):
        ratelimit.hit("login-acct", "a@example.com", limit=1, window_seconds=60)
    clock[0] += 60
    ratelimit.hit("login-acct", "a@example.com", limit=1, window_seconds=60)


def test_reset_forgets_counts(memory):
    ratelimit.hit("x", "k", limit=1, window_seconds=60)
    ratelimit.reset()
    ratelimit.hit("x", "k", limit=1, window_seconds=60)
