"""RQ cron configuration: registers every entry of :data:`jobs.schedule.SCHEDULE`.

Run with ``python -m careercopilot cron`` (wraps ``rq cron jobs/cron_config.py``). Each tick
pushes the small ``enqueue_scheduled(path)`` call, which enqueues the periodic job
itself (one live run per job: a run still queued or running is not queued again).
"""

from __future__ import annotations

from rq import cron

from careercopilot.services.background import enqueue_scheduled, resolve_func
from jobs.schedule import SCHEDULE

for _entry in SCHEDULE:
    _fn = resolve_func(_entry.func)
    cron.register(
        enqueue_scheduled,
        getattr(_fn, "queue", "default"),
        args=(_entry.func,),
        interval=_entry.interval_seconds,
        name=_entry.id,
    )
