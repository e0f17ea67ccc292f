"""Which app process owns a tab's websocket, when several run behind nginx (issue 15).

Reflex's ``RedisTokenManager`` keeps one record per tab in Redis,
``token_manager_socket_record_<client token>`` → ``SocketRecord(instance_id, sid)`` (TTL
``redis_token_expiration``, 1 h), and treats a record owned by another process as a *duplicate
tab*: the connecting socket gets a fresh client token, i.e. a fresh, empty server-side state.
When the owning process dies without a clean disconnect (``kill -9``, OOM kill, a node lost),
its records stay for an hour, so the tab that reconnects to a surviving process through nginx
loses its page state (drafts, filters) and the next action acts on an empty state — seen on
the loopback topology (tests/topology/test_topology_2_app_kill.py).

:class:`LivenessTokenManager` adds one fact Reflex lacks: **whether a record's owner is
alive**. Each process subscribes to its own Redis channel ``careercopilot:reflex_owner:<instance
id>`` before it stores any record; a ``PUBLISH`` to that channel returns the number of
subscribers that received it (Redis docs, PUBLISH: "the number of clients that received the
message"), so 0 means no live process holds that identity — Redis drops a dead process's
subscriptions as soon as the kernel closes its sockets, with no timeout to wait out. At link
time, a record whose owner is gone is removed (compare-and-delete, so a newer record written
meanwhile wins) and the tab keeps its token and its state; a record whose owner answers is a
real duplicate tab and keeps Reflex's behaviour.

Installed by :meth:`careercopilot.careercopilot.CareerApp.__call__` (the only place Reflex's
token manager can be swapped: ``EventNamespace`` builds it itself).
"""

from __future__ import annotations

import asyncio
import pickle
from typing import Any

import structlog
from reflex.utils.token_manager import RedisTokenManager

log = structlog.get_logger(__name__)

OWNER_CHANNEL_PREFIX = "careercopilot:reflex_owner:"

#: Redis Lua: delete KEYS[1] only while it still holds ARGV[1] (a record read a moment ago).
_DELETE_IF_UNCHANGED = """
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
end
return 0
"""


def owner_channel(instance_id: str) -> str:
    """The channel a live process with Reflex instance id ``instance_id`` listens on."""
    return f"{OWNER_CHANNEL_PREFIX}{instance_id}"


class LivenessTokenManager(RedisTokenManager):
    """``RedisTokenManager`` that takes over the records of dead processes (module doc)."""

    def __init__(self, redis: Any):
        super().__init__(redis)
        self._owner_task: asyncio.Task | None = None
        self._owner_listening: asyncio.Event | None = None
        self._owner_listening_as: str | None = None

    @classmethod
    def adopt(cls, manager: RedisTokenManager) -> LivenessTokenManager:
        """A liveness-aware manager over ``manager``'s Redis client, with its identity and maps."""
        adopted = cls(manager.redis)
        adopted.instance_id = manager.instance_id
        adopted.token_to_socket = manager.token_to_socket
        adopted.sid_to_token = manager.sid_to_token
        return adopted

    async def _listen_as_owner(self, instance_id: str, listening: asyncio.Event) -> None:
        """Hold a subscription to this process's owner channel for as long as the process lives."""
        async with self.redis.pubsub() as pubsub:
            await pubsub.subscribe(owner_channel(instance_id))
            listening.set()
            async for _ in pubsub.listen():  # pings carry nothing; the subscription is the signal
                pass

    async def _ensure_listening(self) -> None:
        """Start (or restart, after ``_reset_instance_id`` or a lost connection) the owner
        subscription for the current instance id and wait until Redis has it."""
        if (self._owner_task is None or self._owner_task.done()
                or self._owner_listening_as != self.instance_id):
            if self._owner_task is not None and not self._owner_task.done():
                self._owner_task.cancel()
            self._owner_listening = asyncio.Event()
            self._owner_listening_as = self.instance_id
            self._owner_task = asyncio.create_task(
                self._listen_as_owner(self.instance_id, self._owner_listening),
                name=f"reflex-owner-channel|{self.instance_id}")
        assert self._owner_listening is not None
        await asyncio.wait_for(self._owner_listening.wait(), timeout=5)

    async def owner_is_alive(self, instance_id: str) -> bool:
        """Whether a live process listens as ``instance_id`` (``PUBLISH`` receiver count > 0)."""
        return bool(await self.redis.publish(owner_channel(instance_id), b"ping"))

    async def _drop_record_of_dead_owner(self, token: str) -> None:
        """Remove ``token``'s Redis record (and this process's cached copy) when its owner is gone."""
        key = self._get_redis_key(token)
        raw = await self.redis.get(key)
        if not raw:
            return
        record = pickle.loads(raw)
        if record.instance_id == self.instance_id or await self.owner_is_alive(record.instance_id):
            return
        removed = await self.redis.eval(_DELETE_IF_UNCHANGED, 1, key, raw)
        cached = self.token_to_socket.get(token)
        if cached is not None and cached.instance_id == record.instance_id:
            self.token_to_socket.pop(token, None)
            if self.sid_to_token.get(cached.sid) == token:
                self.sid_to_token.pop(cached.sid, None)
        log.info("reflex.socket_record_taken_over", dead_instance=record.instance_id,
                 removed=bool(removed))

    async def link_token_to_sid(self, token: str, sid: str) -> str | None:
        """Reflex's link, after removing a record left by a dead process (module doc).

        Returns: a new client token when another *live* process holds the tab (a duplicated
        tab), else None. Redis errors fall through to Reflex's own handling."""
        cached = self.token_to_socket.get(token)
        if cached is None or cached.sid != sid:
            try:
                await self._ensure_listening()
                await self._drop_record_of_dead_owner(token)
            except Exception as exc:  # noqa: BLE001 - Reflex's link decides; it logs Redis errors
                log.warning("reflex.owner_check_failed", error=f"{type(exc).__name__}: {exc}")
        return await super().link_token_to_sid(token, sid)

    async def close(self) -> None:
        """Stop the owner subscription, then Reflex's tasks and client."""
        if self._owner_task is not None and not self._owner_task.done():
            self._owner_task.cancel()
            try:
                await self._owner_task
            except (asyncio.CancelledError, Exception):  # noqa: BLE001 - shutting down
                pass
        await super().close()


def install(event_namespace: Any) -> None:
    """Swap the namespace's Redis token manager for :class:`LivenessTokenManager` (no-op when
    Reflex uses its in-memory manager: one process, nothing to take over)."""
    manager = getattr(event_namespace, "_token_manager", None)
    if isinstance(manager, RedisTokenManager) and not isinstance(manager, LivenessTokenManager):
        event_namespace._token_manager = LivenessTokenManager.adopt(manager)
