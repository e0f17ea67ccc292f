"""EVENT_LOOP_GUARD with the /api/v1 CORS wrapper around the whole backend: a blocking call made
below it by code that is not ours (Reflex's disk state manager; here a stand-in) is blamed on
the wrapper's frame unless the wrapper is excluded — it is (``PASS_THROUGH_MIDDLEWARE``)."""

from __future__ import annotations

import asyncio
import time

import pytest
from blockbuster import BlockBuster, BlockingError

from careercopilot.apiv1.cors import PublicApiCors
from careercopilot.careercopilot import PASS_THROUGH_MIDDLEWARE


async def _not_ours(scope, receive, send):  # this test module is outside the scanned package
    time.sleep(0.001)


def _run_websocket_through_wrapper() -> None:
    async def receive():
        return {"type": "websocket.connect"}

    async def send(message):
        return None

    asyncio.run(PublicApiCors(_not_ours)({"type": "websocket", "path": "/_event", "headers": []}, receive, send))


@pytest.mark.parametrize("excluded, blamed", [(["careercopilot.origin_guard"], True), (list(PASS_THROUGH_MIDDLEWARE), False)])
def test_wrapper_is_excluded_from_the_guard(excluded, blamed):
    guard = BlockBuster(scanned_modules=["careercopilot"], excluded_modules=excluded)
    guard.activate()
    try:
        if blamed:
            with pytest.raises(BlockingError):
                _run_websocket_through_wrapper()
        else:
            _run_websocket_through_wrapper()
    finally:
        guard.deactivate()


def test_every_middleware_of_ours_on_the_backend_is_a_listed_pass_through():
    """Every ASGI middleware of ours that wraps the whole backend (so every websocket too) is in
    ``PASS_THROUGH_MIDDLEWARE``; a new one that is not made the guard blame Reflex's own disk state
    reads on it (session 7: the upload body limit, ``apiv1.body_limit``, failed the e2e guard)."""
    from careercopilot import api

    # the module whose code runs on the stack: a subclass of Starlette's BaseHTTPMiddleware (our security
    # headers) runs Starlette's __call__, which passes websockets straight through
    ours = {m.cls.__call__.__module__ for m in api.app.user_middleware
            if getattr(m.cls.__call__, "__module__", "").startswith("careercopilot.")}
    assert "careercopilot.apiv1.body_limit" in ours  # the check sees the backend's middleware
    assert ours <= set(PASS_THROUGH_MIDDLEWARE), ours - set(PASS_THROUGH_MIDDLEWARE)
