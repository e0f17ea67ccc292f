"""The live inbox in chromium on the session app (embedded default: SQLite, in-process jobs,
the in-process broker): two tabs of one user; a writing generation started in the first tab
finishes in a job thread and the SECOND tab (phone width, on the Inbox page) shows it in its
top-bar bell and its list without a reload; the inbox lists it with a link into the app; marking it read lowers the bell in
both tabs. Settings → Notifications shows a one-click email unsubscribe as email switched off and
keeps the alert times."""

from __future__ import annotations

import re
import subprocess

import httpx
from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS, ConsoleLog
from tests.e2e.pages import DEFAULT_PASSWORD, SignupPage, unique_email
from tests.support import services

_MAKE_DOCUMENT = """
from careercopilot.db import session_scope
from careercopilot.models import JobPosting, User
from careercopilot.services import writing_documents as docs
from sqlmodel import select
with session_scope() as s:
    user = s.exec(select(User).where(User.email == {email!r})).one()
    posting = s.exec(select(JobPosting.id).order_by(JobPosting.id)).first()
    doc = docs.create_document(session=s, user_id=user.id, kind="cover_letter", posting_id=posting)
    docs.add_version(session=s, doc=doc, text="Dear hiring team, I would like to apply.", source="edit")
    doc.status = "ready"
    s.add(doc)
    s.flush()
    print("DOC", doc.id)
"""

_UNSUBSCRIBE_URL = """
from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services.mail.sendlog import unsubscribe_url
from sqlmodel import select
with session_scope() as s:
    user = s.exec(select(User).where(User.email == {email!r})).one()
    print("URL", unsubscribe_url(user.id, "digest"))
"""


def _script(app_server, code: str, tag: str) -> str:
    out = subprocess.run([services.python(), "-c", code], cwd=app_server.cwd, env=app_server.env,
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-3000:]
    return next(line.split(" ", 1)[1] for line in out.stdout.splitlines() if line.startswith(tag + " "))


def _second_tab(page, width: int = 1280):
    tab = page.context.new_page()
    tab.set_viewport_size({"width": width, "height": 860})
    log = ConsoleLog()
    log.attach(tab)
    return tab, log


def test_bell_updates_live_in_a_second_tab_and_mark_read_lowers_both(page, app_server):
    email = unique_email("inbox")
    SignupPage(page).open().signup_ok(email)
    doc_id = _script(app_server, _MAKE_DOCUMENT.format(email=email), "DOC")

    phone, phone_log = _second_tab(page, width=390)
    phone.goto("/inbox")
    expect(phone.locator("#inbox-empty")).to_be_visible(timeout=30_000)
    bell = phone.locator("#mnav-bell")
    expect(bell).to_be_visible(timeout=30_000)
    expect(bell).to_have_attribute("aria-label", "Notifications, none unread")
    expect(phone.locator("#mnav-bell-count")).to_have_count(0)
    phone.wait_for_load_state("networkidle")

    # the first tab starts a generation; it finishes in a job thread of the app process
    page.goto(f"/writing/{doc_id}")
    expect(page.locator("#doc-regenerate")).to_be_visible(timeout=30_000)
    page.locator("#doc-regenerate").click()
    expect(page.locator("#doc-status")).to_have_text(re.compile("ready|failed"), timeout=120_000)

    # the phone tab was never reloaded: its bell counts the new item
    expect(phone.locator("#mnav-bell-count")).to_have_text("1", timeout=30_000)
    expect(bell).to_have_attribute("aria-label", "Notifications, 1 unread")
    expect(phone.locator("#inbox-status")).to_have_text("1 unread notification")
    expect(phone.locator("#inbox-list li")).to_have_count(1)  # the open list shows it too
    expect(phone.locator("#inbox-list li").first).to_contain_text("Unread")
    expect(page.locator("#nav-bell-count")).to_have_text("1", timeout=30_000)

    # the inbox: newest first, a link into the app, marked unread; mark it read
    page.locator("#nav-bell").click()
    expect(page).to_have_url(re.compile(r"/inbox/?$"), timeout=30_000)
    items = page.locator("#inbox-list li")
    expect(items).to_have_count(1, timeout=30_000)
    expect(items.first).to_contain_text("Writing finished")
    expect(items.first.get_by_role("link")).to_have_attribute("href", f"/writing/{doc_id}")
    expect(page.locator("#nav-bell")).to_have_attribute("aria-current", "page")
    items.first.get_by_role("button", name=re.compile("^Mark read")).click()
    expect(items.first.get_by_role("button", name=re.compile("^Mark read"))).to_have_count(0, timeout=15_000)
    expect(page.locator("#nav-bell-count")).to_have_count(0, timeout=15_000)
    # …and in the other tab, without a reload
    expect(phone.locator("#mnav-bell-count")).to_have_count(0, timeout=30_000)
    expect(bell).to_have_attribute("aria-label", "Notifications, none unread")
    expect(phone.locator("#inbox-list li").first).not_to_contain_text("Unread", timeout=15_000)
    phone.screenshot(path=str(ARTIFACTS / "inbox-phone-tab.png"), full_page=True)
    assert not phone_log.errors, phone_log.errors


