"""Issue 13's end-to-end journey in ONE flow, in chromium on the session app (embedded default:
SQLite, in-process jobs, no SMTP — mail lands in the Outbox).

1. A new user signs up, searches the Jobs page for a word no posting has yet and saves the search
   twice: *in the app only* (its alerts are inbox items the moment a sync's matching runs) and
   as a *daily* digest.
2. A second tab of the same user sits on the Jobs page, not reloaded from here on.
3. A job board (``app_server.board``: a loopback server answering a recorded Greenhouse payload,
   listed in the app's SSRF_ALLOW_HOSTS) had one posting at the last sync and now has a second,
   recorded posting with that word. An admin presses **Sync now** on the Sources page: the sync,
   indexing and saved-search matching all run as in-process jobs INSIDE the app process.
4. The second tab's bell rises to 1 without a reload; its Inbox lists the alert.
5. The digest's timing is the one step taken from the command line (``alerts digest --now``,
   as tests/e2e/test_saved_searches.py: the digest hour is otherwise hours away). The user opens
   it in the Outbox: the new posting, under the digest search's name, with an unsubscribe link.
6. That link's confirmation page (a GET changes nothing) → *Unsubscribe* (the RFC 8058
   ``List-Unsubscribe=One-Click`` POST) → Settings → Notifications shows digest email off.
7. Forgot password from a signed-out browser → the reset mail in the Outbox → a new password →
   signed in with it (the old one no longer works).
"""

from __future__ import annotations

import json
import re
import subprocess
import textwrap
import uuid
from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.conftest import ConsoleLog
from tests.e2e.pages import (
    DEFAULT_PASSWORD,
    DashboardPage,
    ForgotPage,
    LoginPage,
    OutboxPage,
    ResetPage,
    SignupPage,
    unique_email,
)
from tests.support import services

RECORDED = Path(__file__).resolve().parents[1] / "fixtures" / "job-boards" / "greenhouse.json"
NEW_PASSWORD = "heron-Lantern-4827"
RESET_SUBJECT = "Reset your Career Copilot password"

# The source the admin syncs: a Greenhouse board at the loopback board's address. It is created
# with a last sync time (the app's scheduler enqueues never-synced sources every 5 minutes, which
# would race "Sync now"), then a first sync through the same SSRF-guarded fetcher the app uses
# records what the board had before; "Sync now" is what brings the new posting.
ADD_SOURCE = textwrap.dedent("""
    from datetime import datetime, timezone
    from careercopilot.db import session_scope
    from careercopilot.models import Source
    from careercopilot.services import ingest_sync
    with session_scope() as s:
        src = Source(type="greenhouse", token={token!r}, name={name!r}, company="Journey Labs", base_url={base!r},
                     last_sync_at=datetime.now(timezone.utc))
        s.add(src)
        s.flush()
        sid = src.id
    with session_scope() as s:
        run = ingest_sync.sync_source(session=s, source_id=sid)
        print("FIRST", run.status, run.new_count, run.error)
    print("SOURCE", sid)
""")


def _board_body(jobs: list[dict]) -> bytes:
    return json.dumps({"jobs": jobs, "meta": {"total": len(jobs)}}).encode()


def _recorded_job(index: int, *, ats_id: int, token: str, title: str | None = None) -> dict:
    """A posting of the recorded Greenhouse payload with a fresh id (and URL, and title)."""
    job = json.loads(RECORDED.read_text("utf-8"))["jobs"][index]
    job = dict(job, id=ats_id, absolute_url=f"https://boards.greenhouse.io/{token}/jobs/{ats_id}")
    return dict(job, title=title) if title else job


