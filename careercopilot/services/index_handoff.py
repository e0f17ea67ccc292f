"""Background jobs handed from a CLI process to the running app that holds the embedded index.

Why (trial55 F1): on the embedded default (SQLite, Chroma ``PersistentClient``, in-process
jobs) ``python -m careercopilot sync …`` started beside ``make run`` indexed the new postings
in its own process — a second writer of the Chroma folder — and every later rescore in the
app failed with Chroma's ``Error finding id`` until a restart. Chroma's embedded client is
single-process (:mod:`careercopilot.integrations.vector_folder_lock`).

How: the app takes the folder's process lock at start-up and runs :class:`HandoffLoop`. A
process that dispatches an in-process job while ANOTHER live process holds the lock writes the
job row as ``queued`` with owner ``handoff:<holder identity>`` instead of running it
(:func:`hand_over`); the holder's loop claims such rows every :data:`POLL_SECONDS`
(:func:`adopt_handed`: owner → ``inline:<its identity>``) and runs them on its own job threads.
The CLI waits for the rows to end (:func:`wait_handed`), and takes a row back to run it itself
when the holder ended before claiming it. The job reaper recovers ``handoff:`` rows of a holder
that is gone (``services.job_reaper``). Database-only work (fetching and storing postings) still
runs in the CLI process: SQLite serializes writers, and only Chroma is single-process.
"""

from __future__ import annotations

import json
import threading
import time

import structlog
from sqlalchemy import update
from sqlmodel import select

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.integrations import vector_folder_lock
from careercopilot.models import BackgroundJob
from careercopilot.models.background import LIVE_STATUSES
from careercopilot.services import process_guard

log = structlog.get_logger(__name__)

HANDOFF_PREFIX = "handoff:"
#: Seconds between the app's looks for handed jobs (a handed sync's indexing starts within this).
POLL_SECONDS = 1.0
_handed: set[str] = set()
_handed_lock = threading.Lock()


def index_holder() -> str | None:
    """Identity of another running process that holds the embedded index folder AND runs jobs
    handed to it (the app's :class:`HandoffLoop`), or None (a ``CHROMA_URL`` server, no holder,
    this process holds it, or the holder is another CLI command: then this process's own
    ``get_index`` waits for it, then says in words that the index is in use)."""
    if settings.chroma_url or not settings.run_jobs_inline:
        return None
    got = vector_folder_lock.holder_and_role(settings.chroma_path)
    if got is None or got[1] != vector_folder_lock.RUNS_HANDED_JOBS:
        return None
    return got[0]


def _pid(identity: str) -> str:
    return identity.rsplit(":", 2)[-2] if identity.count(":") >= 3 else "?"


def hand_over(job_id: str, holder: str) -> None:
    """Leave job row ``job_id`` queued for ``holder`` (the process holding the index) to run."""
    with session_scope() as s:
        s.execute(update(BackgroundJob).where(BackgroundJob.id == job_id).values(
            owner=(HANDOFF_PREFIX + holder)[:200], status="queued",
            message=f"Handed to the running app (process {_pid(holder)}), which keeps the job index open"[:500]))
    with _handed_lock:
        _handed.add(job_id)
    log.info("job.handed_over", job_id=job_id, holder=holder)


def adopt_handed() -> int:
    """Claim and start the queued rows handed to this process; returns how many were started."""
    from careercopilot.services import background

    mine = HANDOFF_PREFIX + process_guard.process_identity()
    with session_scope() as s:
        rows = s.exec(select(BackgroundJob.id, BackgroundJob.func, BackgroundJob.args, BackgroundJob.max_attempts,
                             BackgroundJob.attempts)
                      .where(BackgroundJob.owner.in_([mine[:200], HANDOFF_PREFIX]),
                             BackgroundJob.status == "queued")).all()
    started = 0
    for job_id, func, args, max_attempts, attempts in rows:
        with session_scope() as s:
            claimed = s.execute(update(BackgroundJob).where(
                BackgroundJob.id == job_id, BackgroundJob.status == "queued",
                BackgroundJob.owner.in_([mine[:200], HANDOFF_PREFIX]))
                .values(owner=background.dispatch_owner(), message=None)).rowcount
        if not claimed:
            continue
        try:
            parsed = json.loads(args or "[]")
        except ValueError:
            background.update_row(job_id, status="failed", error="its arguments could not be read")
            continue
        background.dispatch(job_id, func, parsed, retries=max(0, max_attempts - attempts - 1))
        log.info("job.adopted", job_id=job_id, func=func)
        started += 1
    return started


def wait_handed(*, poll: float = 0.5) -> list[str]:
    """Block until every job this process handed over has ended (CLI); a row whose holder ended
    before claiming it is taken back and started here. Returns the ids taken back."""
    from careercopilot.services import background

    taken: list[str] = []
    while True:
        with _handed_lock:
            ids = sorted(_handed)
        if not ids:
            return taken
        with session_scope() as s:
            rows = s.exec(select(BackgroundJob).where(BackgroundJob.id.in_(ids))).all()
            live = {r.id: (r.owner or "", r.func, r.args, r.max_attempts, r.attempts) for r in rows
                    if r.status in LIVE_STATUSES}
        with _handed_lock:
            _handed.difference_update(set(ids) - set(live))
        for job_id, (owner, func, args, max_attempts, attempts) in live.items():
            if owner.startswith(HANDOFF_PREFIX) and index_holder() is None:  # the holder ended first
                with session_scope() as s:
                    back = s.execute(update(BackgroundJob).where(BackgroundJob.id == job_id,
                                                                 BackgroundJob.owner == owner)
                                     .values(owner=background.dispatch_owner(), message=None)).rowcount
                if back:
                    with _handed_lock:
                        _handed.discard(job_id)
                    background.dispatch(job_id, func, json.loads(args or "[]"),
                                        retries=max(0, max_attempts - attempts - 1))
                    taken.append(job_id)
        if live:
            time.sleep(poll)


class HandoffLoop:
    """The app's side: hold the embedded index folder and run jobs handed to it (a daemon thread)."""

    def __init__(self, *, poll_seconds: float = POLL_SECONDS) -> None:
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                if vector_folder_lock.try_acquire(settings.chroma_path, role=vector_folder_lock.RUNS_HANDED_JOBS):
                    adopt_handed()
            except Exception as exc:  # noqa: BLE001 - the database may be busy: the next round tries again
                log.warning("handoff.poll_failed", error=f"{type(exc).__name__}: {exc}")
            self._stop.wait(self.poll_seconds)

    def start(self) -> None:
        """Take the folder lock when free and start polling (idempotent)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="cc-index-handoff", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """End the loop (the lock stays until the process ends)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
