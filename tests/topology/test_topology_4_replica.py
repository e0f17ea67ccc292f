"""The streaming replica under the running app (issue 15): analytics and list pages read from it;
stopped → the pages keep working on the primary; restarted → the app uses it again, without a
restart of the app. Whether the replica served the app is read from the replica's own counters
(``pg_stat_database``: transactions in the app's database), not from the app."""

from __future__ import annotations

import time
import uuid

from playwright.sync_api import expect

from tests.e2e.pages import SignupPage
from tests.support import services


def _replica_xacts(topology) -> int:
    """Rolled-back transactions in the app's database on the replica: the app's reads end with a
    ROLLBACK (read_session_scope), this test's own autocommit queries commit."""
    with topology.replica.connect(topology.database) as conn:
        conn.execute("SELECT pg_stat_clear_snapshot()")
        return conn.execute("SELECT xact_rollback FROM pg_stat_database WHERE datname = %s",
                            (topology.database,)).fetchone()[0]


def _load_pages(page) -> None:
    """The analytics figures (the user has one application: the empty state would show before the
    load too) and the applications board, each read through read_session_scope."""
    page.goto("/analytics")
    expect(page.locator("#metric-total")).to_contain_text("1", timeout=60_000)
    page.goto("/applications")
    expect(page.locator("#board")).to_contain_text("Replica Reads Ltd", timeout=60_000)


def test_replica_serves_reads_falls_back_when_stopped_and_is_used_again(topology, topo_page):
    page = topo_page
    SignupPage(page).open().signup_ok(f"replica-{uuid.uuid4().hex[:8]}@example.com")
    page.goto("/applications")
    page.locator("#manual-company").fill("Replica Reads Ltd")
    page.locator("#manual-title").fill("Database Reliability Engineer")
    page.locator("#manual-submit").click()
    expect(page.locator("#board")).to_contain_text("Replica Reads Ltd", timeout=60_000)
    topology.replica.wait_replayed(topology.primary)
    before = _replica_xacts(topology)
    _load_pages(page)
    used = services.wait_until(lambda: (n := _replica_xacts(topology)) > before and n, timeout=30,
                               what="the app's reads on the replica")
    print(f"\nreplica up: {used - before} read transactions of the app on it")

    topology.replica.stop()
    t0 = time.monotonic()
    _load_pages(page)
    print(f"replica stopped: analytics + applications pages served in {time.monotonic() - t0:.1f} s (primary)")

    topology.replica.start()
    topology.replica.wait_replayed(topology.primary)
    again = _replica_xacts(topology)
    t1 = time.monotonic()

    def used_again():
        _load_pages(page)
        return _replica_xacts(topology) > again

    services.wait_until(used_again, timeout=60, interval=1.0, what="the app to read from the restarted replica")
    print(f"replica restarted: the app reads from it again after {time.monotonic() - t1:.1f} s")
