"""Email flows through the real HTTP routes (FastAPI app), PostgreSQL, in-process jobs and a
loopback aiosmtpd: one-click unsubscribe (RFC 8058), password reset, neutral sign-up and email
verification; the Outbox without SMTP."""

from __future__ import annotations

import json
import re
import statistics
import time
import types
import uuid
from urllib.parse import quote

import itsdangerous.timed
import pytest
from starlette.testclient import TestClient

from careercopilot import api
from careercopilot.db import session_scope
from careercopilot.models import MailMessage, MailOptOut, User
from careercopilot.config import settings
from careercopilot.services import form_return, mail, users
from careercopilot.services.background import wait_inline_jobs
from careercopilot.services.mail import outbox
from sqlmodel import select

APP = "http://localhost:3000"
ORIGIN = {"Origin": APP}
PASSWORD = "a-Long-enough-passphrase-41"
NEW_PASSWORD = "another-Long-passphrase-97"


@pytest.fixture
def client(mail_pg):
    with TestClient(api.app, base_url=APP) as c:
        yield c


def _account(password: str = PASSWORD, *, sessions: int = 0) -> tuple[int, str, list[str]]:
    email = f"acct-{uuid.uuid4().hex[:10]}@example.com"
    with session_scope() as s:
        user = users.create_user(session=s, email=email, password=password)
        tokens = [users.start_session(session=s, user_id=user.id) for _ in range(sessions)]
        return user.id, email, tokens


