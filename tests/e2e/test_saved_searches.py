"""Saved searches, "Not interested" and the digest in chromium, on the session app (issue 13).

A new user searches on the Jobs page, saves the search (daily digest), finds it on the Saved
searches page; hides a posting from the Jobs list and undoes it; then a sync through the real
ingest service brings a new recorded Greenhouse posting that matches the search (a mock
transport stands in for the board, as in test_sources_floor.py), ``alerts run`` matches it and
``alerts digest --now`` builds the digest — which the user opens in the Outbox.
"""

from __future__ import annotations

import subprocess
import textwrap
import uuid

from playwright.sync_api import expect

from tests.e2e.pages import OutboxPage, SignupPage, unique_email
from tests.support import services

SYNC_ONE = textwrap.dedent("""
    import json, httpx
    from careercopilot.connectors import HttpFetcher
    from tests.support.netstub import public_dns
    from careercopilot.db import session_scope
    from careercopilot.models import Source
    from careercopilot.services import ingest_sync

    job = json.load(open("tests/fixtures/job-boards/greenhouse.json"))["jobs"][0]
    jobs = [dict(job, id={ats}, title="{title}", absolute_url="https://boards.greenhouse.io/alerts/jobs/{ats}")]
    body = json.dumps({{"jobs": jobs, "meta": {{"total": 1}}}}).encode()
    fetcher = HttpFetcher(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body)),
                          per_host_interval_s=0, max_retries=0, resolver=public_dns())
    with session_scope() as s:
        src = Source(type="greenhouse", token="e2e-alerts-{ats}", name="Alerts Test Board",
                     base_url="http://board.invalid")
        s.add(src)
        s.flush()
        sid = src.id
    with session_scope() as s:
        run = ingest_sync.sync_source(session=s, source_id=sid, fetcher=fetcher)
        print("SYNC", run.status, run.new_count)
""")


