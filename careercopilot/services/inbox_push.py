"""Live inbox updates: once a notification commits, the user's open tabs hear of it (issue 13).

Two halves, one per side of the process boundary:

* :func:`publish` — called after a commit (``tx_hooks.on_commit`` in
  ``services.notifications``) from any thread or process: a job thread, an RQ work-horse, the
  CLI, an app handler's database thread. With Redis configured (``REDIS_URL``, production) it
  ``PUBLISH``-es a small JSON message on the user's channel (:func:`channel`); on the embedded
  default (no Redis, jobs run in this process's threads) it hands the message to this process's
  :data:`HUB` with ``loop.call_soon_threadsafe``. It never raises: a Redis outage is logged and
  the tabs catch up when they next load a page.
* :class:`Hub` — one per app process, bound to its event loop. A tab's long-lived watcher
  (``state.inbox.InboxState.watch_inbox``) holds a :class:`Subscription`; the hub keeps ONE Redis
  pub/sub connection (``redis.asyncio``, never blocking the loop) subscribed to the channels of
  the users with a tab open on this process, and fans each message out to their subscriptions.
  When the connection drops it reconnects with backoff (:data:`RECONNECT_DELAYS`) and wakes every
  subscription with a ``resync`` message (a message may have been missed while it was down).

Messages are hints, not data: ``{"user_id": 7, "reason": "new" | "read" | "resync"}``; a
watcher that wakes re-reads the unread count from the database (so a message can never show a
user anything of another user, and lost or duplicated messages cannot make the count wrong).

Channels: ``cc:<db>:inbox:<user_id>`` where ``<db>`` is the cache database number of
``settings.cache_redis_url`` — Redis pub/sub ignores database numbers, so two instances sharing one
Redis server on different databases would otherwise hear each other's users.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import structlog

from careercopilot.config import settings

log = structlog.get_logger(__name__)

#: Messages one subscription holds before the oldest is dropped (a message only means "look
#: again", so keeping the newest few is enough).
QUEUE_MAX = 8
#: Seconds between reconnect attempts after the Redis pub/sub connection failed (the last repeats).
RECONNECT_DELAYS = (0.5, 1.0, 2.0, 5.0, 10.0)
#: Seconds :meth:`Hub.subscribe` waits for Redis to confirm a new channel before carrying on
#: (degraded: the watcher still shows the count read at page load).
SUBSCRIBE_CONFIRM_SECONDS = 2.0
#: Socket timeouts of the publishing client, seconds: a job or handler thread never hangs on a
#: Redis that is away.
PUBLISH_TIMEOUT_SECONDS = 2.0


def _cache_db(url: str | None) -> int:
    if not url:
        return 0
    parts = urlsplit(url)
    if parts.scheme == "unix":
        found = [q[3:] for q in parts.query.split("&") if q.startswith("db=")]
        return int(found[-1]) if found and found[-1].isdigit() else 0
    path = parts.path.strip("/")
    return int(path) if path.isdigit() else 0


def channel(user_id: int, *, redis_url: str | None = None) -> str:
    """The Redis channel of ``user_id``'s inbox (see the module doc)."""
    return f"cc:{_cache_db(redis_url or settings.cache_redis_url)}:inbox:{int(user_id)}"


def message(user_id: int, reason: str) -> dict[str, Any]:
    """The message shape: ``{"user_id", "reason"}``."""
    return {"user_id": int(user_id), "reason": reason}


@lru_cache(maxsize=4)
def _publisher(url: str):
    import redis

    return redis.Redis.from_url(url, socket_connect_timeout=PUBLISH_TIMEOUT_SECONDS,
                                socket_timeout=PUBLISH_TIMEOUT_SECONDS)


def publish(user_id: int, reason: str = "new") -> None:
    """Tell ``user_id``'s open tabs, on every app process, that their inbox changed.

    Blocking (a Redis round trip): call it from a thread, never on an event loop — it runs in
    ``on_commit`` callbacks, which fire in the thread that committed. Never raises.
    """
    msg = message(user_id, reason)
    url = settings.cache_redis_url
    if not url:
        HUB.deliver_threadsafe(int(user_id), msg)
        return
    try:
        receivers = _publisher(url).publish(channel(user_id, redis_url=url), json.dumps(msg))
        log.debug("inbox.published", user_id=user_id, reason=reason, receivers=receivers)
    except Exception as exc:  # redis.ConnectionError, TimeoutError…: the next page load shows it
        log.warning("inbox.publish_failed", user_id=user_id, error=f"{type(exc).__name__}: {exc}")


