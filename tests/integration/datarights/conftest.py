"""Data-rights fixtures: the same tests on SQLite and PostgreSQL, real local storage (a temp
dir) or S3 (the moto server of ``tests/integration/storage/conftest.py``), two populated
accounts, and an HTTP client on the backend app carrying a session cookie."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from tests.integration.storage.conftest import s3_endpoint, s3_settings  # noqa: F401  (fixtures)
from tests.support import account_data
from tests.unit.resumes_service.resume_files import NURSE_LINES, make_pdf


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_kind(request, override_settings, tmp_path):
    """Process engine on a fresh SQLite file or the throwaway PostgreSQL database; jobs in-process."""
    if request.param == "sqlite":
        request.getfixturevalue("sqlite_engine")
        override_settings(redis_url=None, jobs_inline=True, data_dir=tmp_path)
    else:
        request.getfixturevalue("use_pg")
    return request.param


@pytest.fixture
def no_rescore(monkeypatch):
    """Resume uploads would enqueue a ranking refresh (loads the embedding model): record instead."""
    from careercopilot.services import tx_hooks

    calls: list[int] = []
    monkeypatch.setattr(tx_hooks, "enqueue_rescore", calls.append)
    return calls


def make_account(email_tag: str, n: int, lines=None) -> tuple[int, str]:
    """A user with every owned table populated; ``(id, email)``."""
    import secrets

    from careercopilot.db import session_scope
    from careercopilot.integrations.storage import get_storage
    from careercopilot.services import users

    email = f"{email_tag}-{secrets.token_hex(4)}@example.com"
    with session_scope() as s:
        user = users.create_user(session=s, email=email, password=account_data.PASSWORD.format(n=n))
        user.email_verified_at = user.created_at  # an account in use (sign-in needs it with DATABASE_URL)
        account_data.populate(s, user_id=user.id, storage=get_storage(), resume_data=make_pdf(lines) if lines
                              else make_pdf())
        return user.id, email


@pytest.fixture
def accounts(engine_kind, no_rescore):
    """Two populated accounts ``(a_id, a_email), (b_id, b_email)``."""
    return make_account("alice", 1), make_account("bob", 2, NURSE_LINES)


def client_for(user_id: int) -> TestClient:
    """A TestClient on the backend app with a fresh session cookie of ``user_id``."""
    from careercopilot import api
    from careercopilot.config import settings
    from careercopilot.db import session_scope
    from careercopilot.services import users

    with session_scope() as s:
        token = users.start_session(session=s, user_id=user_id)
    client = TestClient(api.app, base_url="http://testserver", follow_redirects=False)
    client.cookies.set(settings.session_cookie_name, token)
    return client
