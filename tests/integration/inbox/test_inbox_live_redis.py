"""Live inbox push across processes on the real Redis (127.0.0.1:6379, a dedicated logical DB)
and PostgreSQL: two hubs stand for two app processes; notifications committed in ANOTHER
process (a CLI-like subprocess, as an RQ work-horse or ``python -m careercopilot`` would) reach
every subscription of that user on both hubs and nobody else's; closing subscriptions
unsubscribes the channel in Redis; a Redis outage degrades (no exception, nothing blocks) and
the hub reconnects and tells its tabs to re-read."""

from __future__ import annotations

import asyncio
import json
import secrets
import subprocess
import time

import pytest
import redis as redis_lib

from careercopilot.db import session_scope
from careercopilot.services import inbox_push, notifications, users
from tests.support import services

_NOTIFY = """
import sys
from careercopilot.db import session_scope
from careercopilot.services import notifications
with session_scope() as s:
    _, created = notifications.notify(session=s, user_id=int(sys.argv[1]), kind="search_alert",
                                      dedupe_key=sys.argv[2], title="New match: Data Engineer", link="/jobs")
print("CREATED", created)
"""


@pytest.fixture
def live(rq_settings):
    """Settings on PostgreSQL + the dedicated Redis DB; two users (ids)."""
    tag = secrets.token_hex(4)
    with session_scope() as s:
        a = users.create_user(session=s, email=f"ana-{tag}@example.com", password="correct horse battery A")
        b = users.create_user(session=s, email=f"ben-{tag}@example.com", password="correct horse battery B")
        ids = a.id, b.id
    inbox_push._publisher.cache_clear()
    yield rq_settings, ids
    inbox_push._publisher.cache_clear()


def _notify_in_subprocess(settings, user_id: int, key: str) -> str:
    env = dict(subprocess.os.environ)
    env.update(DATABASE_URL=settings.database_url, REDIS_URL=settings.redis_url,
               REDIS_CACHE_DB=str(settings.redis_cache_db), APP_ENV="test", DATA_DIR=str(settings.data_dir))
    out = subprocess.run([services.python(), "-c", _NOTIFY, str(user_id), key], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


def _unread(uid: int) -> int:
    with session_scope() as s:
        return notifications.unread_count(session=s, user_id=uid)


def test_a_notification_from_another_process_reaches_the_users_tabs_on_both_hubs(live):
    settings, (ana, ben) = live
    url = settings.cache_redis_url

    async def scenario():
        hub1, hub2 = inbox_push.Hub(url), inbox_push.Hub(url)  # two app processes
        try:
            a1 = await hub1.subscribe(ana)
            a2 = await hub2.subscribe(ana)
            b2 = await hub2.subscribe(ben)
            assert hub1.connected and hub2.connected
            out = await asyncio.to_thread(_notify_in_subprocess, settings, ana, "posting-1")
            assert "CREATED True" in out
            got = await asyncio.gather(a1.next(timeout=10), a2.next(timeout=10))
            assert got == [{"user_id": ana, "reason": "new"}] * 2
            assert await b2.next(timeout=0.5) is None  # Ben hears nothing of Ana's
            # what a woken tab reads: Ana's count, never Ben's
            assert await asyncio.to_thread(_unread, ana) == 1 and await asyncio.to_thread(_unread, ben) == 0
            # the same item again (a retried job): nothing new, nothing published
            out = await asyncio.to_thread(_notify_in_subprocess, settings, ana, "posting-1")
            assert "CREATED False" in out
            assert await a1.next(timeout=1.0) is None
        finally:
            await hub1.close()
            await hub2.close()

    asyncio.run(scenario())


def test_closing_the_last_tab_unsubscribes_the_channel_in_redis(live):
    settings, (ana, _) = live
    url = settings.cache_redis_url
    name = inbox_push.channel(ana, redis_url=url)
    r = redis_lib.Redis.from_url(url)

    def numsub() -> int:
        return dict(r.pubsub_numsub(name)).get(name.encode(), 0)

    async def scenario():
        hub = inbox_push.Hub(url)
        try:
            s1, s2 = await hub.subscribe(ana), await hub.subscribe(ana)
            assert numsub() == 1  # one connection per process, however many tabs
            await s1.close()
            assert numsub() == 1 and hub.subscriber_count(ana) == 1
            await s2.close()
            for _ in range(50):
                if numsub() == 0:
                    break
                await asyncio.sleep(0.05)
            assert numsub() == 0 and hub.subscriber_count() == 0
            # a new tab subscribes again on the same connection
            async with await hub.subscribe(ana) as s3:
                assert numsub() == 1
                await asyncio.to_thread(inbox_push.publish, ana, "read")
                assert await s3.next(timeout=5) == {"user_id": ana, "reason": "read"}
        finally:
            await hub.close()

    asyncio.run(scenario())


def test_a_redis_outage_degrades_and_the_hub_recovers(live, redis_server, override_settings):
    _, (ana, _) = live
    server = redis_server(appendonly=False)
    url = f"{server.url}/3"
    override_settings(redis_url=url, redis_cache_db=3)
    inbox_push._publisher.cache_clear()

    async def scenario():
        hub = inbox_push.Hub(url)
        try:
            sub = await hub.subscribe(ana)
            assert hub.connected
            server.kill()
            started = time.monotonic()
            await asyncio.to_thread(inbox_push.publish, ana, "new")  # logged, never raised
            assert time.monotonic() - started < inbox_push.PUBLISH_TIMEOUT_SECONDS * 3
            for _ in range(100):
                if not hub.connected:
                    break
                await asyncio.sleep(0.05)
            assert not hub.connected
            # a tab opened during the outage still subscribes (degraded) without raising
            late = await hub.subscribe(ana)
            server.start()
            # reconnected: every tab is told to re-read (it may have missed a message)
            assert (await sub.next(timeout=20))["reason"] == "resync"
            assert (await late.next(timeout=5))["reason"] == "resync"
            assert hub.connected
            await asyncio.to_thread(inbox_push.publish, ana, "new")
            assert await sub.next(timeout=5) == {"user_id": ana, "reason": "new"}
            assert json.loads(json.dumps(await late.next(timeout=5)))["reason"] == "new"
        finally:
            await hub.close()

    asyncio.run(scenario())
