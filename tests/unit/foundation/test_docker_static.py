"""Static checks of Dockerfile, docker-compose.yml and deploy/nginx.conf (no Docker engine here).

Every environment variable they set must be a Settings field or a documented third-party
variable in :data:`THIRD_PARTY_VARIABLES`; every ``python -m careercopilot X`` they run must
be a CLI command; the compose file has the production topology.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml
from typer.main import get_command

from careercopilot.cli import app as cli_app
from careercopilot.config import Settings

ROOT = Path(__file__).resolve().parents[3]

#: Variables read by something other than our Settings, with who reads them.
THIRD_PARTY_VARIABLES = {
    "PYTHONDONTWRITEBYTECODE": "CPython",
    "PYTHONUNBUFFERED": "CPython",
    "PIP_NO_CACHE_DIR": "pip",
    "PIP_DISABLE_PIP_VERSION_CHECK": "pip",
    "PATH": "shell (bun on PATH for Reflex)",
    "REFLEX_TELEMETRY_ENABLED": "Reflex",
    "REFLEX_CHECK_LATEST_VERSION": "Reflex",
    "REFLEX_API_URL": "Reflex (baked into the frontend build)",
    "NPM_CONFIG_REGISTRY": "npm/bun",
    "HF_HUB_OFFLINE": "huggingface_hub",
    "TRANSFORMERS_OFFLINE": "transformers",
    "ANONYMIZED_TELEMETRY": "chromadb",
    "POSTGRES_USER": "postgres image",
    "POSTGRES_PASSWORD": "postgres image",
    "POSTGRES_DB": "postgres image",
    "MINIO_ROOT_USER": "minio image",
    "MINIO_ROOT_PASSWORD": "minio image",
    "GF_SECURITY_ADMIN_PASSWORD": "grafana image",
}
#: Variables that only feed ${...} interpolation in compose (read from .env by docker compose).
COMPOSE_INTERPOLATION = {"APP_URL", "SECRET_KEY", "POSTGRES_PASSWORD", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY",
                         "METRICS_TOKEN", "OTEL_EXPORTER_OTLP_ENDPOINT", "GRAFANA_ADMIN_PASSWORD", "SMTP_HOST", "SMTP_PORT",
                         "SMTP_SECURITY", "SMTP_USERNAME", "SMTP_PASSWORD", "SMTP_FROM"}


def _settings_vars() -> set[str]:
    return {name.upper() for name in Settings.model_fields}


def _cli_commands() -> set[str]:
    return set(get_command(cli_app).commands)


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _dockerfile_env() -> dict[str, str]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    env: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip().upper().startswith("ENV "):
            for token in shlex.split(line.strip()[4:]):
                key, _, value = token.partition("=")
                env[key] = value
    return env


def _dockerfile_cmd() -> list[str]:
    text = (ROOT / "Dockerfile").read_text()
    match = re.search(r'^CMD\s+(\[.*\])\s*$', text, re.M)
    assert match, "Dockerfile needs an exec-form CMD"
    return yaml.safe_load(match.group(1))


def _careercopilot_commands(argv: list[str]) -> list[str]:
    """Subcommands of ``python -m careercopilot <cmd>`` in an argv list."""
    out = []
    for i in range(len(argv) - 2):
        if argv[i + 1] == "-m" and argv[i + 2] == "careercopilot" and re.search(r"python", argv[i]):
            assert i + 3 < len(argv), f"no subcommand in {argv}"
            out.append(argv[i + 3])
    return out


def test_compose_parses_with_the_production_topology(compose):
    assert {"postgres", "redis", "chroma", "minio", "app", "worker", "cron", "nginx"} <= set(compose["services"])


def test_every_compose_variable_is_known(compose):
    known = _settings_vars() | set(THIRD_PARTY_VARIABLES)
    unknown = {}
    for name, service in compose["services"].items():
        env = service.get("environment") or {}
        keys = env.keys() if isinstance(env, dict) else [e.split("=", 1)[0] for e in env]
        bad = sorted(k for k in keys if k not in known)
        if bad:
            unknown[name] = bad
    assert not unknown, f"variables that are neither Settings fields nor allow-listed: {unknown}"


def test_compose_interpolations_are_documented():
    text = (ROOT / "docker-compose.yml").read_text()
    used = set(re.findall(r"\$\{([A-Z0-9_]+)", text))
    assert used <= COMPOSE_INTERPOLATION, used - COMPOSE_INTERPOLATION


def test_every_dockerfile_variable_is_known():
    known = _settings_vars() | set(THIRD_PARTY_VARIABLES)
    env = _dockerfile_env()
    assert env, "Dockerfile sets no ENV?"
    assert sorted(set(env) - known) == []


def test_commands_exist_in_the_cli(compose):
    commands = _cli_commands()
    ran = _careercopilot_commands(_dockerfile_cmd())
    for name, service in compose["services"].items():
        cmd = service.get("command")
        if isinstance(cmd, str):
            cmd = shlex.split(cmd)
        ran += _careercopilot_commands(cmd or [])
    assert {"run", "worker", "cron"} <= set(ran)
    assert set(ran) <= commands, set(ran) - commands


def test_app_service_is_production_configured(compose):
    env = compose["services"]["app"]["environment"]
    for key in ("APP_ENV", "DATABASE_URL", "REDIS_URL", "CHROMA_URL", "S3_ENDPOINT_URL", "S3_BUCKET",
                "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "SECRET_KEY", "APP_URL", "TRUSTED_PROXIES",
                "GRANIAN_WORKERS"):
        assert key in env, key
    assert env["APP_ENV"] == "production"
    assert int(env["GRANIAN_WORKERS"]) >= 2
    assert "changethis" not in str(env["SECRET_KEY"])  # required from .env, no usable default
    # the same settings reach the worker and the cron scheduler
    for other in ("worker", "cron"):
        o = compose["services"][other]["environment"]
        assert o["DATABASE_URL"] == env["DATABASE_URL"] and o["REDIS_URL"] == env["REDIS_URL"]


def test_backups_have_their_own_bucket(compose):
    """ops12 finding 9: compose wrote backups into the files' bucket (lost with it)."""
    import yaml

    k8s = next(d for d in yaml.safe_load_all((ROOT / "deploy" / "k8s" / "config.yaml").read_text())
               if d and d.get("kind") == "ConfigMap" and "S3_BUCKET" in (d.get("data") or {}))["data"]
    for where, env in (("compose app", compose["services"]["app"]["environment"]),
                       ("compose worker", compose["services"]["worker"]["environment"]), ("k8s ConfigMap", k8s)):
        assert env.get("BACKUP_S3_BUCKET"), where
        assert env["BACKUP_S3_BUCKET"] != env["S3_BUCKET"], f"{where}: backups share the files' bucket"