def _wait_for(server, email: str, count: int = 1, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and server.count_for(email) < count:
        time.sleep(0.05)
    wait_inline_jobs()
    return server.messages_for(email)


def _link(msg, path: str) -> str:
    text = msg.get_body(("plain",)).get_content()
    return re.search(rf"https?://\S+{re.escape(path)}\S*", text).group(0)


def test_one_click_unsubscribe_without_session_or_csrf(client, smtp_server, make_users):
    (uid, email), = make_users(1, name="unsub")
    with session_scope() as s:
        mail.queue(session=s, user_id=uid, kind="digest", dedupe_key="2026-12-04", to_addr=email,
                   template="test_email", context={}, topic="digest")
    got = _wait_for(smtp_server, email)[0]
    assert got["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = re.fullmatch(r"<(.+)>", got["List-Unsubscribe"]).group(1)
    path = url[len(APP):]
    assert path.startswith("/unsubscribe/")

    page = client.get(path)  # a GET (link scanner, preview) only shows the confirmation page
    assert page.status_code == 200 and 'name="List-Unsubscribe" value="One-Click"' in page.text
    with session_scope() as s:
        assert not outbox_opted(s, uid)
    assert client.post(path, data={"other": "x"}).status_code == 400  # RFC 8058 body required
    assert client.post(path + "x", data={"List-Unsubscribe": "One-Click"}).status_code == 400  # forged

    # a mail client's POST: no cookie, no CSRF token, no Origin at all — and a foreign one too
    assert client.post(path, data={"List-Unsubscribe": "One-Click"}).status_code == 200
    again = client.post(path, data={"List-Unsubscribe": "One-Click"}, headers={"Origin": "https://mail.example.net"})
    assert again.status_code == 200 and "no longer receive job digests" in again.text
    with session_scope() as s:
        assert outbox_opted(s, uid)
        row, created = mail.queue(session=s, user_id=uid, kind="digest", dedupe_key="2026-12-05", to_addr=email,
                                  template="test_email", context={}, topic="digest")
        assert created and row.status == "suppressed"
    mail.deliver_due()
    assert smtp_server.count_for(email) == 1


def test_an_unsubscribe_link_of_an_account_scheduled_for_deletion_is_not_valid_on_get_or_post(client, make_users):
    """README: no link works once deletion is requested. The POST refused it already; the GET page
    still asked "Stop receiving job digests?" (session 25 probe)."""
    from datetime import datetime, timezone

    from careercopilot.services.mail import tokens

    (uid, _email), = make_users(1, name="unsub-deleting")
    path = "/unsubscribe/" + tokens.make("unsubscribe", {"u": uid, "t": "digest"})
    assert client.get(path).status_code == 200  # usable account: the confirmation page
    with session_scope() as s:
        user = s.get(User, uid)
        user.deletion_requested_at = datetime.now(timezone.utc)
        s.add(user)
    page = client.get(path)
    assert page.status_code == 400 and "not valid" in page.text and "List-Unsubscribe" not in page.text
    assert client.post(path, data={"List-Unsubscribe": "One-Click"}).status_code == 400


def outbox_opted(session, uid: int) -> bool:
    return session.exec(select(MailOptOut).where(MailOptOut.user_id == uid, MailOptOut.topic == "digest")).first() \
        is not None


def test_password_reset_by_email(client, smtp_server):
    uid, email, sessions = _account(sessions=2)
    r = client.post("/auth/forgot", data={"email": email.upper()}, headers=ORIGIN, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("/login?notice=reset_requested")
    assert "@" not in r.headers["location"] and "cc_form=" in r.headers["set-cookie"]  # the address: a cookie
    link = _link(_wait_for(smtp_server, email)[0], "/reset?token=")
    token = link.split("token=", 1)[1]

    r = client.post("/auth/reset", data={"token": token, "new_password": NEW_PASSWORD,
                                         "new_password_confirm": NEW_PASSWORD}, headers=ORIGIN, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("/login?notice=password_reset")
    with session_scope() as s:
        assert all(users.resolve_session(session=s, token=t) is None for t in sessions)  # every session revoked
        assert users.authenticate(session=s, email=email, password=NEW_PASSWORD).id == uid
        with pytest.raises(users.InvalidCredentials):
            users.authenticate(session=s, email=email, password=PASSWORD)

    # single use: the same link again is refused (the password it was made for is gone)
    r = client.post("/auth/reset", data={"token": token, "new_password": "yet-another-Passphrase-3",
                                         "new_password_confirm": "yet-another-Passphrase-3"}, headers=ORIGIN,
                    follow_redirects=False)
    assert r.headers["location"].endswith("/forgot?error=reset_invalid")
    with session_scope() as s:
        users.authenticate(session=s, email=email, password=NEW_PASSWORD)


def test_one_reset_link_used_by_racing_requests_changes_the_password_once(mail_pg):
    """Session 25 probe: 4 parallel posts of one link gave 2 "password reset" notices and the second
    password won. The hash is compare-and-set against the one the link was made for: one request
    wins, the others read "already used", and the winner's password is the one that works."""
    import threading

    from careercopilot.services import account_mail
    from careercopilot.services.mail import tokens

    uid, email, _ = _account()
    with session_scope() as s:
        token = tokens.make("reset", {"u": uid, "p": tokens.password_fingerprint(s.get(User, uid).password_hash)})
    # every request has read the account (and checked the link) before any of them writes
    barrier, outcomes = threading.Barrier(4), {}
    real_reset_user = account_mail.reset_user

    def reset_user_then_wait(**kw):
        user = real_reset_user(**kw)
        barrier.wait(timeout=30)
        return user

    def attempt(i):
        try:
            with session_scope() as s:
                account_mail.reset_password(session=s, token=token, new_password=f"racing-Passphrase-{i}-x7")
            outcomes[i] = "reset"
        except tokens.InvalidToken:
            outcomes[i] = "refused"

    account_mail.reset_user = reset_user_then_wait
    try:
        threads = [threading.Thread(target=attempt, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        account_mail.reset_user = real_reset_user
    winners = [i for i, o in outcomes.items() if o == "reset"]
    assert len(outcomes) == 4 and len(winners) == 1, outcomes
    with session_scope() as s:
        assert users.authenticate(session=s, email=email, password=f"racing-Passphrase-{winners[0]}-x7").id == uid


def test_reset_link_expires_after_thirty_minutes(client, smtp_server):
    from careercopilot.services import account_mail

    uid, email, _ = _account()
    clock = types.SimpleNamespace(time=lambda: time.time() - 31 * 60)
    with pytest.MonkeyPatch.context() as m, session_scope() as s:
        m.setattr(itsdangerous.timed, "time", clock)  # the link was made 31 minutes ago
        account_mail.request_reset(session=s, email=email, dedupe_key="old")
    token = _link(_wait_for(smtp_server, email)[0], "/reset?token=").split("token=", 1)[1]
    r = client.post("/auth/reset", data={"token": token, "new_password": NEW_PASSWORD,
                                         "new_password_confirm": NEW_PASSWORD}, headers=ORIGIN, follow_redirects=False)
    assert r.headers["location"].endswith("/forgot?error=reset_expired")
    with session_scope() as s:
        users.authenticate(session=s, email=email, password=PASSWORD)  # unchanged


def test_reset_answer_is_neutral_and_takes_the_same_time(client, smtp_server, override_settings):
    override_settings(auth_rate_limit_ip=1000, auth_rate_limit_account=1000)
    _, email, _ = _account()
    nobody = f"nobody-{uuid.uuid4().hex[:8]}@example.com"
    timings: dict[str, list[float]] = {"existing": [], "missing": []}
    answers = set()
    for _ in range(8):
        for label, addr in (("existing", email), ("missing", nobody)):
            start = time.perf_counter()
            r = client.post("/auth/forgot", data={"email": addr}, headers=ORIGIN, follow_redirects=False)
            timings[label].append(time.perf_counter() - start)
            # the answer hands the typed address back to the login form in a signed cookie
            # (form_return), never in the URL: identical, whether or not the address has an account
            assert quote(addr, safe="") not in r.headers["location"] and addr not in r.headers["location"]
            assert form_return.unseal(r.cookies.get(form_return.COOKIE), page="/login") == addr
            answers.add((r.status_code, r.headers["location"], r.text,
                         tuple(sorted(c.split("=", 1)[0] for c in r.headers.get_list("set-cookie")))))
            wait_inline_jobs()
    assert len(answers) == 1  # byte-identical answers
    a, b = statistics.median(timings["existing"]), statistics.median(timings["missing"])
    print(f"forgot median: existing {a * 1000:.1f} ms, missing {b * 1000:.1f} ms")
    assert abs(a - b) < max(0.05, 0.5 * max(a, b))
    with session_scope() as s:
        assert s.exec(select(MailMessage).where(MailMessage.to_addr == nobody)).first() is None
    assert smtp_server.count_for(nobody) == 0
    assert 1 <= smtp_server.count_for(email) <= 8


@pytest.mark.parametrize("form", [{}, {"email": ""}, {"email": "   "}, {"email": "\t\n"}])
def test_blank_reset_request_queues_nothing(client, form):
    """A POST without an address (the page requires one; a script need not) is told so and
    queues no reset job (attack notes, session 7: it queued send_password_reset([""]))."""
    from careercopilot.models import BackgroundJob

    with session_scope() as s:
        before = len(s.exec(select(BackgroundJob)).all())
    r = client.post("/auth/forgot", data=form, headers=ORIGIN, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("/forgot?error=email_invalid")
    with session_scope() as s:
        assert len(s.exec(select(BackgroundJob)).all()) == before


def test_reset_requests_are_rate_limited_per_address(client, override_settings):
    override_settings(auth_rate_limit_ip=1000, auth_rate_limit_account=3)
    nobody = f"limited-{uuid.uuid4().hex[:8]}@example.com"
    codes = [client.post("/auth/forgot", data={"email": nobody}, headers=ORIGIN, follow_redirects=False)
             .headers["location"] for _ in range(4)]
    wait_inline_jobs()
    assert all("notice=reset_requested" in c for c in codes[:3])
    assert "error=rate_limited" in codes[3]


def test_neutral_signup_and_verification(client, smtp_server, override_settings):
    override_settings(email_verification=True)
    _, taken, _ = _account()
    form = {"password": NEW_PASSWORD, "password_confirm": NEW_PASSWORD, "timezone": "Europe/Berlin"}
    fresh = f"fresh-{uuid.uuid4().hex[:8]}@example.com"
    answers = []
    for addr in (taken, fresh):
        r = client.post("/auth/signup", data={**form, "email": addr}, headers=ORIGIN, follow_redirects=False)
        # no session either way (only form_return's cookie handing the address back to the form)
        answers.append((r.status_code, r.headers["location"],
                        any(c.startswith(f"{settings.session_cookie_name}=") for c in r.headers.get_list("set-cookie"))))
    assert answers[0] == answers[1] == (303, "/login?notice=check_email", False)
    notice = _wait_for(smtp_server, taken)[0]
    assert "already has one" in notice.get_body(("plain",)).get_content()
    verify = _link(_wait_for(smtp_server, fresh)[0], "/auth/verify?token=")

    login = {"email": fresh, "password": NEW_PASSWORD}
    r = client.post("/auth/login", data=login, headers=ORIGIN, follow_redirects=False)
    assert "error=email_unverified" in r.headers["location"]
    assert not any(c.startswith(f"{settings.session_cookie_name}=") for c in r.headers.get_list("set-cookie"))
    r = client.get(verify[len(APP):], follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login?notice=email_verified"
    r = client.post("/auth/login", data=login, headers=ORIGIN, follow_redirects=False)
    assert r.headers["location"].endswith("/dashboard")
    assert any(c.startswith(f"{settings.session_cookie_name}=") for c in r.headers.get_list("set-cookie"))
    assert client.get("/auth/verify?token=forged", follow_redirects=False).headers["location"] == \
        "/login?error=verify_invalid"


def test_signup_errors_do_not_tell_a_taken_address_from_a_free_one(client, smtp_server, override_settings):
    """Neutral sign-up: invalid input gets the same answer for a taken and a fresh address (an
    unknown time zone used to be checked only for new accounts: an enumeration oracle)."""
    override_settings(email_verification=True)
    _, taken, _ = _account()
    fresh = f"fresh-{uuid.uuid4().hex[:8]}@example.com"
    form = {"password": NEW_PASSWORD, "password_confirm": NEW_PASSWORD, "timezone": "Not/AZone"}
    answers = {}
    for addr in (taken, fresh):
        r = client.post("/auth/signup", data={**form, "email": addr}, headers=ORIGIN, follow_redirects=False)
        answers[addr] = r.headers["location"].replace(addr.replace("@", "%40"), "ADDR")
    assert answers[taken] == answers[fresh] == "/signup?error=timezone_unknown"  # (the address: a cookie)


def test_signup_with_a_taken_address_takes_the_same_time(client, smtp_server, override_settings):
    """Neutral sign-up: with verification on, a taken address and a fresh one get the same answer in
    about the same time (both hash the password; both queue one message)."""
    override_settings(email_verification=True, auth_rate_limit_ip=1000, auth_rate_limit_account=1000)
    _, taken, _ = _account()
    form = {"password": NEW_PASSWORD, "password_confirm": NEW_PASSWORD}
    timings: dict[str, list[float]] = {"taken": [], "fresh": []}
    for _ in range(5):
        for label in ("taken", "fresh"):
            addr = taken if label == "taken" else f"new-{uuid.uuid4().hex[:8]}@example.com"
            start = time.perf_counter()
            r = client.post("/auth/signup", data={**form, "email": addr}, headers=ORIGIN, follow_redirects=False)
            timings[label].append(time.perf_counter() - start)
            assert r.headers["location"] == "/login?notice=check_email"
    wait_inline_jobs()
    a, b = statistics.median(timings["taken"]), statistics.median(timings["fresh"])
    print(f"signup median: taken {a * 1000:.1f} ms, fresh {b * 1000:.1f} ms")
    assert abs(a - b) < max(0.05, 0.5 * max(a, b))
    assert smtp_server.count_for(taken) == 1  # one notice per account and day, however often


def test_without_smtp_messages_go_to_the_outbox(use_pg, override_settings):
    override_settings(smtp_host=None)
    uid, email, _ = _account()
    from careercopilot.services import account_mail

    with session_scope() as s:
        assert account_mail.request_reset(session=s, email=email, dedupe_key="outbox-1")
    with session_scope() as s:
        items = outbox.list_messages(session=s, user_id=uid)
        assert [(i.subject, i.status, i.unread) for i in items] == [("Reset your Career Copilot password", "outbox", True)]
        opened = outbox.open_message(session=s, user_id=uid, message_id=items[0].id)
        assert any("/reset?token=" in link for link in opened.links)
        with pytest.raises(LookupError):
            outbox.open_message(session=s, user_id=uid + 10_000, message_id=items[0].id)
    with session_scope() as s:
        assert outbox.unread_count(session=s, user_id=uid) == 0
        row = s.get(User, uid)
        assert row.email_verified_at is None  # created after the migration: not verified yet


def test_a_session_alone_cannot_read_an_emailed_reset_link(client, smtp_server):
    """Attack notes (session 6): with SMTP configured, the reset link goes to the mailbox only.
    A stolen session used to open it in the Outbox (or in a data export) and set a password of
    its choosing. The Outbox and the export now leave that body out; the mail still carries it."""
    from careercopilot.services import data_export

    uid, email, _ = _account()
    r = client.post("/auth/forgot", data={"email": email}, headers=ORIGIN, follow_redirects=False)
    assert r.headers["location"].endswith("/login?notice=reset_requested")
    link = _link(_wait_for(smtp_server, email)[0], "/reset?token=")
    token = link.split("token=", 1)[1]
    with session_scope() as s:
        item, = outbox.list_messages(session=s, user_id=uid)
        opened = outbox.open_message(session=s, user_id=uid, message_id=item.id)
        assert item.status == "sent" and opened.subject == "Reset your Career Copilot password"
        assert token not in opened.text and not any("/reset" in link for link in opened.links)
        exported = data_export.collect_rows(session=s, user_id=uid)["mailmessage"]
        assert exported and not any(token in json.dumps(row) for row in exported)
    # the mailbox's link still works
    r = client.post("/auth/reset", data={"token": token, "new_password": NEW_PASSWORD,
                                         "new_password_confirm": NEW_PASSWORD}, headers=ORIGIN, follow_redirects=False)
    assert r.headers["location"].endswith("/login?notice=password_reset")
