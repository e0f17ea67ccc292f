"""/api/v1 on PostgreSQL through httpx: tokens (401/403/429, revocation, last use), postings,
applications (ETag/If-Match, stages, history, contacts, follow-ups, cursor pages),
preferences and analytics — over the same services as the UI."""

from __future__ import annotations

from datetime import date, timedelta

from careercopilot.db import session_scope
from careercopilot.models import ApiToken
from careercopilot.services import api_tokens
from tests.support import tracker_data

PROBLEM = "application/problem+json"


def _problem(r, status):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    body = r.json()
    assert body["status"] == status and body["title"] and body["instance"] == r.request.url.path
    return body


def test_no_token_bad_token_revoked_token_are_401(client, make_account):
    acct = make_account()
    assert _problem(client.get("/api/v1/applications"), 401)
    assert client.get("/api/v1/applications").headers["www-authenticate"].startswith("Bearer")
    r = client.get("/api/v1/applications", headers={"Authorization": "Bearer cc_pat_nope"})
    _problem(r, 401)
    assert 'error="invalid_token"' in r.headers["www-authenticate"]
    # cookies carry no authority here
    assert client.get("/api/v1/applications", cookies={"cc_session": "x"}).status_code == 401
    assert client.get("/api/v1/applications", headers=acct.headers).status_code == 200
    with session_scope() as s:
        api_tokens.revoke_token(session=s, user_id=acct.user_id, token_id=acct.token_id)
    _problem(client.get("/api/v1/applications", headers=acct.headers), 401)


def test_scopes_are_enforced_per_resource_and_mode(client, make_account):
    reader = make_account(scopes=["applications:read"])
    assert client.get("/api/v1/applications", headers=reader.headers).status_code == 200
    r = client.post("/api/v1/applications", headers=reader.headers, json={"company": "Acme", "title": "Eng"})
    _problem(r, 403)
    assert 'scope="applications:write"' in r.headers["www-authenticate"]
    _problem(client.get("/api/v1/postings", headers=reader.headers), 403)
    _problem(client.get("/api/v1/analytics", headers=reader.headers), 403)


def test_per_token_rate_limit_through_redis(client, make_account, rq_settings, override_settings):
    override_settings(api_rate_limit=3, api_rate_window_seconds=60)
    a, b = make_account(), make_account()
    for _ in range(3):
        assert client.get("/api/v1/follow-ups", headers=a.headers).status_code == 200
    r = client.get("/api/v1/follow-ups", headers=a.headers)
    _problem(r, 429)
    assert 1 <= int(r.headers["retry-after"]) <= 60
    assert client.get("/api/v1/follow-ups", headers=b.headers).status_code == 200  # per token, not global


def test_last_used_time_is_recorded(client, make_account):
    acct = make_account()
    with session_scope() as s:
        assert s.get(ApiToken, acct.token_id).last_used_at is None
    client.get("/api/v1/preferences", headers=acct.headers)
    with session_scope() as s:
        assert s.get(ApiToken, acct.token_id).last_used_at is not None


