"""Which process may open the embedded Chroma folder (``PersistentClient``): one at a time.

Why (trial55 F1): Chroma's ``PersistentClient`` is single-process — each process keeps its
own in-memory view of the HNSW segments and flushes it over the files, so a second process
writing the same folder leaves the first one reading ids it cannot find
(``InternalError: Error executing plan: Internal error: Error finding id``) until it restarts.
Chroma documents this: "PersistentClient … is not process-safe; use the client/server mode
(``chroma run`` + ``HttpClient``) when several processes need the same data" (Chroma docs,
"Running Chroma in client-server mode"; chroma-core/chroma issues on concurrent
PersistentClient access). ``CHROMA_URL`` (a ``chroma run`` server) has no such limit and
takes no lock here.

The rule: the first process that needs the folder takes an exclusive ``flock(2)`` on
``<chroma folder>/.cc-process.lock`` and keeps it for its lifetime (the kernel drops it when
the process ends, even after ``kill -9``), writing its
:func:`careercopilot.services.process_guard`-style identity into the file. The running app
takes it at start-up (``careercopilot.careercopilot``), so a CLI command started beside it
finds the folder held and hands its index work to the app
(``services.background``: ``handoff:<identity>`` job rows, run by the app); a command
that must open the index itself gets :class:`IndexHeldElsewhere`, which says so in words.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from pathlib import Path

LOCK_NAME = ".cc-process.lock"

_lock = threading.Lock()
#: folder (resolved) → open file object holding the flock for this process's lifetime.
_held: dict[str, object] = {}
_roles: dict[str, str | None] = {}


class IndexHeldElsewhere(RuntimeError):
    """Another running process (usually the app) has the embedded vector index folder open.

    ``holder``: its identity (``host:boot:pid:start``; "" when it had not written it yet).
    Retryable: the holder may end (a CLI command finishing), so a job retries later."""

    retryable = True

    def __init__(self, folder: Path, holder: str) -> None:
        self.folder, self.holder = folder, holder
        pid = holder.rsplit(":", 2)[-2] if holder.count(":") >= 3 else "?"
        self.pid = pid
        super().__init__(
            f"the job index in {folder} is in use by another running process (pid {pid}, usually the app started "
            "with `make run`); the embedded index can be opened by one process at a time. Commands that load "
            "postings (sync, seed, ingest --store, import, renormalize) hand their indexing to the running app; "
            "this one needs the index itself: stop the app first, or run a shared index server (CHROMA_URL)")


def _key(folder: Path | str) -> str:
    return str(Path(folder).resolve())


def lock_file(folder: Path | str) -> Path:
    """The lock file of ``folder``."""
    return Path(folder) / LOCK_NAME


def held_here(folder: Path | str) -> bool:
    """True when this process holds ``folder``'s lock."""
    with _lock:
        return _key(folder) in _held


def _identity() -> str:
    from careercopilot.services.process_guard import process_identity

    return process_identity()


#: Second line of the lock file of a holder that runs jobs handed to it (the app's hand-off loop).
RUNS_HANDED_JOBS = "runs-handed-jobs"


def _write(fh, role: str | None) -> None:
    fh.seek(0)
    fh.truncate()
    fh.write(_identity() + (f"\n{role}" if role else ""))
    fh.flush()
    os.fsync(fh.fileno())


def try_acquire(folder: Path | str, *, role: str | None = None) -> bool:
    """Take ``folder``'s lock for the rest of this process's life (idempotent); False when
    another process holds it. Creates the folder. ``role`` (:data:`RUNS_HANDED_JOBS`) is written
    under the identity: other processes hand their index jobs only to such a holder."""
    key = _key(folder)
    with _lock:
        if key in _held:
            if role and _roles.get(key) != role:
                _write(_held[key], role)
                _roles[key] = role
            return True
        Path(key).mkdir(parents=True, exist_ok=True)
        fh = open(lock_file(key), "a+")  # noqa: SIM115 - kept open: the flock lives as long as the file
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        _write(fh, role)
        _held[key], _roles[key] = fh, role
        return True


def acquire(folder: Path | str, *, wait_seconds: float = 0.0, poll: float = 0.2) -> None:
    """:func:`try_acquire`, waiting up to ``wait_seconds``; raises :class:`IndexHeldElsewhere`."""
    deadline = time.monotonic() + wait_seconds
    while not try_acquire(folder):
        if time.monotonic() >= deadline:
            raise IndexHeldElsewhere(Path(folder), holder(folder) or "")
        time.sleep(poll)


def release(folder: Path | str) -> None:
    """Give ``folder``'s lock up (tests; a process normally keeps it until it ends)."""
    with _lock:
        fh = _held.pop(_key(folder), None)
        _roles.pop(_key(folder), None)
    if fh is not None:
        fh.close()  # closing the only descriptor drops the flock


def holder(folder: Path | str) -> str | None:
    """Identity of ANOTHER live process holding ``folder``'s lock ("" when it has not written
    it yet), or None when no other process holds it (free, or held by this process)."""
    got = holder_and_role(folder)
    return None if got is None else got[0]


def holder_and_role(folder: Path | str) -> tuple[str, str] | None:
    """``(identity, role)`` of ANOTHER live process holding ``folder``'s lock (role "" when it
    wrote none), or None (free, or held by this process)."""
    if held_here(folder):
        return None
    path = lock_file(folder)
    if not path.exists():
        return None
    try:
        fh = open(path)  # noqa: SIM115
    except OSError:
        return None
    with fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            for _ in range(10):  # the holder writes its identity right after taking the lock
                lines = path.read_text().strip().splitlines()
                if lines:
                    return lines[0].strip(), (lines[1].strip() if len(lines) > 1 else "")
                time.sleep(0.05)
            return "", ""
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        return None
