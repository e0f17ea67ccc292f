"""Matching semantics of saved searches (text + each filter), the match key, the per-company
cap and skips, and digest period keys across DST (pure functions, no database)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from careercopilot.services.alerts import pending
from careercopilot.services.alerts.digest import last_due, period_of
from careercopilot.services.alerts.semantics import (
    ANY_KEY,
    PostingFacts,
    SearchSpec,
    match_key,
    posting_doc,
    posting_keys,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)


def facts(title="Senior Python Engineer", desc="Django, PostgreSQL and C++ tooling.", **kw) -> PostingFacts:
    doc = posting_doc(title, kw.pop("location", "Berlin, Germany"), kw.get("work_mode"), kw.pop("tags", []), desc)
    return PostingFacts(posting_id=1, doc=doc, **kw)


def spec(query="", **filters) -> SearchSpec:
    return SearchSpec.compile(query, filters)


@pytest.mark.parametrize("query, hit", [
    ("python", True), ("Python engineer", True), ("engineer", True), ("engin", True),
    ("python java", False),                       # every term required
    ("ython", False),                             # starts a word, not inside one
    ("c++", True), ("c#", False),                 # symbols kept whole
    ('"python engineer"', True), ('"engineer python"', False),  # phrase: adjacent, in order
    ("berlin", True), ("django postgres", True), ("", True), ("the and of", True),
])
def test_text(query, hit):
    assert spec(query).matches(facts(), now=NOW) is hit


def test_each_filter():
    p = facts(work_mode="remote", countries="DE", visa_sponsorship="yes", source_type="greenhouse",
              posted_at=NOW - timedelta(days=2), salary_top_usd=90_000)
    assert spec("python", work_mode="remote").matches(p, now=NOW)
    assert not spec("python", work_mode="onsite").matches(p, now=NOW)
    assert spec(country="Germany").matches(p, now=NOW) and not spec(country="FR").matches(p, now=NOW)
    assert spec(visa_only="on").matches(p, now=NOW)
    assert not spec(visa_only="on").matches(facts(visa_sponsorship="no"), now=NOW)
    assert spec(posted_within="3").matches(p, now=NOW) and not spec(posted_within="1").matches(p, now=NOW)
    assert not spec(posted_within="3").matches(facts(posted_at=None), now=NOW)   # undated: dropped
    assert spec(source="greenhouse").matches(p, now=NOW) and not spec(source="lever").matches(p, now=NOW)
    assert spec(salary_floor="80000").matches(p, now=NOW) and not spec(salary_floor="100000").matches(p, now=NOW)
    assert not spec(salary_floor="1").matches(facts(salary_top_usd=None), now=NOW)  # no salary: dropped


def test_every_place_of_a_posting_counts_for_the_country():
    p = facts(countries="DE|FR")
    assert spec(country="France").matches(p, now=NOW) and not spec(country="ES").matches(p, now=NOW)


def test_bad_filter_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown country"):
        spec(country="Atlantis")
    with pytest.raises(ValueError, match="salary floor"):
        spec(salary_floor="-5")


@pytest.mark.parametrize("query", ["python engineer", "Senior Kubernetes platform engineer", "c++ developer",
                                   '"machine learning" engineer', "data"])
def test_match_key_is_found_in_every_matching_posting(query):
    key = match_key(query)
    assert key != ANY_KEY and len(key) <= 5
    for title in ("Machine Learning Engineers, Python, Kubernetes, C++ developers and data", ):
        p = facts(title=title, desc="")
        if spec(query).matches(p, now=NOW):
            assert key in posting_keys(p.doc)


def test_match_key_is_the_rarest_word():
    assert match_key("senior kubernetes engineer") == "kuber"
    assert match_key("") == ANY_KEY == match_key("the and")


def test_posting_keys_cover_word_starts_after_symbols():
    keys = posting_keys(posting_doc("Node.js developer", "", "", [], ""))
    assert {"node", "node.", "js", "devel"} <= keys and "ode" not in keys


def _item(hit, posting, company, *, user=1, score=50.0, is_open=True) -> pending.Item:
    return pending.Item(hit_id=hit, user_id=user, search_id=1, search_name="s", delivery="daily",
                        posting_id=posting, title="t", company=company, company_key=company.lower(), location="",
                        salary="", score=score, is_open=is_open, created_at=NOW)


def test_per_company_cap_and_skips():
    items = [_item(i, i, "Acme") for i in range(1, 6)] + [_item(6, 6, "Beta"), _item(7, 7, "Gamma"),
                                                          _item(8, 8, "Delta", is_open=False), _item(9, 1, "Acme")]
    kept, skipped = pending.split_skipped(items, {(1, 7)}, per_company=3)
    assert [i.hit_id for i in kept] == [1, 2, 3, 6]
    assert sorted(i.hit_id for i in skipped) == [4, 5, 7, 8, 9]   # over cap, applied/hidden, closed, repeat


@pytest.mark.parametrize("zone, before, after", [
    ("Europe/Berlin", datetime(2026, 3, 28, 7, 30, tzinfo=timezone.utc), datetime(2026, 3, 29, 6, 30, tzinfo=timezone.utc)),
    ("America/New_York", datetime(2026, 11, 1, 12, 30, tzinfo=timezone.utc) + timedelta(hours=1),
     datetime(2026, 11, 2, 13, 30, tzinfo=timezone.utc)),
    ("Australia/Sydney", datetime(2026, 4, 3, 21, 30, tzinfo=timezone.utc), datetime(2026, 4, 4, 22, 30, tzinfo=timezone.utc)),
])
def test_digest_periods_across_dst(zone, before, after):
    tz = ZoneInfo(zone)
    due1, key1 = period_of(before, tz, 8, "daily")
    due2, key2 = period_of(after, tz, 8, "daily")
    assert due1.astimezone(tz).hour == 8 == due2.astimezone(tz).hour   # 08:00 local on both sides
    assert (due2.astimezone(tz).date() - due1.astimezone(tz).date()).days == 1
    assert key1 != key2 and key2 == due2.astimezone(tz).date().isoformat()
    assert period_of(after + timedelta(hours=3), tz, 8, "daily")[1] == key2   # same day: same key


def test_weekly_period_and_last_due():
    tz = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc)          # a Friday
    due = last_due(now, tz, 8, weekday=0)
    assert due.astimezone(tz).weekday() == 0 and due <= now and now - due < timedelta(days=7)
    assert period_of(now, tz, 8, "weekly", 0)[1] == "2026-W49"
    assert last_due(datetime(2026, 12, 4, 6, 0, tzinfo=timezone.utc), tz, 8).astimezone(tz).day == 3
