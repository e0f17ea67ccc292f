"""Settings → API tokens helpers (state/api_tokens.py) on SQLite: the form's per-resource
access choices become scopes, the secret comes back once, rows show status and never the secret."""

from __future__ import annotations

from careercopilot.db import session_scope
from careercopilot.services import api_tokens, users
from careercopilot.state import api_tokens as token_state


def test_form_to_token_and_rows(sqlite_engine):
    with session_scope() as s:
        uid = users.create_user(session=s, email="ui@example.org", password="correct horse battery 77").id
    secret = token_state._create(uid, {"name": "clipper", "scope_postings": "read", "scope_applications": "write",
                                       "scope_resumes": "", "scope_analytics": "read", "expires_days": "90",
                                       "reauth_password": "correct horse battery 77"})
    assert secret.startswith(api_tokens.TOKEN_PREFIX)
    rows = token_state._rows(uid)
    assert len(rows) == 1 and rows[0]["scopes"] == "postings:read, applications:write, analytics:read"
    assert rows[0]["status"] == "active" and rows[0]["last_used"] == "never"
    assert secret not in str(rows) and rows[0]["prefix"] == secret[:11] + "…"
    token_state._revoke(uid, int(rows[0]["id"]))
    assert token_state._rows(uid)[0]["status"] == "revoked"
