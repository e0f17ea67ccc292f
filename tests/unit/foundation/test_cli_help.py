"""``python -m careercopilot --help`` and ``<command> --help`` work for every command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from careercopilot.cli import app

ROOT = Path(__file__).resolve().parents[3]
REQUIRED = {"migrate", "create-user", "worker", "cron", "run"}


def command_names() -> list[str]:
    """Every registered command (by name)."""
    return sorted(get_command(app).commands)


def test_required_commands_exist():
    assert REQUIRED <= set(command_names())


def test_top_level_help():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0, result.output
    for name in command_names():
        assert name in result.output


@pytest.mark.parametrize("name", command_names())
def test_command_help(name):
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and "--help" in result.output


def test_module_entry_point_runs():
    out = subprocess.run([sys.executable, "-m", "careercopilot", "--help"], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "migrate" in out.stdout


def test_worker_without_redis_explains_itself(monkeypatch):
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "redis_url", None)
    result = CliRunner().invoke(app, ["worker"])
    assert result.exit_code == 2
    assert "REDIS_URL is not set" in result.output


def test_run_passes_granian_workers_to_the_server(monkeypatch, tmp_path):
    """Issue 9, finding 7: GRANIAN_WORKERS (from settings, e.g. a .env file) reaches the server."""
    import inspect

    from reflex.utils import exec as reflex_exec

    from careercopilot.cli import core, serving
    from careercopilot.config import settings

    seen = {}

    def fake_serve(cmd, *, cwd, url, env=None):
        seen.update(cmd=cmd, env=env)
        return 0

    monkeypatch.delenv("GRANIAN_WORKERS", raising=False)
    monkeypatch.setattr(settings, "granian_workers", 2)
    monkeypatch.setattr(settings, "data_dir", tmp_path)  # run records its URL there
    monkeypatch.setattr(core, "migrate", lambda revision="head": None)
    monkeypatch.setattr(serving, "serve", fake_serve)
    # the instance's own key (attack129 finding 5) is made in DATA_DIR and handed to the server; the migration is
    # skipped here, so the re-encryption of stored secrets has no tables to read
    from careercopilot.services import llm_keys

    monkeypatch.setattr(settings, "secret_key", "changethis")  # SECRET_KEY unset (restored after the test)
    monkeypatch.setattr(settings, "app_env", "development")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setattr(llm_keys, "rotate", lambda **kw: 0)
    result = CliRunner().invoke(app, ["run", "--port", "3999"])
    assert result.exit_code == 0, result.output
    assert seen["env"]["GRANIAN_WORKERS"] == "2"
    assert seen["env"]["SECRET_KEY"] == (tmp_path / "secret_key").read_text().strip() != "changethis"
    # the contract on the other side: Reflex's granian launcher reads that variable
    assert 'os.getenv("GRANIAN_WORKERS"' in inspect.getsource(reflex_exec.run_granian_backend_prod)


def test_help_texts_show_no_rest_markup():
    """Trial finding 27: ``sync --help`` printed ````--file```` with its double backticks."""
    for name in command_names():
        result = CliRunner().invoke(app, [name, "--help"], terminal_width=200)
        assert result.exit_code == 0, result.output
        assert "``" not in result.output, name
    sub = CliRunner().invoke(app, ["alerts", "digest", "--help"], terminal_width=200)
    assert sub.exit_code == 0 and "``" not in sub.output
