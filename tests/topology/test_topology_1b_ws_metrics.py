"""The app processes' /metrics on the production build count real websocket events: a tab's
event to one app process adds to ``cc_ws_events_total{handler}`` and ``cc_ws_event_seconds`` of
that process (ops12 finding 5: only HELP/TYPE lines came out — Reflex 0.10 never calls a
middleware's ``postprocess``, where they were recorded)."""

from __future__ import annotations

import asyncio
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx

from careercopilot.state.auth import AuthState
from tests.support import services
from tests.support.obs_stack import sample
from tests.support.reflex_client import ReflexSession, sign_up

CHECK_SESSION = AuthState.get_full_name() + ".check_session"


def _scrape(url: str, token: str) -> str:
    r = httpx.get(f"{url}/metrics", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    r.raise_for_status()
    return r.text


def test_websocket_events_are_counted_on_the_app_process(topology):
    app_url = topology.app_url(topology.app_names()[0])
    token = topology.env.get("METRICS_TOKEN")
    assert token, "the topology's processes need METRICS_TOKEN (tests/topology/conftest.py sets it)"
    before = _scrape(app_url, token)
    n_before = sample(before, "cc_ws_events_total", handler="check_session")
    h_before = sample(before, "cc_ws_event_seconds_count", handler="check_session")
    # through nginx (the origin guard accepts APP_URL's origin only); the tab's websocket then goes
    # straight to app-1, with that Origin, so the events land on the process scraped here
    cookies = sign_up(topology.url, f"metrics-{uuid.uuid4().hex[:8]}@example.com", "tangerine-bicycle-42")

    async def tab() -> None:
        s = ReflexSession(app_url, cookies=cookies, origin=topology.url, path="/dashboard/")
        await s.connect()
        try:
            for _ in range(3):
                await s.call(CHECK_SESSION, until=lambda _s: True, timeout=60)
                await asyncio.sleep(0.5)
        finally:
            await s.close()

    # in a thread of its own: the session's Playwright (the journey test) keeps an event loop
    # running in this one, where asyncio.run refuses to start
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, tab()).result(timeout=300)

    def counted(body: str) -> tuple[float, float]:
        return (sample(body, "cc_ws_events_total", handler="check_session") - n_before,
                sample(body, "cc_ws_event_seconds_count", handler="check_session") - h_before)

    events, observed = services.wait_until(lambda: (c := counted(_scrape(app_url, token)))[0] >= 3 and c[0] == c[1] and c,
                                           timeout=30,
                                           interval=0.5, what="the check_session events on /metrics")
    print(f"\ncheck_session events counted {events:.0f}, latencies observed {observed:.0f}")
    assert events >= 3 and observed == events
