"""A provider re-authentication must be a fresh login (``services.oauth``: ``prompt``/``max_age`` per
provider kind, ``auth_time`` checked when the ID token carries it), and the re-authentication link
says so (``routes.oauth_start``)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from careercopilot import routes
from careercopilot.services import oauth
from careercopilot.services.oauth import OAuthError

STARTED = 1_760_000_000
LEEWAY = oauth.AUTH_TIME_LEEWAY_SECONDS


def _attempt() -> oauth.Attempt:
    return oauth.Attempt(provider="google", state="s", code_verifier="v", nonce="n", reauth_user_id=7,
                         started_at=STARTED)


@pytest.mark.parametrize("auth_time", [None, STARTED, STARTED + 30, STARTED - LEEWAY, 1_760_000_000.5])
def test_fresh_or_absent_auth_time_is_accepted(auth_time):
    claims = {} if auth_time is None else {"auth_time": auth_time}
    oauth._check_auth_time(claims, _attempt())


@pytest.mark.parametrize("auth_time, code", [
    (STARTED - LEEWAY - 1, "oauth_reauth_stale"),  # just beyond the clock-skew allowance
    (STARTED - 3600, "oauth_reauth_stale"),  # the provider reused an hour-old session
    (0, "oauth_reauth_stale"),
    ("1760000000", "oauth_failed"),  # OIDC Core §2: a JSON number, not a string
    (True, "oauth_failed"),
])
def test_stale_or_malformed_auth_time_is_refused(auth_time, code):
    with pytest.raises(OAuthError) as exc:
        oauth._check_auth_time({"auth_time": auth_time}, _attempt())
    assert exc.value.code == code


def test_new_attempt_records_when_it_started_and_for_whom():
    attempt = oauth.new_attempt("github", next_path="/settings", reauth_user_id=3)
    assert attempt.reauth_user_id == 3 and attempt.link_user_id is None and attempt.started_at > STARTED


def test_reauth_parameters_per_provider_kind():
    assert oauth.REAUTH_PARAMS == {"oidc": {"prompt": "login", "max_age": "0"}, "github": {"prompt": "select_account"}}


@pytest.mark.parametrize("kwargs, query", [
    ({"reauth": True, "next_path": "/settings"}, {"reauth": ["1"], "next": ["/settings"]}),
    ({"reauth": True}, {"reauth": ["1"]}),
    ({"link": True}, {"link": ["1"]}),
    ({"next_path": "/jobs"}, {"next": ["/jobs"]}),
    ({}, {}),
])
def test_oauth_start_urls(kwargs, query):
    url = routes.oauth_start("google", **kwargs)
    assert urlsplit(url).path == "/auth/oauth/google/start" and parse_qs(urlsplit(url).query) == query
