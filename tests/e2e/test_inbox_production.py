"""The live inbox across app processes, in chromium, on the production stack of
``test_production_stack`` (PostgreSQL, Redis, RQ workers, GRANIAN_WORKERS=2; the fixture is
imported, so this module starts its own stack — run it alone, it is slow).

Two tabs of one user are shown to be served by DIFFERENT app workers: each tab's inbox watcher
logs ``inbox.watching`` with its process id and the tab's name (SHA-256 of Reflex's client token
from the tab's sessionStorage, first 12 hex digits; ``state/inbox.py``). A notification created
in another process (a CLI-like ``python -c`` on the production settings) reaches both bells
through Redis pub/sub without a reload; marking it read in one tab lowers the bell in the other.
Closed tabs end their watchers (``inbox.watch_ended`` in the log): nothing leaks."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS, CSP_LISTENER, ConsoleLog
from tests.e2e.pages import DEFAULT_PASSWORD, LoginPage, unique_email
from tests.e2e.test_production_stack import prod_stack  # noqa: F401  (the module fixture)
from tests.support import services

#: Tabs opened at most until two sit on different workers (the kernel spreads connections;
#: all on one of 2 workers has odds 2⁻⁹ with 10).
MAX_TABS = 10

_NOTIFY = """
import sys
from sqlmodel import select
from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services import notifications
with session_scope() as s:
    uid = s.exec(select(User.id).where(User.email == sys.argv[1])).one()
    _, created = notifications.notify(session=s, user_id=uid, kind="search_alert", dedupe_key="e2e-prod-1",
                                      title="New match: Platform Engineer", link="/jobs")
print("CREATED", created)
"""


def _log_text(stack) -> str:
    return (stack["base"] / "app.log").read_text(errors="replace")


def _event_pids(stack, event: str, tab: str) -> list[int]:
    """Process ids of the app log lines of ``event`` for ``tab`` (console or JSON renderer)."""
    pids = []
    for line in _log_text(stack).splitlines():
        if event not in line or tab not in line:
            continue
        if line.lstrip().startswith("{"):
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if row.get("event") == event and row.get("tab") == tab:
                pids.append(int(row["pid"]))
        elif (m := re.search(r"\bpid=(\d+)", line)) and re.search(rf"\b{re.escape(event)}\b", line):
            pids.append(int(m.group(1)))
    return pids


def _tab_name(tab) -> str | None:
    """The tab's name in the app log, once Reflex saved its client token (on connecting)."""
    token = tab.evaluate("() => window.sessionStorage.getItem('token')")
    return hashlib.sha256(token.encode()).hexdigest()[:12] if token else None


def _watcher(stack, tab) -> tuple[str, int] | None:
    """(tab name, pid of the process whose watcher serves it) once the app log has it."""
    name = _tab_name(tab)
    pids = _event_pids(stack, "inbox.watching", name) if name else []
    return (name, pids[-1]) if pids else None


def _open_tab(context, logs: list[ConsoleLog]):
    tab = context.new_page()
    log = ConsoleLog()
    log.attach(tab)
    logs.append(log)
    tab.goto("/dashboard")
    expect(tab.locator("#nav-bell")).to_be_visible(timeout=30_000)
    return tab


def test_bell_updates_live_in_tabs_served_by_two_app_workers(prod_stack, browser):  # noqa: F811
    stack, env = prod_stack, prod_stack["env"]
    email = unique_email("inbox-prod")
    made = subprocess.run([services.python(), "-m", "careercopilot", "create-user", email, "--password",
                           DEFAULT_PASSWORD], cwd=stack["repo"], env=env, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    context = browser.new_context(base_url=stack["app"].url, viewport={"width": 1280, "height": 860})
    context.set_default_timeout(20_000)
    context.add_init_script(CSP_LISTENER)
    logs: list[ConsoleLog] = []
    try:
        first = context.new_page()
        logs.append(ConsoleLog())
        logs[-1].attach(first)
        LoginPage(first).open().login_ok(email, DEFAULT_PASSWORD)

        # open tabs until two are watched by different app processes
        tabs: dict[str, tuple[object, int]] = {}
        for _ in range(MAX_TABS):
            tab = _open_tab(context, logs)
            name, pid = services.wait_until(lambda t=tab: _watcher(stack, t), timeout=30,
                                            what="the inbox watcher of the new tab in the app log")
            tabs[name] = (tab, pid)
            if len({p for _, p in tabs.values()}) >= 2:
                break
        pids = {p for _, p in tabs.values()}
        assert len(pids) == 2, f"all {len(tabs)} tabs were served by one worker: {pids}"
        by_pid = {}
        for name, (tab, pid) in tabs.items():
            by_pid.setdefault(pid, (name, tab))
        (name_a, tab_a), (name_b, tab_b) = by_pid.values()
        # the rest close: their watchers end (Reflex cancels a disconnected tab's page-load chain)
        closed = [name for name, (tab, _) in tabs.items() if tab not in (tab_a, tab_b)]
        for name in closed:
            tabs[name][0].close()
        first.close()
        for name in closed:
            services.wait_until(lambda n=name: _event_pids(stack, "inbox.watch_ended", n), timeout=30,
                                what=f"the watcher of closed tab {name} to end")
        for tab in (tab_a, tab_b):
            expect(tab.locator("#nav-bell")).to_have_attribute("aria-label", "Notifications, none unread")

        out = subprocess.run([services.python(), "-c", _NOTIFY, email], cwd=stack["repo"], env=env,
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0 and "CREATED True" in out.stdout, out.stderr[-3000:]
        for tab in (tab_a, tab_b):  # neither tab reloaded
            expect(tab.locator("#nav-bell-count")).to_have_text("1", timeout=30_000)
            expect(tab.locator("#nav-bell")).to_have_attribute("aria-label", "Notifications, 1 unread")

        tab_a.locator("#nav-bell").click()
        expect(tab_a.locator("#inbox-list li")).to_have_count(1, timeout=30_000)
        expect(tab_a.locator("#inbox-list li").first).to_contain_text("New match: Platform Engineer")
        tab_a.locator("#inbox-mark-all").click()
        expect(tab_a.locator("#nav-bell-count")).to_have_count(0, timeout=15_000)
        expect(tab_b.locator("#nav-bell-count")).to_have_count(0, timeout=30_000)  # the other worker's tab
        expect(tab_b.locator("#nav-bell")).to_have_attribute("aria-label", "Notifications, none unread")
        tab_b.screenshot(path=str(ARTIFACTS / "inbox-production-tab-b.png"), full_page=True)
    finally:
        context.close()
    errors = [e for log in logs for e in log.errors]
    if errors:
        pytest.fail("browser console errors:\n" + "\n".join(errors), pytrace=False)
