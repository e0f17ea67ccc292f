"""A tab whose app process died keeps its client token (and so its page state) on the process it
reconnects to (careercopilot/socket_owners.py; issue 15, kill -9 of an app process).

Real parts: the machine's Redis on a dedicated DB, the dead owner a real process killed with
SIGKILL (no clean disconnect, its records left in Redis as after an OOM kill)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import uuid

import pytest
import redis.asyncio as aioredis


_OWNER = textwrap.dedent("""
    import asyncio, sys
    import redis.asyncio as aioredis
    from careercopilot.socket_owners import LivenessTokenManager

    async def main():
        manager = LivenessTokenManager(aioredis.Redis.from_url(sys.argv[1]))
        assert await manager.link_token_to_sid(sys.argv[2], "sid-of-the-first-process") is None
        print(manager.instance_id, flush=True)
        await asyncio.sleep(3600)

    asyncio.run(main())
""")


def _start_owner(redis_url: str, token: str) -> tuple[subprocess.Popen, str]:
    """A process that links ``token`` and stays connected; returns it and its instance id."""
    proc = subprocess.Popen([sys.executable, "-c", _OWNER, redis_url, token], stdout=subprocess.PIPE,
                            text=True, cwd=os.getcwd())
    line = proc.stdout.readline().strip()
    assert line, f"owner process exited early (code {proc.poll()})"
    return proc, line


def _record_owner(redis_url: str, token: str) -> str | None:
    import pickle

    import redis as redis_lib

    raw = redis_lib.Redis.from_url(redis_url).get(f"token_manager_socket_record_{token}")
    return pickle.loads(raw).instance_id if raw else None


@pytest.mark.parametrize("owner_fate", ["alive", "killed"])
def test_tab_keeps_its_token_only_when_the_owning_process_is_gone(redis_url, owner_fate):
    from careercopilot.socket_owners import LivenessTokenManager

    token = str(uuid.uuid4())
    proc, dead_or_alive_id = _start_owner(redis_url, token)
    try:
        assert _record_owner(redis_url, token) == dead_or_alive_id
        if owner_fate == "killed":
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)

        async def reconnect() -> tuple[str | None, str]:
            manager = LivenessTokenManager(aioredis.Redis.from_url(redis_url))
            try:
                return await manager.link_token_to_sid(token, "sid-on-the-survivor"), manager.instance_id
            finally:
                await manager.close()

        new_token, survivor_id = asyncio.run(reconnect())
    finally:
        proc.kill()
        proc.wait(timeout=10)
    if owner_fate == "killed":
        # the tab keeps its token: Reflex loads the same server-side state for it
        assert new_token is None
        assert _record_owner(redis_url, token) == survivor_id
    else:
        # a live process holds the tab: a duplicated tab, which Reflex gives a fresh token
        assert new_token is not None and new_token != token
        assert _record_owner(redis_url, token) == dead_or_alive_id


def test_app_installs_the_liveness_manager_when_state_is_in_redis():
    """The swap itself: ``install`` replaces Reflex's Redis manager, keeps its identity and maps,
    and leaves the in-memory manager (one process) alone."""
    from reflex.utils.token_manager import LocalTokenManager, RedisTokenManager

    from careercopilot.socket_owners import LivenessTokenManager, install

    class Namespace:
        pass

    ns = Namespace()
    ns._token_manager = RedisTokenManager(aioredis.Redis())
    before = ns._token_manager
    install(ns)
    assert isinstance(ns._token_manager, LivenessTokenManager)
    assert ns._token_manager.instance_id == before.instance_id
    assert ns._token_manager.token_to_socket is before.token_to_socket
    local = Namespace()
    local._token_manager = LocalTokenManager()
    install(local)
    assert type(local._token_manager) is LocalTokenManager
