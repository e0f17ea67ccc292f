"""``scripts/topology.sh cli`` (tests/support/topology.py): a CLI command against the loopback
topology gets the state file's settings, and YOUR overrides win — the README's earlier one-liner
built ``{**os.environ, **state}``, so ``DATABASE_URL=…restored … restore --yes`` went to the LIVE
database (ops12 finding 2). Also what ``up`` prints (ports labelled as ports)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import topology as topo

ROOT = Path(__file__).resolve().parents[3]
STATE = {"DATABASE_URL": "postgresql://live/careercopilot", "S3_BUCKET": "live-files", "SECRET_KEY": "s" * 40,
         "PATH": "/state/bin", "CHROMA_DATABASE": "default_database"}


@pytest.mark.parametrize(("environ", "overrides", "want", "changed"), [
    # nothing of yours: the state's settings
    ({"PATH": "/usr/bin", "HOME": "/root"}, {}, {"DATABASE_URL": "postgresql://live/careercopilot",
                                                   "PATH": "/state/bin", "HOME": "/root"}, []),
    # a setting in your shell wins (the drill's DATABASE_URL=… prefix)
    ({"DATABASE_URL": "postgresql://live/restored"}, {}, {"DATABASE_URL": "postgresql://live/restored"},
     ["DATABASE_URL"]),
    # -e wins over the shell and the state, for any name
    ({"DATABASE_URL": "postgresql://live/a"}, {"DATABASE_URL": "postgresql://live/b", "FOO": "1"},
     {"DATABASE_URL": "postgresql://live/b", "FOO": "1"}, ["DATABASE_URL", "FOO"]),
    # several drill overrides at once
    ({"S3_BUCKET": "drill", "CHROMA_DATABASE": "restore_drill"}, {},
     {"S3_BUCKET": "drill", "CHROMA_DATABASE": "restore_drill", "DATABASE_URL": "postgresql://live/careercopilot"},
     ["CHROMA_DATABASE", "S3_BUCKET"]),
    # the same value as the state is no override; a non-setting (PATH) never overrides the state
    ({"SECRET_KEY": "s" * 40, "PATH": "/other"}, {}, {"SECRET_KEY": "s" * 40, "PATH": "/state/bin"}, []),
])
def test_your_overrides_win_over_the_state(environ, overrides, want, changed):
    env, names = topo.cli_environment(STATE, environ, overrides)
    assert {k: env.get(k) for k in want} == want
    assert names == changed


@pytest.mark.parametrize(("argv", "pairs", "command"), [
    (["backup", "list"], [], ["backup", "list"]),
    (["--", "restore", "--yes"], [], ["restore", "--yes"]),
    (["-e", "A=1", "-e", "B=2", "--", "reindex"], ["A=1", "B=2"], ["reindex"]),
    (["-e", "A=1", "backup", "-e", "x"], ["A=1"], ["backup", "-e", "x"]),  # after the command: the command's
])
def test_cli_arguments(argv, pairs, command):
    got_pairs, state, got_command = topo.split_cli_args(argv)
    assert (got_pairs, got_command) == (pairs, command) and state == topo.DEFAULT_STATE


def test_cli_runs_the_command_against_the_database_you_name(tmp_path):
    """End to end: `topology cli migrate` with DATABASE_URL in the shell migrates THAT database;
    the state's (live) database is not touched."""
    live, drill = tmp_path / "live.db", tmp_path / "drill.db"
    base = {k: v for k, v in os.environ.items() if k.upper() not in topo.setting_names()}
    state_env = {**base, "APP_ENV": "test", "DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": f"sqlite:///{live}",
                 "PYTHONPATH": str(ROOT)}
    state = tmp_path / "state.json"
    topo.Topology(base=str(tmp_path / "topology"), env=state_env).save(state)
    out = subprocess.run([sys.executable, "-m", "tests.support.topology", "cli", "--state", str(state), "--",
                          "migrate"], cwd=ROOT, env={**base, "DATABASE_URL": f"sqlite:///{drill}"},
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "yours for DATABASE_URL" in out.stderr
    assert drill.exists() and not live.exists()


def test_up_summary_labels_ports_and_pids():
    t = topo.Topology(base="/tmp/x", url="http://localhost:8080", nginx_port=8080, app_ports=[52383, 41273],
                      primary_port=5500, replica_port=5501, redis_port=6400, chroma_port=8001, s3_port=9000,
                      procs={"app-1": topo.Proc("app-1", 111, [], "", ""), "worker-1": topo.Proc("worker-1", 222, [], "", "")})
    text = "\n".join(topo.up_summary(t, Path("/tmp/state.json")))
    assert "ports: nginx 8080, app processes 52383, 41273," in text
    assert "pids: app-1 111, worker-1 222" in text
    assert "app processes [" not in text
    json.dumps(text)
