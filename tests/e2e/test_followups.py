"""Follow-up reminders in chromium against the session's production build (embedded default: no
SMTP, so the reminder mail lands in the Outbox): sign up, add an application, move it to
Applied on the board, see its reminder on the application page; a CLI step moves the reminder's
due time a week back (``reminders shift``) and delivers it (``reminders due --deliver``); the
dashboard at phone width lists it, snooze it with the keyboard, mark it done on the application
page (which schedules follow-up 2), download the application's .ics, and create, fetch and turn
off the private calendar feed.

Runs on the session's app (tests/e2e/conftest.py): never a second app from this checkout."""

from __future__ import annotations

import subprocess
from pathlib import Path

from icalendar import Calendar
from playwright.sync_api import expect

from tests.e2e.pages import OutboxPage, SignupPage, move_card, unique_email
from tests.support import services

COMPANY = "Comma, Semicolon; Co"
TITLE = "Platform Engineer"


def _cli(app_server, *args: str) -> str:
    done = subprocess.run([services.python(), "-m", "careercopilot", *args], cwd=app_server.cwd, env=app_server.env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def _ready(page) -> None:
    page.wait_for_function("() => document.readyState === 'complete'")
    try:
        page.wait_for_load_state("networkidle", timeout=15_000)
    except Exception:  # pages that poll never go idle
        pass


def test_followup_reminder_snooze_done_ics_and_feed(page, app_server):
    email = unique_email("followups")
    SignupPage(page).open().signup_ok(email)

    # an application, moved to Applied with the board's menu
    page.goto("/applications")
    expect(page.locator("#manual-company")).to_be_visible(timeout=30_000)
    _ready(page)
    page.fill("#manual-company", COMPANY)
    page.fill("#manual-title", TITLE)
    page.click("#manual-submit")
    card = page.locator("#stage-column-saved [id^=app-card-]", has_text=TITLE)
    expect(card).to_have_count(1, timeout=15_000)
    app_id = (card.get_attribute("id") or "").rsplit("-", 1)[-1]
    move_card(page, app_id, "applied")
    expect(page.locator(f"#stage-column-applied #app-card-{app_id}")).to_be_visible(timeout=15_000)

    # the application page shows the stage-driven reminder, due in a week
    page.goto(f"/applications/{app_id}")
    reminders = page.locator("#application-reminders")
    expect(reminders).to_contain_text("Follow up (1 of 2)", timeout=30_000)
    expect(reminders).to_contain_text("Due")
    expect(reminders).to_contain_text(" 09:00")  # a working-hours time in the user's zone (issue 10)

    # time passes: the CLI moves the due date 8 days back and delivers like the periodic job
    out = _cli(app_server, "reminders", "shift", "--user", email, "--days", "8")
    assert "moved 1 open reminder" in out
    out = _cli(app_server, "reminders", "due", "--user", email, "--deliver")
    assert "Follow up (1 of 2)" in out and COMPANY in out and "announced 1" in out
    assert "announced 0" in _cli(app_server, "reminders", "due", "--user", email, "--deliver")  # once only

    # the dashboard at phone width: snooze with the keyboard
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/dashboard")
    due = page.locator("#followups-due")
    expect(due).to_contain_text(COMPANY, timeout=30_000)
    expect(due).to_contain_text("Overdue · ")  # a day late: the board's word, one rule (issue 10)
    _ready(page)
    snooze = due.locator("[id^=reminder-snooze-3d-]").first
    expect(snooze).to_have_attribute("aria-label", f"Snooze Follow up (1 of 2): {COMPANY} for 3 days")
    box = snooze.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, f"snooze button off screen at 390 px: {box}"
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 391, "the page scrolls sideways at 390 px"
    snooze.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#reminders-message")).to_contain_text("Snoozed for 3 days", timeout=15_000)
    expect(page.locator("#empty-followups")).to_be_visible()

    # the mail went to the Outbox (no SMTP on the embedded default)
    page.set_viewport_size({"width": 1280, "height": 900})
    OutboxPage(page).open().wait_for_subject(f"Follow up (1 of 2): {COMPANY}")

    # the application page: snoozed; Done schedules follow-up 2
    page.goto(f"/applications/{app_id}")
    reminders = page.locator("#application-reminders")
    expect(reminders).to_contain_text("Snoozed until", timeout=30_000)
    _ready(page)
    done = reminders.locator("[id^=reminder-done-]").first
    done.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#reminders-message")).to_contain_text("Marked done", timeout=15_000)
    expect(reminders).to_contain_text("Follow up (2 of 2)")

    # "Add to calendar": the .ics holds the open follow-up 2, company text escaped and parsed back
    with page.expect_download() as dl:
        page.click("#reminders-ics")
    cal = Calendar.from_ical(Path(dl.value.path()).read_bytes())
    summaries = [str(e["summary"]) for e in cal.walk("VEVENT")]
    assert summaries == [f"Follow up (2 of 2): {COMPANY} — {TITLE}"]

    # Settings: create the private feed, fetch it without a session, turn it off → 404
    page.goto("/settings")
    rotate = page.locator("#calendar-feed-rotate")
    expect(rotate).to_be_visible(timeout=30_000)
    _ready(page)
    rotate.click()
    url_box = page.locator("#calendar-feed-url")
    expect(url_box).to_be_visible(timeout=15_000)
    feed_url = url_box.input_value()
    assert "/calendar/" in feed_url and feed_url.endswith(".ics")
    path = "/calendar/" + feed_url.split("/calendar/", 1)[1]
    anonymous = page.context.browser.new_context(base_url=app_server.url)
    try:
        got = anonymous.request.get(path)
        assert got.status == 200 and got.headers["content-type"].startswith("text/calendar")
        assert [str(e["summary"]) for e in Calendar.from_ical(got.body()).walk("VEVENT")] == summaries
        assert anonymous.request.get(path.replace(".ics", "x.ics")).status == 404
        page.click("#calendar-feed-revoke")
        expect(page.locator("#calendar-feed-message")).to_contain_text("turned off", timeout=15_000)
        gone = anonymous.request.get(path)
        assert gone.status == 404 and email.encode() not in gone.body()
    finally:
        anonymous.close()
