"""Back up, wipe, restore into a FRESH database and storage, compare — through the real CLI.

PostgreSQL (pg_dump/pg_restore) + S3 (moto server) and SQLite + local disk, with a row in every
table and stored resume files. Counts and checksums are computed by the test itself (SQL
``count(*)`` per table, SHA-256 of every object), not taken from the tool's own report.
"""

from __future__ import annotations

import json
import secrets
import shutil
from pathlib import Path

import boto3

from tests.integration.backup.conftest import Instance, cli, env_of, fill, storage_checksums, table_counts
from tests.support import services


def _s3(endpoint: str):
    return boto3.client("s3", endpoint_url=endpoint, aws_access_key_id="test", aws_secret_access_key="test",
                        region_name="us-east-1")


def _empty_bucket(endpoint: str, bucket: str) -> None:
    s3 = _s3(endpoint)
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for o in page.get("Contents", []):
            s3.delete_object(Bucket=bucket, Key=o["Key"])
    s3.delete_bucket(Bucket=bucket)


def _report(label: str, before: dict, after: dict, files_before: dict, files_after: dict) -> None:
    print(f"\n{label}: {len(before)} tables, {sum(before.values())} rows before / {sum(after.values())} after; "
          f"{len(files_before)} files before / {len(files_after)} after")
    for t in sorted(before):
        print(f"  {t:28} {before[t]:6} {after.get(t, 'missing'):>8}")


