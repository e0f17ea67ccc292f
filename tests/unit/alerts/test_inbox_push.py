"""The in-process inbox broker (services/inbox_push.py, the embedded default): a message
published from another thread reaches the user's subscriptions on the hub's event loop, only
theirs; closing a subscription cleans up; notify()/mark_read() publish only after a commit."""

from __future__ import annotations

import asyncio
import threading

import pytest

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services import inbox_push, notifications


@pytest.fixture(autouse=True)
def _no_redis(monkeypatch):
    monkeypatch.setattr(settings, "redis_url", None)


def test_publish_from_another_thread_reaches_only_that_users_subscriptions():
    async def scenario():
        hub = inbox_push.Hub(None)
        a1, a2, b = await hub.subscribe(1), await hub.subscribe(1), await hub.subscribe(2)
        assert (hub.subscriber_count(1), hub.subscriber_count(2)) == (2, 1)
        sender = threading.Thread(target=hub.deliver_threadsafe, args=(1, inbox_push.message(1, "new")))
        sender.start()
        got = await asyncio.gather(a1.next(timeout=2), a2.next(timeout=2))
        sender.join()
        assert got == [{"user_id": 1, "reason": "new"}] * 2
        assert await b.next(timeout=0.2) is None
        await a1.close()
        await a1.close()  # idempotent
        assert hub.subscriber_count(1) == 1
        await a2.close()
        await b.close()
        assert hub.subscriber_count() == 0 and hub._subs == {}
        # nobody listens any more: a late message goes nowhere and raises nothing
        assert hub.deliver(1, inbox_push.message(1, "new")) == 0

    asyncio.run(scenario())


def test_context_manager_unsubscribes_on_cancel():
    async def scenario():
        hub = inbox_push.Hub(None)
        started = asyncio.Event()

        async def watcher():
            async with await hub.subscribe(5) as sub:
                started.set()
                await sub.next()

        task = asyncio.create_task(watcher())
        await started.wait()
        assert hub.subscriber_count(5) == 1
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert hub.subscriber_count(5) == 0

    asyncio.run(scenario())


def test_a_slow_tab_keeps_only_the_newest_messages():
    async def scenario():
        hub = inbox_push.Hub(None)
        sub = await hub.subscribe(3)
        for i in range(inbox_push.QUEUE_MAX + 5):
            hub.deliver(3, {"user_id": 3, "reason": str(i)})
        first = await sub.next(timeout=1)
        assert first["reason"] == "5"  # the 5 oldest were dropped, never blocking the sender
        assert sub.drain() == inbox_push.QUEUE_MAX - 1
        assert await sub.next(timeout=0.1) is None

    asyncio.run(scenario())


def test_without_a_loop_deliver_threadsafe_says_nobody_listens():
    assert inbox_push.Hub(None).deliver_threadsafe(1, inbox_push.message(1, "new")) is False


def test_channel_names_carry_the_cache_database():
    assert inbox_push.channel(7, redis_url="redis://127.0.0.1:6379/12") == "cc:12:inbox:7"
    assert inbox_push.channel(7, redis_url="redis://127.0.0.1:6379") == "cc:0:inbox:7"
    assert inbox_push.channel(7, redis_url="unix:///run/redis.sock?db=5") == "cc:5:inbox:7"


def test_notify_and_mark_read_publish_after_commit_only(sqlite_engine):
    with session_scope() as s:
        ana, ben = User(email="ana@example.com"), User(email="ben@example.com")
        s.add_all([ana, ben])
        s.flush()
        ana_id, ben_id = ana.id, ben.id

    def notify(key: str, *, commit: bool) -> None:
        with session_scope() as s:
            notifications.notify(session=s, user_id=ana_id, kind="digest", dedupe_key=key, title="Digest")
            if not commit:
                s.rollback()

    def mark_all(uid: int) -> int:
        with session_scope() as s:
            return notifications.mark_read(session=s, user_id=uid)

    async def scenario():
        hub = inbox_push.hub()
        async with await hub.subscribe(ana_id) as sub, await hub.subscribe(ben_id) as other:
            await asyncio.to_thread(notify, "rolled-back", commit=False)
            assert await sub.next(timeout=0.3) is None
            await asyncio.to_thread(notify, "d1", commit=True)
            assert await sub.next(timeout=2) == {"user_id": ana_id, "reason": "new"}
            await asyncio.to_thread(notify, "d1", commit=True)  # a repeat adds nothing, announces nothing
            assert await sub.next(timeout=0.3) is None
            assert await asyncio.to_thread(mark_all, ben_id) == 0  # nothing of Ben's: no message
            assert await other.next(timeout=0.3) is None and await sub.next(timeout=0.1) is None
            assert await asyncio.to_thread(mark_all, ana_id) == 1
            assert await sub.next(timeout=2) == {"user_id": ana_id, "reason": "read"}
            assert await other.next(timeout=0.3) is None
        assert hub.subscriber_count() == 0

    asyncio.run(scenario())
