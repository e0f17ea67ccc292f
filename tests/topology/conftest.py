"""The loopback production topology (tests/support/topology.py), started ONCE for this folder.

``topology`` (session): nginx → 2 app processes (one production build) → 2 rq workers + cron →
PostgreSQL primary + streaming replica, redis (AOF), chroma, moto S3. The job lease and the
workers' maintenance interval are short here (lease 8 s, heartbeat 2 s, reaper every 5 s) so a
job abandoned by a killed worker is reconciled in seconds, not minutes; everything else is the
production configuration. Tests run in file order; the disaster drill (it promotes the replica
and leaves the old primary down) is last.

Set ``CC_TOPOLOGY_STATE`` to the state file of a topology you started (``scripts/topology.sh up
--state FILE``) to run against it instead (development; it is left running; the worker-kill test
then waits the default lease).

``browser`` (session): Debian chromium through Playwright (flags from PLATFORM.md).
``topo_page``: a fresh context at the nginx URL; screenshots land in test-results/topology/.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from tests.support import topology as topo

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-results" / "topology"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: Fault-test settings (see module doc).
FAST_REAPER = {"JOB_LEASE_SECONDS": "8", "JOB_HEARTBEAT_SECONDS": "2", "WORKER_MAINTENANCE_SECONDS": "5",
               "JOB_REAP_SECONDS": "5"}
#: Each process's /metrics answers with this bearer token (README "Observability").
METRICS_TOKEN = "topology-metrics-token-0123456789"


def pytest_collection_modifyitems(items):
    """Time only the test bodies: the topology starts in a session fixture."""
    for item in items:
        if "tests/topology/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.timeout(420, func_only=True))


@pytest.fixture(scope="session")
def topology():
    if os.environ.get("CC_TOPOLOGY_STATE"):
        yield topo.Topology.load(Path(os.environ["CC_TOPOLOGY_STATE"]))
        return
    t0 = time.monotonic()
    t = topo.start(apps=2, workers=2, extra_env={**FAST_REAPER, "METRICS_TOKEN": METRICS_TOKEN})
    print(f"\ntopology up in {time.monotonic() - t0:.0f} s at {t.url}: {t.timings} (folder {t.base})")
    yield t
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name in t.procs:  # keep the logs of the run
        try:
            (ARTIFACTS / f"{name}.log").write_text(t.log(name, 400))
        except OSError:
            pass
    t.down()


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_instance):
    b = playwright_instance.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield b
    b.close()


@pytest.fixture
def topo_page(browser, topology, request):
    context = browser.new_context(base_url=topology.url, viewport={"width": 1280, "height": 860})
    context.set_default_timeout(30_000)
    page = context.new_page()
    yield page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name)[:120]
    try:
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    except Exception:  # noqa: BLE001 - a closed page has nothing to show
        pass
    context.close()