class Subscription:
    """One listener (a tab) for one user's inbox on this process; see :meth:`Hub.subscribe`."""

    def __init__(self, hub: Hub, user_id: int) -> None:
        self.hub = hub
        self.user_id = user_id
        self._queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=QUEUE_MAX)

    def _offer(self, msg: dict[str, Any]) -> None:
        if self._queue.full():
            self._queue.get_nowait()
        self._queue.put_nowait(msg)

    async def next(self, timeout: float | None = None) -> dict[str, Any] | None:
        """The next message, or None after ``timeout`` seconds without one."""
        try:
            return await asyncio.wait_for(self._queue.get(), timeout)
        except asyncio.TimeoutError:
            return None

    def drain(self) -> int:
        """Drop the messages already waiting (one re-read covers them); how many."""
        n = 0
        while not self._queue.empty():
            self._queue.get_nowait()
            n += 1
        return n

    async def close(self) -> None:
        """Stop listening (idempotent)."""
        await self.hub.unsubscribe(self)

    async def __aenter__(self) -> Subscription:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await asyncio.shield(self.close())


class Hub:
    """This process's fan-out of inbox messages to its tabs (module doc).

    ``redis_url`` None: in-process only (messages come from :meth:`deliver_threadsafe`).
    All methods except :meth:`deliver_threadsafe` run on the hub's event loop.
    """

    def __init__(self, redis_url: str | None = None) -> None:
        self.redis_url = redis_url
        self._loop: asyncio.AbstractEventLoop | None = None
        self._subs: dict[int, set[Subscription]] = {}
        self._reader: asyncio.Task | None = None
        self._pubsub = None
        self._client = None
        #: channel → resolved when Redis confirms the subscription (kept across reconnects)
        self._confirm: dict[str, asyncio.Future] = {}
        self._wake: asyncio.Event | None = None
        #: True while the Redis pub/sub connection is up (always False without Redis).
        self.connected = False

    # -- introspection (tests, /metrics) ---------------------------------------------------
    def subscriber_count(self, user_id: int | None = None) -> int:
        """Open subscriptions on this process (of ``user_id``, or all)."""
        if user_id is not None:
            return len(self._subs.get(int(user_id), ()))
        return sum(len(s) for s in self._subs.values())

    def _channels(self) -> list[str]:
        return [channel(uid, redis_url=self.redis_url) for uid in self._subs]

    def _bind(self) -> None:
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            if self._loop is not None and not self._loop.is_closed() and self._loop.is_running():
                raise RuntimeError("the inbox hub is bound to another running event loop")
            self._loop, self._subs, self._reader, self._pubsub, self._client = loop, {}, None, None, None
            self._confirm, self.connected, self._wake = {}, False, asyncio.Event()

    # -- subscribe / unsubscribe -------------------------------------------------------------
    async def subscribe(self, user_id: int) -> Subscription:
        """A new :class:`Subscription` to ``user_id``'s messages (use ``async with``; closing it
        unsubscribes). With Redis, waits up to :data:`SUBSCRIBE_CONFIRM_SECONDS` for the channel
        to be live, so a count read after this returns cannot miss a message; never raises for a
        Redis outage (degraded: the tab shows the count read at page load)."""
        self._bind()
        uid = int(user_id)
        sub = Subscription(self, uid)
        first = uid not in self._subs
        self._subs.setdefault(uid, set()).add(sub)
        if not self.redis_url or not first:
            return sub
        name = channel(uid, redis_url=self.redis_url)
        fut = self._confirm.setdefault(name, asyncio.get_running_loop().create_future())
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._run_reader(), name="cc-inbox-redis-reader")
        elif self._pubsub is not None and self.connected:
            try:
                await self._pubsub.subscribe(name)
                self._wake.set()
            except Exception as exc:  # the idle connection broke: a new reader reconnects, subscribing all
                log.warning("inbox.subscribe_failed", channel=name, error=f"{type(exc).__name__}: {exc}")
                self._reader.cancel()
                self._reader = asyncio.create_task(self._run_reader(), name="cc-inbox-redis-reader")
        try:
            await asyncio.wait_for(asyncio.shield(fut), SUBSCRIBE_CONFIRM_SECONDS)
        except asyncio.TimeoutError:
            log.warning("inbox.subscribe_unconfirmed", user_id=uid)
        return sub

    async def unsubscribe(self, sub: Subscription) -> None:
        """Remove ``sub``; the user's channel is dropped when it was their last tab here."""
        subs = self._subs.get(sub.user_id)
        if not subs or sub not in subs:
            return
        subs.discard(sub)
        if subs:
            return
        del self._subs[sub.user_id]
        name = channel(sub.user_id, redis_url=self.redis_url)
        self._confirm.pop(name, None)
        if self._pubsub is not None and self.connected:
            try:
                await self._pubsub.unsubscribe(name)
            except Exception as exc:
                log.warning("inbox.unsubscribe_failed", channel=name, error=f"{type(exc).__name__}: {exc}")

    # -- delivery ------------------------------------------------------------------------------
    def deliver(self, user_id: int, msg: dict[str, Any]) -> int:
        """Hand ``msg`` to every subscription of ``user_id`` (on the loop); how many."""
        subs = list(self._subs.get(int(user_id), ()))
        for sub in subs:
            sub._offer(msg)
        return len(subs)

    def deliver_threadsafe(self, user_id: int, msg: dict[str, Any]) -> bool:
        """:meth:`deliver` from any thread (``call_soon_threadsafe``); False when no loop is bound
        (a CLI or worker process: nobody listens here)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return False
        try:
            loop.call_soon_threadsafe(self.deliver, int(user_id), msg)
        except RuntimeError:  # the loop closed in between
            return False
        return True

    def _resync_all(self) -> None:
        for uid in list(self._subs):
            self.deliver(uid, message(uid, "resync"))

    # -- the Redis reader ----------------------------------------------------------------------
    async def _run_reader(self) -> None:
        import redis.asyncio as aioredis

        attempt = 0
        me = asyncio.current_task()
        while True:
            client = aioredis.Redis.from_url(self.redis_url, socket_connect_timeout=PUBLISH_TIMEOUT_SECONDS,
                                             health_check_interval=30)
            pubsub = client.pubsub()
            delay = 0.0
            try:
                self._client, self._pubsub = client, pubsub
                channels = self._channels()
                if channels:
                    await pubsub.subscribe(*channels)
                else:  # a connection with no channel yet: ping so a dead Redis shows now
                    await client.ping()
                self.connected = True
                if attempt:
                    log.info("inbox.redis_reconnected", channels=len(channels))
                    self._resync_all()
                attempt = 0
                await self._read(pubsub)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                delay = RECONNECT_DELAYS[min(attempt, len(RECONNECT_DELAYS) - 1)]
                log.warning("inbox.redis_unavailable", error=f"{type(exc).__name__}: {exc}", retry_in=delay)
                attempt += 1
            finally:
                if self._reader in (me, None):  # not replaced by a newer reader
                    self.connected = False
                    if self._pubsub is pubsub:
                        self._client = self._pubsub = None
                await _close_quietly(pubsub, client)
            await asyncio.sleep(delay)

    async def _read(self, pubsub) -> None:
        while True:
            if not pubsub.subscribed:
                # redis-py's get_message returns at once while nothing is subscribed: sleep
                # until a tab subscribes a channel instead of spinning
                self._wake.clear()
                await self._wake.wait()
                continue
            raw = await pubsub.get_message(timeout=30.0)
            if raw is None:
                continue
            kind = raw.get("type")
            name = raw.get("channel")
            name = name.decode() if isinstance(name, bytes) else name
            if kind == "subscribe":
                fut = self._confirm.get(name)
                if fut is not None and not fut.done():
                    fut.set_result(True)
            elif kind == "message":
                try:
                    msg = json.loads(raw["data"])
                    self.deliver(int(msg["user_id"]), msg)
                except (ValueError, KeyError, TypeError) as exc:
                    log.warning("inbox.bad_message", channel=name, error=str(exc))

    async def close(self) -> None:
        """Stop the reader and drop every subscription (tests, shutdown)."""
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.cancel()
            try:
                await reader
            except (asyncio.CancelledError, Exception):
                pass
        pubsub, client, self._pubsub, self._client = self._pubsub, self._client, None, None
        await _close_quietly(pubsub, client)
        self._subs.clear()
        self._confirm.clear()
        self.connected = False


async def _close_quietly(*conns) -> None:
    for conn in conns:
        closer = getattr(conn, "aclose", None)
        if closer is not None:
            try:
                await closer()
            except Exception:  # already broken
                pass


def _make_hub() -> Hub:
    return Hub(settings.cache_redis_url)


#: This process's hub (created at import; re-created in a forked child).
HUB: Hub = _make_hub()
_hub_lock = threading.Lock()


def _after_fork_in_child() -> None:
    global HUB
    with _hub_lock:
        HUB = _make_hub()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def hub() -> Hub:
    """This process's :class:`Hub` (read it through here: a forked child gets a fresh one)."""
    return HUB


def publish_after_commit(session, user_id: int, reason: str) -> None:
    """Register :func:`publish` for ``user_id`` to run once ``session``'s transaction commits."""
    from careercopilot.services.tx_hooks import on_commit

    fn: Callable[[], None] = lambda: publish(user_id, reason)  # noqa: E731
    fn.__name__ = "inbox_publish"  # type: ignore[attr-defined]
    on_commit(session, fn)
