"""A corrupt, truncated or incomplete backup set fails restore with a clear error, and the target
database and storage are exactly as they were (a target holding data, restored with --force)."""

from __future__ import annotations

import hashlib
import json
import secrets
from pathlib import Path

import boto3
import pytest

from tests.integration.backup.conftest import Instance, cli, env_of, fill, storage_checksums, table_counts
from tests.support import services


def _target_with_data(kind: str, inst: Instance, tmp_path: Path, s3_endpoint: str | None = None):
    """A second instance holding one account and one stored file (the restore target)."""
    from careercopilot.services import migrations

    if kind == "postgresql":
        url = services.create_pg_database("cc_target")
        fields = {**inst.fields, "database_url": url, "s3_bucket": f"cc-target-{secrets.token_hex(4)}"}
    else:
        fields = {**inst.fields, "data_dir": tmp_path / "target-data"}
    target = Instance(kind, env_of(fields, tmp_path), fields)
    try:
        migrations.upgrade(target.url)
        r = cli(target, "create-user", "keep-me@example.org", "--password", "a-long-Passphrase-9", cwd=tmp_path,
                timeout=120)
        assert r.returncode == 0, r.stderr[-2000:]
        from careercopilot.integrations.storage import LocalStorage, S3Storage

        st = (S3Storage(bucket=fields["s3_bucket"], endpoint_url=s3_endpoint, access_key_id="test",
                        secret_access_key="test") if kind == "postgresql"
              else LocalStorage(Path(fields["data_dir"]) / "files"))
        st.put("resumes/999/keep.txt", b"keep me")
    except BaseException:
        if kind == "postgresql":
            services.drop_pg_database(target.url)
        raise
    return target


def _state(target: Instance) -> tuple[dict, dict]:
    return table_counts(target.url), storage_checksums(target.fields)


