"""The RQ worker runs the job reaper on its own cadence (issue 9: a dead worker's job row must
be reconciled within about a minute; an idle worker used to wake only every 405 s).

Fast checks of :class:`jobs.worker.CareerWorker` without Redis: the queue wait is capped at
the reap interval, and :meth:`~jobs.worker.CareerWorker.reap_if_due` keeps the interval, takes
the cross-worker lock, and never runs in a work-horse. The real worker (killed, idle partner
reconciling within the bound) is ``tests/integration/faults/test_worker_kill.py``.
"""

from __future__ import annotations

import pytest

import jobs.worker as worker_module
from careercopilot.config import settings
from jobs.worker import REAP_LOCK_KEY, CareerWorker


class FakeRedis:
    """``SET key value NX PX ms`` against a clock the test moves."""

    def __init__(self, clock) -> None:
        self.clock = clock
        self.held: dict[str, tuple[str, float]] = {}
        self.calls: list[tuple] = []

    def set(self, key, value, *, nx=False, px=None):
        self.calls.append((key, value, nx, px))
        holder = self.held.get(key)
        if nx and holder is not None and holder[1] > self.clock.now:
            return None
        self.held[key] = (value, self.clock.now + px / 1000)
        return True


class Clock:
    now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(worker_module, "monotonic", clock)
    return clock


@pytest.fixture
def reaps(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(worker_module, "_reap", lambda: calls.append(1))
    monkeypatch.setattr(settings, "job_reap_seconds", 15.0)
    return calls


def _worker(name: str, connection) -> CareerWorker:
    """A CareerWorker without RQ's constructor (which connects to Redis)."""
    worker = object.__new__(CareerWorker)
    worker.name, worker.connection, worker._is_horse, worker.worker_ttl = name, connection, False, 420
    return worker


def test_an_idle_worker_wakes_at_the_reap_interval_not_rqs_405_s(monkeypatch):
    worker = _worker("w1", None)
    monkeypatch.setattr(settings, "job_reap_seconds", 15.0)
    assert worker.dequeue_timeout == 15
    monkeypatch.setattr(settings, "job_reap_seconds", 2.5)
    assert worker.dequeue_timeout == 3
    monkeypatch.setattr(settings, "job_reap_seconds", 3600.0)
    assert worker.dequeue_timeout == 405  # RQ's own wait (worker_ttl - 15) when it is shorter


def test_reaper_runs_once_per_interval(clock, reaps):
    worker = _worker("w1", FakeRedis(clock))
    assert worker.reap_if_due() is True and reaps == [1]
    clock.now += 5
    assert worker.reap_if_due() is False and reaps == [1]
    clock.now += 9.5  # 14.5 s: a wake-up from a 15 s queue wait that came back a little early
    assert worker.reap_if_due() is True and reaps == [1, 1]


def test_one_pass_between_workers_per_interval(clock, reaps):
    redis = FakeRedis(clock)
    first, second = _worker("w1", redis), _worker("w2", redis)
    assert first.reap_if_due() is True
    clock.now += 1
    assert second.reap_if_due() is False and reaps == [1]  # w1 holds the lock for this interval
    assert redis.calls[-1] == (REAP_LOCK_KEY, "w2", True, 14_000)
    clock.now += 14
    assert second.reap_if_due() is True and reaps == [1, 1]
    assert first.reap_if_due() is False  # due again, but w2 ran the pass of this interval


def test_never_in_a_work_horse(clock, reaps):
    worker = _worker("w1", FakeRedis(clock))
    worker._is_horse = True
    assert worker.reap_if_due() is False and reaps == []


def test_redis_error_skips_the_pass(clock, reaps):
    class Down:
        def set(self, *args, **kwargs):
            raise ConnectionError("redis restarting")

    worker = _worker("w1", Down())
    assert worker.reap_if_due() is False and reaps == []
