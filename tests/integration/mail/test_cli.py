"""``send-test-email`` and ``show-outbox`` as an operator runs them: a subprocess on a migrated
SQLite database, SMTP to aiosmtpd on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _cli(args: list[str], data_dir: Path, **env: str) -> subprocess.CompletedProcess:
    full = {**os.environ, "DATA_DIR": str(data_dir), "APP_ENV": "test", **env}
    for name in ("DATABASE_URL", "REDIS_URL", "SMTP_HOST", "SSRF_ALLOW_HOSTS"):
        if name not in env:
            full.pop(name, None)
    return subprocess.run([sys.executable, "-m", "careercopilot", *args], cwd=ROOT, env=full, capture_output=True,
                          text=True, timeout=300)


def test_send_test_email_and_show_outbox(tmp_path, smtp_server):
    assert _cli(["migrate"], tmp_path).returncode == 0
    smtp = dict(SMTP_HOST="127.0.0.1", SMTP_PORT=str(smtp_server.port), SMTP_FROM="ops@cc.example.org",
                SSRF_ALLOW_HOSTS=f'["127.0.0.1:{smtp_server.port}"]')  # a local relay: allow-listed
    sent = _cli(["send-test-email", "--to", "Admin@Example.org"], tmp_path, **smtp)
    assert sent.returncode == 0, sent.stderr
    assert "sent to Admin@Example.org" in sent.stdout
    got = smtp_server.messages_for("Admin@example.org")
    assert len(got) == 1 and got[0]["Subject"] == "Career Copilot test message"

    smtp_server.reject.add("nobody@example.org")
    refused = _cli(["send-test-email", "--to", "nobody@example.org"], tmp_path, **smtp)
    assert refused.returncode == 1 and "550" in refused.stderr

    unset = _cli(["send-test-email", "--to", "a@example.org"], tmp_path)
    assert unset.returncode == 2 and "SMTP_HOST is not set" in unset.stderr

    shown = _cli(["show-outbox", "--to", "nobody@example.org"], tmp_path)
    assert shown.returncode == 0 and "failed · Career Copilot test message" in shown.stdout
    assert "sent · Career Copilot test message" in _cli(["show-outbox", "--to", "admin@EXAMPLE.org"], tmp_path).stdout
    assert _cli(["show-outbox", "--to", "someone-else@example.org"], tmp_path).returncode == 1
