"""The MCP server's tool list (issue 14): every tool documented, scoped with a real token scope,
its input schema an object naming and describing the arguments (no injected context)."""

from __future__ import annotations

import asyncio

from careercopilot.mcp.server import build_server, tool_scopes
from careercopilot.services import api_tokens


def _tools():
    return asyncio.run(build_server().list_tools())


def test_every_tool_is_documented_and_needs_a_real_scope():
    tools = _tools()
    scopes = tool_scopes()
    assert {t.name for t in tools} == set(scopes) and len(tools) >= 25
    for t in tools:
        assert scopes[t.name] in api_tokens.SCOPES, t.name
        assert t.description and len(t.description) > 20, t.name
        assert t.title and t.annotations is not None, t.name
        assert t.annotations.read_only_hint == scopes[t.name].endswith(":read"), t.name
        schema = t.input_schema
        assert schema["type"] == "object" and "ctx" not in schema.get("properties", {}), t.name
        for name, prop in schema.get("properties", {}).items():
            assert "title" in prop or "description" in prop, (t.name, name)


def test_id_arguments_are_bounded_and_described():
    for t in _tools():
        for name, prop in t.input_schema.get("properties", {}).items():
            if name.endswith("_id") and name != "job_id":
                options = prop.get("anyOf", [prop])
                ints = [o for o in options if o.get("type") == "integer"]
                assert ints and ints[0]["minimum"] == 1 and ints[0]["maximum"] == 2**31 - 1, (t.name, name)


def test_the_tools_cover_the_operations_the_issue_names():
    names = set(tool_scopes())
    assert {"search_postings", "get_posting", "list_applications", "create_application", "update_application",
            "move_stage", "add_note", "set_follow_up", "list_reminders", "list_saved_searches", "get_preferences",
            "get_analytics", "draft_document"} <= names