def test_application_lifecycle_with_etags(client, make_account):
    acct = make_account()
    h = acct.headers
    r = client.post("/api/v1/applications", headers=h, json={"company": "Acme", "title": "Data Engineer",
                                                                "url": "https://acme.example.org/jobs/1"})
    assert r.status_code == 201, r.text
    app = r.json()
    assert r.headers["location"] == f"/api/v1/applications/{app['id']}" and app["stage"] == "saved"
    url = f"/api/v1/applications/{app['id']}"
    etag = client.get(url, headers=h).headers["etag"]
    assert etag == r.headers["etag"]

    _problem(client.patch(url, headers=h, json={"notes": "x"}), 428)
    # attack a12 W7: "*" names no version (428) and a weak tag never matches, even the current one
    _problem(client.patch(url, headers={**h, "If-Match": "*"}, json={"notes": "x"}), 428)
    _problem(client.patch(url, headers={**h, "If-Match": f"W/{etag}"}, json={"notes": "x"}), 412)
    assert client.get(url, headers=h).headers["etag"] == etag  # neither wrote
    r = client.patch(url, headers={**h, "If-Match": etag}, json={"notes": "Phone screen **went well**",
                                                                 "follow_up_on": str(date.today() - timedelta(days=1))})
    assert r.status_code == 200 and r.json()["notes"].startswith("Phone screen")
    new_etag = r.headers["etag"]
    assert new_etag != etag
    # a second client still holding the old ETag cannot overwrite silently
    r = client.patch(url, headers={**h, "If-Match": etag}, json={"notes": "stale"})
    _problem(r, 412)
    assert r.headers["etag"] == new_etag
    assert client.get(url, headers=h).json()["notes"].startswith("Phone screen")

    r = client.post(f"{url}/stage", headers={**h, "If-Match": etag}, json={"stage": "applied"})
    _problem(r, 412)
    r = client.post(f"{url}/stage", headers={**h, "If-Match": new_etag}, json={"stage": "applied"})
    assert r.status_code == 200 and r.json()["stage"] == "applied" and r.json()["applied_at"]
    client.post(f"{url}/stage", headers=h, json={"stage": "interviewing"})
    hist = client.get(f"{url}/history", headers=h).json()
    assert [(e["from_stage"], e["to_stage"]) for e in hist] == [(None, "saved"), ("saved", "applied"),
                                                                ("applied", "interviewing")]
    due = client.get("/api/v1/follow-ups", headers=h).json()
    assert [d["application_id"] for d in due] == [app["id"]]

    r = client.post(f"{url}/contacts", headers=h, json={"name": "Sam Lee", "role": "Recruiter",
                                                         "email": "sam@acme.example.org"})
    assert r.status_code == 201
    cid = r.json()["id"]
    r = client.put(f"/api/v1/contacts/{cid}", headers=h, json={"name": "Sam Lee", "role": "Hiring manager"})
    assert r.json()["role"] == "Hiring manager"
    assert [c["name"] for c in client.get(f"{url}/contacts", headers=h).json()] == ["Sam Lee"]
    _problem(client.post(f"{url}/contacts", headers=h, json={"name": "X", "email": "not an address"}), 422)
    assert client.delete(f"/api/v1/contacts/{cid}", headers=h).status_code == 204
    assert client.get(f"{url}/contacts", headers=h).json() == []

    etag = client.get(url, headers=h).headers["etag"]
    r = client.patch(url, headers={**h, "If-Match": etag}, json={"archived": True})
    assert r.json()["archived"] is True
    assert client.get("/api/v1/applications", headers=h).json()["items"] == []
    assert [a["id"] for a in client.get("/api/v1/applications?archived=true", headers=h).json()["items"]] == [app["id"]]


def test_invalid_input_is_a_problem_with_errors(client, make_account):
    h = make_account().headers
    body = _problem(client.post("/api/v1/applications", headers=h, json={"company": "", "title": ""}), 422)
    assert "Company" in body["detail"]
    body = _problem(client.patch("/api/v1/applications/1", headers={**h, "If-Match": '"x"'}, json={"bogus": 1}), 422)
    assert body["errors"][0]["loc"][-1] == "bogus"
    _problem(client.get("/api/v1/applications?limit=0", headers=h), 422)
    _problem(client.get("/api/v1/applications?cursor=garbage", headers=h), 422)
    _problem(client.get("/api/v1/nothing-here", headers=h), 404)


