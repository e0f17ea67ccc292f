"""CLI commands beside the running embedded app, as real processes on one DATA_DIR (trial55 F1, F7).

The embedded default keeps the vector index in a Chroma ``PersistentClient`` folder, which one
process at a time may open. Here the "app" is ``tests/support/embedded_app.py`` (the app's
hand-off loop + the reads a rescore makes, in a loop) and the CLI runs in another subprocess,
as an operator runs it from a second shell while ``make run`` serves.

Variant table (each a test below): sync --file into a normal source · sync --file into the demo
feed's source, then the demo re-sync of the next start · reindex (needs the index itself) · a
command after the app ended (runs in the CLI process again).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "job-boards"
NEW_RT = FIXTURES / "remotive_single_rt.json"  # trial55's new_rt.json: one Remotive posting


def _env(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "DATA_DIR": str(data_dir), "APP_ENV": "test", "HF_HUB_OFFLINE": "1",
           "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False", "PYTHONPATH": str(ROOT)}
    for name in ("DATABASE_URL", "REDIS_URL", "CHROMA_URL", "JOBS_INLINE"):
        env.pop(name, None)
    return env


def _cli(data_dir: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "careercopilot", *args], cwd=ROOT, env=_env(data_dir),
                          capture_output=True, text=True, timeout=timeout)


def _db(data_dir: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(data_dir / "careercopilot.db") as conn:
        return conn.execute(sql, params).fetchall()


class App:
    """The app stand-in subprocess (status JSON, stop file)."""

    def __init__(self, data_dir: Path) -> None:
        self.status_file, self.stop_file = data_dir / "app-status.json", data_dir / "app-stop"
        self.log = open(data_dir / "app.log", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.support.embedded_app", str(self.status_file),
                                      str(self.stop_file)], cwd=ROOT, env=_env(data_dir), stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)

    def status(self) -> dict:
        try:
            return json.loads(self.status_file.read_text())
        except (OSError, ValueError):
            return {}

    def wait(self, pred, *, timeout: float, what: str) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, f"app stand-in exited: {Path(self.log.name).read_text()[-2000:]}"
            st = self.status()
            if st and pred(st):
                return st
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}: {self.status()}")

    def stop(self) -> None:
        self.stop_file.touch()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, 9)
            self.proc.wait()
        self.log.close()


@pytest.fixture()
def data_dir(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    got = _cli(d, "migrate")
    assert got.returncode == 0, got.stderr
    return d


@pytest.fixture()
def app(data_dir):
    started: list[App] = []

    def start() -> App:
        a = App(data_dir)
        started.append(a)
        return a

    yield start
    for a in started:
        if a.proc.poll() is None:
            a.stop()


def _store_fixture(data_dir: Path) -> int:
    """A normal source with the two recorded Remotive postings, indexed by the CLI (no app yet)."""
    got = _cli(data_dir, "ingest", "--source", "remotive", "--file", str(FIXTURES / "remotive.json"), "--store")
    assert got.returncode == 0, got.stderr
    return _db(data_dir, "SELECT id FROM source WHERE type = 'remotive' AND is_demo = 0")[0][0]


def test_sync_file_beside_the_app_is_indexed_by_the_app_and_ranking_keeps_working(data_dir, app):
    source_id = _store_fixture(data_dir)
    running = app()
    before = running.wait(lambda st: st["rounds"] >= 2 and len(st["ids"]) == 2, timeout=120, what="the app's index")
    got = _cli(data_dir, "sync", "--source", str(source_id), "--file", str(NEW_RT))
    assert got.returncode == 0, got.stderr
    new_id = _db(data_dir, "SELECT id FROM jobposting WHERE ats_id LIKE '%9990001%'")[0][0]
    # the app reads the new posting's chunks (the rescore path that failed with "Error finding id")
    after = running.wait(lambda st: new_id in st["ids"] and st["rounds"] > before["rounds"] + 3, timeout=120,
                         what="the new posting in the app's index")
    assert after["errors"] == [], after["errors"]
    # the indexing ran in the app process, not in the CLI process
    owners = _db(data_dir, "SELECT owner, status FROM backgroundjob WHERE func = 'jobs.matching.index_postings' "
                           "ORDER BY created_at DESC LIMIT 1")
    assert owners and owners[0][1] == "finished"
    assert f":{running.proc.pid}:" in owners[0][0], owners


def test_reindex_beside_the_app_is_run_by_the_app(data_dir, app):
    _store_fixture(data_dir)
    running = app()
    running.wait(lambda st: len(st["ids"]) == 2, timeout=120, what="the app's index")
    got = _cli(data_dir, "reindex")
    assert got.returncode == 0, got.stdout + got.stderr
    assert "running app" in got.stdout
    st = running.wait(lambda st: st["rounds"] > 3, timeout=30, what="more rounds")
    time.sleep(1.5)
    st = running.status()
    assert st["errors"] == [] and len(st["ids"]) == 2


def test_after_the_app_ends_the_cli_indexes_itself(data_dir, app):
    source_id = _store_fixture(data_dir)
    running = app()
    running.wait(lambda st: len(st["ids"]) == 2, timeout=120, what="the app's index")
    running.stop()
    got = _cli(data_dir, "sync", "--source", str(source_id), "--file", str(NEW_RT))
    assert got.returncode == 0, got.stderr
    owner = _db(data_dir, "SELECT owner FROM backgroundjob WHERE func = 'jobs.matching.index_postings' "
                          "ORDER BY created_at DESC LIMIT 1")[0][0]
    assert owner.startswith("inline:") and f":{running.proc.pid}:" not in owner
    assert _db(data_dir, "SELECT count(*) FROM jobposting WHERE index_pending = 1 AND is_open = 1")[0][0] == 0


DEMO_RESYNC = """
import sys
from careercopilot.db import session_scope
from careercopilot.models import Source
from careercopilot.services import ingest_sync, sources
from sqlmodel import select
with session_scope() as s:
    sources.ensure_demo_sources(session=s)
