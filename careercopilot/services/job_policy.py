"""How a background job may run: its import path, its retry policy, its dedupe key, its backoff
and which failures another run may fix.

Split from ``services/background.py`` (which re-exports every name; its module docstring gives the
lifecycle guarantees these rules serve).
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from careercopilot.config import settings

#: Longest dedupe key stored; longer ones are ``<func>:sha256:<hex>``.
MAX_KEY_LENGTH = 400


@dataclass(frozen=True)
class JobPolicy:
    """How a job function may be run again (set by :func:`jobs.queues.job`)."""

    idempotent: bool = False
    coalesce: bool = False

    @property
    def max_attempts(self) -> int:
        """Runs allowed in all: 1 + ``settings.job_retry_max`` when idempotent, else 1."""
        return 1 + max(0, settings.job_retry_max) if self.idempotent else 1


def func_path(fn: Callable[..., Any] | str) -> str:
    """Dotted import path of a job function (``jobs.ingest.sync_source``)."""
    if isinstance(fn, str):
        return fn
    return f"{fn.__module__}.{fn.__qualname__}"


def resolve_func(path: str) -> Callable[..., Any]:
    """Import a job function from its dotted path; raises ImportError/AttributeError."""
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)


def job_policy(path: str) -> JobPolicy:
    """The :class:`JobPolicy` of the job function at ``path`` (non-idempotent when unimportable)."""
    try:
        fn = resolve_func(path)
    except (ImportError, AttributeError, ValueError):
        return JobPolicy()
    return JobPolicy(idempotent=bool(getattr(fn, "idempotent", False)), coalesce=bool(getattr(fn, "coalesce", False)))


def dedupe_key(path: str, args_json: str) -> str:
    """The kind-and-target key of a job: ``<func>:<json args>`` (hashed past 400 characters)."""
    key = f"{path}:{args_json}"
    if len(key) <= MAX_KEY_LENGTH:
        return key
    return f"{path[:300]}:sha256:{hashlib.sha256(args_json.encode()).hexdigest()}"


class SlotsTaken(RuntimeError):
    """Every per-user slot of a queue holds another live job (``background.enqueue(user_slots=…)``);
    ``job_ids`` are those jobs."""

    def __init__(self, job_ids: list[str]) -> None:
        super().__init__(f"{len(job_ids)} job(s) of this user are queued or running")
        self.job_ids = job_ids


def slot_key(queue: str, user_id: int, n: int) -> str:
    """The key of the user's ``n``-th slot (0-based) on ``queue``: a job enqueued with ``user_slots``
    holds one instead of its :func:`dedupe_key`, so at most that many are live per user."""
    return f"slot:{queue}:user:{int(user_id)}:{int(n)}"


def backoff_seconds(retry_number: int) -> int:
    """Wait before retry ``retry_number`` (1-based) from ``settings.job_retry_backoff_seconds``."""
    steps = settings.job_retry_backoff_seconds or [0]
    return max(0, int(steps[min(retry_number, len(steps)) - 1]))


#: Errors a new run cannot fix: bad arguments, missing rows, permission, job timeout.
_PERMANENT: tuple[type[BaseException], ...] = (
    LookupError, PermissionError, TypeError, ValueError, NotImplementedError, AssertionError,
)


def is_transient(exc: BaseException) -> bool:
    """Whether another run of an idempotent job may succeed after ``exc``.

    False for :data:`_PERMANENT` errors, RQ's job timeout and exceptions with a false
    ``retryable`` attribute (e.g. ``jobs.ingest.SyncFailed``: the connector already
    retried); True otherwise (database/Redis/network failures, a killed process…).
    """
    if getattr(exc, "retryable", True) is False or isinstance(exc, _PERMANENT):
        return False
    try:
        from rq.timeouts import JobTimeoutException
    except ImportError:  # pragma: no cover - rq is a requirement
        return True
    return not isinstance(exc, JobTimeoutException)


def failure_words(exc: BaseException) -> str:
    """What went wrong, in words a user can read (the job page shows it beside "Retrying in …");
    the exception itself goes to the row's ``error`` and the log, never into this text (trial55 F1:
    users saw "after InternalError: Error executing plan: Internal error: Error finding id")."""
    name = type(exc).__name__
    text = str(exc).lower()
    if name == "IndexHeldElsewhere":
        return "the job index was in use by another program on the server; this is retried automatically"
    if name == "InternalError" or "error finding id" in text:
        return ("the job index had been changed by another program on the server; it is reopened and the "
                "scoring is retried automatically")
    if "database is locked" in text or "database is busy" in text:
        return "the database was busy; this is retried automatically"
    if isinstance(exc, TimeoutError) or "timeout" in name.lower() or "timed out" in text:
        return "a step took too long; this is retried automatically"
    if isinstance(exc, (ConnectionError, OSError)) or "connection" in name.lower() or name == "OperationalError":
        return "a connection to a service failed; this is retried automatically"
    return "an unexpected error happened (details are in the server log); this is retried automatically"
