"""One user cannot fill the disk with exports (attack80 finding 4: 102 POST /api/v1/exports in 40 s
kept 48 zips of 0.4 MB each for 24 h): a new export replaces the previous zip (file or S3 object),
a start while one is queued or running returns it, and new starts are rate limited per user."""

from __future__ import annotations

import pytest

from careercopilot.integrations.storage import get_storage
from careercopilot.services import background, data_export, export_jobs, ratelimit


def _keys(user_id: int) -> list[str]:
    return [o.key for o in get_storage().list_objects(f"exports/{user_id}/") if not o.temporary]


def test_new_export_replaces_the_previous_zip(accounts):
    (a, _), (b, _) = accounts
    from careercopilot.db import session_scope

    with session_scope() as s:
        first = data_export.store_export(session=s, user_id=a, now=1_900_000_000)
        other = data_export.store_export(session=s, user_id=b, now=1_900_000_000)
        second = data_export.store_export(session=s, user_id=a, now=1_900_000_100)
    assert _keys(a) == [second] and first != second      # the older zip is deleted, not left for 24 h
    assert _keys(b) == [other]                            # another user's export is untouched


def test_export_starts_are_rate_limited_per_user(accounts, override_settings):
    (a, _), (b, _) = accounts
    ratelimit.reset()
    override_settings(export_starts_per_hour=3)
    for _ in range(3):
        export_jobs.start(user_id=a)
        background.wait_inline_jobs()
    with pytest.raises(ratelimit.RateLimited):
        export_jobs.start(user_id=a)
    assert len(_keys(a)) == 1                            # three exports built, one zip kept
    export_jobs.start(user_id=b)                          # B has a budget of its own
    background.wait_inline_jobs()


def test_rest_route_answers_429_past_the_limit(accounts, override_settings):
    (a, _), _ = accounts
    from careercopilot.db import session_scope
    from careercopilot.services import api_tokens

    ratelimit.reset()
    override_settings(export_starts_per_hour=2)
    with session_scope() as s:
        token = api_tokens.create_token(session=s, user_id=a, name="exports", scopes=["export:write", "export:read"],
                                         expires_in_days=1)[1]
    from starlette.testclient import TestClient

    from careercopilot import api

    c = TestClient(api.app, headers={"Authorization": f"Bearer {token}"})
    codes = []
    for _ in range(4):
        codes.append(c.post("/api/v1/exports").status_code)
        background.wait_inline_jobs()
    assert codes[:2] == [202, 202] and codes[2:] == [429, 429], codes
