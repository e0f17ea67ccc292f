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
