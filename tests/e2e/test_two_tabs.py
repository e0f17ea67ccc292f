"""Two tabs of one browser on one application (a new user's finding): tab A saves its notes, then
tab B — loaded before A's save — saves its own. B must be refused in words, keep B's typed text,
and leave A's notes in place; Reload then shows A's notes."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.pages import SignupPage, unique_email


def _open_detail(pg, app_id: str) -> None:
    pg.goto(f"/applications/{app_id}")
    expect(pg.locator("#detail-title")).to_have_text("Conflict Engineer", timeout=30_000)
    pg.wait_for_timeout(500)  # hydrated


def test_stale_tab_notes_save_is_refused_and_keeps_both_texts(page):
    SignupPage(page).open().signup_ok(unique_email("twotabs"))
    page.goto("/applications")
    expect(page.locator("#stage-column-saved")).to_be_visible(timeout=30_000)
    page.wait_for_timeout(500)
    page.fill("#manual-company", "Tabs Corp")
    page.fill("#manual-title", "Conflict Engineer")
    page.click("#manual-submit")
    card = page.locator("#stage-column-saved [id^=app-card-]")
    expect(card).to_have_count(1, timeout=15_000)
    app_id = (card.get_attribute("id") or "").rsplit("-", 1)[-1]

    tab_a, tab_b = page, page.context.new_page()
    _open_detail(tab_a, app_id)
    _open_detail(tab_b, app_id)

    tab_a.fill("#notes-input", "Notes from tab A")
    tab_a.click("#notes-save")
    expect(tab_a.locator("#detail-notice")).to_contain_text("Notes saved.", timeout=15_000)
    expect(tab_a.locator("#notes-rendered")).to_contain_text("Notes from tab A")

    tab_b.fill("#notes-input", "Notes from tab B")
    tab_b.click("#notes-save")
    expect(tab_b.locator("#detail-error")).to_contain_text("changed in another tab or window", timeout=15_000)
    expect(tab_b.locator("#detail-notice", has_text="Notes saved.")).to_have_count(0)
    expect(tab_b.locator("#notes-input")).to_have_value("Notes from tab B")  # nothing typed is lost

    tab_a.reload()
    expect(tab_a.locator("#notes-rendered")).to_contain_text("Notes from tab A", timeout=30_000)

    tab_b.click("#detail-reload")
    expect(tab_b.locator("#notes-input")).to_have_value("Notes from tab A", timeout=15_000)
    expect(tab_b.locator("#detail-reload")).to_have_count(0)