def test_settings_show_a_one_click_unsubscribe_and_keep_alert_times(page, app_server):
    email = unique_email("prefs")
    SignupPage(page).open().signup_ok(email)
    url = _script(app_server, _UNSUBSCRIBE_URL.format(email=email), "URL")
    token = url.rsplit("/", 1)[-1]
    # RFC 8058 one-click: a POST with no session and no CSRF token
    r = httpx.post(f"{app_server.url}/unsubscribe/{token}", data={"List-Unsubscribe": "One-Click"}, timeout=30)
    assert r.status_code == 200, r.text

    page.goto("/settings")
    digest_email = page.locator("#pref-digest-email")
    expect(digest_email).to_have_attribute("aria-checked", "false", timeout=30_000)
    expect(page.locator("#pref-search_alert-email")).to_have_attribute("aria-checked", "true")
    expect(page.locator("#pref-sync_finished-email")).to_have_attribute("aria-checked", "false")

    # turning it back on removes the unsubscribe; turning an in-app kind off sticks
    digest_email.click()
    expect(digest_email).to_have_attribute("aria-checked", "true", timeout=15_000)
    page.locator("#pref-sync_finished-in_app").click()
    expect(page.locator("#pref-sync_finished-in_app")).to_have_attribute("aria-checked", "false", timeout=15_000)

    page.select_option("#alert-quiet-start", "22")
    page.select_option("#alert-quiet-end", "7")
    page.select_option("#alert-digest-hour", "18")
    page.select_option("#alert-weekday", "4")
    page.locator("#alert-timing-submit").click()
    expect(page.locator("#alert-timing-saved")).to_contain_text("saved", timeout=15_000)

    # a half-set quiet-hours pair is refused with a message naming the problem, nothing lost
    page.select_option("#alert-quiet-end", "off")
    page.locator("#alert-timing-submit").click()
    expect(page.locator("#alert-timing-error")).to_contain_text("both a start and an end", timeout=15_000)

    page.reload()
    expect(page.locator("#alert-quiet-start")).to_have_value("22", timeout=30_000)
    expect(page.locator("#alert-quiet-end")).to_have_value("7")
    expect(page.locator("#alert-digest-hour")).to_have_value("18")
    expect(page.locator("#alert-weekday")).to_have_value("4")
    expect(page.locator("#pref-digest-email")).to_have_attribute("aria-checked", "true")
    expect(page.locator("#pref-sync_finished-in_app")).to_have_attribute("aria-checked", "false")


def test_a_tab_whose_session_was_revoked_stops_hearing_the_inbox(page, new_page, app_server):
    """Attack notes (session 6): a tab kept by a stolen — then revoked — session must not keep
    receiving the owner's inbox live. The owner changes the password (every session revoked,
    the attacker's too) and finishes a generation: the owner's new tab sees it; the revoked tab
    on /inbox shows nothing new."""
    email = unique_email("revoked")
    SignupPage(page).open().signup_ok(email)
    doc_id = _script(app_server, _MAKE_DOCUMENT.format(email=email), "DOC")
    stolen_cookie = next(c for c in page.context.cookies() if c["name"] == "cc_session")

    attacker, attacker_log = new_page()  # another browser holding a copy of the session cookie
    attacker.context.add_cookies([stolen_cookie])
    attacker.goto("/inbox")
    expect(attacker.locator("#inbox-empty")).to_be_visible(timeout=30_000)
    attacker.wait_for_load_state("networkidle")

    new_password = "another-Long-passphrase-97"
    r = httpx.post(f"{app_server.url}/auth/password", headers={"Origin": app_server.url},
                   cookies={"cc_session": stolen_cookie["value"]}, timeout=30,
                   data={"current_password": DEFAULT_PASSWORD, "new_password": new_password,
                         "new_password_confirm": new_password})
    assert r.status_code == 303 and "password_changed" in r.headers["location"], r.headers
    fresh = r.cookies["cc_session"]
    page.context.clear_cookies()
    page.context.add_cookies([{**stolen_cookie, "value": fresh}])

    owner_inbox = page.context.new_page()
    owner_inbox.goto("/inbox")
    expect(owner_inbox.locator("#inbox-empty")).to_be_visible(timeout=30_000)
    owner_inbox.wait_for_load_state("networkidle")
    page.goto(f"/writing/{doc_id}")
    expect(page.locator("#doc-regenerate")).to_be_visible(timeout=30_000)
    page.locator("#doc-regenerate").click()
    expect(page.locator("#doc-status")).to_have_text(re.compile("ready|failed"), timeout=120_000)

    expect(owner_inbox.locator("#inbox-list li")).to_have_count(1, timeout=30_000)  # the owner's tab hears it
    expect(owner_inbox.locator("#nav-bell-count")).to_have_text("1")
    # the same publish woke the revoked tab's watcher: it ended instead of showing the item. An
    # absence can't be polled for: give that watcher the time the owner's tab needed, again.
    attacker.wait_for_timeout(5_000)
    expect(attacker.locator("#inbox-list li")).to_have_count(0)
    expect(attacker.locator("#nav-bell-count")).to_have_count(0)
    assert not attacker_log.errors, attacker_log.errors
