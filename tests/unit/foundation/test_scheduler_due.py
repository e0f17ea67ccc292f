"""The in-process scheduler's due() logic and the declared schedule."""

from __future__ import annotations

from careercopilot.services.background import resolve_func
from careercopilot.services.scheduler import Scheduler
from jobs.schedule import SCHEDULE, Periodic


def test_due_respects_intervals():
    hourly = Periodic("hourly", "jobs.maintenance.purge_expired_sessions", 3600)
    minutely = Periodic("minutely", "jobs.maintenance.purge_expired_sessions", 60)
    sched = Scheduler([hourly, minutely], tick_seconds=1)
    assert [e.id for e in sched.due(1000.0)] == ["hourly", "minutely"]  # first tick runs everything
    assert sched.due(1000.5) == []
    assert [e.id for e in sched.due(1060.0)] == ["minutely"]
    assert [e.id for e in sched.due(1119.9)] == []
    assert [e.id for e in sched.due(1120.0)] == ["minutely"]
    assert [e.id for e in sched.due(4600.0)] == ["hourly", "minutely"]


def test_declared_schedule_is_valid():
    ids = [e.id for e in SCHEDULE]
    assert len(ids) == len(set(ids)), "schedule ids must be unique (deterministic ids)"
    for entry in SCHEDULE:
        assert entry.interval_seconds >= 60
        fn = resolve_func(entry.func)
        assert getattr(fn, "queue", None) in {"ingest", "match", "default"}


def test_run_pending_survives_a_broken_entry(monkeypatch):
    from careercopilot.services import scheduler as mod

    calls = []
    monkeypatch.setattr(mod, "enqueue", lambda path, periodic=False: calls.append(path) or (_ for _ in ()).throw(RuntimeError("x"))
                        if path == "broken" else calls.append(path))
    sched = Scheduler([Periodic("a", "broken", 60), Periodic("b", "ok.fn", 60)])
    assert sched.run_pending() == 1
    assert calls[-1] == "ok.fn"
