"""``Idempotency-Key`` of the REST API's creates: a retried request replays the first one's result.

Rules follow the IETF draft "The Idempotency-Key HTTP Header Field"
(draft-ietf-httpapi-idempotency-key-header-07, cited "draft §") and Stripe's API (docs.stripe.com
"Idempotent requests"). Per ``(user, action, key)`` the server remembers the request's fingerprint
(:func:`fingerprint`: SHA-256 of the path + the canonical JSON body, draft §2.4 "checksum of the
entire request payload") and the id of the resource it created, for :data:`WINDOW_S` (draft §2.3:
the server defines and publishes the expiry). The state machine, :func:`decide`, per request:

============================  ===========================  ==========================================
stored row (within window)    same fingerprint             different fingerprint
============================  ===========================  ==========================================
none (or older than window)   ``claim``: create, remember  ``claim``
in progress (no resource)     ``in_progress`` → 409         ``mismatch`` → 422
finished (resource id)        ``replay``: no new row        ``mismatch`` → 422
in progress ≥ STALE_CLAIM_S   ``reclaim`` (request died)    ``mismatch`` → 422
============================  ===========================  ==========================================

* First request (draft §2.6 "first time request"): a row is inserted and committed at once with
  ``resource_id`` NULL (the claim), so a concurrent retry sees it; the create then runs and sets
  ``resource_id`` in ITS OWN transaction — the resource and "finished" commit together or not at
  all. ``UNIQUE (user_id, action, key)`` decides a race between two first requests: the loser's
  insert fails (PostgreSQL waits for the winner's commit), it re-reads and gets ``in_progress``
  or ``replay``.
* Retry after the first finished (draft §2.6 "retry"): :class:`Outcome` ``replayed=True`` with
  the stored id; the caller answers as the first did (201 + the resource's current
  representation; Stripe adds ``Idempotent-Replayed: true``).
* Retry while the first is in progress (draft §2.6 "concurrent request", §2.7): :class:`KeyInProgress`
  (409, retry later). A claim with no result after :data:`STALE_CLAIM_S` belongs to a request that
  died between its claim and its commit (process killed): it is taken over, so such a key is not
  blocked for a day.
* Same key, different path or body (draft §2.2 "MUST NOT be reused with … a different request
  payload", §2.7): :class:`KeyReused` (422).
* A create that fails (validation, full tracker, a 5xx) deletes its claim (:func:`run`): the
  corrected request may reuse the key (draft §2.7: clients correct the request before retrying).
  Stripe stores 4xx results too; the draft lets the server choose, and freeing the key is what
  this API documented before.

Keys are per user (draft §5: a composite lookup key, so one client can't reach another's entry)
and per action. Rows older than :data:`WINDOW_S` are ignored by :func:`decide` and deleted by
:func:`purge_expired` (hourly, ``services.maintenance.purge_expired_sessions``); a user's rows go
with the user (``ON DELETE CASCADE``, ``services.ownership`` rule 2). Blocking (database round
trips): call off the event loop.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Generic, TypeVar

import structlog
from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from careercopilot.db import session_scope
from careercopilot.models import ApiIdempotencyKey

log = structlog.get_logger(__name__)

#: Seconds a key is remembered (a day, Stripe's "at least 24 hours": covers a client's retries
#: after an outage). Published in README "Retries" and the OpenAPI header description (draft §2.3).
WINDOW_S = 86_400
#: Seconds after which a claim without a result is taken for abandoned: a create is one short
#: transaction; the longest lock wait it can meet is SQLite's 30 s busy timeout (``db.py``), so
#: ten times that is a request that will never finish (its process died after the claim).
STALE_CLAIM_S = 300
#: Longest key accepted (Stripe: 255 characters; the column's length).
MAX_KEY_LENGTH = 255
#: Claim attempts before giving up with 409 (each lost race re-reads the winner's row).
_ATTEMPTS = 3

CLAIM, RECLAIM, REPLAY, IN_PROGRESS, MISMATCH = "claim", "reclaim", "replay", "in_progress", "mismatch"

T = TypeVar("T")


class KeyInProgress(Exception):
    """A request with this key is still being processed (409: retry later; draft §2.7)."""


class KeyReused(ValueError):
    """The key was used with a different path or body (422; draft §2.7)."""

    def __init__(self) -> None:
        super().__init__("Idempotency-Key reused with a different request: send a new key for a new request.")


@dataclass(frozen=True)
class Seen:
    """What is stored for a key: ``fingerprint``, ``resource_id`` (None: in progress), ``created_at`` (UTC)."""

    fingerprint: str
    resource_id: int | None
    created_at: datetime


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """Result of :func:`run`: the created (or, replayed, the earlier) resource's id; ``value`` is
    what ``create`` returned (None on a replay: nothing ran)."""

    resource_id: int
    replayed: bool
    value: T | None = None


def fingerprint(*, path: str, body: Mapping[str, Any]) -> str:
    """SHA-256 hex of ``{"path": path, "body": body}`` as canonical JSON (keys sorted, no spaces,
    UTF-8): the same fields in another order or spacing are the same request; any other value,
    an added field or another path is a different one (draft §2.4)."""
    text = json.dumps({"path": path, "body": body}, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decide(seen: Seen | None, *, fingerprint: str, now: datetime, window_s: int = WINDOW_S,
           stale_s: int = STALE_CLAIM_S) -> str:
    """The next step for a request with ``fingerprint`` when ``seen`` is stored for its key (table
    of the module doc): :data:`CLAIM`, :data:`RECLAIM` (delete the expired or abandoned row, then
    claim), :data:`REPLAY`, :data:`IN_PROGRESS` or :data:`MISMATCH`. Pure."""
    if seen is None:
        return CLAIM
    age = (now - seen.created_at).total_seconds()
    if age >= window_s:
        return RECLAIM
    if seen.fingerprint != fingerprint:
        return MISMATCH
    if seen.resource_id is not None:
        return REPLAY
    return RECLAIM if age >= stale_s else IN_PROGRESS


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _where(user_id: int, action: str, key: str):
    t = ApiIdempotencyKey
    return (t.user_id == user_id, t.action == action, t.key == key)


def _claim(*, user_id: int, action: str, key: str, fp: str, now: datetime) -> tuple[int | None, Outcome | None]:
    """``(claim id, None)`` when this request may create, ``(None, replay outcome)`` otherwise;
    raises :class:`KeyInProgress` / :class:`KeyReused`."""
    t = ApiIdempotencyKey
    for _ in range(_ATTEMPTS):
        try:
            with session_scope() as s:
                row = s.execute(select(t.id, t.fingerprint, t.resource_id, t.created_at)
                                .where(*_where(user_id, action, key))).first()
                seen = Seen(row.fingerprint, row.resource_id, row.created_at) if row else None
                step = decide(seen, fingerprint=fp, now=now)
                if step == REPLAY:
                    return None, Outcome(resource_id=int(row.resource_id), replayed=True)
                if step == MISMATCH:
                    raise KeyReused()
                if step == IN_PROGRESS:
                    raise KeyInProgress()
                if step == RECLAIM:  # expired, or still unfinished: a claim that finished meanwhile stays
                    cutoff = now - timedelta(seconds=WINDOW_S)
                    gone = s.execute(delete(t).where(t.id == row.id, or_(t.resource_id.is_(None),
                                                                          t.created_at <= cutoff))).rowcount
                    if gone != 1:
                        continue  # it finished (or another request reclaimed it) since the read
                claim = ApiIdempotencyKey(user_id=user_id, action=action, key=key, fingerprint=fp, created_at=now)
                s.add(claim)
                s.flush()
                return int(claim.id), None
        except IntegrityError:
            continue  # another first request claimed the key meanwhile: read its row
    raise KeyInProgress()


def _release(claim_id: int) -> None:
    """Delete an unfinished claim (its create failed): the key is free again."""
    t = ApiIdempotencyKey
    try:
        with session_scope() as s:
            s.execute(delete(t).where(t.id == claim_id, t.resource_id.is_(None)))
    except Exception as exc:  # noqa: BLE001 - the claim is then taken over after STALE_CLAIM_S
        log.warning("idempotency.release_failed", claim_id=claim_id, error=f"{type(exc).__name__}: {exc}")


def run(*, user_id: int, action: str, key: str, fingerprint: str,
        create: Callable[[Session], tuple[int, T]], now: datetime | None = None) -> Outcome[T]:
    """Create at most once per ``(user_id, action, key)`` within :data:`WINDOW_S` (module doc).

    ``create(session)`` makes the resource in the given session (not committing) and returns
    ``(resource id, value)``; it is called only for the first request, and the key is marked
    finished in the same transaction. Returns :class:`Outcome` (``replayed=True``: nothing ran).
    Raises :class:`KeyInProgress` (409), :class:`KeyReused` (422), or what ``create`` raised (the
    claim is then released)."""
    now = now or _now()
    claim_id, replay = _claim(user_id=user_id, action=action, key=key, fp=fingerprint, now=now)
    if replay is not None:
        return replay
    t = ApiIdempotencyKey
    try:
        with session_scope() as s:
            resource_id, value = create(s)
            done = s.execute(update(t).where(t.id == claim_id, t.resource_id.is_(None))
                             .values(resource_id=resource_id)).rowcount
            if done != 1:  # our claim was taken over as abandoned meanwhile: this create must not commit
                raise KeyInProgress()
    except BaseException:
        _release(claim_id)
        raise
    return Outcome(resource_id=int(resource_id), replayed=False, value=value)


def purge_expired(*, session: Session, now: datetime | None = None, window_s: int = WINDOW_S) -> int:
    """Delete keys older than ``window_s`` (they are ignored already); returns the rows deleted."""
    cutoff = (now or _now()) - timedelta(seconds=window_s)
    return session.execute(delete(ApiIdempotencyKey).where(ApiIdempotencyKey.created_at < cutoff)).rowcount or 0
