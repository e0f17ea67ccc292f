"""Trial finding 1: with ``make run PORT=3101`` (no APP_URL), mail written by CLI commands run
in another shell (``alerts digest``, ``sync``, ``reminders due --deliver``) linked to port 3000.
``run`` now records its URL in DATA_DIR and every CLI command adopts it when APP_URL is unset;
a configured APP_URL still wins. Real SQLite database, the real CLI (Typer runner), the real
send log."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from careercopilot.cli import app
from careercopilot.db import session_scope
from careercopilot.models import JobPosting, MailMessage, User
from careercopilot.services.alerts import matcher
from careercopilot.services.alerts import saved_searches as ss


@pytest.fixture
def unset_app_url(sqlite_engine, override_settings, tmp_path, monkeypatch):
    """Settings as a shell without APP_URL has them: DATA_DIR a temp folder."""
    from careercopilot.config import settings

    s = override_settings(data_dir=tmp_path, app_url="http://localhost:3000")
    before = settings.app_url_configured  # a private attribute: monkeypatch's undo would delete it
    settings._app_url_configured = False
    yield s
    settings._app_url_configured = before


def _run_on(port: int, monkeypatch) -> dict:
    """``careercopilot run --port <port>`` up to the server start (migrate and serve faked)."""
    from careercopilot.cli import core, serving

    seen: dict = {}
    monkeypatch.setattr(core, "migrate", lambda revision="head": None)
    monkeypatch.setattr(serving, "serve", lambda cmd, *, cwd, url, env=None: seen.update(env=env) or 0)
    result = CliRunner().invoke(app, ["run", "--port", str(port)])
    assert result.exit_code == 0, result.output
    return seen["env"]


def _waiting_digest_hit() -> str:
    now = datetime.now(timezone.utc)
    with session_scope() as s:
        u = User(email="links@example.com", timezone="UTC")
        s.add(u)
        s.flush()
        ss.create(session=s, user_id=u.id, name="py", query="python", filters={}, delivery="daily",
                  now=now - timedelta(hours=2))
        s.add(JobPosting(source_type="greenhouse", ats_id="l1", url="https://jobs.example.org/1", title="Python Engineer",
                         company="Acme", company_key="acme", dedupe_key="l1", content_hash="l1", description_text="x",
                         description_html="<p>x</p>", first_seen_at=now - timedelta(minutes=5),
                         last_seen_at=now - timedelta(minutes=5)))
    with session_scope() as s:
        assert matcher.match_new_postings(session=s).hits == 1
    return "links@example.com"


def test_cli_mail_links_point_at_the_port_run_serves(unset_app_url, monkeypatch):
    env = _run_on(3101, monkeypatch)
    assert env["APP_URL"] == "http://localhost:3101"
    assert (unset_app_url.data_dir / "app_url.txt").read_text().strip() == "http://localhost:3101"
    user = _waiting_digest_hit()
    result = CliRunner().invoke(app, ["alerts", "digest", "--user", user, "--now"])  # "another shell"
    assert result.exit_code == 0, result.output
    assert ": 1 posting, 0 skipped" in result.output  # not "1 postings" (trial finding 27)
    with session_scope() as s:
        body = s.exec(select(MailMessage.body_text).where(MailMessage.kind == "digest")).one()
    assert "http://localhost:3101/jobs/" in body and "http://localhost:3101/unsubscribe/" in body
    assert "localhost:3000" not in body and "localhost:3000" not in result.output


def test_a_later_run_on_another_port_replaces_the_record_and_a_configured_app_url_wins(unset_app_url, monkeypatch):
    from careercopilot.config import adopt_recorded_app_url

    _run_on(3101, monkeypatch)
    assert _run_on(3102, monkeypatch)["APP_URL"] == "http://localhost:3102"  # not the 3101 just adopted
    assert adopt_recorded_app_url(unset_app_url) == "http://localhost:3102"
    unset_app_url._app_url_configured = True
    monkeypatch.setattr(unset_app_url, "app_url", "https://cc.example.org")
    assert adopt_recorded_app_url(unset_app_url) is None and unset_app_url.app_url == "https://cc.example.org"
    (unset_app_url.data_dir / "app_url.txt").write_text("javascript:alert(1)")
    unset_app_url._app_url_configured = False
    assert adopt_recorded_app_url(unset_app_url) is None  # a damaged record is ignored