with session_scope() as s:
    demo = s.exec(select(Source.id).where(Source.type == "remotive", Source.is_demo)).one()
with session_scope() as s:
    run = ingest_sync.sync_source(session=s, source_id=demo)
    print("DEMO", demo, run.status, run.closed_count)
"""


def _demo_resync(data_dir: Path) -> int:
    """What every start does to the Remotive demo source (``seed``: re-sync from its recording),
    database only; returns the demo source id."""
    got = subprocess.run([sys.executable, "-c", DEMO_RESYNC], cwd=ROOT, env={**_env(data_dir), "DEMO_FEED": "on"},
                         capture_output=True, text=True, timeout=300)
    assert got.returncode == 0, got.stderr
    return int(next(line for line in got.stdout.splitlines() if line.startswith("DEMO ")).split()[1])


@pytest.mark.timeout(600)
def test_file_loaded_into_the_demo_source_survives_the_next_start(data_dir):
    demo = _demo_resync(data_dir)
    got = _cli(data_dir, "sync", "--source", str(demo), "--file", str(NEW_RT))
    assert got.returncode == 0, got.stderr
    assert "demo feed" in got.stdout
    row = _db(data_dir, "SELECT p.id, p.is_open, s.is_demo, s.status FROM jobposting p JOIN source s "
                        "ON s.id = p.source_id WHERE p.ats_id LIKE '%9990001%'")
    assert len(row) == 1 and row[0][1:] == (1, 0, "paused"), row
    _demo_resync(data_dir)  # the next `make run`
    assert _db(data_dir, "SELECT is_open FROM jobposting WHERE id = ?", row[0][0]) == [(1,)]
    # the demo feed's own postings are still its own (open, in the demo source)
    assert _db(data_dir, "SELECT count(*) FROM jobposting WHERE source_id = ? AND is_open = 1", demo)[0][0] > 0
