"""Issue 9, findings 14 and 15, against the REAL production build (real websocket sessions):

* the app runs with ``EVENT_LOOP_GUARD`` (blockbuster): any blocking call made on the event
  loop from the app's code raises, and Reflex logs the BlockingError — the log must have none;
* while one session's "Add posting from URL" waits 5 s on a loopback server, other sessions'
  light events and page loads complete in under 1 s;
* a plain view of every protected page writes nothing to the database (SQLite's
  ``PRAGMA data_version``, read on a separate connection, changes on any other connection's
  commit — it is the count of writes we cannot miss).
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from careercopilot import routes
from careercopilot.state.applications import ApplicationsState
from careercopilot.state.auth import AuthState
from careercopilot.state.jobs import JobsState
from careercopilot.state.sources import SourcesState
from tests.support import app as app_support
from tests.support.reflex_client import ReflexSession, sign_up

#: the first test also builds and starts the production app (minutes on a busy 2-core machine)
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[3]
PASSWORD = "tangerine-bicycle-42"
SLOW_SECONDS = 5.0
CHECK_SESSION = AuthState.get_full_name() + ".check_session"
PAGE = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "JobPosting", "title": "Patient Engineer", "hiringOrganization": {"name": "Slowco"}, '
        '"description": "<p>Waits.</p>"}</script></head><body></body></html>').encode()


class _SlowPosting(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server API
        time.sleep(SLOW_SECONDS)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def slow_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowPosting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def guarded_app(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("guarded-app")
    log_path = data_dir / "app.log"
    server = app_support.start_app(cwd=ROOT, data_dir=data_dir, log_path=log_path, extra_env={
        "EVENT_LOOP_GUARD": "true", "SSRF_ALLOW_HOSTS": json.dumps(["127.0.0.1"]), "SCHEDULER_ENABLED": "false",
        "TOUCH_FLUSH_SECONDS": "3600", "DEMO_FEED": "on",
    }, seed=False)  # no postings needed: the demo feed's indexing would only slow the start
    try:
        yield server
    finally:
        server.stop()
    log = log_path.read_text(errors="replace")
    assert "event_loop_guard.active" in log
    assert "BlockingError" not in log, services_tail(log)


def services_tail(log: str) -> str:
    i = log.find("BlockingError")
    return log[max(0, i - 3000): i + 500]


async def _session(app, email: str, path: str) -> ReflexSession:
    cookies = await asyncio.to_thread(sign_up, app.url, email, PASSWORD)
    s = ReflexSession(app.url, cookies=cookies, path=path)
    await s.connect()
    return s


async def _settle(s: ReflexSession, quiet: float = 0.7, timeout: float = 30.0) -> None:
    """Wait until no message arrived for ``quiet`` seconds (the page's loaders are done)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        seen = s.messages
        await asyncio.sleep(quiet)
        if s.messages == seen:
            return
    raise TimeoutError("the page kept sending updates")


def test_a_slow_url_import_never_stalls_other_sessions(guarded_app, slow_server):
    sources, jobs_state, apps = SourcesState.get_full_name(), JobsState.get_full_name(), ApplicationsState.get_full_name()

    async def main():
        importer = await _session(guarded_app, "importer@example.com", routes.SOURCES)
        other = await _session(guarded_app, "other@example.com", routes.APPLICATIONS)
        try:
            await importer.call(CHECK_SESSION, until=lambda s: s.var(sources, "rows") is not None, timeout=60)
            await other.call(CHECK_SESSION, until=lambda s: s.var(apps, "cards") is not None, timeout=60)
            started = time.perf_counter()
            await importer.emit(sources + ".submit_url", {"form": {"url": f"{slow_server}/jobs/1"}})
            await importer.wait_for(lambda s: s.var(sources, "url_notice") == "Fetching…", timeout=10)
            light, loads = [], []
            while time.perf_counter() - started < SLOW_SECONDS - 1.5:
                aid = len(light) + 1
                light.append(await other.call(apps + ".toggle_selected", {"application_id": aid},
                                              until=lambda s, a=aid: a in (s.var(apps, "selected_ids") or []),
                                              timeout=10))
                other.path = routes.JOBS
                loads.append(await other.call(CHECK_SESSION, before=lambda s: s.forget(jobs_state, "view", "loading"),
                                              until=lambda s: s.var(jobs_state, "loading") is False
                                              and s.var(jobs_state, "view") is not None, timeout=10))
                other.path = routes.APPLICATIONS
            await importer.wait_for(lambda s: s.var(sources, "url_notice", "").startswith("Added"), timeout=60)
            import_seconds = time.perf_counter() - started
            return light, loads, import_seconds
        finally:
            await importer.close()
            await other.close()

    light, loads, import_seconds = asyncio.run(main())
    assert import_seconds >= SLOW_SECONDS  # the import really waited on the slow server meanwhile
    assert len(light) >= 3 and len(loads) >= 3
    assert max(light) < 1.0, light
    assert max(loads) < 1.0, loads


def test_plain_page_views_write_nothing(guarded_app):
    db_file = guarded_app.data_dir / "careercopilot.db"
    paths = [routes.DASHBOARD, routes.JOBS, routes.APPLICATIONS, routes.RESUME, routes.PREFERENCES,
             routes.SETTINGS, routes.SOURCES, routes.ANALYTICS, routes.job_detail(999999),
             routes.application_detail(999999), routes.writing_document(999999), routes.INDEX]

    async def main():
        s = await _session(guarded_app, "viewer@example.com", routes.DASHBOARD)
        try:
            s.path = routes.DASHBOARD  # first view: the session's last-seen and the visit are noted
            await s.emit(CHECK_SESSION)
            await _settle(s)
            monitor = sqlite3.connect(db_file)
            try:
                before = monitor.execute("PRAGMA data_version").fetchone()[0]
                changed = []
                for path in paths:
                    s.path = path
                    await s.emit(CHECK_SESSION)
                    await _settle(s)
                    now = monitor.execute("PRAGMA data_version").fetchone()[0]
                    if now != before:
                        changed.append(path)
                        before = now
                return changed
            finally:
                monitor.close()
        finally:
            await s.close()

    assert asyncio.run(main()) == []
