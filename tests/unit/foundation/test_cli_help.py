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
