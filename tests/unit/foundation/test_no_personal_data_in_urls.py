"""No personal data in URLs (trial 17 finding 3): after a failed sign-up the address stayed in the
address bar as ``/signup?email=…`` (history, access logs, Referer). Every auth form post — sign-up,
sign-in, forgot password — answers with codes in the query and the typed address in the signed
form-return cookie (``services.form_return``) for the one page it goes back to."""

from __future__ import annotations

from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlsplit

import pytest
from starlette.testclient import TestClient

from careercopilot import api, routes
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import form_return, ratelimit, users

BASE = "http://testserver"
PASSWORD = "orange-Kettle-4812"
TAKEN = "taken.person@example.com"


@pytest.fixture
def client(sqlite_engine, monkeypatch):
    monkeypatch.setattr(settings, "app_url", BASE)
    monkeypatch.setattr(settings, "trusted_proxies", [])
    monkeypatch.setattr(settings, "auth_rate_limit_ip", 1000)
    monkeypatch.setattr(settings, "auth_rate_limit_account", 1000)
    monkeypatch.setattr(settings, "jobs_inline", True)
    ratelimit.reset()
    with session_scope() as s:
        users.create_user(session=s, email=TAKEN, password=PASSWORD)
    with TestClient(api.app, base_url=BASE, follow_redirects=False) as c:
        yield c
    ratelimit.reset()


def _cookie(response) -> str | None:
    jar = SimpleCookie()
    for raw in response.headers.get_list("set-cookie"):
        jar.load(raw)
    morsel = jar.get(form_return.COOKIE)
    return morsel.value if morsel else None


#: (what the user did, endpoint, form, the page the answer goes back to)
FAILURES = [
    ("sign-up, passwords differ", routes.AUTH_SIGNUP,
     {"email": "new.person@example.com", "password": PASSWORD, "password_confirm": PASSWORD + "x"}, routes.SIGNUP),
    ("sign-up, weak password", routes.AUTH_SIGNUP,
     {"email": "new.person@example.com", "password": "short", "password_confirm": "short"}, routes.SIGNUP),
    ("sign-up, password is the address's name", routes.AUTH_SIGNUP,
     {"email": "nurse@example.com", "password": "Nurse-pass-2026", "password_confirm": "Nurse-pass-2026"},
     routes.SIGNUP),
    ("sign-up, not an address", routes.AUTH_SIGNUP,
     {"email": "jane.doe(at)example.com", "password": PASSWORD, "password_confirm": PASSWORD}, routes.SIGNUP),
    ("sign-up, unknown time zone", routes.AUTH_SIGNUP,
     {"email": "new.person@example.com", "password": PASSWORD, "password_confirm": PASSWORD, "timezone": "Not/AZone"},
     routes.SIGNUP),
    ("sign-in, wrong password", routes.AUTH_LOGIN, {"email": TAKEN, "password": "not-the-password-1"}, routes.LOGIN),
    ("sign-in, unknown address", routes.AUTH_LOGIN,
     {"email": "nobody+jobs@example.co.uk", "password": PASSWORD}, routes.LOGIN),
    ("sign-in, wrong password with a return path", routes.AUTH_LOGIN,
     {"email": TAKEN, "password": "not-the-password-1", "next": "/applications/1"}, routes.LOGIN),
    ("forgot password (always the same answer)", routes.AUTH_FORGOT, {"email": TAKEN}, routes.LOGIN),
    ("forgot password, unknown address", routes.AUTH_FORGOT, {"email": "José.Núñez@example.com"}, routes.LOGIN),
]


@pytest.mark.parametrize(("case", "endpoint", "form", "page"), FAILURES, ids=[f[0] for f in FAILURES])
def test_auth_answers_carry_no_address_in_the_url(client, case, endpoint, form, page):
    r = client.post(endpoint, data=form, headers={"origin": BASE})
    assert r.status_code == 303
    location = r.headers["location"]
    assert urlsplit(location).path.rstrip("/") == page
    query = dict(parse_qsl(urlsplit(location).query))
    assert not {"email", "address"} & query.keys(), location
    local = form["email"].split("@")[0]
    assert "@" not in location and "%40" not in location and local.lower() not in location.lower(), location
    # the address comes back to that page (and only that page) in the signed cookie
    value = _cookie(r)
    assert value is not None
    assert form_return.unseal(value, page=page) == form["email"]
    other = routes.SIGNUP if page != routes.SIGNUP else routes.LOGIN
    assert form_return.unseal(value, page=other) == ""
    assert settings.session_cookie_name not in r.headers.get("set-cookie", "").split("=")[0]


def test_rate_limited_answers_carry_no_address(client, monkeypatch):
    monkeypatch.setattr(settings, "auth_rate_limit_account", 1)
    for endpoint, page in ((routes.AUTH_LOGIN, routes.LOGIN), (routes.AUTH_FORGOT, routes.FORGOT),
                           (routes.AUTH_SIGNUP, routes.SIGNUP)):
        form = {"email": TAKEN, "password": "not-the-password-1", "password_confirm": "x"}
        client.post(endpoint, data=form, headers={"origin": BASE})
        r = client.post(endpoint, data=form, headers={"origin": BASE})
        assert "error=rate_limited" in r.headers["location"], (endpoint, r.headers["location"])
        assert "@" not in r.headers["location"] and "%40" not in r.headers["location"]
        assert form_return.unseal(_cookie(r), page=page) == TAKEN


def test_sign_in_and_sign_out_delete_the_cookie(client):
    r = client.post(routes.AUTH_LOGIN, data={"email": TAKEN, "password": PASSWORD}, headers={"origin": BASE})
    assert r.headers["location"] == "/dashboard"
    deleted = [c for c in r.headers.get_list("set-cookie") if c.startswith(form_return.COOKIE + "=")]
    assert deleted and ("Max-Age=0" in deleted[0] or "expires=Thu, 01 Jan 1970" in deleted[0])


@pytest.mark.parametrize("key", ["email", "address", "name", "phone"])
def test_a_redirect_refuses_personal_parameters(key):
    from starlette.requests import Request

    request = Request({"type": "http", "method": "POST", "path": "/", "headers": [], "query_string": b""})
    with pytest.raises(ValueError, match="personal data"):
        api._redirect(request, routes.LOGIN, **{key: "jane@example.com"})


@pytest.mark.parametrize("value", [None, "", "garbage", "a.b.c"])
def test_unseal_refuses_missing_or_forged_values(value):
    assert form_return.unseal(value, page=routes.LOGIN) == ""


def test_unseal_refuses_an_old_cookie(monkeypatch):
    import itsdangerous.timed

    value = form_return.seal(page=routes.LOGIN, email="jane@example.com")
    now = itsdangerous.timed.TimestampSigner.get_timestamp
    monkeypatch.setattr(itsdangerous.timed.TimestampSigner, "get_timestamp",
                        lambda self: now(self) + form_return.MAX_AGE_SECONDS + 5)
    assert form_return.unseal(value, page=routes.LOGIN) == ""


def test_seal_keeps_at_most_the_longest_address():
    long = "a" * 300 + "@example.com"
    assert form_return.unseal(form_return.seal(page="/login/", email=f"  {long} "), page="/login") == long[:254]
