"""Backup settings: documented in README, destination selection, no password on a command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from careercopilot.config import Settings
from careercopilot.services.backup import database, destinations

ROOT = Path(__file__).resolve().parents[3]


def _settings(**kw) -> Settings:
    return Settings(_env_file=None, **kw)


def test_every_backup_setting_has_a_readme_row():
    readme = ROOT.joinpath("README.md").read_text()
    rows = [line for line in readme.splitlines() if line.startswith("| `")]
    for name in Settings.model_fields:
        if name.startswith("backup_"):
            assert any(f"`{name.upper()}`" in row for row in rows), name


def test_no_destination_is_refused_with_a_message():
    s = _settings()
    assert not s.backup_configured
    with pytest.raises(destinations.DestinationError, match="BACKUP_S3_BUCKET .* or BACKUP_DIR"):
        destinations.get_destination(s)


def test_backup_dir_selects_a_local_destination(tmp_path):
    dest = destinations.get_destination(_settings(backup_dir=tmp_path / "bk"))
    assert isinstance(dest, destinations.LocalDestination) and dest.describe() == str((tmp_path / "bk").resolve())


def test_backups_in_the_file_bucket_need_a_prefix_and_are_left_out_of_file_backups():
    s = _settings(s3_bucket="files", backup_s3_bucket="files", backup_s3_prefix="")
    with pytest.raises(destinations.DestinationError, match="BACKUP_S3_PREFIX"):
        destinations.get_destination(s)
    assert destinations.excluded_storage_prefix(_settings(s3_bucket="files", backup_s3_bucket="files")) == "backups/"
    assert destinations.excluded_storage_prefix(_settings(s3_bucket="files", backup_s3_bucket="other")) is None
    # another endpoint: another bucket namespace, nothing to leave out
    assert destinations.excluded_storage_prefix(_settings(
        s3_bucket="files", backup_s3_bucket="files", s3_endpoint_url="http://minio:9000",
        backup_s3_endpoint_url="https://s3.amazonaws.com")) is None


def test_the_password_goes_to_the_environment_not_the_conninfo():
    t = database.pg_target("postgresql+psycopg://cc:s3cr%40t@db.example:6432/careercopilot?sslmode=require")
    assert "s3cr" not in t.conninfo and t.password == "s3cr@t"
    assert "host=db.example" in t.conninfo and "port=6432" in t.conninfo and "sslmode=require" in t.conninfo
    assert t.env()["PGPASSWORD"] == "s3cr@t"


@pytest.mark.parametrize("bad", ["../x", "20261204T020000Z", "latest", "20261204T020000Z-zzzz"])
def test_set_ids_are_strict(bad):
    assert not destinations.SET_ID.match(bad)
