"""The embedded default's own secret key and owner-only DATA_DIR (attack129 findings 5 and 7: with
SECRET_KEY unset, ``make run`` signed unsubscribe links, e-mail verification, the two-factor cookie and
OAuth state with the public "changethis" — an unsubscribe link for any user was forgeable — and the
SQLite database sat 0644 in a 0755 folder). On the code before session 31 every test here failed (the
functions did not exist; ``run`` kept the default key)."""

from __future__ import annotations

import os
import stat

from careercopilot.config import (
    DEFAULT_SECRET,
    SECRET_KEY_RECORD,
    adopt_instance_secret,
    ensure_instance_secret,
)


def test_run_creates_an_owner_only_key_and_every_process_adopts_it(clean_env, tmp_path):
    s = clean_env(DATA_DIR=str(tmp_path))
    assert s.secret_key == DEFAULT_SECRET and adopt_instance_secret(s) is None  # nothing recorded yet
    key = ensure_instance_secret(s)
    assert key and len(key) >= 64 and s.secret_key == key
    path = tmp_path / SECRET_KEY_RECORD
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = clean_env(DATA_DIR=str(tmp_path))
    assert ensure_instance_secret(again) is None and again.secret_key == key  # a second run keeps it
    worker = clean_env(DATA_DIR=str(tmp_path))
    assert adopt_instance_secret(worker) == key and worker.secret_key == key


def test_a_configured_key_or_another_environment_is_left_alone(clean_env, monkeypatch, tmp_path):
    configured = clean_env(DATA_DIR=str(tmp_path), SECRET_KEY="x" * 40)
    assert ensure_instance_secret(configured) is None and configured.secret_key == "x" * 40
    monkeypatch.delenv("SECRET_KEY")
    test_env = clean_env(DATA_DIR=str(tmp_path), APP_ENV="test")
    assert ensure_instance_secret(test_env) is None and test_env.secret_key == DEFAULT_SECRET
    assert not (tmp_path / SECRET_KEY_RECORD).exists()


def test_a_short_or_unreadable_record_is_not_adopted(clean_env, tmp_path):
    (tmp_path / SECRET_KEY_RECORD).write_text("short\n")
    s = clean_env(DATA_DIR=str(tmp_path))
    assert adopt_instance_secret(s) is None and s.secret_key == DEFAULT_SECRET
    (tmp_path / SECRET_KEY_RECORD).write_bytes(b"\xff" * 40)
    assert adopt_instance_secret(s) is None


def test_run_makes_data_dir_owner_only(monkeypatch, tmp_path):
    from careercopilot.cli import core
    from careercopilot.config import settings

    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    monkeypatch.setattr(settings, "data_dir", folder)
    core._owner_only_data_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_the_server_gets_the_instance_key_in_its_environment(clean_env, tmp_path):
    from careercopilot.config import server_environment

    s = clean_env(DATA_DIR=str(tmp_path))
    assert "SECRET_KEY" not in server_environment(s, port=3100)  # the default is never passed on
    key = ensure_instance_secret(s)
    assert server_environment(s, port=3100)["SECRET_KEY"] == key
