"""The same create sent twice at once (two tabs, a retried websocket event racing the original, two
app processes) makes one row: real threads, each with its own session and transaction, released
together by a barrier. Tokens (one active per user and name: the user's row lock on PostgreSQL,
the check after the insert on SQLite), contacts and typed-in applications (one claim of the values
in ``services.submissions``: process memory, and Redis as in production). The sequential cases are
``tests/unit/tracker/test_duplicate_creates.py``; the REST API's ``Idempotency-Key`` is
``tests/integration/api/test_idempotency_key.py``."""

from __future__ import annotations

import secrets

import pytest

from careercopilot.db import session_scope
from careercopilot.models import ApiToken, Application, Contact
from careercopilot.services import api_tokens, applications, users
from tests.support.races import at_once, count_rows

N = 8


def _user() -> int:
    tag = secrets.token_hex(4)
    with session_scope() as s:
        return users.create_user(session=s, email=f"dup-{tag}@example.com", password=f"correct horse {tag} 9").id


def _count(model, **where) -> int:
    return count_rows(model, **where)


def _parallel(fn) -> list[object]:
    """``fn()`` on :data:`N` threads at once; each result or the exception it raised."""
    return at_once(N, fn, catch=(Exception,))


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_concurrent_token_creates_with_one_name_make_one_token(engine, request):
    request.getfixturevalue("sqlite_engine" if engine == "sqlite" else "use_pg")
    uid = _user()

    def create():
        with session_scope() as s:
            return api_tokens.create_token(session=s, user_id=uid, name="laptop script", scopes="postings:read",
                                           expires_in_days=30)[1]

    results = _parallel(create)
    secrets_made = [r for r in results if isinstance(r, str)]
    assert len(secrets_made) == 1, results
    assert all(isinstance(r, api_tokens.NameTaken) for r in results if not isinstance(r, str)), results
    assert _count(ApiToken, user_id=uid) == 1


@pytest.mark.parametrize("cache", ["memory", "redis"])
def test_concurrent_form_creates_on_postgresql_make_one_row(cache, request):
    """Contacts and typed-in applications: the same values from N sessions at once → one row each."""
    from careercopilot.state.application_detail import add_contact_once
    from careercopilot.state.applications import add_manual_once

    request.getfixturevalue("use_pg" if cache == "memory" else "rq_settings")
    uid = _user()
    with session_scope() as s:
        aid = applications.add_manual(session=s, user_id=uid, company="Acme", title="Engineer").id

    contact = {"name": "Ann Lee", "role": "Recruiter", "email": "ann@example.org", "profile_url": ""}
    added = _parallel(lambda: add_contact_once(uid, aid, contact))
    assert added.count(True) == 1 and added.count(False) == N - 1, added
    assert _count(Contact, application_id=aid) == 1

    manual = {"company": "Globex", "title": "Data Engineer", "url": "", "notes": ""}
    added = _parallel(lambda: add_manual_once(uid, manual))
    assert added.count(True) == 1 and added.count(False) == N - 1, added
    assert _count(Application, user_id=uid, company="Globex") == 1