def test_trusted_proxy_is_nginx(compose):
    import json

    proxies = json.loads(compose["services"]["app"]["environment"]["TRUSTED_PROXIES"])
    nginx_ip = compose["services"]["nginx"]["networks"]["default"]["ipv4_address"]
    assert proxies == [nginx_ip]


def test_dockerfile_shape():
    text = (ROOT / "Dockerfile").read_text()
    assert text.lstrip().splitlines()[0].startswith("#") and "FROM python:3.11-slim" in text
    torch_at = text.index("torch==2.13.0")
    assert torch_at < text.index("-r requirements.txt"), "torch must be installed before requirements"
    assert "download.pytorch.org/whl/cpu" in text
    assert re.search(r"npm install .*bun@", text)
    assert "reflex export" in text
    assert re.search(r"^USER (?!root)\w+", text, re.M), "must run as a non-root user"
    assert _dockerfile_cmd()[:4] == ["python", "-m", "careercopilot", "run"]


def test_nginx_proxies_the_websocket():
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    assert "location /_event" in conf and "location /" in conf
    assert "proxy_set_header Upgrade $http_upgrade" in conf
    assert "proxy_set_header Host $http_host" in conf and "$host;" not in conf
    assert re.search(r"proxy_read_timeout\s+(\d+)s", conf)
    assert max(int(x) for x in re.findall(r"proxy_read_timeout\s+(\d+)s", conf)) >= 3600
    compose_mount = (ROOT / "docker-compose.yml").read_text()
    assert "./deploy/nginx.conf" in compose_mount


def test_requirements_pin_torch_first():
    lines = [line.strip() for line in (ROOT / "requirements.txt").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[0] == "torch==2.13.0"
    unpinned = [line for line in lines if "==" not in line]
    assert not unpinned, unpinned


def test_every_compose_service_restarts_after_a_crash():
    """A worker that exits on a Redis outage, or any service after a host reboot, comes back by itself
    (issue 9 probe, session 9: no service had a restart policy)."""
    compose = yaml.safe_load((Path(__file__).resolve().parents[3] / "docker-compose.yml").read_text())
    assert {name: svc.get("restart") for name, svc in compose["services"].items()
            if svc.get("restart") not in ("unless-stopped", "always")} == {}
