"""The shared cache of search results never carries one user's content to another (issue 15).

Real PostgreSQL (the module's throwaway database), real Redis (the dedicated logical DB of this
run as the cache DB: ``services.shared_cache`` takes its Redis backend), the real model and a
Chroma index. Three users search the same query, in every order:

* A owns a private posting that matches (a URL import) — only A ever sees it;
* C hid a shared posting ("Not interested") — C never sees it, B and A do;
* B and C have different stored match scores on the same posting, and different last visits
  (the "new" flag) — each sees their own.

B and C have no private postings, so their searches share one cached hit list (checked: the
cache is hit and its entry is in Redis). The test fails if the cached part carried anything
of a user — A's private posting under the shared key, C's hides applied before caching, a
score or "new" flag stored with the hits.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone

import pytest
import redis as redis_lib

from careercopilot.db import session_scope
from careercopilot.models import JobPosting, MatchScore, PostingHide, User
from careercopilot.services import matching, shared_cache
from careercopilot.services.matching.common import SCORE_MODEL_VERSION

QUERY = "python backend engineer"
ORDERS = sorted(set(itertools.permutations("ABC")))


@pytest.fixture
def cache_redis(clean_db, override_settings, redis_url, redis_db):
    """This module's database plus the cache on the dedicated Redis DB (30 s TTL), emptied."""
    s = override_settings(redis_url=redis_url, redis_state_db=redis_db, redis_rq_db=redis_db,
                          redis_cache_db=redis_db, jobs_inline=True, shared_cache_seconds=30)
    client = redis_lib.Redis.from_url(s.cache_redis_url)
    for key in client.scan_iter(f"{shared_cache.PREFIX}:*"):
        client.delete(key)
    assert type(shared_cache.backend()).__name__ == "_Redis"
    return client


@pytest.fixture
def world(cache_redis, make_user, make_posting, make_resume, index):
    now = datetime.now(timezone.utc)
    a, b, c = make_user("a@example.org"), make_user("b@example.org"), make_user("c@example.org")
    shared = make_posting("Senior Python Backend Engineer", "Build Python backend services and REST APIs.",
                          first_seen_at=now - timedelta(days=2))
    hidden = make_posting("Backend Engineer (Python)", "Python backend engineering on PostgreSQL.",
                          first_seen_at=now - timedelta(days=2))
    private = make_posting("Python Backend Engineer at Stealthco", "A Python backend engineer for our APIs.",
                           owner_id=a, source_type="url", company="Stealthco")
    make_posting("Pastry Chef", "Bake bread and pastries at dawn.")
    ra, rb, rc = (make_resume(u, "Python backend engineer, 6 years of Django and PostgreSQL.") for u in (a, b, c))
    with session_scope() as s:
        s.add(PostingHide(user_id=c, posting_id=hidden))
        for user, resume, score in ((b, rb, 37.0), (c, rc, 91.0)):
            s.add(MatchScore(user_id=user, resume_id=resume, posting_id=shared, model_version=SCORE_MODEL_VERSION,
                             score=score, semantic=0.5, skills=0.5, preference=0.5, freshness=0.5, explanation={},
                             computed_at=now))
        s.get(User, b).last_visit_at = now - timedelta(days=5)  # the postings are new to B
        s.get(User, c).last_visit_at = now  # … not to C
        s.get(User, a).last_visit_at = now
        matching.index_open_postings(session=s, index=index)
    return {"A": a, "B": b, "C": c, "shared": shared, "hidden": hidden, "private": private, "ra": ra}


def _search(user_id: int, index) -> dict[int, object]:
    with session_scope() as s:
        page = matching.search_postings(session=s, user_id=user_id, query=QUERY, index=index)
    assert page.total == len(page.items)
    return {card.posting_id: card for card in page.items}


@pytest.mark.parametrize("order", ORDERS, ids=["".join(o) for o in ORDERS])
def test_cached_search_carries_no_user_content(world, index, cache_redis, order):
    from careercopilot import metrics

    hits_before = metrics.SHARED_CACHE.labels("search", "hit")._value.get()
    seen = {who: _search(world[who], index) for who in order}
    w = world
    # A's private posting: A's alone
    assert w["private"] in seen["A"]
    assert w["private"] not in seen["B"] and w["private"] not in seen["C"]
    # C's hide: C's alone
    assert w["hidden"] not in seen["C"]
    assert w["hidden"] in seen["B"] and w["hidden"] in seen["A"]
    # scores and "new" flags: each user's own
    assert seen["B"][w["shared"]].score == 37 and seen["C"][w["shared"]].score == 91
    assert seen["A"][w["shared"]].score is None  # A has no stored score on it
    assert seen["B"][w["shared"]].is_new is True and seen["C"][w["shared"]].is_new is False
    # B and C were served one cached hit list (the cache is in Redis, and it was hit)
    assert list(cache_redis.scan_iter(f"{shared_cache.PREFIX}:*:search:*"))
    assert metrics.SHARED_CACHE.labels("search", "hit")._value.get() >= hits_before + 1
    # … and a search again (every user, now all from a warm cache) answers the same
    for who in order:
        again = _search(world[who], index)
        assert {k: (v.score, v.is_new) for k, v in again.items()} == {
            k: (v.score, v.is_new) for k, v in seen[who].items()}


def test_sync_that_closes_a_posting_drops_cached_hits(world, index, cache_redis):
    """A sync's commit invalidates (services.ingest_closing.close_postings → shared_cache): the next
    search of the same query no longer counts the closed posting, before any re-indexing."""
    from careercopilot.services import ingest_closing

    before = _search(world["B"], index)
    assert world["hidden"] in before
    with session_scope() as s:
        ingest_closing.close_postings(session=s, posting_ids=[world["hidden"]])
    with session_scope() as s:
        page = matching.search_postings(session=s, user_id=world["B"], query=QUERY, index=index)
    assert world["hidden"] not in {c.posting_id for c in page.items}
    assert page.total == len(before) - 1


def test_redis_down_serves_uncached(world, index, override_settings):
    """A cache that cannot be reached never fails a search: the result is computed."""
    from tests.support import services

    override_settings(redis_url=f"redis://127.0.0.1:{services.free_port()}/0", redis_cache_db=None)
    assert world["shared"] in _search(world["B"], index)
