"""Revision 0002 (job lifecycle, suspicious sync runs) upgrades a database WITH data from the
previous head, on SQLite and PostgreSQL, and downgrades again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from careercopilot.services import migrations
from tests.support import services

PREVIOUS, REVISION = "0001", "0002"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_mig", migrate=False) as url:
            yield url


JOBS = [
    # id, func, args, status, created_at
    ("old-dup", "jobs.ingest.sync_source", "[7]", "queued", "2026-01-01 10:00:00+00:00"),
    ("new-dup", "jobs.ingest.sync_source", "[7]", "running", "2026-01-01 10:05:00+00:00"),
    ("done", "jobs.ingest.sync_source", "[7]", "finished", "2026-01-01 09:00:00+00:00"),
    ("other", "jobs.matching.index_postings", "[]", "queued", "2026-01-01 10:00:00+00:00"),
    ("huge", "jobs.tracker.import_applications", '["' + "x" * 500 + '"]', "failed", "2026-01-01 08:00:00+00:00"),
]


def test_upgrade_with_data_then_downgrade(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO source (id, type, name, interval_seconds, status, is_demo, created_at) "
                              "VALUES (1, 'greenhouse', 'Acme', 3600, 'active', false, '2026-01-01 00:00:00+00:00')"))
            conn.execute(text("INSERT INTO syncrun (source_id, started_at, status, fetched_count, new_count, "
                              "updated_count, closed_count) VALUES (1, '2026-01-01 00:00:00+00:00', 'succeeded', "
                              "3, 3, 0, 0)"))
            for job_id, func, args, status, created in JOBS:
                conn.execute(text("INSERT INTO backgroundjob (id, func, args, status, progress, created_at) "
                                  "VALUES (:id, :func, :args, :status, 0, :created)"),
                             dict(id=job_id, func=func, args=args, status=status, created=created))
        migrations.upgrade(db_url, REVISION)
        with engine.begin() as conn:
            rows = {r.id: r for r in conn.execute(text(
                "SELECT id, dedupe_key, attempts, max_attempts, rerun_requested, queued_at FROM backgroundjob"))}
            run = conn.execute(text("SELECT withheld_count, open_before, seen_ats_ids, status FROM syncrun")).one()
        assert rows["new-dup"].dedupe_key == "jobs.ingest.sync_source:[7]"   # the newest live one keeps the key
        assert rows["old-dup"].dedupe_key is None                           # the older live duplicate gives it up
        assert rows["done"].dedupe_key == "jobs.ingest.sync_source:[7]"     # ended rows keep theirs
        assert rows["other"].dedupe_key == "jobs.matching.index_postings:[]"
        assert rows["huge"].dedupe_key is None                              # too long to back-fill
        assert all(r.attempts == 0 and r.max_attempts == 1 and not r.rerun_requested for r in rows.values())
        assert rows["other"].queued_at is not None
        assert (run.withheld_count, run.open_before, run.seen_ats_ids, run.status) == (0, None, None, "succeeded")
        # one live row per key from now on
        with pytest.raises(IntegrityError):
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO backgroundjob (id, func, args, status, progress, created_at, "
                                  "dedupe_key, attempts, max_attempts, rerun_requested) VALUES ('third', "
                                  "'jobs.ingest.sync_source', '[7]', 'queued', 0, '2026-01-02 00:00:00+00:00', "
                                  "'jobs.ingest.sync_source:[7]', 0, 1, false)"))
        with engine.begin() as conn:  # an ended row with the same key is fine
            conn.execute(text("UPDATE backgroundjob SET status = 'finished' WHERE id = 'new-dup'"))
            conn.execute(text("UPDATE backgroundjob SET dedupe_key = 'jobs.ingest.sync_source:[7]' "
                              "WHERE id = 'old-dup'"))
        migrations.downgrade(db_url, PREVIOUS)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM backgroundjob")).scalar_one() == len(JOBS)
            assert conn.execute(text("SELECT count(*) FROM syncrun")).scalar_one() == 1
        migrations.upgrade(db_url, REVISION)
    finally:
        engine.dispose()
