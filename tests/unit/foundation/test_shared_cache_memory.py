"""services.shared_cache on the embedded default (process memory): hit, invalidation, TTL 0 = off,
bounded size, JSON shapes. The Redis backend and the cross-user rule: tests/integration/matching/
test_shared_cache_cross_user.py."""

from __future__ import annotations

import pytest

from careercopilot.config import settings
from careercopilot.services import shared_cache


@pytest.fixture
def memory(monkeypatch):
    monkeypatch.setattr(settings, "redis_url", None)
    monkeypatch.setattr(settings, "shared_cache_seconds", 30)
    assert shared_cache.backend() is shared_cache._memory
    return shared_cache._memory


def test_second_lookup_is_served_from_memory(memory):
    calls = []

    def compute():
        calls.append(1)
        return {"ranked": [(1.5, 0.9, 7)], "path": "exact"}

    first = shared_cache.get_or_compute("search", ["q", {"f": 1}], compute)
    second = shared_cache.get_or_compute("search", ["q", {"f": 1}], compute)
    assert len(calls) == 1
    assert first == second == {"ranked": [[1.5, 0.9, 7]], "path": "exact"}  # JSON shapes on miss and hit
    shared_cache.get_or_compute("search", ["q", {"f": 2}], compute)  # other key parts: computed
    shared_cache.get_or_compute("other", ["q", {"f": 1}], compute)  # other namespace: computed
    assert len(calls) == 3


def test_invalidate_drops_every_entry(memory):
    calls = []
    shared_cache.get_or_compute("search", ["q"], lambda: calls.append(1) or 1)
    shared_cache.invalidate()
    shared_cache.get_or_compute("search", ["q"], lambda: calls.append(1) or 1)
    assert len(calls) == 2


def test_ttl_zero_turns_the_cache_off(memory, monkeypatch):
    monkeypatch.setattr(settings, "shared_cache_seconds", 0)
    calls = []
    for _ in range(3):
        shared_cache.get_or_compute("search", ["q"], lambda: calls.append(1) or 1)
    assert len(calls) == 3
    assert not memory.entries


def test_memory_is_bounded(memory, monkeypatch):
    monkeypatch.setattr(shared_cache, "MEMORY_ENTRIES", 5)
    for i in range(12):
        shared_cache.get_or_compute("search", [i], lambda: 1)
    assert len(memory.entries) == 5


def test_expired_entry_is_computed_again(memory, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(shared_cache.time, "monotonic", lambda: clock[0])
    calls = []
    shared_cache.get_or_compute("search", ["q"], lambda: calls.append(1) or 1)
    clock[0] += 29
    shared_cache.get_or_compute("search", ["q"], lambda: calls.append(1) or 1)
    clock[0] += 2
    shared_cache.get_or_compute("search", ["q"], lambda: calls.append(1) or 1)
    assert len(calls) == 2
