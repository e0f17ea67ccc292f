"""Read/write splitting on a real primary + streaming replica (issue 15): temporary clusters
(tests/support/pg_cluster.py) on free ports, never the machine's PostgreSQL.

Which server answered is read from the server itself (``inet_server_port()``), not from the
router's own bookkeeping. Lag is made with ``recovery_min_apply_delay`` on the replica."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from careercopilot import db, db_routing
from careercopilot.db import read_session_scope, session_scope
from careercopilot.services import analytics, applications, users
from careercopilot.services import application_rows
from tests.support import services
from tests.support.pg_cluster import PgCluster, temp_base

PASSWORD = "correct horse battery staple 9"


@pytest.fixture(scope="module")
def clusters():
    """(primary, replica) with database ``cc`` migrated to head and replayed on the replica."""
    from careercopilot.services import migrations

    base = temp_base("cc-replica-test-")
    primary = PgCluster.init(base / "primary")
    replica = None
    try:
        with primary.connect() as conn:
            conn.execute("CREATE DATABASE cc")
        migrations.upgrade(primary.url("cc"))
        replica = primary.replica(base / "replica")
        replica.wait_replayed(primary)
        yield primary, replica
    finally:
        if replica is not None:
            replica.destroy()
        primary.destroy()


@pytest.fixture
def routed(clusters, override_settings, redis_url, redis_db):
    """Settings on the clusters (REPLICA_MAX_LAG_SECONDS 5), write marks in the test's Redis DB."""
    primary, replica = clusters
    replica.set_apply_delay("0")
    replica.start()
    replica.wait_replayed(primary)
    override_settings(database_url=primary.url("cc"), database_replica_url=replica.url("cc"),
                      replica_max_lag_seconds=5.0, redis_url=redis_url, redis_cache_db=redis_db, jobs_inline=True)
    engine = db.make_engine(primary.url("cc"))
    previous = db._engine
    db.set_engine(engine)
    db_routing.reset()
    yield primary, replica
    db.set_engine(previous)
    engine.dispose()
    db_routing.reset()
    replica.set_apply_delay("0")
    replica.start()


def served_by(user_id: int | None = None) -> tuple[int, str, str]:
    """(port of the server that answered, db_role, db_route) for one read."""
    with read_session_scope(user_id=user_id) as s:
        port = s.execute(text("SELECT inet_server_port()")).scalar_one()
        return port, s.info["db_role"], s.info["db_route"]


def new_user(email: str) -> int:
    with session_scope() as s:
        return users.create_user(session=s, email=email, password=PASSWORD).id


def test_reads_go_to_the_replica_when_it_is_caught_up(routed):
    primary, replica = routed
    port, role, _ = served_by()
    print(f"\nread served by port {port} ({role}); primary {primary.port}, replica {replica.port}")
    assert (port, role) == (replica.port, "replica")


def test_no_replica_configured_reads_the_primary(routed, override_settings):
    primary, _ = routed
    override_settings(database_replica_url=None)
    db_routing.reset()
    assert served_by()[:2] == (primary.port, "primary")


def test_read_your_writes_for_the_acting_user_only(routed, override_settings):
    """A's own write is not on the (delayed) replica yet: A reads from the primary and sees it,
    B (no write) keeps reading the replica; once replayed, A is back on the replica."""
    primary, replica = routed
    a = new_user("rw-a@example.com")
    b = new_user("rw-b@example.com")
    replica.wait_replayed(primary)
    db_routing.reset()  # forget the sign-up marks: only the write below counts
    services.flush_redis_db(db_routing.settings.redis_cache_db)
    override_settings(replica_max_lag_seconds=120.0)  # the delay below must not trip the lag rule
    replica.set_apply_delay("3s")
    with session_scope() as s:
        applications.add_manual(session=s, user_id=a, company="Acme", title="Platform Engineer")
    port_a, role_a, why_a = served_by(a)
    with read_session_scope(user_id=a) as s:
        seen_a = len(application_rows.card_rows(session=s, user_id=a))
    port_b, role_b, _ = served_by(b)
    with db_routing.replica_engine().connect() as conn:
        on_replica_now = conn.execute(text("SELECT count(*) FROM application WHERE user_id = :u"), {"u": a}).scalar()
    print(f"\nafter A's write: A → {role_a} ({why_a}), sees {seen_a} application(s); B → {role_b}; "
          f"replica has {on_replica_now} of A's applications yet")
    assert on_replica_now == 0  # the delay holds the write back: the check below is meaningful
    assert (port_a, role_a, why_a, seen_a) == (primary.port, "primary", "read-your-writes", 1)
    assert (port_b, role_b) == (replica.port, "replica")
    replica.wait_replayed(primary, timeout=30)
    port_a, role_a, _ = services.wait_until(lambda: (r := served_by(a))[1] == "replica" and r, timeout=10,
                                            what="A back on the replica")
    with read_session_scope(user_id=a) as s:
        assert len(application_rows.card_rows(session=s, user_id=a)) == 1
    assert port_a == replica.port


