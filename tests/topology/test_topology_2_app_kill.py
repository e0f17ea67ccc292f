"""kill -9 of an app process in the middle of a journey (issue 15): the user's next action works on
the other process through nginx, signed in and with the page's server-side state kept (Reflex
state lives in Redis, so any process can serve any tab).

Which of the two processes holds the tab's websocket is not observable from the browser, so both
are killed in turn (app-1, then — after app-1 is back — app-2): one of the two kills hits the
process serving the tab, and each time the next action must work. The killed process leaves its
tab record in Redis; the tab keeps its token on the survivor only because the survivor can tell
that the record's owner is dead (careercopilot/socket_owners.py; without it the next action ran
on a fresh, empty state: session 6's finding, reproduced twice)."""

from __future__ import annotations

import uuid

from playwright.sync_api import expect

from tests.e2e.pages import Nav, SignupPage


def _add(page, company: str, title: str) -> None:
    page.locator("#manual-company").fill(company)
    page.locator("#manual-title").fill(title)
    page.locator("#manual-submit").click()
    expect(page.locator("#board")).to_contain_text(company, timeout=60_000)


def test_kill_9_app_process_mid_journey(topology, topo_page):
    page = topo_page
    email = f"kill-{uuid.uuid4().hex[:8]}@example.com"
    SignupPage(page).open().signup_ok(email)
    page.goto("/applications")
    _add(page, "Before Kill GmbH", "Site Reliability Engineer")
    actions_ok, kills = 1, []
    for victim in ("app-1", "app-2"):
        # page state on the server: the add form's drafts (set_draft events), not yet submitted;
        # a reload of the tab shows them again, so they are stored (Redis) before the kill
        company = f"After {victim} {uuid.uuid4().hex[:4]}"
        page.locator("#manual-company").fill(company)
        page.locator("#manual-title").fill("Platform Engineer")
        # one client's events are handled in order: once the (empty) URL import has answered,
        # the drafts typed before it are in the state
        page.locator("#from-url-submit").click()
        expect(page.locator("#from-url-error")).to_contain_text("Enter the URL", timeout=30_000)
        page.reload()
        expect(page.locator("#manual-company")).to_have_value(company, timeout=30_000)
        pid = topology.procs[victim].pid
        topology.kill_app(victim)
        kills.append(f"{victim} (pid {pid})")
        try:
            # the next action: submit the drafts typed before the kill (server-side state)
            page.locator("#manual-submit").click()
            expect(page.locator("#board")).to_contain_text(company, timeout=60_000)
            assert Nav(page).user_email() == email
            actions_ok += 1
        finally:
            topology.start_app(victim)  # the topology as it was, for the next tests
    with topology.primary.connect(topology.database) as conn:
        rows = conn.execute('SELECT count(*) FROM application a JOIN "user" u ON u.id = a.user_id '
                            "WHERE u.email = %s", (email,)).fetchone()[0]
    print(f"\nkilled {', '.join(kills)}; {actions_ok} actions ok, {rows} applications stored, "
          f"still signed in as {email}")
    assert rows == 3
