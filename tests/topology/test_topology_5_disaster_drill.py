"""Disaster drill (issue 15; design: RTO 300 s, RPO 60 s): the PostgreSQL primary crashes
(``pg_ctl stop -m immediate``) while writes are being committed; then the README's failover
procedure (``Topology.failover``, ``scripts/topology.sh failover``): app processes, workers and cron
stopped, the replica promoted (``pg_ctl promote``), DATABASE_URL moved to it, everything restarted. Measured and
printed against the objectives:

* recovery time — from the crash until, through nginx, ``/readyz`` answers and a new user signs up
  and lands on the dashboard (the app writes again);
* data lost — rows whose COMMIT the primary acknowledged that the promoted replica lacks (a writer
  commits a row every 20 ms until the crash), as a count and as the time span they cover; and the
  app's own rows (users, applications) before vs after.

Runs last: it leaves the old primary down and the topology on the promoted replica."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import datetime, timezone

import httpx
from playwright.sync_api import expect

from tests.e2e.pages import SignupPage
from tests.support import services

RTO_SECONDS = 300
RPO_SECONDS = 60


class Writer(threading.Thread):
    """Commits ``INSERT INTO drill_ledger`` every 20 ms until the primary goes away; ``acked``
    holds (id, commit time) of every acknowledged commit."""

    def __init__(self, topology):
        super().__init__(daemon=True)
        self.topology = topology
        self.acked: list[tuple[int, datetime]] = []
        self.error = ""

    def run(self) -> None:
        try:
            with self.topology.primary.connect(self.topology.database) as conn:
                while True:
                    row = conn.execute("INSERT INTO drill_ledger (at) VALUES (clock_timestamp()) RETURNING id, at"
                                       ).fetchone()
                    self.acked.append((row[0], row[1]))
                    time.sleep(0.02)
        except Exception as exc:  # noqa: BLE001 - the crash ends the writer
            self.error = type(exc).__name__


def _counts(cluster, database) -> dict[str, int]:
    with cluster.connect(database) as conn:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in ("user", "application")}


def test_disaster_drill_promote_the_replica(topology, browser):
    with topology.primary.connect(topology.database) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS drill_ledger (id bigserial PRIMARY KEY, at timestamptz NOT NULL)")
    topology.replica.wait_replayed(topology.primary)
    app_rows_before = _counts(topology.primary, topology.database)
    writer = Writer(topology)
    writer.start()
    services.wait_until(lambda: len(writer.acked) >= 100, timeout=30, what="the writer to commit rows")

    crash = time.monotonic()
    topology.primary.stop(mode="immediate")
    writer.join(timeout=10)
    # the README's failover procedure (scripts/topology.sh failover): stop app/workers/cron first,
    # fence the old primary, promote, repoint DATABASE_URL, restart, /readyz through nginx
    began = time.monotonic()
    steps = topology.failover()
    promoted = began + steps["promoted"]
    services.wait_until(lambda: httpx.get(f"{topology.url}/readyz", timeout=5).status_code == 200, timeout=120,
                        what="/readyz through nginx on the promoted replica")
    context = browser.new_context(base_url=topology.url)
    page = context.new_page()
    try:
        SignupPage(page).open().signup_ok(f"after-drill-{uuid.uuid4().hex[:8]}@example.com")
        expect(page.locator("#page-title")).to_be_visible(timeout=60_000)
    finally:
        context.close()
    recovered = time.monotonic()

    with topology.replica.connect(topology.database) as conn:
        present = {r[0] for r in conn.execute("SELECT id FROM drill_ledger").fetchall()}
        in_recovery = conn.execute("SELECT pg_is_in_recovery()").fetchone()[0]
    lost = [(i, at) for i, at in writer.acked if i not in present]
    last_acked = writer.acked[-1][1]
    last_kept = max((at for i, at in writer.acked if i in present), default=None)
    rpo = (last_acked - last_kept).total_seconds() if last_kept and lost else 0.0
    app_rows_after = _counts(topology.replica, topology.database)
    rto = recovered - crash
    print(f"\ndisaster drill: crash → promoted in {promoted - crash:.1f} s, app serving writes again after "
          f"{rto:.1f} s (RTO objective {RTO_SECONDS} s: {'met' if rto <= RTO_SECONDS else 'MISSED'})")
    print(f"  committed rows {len(writer.acked)}, on the promoted replica {len(present)}, lost {len(lost)} "
          f"= {rpo:.3f} s of writes (RPO objective {RPO_SECONDS} s: {'met' if rpo <= RPO_SECONDS else 'MISSED'}); "
          f"writer ended with {writer.error or 'no error'} at {datetime.now(timezone.utc):%H:%M:%S}")
    print(f"  app rows before {app_rows_before}, after (one sign-up more) {app_rows_after}")
    assert not in_recovery
    assert rto <= RTO_SECONDS and rpo <= RPO_SECONDS
    assert app_rows_after["user"] == app_rows_before["user"] + 1
    assert app_rows_after["application"] == app_rows_before["application"]
