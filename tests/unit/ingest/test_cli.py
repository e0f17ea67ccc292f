"""CLI: `ingest --json` prints normalized postings without a database; --help on each command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "job-boards"


def cli(*args: str, env_extra: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "DATABASE_URL": "", "DATA_DIR": "/nonexistent/never-created", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "careercopilot", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=timeout)


def test_ingest_json_prints_normalized_postings():
    out = cli("ingest", "--source", "remoteok", "--file", str(FIXTURES / "remoteok.json"), "--json")
    assert out.returncode == 0, out.stderr
    postings = json.loads(out.stdout)
    assert len(postings) == 2  # the legal notice is skipped
    assert all(p["source"] == "remoteok" and p["location"]["work_mode"] == "remote" for p in postings)
    assert not Path("/nonexistent/never-created").exists()


def test_ingest_reports_bad_input_clearly():
    out = cli("ingest", "--source", "greenhouse", "--file", str(FIXTURES / "weworkremotely.rss"), "--json")
    assert out.returncode == 1 and "not valid JSON" in out.stderr
    out = cli("ingest", "--source", "nope", "--file", str(FIXTURES / "remoteok.json"))
    assert out.returncode == 2 and "unknown source" in out.stderr


@pytest.mark.parametrize("command", ["seed", "ingest", "sync"])
def test_help(command):
    out = cli(command, "--help")
    assert out.returncode == 0 and "Usage" in out.stdout


def test_ingest_store_and_sync_file_load_a_payload_through_the_pipeline(tmp_path):
    """Issue 11 tooling: `ingest --store` and `sync --source ID --file PAYLOAD` write postings
    (normalized, quality-flagged, placed) to the database; `sync --file` needs --source."""
    import sqlite3

    env = {"DATA_DIR": str(tmp_path), "DATABASE_URL": "", "JOBS_INLINE": "true", "HF_HUB_OFFLINE": "1",
           "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
    assert cli("migrate", env_extra=env).returncode == 0
    rows = FIXTURES / "nyc_jobs_column_shifted.jsonl"
    out = cli("ingest", "--source", "nyc_jobs", "--file", str(rows), "--store", env_extra=env, timeout=900)
    assert out.returncode == 0, out.stderr
    assert "3 new" in out.stdout
    db = sqlite3.connect(tmp_path / "careercopilot.db")
    (source_id,) = db.execute("SELECT id FROM source WHERE type = 'nyc_jobs'").fetchone()
    assert db.execute("SELECT count(*) FROM jobposting WHERE source_id = ?", (source_id,)).fetchone() == (3,)
    assert all('"New York City"' in places for (places,) in db.execute("SELECT places FROM jobposting"))
    again = cli("sync", "--source", str(source_id), "--file", str(rows), env_extra=env, timeout=900)
    assert again.returncode == 0 and "0 new, 0 updated, 0 closed of 3" in again.stdout, again.stderr
    assert cli("sync", "--all", "--file", str(rows), env_extra=env).returncode == 2
