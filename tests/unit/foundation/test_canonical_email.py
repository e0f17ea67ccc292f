"""Issue 9, finding 4: one canonical address keys accounts, uniqueness and every limit.

The probe got a fresh login counter per spelling of one address (case, full-width letters,
ideographic dots, IDNA) and the right password was accepted on attempt 17. Here 1,200 distinct
spellings canonicalize to one address, share one counter through the real /auth/login route, and
sign-up refuses every spelling of an existing account.
"""

from __future__ import annotations

import random

import pytest
from starlette.testclient import TestClient

from careercopilot import api, routes
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import ratelimit, users

BASE = "http://testserver"
ADDRESS = "alice.smith@example.com"
PASSWORD = "tangerine-bicycle-42"
_FULLWIDTH = {chr(c): chr(c - 0x21 + 0xFF01) for c in range(0x21, 0x7F)}  # U+FF01–FF5E
_DOTS = [".", "\u3002", "\uff0e", "\uff61"]


def spellings(address: str, n: int, seed: int = 9) -> list[str]:
    """``n`` distinct spellings of ``address``: per character upper/lower/full-width, per dot of the
    domain one of the IDNA dots, the domain optionally in upper case, surrounding spaces."""
    rng = random.Random(seed)
    local, domain = address.split("@")
    out: set[str] = set()
    while len(out) < n:
        def vary(ch: str, in_domain: bool) -> str:
            if ch == "." and in_domain:
                return rng.choice(_DOTS)
            ch = rng.choice([ch.lower(), ch.upper()])
            return _FULLWIDTH.get(ch, ch) if rng.random() < 0.3 else ch
        spelled = "".join(vary(c, False) for c in local) + rng.choice(["@", "＠"]) + "".join(vary(c, True) for c in domain)
        out.add(rng.choice(["", " "]) + spelled + rng.choice(["", " ", "\t"]))
    return sorted(out)


SPELLINGS = spellings(ADDRESS, 1200)


def test_every_spelling_has_one_canonical_form():
    assert len(set(SPELLINGS)) == 1200
    assert {users.canonical_email(s) for s in SPELLINGS} == {ADDRESS}


@pytest.mark.parametrize(("given", "canonical"), [
    ("Alice.Smith@Example.COM", ADDRESS),
    ("alice@xn--bcher-kva.de", "alice@bücher.de"),
    ("alice@BÜCHER.de", "alice@bücher.de"),
    ("alice@bu\u0308cher.de", "alice@bücher.de"),  # decomposed ü
    ("ａｌｉｃｅ@ｅｘａｍｐｌｅ．ｃｏｍ", "alice@example.com"),
    ("alice@example\u3002com", "alice@example.com"),
])
def test_canonical_forms(given, canonical):
    assert users.canonical_email(given) == canonical


def test_invalid_spellings_still_share_a_limit_key():
    assert users.limit_key("ＮＯＴ－ＡＮ－ＥＭＡＩＬ") == users.limit_key("not-an-email") == "not-an-email"


@pytest.fixture
def client(sqlite_engine, monkeypatch):
    monkeypatch.setattr(settings, "app_url", BASE)
    monkeypatch.setattr(settings, "trusted_proxies", [])
    monkeypatch.setattr(settings, "auth_rate_limit_ip", 100_000)
    monkeypatch.setattr(settings, "auth_rate_limit_account", 8)
    monkeypatch.setattr(settings, "redis_url", None)
    ratelimit.backend.cache_clear()
    ratelimit.reset()
    with session_scope() as s:
        users.create_user(session=s, email=ADDRESS, password=PASSWORD)
    with TestClient(api.app, base_url=BASE, follow_redirects=False) as c:
        yield c
    ratelimit.reset()


def test_spellings_share_one_login_counter(client):
    """The attack: wrong guesses, each with a new spelling, then the right password."""
    for spelling in SPELLINGS[:8]:
        r = client.post(routes.AUTH_LOGIN, data={"email": spelling, "password": "wrong-guess-123"},
                        headers={"origin": BASE})
        assert "error=bad_credentials" in r.headers["location"]
    for spelling in SPELLINGS[8:40]:  # every further spelling is refused before the password is checked
        r = client.post(routes.AUTH_LOGIN, data={"email": spelling, "password": PASSWORD}, headers={"origin": BASE})
        assert "error=rate_limited" in r.headers["location"], spelling
        assert settings.session_cookie_name not in r.headers.get("set-cookie", "")


def test_the_counter_is_keyed_by_the_canonical_address_for_1200_spellings(client):
    key = users.limit_key
    assert {key(s) for s in SPELLINGS} == {ADDRESS}
    for spelling in SPELLINGS:
        try:
            ratelimit.hit("probe-acct", key(spelling), limit=len(SPELLINGS) - 1, window_seconds=300)
        except ratelimit.RateLimited:
            assert spelling == SPELLINGS[-1]
            break
    else:
        pytest.fail("1,200 spellings were counted on more than one counter")


def test_sign_up_refuses_every_spelling_of_an_existing_account(client):
    for spelling in SPELLINGS[:25]:
        with session_scope() as s, pytest.raises(users.AccountError) as info:
            users.create_user(session=s, email=spelling, password="another-Passphrase-8")
        assert info.value.code == "email_taken"


def test_email_collisions_are_listed_not_merged(sqlite_engine):
    """Rows stored before canonical forms (written directly, as old code did) are reported by the CLI."""
    from typer.testing import CliRunner

    from careercopilot.cli import app as cli_app
    from careercopilot.models import User

    with session_scope() as s:
        s.add(User(email="twin@example.com"))
        s.add(User(email="ＴＷＩＮ@example.com"))
        s.add(User(email="single@example.com"))
    with session_scope() as s:
        found = users.email_collisions(session=s)
    assert [(c, [e for _, e in members]) for c, members in found] == [
        ("twin@example.com", ["twin@example.com", "ＴＷＩＮ@example.com"])]
    result = CliRunner().invoke(cli_app, ["email-collisions"])
    assert result.exit_code == 1 and "twin@example.com:" in result.output