def test_cursor_pages_cover_every_application_once(client, make_account):
    acct = make_account()
    for i in range(7):
        client.post("/api/v1/applications", headers=acct.headers, json={"company": f"Co{i}", "title": "Eng"})
    seen, cursor, pages = [], None, 0
    while True:
        r = client.get("/api/v1/applications", headers=acct.headers, params={"limit": 3, **({"cursor": cursor} if cursor else {})})
        page = r.json()
        seen += [a["company"] for a in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if not cursor:
            assert "link" not in r.headers
            break
        assert f"cursor={cursor}" in r.headers["link"] and 'rel="next"' in r.headers["link"]
    assert pages == 3 and seen == [f"Co{i}" for i in reversed(range(7))]
    # a cursor is bound to its filters
    first = client.get("/api/v1/applications", headers=acct.headers, params={"limit": 3}).json()["next_cursor"]
    _problem(client.get("/api/v1/applications", headers=acct.headers, params={"limit": 3, "stage": "applied",
                                                                               "cursor": first}), 422)


def test_postings_browse_detail_and_save(client, make_account):
    acct = make_account()
    with session_scope() as s:
        shared = tracker_data.make_posting(s, title="Platform Engineer", company="Shared Co")
        mine = tracker_data.make_posting(s, owner_id=acct.user_id, title="Private Role", company="Mine Inc")
        shared_id, mine_id = shared.id, mine.id
    r = client.get("/api/v1/postings", headers=acct.headers, params={"limit": 100})
    assert r.status_code == 200
    page = r.json()
    ids = [p["posting_id"] for p in page["items"]]
    assert shared_id in ids and mine_id in ids and page["ranked"] is False
    r = client.get(f"/api/v1/postings/{mine_id}", headers=acct.headers)
    assert r.status_code == 200 and r.json()["posting"]["title"] == "Private Role" and r.json()["application_id"] is None
    r = client.post("/api/v1/applications", headers=acct.headers, json={"posting_id": shared_id})
    assert r.status_code == 201 and r.json()["posting_id"] == shared_id
    again = client.post("/api/v1/applications", headers=acct.headers, json={"posting_id": shared_id})
    assert again.status_code == 200 and again.json()["id"] == r.json()["id"]  # idempotent
    assert client.get(f"/api/v1/postings/{shared_id}", headers=acct.headers).json()["application_id"] == r.json()["id"]
    _problem(client.get("/api/v1/postings/2147483647", headers=acct.headers), 404)
    with session_scope() as s:  # other tests share this database: judge the filter on this test's rows
        onsite_id = tracker_data.make_posting(s, owner_id=acct.user_id, title="Onsite Role", work_mode="onsite").id
    r = client.get("/api/v1/postings", headers=acct.headers, params={"work_mode": "onsite", "limit": 100})
    onsite = [p["posting_id"] for p in r.json()["items"]]
    assert onsite_id in onsite and shared_id not in onsite and mine_id not in onsite


def test_preferences_roundtrip_and_analytics(client, make_account):
    h = make_account().headers
    assert client.get("/api/v1/preferences", headers=h).json()["updated_at"] is None
    body = {"titles": ["Backend Engineer"], "locations": ["Berlin"], "work_modes": ["remote", "hybrid"],
            "salary_floor": 70000, "salary_currency": "EUR", "salary_period": "year", "seniority": "senior"}
    r = client.put("/api/v1/preferences", headers=h, json=body)
    assert r.status_code == 200, r.text
    got = client.get("/api/v1/preferences", headers=h).json()
    assert got["titles"] == ["Backend Engineer"] and got["work_modes"] == ["remote", "hybrid"]
    assert got["locations"] and "Berlin" in got["locations"][0] and got["salary_currency"] == "EUR"
    _problem(client.put("/api/v1/preferences", headers=h, json={**body, "salary_currency": "ZZZ"}), 422)
    client.post("/api/v1/applications", headers=h, json={"company": "Acme", "title": "Eng"})
    stats = client.get("/api/v1/analytics", headers=h).json()
    assert stats["total"] == 1 and stats["stage_counts"]["saved"] == 1 and stats["funnel"][0]["count"] == 1


def test_openapi_and_docs_are_served(client):
    doc = client.get("/api/openapi.json")
    assert doc.status_code == 200 and doc.json()["servers"] == [{"url": "/api/v1"}]
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/api/docs/static/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert "'sha256-" in docs.headers["content-security-policy"]  # its inline script allowed by hash
    assert client.get("/api/docs/static/swagger-ui-bundle.js").status_code == 200


def test_two_clients_with_one_etag_cannot_both_write(client, make_account):
    """Concurrent PATCHes carrying the same ETag (threads, PostgreSQL row lock): exactly one
    wins each round, the other gets 412 — never two silent writes."""
    import asyncio

    import httpx

    from careercopilot.api import app

    acct = make_account()
    created = client.post("/api/v1/applications", headers=acct.headers, json={"company": "Acme", "title": "Eng"})
    url = f"/api/v1/applications/{created.json()['id']}"

    async def round_(n: int) -> list[int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
            etag = (await c.get(url, headers=acct.headers)).headers["etag"]
            answers = await asyncio.gather(*[
                c.patch(url, headers={**acct.headers, "If-Match": etag}, json={"notes": f"round {n} writer {w}"})
                for w in range(2)])
            return sorted(r.status_code for r in answers)

    for n in range(5):
        assert asyncio.run(round_(n)) == [200, 412]
    assert client.get(url, headers=acct.headers).json()["notes"].startswith("round 4 writer ")
