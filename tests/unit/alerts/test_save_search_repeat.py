"""A repeated "Save this search" (a double-clicked Save on the Jobs page, trial105 finding 8) is
the same search, not a duplicate-name error; any difference under a taken name still is one."""

from __future__ import annotations

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import SavedSearch, User
from careercopilot.services.alerts import saved_searches as ss
from careercopilot.state import save_search

FIRST = dict(name="Dental jobs", query="dental hygienist", filters={"work_mode": "remote"}, delivery="daily")


@pytest.fixture
def uid(sqlite_engine):
    with session_scope() as s:
        user = User(email="rdh@example.com")
        s.add(user)
        s.flush()
        return user.id


def _count(uid: int) -> int:
    with session_scope() as s:
        return len(s.exec(select(SavedSearch.id).where(SavedSearch.user_id == uid)).all())


# (case, second submit, repeat is the same search?)
SECOND = [
    ("identical", {}, True),
    ("name with extra spaces", {"name": "  Dental   jobs "}, True),
    ("query with extra spaces", {"query": " dental  hygienist"}, True),
    ("'any' filter left out", {"filters": {"work_mode": "remote", "posted_within": "any"}}, True),
    ("other query", {"query": "dental assistant"}, False),
    ("other filters", {"filters": {"work_mode": "onsite"}}, False),
    ("no filters", {"filters": {}}, False),
    ("other delivery", {"delivery": "weekly"}, False),
]


@pytest.mark.parametrize("case,change,same", SECOND, ids=[c[0] for c in SECOND])
def test_the_jobs_form_twice(uid, case, change, same):
    assert save_search._create(uid, **FIRST) == "Dental jobs"
    second = {**FIRST, **change}
    if same:
        assert save_search._create(uid, **second) == "Dental jobs"
        assert _count(uid) == 1
    else:
        with pytest.raises(ValueError, match="already have a saved search named"):
            save_search._create(uid, **second)
        assert _count(uid) == 1


def test_the_service_without_repeat_ok_still_refuses_the_name(uid):
    """The API and restore keep the plain rule: one search per name."""
    with session_scope() as s:
        ss.create(session=s, user_id=uid, **FIRST)
    with session_scope() as s, pytest.raises(ValueError, match="already have a saved search named"):
        ss.create(session=s, user_id=uid, **FIRST)
