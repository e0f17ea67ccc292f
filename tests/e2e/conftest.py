"""E2E harness: the app from its REAL production build, driven by Debian chromium via Playwright.

Fixtures (reuse them; write flows with the page objects in ``tests/e2e/pages.py``):

* ``app_server`` (session) — :class:`tests.support.app.AppProcess` started ONCE from this
  repository (migrate → seed if the CLI has it → ``run --port <free>``) on the embedded
  default (SQLite + in-process jobs) with ``DATA_DIR`` in a temp dir and ``DEMO_FEED=on``,
  under ``EVENT_LOOP_GUARD`` (blockbuster): a blocking call made on the event loop by the
  app's code raises ``BlockingError``; every test FAILS when one appears in the app log
  while it ran (issue 9, finding 14).
  ``app_server.url`` is ``http://127.0.0.1:<port>``; ``app_server.log()`` its output.
  It lists the clipper extension as a first-party OAuth client (``OAUTH_CLIENTS``: client
  ``clipper``, redirect URI :func:`clipper_redirect_uri`), as README "Job clipper" tells operators.
  ``app_server.board`` is a loopback job board (:class:`tests.support.board_server.RecordedBoard`)
  whose one ``127.0.0.1:<port>`` the app lists in ``SSRF_ALLOW_HOSTS``: a source pointed at it
  syncs inside the app process ("Sync now"), as test_alerts_journey.py does.
  Set ``CC_E2E_URL`` to drive an app you already started instead (development only; with
  ``CC_E2E_DATA_DIR`` = its DATA_DIR for the tests' CLI steps and ``CC_E2E_LOG`` = its log).
* ``browser`` (session) — chromium (``/usr/bin/chromium``, the flags from PLATFORM.md;
  Playwright gives it a fresh profile).
* ``page`` — a new browser context (no cookies) + page with ``base_url`` = the app. It
  records console messages; the test FAILS on any console error, uncaught page error or
  Content-Security-Policy violation. A screenshot is saved to
  ``test-results/e2e/<test>.png`` after every test.
* ``new_page`` — factory ``new_page() -> (page, ConsoleLog)`` for more isolated pages (a
  second user) with the same checks; ``ConsoleLog.messages``/``.errors`` list what was logged.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support import app as app_support

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-results" / "e2e"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
#: Reports CSP violations as console errors so the page fixture sees them.
CSP_LISTENER = """
document.addEventListener('securitypolicyviolation', (e) => {
  console.error('CSP violation (Content Security Policy): ' + e.violatedDirective + ' blocked ' + e.blockedURI);
});
"""


def clipper_extension_id() -> str:
    """Chromium's id of the clipper: the first 128 bits of SHA-256 of its manifest ``key`` (the DER
    public key), hex digits 0-f written a-p (what chrome://extensions shows)."""
    import base64
    import hashlib
    import json

    key = base64.b64decode(json.loads((ROOT / "clipper" / "manifest.json").read_text())["key"])
    return "".join(chr(ord("a") + int(c, 16)) for c in hashlib.sha256(key).hexdigest()[:32])


def clipper_redirect_uri() -> str:
    """The clipper's ``chrome.identity.getRedirectURL()`` in Chromium."""
    return f"https://{clipper_extension_id()}.chromiumapp.org/"


def pytest_collection_modifyitems(items):
    """Time only the test bodies: the one-off app build happens in a session fixture."""
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.timeout(300, func_only=True))


@dataclass
class ConsoleLog:
    """Console messages and page errors of one page."""

    messages: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def attach(self, page) -> None:
        page.on("console", self._on_console)
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))

    def _on_console(self, msg) -> None:
        url = (msg.location or {}).get("url") or ""
        text = f"{msg.type}: {msg.text}" + (f" [{url}]" if url else "")
        self.messages.append(text)
        if msg.type == "error" or "Content Security Policy" in msg.text or "Content-Security-Policy" in msg.text:
            self.errors.append(text)


@pytest.fixture(scope="session")
def recorded_board():
    """The session's loopback job board (see ``app_server``)."""
    from tests.support.board_server import RecordedBoard

    board = RecordedBoard()
    yield board
    board.stop()


