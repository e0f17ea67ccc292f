"""Rate limiter on the ``limits`` library, in-process storage (embedded default)."""

from __future__ import annotations

import pytest
from limits.storage import MemoryStorage

from careercopilot.services import ratelimit


@pytest.fixture
def memory(monkeypatch):
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "redis_url", None)
    ratelimit.backend.cache_clear()
    ratelimit.reset()
    yield ratelimit.backend()
    ratelimit.backend.cache_clear()


def test_memory_storage_selected_without_redis(memory):
    assert isinstance(memory, MemoryStorage)
    assert ratelimit.limiter().storage is memory


def test_limit_then_refuse_with_retry_after(memory):
    for _ in range(5):
        ratelimit.hit("login-ip", "192.0.2.1", limit=5, window_seconds=300)
    with pytest.raises(ratelimit.RateLimited) as info:
        ratelimit.hit("login-ip", "192.0.2.1", limit=5, window_seconds=300)
    assert 290 <= info.value.retry_after <= 300
    assert "Try again in" in str(info.value) and info.value.code == "rate_limited"


def test_keys_and_scopes_are_independent(memory):
    ratelimit.hit("login-ip", "192.0.2.1", limit=1, window_seconds=60)
    ratelimit.hit("login-ip", "192.0.2.2", limit=1, window_seconds=60)
    ratelimit.hit("signup-ip", "192.0.2.1", limit=1, window_seconds=60)
    with pytest.raises(ratelimit.RateLimited):
        ratelimit.hit("login-ip", "192.0.2.1", limit=1, window_seconds=60)


def test_window_resets(memory):
    ratelimit.hit("login-acct", "a@example.com", limit=1, window_seconds=1)
    with pytest.raises(ratelimit.RateLimited):
        ratelimit.hit("login-acct", "a@example.com", limit=1, window_seconds=1)
    import time

    time.sleep(1.2)
    ratelimit.hit("login-acct", "a@example.com", limit=1, window_seconds=1)


def test_reset_forgets_counts(memory):
    ratelimit.hit("x", "k", limit=1, window_seconds=60)
    ratelimit.reset()
    ratelimit.hit("x", "k", limit=1, window_seconds=60)


def test_forget_drops_one_counter_only(memory):
    ratelimit.hit("login-acct", "owner@example.com", limit=1, window_seconds=60)
    ratelimit.hit("login-acct", "other@example.com", limit=1, window_seconds=60)
    ratelimit.forget("login-acct", "owner@example.com", limit=1, window_seconds=60)
    ratelimit.hit("login-acct", "owner@example.com", limit=1, window_seconds=60)
    with pytest.raises(ratelimit.RateLimited):
        ratelimit.hit("login-acct", "other@example.com", limit=1, window_seconds=60)


def test_consumed_amounts_add_up_per_window(memory):
    assert ratelimit.used("llm-tokens-user", "1:2026-01-01", window_seconds=60) == 0
    assert ratelimit.consume("llm-tokens-user", "1:2026-01-01", amount=700, window_seconds=60) == 700
    assert ratelimit.consume("llm-tokens-user", "1:2026-01-01", amount=300, window_seconds=60) == 1000
    assert ratelimit.used("llm-tokens-user", "1:2026-01-01", window_seconds=60) == 1000
    assert ratelimit.used("llm-tokens-user", "2:2026-01-01", window_seconds=60) == 0
