"""Smoke of the tracker pages in the production build (not the full journey, which the lead owns):
add an application manually, move it on the board, edit notes/follow-up on the detail page,
see it on the analytics funnel and the dashboard, and export CSV with its stage history."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.pages import SignupPage, move_card, unique_email


def test_tracker_pages_flow(page):
    SignupPage(page).open().signup_ok(unique_email("tracker"))
    page.goto("/applications")
    expect(page.locator("#stage-column-saved")).to_be_visible(timeout=30_000)
    page.wait_for_timeout(500)
    page.fill("#manual-company", "Smoke Corp")
    page.fill("#manual-title", "Platform Engineer")
    page.fill("#manual-notes", "**Referral** from <script>alert(1)</script> Dana")
    page.click("#manual-submit")
    card = page.locator("#stage-column-saved [id^=app-card-]")
    expect(card).to_have_count(1, timeout=15_000)
    app_id = (card.get_attribute("id") or "").rsplit("-", 1)[-1]
    move_card(page, app_id, "applied")
    expect(page.locator(f"#stage-column-applied #app-card-{app_id}")).to_be_visible(timeout=15_000)

    page.click(f"#app-link-{app_id}")
    expect(page.locator("#detail-title")).to_have_text("Platform Engineer", timeout=15_000)
    expect(page.locator("#notes-rendered strong")).to_have_text("Referral")
    expect(page.locator("#notes-rendered")).to_contain_text("<script>alert(1)</script>")  # escaped, shown as text
    expect(page.locator("#stage-history")).to_contain_text("applied")
    page.fill("#notes-input", "Called **Dana** on Monday")
    page.click("#notes-save")
    expect(page.locator("#notes-rendered strong")).to_have_text("Dana", timeout=15_000)
    page.fill("#contact-name", "Dana Recruiter")
    page.fill("#contact-email", "dana@smoke.example")
    page.click("#contact-add")
    expect(page.locator("#contacts-list")).to_contain_text("Dana Recruiter", timeout=15_000)

    page.goto("/analytics")
    expect(page.locator("#metric-total")).to_contain_text("1", timeout=30_000)
    expect(page.locator("#funnel-rates")).to_contain_text("applied")

    page.goto("/dashboard")
    expect(page.locator("#pipeline-counts")).to_contain_text("applied", timeout=30_000)

    page.goto("/applications")
    expect(page.locator(f"#app-card-{app_id}")).to_be_visible(timeout=30_000)
    with page.expect_download() as dl:
        page.click("#export-csv")
    text = open(dl.value.path(), encoding="utf-8").read()
    assert "Smoke Corp" in text and re.search(r"->saved; \S+ saved->applied", text)