def _cli(app_server, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([services.python(), *args], cwd=app_server.cwd, env=env or app_server.env,
                          capture_output=True, text=True, timeout=300)


def _save_search(page, name: str, delivery: str) -> None:
    """Save the applied search as ``name`` with the delivery whose menu label is ``delivery``."""
    page.locator("#save-search-open").click()
    page.locator("#save-search-name").fill(name)
    page.locator("#save-search-delivery").click()
    page.get_by_role("option", name=delivery, exact=True).click()
    expect(page.locator("#save-search-delivery")).to_contain_text(delivery)
    page.locator("#save-search-submit").click()
    expect(page.locator("#save-search-saved")).to_contain_text(f"Saved “{name}”", timeout=20_000)


def test_save_sync_live_bell_digest_unsubscribe_and_reset(app_server, page, new_page):
    word = "wombat" + uuid.uuid4().hex[:6]          # only the new posting will have this word
    title = f"Senior {word.capitalize()} Engineer"
    token = f"journey-{word}"
    email = unique_email("journey")

    # 1. sign up; search; save the search (in the app only) and again as a daily digest
    SignupPage(page).open().signup_ok(email)
    page.goto(f"/jobs?q={word}+engineer")
    expect(page.locator("#jobs-search")).to_have_value(f"{word} engineer", timeout=30_000)
    _save_search(page, "Wombat roles (inbox)", "In the app only")   # the menus show labels, not raw values
    _save_search(page, "Wombat roles (digest)", "Daily digest")
    page.goto("/alerts")
    for name in ("Wombat roles (inbox)", "Wombat roles (digest)"):
        expect(page.locator(".saved-search", has_text=name)).to_contain_text(f"{word} engineer", timeout=30_000)
    page.goto("/settings")                          # digest email is on before the unsubscribe
    expect(page.locator("#pref-digest-email")).to_have_attribute("aria-checked", "true", timeout=30_000)

    # 2. a second tab of the same user, never reloaded below
    tab = page.context.new_page()
    tab_log = ConsoleLog()
    tab_log.attach(tab)
    tab.goto("/jobs")
    bell = tab.locator("#nav-bell")
    expect(bell).to_have_attribute("aria-label", "Notifications, none unread", timeout=30_000)
    expect(tab.locator("#nav-bell-count")).to_have_count(0)
    tab.wait_for_load_state("networkidle")

    # 3. the board had one posting; it now has a second one matching the search
    board = app_server.board
    path = f"/v1/boards/{token}/jobs"
    base_id = 930000 + int(uuid.uuid4().int % 60000)
    old = _recorded_job(1, ats_id=base_id, token=token)
    board.serve(path, _board_body([old]))
    made = _cli(app_server, "-c", ADD_SOURCE.format(token=token, name=f"Journey board {word}", base=board.url))
    assert made.returncode == 0 and "FIRST succeeded 1 None" in made.stdout, made.stdout + made.stderr[-3000:]
    sid = int(made.stdout.rsplit("SOURCE", 1)[1])
    board.serve(path, _board_body([old, _recorded_job(0, ats_id=base_id + 1, token=token, title=title)]))

    admin_email = unique_email("journey-admin")
    admin_made = _cli(app_server, "-m", "careercopilot", "create-user", admin_email, "--password", DEFAULT_PASSWORD,
                      "--admin")
    assert admin_made.returncode == 0, admin_made.stderr
    admin, _ = new_page()
    LoginPage(admin).open().login_ok(admin_email, DEFAULT_PASSWORD)
    admin.goto("/sources")
    asked_before = board.requests.count(path)
    admin.locator(f"#sync-{sid}").click()
    expect(admin.locator("#sync-message")).to_contain_text(re.compile(r"\b1 new, .* of 2 fetched"), timeout=120_000)
    assert board.requests.count(path) == asked_before + 1   # the app itself fetched the board

    # 4. the second tab's bell rises without a reload; the inbox lists the alert
    expect(tab.locator("#nav-bell-count")).to_have_text("1", timeout=120_000)
    expect(bell).to_have_attribute("aria-label", "Notifications, 1 unread")
    bell.click()
    expect(tab).to_have_url(re.compile(r"/inbox/?$"), timeout=30_000)
    alert = tab.locator("#inbox-list li").first
    expect(alert).to_contain_text("Wombat roles (inbox)", timeout=30_000)
    expect(alert).to_contain_text(title)
    assert not tab_log.errors, tab_log.errors

    # 5. the digest (its timing from the CLI; the app's URL in its links) in the Outbox
    cli_env = {**app_server.env, "APP_URL": app_server.url}
    sent = _cli(app_server, "-m", "careercopilot", "alerts", "digest", "--user", email, "--now", env=cli_env)
    assert sent.returncode == 0 and "mailed" in sent.stdout, sent.stdout + sent.stderr[-2000:]
    page.goto("/outbox")
    outbox = OutboxPage(page).expect_loaded()
    unsubscribe = outbox.open_link("Your daily job digest: 1 new posting", "/unsubscribe/")
    body = page.locator("#outbox-body")
    expect(body).to_contain_text(title)
    expect(body).to_contain_text("Wombat roles (digest)")
    expect(body).not_to_contain_text("Wombat roles (inbox)")   # in-app-only searches send no mail

    # 6. one click: the confirmation page, then the RFC 8058 one-click POST; Settings shows it
    assert unsubscribe.startswith(f"{app_server.url}/unsubscribe/"), unsubscribe
    page.goto(unsubscribe)
    expect(page.locator("#page-title")).to_have_text("Unsubscribe", timeout=30_000)
    page.locator("#unsubscribe-confirm").click()
    expect(page.locator("#page-title")).to_have_text("Unsubscribed", timeout=30_000)
    expect(page.locator("main")).to_contain_text("no longer receive job digests by email")
    page.goto(f"{app_server.url}/settings")
    expect(page.locator("#pref-digest-email")).to_have_attribute("aria-checked", "false", timeout=30_000)
    expect(page.locator("#pref-search_alert-email")).to_have_attribute("aria-checked", "true")

    # 7. forgot password (signed out, elsewhere) → the reset mail in the Outbox → sign in with the new one
    other, _ = new_page()
    LoginPage(other).open().wait_hydrated()
    other.click("#to-forgot")
    ForgotPage(other).expect_loaded().request(email)
    LoginPage(other).expect_notice(re.compile("if an account uses that address", re.I))  # the Outbox wording says where the link is
    page.goto(f"{app_server.url}/outbox")
    link = OutboxPage(page).expect_loaded().open_link(RESET_SUBJECT, "/reset?token=")
    other.goto(link)
    ResetPage(other).set_password(NEW_PASSWORD)
    LoginPage(other).expect_loaded().expect_notice("Password changed")
    login = LoginPage(other).open()
    login.login(email, DEFAULT_PASSWORD)
    login.expect_error("Incorrect email or password.")
    LoginPage(other).open().login_ok(email, NEW_PASSWORD)
    DashboardPage(other).expect_loaded()
