"""Issue 12 newcomer trial (a CPhT in Pittsburgh, chromium at 390 px), ux100 — browser behaviour:

* stale validation messages: a Preferences field's error is hidden once its text changed (and
  back when the same text returns), a reload starts without the last save's errors, and a
  field's character-count note is recounted when the app empties the field (the places box
  after "Add all") — before, it stayed "97 of 100 characters" under an empty box;
* the Jobs pay floor names both units and says back how it read what was typed ("25" is an
  hourly rate; "$25/hr"; "52k"), inside the 390 px viewport.
"""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.pages import SignupPage, unique_email
from tests.e2e.test_trial_findings import _ready

PHONE = {"width": 390, "height": 844}
LONG_TITLE = "Certified Pharmacy Technician " * 5  # 150 characters: one title over the 100-character limit
PLACES = "Pittsburgh, PA or Philadelphia, PA or Harrisburg, PA or Erie, PA or Allentown, PA or Scranton, PA"


def _limit_note(page, field_id: str):
    described = page.locator(f"#{field_id}").get_attribute("aria-describedby") or ""
    ids = [x for x in described.split() if x.startswith("cc-limit-")]
    assert ids, f"#{field_id} has no character-count note ({described!r})"
    return page.locator(f"#{ids[-1]}")


def test_preferences_errors_and_count_notes_never_outlive_their_text(page):
    page.set_viewport_size(PHONE)
    SignupPage(page).open().signup_ok(unique_email("stale-hints"))
    page.goto("/preferences")
    expect(page.locator("#prefs-save")).to_be_enabled(timeout=30_000)  # the fields are enabled once the saved values loaded
    _ready(page)

    # a rejected titles save: the message is under the field
    page.fill("#prefs-titles", LONG_TITLE.strip())
    page.click("#prefs-save")
    error = page.locator("#prefs-titles-error")
    expect(error).to_contain_text("at most 100 characters", timeout=30_000)
    # back under the limit: the message about the old text goes at once (no save needed)
    page.fill("#prefs-titles", "Pharmacy Technician")
    expect(error).to_be_hidden(timeout=5_000)
    # the same rejected text again: the message is true of it again
    page.fill("#prefs-titles", LONG_TITLE.strip())
    expect(error).to_be_visible(timeout=5_000)

    # a reload starts without the last save's errors
    page.reload()
    expect(page.locator("#prefs-save")).to_be_enabled(timeout=30_000)  # the fields are enabled once the saved values loaded
    _ready(page)
    expect(page.locator("#prefs-titles-error")).to_have_count(0, timeout=10_000)
    expect(page.locator("#prefs-error")).to_have_count(0)

    # a count note is recounted when the app empties the field ("Add all" clears the places box)
    box = page.locator("#prefs-locations")
    box.fill(PLACES)
    note = _limit_note(page, "prefs-locations")
    expect(note).to_have_text(f"{len(PLACES)} of 100 characters", timeout=5_000)
    add_all = page.locator("#prefs-phrase-add")
    expect(add_all).to_be_visible(timeout=60_000)
    add_all.click()
    expect(page.locator("#prefs-places .prefs-place").first).to_be_visible(timeout=15_000)
    expect(box).not_to_have_value(PLACES, timeout=10_000)  # emptied (a part not understood would stay)
    assert len(box.input_value()) < 90
    expect(note).to_be_hidden(timeout=5_000)


def test_pay_floor_says_its_unit_at_phone_width(page):
    page.set_viewport_size(PHONE)
    SignupPage(page).open().signup_ok(unique_email("pay-floor"))
    page.goto("/jobs")
    salary = page.locator("#filter-salary")
    expect(salary).to_be_visible(timeout=60_000)
    _ready(page)
    expect(page.locator("label[for=filter-salary]")).to_have_text("Minimum pay (a year or an hour)")
    reading = page.locator("#filter-salary-reading")
    for typed, said in [
        ("25", "Read as USD 25 an hour (≈ USD 52,000 a year); for a yearly amount type 25k"),
        ("$25/hr", "At least USD 25 an hour (≈ USD 52,000 a year)"),
        ("52k", "At least USD 52,000 a year (≈ USD 25 an hour)"),
    ]:
        salary.fill(typed)
        page.click("#jobs-apply-filters")
        expect(reading).to_have_text(said, timeout=30_000)
        expect(page.locator("#jobs-error")).to_have_count(0)
        box = reading.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
