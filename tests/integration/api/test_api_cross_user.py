"""Cross-user isolation of /api/v1, generated from the OpenAPI document (issue 14).

For EVERY operation of ``/api/openapi.json``, user B (a token with every scope — a personal access
token, and again a first-party client's JWT access token) calls it
on user A's resources — A's application, contact, resume, private posting, saved search, reminder,
inbox item, document and export job (``tests/support/cross_user.py``) fill the path parameters — and gets 404/403 with none of A's data; operations without an id of A's
(lists, creation) answer B with B's own data only. An operation missing from :data:`CASES`
fails the test, so a new route cannot ship without its cross-user case. Afterwards A's rows
are unchanged.
"""

from __future__ import annotations

import pytest

from tests.support import cross_user

#: (METHOD, path) → request arguments for B. ``json``/``files`` bodies are valid, so a 404
#: comes from ownership, not validation. ``{posting_id}`` in a body is A's private posting.
CASES: dict[tuple[str, str], dict] = {
    ("GET", "/postings"): {},
    ("GET", "/postings/{posting_id}"): {},
    ("GET", "/resumes"): {},
    ("POST", "/resumes"): {"files": {"file": ("empty.txt", b"", "text/plain")}},
    ("GET", "/resumes/{resume_id}"): {},
    ("POST", "/resumes/{resume_id}/activate"): {},
    ("GET", "/preferences"): {},
    ("PUT", "/preferences"): {"json": {"titles": ["Nurse"]}},
    ("GET", "/applications"): {},
    ("POST", "/applications"): {"json": {"posting_id": "{posting_id}"}, "owned": True},
    ("GET", "/applications/{application_id}"): {},
    ("PATCH", "/applications/{application_id}"): {"json": {"notes": "B was here"}, "headers": {"If-Match": "*"}},
    ("POST", "/applications/{application_id}/stage"): {"json": {"stage": "offer"}},
    ("GET", "/applications/{application_id}/history"): {},
    ("GET", "/applications/{application_id}/contacts"): {},
    ("POST", "/applications/{application_id}/contacts"): {"json": {"name": "B's friend"}},
    ("PUT", "/contacts/{contact_id}"): {"json": {"name": "B renamed"}},
    ("DELETE", "/contacts/{contact_id}"): {},
    ("GET", "/follow-ups"): {},
    ("GET", "/analytics"): {},
    # B clips the page of A's private posting: B gets a posting of B's own, A's row is untouched
    ("POST", "/clips"): {"json": {"url": "{posting_url}", "html": "<html><head><title>Clipped role</title></head>"
                                  "<body><h1>Clipped role</h1><p>We hire a backend engineer to build APIs in "
                                  "Python on PostgreSQL.</p></body></html>"}},
    ("GET", "/saved-searches"): {},
    ("POST", "/saved-searches"): {"json": {"name": "B's search", "query": "nurse"}},
    ("GET", "/saved-searches/{search_id}"): {},
    ("PATCH", "/saved-searches/{search_id}"): {"json": {"active": False}, "headers": {"If-Match": "*"}},
    ("DELETE", "/saved-searches/{search_id}"): {},
    ("GET", "/saved-searches/{search_id}/hits"): {},
    ("PUT", "/postings/{posting_id}/hide"): {"json": {"reason": "B"}},
    ("DELETE", "/postings/{posting_id}/hide"): {},
    ("GET", "/hidden-postings"): {},
    ("GET", "/applications/{application_id}/notes"): {},
    ("POST", "/applications/{application_id}/notes"): {"json": {"text": "B was here"}},
    ("PUT", "/applications/{application_id}/follow-up"): {"json": {"follow_up_on": "2030-01-01"}},
    ("DELETE", "/applications/{application_id}/follow-up"): {},
    ("GET", "/reminders"): {},
    ("GET", "/applications/{application_id}/reminders"): {},
    ("POST", "/reminders/{reminder_id}/snooze"): {"json": {"choice": "1w"}},
    ("POST", "/reminders/{reminder_id}/done"): {},
    ("GET", "/notifications"): {},
    ("POST", "/notifications/{notification_id}/read"): {},
    ("POST", "/notifications/read-all"): {},
    ("GET", "/documents"): {},
    ("POST", "/documents"): {"json": {"kind": "cover_letter", "application_id": "{application_id}"}, "owned": True},
    ("GET", "/documents/{document_id}"): {},
    ("POST", "/exports"): {},
    ("GET", "/exports/{job_id}"): {},
    ("GET", "/exports/{job_id}/file"): {},
}


