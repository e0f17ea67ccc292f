"""Reminder fixtures: the same tests on SQLite and PostgreSQL, with the app's SMTP pointed at a
real loopback aiosmtpd server, and two accounts."""

from __future__ import annotations

import contextlib
import uuid

import pytest

from careercopilot import db
from tests.support import services
from tests.support.smtp_server import SmtpServer


@pytest.fixture
def smtp_server():
    """A started :class:`SmtpServer` (stopped at the end)."""
    server = SmtpServer().start()
    yield server
    server.close()


@pytest.fixture
def stack():
    with contextlib.ExitStack() as exits:
        yield exits


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_kind(request, override_settings, tmp_path, smtp_server, stack):
    """Process engine on a fresh SQLite file or a fresh PostgreSQL database of its own (the delivery
    job reads every user's due reminders, so a database shared with parallel tests would add theirs);
    jobs in-process; SMTP on ``smtp_server``."""
    if request.param == "sqlite":
        request.getfixturevalue("sqlite_engine")
        override_settings(redis_url=None, jobs_inline=True, data_dir=tmp_path)
    else:
        engine = stack.enter_context(services.migrated_engine("postgresql", tmp_path, "cc_reminders"))
        previous = db._engine
        db.set_engine(engine)
        stack.callback(db.set_engine, previous)
        override_settings(database_url=engine.url.render_as_string(hide_password=False), redis_url=None,
                          jobs_inline=True, data_dir=tmp_path)
    override_settings(smtp_host="127.0.0.1", smtp_port=smtp_server.port, smtp_timeout_seconds=2.0,
                      ssrf_allow_hosts=[f"127.0.0.1:{smtp_server.port}"], smtp_from="noreply@cc.example.org",
                      job_retry_backoff_seconds=[1], app_url="http://localhost:3000")
    return request.param


@pytest.fixture
def people(engine_kind):
    """Two accounts ``[(user_id, email), (user_id, email)]`` (UTC zone)."""
    from careercopilot.db import session_scope
    from careercopilot.models import User

    out = []
    with session_scope() as s:
        for name in ("ana", "ben"):
            user = User(email=f"{name}-{uuid.uuid4().hex[:8]}@example.com")
            s.add(user)
            s.flush()
            out.append((user.id, user.email))
    return out
