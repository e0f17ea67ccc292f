"""``Idempotency-Key`` on the REST API's creates without a natural key (``POST /applications`` for a
job typed in, ``POST /applications/{id}/contacts``), on SQLite and PostgreSQL through the real app
(``services.idempotency``; draft-ietf-httpapi-idempotency-key-header §2.6/§2.7, Stripe):

* a retry after the first finished replays it — 201, the same id, the CURRENT representation,
  ``Location``, ``Idempotent-Replayed: true`` — and stores no second row;
* the same key with another body or path: 422; while the first is still running: 409;
* concurrent first requests (threads released together): one creates, the others get 409 or the
  replay of that one — never a second row;
* a failed create (service 422, full tracker, 500) frees its key; a claim whose request died is
  taken over after ``STALE_CLAIM_S``;
* keys are per user; after ``WINDOW_S`` a key is new again, and the hourly purge deletes it;
* a replay of a resource deleted since: 404, nothing re-created.
"""

from __future__ import annotations

import secrets
from types import SimpleNamespace
from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text, update

from careercopilot.apiv1 import problems
from careercopilot.db import session_scope
from careercopilot.models import ApiIdempotencyKey, Application, Contact
from careercopilot.services import api_tokens, idempotency, maintenance, ratelimit, users
from tests.integration.api.conftest import Account
from tests.integration.datarights.conftest import engine_kind  # noqa: F401  (fixture: SQLite and PostgreSQL)
from tests.support.races import at_once, count_rows

N = 6
REPLAYED = "Idempotent-Replayed"


@pytest.fixture
def api(engine_kind):
    """httpx client on the backend app (``careercopilot.api.app``)."""
    from careercopilot.api import app

    ratelimit.reset()
    with TestClient(app, base_url="http://testserver") as c:
        yield c


@pytest.fixture
def account(engine_kind):
    """``account()`` → a new user with a personal access token (every scope)."""
    def make() -> Account:
        tag = secrets.token_hex(4)
        with session_scope() as s:
            user = users.create_user(session=s, email=f"idem-{tag}@example.com", password=f"correct horse {tag} 9")
            row, secret = api_tokens.create_token(session=s, user_id=user.id, name="t", scopes=list(api_tokens.SCOPES),
                                                  expires_in_days=30)
            return Account(user.id, user.email, secret, row.id)

    return make


def _key() -> dict[str, str]:
    return {"Idempotency-Key": secrets.token_hex(16)}


def _keys(user_id: int) -> int:
    return count_rows(ApiIdempotencyKey, user_id=user_id)


def _age(user_id: int, seconds: float) -> None:
    """Move every stored key of ``user_id`` ``seconds`` into the past."""
    t = ApiIdempotencyKey
    with session_scope() as s:
        s.execute(update(t).where(t.user_id == user_id).values(
            created_at=datetime.now(timezone.utc) - timedelta(seconds=seconds)))


