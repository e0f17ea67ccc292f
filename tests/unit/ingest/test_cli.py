"""CLI: `ingest --json` prints normalized postings without a database; --help on each command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "job-boards"


def cli(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "DATABASE_URL": "", "DATA_DIR": "/nonexistent/never-created", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "careercopilot", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=120)


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
