"""The Preferences place picker with the keyboard only (issue 10: keyboard operation of every
control; production build, chromium):

* Tab reaches the box; typing shows suggestions and the count is announced (``role=status``);
* Enter in the box picks the first suggestion and never submits the form (a quick Enter saved
  the preferences without the place);
* ArrowDown moves into the suggestions, arrows move between them, ArrowUp from the first and
  Escape return to the box; Enter on a suggestion picks it;
* after a pick or a chip's removal focus is back in the box (it fell to ``<body>``);
* the chosen places are saved with the form (Enter on "Save preferences") and kept on reload.
"""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.pages import SignupPage, unique_email


def _active_id(page) -> str:
    return page.evaluate("() => (document.activeElement && document.activeElement.id) || document.activeElement.tagName")


def _wait_active(page, element_id: str) -> None:
    try:
        page.wait_for_function("(id) => document.activeElement && document.activeElement.id === id", arg=element_id,
                               timeout=10_000)
    except Exception:
        raise AssertionError(f"focus is on {_active_id(page)!r}, not #{element_id}") from None


def _tab_to(page, element_id: str, limit: int = 40) -> None:
    for _ in range(limit):
        if _active_id(page) == element_id:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached #{element_id}")


def test_place_picker_with_the_keyboard(page):
    SignupPage(page).open().signup_ok(unique_email("places"))
    page.goto("/preferences")
    expect(page.locator("#prefs-save")).to_be_enabled(timeout=30_000)  # the fields are enabled once the saved values loaded
    page.wait_for_load_state("networkidle")
    chips = page.locator("#prefs-places .prefs-place")
    before = chips.count()

    page.locator("#prefs-titles").focus()
    _tab_to(page, "prefs-locations")
    page.keyboard.type("Wellin", delay=40)
    suggestions = page.locator("#prefs-suggestions button")
    expect(suggestions.first).to_be_visible(timeout=15_000)
    expect(page.locator("#prefs-suggestions-count")).to_contain_text("found")
    assert suggestions.count() >= 2, "Wellington has several places"

    # arrows: into the list, along it, back to the box
    page.keyboard.press("ArrowDown")
    _wait_active(page, "prefs-suggestion-0")
    page.keyboard.press("ArrowDown")
    _wait_active(page, "prefs-suggestion-1")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    _wait_active(page, "prefs-locations")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    _wait_active(page, "prefs-suggestion-1")
    second = suggestions.nth(1).inner_text()
    page.keyboard.press("Enter")  # picks the focused (second) suggestion
    expect(chips).to_have_count(before + 1, timeout=15_000)
    expect(page.locator("#prefs-places")).to_contain_text(second)
    _wait_active(page, "prefs-locations")
    expect(suggestions).to_have_count(0)

    # Enter in the box picks the first suggestion; the form is not submitted
    page.keyboard.type("Auckla", delay=40)
    expect(suggestions.first).to_contain_text("Auckland", timeout=15_000)
    page.keyboard.press("Enter")
    expect(chips).to_have_count(before + 2, timeout=15_000)
    expect(page.locator("#prefs-places")).to_contain_text("Auckland")
    _wait_active(page, "prefs-locations")
    page.wait_for_timeout(500)
    expect(page.locator("#prefs-saved")).to_have_count(0)
    # an Enter typed before the list arrived does nothing (no save, no pick)
    page.keyboard.type("Berl", delay=10)
    page.keyboard.press("Enter")
    page.wait_for_timeout(800)
    expect(page.locator("#prefs-saved")).to_have_count(0)
    # Escape in the list returns to the box
    expect(suggestions.first).to_be_visible(timeout=15_000)
    page.keyboard.press("ArrowDown")
    _wait_active(page, "prefs-suggestion-0")
    page.keyboard.press("Escape")
    _wait_active(page, "prefs-locations")
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")

    # remove a chip with the keyboard: Shift+Tab back to its button, Enter; focus returns to the box
    remove = page.get_by_role("button", name=f"Remove {second}")
    for _ in range(10):
        page.keyboard.press("Shift+Tab")
        if page.evaluate("() => (document.activeElement.getAttribute('aria-label') || '')") == f"Remove {second}":
            break
    else:
        raise AssertionError("Shift+Tab never reached the chip's remove button")
    page.keyboard.press("Enter")
    expect(remove).to_have_count(0, timeout=15_000)
    expect(chips).to_have_count(before + 1)
    _wait_active(page, "prefs-locations")

    # save with the keyboard, reload: the place is kept
    _tab_to(page, "prefs-save")
    page.keyboard.press("Enter")
    expect(page.locator("#prefs-saved")).to_be_visible(timeout=30_000)
    page.reload()
    expect(page.locator("#prefs-places")).to_contain_text("Auckland", timeout=30_000)
    expect(page.locator("#prefs-places")).not_to_contain_text(second)


def test_text_left_in_the_box_is_added_or_stops_the_save(page):
    """ux122 finding 1 (trial105 finding 6): "Remote" typed and never picked was dropped by Save.
    Save now reads the box as submitted: one place is added and saved; a name of several places
    stops the save with a message beside Locations, the text kept in the box."""
    SignupPage(page).open().signup_ok(unique_email("placebox"))
    page.goto("/preferences")
    expect(page.locator("#prefs-save")).to_be_enabled(timeout=30_000)  # the fields are enabled once the saved values loaded
    page.wait_for_load_state("networkidle")
    box = page.locator("#prefs-locations")

    box.fill("Springfield")
    page.click("#prefs-save")
    expect(page.locator("#prefs-locations-error")).to_contain_text("several places", timeout=30_000)
    expect(page.locator("#prefs-saved")).to_have_count(0)
    expect(box).to_have_value("Springfield")

    box.fill("Remote")
    page.click("#prefs-save")  # at once: before any suggestion arrived
    expect(page.locator("#prefs-saved")).to_contain_text("was added to your locations", timeout=30_000)
    expect(page.locator("#prefs-places")).to_contain_text("Remote")
    page.wait_for_timeout(1500)  # the search the box's blur sent arrives after the save: no refill
    expect(page.locator("#prefs-locations")).to_have_value("")
    page.reload()
    expect(page.locator("#prefs-places")).to_contain_text("Remote", timeout=30_000)
