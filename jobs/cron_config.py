"""RQ cron configuration: registers every entry of :data:`jobs.schedule.SCHEDULE`.

Run with ``python -m careercopilot cron`` (wraps ``rq cron jobs/cron_config.py``).
"""

from __future__ import annotations

from rq import cron

from careercopilot.services.background import resolve_func, run_scheduled
from jobs.schedule import SCHEDULE

for _entry in SCHEDULE:
    _fn = resolve_func(_entry.func)
    cron.register(
        run_scheduled,
        getattr(_fn, "queue", "default"),
        args=(_entry.func,),
        interval=_entry.interval_seconds,
        name=_entry.id,
    )
