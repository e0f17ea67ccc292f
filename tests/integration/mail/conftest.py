"""Mail fixtures: a loopback aiosmtpd server and settings pointing the app's SMTP at it (on the
throwaway PostgreSQL database, jobs in-process)."""

from __future__ import annotations

import uuid

import pytest

from tests.support.smtp_server import SmtpServer


@pytest.fixture
def smtp_server():
    """A started :class:`SmtpServer` (stopped at the end)."""
    server = SmtpServer().start()
    yield server
    server.close()


@pytest.fixture
def mail_pg(use_pg, override_settings, smtp_server):
    """``use_pg`` + SMTP_HOST/PORT on ``smtp_server`` (listed in SSRF_ALLOW_HOSTS), 2 s SMTP timeout,
    1 s retry backoff. Messages an earlier test left unsent on this worker's shared database end as
    failed first: they would be delivered to this test's server and counted in its reports."""
    from sqlalchemy import update

    from careercopilot.db import get_engine
    from careercopilot.models import MailMessage

    with get_engine().begin() as conn:
        conn.execute(update(MailMessage).where(MailMessage.status.in_(("pending", "sending")))
                     .values(status="failed", last_error="left unsent by an earlier test"))
    return override_settings(smtp_host="127.0.0.1", smtp_port=smtp_server.port, smtp_timeout_seconds=2.0,
                             ssrf_allow_hosts=[f"127.0.0.1:{smtp_server.port}"],  # a local relay: allow-listed
                             smtp_from="noreply@cc.example.org", job_retry_backoff_seconds=[1],
                             app_url="http://localhost:3000")


@pytest.fixture
def make_users():
    """``make_users(n)`` → ``[(user_id, email)]`` of fresh accounts (no password) on the current DB."""
    from careercopilot.db import session_scope
    from careercopilot.models import User

    def make(n: int, *, name: str = "u") -> list[tuple[int, str]]:
        out = []
        with session_scope() as s:
            for _ in range(n):
                user = User(email=f"{name}-{uuid.uuid4().hex[:10]}@example.com")
                s.add(user)
                s.flush()
                out.append((user.id, user.email))
        return out

    return make