def _backup(inst: Instance, tmp_path: Path) -> dict:
    r = cli(inst, "backup", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_postgresql_and_s3_round_trip_into_a_fresh_database_and_bucket(pg_instance, override_settings, tmp_path,
                                                                       s3_endpoint):
    inst = pg_instance
    fill(override_settings, inst)
    before, files_before = table_counts(inst.url), storage_checksums(inst.fields)
    assert len(files_before) >= 2 and all(before[t] for t in before if t != "alembic_version")

    summary = _backup(inst, tmp_path)
    assert summary["database"] == "postgresql" and summary["files"] == len(files_before)
    assert summary["rows"] == sum(before.values()) and summary["destination"].endswith("/nightly")

    # wipe: the database and the file bucket are gone
    services.drop_pg_database(inst.url)
    _empty_bucket(s3_endpoint, inst.fields["s3_bucket"])

    fresh_url = services.create_pg_database("cc_restored")  # empty, not even migrated
    try:
        fields = {**inst.fields, "database_url": fresh_url, "s3_bucket": f"cc-fresh-{secrets.token_hex(4)}"}
        fresh = Instance("postgresql", env_of(fields, tmp_path), fields)
        r = cli(fresh, "restore", "--yes", cwd=tmp_path)
        assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
        assert f"tables: {len(before)}/{len(before)} equal; files: {len(files_before)}/{len(files_before)} equal" \
            in r.stdout
        after, files_after = table_counts(fresh_url), storage_checksums(fields)
        _report("postgresql + s3", before, after, files_before, files_after)
        assert after == before
        assert files_after == files_before

        # the restored instance is not empty any more: a second restore is refused without --force
        again = cli(fresh, "restore", "--yes", cwd=tmp_path)
        assert again.returncode == 2 and "not empty" in again.stderr
        forced = cli(fresh, "restore", "--yes", "--force", "--set", summary["id"], cwd=tmp_path)
        assert forced.returncode == 0, forced.stderr[-3000:]
        assert table_counts(fresh_url) == before
    finally:
        services.drop_pg_database(fresh_url)


def test_sqlite_and_local_disk_round_trip_into_a_fresh_data_dir(sqlite_instance, override_settings, tmp_path):
    inst = sqlite_instance
    fill(override_settings, inst)
    before, files_before = table_counts(inst.url), storage_checksums(inst.fields)
    assert len(files_before) >= 2

    summary = _backup(inst, tmp_path)
    assert summary["database"] == "sqlite" and summary["files"] == len(files_before)
    assert (Path(inst.fields["backup_dir"]) / summary["id"] / "manifest.json").is_file()

    listed = cli(inst, "backup", "list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr[-2000:]
    assert summary["id"] in listed.stdout and "kept: latest, daily, weekly, monthly" in listed.stdout
    assert "last successful backup: 0 min" in listed.stdout

    shutil.rmtree(inst.fields["data_dir"])  # wipe: database file, WAL and uploads

    fields = {**inst.fields, "data_dir": tmp_path / "fresh-data"}
    fresh = Instance("sqlite", env_of(fields, tmp_path), fields)
    r = cli(fresh, "restore", "--yes", "--set", "latest", cwd=tmp_path)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    after, files_after = table_counts(fresh.url), storage_checksums(fields)
    _report("sqlite + local", before, after, files_before, files_after)
    assert after == before and files_after == files_before
    assert "tables: " in r.stdout and "DIFF" not in r.stdout


def test_restore_without_yes_or_destination_refuses(sqlite_instance, tmp_path):
    r = cli(sqlite_instance, "restore", cwd=tmp_path)
    assert r.returncode == 2 and "--yes" in r.stderr
    env = {k: v for k, v in sqlite_instance.env.items() if k != "BACKUP_DIR"}
    r = cli(Instance("sqlite", env), "backup", cwd=tmp_path)
    assert r.returncode == 2 and "no backup destination" in r.stderr
    r = cli(sqlite_instance, "restore", "--yes", cwd=tmp_path)  # nothing backed up yet
    assert r.returncode == 2 and "no complete backup set" in r.stderr


def test_counts_match_the_dump_while_the_app_writes(pg_instance, override_settings, tmp_path):
    """pg_dump runs in the snapshot the manifest's counts were taken in: rows committed by a
    concurrent writer during the backup are in neither, so the restore's comparison is exact."""
    import threading
    import time

    import psycopg

    from careercopilot.config import settings
    from careercopilot.services import backup

    inst = pg_instance
    fill(override_settings, inst)
    override_settings(**inst.fields)
    libpq = inst.url.replace("postgresql+psycopg://", "postgresql://")
    stop, written = threading.Event(), [0]

    def writer():
        with psycopg.connect(libpq, autocommit=True) as conn:
            uid = conn.execute('SELECT min(id) FROM "user"').fetchone()[0]
            while not stop.is_set():
                conn.execute("INSERT INTO notification (user_id, kind, dedupe_key, title, body, link, created_at) "
                             "VALUES (%s, 'test', %s, 't', '', '', now())", (uid, f"w-{written[0]}"))
                written[0] += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.3)
        at_start = written[0]
        result = backup.create_backup(settings)
        during = written[0] - at_start
    finally:
        stop.set()
        thread.join()
    assert during > 0  # the writer really wrote while the backup ran
    final = table_counts(inst.url)["notification"]
    assert result.manifest.row_counts["notification"] < final

    fresh_url = services.create_pg_database("cc_restored")
    try:
        override_settings(database_url=fresh_url, s3_bucket=f"cc-fresh-{secrets.token_hex(4)}")
        restored = backup.restore_backup(settings, set_id=result.manifest.id)
        bad = [c for c in restored.comparisons if not c.ok]
        print(f"\nrows written during the backup: {during}; notification rows in the set "
              f"{result.manifest.row_counts['notification']}, in the source afterwards {final}")
        assert restored.ok, bad
        assert table_counts(fresh_url) == result.manifest.row_counts
    finally:
        services.drop_pg_database(fresh_url)


def test_backup_logs_json_lines_like_every_command(sqlite_instance, tmp_path):
    """ops12 finding 16: with LOG_FORMAT=json, ``backup`` logged console lines while ``migrate``
    and ``reindex`` logged JSON — the CLI now sets logging up once for every command."""
    import json

    inst = Instance(sqlite_instance.kind, {**sqlite_instance.env, "LOG_FORMAT": "json"}, sqlite_instance.fields)
    r = cli(inst, "backup", cwd=tmp_path)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    logged = [line for line in (r.stdout + r.stderr).splitlines() if "backup.done" in line]
    assert logged, r.stdout + r.stderr
    record = json.loads(logged[0])
    assert record["event"] == "backup.done" and record["level"] == "info" and "timestamp" in record
