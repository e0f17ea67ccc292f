"""The MCP server (issue 14) through the official SDK's client, on PostgreSQL: over stdio
(the ``python -m careercopilot mcp`` CLI spawned as a subprocess) and over streamable HTTP (the
backend app served by uvicorn on loopback, ``/mcp``). Lists the tools, calls every one on the
user's own rows, and checks scope refusal, revoked tokens, the Origin check and that cookies
grant nothing."""

from __future__ import annotations

import asyncio
import os
import sys

import httpx
import pytest

from careercopilot.db import session_scope
from careercopilot.mcp.server import tool_scopes
from careercopilot.models import Application
from careercopilot.services import api_tokens
from tests.support import cross_user
from tests.support.mcp_client import http_session, own_calls, stdio_session, text_of

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                   "clientInfo": {"name": "curl", "version": "1"}}}
MCP_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


def _revoke(account) -> None:
    with session_scope() as s:
        api_tokens.revoke_token(session=s, user_id=account.user_id, token_id=account.token_id)


async def _call_all(session, ids) -> dict[str, str]:
    """Every tool once on the user's own rows; returns {tool: error text} for failures."""
    failures = {}
    for name, args in own_calls(ids):
        result = await session.call_tool(name, args)
        if result.is_error:
            failures[name] = text_of(result)[:300]
    return failures


def _stdio_env(pg_url: str, tmp_path, secret: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REDIS", "JOBS_"))}
    env.update(DATABASE_URL=pg_url, DATA_DIR=str(tmp_path), APP_ENV="test", JOBS_INLINE="true", CC_TOKEN=secret,
               PYTHONUNBUFFERED="1")
    return env


@pytest.mark.timeout(240)
def test_stdio_lists_and_calls_every_tool_then_refuses_scope_and_revoked_token(make_account, pg_url, tmp_path):
    owner = make_account()
    narrow = make_account(scopes=["postings:read"])
    ids = cross_user.seed(owner.user_id, cross_user.new_marker())
    errlog = open(tmp_path / "mcp-stderr.log", "w+")

    async def main():
        async with stdio_session(_stdio_env(pg_url, tmp_path, owner.secret), cwd=ROOT, errlog=errlog) as session:
            tools = (await session.list_tools()).tools
            assert {t.name for t in tools} == set(tool_scopes())
            assert all(t.description and t.input_schema.get("type") == "object" for t in tools)
            failures = await _call_all(session, ids)
            assert failures == {}, failures
            _revoke(owner)
            result = await session.call_tool("list_applications", {})
            assert result.is_error and "401: The token is unknown, revoked or expired" in text_of(result)
        async with stdio_session(_stdio_env(pg_url, tmp_path, narrow.secret), cwd=ROOT, errlog=errlog) as session:
            ok = await session.call_tool("get_preferences", {})
            assert ok.is_error and "403" in text_of(ok) and "preferences:read" in text_of(ok)
            ok = await session.call_tool("list_saved_searches", {})
            assert ok.is_error and "403" in text_of(ok)

    asyncio.run(main())
    with session_scope() as s:  # the stdio process really wrote through the services
        app = s.get(Application, ids["application_id"])
        assert app.stage == "applied" and app.notes.endswith("Called the recruiter.")
        assert str(app.follow_up_on) == "2030-01-02" or app.follow_up_on is None  # done clears it


def test_stdio_cli_refuses_a_missing_or_revoked_token(make_account, pg_url, tmp_path):
    import subprocess

    account = make_account()
    _revoke(account)
    env = _stdio_env(pg_url, tmp_path, account.secret)
    cmd = [sys.executable, "-m", "careercopilot", "mcp", "--token-env", "CC_TOKEN"]
    out = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 2 and "revoked" in out.stderr and out.stdout == ""
    env.pop("CC_TOKEN")
    out = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 2 and "CC_TOKEN" in out.stderr


@pytest.mark.timeout(240)
def test_http_lists_and_calls_every_tool_with_scopes_enforced(make_account, backend_server_url):
    owner = make_account()
    narrow = make_account(scopes=["postings:read", "applications:read"])
    ids = cross_user.seed(owner.user_id, cross_user.new_marker())
    url = f"{backend_server_url}/mcp"

    async def main():
        async with http_session(url, owner.secret) as session:
            tools = (await session.list_tools()).tools
            assert {t.name for t in tools} == set(tool_scopes())
            failures = await _call_all(session, ids)
            assert failures == {}, failures
        async with http_session(url, narrow.secret) as session:
            refused = await session.call_tool("move_stage", {"application_id": ids["application_id"],
                                                             "stage": "offer"})
            assert refused.is_error and "applications:write" in text_of(refused)
            allowed = await session.call_tool("list_applications", {})
            assert not allowed.is_error and "items" in text_of(allowed)
        _revoke(owner)
        with pytest.raises(BaseException) as refused_revoked:  # the SDK surfaces the HTTP 401 as an MCPError
            async with http_session(url, owner.secret) as session:
                await session.list_tools()
        assert "Server returned an error response" in repr(refused_revoked.value)

    asyncio.run(main())
    with session_scope() as s:
        assert s.get(Application, ids["application_id"]).stage == "applied"


def test_http_refuses_foreign_origin_missing_or_revoked_token_and_ignores_cookies(make_account, backend_server_url):
    account = make_account()
    url = f"{backend_server_url}/mcp"
    auth = {"Authorization": f"Bearer {account.secret}", **MCP_HEADERS}
    ok = httpx.post(url, json=INIT, headers=auth)
    assert ok.status_code == 200 and ok.json()["result"]["serverInfo"]["name"] == "careercopilot"
    from careercopilot import origin_guard
    from careercopilot.config import settings

    own_origin = origin_guard.origin_strings(origin_guard.trusted_origins(settings))[0]
    same = httpx.post(url, json=INIT, headers={**auth, "Origin": own_origin})
    foreign = httpx.post(url, json=INIT, headers={**auth, "Origin": "http://evil.example"})
    assert same.status_code == 200 and foreign.status_code == 403
    missing = httpx.post(url, json=INIT, headers=MCP_HEADERS, cookies={"cc_session": "anything"})
    assert missing.status_code == 401 and missing.headers["www-authenticate"].startswith("Bearer")
    _revoke(account)
    revoked = httpx.post(url, json=INIT, headers=auth)
    assert revoked.status_code == 401 and 'error="invalid_token"' in revoked.headers["www-authenticate"]