def _problem(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    return r.json()


def test_a_retry_replays_the_first_answer_with_the_current_representation(api, account):
    acct = account()
    h = {**acct.headers, **_key()}
    first = api.post("/api/v1/applications", headers=h, json={"company": "Initech", "title": "Engineer"})
    assert first.status_code == 201 and REPLAYED not in first.headers
    aid = first.json()["id"]
    # the same fields in another order and spacing are the same request (canonical JSON)
    again = api.post("/api/v1/applications", headers={**h, "Content-Type": "application/json"},
                     content=b'{ "title" : "Engineer",\n "company": "Initech" }')
    assert again.status_code == 201 and again.headers[REPLAYED] == "true"
    assert again.json()["id"] == aid and again.headers["Location"] == first.headers["Location"]
    assert again.headers["ETag"] == first.headers["ETag"]
    assert count_rows(Application, user_id=acct.user_id) == 1
    # the CURRENT representation: a change made since shows in the replay
    etag = api.get(f"/api/v1/applications/{aid}", headers=acct.headers).headers["ETag"]
    assert api.patch(f"/api/v1/applications/{aid}", headers={**acct.headers, "If-Match": etag},
                     json={"notes": "called"}).status_code == 200
    third = api.post("/api/v1/applications", headers=h, json={"company": "Initech", "title": "Engineer"})
    assert third.status_code == 201 and third.json()["notes"] == "called" and third.headers[REPLAYED] == "true"
    assert count_rows(Application, user_id=acct.user_id) == 1

    kh = {**acct.headers, **_key()}
    c1 = api.post(f"/api/v1/applications/{aid}/contacts", headers=kh, json={"name": "Bo", "role": "Recruiter"})
    c2 = api.post(f"/api/v1/applications/{aid}/contacts", headers=kh, json={"name": "Bo", "role": "Recruiter"})
    assert c1.status_code == c2.status_code == 201 and c2.headers[REPLAYED] == "true"
    assert c1.json() == c2.json() and c2.headers["Location"] == f"/api/v1/contacts/{c1.json()['id']}"
    assert count_rows(Contact, application_id=aid) == 1
    # without a key two requests are two applications (a client that wants one sends a key)
    for _ in range(2):
        assert api.post("/api/v1/applications", headers=acct.headers,
                        json={"company": "Initech", "title": "Engineer"}).status_code == 201
    assert count_rows(Application, user_id=acct.user_id) == 3


def test_the_same_key_with_another_request_is_422(api, account):
    acct = account()
    h = {**acct.headers, **_key()}
    first = api.post("/api/v1/applications", headers=h, json={"company": "Initech", "title": "Engineer"})
    assert first.status_code == 201
    for body in ({"company": "Initech", "title": "Manager"}, {"company": "Initech", "title": "Engineer", "notes": ""},
                 {"company": "initech", "title": "Engineer"}):
        assert "Idempotency-Key reused with a different request" in _problem(
            api.post("/api/v1/applications", headers=h, json=body), 422)["detail"]
    aid = first.json()["id"]
    # a contact's create with another application in the path is another request
    other = api.post("/api/v1/applications", headers=acct.headers, json={"company": "B", "title": "C"}).json()["id"]
    kh = {**acct.headers, **_key()}
    assert api.post(f"/api/v1/applications/{aid}/contacts", headers=kh, json={"name": "Bo"}).status_code == 201
    _problem(api.post(f"/api/v1/applications/{other}/contacts", headers=kh, json={"name": "Bo"}), 422)
    # keys are per operation: the application create's key names nothing among contact creates
    assert api.post(f"/api/v1/applications/{aid}/contacts", headers=h, json={"name": "Cy"}).status_code == 201
    assert count_rows(Application, user_id=acct.user_id) == 2 and count_rows(Contact, user_id=acct.user_id) == 2


def test_concurrent_first_requests_make_one_row(api, account):
    acct = account()
    h = {**acct.headers, **_key()}

    def post(path: str, body: dict):
        return lambda: api.post(path, headers=h, json=body)

    for path, body, model, where in [
        ("/api/v1/applications", {"company": "Race", "title": "Dev"}, Application, {"user_id": acct.user_id}),
        (None, {"name": "Bo"}, Contact, {"user_id": acct.user_id}),
    ]:
        if path is None:  # the contacts of the application just made
            aid = api.get("/api/v1/applications", headers=acct.headers).json()["items"][0]["id"]
            path, h = f"/api/v1/applications/{aid}/contacts", {**acct.headers, **_key()}
        results = at_once(N, post(path, body))
        codes = sorted(r.status_code for r in results)
        assert set(codes) <= {201, 409}, codes
        made = [r for r in results if r.status_code == 201]
        assert len({r.json()["id"] for r in made}) == 1                     # every 201 names the one row
        assert sum(1 for r in made if REPLAYED not in r.headers) == 1      # exactly one created it
        for r in results:
            if r.status_code == 409:
                assert r.headers["content-type"].startswith("application/problem+json")
                assert "retry later" in r.json()["detail"] and r.headers["Retry-After"] == "1"
        assert count_rows(model, **where) == 1
        # once settled, the key replays
        late = api.post(path, headers=h, json=body)
        assert late.status_code == 201 and late.headers[REPLAYED] == "true" and late.json()["id"] == made[0].json()["id"]


def test_a_failed_create_frees_its_key(api, account, override_settings, monkeypatch):
    acct = account()
    h = {**acct.headers, "Idempotency-Key": "k2"}
    # refused by the service (title missing): the corrected request reuses the key
    _problem(api.post("/api/v1/applications", headers=h, json={"company": "X"}), 422)
    assert _keys(acct.user_id) == 0
    good = api.post("/api/v1/applications", headers=h, json={"company": "X", "title": "Y"})
    assert good.status_code == 201 and REPLAYED not in good.headers
    # tracker full (422 from the service), then room again: the same key goes through
    override_settings(max_applications_per_user=1)
    h3 = {**acct.headers, "Idempotency-Key": "k3"}
    assert api.post("/api/v1/applications", headers=h3, json={"company": "A", "title": "B"}).status_code == 422
    override_settings(max_applications_per_user=10)
    assert api.post("/api/v1/applications", headers=h3, json={"company": "A", "title": "B"}).status_code == 201
    # a crash inside the create (500): nothing stored, the retry creates
    from careercopilot.services import application_contacts

    real = application_contacts.add_contact
    monkeypatch.setattr(application_contacts, "add_contact", lambda **kw: (_ for _ in ()).throw(RuntimeError("boom")))
    # the 500 handler's log.exception renders the traceback with rich (14 s here): not what this tests
    monkeypatch.setattr(problems, "log", SimpleNamespace(exception=lambda *a, **kw: None))
    aid = good.json()["id"]
    h4 = {**acct.headers, "Idempotency-Key": "k4"}
    with pytest.raises(RuntimeError, match="boom"):  # the app answers 500; the test client re-raises the error
        api.post(f"/api/v1/applications/{aid}/contacts", headers=h4, json={"name": "Bo"})
    assert _keys(acct.user_id) == 2  # k2 and k3, finished; k4 was released
    monkeypatch.setattr(application_contacts, "add_contact", real)
    assert api.post(f"/api/v1/applications/{aid}/contacts", headers=h4, json={"name": "Bo"}).status_code == 201
    assert count_rows(Contact, application_id=aid) == 1
    assert count_rows(Application, user_id=acct.user_id) == 2


def test_in_progress_is_409_and_a_dead_claim_is_taken_over(api, account):
    acct = account()
    body = {"company": "Slow", "title": "Dev"}
    fp = idempotency.fingerprint(path="/api/v1/applications", body=body)
    with session_scope() as s:  # a first request that claimed the key and has not committed yet
        s.add(ApiIdempotencyKey(user_id=acct.user_id, action="applications.create", key="k", fingerprint=fp))
    h = {**acct.headers, "Idempotency-Key": "k"}
    _problem(api.post("/api/v1/applications", headers=h, json=body), 409)
    _problem(api.post("/api/v1/applications", headers=h, json={**body, "title": "Other"}), 422)
    assert count_rows(Application, user_id=acct.user_id) == 0
    _age(acct.user_id, idempotency.STALE_CLAIM_S + 1)  # its process died: nothing will ever finish it
    r = api.post("/api/v1/applications", headers=h, json=body)
    assert r.status_code == 201 and REPLAYED not in r.headers
    assert count_rows(Application, user_id=acct.user_id) == 1 and _keys(acct.user_id) == 1
    assert api.post("/api/v1/applications", headers=h, json=body).headers[REPLAYED] == "true"


def test_keys_are_per_user(api, account):
    ann, bob = account(), account()
    key = _key()
    a = api.post("/api/v1/applications", headers={**ann.headers, **key}, json={"company": "Same", "title": "Key"})
    b = api.post("/api/v1/applications", headers={**bob.headers, **key}, json={"company": "Same", "title": "Key"})
    assert a.status_code == b.status_code == 201 and REPLAYED not in b.headers and a.json()["id"] != b.json()["id"]
    # another body under bob's own use of the key is bob's business only
    c = api.post("/api/v1/applications", headers={**bob.headers, **key}, json={"company": "Same", "title": "Key"})
    assert c.json()["id"] == b.json()["id"] and c.headers[REPLAYED] == "true"
    assert count_rows(Application, user_id=ann.user_id) == count_rows(Application, user_id=bob.user_id) == 1


def test_a_key_expires_after_the_window_and_is_purged(api, account):
    acct = account()
    h = {**acct.headers, **_key()}
    body = {"company": "Old", "title": "Key"}
    first = api.post("/api/v1/applications", headers=h, json=body).json()["id"]
    _age(acct.user_id, idempotency.WINDOW_S - 60)
    assert api.post("/api/v1/applications", headers=h, json=body).json()["id"] == first  # still within the day
    _age(acct.user_id, idempotency.WINDOW_S + 1)
    again = api.post("/api/v1/applications", headers=h, json={**body, "notes": "another body is fine now"})
    assert again.status_code == 201 and REPLAYED not in again.headers and again.json()["id"] != first
    assert _keys(acct.user_id) == 1  # the expired row was replaced, not kept beside
    # the hourly purge deletes expired rows only
    api.post("/api/v1/applications", headers={**acct.headers, **_key()}, json=body)
    t = ApiIdempotencyKey
    with session_scope() as s:
        s.execute(update(t).where(t.user_id == acct.user_id, t.resource_id == again.json()["id"]).values(
            created_at=datetime.now(timezone.utc) - timedelta(seconds=idempotency.WINDOW_S + 5)))
    with session_scope() as s:
        maintenance.purge_expired_sessions(session=s)
    assert _keys(acct.user_id) == 1


def test_a_deleted_resource_replays_as_404_and_is_not_recreated(api, account):
    acct = account()
    aid = api.post("/api/v1/applications", headers=acct.headers, json={"company": "D", "title": "E"}).json()["id"]
    h = {**acct.headers, **_key()}
    cid = api.post(f"/api/v1/applications/{aid}/contacts", headers=h, json={"name": "Bo"}).json()["id"]
    assert api.delete(f"/api/v1/contacts/{cid}", headers=acct.headers).status_code == 204
    detail = _problem(api.post(f"/api/v1/applications/{aid}/contacts", headers=h, json={"name": "Bo"}), 404)["detail"]
    assert f"contact {cid}" in detail and "deleted" in detail
    assert count_rows(Contact, application_id=aid) == 0


def test_deleting_the_user_row_cascades_to_their_keys(api, account):
    """ON DELETE CASCADE (the account purge, ``account_deletion.purge_user``, is covered with every
    owned table by tests/integration/datarights)."""
    acct = account()
    api.post("/api/v1/applications", headers={**acct.headers, **_key()}, json={"company": "F", "title": "G"})
    assert _keys(acct.user_id) == 1
    with session_scope() as s:
        s.execute(text('DELETE FROM "user" WHERE id = :u'), {"u": acct.user_id})
    assert _keys(acct.user_id) == 0
