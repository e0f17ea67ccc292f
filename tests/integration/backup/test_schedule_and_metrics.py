"""The scheduled backup job (no-op without a destination, one set a day) and the backup-age
metric on /metrics, against a real SQLite instance and backup folder."""

from __future__ import annotations

import re

from jobs.schedule import SCHEDULE


def _metric(name: str) -> float | None:
    from careercopilot import metrics

    body = metrics.render()[0].decode()
    found = re.search(rf"^{name} (\S+)$", body, re.M)
    return float(found.group(1)) if found else None


def test_backup_is_a_daily_schedule_entry():
    entry = next(e for e in SCHEDULE if e.id == "backup")
    assert entry.func == "jobs.backup.run_backup" and entry.interval_seconds == 86400


def test_scheduled_backup_is_a_noop_without_destination_then_runs_once_a_day(sqlite_instance, override_settings,
                                                                           tmp_path):
    from careercopilot.services import backup
    from jobs.backup import run_backup

    override_settings(**{**sqlite_instance.fields, "backup_dir": None})
    assert run_backup() == {"skipped": "no backup destination configured"}
    assert _metric("cc_backup_age_seconds") == float("inf")    # no destination: never backed up (alert fires)
    assert _metric("cc_backup_destination_up") is None
    assert not (tmp_path / "backups").exists()

    override_settings(**sqlite_instance.fields)
    _forget_cache()
    assert _metric("cc_backup_age_seconds") == float("inf")    # a destination, no set yet
    first = run_backup()
    assert first["rows"] > 0 and "id" in first
    second = run_backup()                                       # a restart / second scheduler the same day
    assert second["skipped"].startswith("last backup")
    assert [i.id for i in backup.list_sets(_settings())] == [first["id"]]

    age = _metric("cc_backup_age_seconds")  # the job refreshed this process's cached figure
    assert 0 <= age < 120
    assert _metric("cc_backup_destination_up") == 1.0
    last = _metric("cc_backup_last_success_timestamp_seconds")
    assert abs(last - backup.last_success(_settings()).created_at.timestamp()) < 1e-3


def test_metric_reports_an_unreadable_destination(override_settings, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    override_settings(backup_dir=blocker / "sub", backup_s3_bucket=None)
    _forget_cache()
    assert _metric("cc_backup_destination_up") == 1.0           # a folder not created yet: no sets
    assert _metric("cc_backup_age_seconds") == float("inf")
    override_settings(backup_s3_bucket="cc-nowhere", backup_s3_endpoint_url="http://127.0.0.1:9",
                      backup_s3_access_key_id="x", backup_s3_secret_access_key="x")
    _forget_cache()
    assert _metric("cc_backup_destination_up") == 0.0
    assert _metric("cc_backup_age_seconds") is None


def _settings():
    from careercopilot.config import settings

    return settings


def _forget_cache():
    from careercopilot.services import backup

    backup.forget_age()


def test_cron_path_backs_up_on_a_real_worker(job_stack, tmp_path):
    """Production: `rq cron` pushes enqueue_scheduled("jobs.backup.run_backup"); an RQ worker
    process (PostgreSQL, pg_dump) writes the set; a second run the same day is skipped."""
    from careercopilot.config import settings
    from careercopilot.services import background, backup
    from tests.support.faults import wait_row

    stack = job_stack(backup_dir=tmp_path / "backups")
    worker = stack.worker()
    first = wait_row(background.enqueue_scheduled("jobs.backup.run_backup"), lambda r: r.status in ("finished", "failed"),
                     timeout=180, what="the scheduled backup", workers=[worker])
    assert first.status == "finished", first.error
    sets = backup.list_sets(settings)
    assert len(sets) == 1 and sets[0].manifest.database_kind == "postgresql"
    assert sets[0].manifest.row_counts["backgroundjob"] >= 1  # the job's own row, inside the dump's snapshot
    second = wait_row(background.enqueue_scheduled("jobs.backup.run_backup"), lambda r: r.status in ("finished", "failed"),
                      timeout=180, what="the second scheduled backup", workers=[worker])
    assert second.status == "finished" and len(backup.list_sets(settings)) == 1
    assert second.message.startswith("skipped: last backup")


def _buckets(endpoint: str) -> set[str]:
    import boto3

    client = boto3.client("s3", endpoint_url=endpoint, aws_access_key_id="test", aws_secret_access_key="test",
                          region_name="us-east-1")
    return {b["Name"] for b in client.list_buckets().get("Buckets", [])}


def test_a_metrics_scrape_writes_nothing_and_the_first_backup_creates_the_bucket(sqlite_instance, override_settings,
                                                                                  s3_endpoint, tmp_path):
    """ops15, finding 6: a /metrics scrape created the backup bucket (``storage.bucket_created``
    under the scrape's request id). Reading the backup age must not create or write anything,
    whatever the destination: a missing bucket of its own, a missing prefix in an existing
    bucket, a local folder not created yet. The first backup still creates its bucket."""
    import secrets

    import boto3

    from jobs.backup import run_backup

    client = boto3.client("s3", endpoint_url=s3_endpoint, aws_access_key_id="test", aws_secret_access_key="test",
                          region_name="us-east-1")
    existing = f"cc-files-{secrets.token_hex(4)}"
    client.create_bucket(Bucket=existing)
    s3 = dict(backup_dir=None, backup_s3_endpoint_url=s3_endpoint, backup_s3_access_key_id="test",
              backup_s3_secret_access_key="test", backup_s3_region="us-east-1", backup_s3_prefix="nightly")
    missing = f"cc-backups-{secrets.token_hex(4)}"
    variants = {
        "missing bucket": {**s3, "backup_s3_bucket": missing},
        "existing bucket, no prefix yet": {**s3, "backup_s3_bucket": existing},
        "local folder not created yet": {"backup_s3_bucket": None, "backup_dir": tmp_path / "later" / "backups"},
    }
    for name, fields in variants.items():
        override_settings(**{**sqlite_instance.fields, **fields})
        before = _buckets(s3_endpoint)
        for _ in range(2):
            _forget_cache()
            assert _metric("cc_backup_destination_up") == 1.0, name   # readable: no set yet
            assert _metric("cc_backup_age_seconds") == float("inf"), name
        assert _buckets(s3_endpoint) == before, name
        assert client.list_objects_v2(Bucket=existing).get("KeyCount", 0) == 0, name
        assert not (tmp_path / "later").exists(), name

    override_settings(**{**sqlite_instance.fields, **variants["missing bucket"]})
    done = run_backup()
    assert "id" in done, done
    assert missing in _buckets(s3_endpoint)
    _forget_cache()
    assert 0 <= _metric("cc_backup_age_seconds") < 120
