"""Hostile values through /api/v1 on PostgreSQL (attack notes, session 6): NUL characters in
bodies and query strings, and instants past the calendar's range, are 422 problems — each was a
500 (psycopg DataError "text fields cannot contain NUL", OverflowError in the reminder cadence)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from careercopilot import api

PROBLEM = "application/problem+json"


@pytest.fixture
def raw_client(use_pg):
    """A client that returns the server's 500s instead of raising them (what a caller sees)."""
    with TestClient(api.app, base_url="http://localhost:3000", raise_server_exceptions=False) as c:
        yield c


def _is_422(r):
    assert r.status_code == 422, (r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith(PROBLEM)


def test_nul_characters_are_refused_not_crashing(raw_client, make_account):
    a = make_account()
    c, h = raw_client, a.headers
    app_id = c.post("/api/v1/applications", headers=h, json={"company": "Acme", "title": "Eng"}).json()["id"]
    etag = c.get(f"/api/v1/applications/{app_id}", headers=h).headers["etag"]
    _is_422(c.post("/api/v1/applications", headers=h, json={"company": "A\u0000", "title": "t"}))
    _is_422(c.post("/api/v1/applications", headers=h, json={"company": "A", "title": "t", "notes": "x\u0000"}))
    _is_422(c.post(f"/api/v1/applications/{app_id}/contacts", headers=h, json={"name": "n\u0000"}))
    _is_422(c.post(f"/api/v1/applications/{app_id}/contacts", headers=h,
                   json={"name": "n", "profile_url": "https://x.example/\u0000"}))
    _is_422(c.patch(f"/api/v1/applications/{app_id}", headers={**h, "If-Match": etag}, json={"notes": "n\u0000"}))
    _is_422(c.put("/api/v1/preferences", headers=h, json={"titles": ["a\u0000"]}))
    _is_422(c.get("/api/v1/applications?search=a%00b", headers=h))
    _is_422(c.get("/api/v1/postings?source=a%00b", headers=h))
    # nothing was written by the refused requests
    items = c.get("/api/v1/applications", headers=h).json()["items"]
    assert [i["company"] for i in items] == ["Acme"] and items[0]["notes"] == ""


def test_stage_move_instants_outside_the_calendar_are_refused(raw_client, make_account):
    a = make_account()
    c, h = raw_client, a.headers
    app_id = c.post("/api/v1/applications", headers=h, json={"company": "Acme", "title": "Eng"}).json()["id"]
    _is_422(c.post(f"/api/v1/applications/{app_id}/stage", headers=h,
                   json={"stage": "applied", "at": "9999-12-31T23:59:59+00:00"}))
    _is_422(c.post(f"/api/v1/applications/{app_id}/stage", headers=h,
                   json={"stage": "offer", "at": "0001-01-01T00:00:00-14:00"}))
    assert c.get(f"/api/v1/applications/{app_id}", headers=h).json()["stage"] == "saved"
    ok = c.post(f"/api/v1/applications/{app_id}/stage", headers=h, json={"stage": "applied", "at": "2026-11-30T09:00:00Z"})
    assert ok.status_code == 200 and ok.json()["applied_at"].startswith("2026-11-30T09:00")


def test_oversized_bodies_are_refused_before_they_are_read(raw_client, make_account):
    """FastAPI buffers and parses a whole body before the token check: an anonymous 200 MB body
    was read (4.7 s) and only then answered 401. Bodies over the cap are refused up front (413);
    a streamed (chunked) one is cut off at the cap."""
    from careercopilot.apiv1.body_limit import MAX_BODY_BYTES

    big = b'{"company":"A","title":"t","notes":"' + b"x" * MAX_BODY_BYTES + b'"}'
    r = raw_client.post("/api/v1/applications", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.headers["content-type"].startswith(PROBLEM), r.text[:200]
    a = make_account()
    r = raw_client.post("/api/v1/applications", content=big, headers={**a.headers, "content-type": "application/json"})
    assert r.status_code == 413

    def chunks():
        yield b'{"company":"A","title":"t","notes":"'
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b"x" * 65536
        yield b'"}'

    r = raw_client.post("/api/v1/applications", content=chunks(), headers={**a.headers, "content-type": "application/json"})
    assert r.status_code == 413 and r.headers["content-type"].startswith(PROBLEM), r.text[:200]
    assert raw_client.get("/api/v1/applications", headers=a.headers).json()["items"] == []
    # an ordinary body still goes through
    ok = raw_client.post("/api/v1/applications", headers=a.headers, json={"company": "Acme", "title": "Eng", "notes": "n" * 19_000})
    assert ok.status_code == 201