def _run(app_server, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([services.python(), *args], cwd=app_server.cwd, env=app_server.env, capture_output=True,
                          text=True, timeout=300)


def test_save_a_search_hide_and_undo_then_read_the_digest(app_server, page):
    word = "quokka" + uuid.uuid4().hex[:6]        # a word only the new posting will have
    email = unique_email("alerts")
    SignupPage(page).open().signup_ok(email)

    page.goto(f"/jobs?q={word}+engineer")
    expect(page.locator("#jobs-search")).to_have_value(f"{word} engineer", timeout=30_000)
    page.locator("#save-search-open").click()
    page.locator("#save-search-name").fill("Quokka roles")
    page.locator("#save-search-submit").click()
    expect(page.locator("#save-search-saved")).to_contain_text("Saved “Quokka roles”", timeout=20_000)
    page.locator("#save-search-open").click()          # the same search again (a double submit): that search
    page.locator("#save-search-name").fill("Quokka roles")
    page.locator("#save-search-submit").click()
    expect(page.locator("#save-search-saved")).to_contain_text("Saved “Quokka roles”", timeout=20_000)
    expect(page.locator("#save-search-error")).to_have_count(0)
    page.goto(f"/jobs?q={word}+designer")             # another search under the taken name: a clear error
    expect(page.locator("#jobs-search")).to_have_value(f"{word} designer", timeout=30_000)
    page.locator("#save-search-open").click()
    page.locator("#save-search-name").fill("Quokka roles")
    page.locator("#save-search-submit").click()
    expect(page.locator("#save-search-error")).to_contain_text("already have a saved search named", timeout=20_000)

    page.locator("#save-search-list-link").click()
    expect(page).to_have_url(f"{app_server.url}/alerts", timeout=30_000)
    row = page.locator(".saved-search", has_text="Quokka roles")
    expect(row).to_contain_text(f"{word} engineer", timeout=30_000)

    page.goto("/jobs")                               # hide the newest posting, then undo
    first = page.locator(".job-card").first
    expect(first).to_be_visible(timeout=30_000)
    card_id = first.get_attribute("id")
    first.get_by_role("button", name="Not interested", exact=False).click()
    expect(page.locator("#hide-toast")).to_be_visible(timeout=20_000)
    expect(page.locator(f"#{card_id}")).to_have_count(0, timeout=20_000)
    page.locator("#hide-undo").click()
    expect(page.locator(f"#{card_id}")).to_be_visible(timeout=20_000)

    ats = 920000 + int(uuid.uuid4().int % 70000)
    sync = _run(app_server, "-c", SYNC_ONE.format(ats=ats, title=f"Senior {word.capitalize()} Engineer"))
    assert sync.returncode == 0 and "SYNC succeeded 1" in sync.stdout, sync.stderr[-3000:]
    matched = _run(app_server, "-m", "careercopilot", "alerts", "run")
    assert matched.returncode == 0, matched.stderr[-3000:]
    preview = _run(app_server, "-m", "careercopilot", "alerts", "digest", "--user", email, "--dry-run")
    assert preview.returncode == 0 and f"Senior {word.capitalize()} Engineer" in preview.stdout, preview.stdout
    sent = _run(app_server, "-m", "careercopilot", "alerts", "digest", "--user", email, "--now")
    assert sent.returncode == 0 and "mailed" in sent.stdout, sent.stdout + sent.stderr[-2000:]

    page.goto("/outbox")
    outbox = OutboxPage(page).expect_loaded()
    outbox.wait_for_subject("Your daily job digest: 1 new posting").click()
    expect(page.locator("#outbox-body")).to_contain_text(f"Senior {word.capitalize()} Engineer", timeout=20_000)
    expect(page.locator("#outbox-body")).to_contain_text("Quokka roles")

    # phone width, keyboard: the Saved searches page fits 390 px and its controls take focus in turn
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/alerts")
    row = page.locator(".saved-search", has_text="Quokka roles")
    expect(row).to_be_visible(timeout=30_000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    sid = row.get_attribute("id").rsplit("-", 1)[1]
    page.locator(f"#search-open-{sid}").focus()
    page.keyboard.press("Tab")
    expect(page.locator(f"#search-delivery-{sid}")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator(f"#search-toggle-{sid}")).to_be_focused()
    page.keyboard.press("Enter")
    expect(row).to_contain_text("paused", timeout=20_000)
    expect(page.locator("#alerts-card-message")).to_have_text("Paused.")  # in the card, not off-screen

    # trial findings 2, 6, 7: a rename to another search's name is an error in that card; Delete
    # by keyboard moves focus to Undo (Enter twice never deletes two searches); Undo brings it back
    page.goto(f"/jobs?q={word}")
    page.locator("#save-search-open").click()
    expect(page.locator("#save-search-what")).to_contain_text(f"“{word}”")  # what will be saved
    page.locator("#save-search-name").fill("Other roles")
    page.locator("#save-search-submit").click()
    expect(page.locator("#save-search-saved")).to_contain_text("Saved “Other roles”", timeout=20_000)
    page.goto("/alerts")
    expect(page.locator(".saved-search")).to_have_count(2, timeout=30_000)  # the page's own load is done
    expect(page.locator(f"#search-name-{sid}")).to_have_text("Quokka roles")
    page.locator(f"#search-rename-{sid}").fill("Other roles")
    page.locator(f"#search-rename-submit-{sid}").click()
    expect(row.locator("#alerts-card-error")).to_contain_text("already have a saved search named “Other roles”",
                                                              timeout=20_000)
    expect(page.locator(f"#search-name-{sid}")).to_have_text("Quokka roles")
    page.locator(f"#search-delete-{sid}").focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"#search-undo-{sid}")).to_be_focused(timeout=20_000)
    expect(page.locator(f"#saved-search-{sid}")).to_contain_text("Deleted “\u2068Quokka roles\u2069”.")  # the name bidi-isolated
    assert page.locator(".saved-search").count() == 2  # the other search is untouched
    page.keyboard.press("Enter")
    expect(page.locator("#alerts-card-message")).to_contain_text("“\u2068Quokka roles\u2069” is back.", timeout=20_000)
    expect(page.locator("#alerts-card-message")).to_be_focused(timeout=10_000)
    expect(page.locator(".saved-search", has_text="Quokka roles")).to_contain_text("paused")
    expect(page.locator(".saved-search")).to_have_count(2)