def test_lagging_replica_falls_back_to_the_primary_then_returns(routed, override_settings):
    primary, replica = routed
    override_settings(replica_max_lag_seconds=1.0)
    replica.set_apply_delay("30s")
    with primary.connect("cc") as conn:  # traffic the replica holds back
        conn.execute("CREATE TABLE IF NOT EXISTS lag_probe (at timestamptz)")
    t0 = time.monotonic()

    def lagging():
        with primary.connect("cc") as conn:
            conn.execute("INSERT INTO lag_probe VALUES (now())")
        db_routing.probe(fresh=True)
        port, role, why = served_by()
        return role == "primary" and (port, why)

    port, why = services.wait_until(lagging, timeout=20, interval=0.5, what="the lag rule to send reads to the primary")
    print(f"\nreplica delayed 30 s, limit 1 s: reads on the primary after {time.monotonic() - t0:.1f} s ({why})")
    assert port == primary.port and why.startswith("lag ")
    replica.set_apply_delay("0")
    replica.wait_replayed(primary, timeout=30)
    db_routing.probe(fresh=True)
    assert served_by()[:2] == (replica.port, "replica")


def test_stopped_replica_falls_back_and_a_restarted_one_is_used_again(routed):
    primary, replica = routed
    assert served_by()[1] == "replica"
    replica.stop()
    t0 = time.monotonic()
    db_routing.probe(fresh=True)
    port, role, why = served_by()
    took = time.monotonic() - t0
    print(f"\nreplica stopped: read on {role} ({why}) in {took:.2f} s")
    assert (port, role, why) == (primary.port, "primary", "down")
    # analytics (a list/aggregate read) keeps working on the primary meanwhile
    uid = new_user("down@example.com")
    with read_session_scope(user_id=uid) as s:
        assert analytics.compute(session=s, user_id=uid).total == 0
    replica.start()
    t1 = time.monotonic()
    port, role, _ = services.wait_until(lambda: (r := served_by())[1] == "replica" and r,
                                        timeout=db_routing.DOWN_RETRY_SECONDS + 15, interval=0.2,
                                        what="the restarted replica to be used again")
    print(f"replica restarted: reads back on it after {time.monotonic() - t1:.1f} s")
    assert port == replica.port


@pytest.fixture
def primary_elsewhere(routed, override_settings):
    """``use(url)``: make ``url`` the primary (settings and the process engine) while
    DATABASE_REPLICA_URL stays on the routed replica — a setting inherited from another deployment."""
    engines = []
    previous = db._engine

    def use(url: str) -> None:
        override_settings(database_url=url)
        engines.append(db.make_engine(url))
        db.set_engine(engines[-1])
        db_routing.reset()

    yield use
    db.set_engine(previous)
    for engine in engines:
        engine.dispose()


def test_a_replica_of_another_database_is_not_used(routed, primary_elsewhere):
    """A restore drill points DATABASE_URL at a scratch database and inherits the live replica
    (session-12 trial): the replica's database is another one, so reads stay on the primary."""
    primary, replica = routed
    with primary.connect() as conn:
        conn.execute("DROP DATABASE IF EXISTS cc_drill")
        conn.execute("CREATE DATABASE cc_drill")
    primary_elsewhere(primary.url("cc_drill"))
    assert served_by()[:2] == (primary.port, "primary")
    assert db_routing.probe(fresh=True).up is False


def test_a_replica_of_another_cluster_is_not_used(routed, primary_elsewhere):
    """Same database name on an unrelated cluster: its system_identifier differs from the
    replica's (which keeps its primary's), so reads stay on the primary."""
    _, replica = routed
    other = PgCluster.init(temp_base("cc-other-cluster-") / "other")
    try:
        with other.connect() as conn:
            conn.execute("CREATE DATABASE cc")
        primary_elsewhere(other.url("cc"))
        assert served_by()[:2] == (other.port, "primary")
        assert db_routing.probe(fresh=True).up is False
    finally:
        other.destroy()
