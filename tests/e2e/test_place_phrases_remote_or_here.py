"""The place picker's answer to "Remote or Columbus, OH" and "near me" (issue 11, trial 41
findings 3 and 8a): the first read as remote anywhere or on site/hybrid in Columbus ("Add all"
ticks all three work modes, so an on-site Columbus job is no longer "Onsite, you want
remote"); "near me" for a person with no resume asks for a city instead of showing nothing."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.pages import SignupPage, unique_email


def test_remote_or_a_city_and_near_me(page):
    SignupPage(page).open().signup_ok(unique_email("remote-or"))
    page.goto("/preferences")
    expect(page.locator("#prefs-save")).to_be_enabled(timeout=30_000)  # the fields are enabled once the saved values loaded
    page.wait_for_load_state("networkidle")
    box, said = page.locator("#prefs-locations"), page.locator("#prefs-phrase")

    box.fill("near me")
    expect(said).to_contain_text("type your city", timeout=15_000)

    box.fill("Remote or Columbus, OH")
    expect(said).to_contain_text("Remote jobs anywhere, or on-site and hybrid jobs in Columbus, OH, US", timeout=15_000)
    page.locator("#prefs-phrase-add").click()
    expect(page.locator("#prefs-places")).to_contain_text("Columbus, OH, US", timeout=15_000)
    boxes = page.locator("#prefs-work-modes [role=checkbox]")
    expect(boxes).to_have_count(3)
    for i in range(3):
        expect(boxes.nth(i)).to_have_attribute("aria-checked", "true", timeout=15_000)


def test_enter_adds_every_place_of_a_typed_list(page):
    """Trial81 (session 26): "Mesa, Chandler, Gilbert or remote" + Enter kept only Mesa — Enter picked
    the first suggestion although the text named four places; it now adds all that was read."""
    SignupPage(page).open().signup_ok(unique_email("enter-all"))
    page.goto("/preferences")
    expect(page.locator("#prefs-save")).to_be_enabled(timeout=30_000)  # the fields are enabled once the saved values loaded
    page.wait_for_load_state("networkidle")
    box, chips = page.locator("#prefs-locations"), page.locator("#prefs-places")
    box.press_sequentially("Mesa, Chandler, Gilbert or remote", delay=20)
    expect(page.locator("#prefs-phrase")).to_contain_text("Gilbert, AZ, US", timeout=15_000)
    expect(page.locator("#prefs-suggestions-count")).to_contain_text("Enter adds everything", timeout=15_000)
    box.press("Enter")
    for town in ("Mesa, AZ, US", "Chandler, AZ, US", "Gilbert, AZ, US"):
        expect(chips).to_contain_text(town, timeout=15_000)
    expect(box).to_be_focused()