@pytest.fixture(scope="session")
def app_server(tmp_path_factory, recorded_board):
    """The app started once per run from the production build (see module docstring)."""
    if os.environ.get("CC_E2E_URL"):
        url = os.environ["CC_E2E_URL"].rstrip("/")
        # CLI steps of the tests (create-user, data scripts) use that app's DATA_DIR (CC_E2E_DATA_DIR)
        data = Path(os.environ.get("CC_E2E_DATA_DIR", str(ROOT / "data")))
        log = Path(os.environ.get("CC_E2E_LOG", "/dev/null"))
        external = app_support.AppProcess(url, int(url.rsplit(":", 1)[-1]), None, log, data, ROOT,
                                          app_support.app_env(data_dir=data, extra={"DEMO_FEED": "on"}))
        external.board = recorded_board  # that app must list it in SSRF_ALLOW_HOSTS for in-app syncs
        yield external
        return
    data_dir = tmp_path_factory.mktemp("e2e-data")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log_path = ARTIFACTS / "app.log"
    log_path.write_text("")
    tree_before = git_status(ROOT)
    # Every browser of the run comes from 127.0.0.1: the per-IP sign-up/login limit (20 per 5 min,
    # tested in tests/integration) would otherwise refuse the run's ~35 sign-ups when tests cluster.
    server = app_support.start_app(cwd=ROOT, data_dir=data_dir, log_path=log_path, extra_env={
        "DEMO_FEED": "on", "WRITING_OFFLINE_PACE_MS": "250", "EVENT_LOOP_GUARD": "true",
        "AUTH_RATE_LIMIT_IP": "500",
        "OAUTH_CLIENTS": '[{"client_id": "clipper", "name": "Career Copilot clipper", '
                         f'"redirect_uris": ["{clipper_redirect_uri()}"]}}]',
        # the loopback board's one port, as an operator lists a board on the local network
        "SSRF_ALLOW_HOSTS": f'["127.0.0.1:{recorded_board.port}"]'})
    server.board = recorded_board
    # what `run` (migrate, seed, reflex's build) did to the working tree: test_run_leaves_the_tree_clean
    server.tree_before, server.tree_after = tree_before, git_status(ROOT)
    print(f"\ne2e app at {server.url} (log: {log_path})")
    yield server
    server.stop()


def git_status(root: Path) -> str:
    """``git status --porcelain`` of ``root`` (untracked files included, ignored ones not)."""
    import subprocess

    return subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=root, check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_instance):
    """Headless Debian chromium (never `playwright install`)."""
    b = playwright_instance.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield b
    b.close()


def _artifact_name(nodeid: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid.split("::", 1)[-1])[:150]


def _log_size(app_server) -> int:
    try:
        return app_server.log_path.stat().st_size
    except OSError:
        return 0


def blocking_calls_since(app_server, offset: int) -> str:
    """The app log written since ``offset`` around the first ``BlockingError`` (blockbuster:
    a blocking call on the event loop), or "" when there is none."""
    try:
        with open(app_server.log_path, "rb") as f:
            f.seek(offset)
            text = f.read().decode(errors="replace")
    except OSError:
        return ""
    i = text.find("BlockingError")
    return "" if i < 0 else text[max(0, i - 4000): i + 400]


@pytest.fixture
def new_page(browser, app_server, request):
    """Factory ``new_page() -> (page, ConsoleLog)``: an isolated context (own cookies) per call."""
    made = []
    log_offset = _log_size(app_server)

    def make():
        context = browser.new_context(base_url=app_server.url, viewport={"width": 1280, "height": 860})
        context.set_default_timeout(20_000)
        context.add_init_script(CSP_LISTENER)
        pg = context.new_page()
        log = ConsoleLog()
        log.attach(pg)
        made.append((context, pg, log))
        return pg, log

    yield make
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    failures = []
    for i, (context, pg, log) in enumerate(made):
        suffix = "" if i == 0 else f"-{i + 1}"
        try:
            pg.screenshot(path=str(ARTIFACTS / f"{_artifact_name(request.node.nodeid)}{suffix}.png"), full_page=True)
        except Exception:  # a closed page has nothing to show
            pass
        failures += log.errors
        context.close()
    blocked = blocking_calls_since(app_server, log_offset)
    if blocked:
        failures.append("the app blocked its event loop (EVENT_LOOP_GUARD):\n" + blocked)
    if failures:
        pytest.fail("browser console errors / CSP violations:\n" + "\n".join(failures), pytrace=False)


@pytest.fixture
def page(new_page):
    """A fresh page (no session) at the app's base URL; console errors fail the test."""
    pg, _ = new_page()
    return pg


# The seeded admin site shared by the route sweeps (axe, design checks): built once per session.
from tests.e2e.seeded_site import site  # noqa: E402,F401
