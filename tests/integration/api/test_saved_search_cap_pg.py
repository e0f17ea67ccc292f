"""attack129 finding 6 on PostgreSQL (session 31): concurrent ``POST /api/v1/saved-searches`` from one
token keep at most ``MAX_SEARCHES`` searches (old code: 80 concurrent creates kept 63 in the probe; the
SQLite twin is ``tests/unit/alerts/test_saved_search_cap_race.py``)."""

from __future__ import annotations

from collections import Counter

from sqlmodel import func, select

from careercopilot.db import session_scope
from careercopilot.models import SavedSearch
from careercopilot.services.alerts import saved_searches as svc
from tests.support.races import at_once


def test_saved_search_cap_holds_under_concurrent_posts(client, make_account, override_settings):
    override_settings(api_rate_limit=10_000)
    who = make_account()
    counter = iter(range(80))

    def one():
        i = next(counter)
        return client.post("/api/v1/saved-searches", headers=who.headers,
                           json={"name": f"r{i}", "query": f"q{i}"}).status_code

    codes = Counter(at_once(80, one))
    with session_scope() as s:
        kept = s.exec(select(func.count()).select_from(SavedSearch).where(SavedSearch.user_id == who.user_id)).one()
    assert kept == svc.MAX_SEARCHES
    assert codes[201] == svc.MAX_SEARCHES and sum(codes.values()) == 80
    assert set(codes) <= {201, 422}