#: MCP tool → the calls B makes (arguments; ``"{x}"`` is A's id ``x``). A call naming one of A's
#: ids must be refused (404/403); every answer must be free of A's marker.
MCP_CASES: dict[str, list[dict]] = {
    "search_postings": [{}, {"limit": 100}],
    "get_posting": [{"posting_id": "{posting_id}"}],
    "hide_posting": [{"posting_id": "{posting_id}", "reason": "B"}],
    "unhide_posting": [{"posting_id": "{posting_id}"}],
    "list_saved_searches": [{}],
    "create_saved_search": [{"name": "B's search", "query": "nurse"}],
    "update_saved_search": [{"search_id": "{search_id}", "active": False}],
    "delete_saved_search": [{"search_id": "{search_id}"}],
    "list_search_hits": [{"search_id": "{search_id}"}],
    "get_preferences": [{}],
    "get_analytics": [{}],
    "list_applications": [{}, {"archived": True}],
    "get_application": [{"application_id": "{application_id}"}],
    "create_application": [{"posting_id": "{posting_id}"}],
    "update_application": [{"application_id": "{application_id}", "notes": "B was here"}],
    "move_stage": [{"application_id": "{application_id}", "stage": "offer"}],
    "add_note": [{"application_id": "{application_id}", "text": "B was here"}],
    "set_follow_up": [{"application_id": "{application_id}", "follow_up_on": "2030-01-01"},
                      {"application_id": "{application_id}", "follow_up_on": None}],
    "list_reminders": [{}, {"application_id": "{application_id}"}],
    "snooze_reminder": [{"reminder_id": "{reminder_id}", "choice": "1w"}],
    "complete_reminder": [{"reminder_id": "{reminder_id}"}],
    "list_notifications": [{}],
    "mark_notification_read": [{"notification_id": "{notification_id}"}],
    "draft_document": [{"application_id": "{application_id}", "kind": "cover_letter"}],
    "get_document": [{"document_id": "{document_id}"}],
    "list_documents": [{}, {"application_id": "{application_id}"}],
    "start_export": [{}],
    "get_export": [{"job_id": "{job_id}"}],
}


def _fill(value, ids: dict[str, int]):
    if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        return ids[value[1:-1]]
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    return value


@pytest.mark.parametrize("kind", ["personal", "first_party"])
def test_user_b_gets_nothing_of_user_a_on_every_operation(client, make_account, kind):
    a, b = make_account(), make_account(kind=kind)
    marker = cross_user.new_marker()
    ids = cross_user.seed(a.user_id, marker)

    doc = client.get("/api/openapi.json").json()
    server = doc["servers"][0]["url"]
    operations = {(m.upper(), p) for p, item in doc["paths"].items() for m in item}
    missing = sorted(operations - set(CASES))
    assert not missing, f"operations without a cross-user case (add them to CASES): {missing}"
    assert not set(CASES) - operations, f"stale cases: {sorted(set(CASES) - operations)}"

    assert client.get(f"{server}/applications", headers=b.headers).status_code == 200  # B's token works
    leaks = []
    for (method, path), case in sorted(CASES.items()):
        url = server + path.format(**ids)
        kwargs = {k: _fill(v, ids) for k, v in case.items() if k in ("json", "files")}
        r = client.request(method, url, headers={**b.headers, **case.get("headers", {})}, **kwargs)
        owned = "{" in path or case.get("owned")
        if r.status_code >= 500 or marker in r.text:
            leaks.append(f"{method} {path}: {r.status_code} {r.text[:200]}")
        elif owned and r.status_code not in (403, 404):
            leaks.append(f"{method} {path}: expected 403/404, got {r.status_code} {r.text[:200]}")
    assert leaks == [], "\n".join(leaks)

    cross_user.assert_untouched(a.user_id, marker, ids)
    mine = client.get(f"{server}/applications/{ids['application_id']}", headers=a.headers)
    assert mine.status_code == 200 and mine.json()["company"] == marker  # the ids were A's indeed
    for path in ("/saved-searches/{search_id}", "/saved-searches/{search_id}/hits", "/documents/{document_id}",
                 "/exports/{job_id}", "/applications/{application_id}/reminders", "/notifications",
                 "/hidden-postings?limit=1"):
        r = client.get(server + path.format(**ids), headers=a.headers)
        assert r.status_code == 200 and marker in r.text, (path, r.status_code, r.text[:200])



def test_user_b_gets_nothing_of_user_a_through_every_mcp_tool(make_account, backend_server_url):
    """The same isolation through the MCP server over streamable HTTP (the SDK's client): the
    tool list is read from the server, so a new tool without a case in MCP_CASES fails."""
    import asyncio

    from tests.support.mcp_client import http_session, text_of

    a, b = make_account(), make_account()
    marker = cross_user.new_marker()
    ids = cross_user.seed(a.user_id, marker)
    leaks: list[str] = []

    async def main():
        async with http_session(f"{backend_server_url}/mcp", b.secret) as session:
            tools = {t.name for t in (await session.list_tools()).tools}
            missing = sorted(tools - set(MCP_CASES))
            assert not missing, f"MCP tools without a cross-user case (add them to MCP_CASES): {missing}"
            assert not set(MCP_CASES) - tools, f"stale MCP cases: {sorted(set(MCP_CASES) - tools)}"
            for name, calls in sorted(MCP_CASES.items()):
                for args in calls:
                    result = await session.call_tool(name, _fill(args, ids))
                    text = text_of(result)
                    owned = any(isinstance(v, str) and v.startswith("{") for v in args.values())
                    if marker in text:
                        leaks.append(f"{name}({args}): {text[:200]}")
                    elif owned and not (result.is_error and ("404: " in text or "403: " in text)):
                        leaks.append(f"{name}({args}): expected a 404/403 refusal, got {text[:200]}")
                    elif not owned and result.is_error:
                        leaks.append(f"{name}({args}): B's own call failed: {text[:200]}")
        async with http_session(f"{backend_server_url}/mcp", a.secret) as session:  # the ids were A's indeed
            for name, args in (("get_application", {"application_id": ids["application_id"]}),
                               ("get_document", {"document_id": ids["document_id"]}),
                               ("list_search_hits", {"search_id": ids["search_id"]})):
                result = await session.call_tool(name, args)
                assert not result.is_error and marker in text_of(result), (name, text_of(result)[:200])

    asyncio.run(main())
    assert leaks == [], "\n".join(leaks)
    cross_user.assert_untouched(a.user_id, marker, ids)
