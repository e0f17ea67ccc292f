"""``careercopilot.offload``: work runs on bounded per-kind pools, off the event loop, with the
caller's context variables, and a kind's pool never runs more than its size at once."""

from __future__ import annotations

import asyncio
import contextvars
import threading
import time

import pytest

from careercopilot import offload

REQUEST_ID = contextvars.ContextVar("request_id", default="")


def test_work_runs_off_the_loop_thread_with_the_callers_context():
    async def main():
        loop_thread = threading.get_ident()
        REQUEST_ID.set("req-42")
        seen = await offload.db(lambda: (threading.get_ident(), threading.current_thread().name, REQUEST_ID.get()))
        return loop_thread, seen

    loop_thread, (worker, name, request_id) = asyncio.run(main())
    assert worker != loop_thread
    assert name.startswith("offload-db")
    assert request_id == "req-42"


@pytest.mark.parametrize(("kind", "size"), [("db", offload.DB_THREADS), ("cpu", offload.CPU_THREADS),
                                            ("net", offload.NET_THREADS), ("parse", offload.PARSE_THREADS)])
def test_a_pool_never_runs_more_than_its_size(kind, size):
    running, peak, lock = 0, 0, threading.Lock()

    def work():
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.05)
        with lock:
            running -= 1

    async def main():
        await asyncio.gather(*(offload.run(kind, work) for _ in range(size * 3)))

    asyncio.run(main())
    assert peak == size


def test_a_slow_kind_does_not_starve_another():
    """Every network thread busy on a slow upstream: database work still runs at once."""
    release = threading.Event()

    async def main():
        slow = [asyncio.ensure_future(offload.net(release.wait, 5)) for _ in range(offload.NET_THREADS + 4)]
        await asyncio.sleep(0.05)
        started = time.monotonic()
        await offload.db(lambda: None)
        waited = time.monotonic() - started
        release.set()
        await asyncio.gather(*slow)
        return waited

    assert asyncio.run(main()) < 1.0


def test_exceptions_reach_the_caller():
    def boom():
        raise LookupError("nope")

    with pytest.raises(LookupError, match="nope"):
        asyncio.run(offload.cpu(boom))


def test_unknown_kind_is_refused():
    with pytest.raises(KeyError):
        asyncio.run(offload.run("disk", lambda: None))  # type: ignore[arg-type]


def test_pools_are_recreated_after_shutdown_and_in_a_forked_child():
    before = offload.executor("db")
    offload.shutdown(wait=True)
    after = offload.executor("db")
    assert after is not before
    offload._after_fork_in_child()
    assert offload.executor("db") is not after
