"""MCP clients for the tests (the official SDK's client, issue 14): over stdio (spawning
``python -m careercopilot mcp``) and over streamable HTTP (the backend's ``/mcp``), plus the
table of one valid call per tool on a user's own rows (:func:`own_calls`)."""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from typing import Any

import httpx2
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client

from tests.support import services


@asynccontextmanager
async def http_session(url: str, secret: str, *, headers: dict[str, str] | None = None):
    """An initialized ClientSession on ``url`` (``…/mcp``) sending ``Authorization: Bearer secret``."""
    client = httpx2.AsyncClient(headers={"Authorization": f"Bearer {secret}", **(headers or {})},
                                timeout=httpx2.Timeout(120.0))
    async with client, streamable_http_client(url, http_client=client) as streams:
        async with ClientSession(streams[0], streams[1]) as session:
            await session.initialize()
            yield session


@asynccontextmanager
async def stdio_session(env: dict[str, str], *, cwd: str, errlog=None):
    """An initialized ClientSession on a spawned ``python -m careercopilot mcp --token-env CC_TOKEN``."""
    params = StdioServerParameters(command=services.python(), args=["-m", "careercopilot", "mcp", "--token-env",
                                                                      "CC_TOKEN"], env=env, cwd=cwd)
    kwargs = {"errlog": errlog} if errlog is not None else {}
    async with stdio_client(params, **kwargs) as streams:
        async with ClientSession(streams[0], streams[1]) as session:
            await session.initialize()
            yield session


def text_of(result) -> str:
    """All text of a CallToolResult (structured content included)."""
    parts = [getattr(c, "text", "") for c in result.content]
    if getattr(result, "structured_content", None) is not None:
        parts.append(json.dumps(result.structured_content))
    return "\n".join(parts)


def own_calls(ids: dict[str, Any]) -> list[tuple[str, dict]]:
    """One valid call of every tool on the user's own rows (``tests/support/cross_user.seed``
    ids), in an order where each call's precondition holds (delete last)."""
    a, r = ids["application_id"], ids["reminder_id"]
    return [
        ("search_postings", {"limit": 5}),
        ("get_posting", {"posting_id": ids["posting_id"]}),
        ("unhide_posting", {"posting_id": ids["posting_id"]}),
        ("hide_posting", {"posting_id": ids["posting_id"], "reason": "not now"}),
        ("list_saved_searches", {}),
        ("create_saved_search", {"name": "Remote nursing", "query": "nurse", "work_mode": "remote"}),
        ("update_saved_search", {"search_id": ids["search_id"], "active": False}),
        ("list_search_hits", {"search_id": ids["search_id"]}),
        ("get_preferences", {}),
        ("get_analytics", {"weeks": 4}),
        ("list_applications", {}),
        ("get_application", {"application_id": a}),
        ("create_application", {"company": "Initech", "title": "Data Engineer"}),
        ("update_application", {"application_id": a, "salary_expectation": 70000, "offer_deadline": "2030-01-15"}),
        ("move_stage", {"application_id": a, "stage": "applied"}),
        ("add_note", {"application_id": a, "text": "Called the recruiter."}),
        ("set_follow_up", {"application_id": a, "follow_up_on": "2030-01-02"}),
        ("list_reminders", {}),
        ("snooze_reminder", {"reminder_id": r, "choice": "1d"}),
        ("complete_reminder", {"reminder_id": r}),
        ("list_notifications", {}),
        ("mark_notification_read", {"notification_id": ids["notification_id"]}),
        ("draft_document", {"application_id": a, "kind": "follow_up"}),
        ("get_document", {"document_id": ids["document_id"]}),
        ("list_documents", {}),
        ("start_export", {}),
        ("get_export", {"job_id": ids["job_id"]}),
        ("delete_saved_search", {"search_id": ids["search_id"]}),
    ]
