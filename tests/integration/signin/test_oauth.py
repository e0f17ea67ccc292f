"""Provider sign-in end to end through the app's routes (FastAPI backend), the loopback Google-shaped
OIDC provider and GitHub-shaped API, PostgreSQL and Redis: new accounts, linking by verified email,
refusals, the pre-registered-address attack, cancel, state mismatch and replay, interleaved
concurrent sign-ins, PKCE, linking from Settings and unlinking across users."""

from __future__ import annotations

import base64
import hashlib
import secrets
from datetime import datetime, timezone
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlmodel import select

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.models.identity import UserIdentity
from careercopilot.services import identities, oauth, totp, users
from tests.integration.signin.conftest import PASSWORD, Flow, new_email


def _query(location: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def _session_user(response) -> users.SessionUser | None:
    token = response.cookies.get(settings.session_cookie_name)
    with session_scope() as s:
        return users.resolve_session(session=s, token=token)


def _user(email: str) -> User | None:
    with session_scope() as s:
        return s.exec(select(User).where(User.email == email)).first()


def _identities(user_id: int) -> list[tuple[str, str]]:
    with session_scope() as s:
        return [(r.provider, r.subject) for r in identities.list_identities(session=s, user_id=user_id)]


def _password_account(email: str, *, verified: bool) -> int:
    with session_scope() as s:
        user = users.create_user(session=s, email=email, password=PASSWORD)
        if verified:
            user.email_verified_at = datetime.now(timezone.utc)
            s.add(user)
        s.flush()
        return user.id


def _google_account(email: str, *, verified: bool = True) -> dict:
    return {"sub": secrets.token_hex(8), "email": email, "email_verified": verified, "name": "Ada Lovelace"}


def _github_account(email: str, *, emails: list[dict] | None = None) -> dict:
    return {"id": secrets.randbelow(10**8) + 1, "login": "octo" + secrets.token_hex(3), "name": "Octo Cat",
            "emails": emails if emails is not None else [
                {"email": "old@example.net", "primary": False, "verified": True, "visibility": None},
                {"email": email, "primary": True, "verified": True, "visibility": "public"},
            ]}


def test_new_user_via_google_gets_a_verified_passwordless_account_and_a_session(client, google):
    email = new_email("g-new")
    google.account = _google_account(email)
    r = Flow(client).sign_in("google")
    assert r.status_code == 303 and r.headers["location"] == "/dashboard"
    who = _session_user(r)
    user = _user(email)
    assert who is not None and user is not None and who.user_id == user.id
    assert user.password_hash is None and user.email_verified_at is not None
    assert _identities(user.id) == [("google", google.account["sub"])]
    # the next sign-in finds the same user by subject, even after the provider's address changed
    google.account = {**google.account, "email": new_email("g-changed")}
    again = Flow(client).sign_in("google")
    assert _session_user(again).user_id == user.id


def test_new_user_via_github_uses_the_primary_verified_address(client, github):
    email = new_email("gh-new")
    github.account = _github_account(email)
    r = Flow(client).sign_in("github")
    assert r.headers["location"] == "/dashboard"
    user = _user(email)
    assert user is not None and _session_user(r).user_id == user.id
    assert _identities(user.id) == [("github", str(github.account["id"]))]
    assert _user("old@example.net") is None


def test_links_to_an_existing_verified_account_by_verified_email(client, google):
    email = new_email("linked")
    uid = _password_account(email, verified=True)
    google.account = _google_account(email.upper())  # canonical form decides
    r = Flow(client).sign_in("google")
    assert r.headers["location"] == "/dashboard"
    assert _session_user(r).user_id == uid
    assert _identities(uid) == [("google", google.account["sub"])]


def test_unverified_provider_email_is_refused_and_creates_nothing(client, google):
    email = new_email("g-unverified")
    google.account = _google_account(email, verified=False)
    r = Flow(client).sign_in("google")
    assert r.status_code == 303 and _query(r.headers["location"]) == {"error": "oauth_email_unverified"}
    assert r.headers["location"].startswith("/login?")
    assert settings.session_cookie_name not in r.cookies
    assert _user(email) is None
    with session_scope() as s:
        assert s.exec(select(UserIdentity).where(UserIdentity.subject == google.account["sub"])).first() is None


@pytest.mark.parametrize("emails", [
    [{"email": "a@example.org", "primary": True, "verified": False, "visibility": "private"},
     {"email": "b@example.org", "primary": False, "verified": True, "visibility": None}],
    [],
], ids=["primary-unverified", "no-addresses"])
def test_github_without_a_primary_verified_address_is_refused(client, github, emails):
    github.account = _github_account("x@example.org", emails=emails)
    r = Flow(client).sign_in("github")
    assert _query(r.headers["location"]) == {"error": "oauth_email_unverified"}
    assert settings.session_cookie_name not in r.cookies
    assert _user("a@example.org") is None and _user("b@example.org") is None


def test_pre_registered_address_attack_gives_neither_party_the_other_account(client, google, override_settings):
    """An attacker signed up with the victim's address and a password of their choosing (never
    verified). The victim then signs in with Google, which asserts that verified address.

    Safe outcome: the sign-in is refused with ``oauth_link_unverified``; no identity is linked, no
    session opens, no second account appears. The attacker's password still opens only their own
    account, which holds no link to the victim's Google account."""
    override_settings(email_verification=False)  # worst case: unverified accounts may sign in with a password
    victim = new_email("victim")
    attacker_uid = _password_account(victim, verified=False)
    google.account = _google_account(victim)
    r = Flow(client).sign_in("google")
    assert _query(r.headers["location"]) == {"error": "oauth_link_unverified"}
    assert settings.session_cookie_name not in r.cookies
    assert _identities(attacker_uid) == []
    with session_scope() as s:
        assert len(s.exec(select(User).where(User.email == victim)).all()) == 1
        assert s.exec(select(UserIdentity).where(UserIdentity.subject == google.account["sub"])).first() is None
    # the attacker's password: their own account, with nothing of the victim's
    login = client.post("/auth/login", data={"email": victim, "password": PASSWORD},
                        headers={"Origin": "http://localhost:3000"}, follow_redirects=False)
    assert _session_user(login).user_id == attacker_uid and _identities(attacker_uid) == []
    # and retrying the Google sign-in is refused again (no partial state was left behind)
    assert _query(Flow(client).sign_in("google").headers["location"]) == {"error": "oauth_link_unverified"}


def test_cancelled_consent_returns_to_login_with_a_neutral_message(client, google):
    google.deny = True
    flow = Flow(client)
    start = flow.start("google")
    state = _query(start)["state"]
    assert client.cookies.get(oauth.cookie_name(state)) is not None
    r = flow.callback(flow.authorize(start))
    assert r.status_code == 303 and r.headers["location"] == "/login?error=oauth_cancelled"
    assert settings.session_cookie_name not in r.cookies
    assert oauth.cookie_name(state) in r.headers.get("set-cookie", "")  # the attempt cookie is cleared


def test_state_mismatch_missing_cookie_and_replay_are_refused(client, google, oauth_settings):
    from starlette.testclient import TestClient

    from careercopilot import api

    google.account = _google_account(new_email("state"))
    flow = Flow(client)
    callback = flow.authorize(flow.start("google"))
    q = _query(callback)
    forged = callback.replace(q["state"], secrets.token_urlsafe(32))
    r = flow.callback(forged)
    assert _query(r.headers["location"]) == {"error": "oauth_state"}
    with TestClient(api.app, base_url="http://localhost:3000") as other_browser:  # no attempt cookie
        r = other_browser.get(callback, follow_redirects=False)
        assert _query(r.headers["location"]) == {"error": "oauth_state"}
    cookie = client.cookies.get(oauth.cookie_name(q["state"]))
    ok = flow.callback(callback)
    assert ok.headers["location"] == "/dashboard"
    # replay with the attempt cookie put back: the state was used once already
    client.cookies.set(oauth.cookie_name(q["state"]), cookie, domain="localhost", path=oauth.ATTEMPT_COOKIE_PATH)
    replay = flow.callback(callback)
    assert _query(replay.headers["location"]) == {"error": "oauth_state"}
    assert settings.session_cookie_name not in replay.cookies
    with pytest.raises(oauth.OAuthError):  # the refusal comes from the single-use claim (Redis), not the cookie
        oauth.claim_state(q["state"])


def test_two_concurrent_sign_ins_with_interleaved_callbacks_both_succeed(client, google, github):
    flow = Flow(client)
    a_email, b_email = new_email("conc-a"), new_email("conc-b")
    google.account = _google_account(a_email)
    start_a = flow.start("google")
    github.account = _github_account(b_email)
    start_b = flow.start("github")
    cb_a = flow.authorize(start_a)
    google.account = _google_account(new_email("conc-c"))
    start_c = flow.start("google")  # a second attempt at the same provider, in the same browser
    cb_c = flow.authorize(start_c)
    cb_b = flow.authorize(start_b)
    results = {name: flow.callback(cb) for name, cb in (("b", cb_b), ("c", cb_c), ("a", cb_a))}
    assert all(r.headers["location"] == "/dashboard" for r in results.values()), {k: r.headers["location"]
                                                                                  for k, r in results.items()}
    assert _session_user(results["a"]).user_id == _user(a_email).id
    assert _session_user(results["b"]).user_id == _user(b_email).id
    assert _session_user(results["c"]).email.startswith("conc-c-")


def test_pkce_s256_verifier_and_nonce_are_sent(client, google, github):
    google.account = _google_account(new_email("pkce"))
    Flow(client).sign_in("google")
    auth, token = google.authorize_requests[-1], google.token_requests[-1]
    assert auth["code_challenge_method"] == "S256" and auth["nonce"] and auth["state"]
    assert auth["scope"] == "openid email profile"
    verifier = token["code_verifier"]
    assert 43 <= len(verifier) <= 128
    digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    assert digest == auth["code_challenge"]
    assert auth["redirect_uri"] == "http://localhost:3000/auth/oauth/google/callback"
    github.account = _github_account(new_email("pkce-gh"))
    Flow(client).sign_in("github")
    gh_auth = github.authorize_requests[-1]
    assert gh_auth["scope"] == "read:user user:email" and gh_auth["code_challenge_method"] == "S256"
    assert github.token_requests[-1]["code_verifier"]


def test_id_token_with_a_foreign_nonce_is_refused(client, google, monkeypatch):
    """The ID token must carry this attempt's nonce (a token minted for another attempt is refused)."""
    google.account = _google_account(new_email("nonce"))
    flow = Flow(client)
    start = flow.start("google")
    tampered = start.replace("nonce=", "nonce=other")
    r = flow.callback(flow.authorize(tampered))
    assert _query(r.headers["location"]) == {"error": "oauth_failed"}
    assert _user(google.account["email"]) is None


def _signed_in_client(uid: int):
    from starlette.testclient import TestClient

    from careercopilot import api

    with session_scope() as s:
        token = users.start_session(session=s, user_id=uid)
    c = TestClient(api.app, base_url="http://localhost:3000")
    c.cookies.set(settings.session_cookie_name, token)
    return c


def test_link_from_settings_and_cross_user_unlink(oauth_settings, google, github):
    a_email, b_email = new_email("own-a"), new_email("own-b")
    a_uid = _password_account(a_email, verified=False)  # linking while signed in needs no verified address
    b_uid = _password_account(b_email, verified=True)
    with _signed_in_client(a_uid) as a_client:
        github.account = _github_account(new_email("gh-of-a"))
        r = Flow(a_client).sign_in("github", link="1")
        assert r.headers["location"] == "/settings?notice=identity_linked"
        assert _identities(a_uid) == [("github", str(github.account["id"]))]
        a_github = dict(github.account)
    with _signed_in_client(b_uid) as b_client:
        github.account = a_github  # B tries to link A's GitHub account
        r = Flow(b_client).sign_in("github", link="1")
        assert r.headers["location"] == "/settings?error=identity_taken"
    assert _identities(b_uid) == []
    with session_scope() as s:
        a_identity = identities.list_identities(session=s, user_id=a_uid)[0].id
        assert identities.list_identities(session=s, user_id=b_uid) == []  # B sees none of A's
    with pytest.raises(LookupError), session_scope() as s:
        identities.unlink(session=s, user_id=b_uid, identity_id=a_identity)
    assert _identities(a_uid) == [("github", str(a_github["id"]))]
    with session_scope() as s:  # A has a password: unlinking the provider is allowed
        identities.unlink(session=s, user_id=a_uid, identity_id=a_identity)
    assert _identities(a_uid) == []


def test_link_start_without_a_session_goes_to_login(client):
    r = client.get("/auth/oauth/google/start", params={"link": "1"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login?error=session_expired"


def test_the_last_way_to_sign_in_cannot_be_unlinked(client, google):
    email = new_email("only-google")
    google.account = _google_account(email)
    Flow(client).sign_in("google")
    uid = _user(email).id
    with session_scope() as s:
        ident = identities.list_identities(session=s, user_id=uid)[0].id
    with pytest.raises(oauth.OAuthError) as exc, session_scope() as s:
        identities.unlink(session=s, user_id=uid, identity_id=ident)
    assert exc.value.code == "identity_last"
    assert len(_identities(uid)) == 1


def test_unconfigured_provider_has_no_button_and_no_route(client, override_settings):
    from careercopilot.views.sign_in import provider_rows

    assert [r["id"] for r in provider_rows()] == ["oauth-google", "oauth-github"]
    override_settings(github_client_secret=None)
    assert [r["id"] for r in provider_rows("/jobs")] == ["oauth-google"]
    assert provider_rows("/jobs")[0]["href"] == "/auth/oauth/google/start?next=%2Fjobs"
    r = client.get("/auth/oauth/github/start", follow_redirects=False)
    assert r.headers["location"] == "/login?error=oauth_unavailable"


def test_provider_sign_in_with_two_factor_asks_for_the_code_first(client, google):
    import pyotp

    email = new_email("g-2fa")
    google.account = _google_account(email)
    Flow(client).sign_in("google")
    uid = _user(email).id
    with session_scope() as s:
        secret = totp.begin_enrolment(session=s, user_id=uid).secret
    with session_scope() as s:
        totp.confirm_enrolment(session=s, user_id=uid, code=pyotp.TOTP(secret).at(datetime.now(timezone.utc), -1))
    r = Flow(client).sign_in("google", next="/jobs")
    assert r.headers["location"] == "/login?step=two-factor"
    assert settings.session_cookie_name not in r.cookies and r.cookies.get(totp.PENDING_COOKIE)
    done = client.post("/auth/two-factor", data={"code": pyotp.TOTP(secret).now()},
                       headers={"Origin": "http://localhost:3000"}, follow_redirects=False)
    assert done.headers["location"].endswith("/jobs")
    assert _session_user(done).user_id == uid


def test_provider_sign_in_and_second_step_never_block_the_event_loop(client, google, github):
    """The routes under blockbuster (as EVENT_LOOP_GUARD runs the app): a blocking call made on the
    event loop from careercopilot code raises BlockingError, which the TestClient re-raises."""
    import pyotp
    from blockbuster import BlockBuster

    from careercopilot.careercopilot import PASS_THROUGH_MIDDLEWARE

    oauth._metadata.clear()
    email = new_email("loop")
    google.account = _google_account(email)
    github.account = _github_account(new_email("loop-gh"))
    guard = BlockBuster(scanned_modules=["careercopilot"], excluded_modules=list(PASS_THROUGH_MIDDLEWARE))
    guard.activate()
    try:
        assert Flow(client).sign_in("google").headers["location"] == "/dashboard"
        assert Flow(client).sign_in("github").headers["location"] == "/dashboard"
    finally:
        guard.deactivate()
    uid = _user(email).id
    with session_scope() as s:
        secret = totp.begin_enrolment(session=s, user_id=uid).secret
    with session_scope() as s:
        totp.confirm_enrolment(session=s, user_id=uid, code=pyotp.TOTP(secret).at(datetime.now(timezone.utc), -1))
    guard.activate()
    try:
        assert Flow(client).sign_in("google").headers["location"] == "/login?step=two-factor"
        done = client.post("/auth/two-factor", data={"code": pyotp.TOTP(secret).now()},
                           headers={"Origin": "http://localhost:3000"}, follow_redirects=False)
    finally:
        guard.deactivate()
    assert done.headers["location"].endswith("/dashboard")


def test_link_completes_only_for_the_user_still_signed_in(oauth_settings, github):
    a_uid = _password_account(new_email("switch-a"), verified=True)
    b_uid = _password_account(new_email("switch-b"), verified=True)
    with _signed_in_client(a_uid) as browser:
        github.account = _github_account(new_email("gh-switch"))
        flow = Flow(browser)
        callback = flow.authorize(flow.start("github", link="1"))
        with session_scope() as s:  # A signs out and B signs in, in the same browser
            b_token = users.start_session(session=s, user_id=b_uid)
        browser.cookies.set(settings.session_cookie_name, b_token)
        r = flow.callback(callback)
        assert r.headers["location"] == "/login?error=session_expired"
    assert _identities(a_uid) == [] and _identities(b_uid) == []


def test_providers_on_the_local_network_need_the_ssrf_allowlist(client, google, github, override_settings):
    """Issue 9 finding 3: a provider URL on loopback is refused unless SSRF_ALLOW_HOSTS lists it —
    the discovery document (Google) before the redirect, the token endpoint (GitHub) at the callback."""
    google.account = _google_account(new_email("g-ssrf"))
    github.account = _github_account(new_email("gh-ssrf"))
    flow = Flow(client)
    github_authorize = flow.start("github")  # GitHub's authorize URL is built without a request
    override_settings(ssrf_allow_hosts=[])
    oauth._metadata.clear()
    r = client.get("/auth/oauth/google/start", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?error=oauth_failed")
    assert google.discovery_url not in r.headers["location"]
    r = flow.callback(flow.authorize(github_authorize))
    assert r.status_code == 303 and r.headers["location"].startswith("/login?error=oauth_failed")
    assert settings.session_cookie_name not in r.cookies
