"""Session 21 trial 18 (a dental hygienist, in chromium against the production build): an application
page's document buttons did nothing at all.

* With no resume yet, "Tailor my resume" and "Interview prep" stayed on the page without a word: the
  handler's "Upload your resume first…" went to ``PrepState.error``, which only the writing page showed.
  It is shown under the buttons now (for that application only).
* On another user's application (and any id that is not yours) the page said "Application not found"
  but still offered the four document buttons, each a silent no-op. They are gone there."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.pages import SignupPage, unique_email


def _manual_application(page, company: str, title: str) -> str:
    page.goto("/applications")
    expect(page.locator("#manual-company")).to_be_visible(timeout=30_000)
    page.wait_for_timeout(500)
    page.fill("#manual-company", company)
    page.fill("#manual-title", title)
    page.click("#manual-submit")
    card = page.locator("#stage-column-saved [id^=app-card-]")
    expect(card).to_have_count(1, timeout=15_000)
    return (card.get_attribute("id") or "").rsplit("-", 1)[-1]


@pytest.mark.parametrize("button", ["#tailor-start", "#prep-start"])
def test_a_document_button_that_cannot_start_says_why(page, button):
    SignupPage(page).open().signup_ok(unique_email("noresume"))
    app_id = _manual_application(page, "Barton Creek Family Dentistry", "Registered Dental Hygienist")
    page.goto(f"/applications/{app_id}")
    expect(page.locator(button)).to_be_visible(timeout=30_000)
    page.wait_for_timeout(500)
    page.click(button)
    expect(page.locator("#application-writing-error")).to_contain_text("Upload your resume first", timeout=15_000)
    expect(page).to_have_url(re.compile(rf"/applications/{app_id}/?$"))


def test_no_document_buttons_on_an_application_that_is_not_yours(page, new_page):
    SignupPage(page).open().signup_ok(unique_email("owner18"))
    app_id = _manual_application(page, "Skyline Smiles", "Dental Hygienist")
    page.goto(f"/applications/{app_id}")
    expect(page.locator("#tailor-start")).to_be_visible(timeout=30_000)   # the owner has them

    other, _ = new_page()
    SignupPage(other).open().signup_ok(unique_email("other18"))
    other.goto(f"/applications/{app_id}")
    expect(other.locator("#detail-not-found")).to_be_visible(timeout=30_000)
    for button in ("#tailor-start", "#prep-start", "#follow-up-start", "#thank-you-start"):
        expect(other.locator(button)).to_have_count(0)