def _pg_set(inst: Instance, override_settings, tmp_path: Path, s3_endpoint: str):
    """Fill ``inst``, take a backup to S3 → ``(set_id, s3 client, bucket, the set's key prefix)``."""
    fill(override_settings, inst)
    r = cli(inst, "backup", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    set_id = json.loads(r.stdout.strip().splitlines()[-1])["id"]
    s3 = boto3.client("s3", endpoint_url=s3_endpoint, aws_access_key_id="test", aws_secret_access_key="test",
                      region_name="us-east-1")
    return set_id, s3, inst.fields["backup_s3_bucket"], f"nightly/{set_id}"


def test_truncated_and_unreadable_postgresql_dumps_change_nothing(pg_instance, override_settings, tmp_path,
                                                                  s3_endpoint):
    inst = pg_instance
    set_id, s3, bucket, prefix = _pg_set(inst, override_settings, tmp_path, s3_endpoint)
    dump = s3.get_object(Bucket=bucket, Key=f"{prefix}/database.dump")["Body"].read()
    target = _target_with_data("postgresql", inst, tmp_path, s3_endpoint)
    try:
        before = _state(target)
        assert before[0]["user"] == 1 and before[1]

        # 1. truncated dump: the checksum/size check refuses it before anything is touched
        s3.put_object(Bucket=bucket, Key=f"{prefix}/database.dump", Body=dump[: len(dump) // 2])
        r = cli(target, "restore", "--yes", "--force", "--set", set_id, cwd=tmp_path)
        assert r.returncode == 2
        assert f"backup set {set_id} is corrupt: database.dump has {len(dump) // 2} bytes" in r.stderr
        assert "nothing was restored" in r.stderr
        assert _state(target) == before

        # 2. a dump whose manifest was made to agree with it but pg_restore cannot read it
        garbage = b"PGDMP" + b"\x00" * 64
        manifest = json.loads(s3.get_object(Bucket=bucket, Key=f"{prefix}/manifest.json")["Body"].read())
        manifest["database"].update(sha256=hashlib.sha256(garbage).hexdigest(), size=len(garbage))
        s3.put_object(Bucket=bucket, Key=f"{prefix}/database.dump", Body=garbage)
        s3.put_object(Bucket=bucket, Key=f"{prefix}/manifest.json", Body=json.dumps(manifest).encode())
        r = cli(target, "restore", "--yes", "--force", "--set", set_id, cwd=tmp_path)
        assert r.returncode == 2 and "the database dump is unreadable" in r.stderr, r.stderr[-2000:]
        assert _state(target) == before
    finally:
        services.drop_pg_database(target.url)


@pytest.mark.parametrize("damage", ["flipped-file", "missing-file", "no-manifest", "bad-manifest", "truncated-db"])
def test_damaged_sqlite_sets_change_nothing(sqlite_instance, override_settings, tmp_path, damage):
    inst = sqlite_instance
    fill(override_settings, inst)
    r = cli(inst, "backup", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    set_id = json.loads(r.stdout.strip().splitlines()[-1])["id"]
    folder = Path(inst.fields["backup_dir"]) / set_id
    manifest = json.loads((folder / "manifest.json").read_text())
    a_file = folder / "files" / manifest["files"][0]["key"]
    if damage == "flipped-file":
        data = bytearray(a_file.read_bytes())
        data[len(data) // 2] ^= 0xFF
        a_file.write_bytes(bytes(data))
        expected = f"{manifest['files'][0]['key']} has {len(data)} bytes with SHA-256"
    elif damage == "missing-file":
        a_file.unlink()
        expected = f"backup set {set_id} has no files/{manifest['files'][0]['key']}"
    elif damage == "no-manifest":
        (folder / "manifest.json").unlink()
        expected = "no complete backup set"
    elif damage == "bad-manifest":
        (folder / "manifest.json").write_text('{"format": 1, "id": "x"')
        expected = "manifest.json is malformed"
    else:
        db = folder / "database.sqlite3"
        db.write_bytes(db.read_bytes()[:4096])
        expected = "database.sqlite3 has 4096 bytes"
    target = _target_with_data("sqlite", inst, tmp_path)
    before = _state(target)
    which = ["--set", set_id] if damage == "bad-manifest" else []  # "latest" skips a set it cannot read
    r = cli(target, "restore", "--yes", "--force", *which, cwd=tmp_path)
    assert r.returncode == 2, r.stdout[-2000:]
    assert expected in r.stderr, r.stderr[-2000:]
    assert _state(target) == before


def test_a_failing_pg_dump_leaves_no_set_behind(pg_instance, tmp_path):
    inst = pg_instance
    for tool, expected in (("/nonexistent/pg_dump", "could not run /nonexistent/pg_dump"),
                           ("/bin/false", "pg_dump failed (exit 1)")):
        env = {**inst.env, "BACKUP_PG_DUMP": tool}
        r = cli(Instance("postgresql", env, inst.fields), "backup", cwd=tmp_path)
        assert r.returncode == 2 and "backup failed, nothing kept" in r.stderr and expected in r.stderr, r.stderr
    listed = cli(inst, "backup", "list", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr[-2000:]
    assert json.loads(listed.stdout.strip().splitlines()[-1]) == {"backup_age_seconds": None, "sets": []}


def test_a_manifest_naming_a_path_outside_the_set_writes_nothing(pg_instance, override_settings, tmp_path,
                                                                   s3_endpoint):
    """attack129 finding 4: whoever can write the backup bucket named an absolute path (or "../") as the
    database artifact, with an object at that key, and restore wrote it outside its staging folder before
    any check. Every such manifest is refused as malformed; nothing is written, the target is unchanged."""
    inst = pg_instance
    set_id, s3, bucket, prefix = _pg_set(inst, override_settings, tmp_path, s3_endpoint)
    original = s3.get_object(Bucket=bucket, Key=f"{prefix}/manifest.json")["Body"].read()
    target = _target_with_data("postgresql", inst, tmp_path, s3_endpoint)
    victim = tmp_path / "outside" / "PWNED.txt"
    payload = b"attacker controlled\n"
    try:
        before = _state(target)
        for name in (str(victim), f"../../../../../..{victim}", "files/../../PWNED.txt"):
            s3.put_object(Bucket=bucket, Key=f"{prefix}/{name}", Body=payload)
            manifest = json.loads(original)
            manifest["database"].update(artifact=name, sha256=hashlib.sha256(payload).hexdigest(), size=len(payload))
            s3.put_object(Bucket=bucket, Key=f"{prefix}/manifest.json", Body=json.dumps(manifest).encode())
            r = cli(target, "restore", "--yes", "--force", "--set", set_id, cwd=tmp_path)
            assert r.returncode == 2, (name, r.stdout[-2000:])
            assert "names the database artifact" in r.stderr, r.stderr[-2000:]
            assert not victim.exists() and not list(tmp_path.rglob("PWNED.txt"))
            assert _state(target) == before
    finally:
        services.drop_pg_database(target.url)
