"""Duplicate submissions of a create form: the same values sent twice within seconds make one row.

A double click, Enter pressed twice, the same form sent from two tabs, or a websocket event
retried after a reconnect reach the server as two create events with the same values. Creates
with a natural key are guarded by it (a unique constraint or a check under the user's row lock:
saved searches, saved jobs, resumes, tokens by name). Creates without one (contacts, applications
typed in by hand) first call :func:`first` with what the form sent: only the first call within
:data:`WINDOW_S` seconds for the same user, action and values returns True; the others are the
duplicate and create nothing. A deliberate second identical submit a few seconds later is
treated the same way (the row it asks for exists already: the user sees it).

The claim is one atomic counter of ``limits`` (``services.ratelimit``: Redis ``INCR`` on the cache
database in production, shared by every app process; process memory on the embedded default), so
two concurrent events (two tabs, two processes) cannot both win. Key: ``submit/<user id>/<action>``
+ the SHA-256 of the JSON of the values (case- and whitespace-normalized strings). When the create
then fails (invalid input, full tracker), :func:`release` drops the claim so the corrected or
retried submit is not taken for a duplicate. A cache error never blocks a create: :func:`first`
then answers True (logged).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import structlog

from careercopilot.services import ratelimit

log = structlog.get_logger(__name__)

#: Seconds during which the same values are a duplicate of the first submit: a double click is
#: ≤ 0.5 s, a retried websocket event arrives after the reconnect (seconds), two tabs within a few.
WINDOW_S = 10
#: ``ratelimit`` scope of every claim.
SCOPE = "submit"

T = TypeVar("T")


def fingerprint(values: Mapping[str, Any]) -> str:
    """SHA-256 hex of ``values`` (strings case-folded, runs of whitespace collapsed; keys sorted)."""
    def norm(v: Any) -> Any:
        return " ".join(v.split()).casefold() if isinstance(v, str) else v

    text = json.dumps({str(k): norm(v) for k, v in values.items()}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _key(user_id: int, action: str, values: Mapping[str, Any]) -> str:
    return f"{int(user_id)}/{action}/{fingerprint(values)}"


def first(user_id: int, action: str, values: Mapping[str, Any], *, window_s: int = WINDOW_S) -> bool:
    """True for the first submit of ``values`` by ``user_id`` for ``action`` (e.g. ``"contact:12"``)
    within ``window_s`` seconds, False for a duplicate. Blocking (a Redis round trip): call it
    off the event loop."""
    try:
        ratelimit.hit(SCOPE, _key(user_id, action, values), limit=1, window_seconds=window_s)
    except ratelimit.RateLimited:
        return False
    except Exception as exc:  # noqa: BLE001 - the cache down must not block creating
        log.warning("submissions.unavailable", action=action, error=f"{type(exc).__name__}: {exc}")
    return True


def release(user_id: int, action: str, values: Mapping[str, Any], *, window_s: int = WINDOW_S) -> None:
    """Drop the claim of :func:`first` (the create failed: the same values may be sent again)."""
    try:
        ratelimit.forget(SCOPE, _key(user_id, action, values), limit=1, window_seconds=window_s)
    except Exception as exc:  # noqa: BLE001 - the claim then lives out its short window
        log.warning("submissions.release_failed", action=action, error=f"{type(exc).__name__}: {exc}")


def once(user_id: int, action: str, values: Mapping[str, Any], create: Callable[[], T], *,
         window_s: int = WINDOW_S) -> tuple[bool, T | None]:
    """``(True, create())`` for the first submit of ``values`` (:func:`first`), ``(False, None)`` for a
    duplicate (nothing is created). ``create`` should include the commit: when it raises, the claim
    is released (:func:`release`) and the error propagates. Blocking: call it off the event loop."""
    if not first(user_id, action, values, window_s=window_s):
        return False, None
    try:
        return True, create()
    except BaseException:
        release(user_id, action, values, window_s=window_s)
        raise
