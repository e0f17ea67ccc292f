"""A resume upload on a phone says what is happening while the file travels and while it is read
(trial81 LOW 10: on a slow uplink the page showed nothing until the file had arrived).

The uplink is throttled through the Chrome DevTools Protocol (``Network.emulateNetworkConditions``,
8 KiB/s up: a ~23 KB file travels for seconds) and a MutationObserver records every text ``#resume-upload-progress`` shows, so the
test reads the sequence, not one moment of it: "Sending your file… N %" first, "Reading your
resume…" after, then the stored version's notice."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.pages import SignupPage, unique_email

RESUME = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "writing" / "planted_resumes.json")
                    .read_text("utf-8"))["A"]

RECORD = """() => {
  window.__progressSeen = [];
  const box = document.querySelector('#resume-upload-progress');
  const note = () => { const t = box.innerText.trim(); if (t && window.__progressSeen.at(-1) !== t) window.__progressSeen.push(t); };
  new MutationObserver(note).observe(box, {subtree: true, childList: true, characterData: true});
}"""


def test_a_phone_upload_shows_sending_then_reading(page, tmp_path):
    SignupPage(page).open().signup_ok(unique_email("uplink"))
    page.set_viewport_size({"width": 390, "height": 844})
    # ~23 KB: a project list under a real resume (small enough that reading and scoring it do not
    # hold up the tests after this one on the shared app)
    projects = "\n".join(f"- Project {i}: moved the team's weekly report {i} to PostgreSQL and cut its run time"
                         for i in range(1, 260))
    resume = tmp_path / "long-resume.txt"
    resume.write_text(RESUME + "\n\nPROJECTS\n" + projects + "\n", encoding="utf-8")
    page.goto("/resume")
    expect(page.locator("#resume-upload-progress")).to_be_attached(timeout=30_000)
    page.evaluate(RECORD)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": 100,
                                                   "downloadThroughput": -1, "uploadThroughput": 8 * 1024})
    page.locator("#resume-upload input[type=file]").set_input_files(str(resume))
    page.locator("#resume-upload-button").click()
    expect(page.locator("#resume-upload-progress")).to_contain_text("Sending your file", timeout=10_000)
    expect(page.locator("#resume-notice")).to_be_visible(timeout=120_000)
    cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": 0,
                                                   "downloadThroughput": -1, "uploadThroughput": -1})
    seen = page.evaluate("() => window.__progressSeen")
    sending = [t for t in seen if t.startswith("Sending your file")]
    reading = [i for i, t in enumerate(seen) if t.startswith("Reading your resume")]
    assert sending and reading, seen
    assert seen.index(sending[0]) < reading[0], seen  # sent, then read
    expect(page.locator("#resume-upload-progress")).to_have_text("")  # done: nothing left to say
