"""The one URL-import path (``services.url_import``) used by the Sources and Applications pages:
fetch on the network pool within its deadline, a short write on the database pool, and the
event loop free the whole time (issue 9, finding 14). Real loopback HTTP server."""

from __future__ import annotations

import asyncio
import time

import pytest
from werkzeug import Response

from careercopilot.connectors import HttpFetcher
from careercopilot.connectors.errors import FetchTimeoutError
from careercopilot.db import session_scope
from careercopilot.models import Application, JobPosting
from careercopilot.services import ingest_fetch, posting_access, url_import
from sqlmodel import select

PAGE = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "JobPosting", "title": "Site Reliability Engineer", "hiringOrganization": {"name": "Initech"}, '
        '"description": "<p>Keep it up.</p>"}</script></head><body></body></html>')


def _fetcher() -> HttpFetcher:
    return HttpFetcher(per_host_interval_s=0, max_retries=0, timeout_s=10,
                       allow_hosts=frozenset({"localhost", "127.0.0.1"}))


async def _with_ticker(coro):
    """Run ``coro`` while a 50 ms ticker runs on the same loop; (result or exception, ticks)."""
    ticks = 0

    async def tick():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.05)
            ticks += 1

    ticker = asyncio.ensure_future(tick())
    try:
        try:
            out = await coro
        except Exception as exc:  # noqa: BLE001 - handed back to the test
            out = exc
    finally:
        ticker.cancel()
    return out, ticks


def test_import_to_tracker_stores_a_private_posting_and_its_card(engine, users, httpserver):
    _, alice, bob = users
    httpserver.expect_request("/jobs/7").respond_with_data(PAGE, content_type="text/html")
    out = asyncio.run(url_import.import_posting_async(user_id=alice.id, url=httpserver.url_for("/jobs/7"),
                                                      to_tracker=True, fetcher=_fetcher()))
    assert (out.title, out.company) == ("Site Reliability Engineer", "Initech")
    with session_scope() as s:
        assert s.get(JobPosting, out.posting_id).owner_id == alice.id
        assert s.get(Application, out.application_id).user_id == alice.id
        with pytest.raises(LookupError):
            posting_access.get_posting(session=s, user_id=bob.id, posting_id=out.posting_id)
    again = asyncio.run(url_import.import_posting_async(user_id=alice.id, url=httpserver.url_for("/jobs/7"),
                                                        fetcher=_fetcher()))
    assert again.posting_id == out.posting_id and again.application_id is None


def test_a_slow_upstream_hits_the_deadline_without_blocking_the_loop(engine, users, httpserver):
    _, alice, _ = users

    def slow(_request):
        time.sleep(3)
        return Response(PAGE, content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    started = time.monotonic()
    out, ticks = asyncio.run(_with_ticker(url_import.import_posting_async(
        user_id=alice.id, url=httpserver.url_for("/slow"), timeout=1.0, fetcher=_fetcher())))
    elapsed = time.monotonic() - started
    assert isinstance(out, FetchTimeoutError), out
    # the one neutral text of an unreachable destination (issue 9 finding 3), no technical detail
    assert str(out) == ingest_fetch.UNREACHABLE and "url:" not in str(out)
    assert elapsed < 2.5
    assert ticks >= 4  # the loop kept running: ~20 ticks of 50 ms in 1 s (≤ 1 had the fetch blocked it)
    with session_scope() as s:
        assert s.exec(select(JobPosting).where(JobPosting.owner_id == alice.id)).all() == []


@pytest.mark.parametrize("url", ["", "   ", "h" * (url_import.MAX_URL + 1)])
def test_empty_or_overlong_urls_are_refused_before_any_fetch(engine, users, url):
    with pytest.raises(ValueError):
        asyncio.run(url_import.import_posting_async(user_id=users[1].id, url=url, fetcher=_fetcher()))
