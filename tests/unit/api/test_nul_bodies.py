"""README: "422 invalid input (including a NUL anywhere in a body)". Every /api/v1 operation
that takes a JSON body, listed from the OpenAPI document (not picked by hand), must refuse a
JSON-escaped U+0000 with a 422 problem naming NUL — before authentication, model validation
or the ``text_guard`` flush hook (which used to drop it silently: attack54 row 64, notes)."""

from __future__ import annotations

import re

import httpx
import pytest

from careercopilot.apiv1 import build, openapi_document


def _json_operations() -> list[tuple[str, str]]:
    doc = openapi_document()
    ops = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            content = (op.get("requestBody") or {}).get("content") or {}
            if any("json" in media for media in content):
                ops.append((method.upper(), re.sub(r"\{[^}]+\}", "1", path)))
    return ops


OPERATIONS = _json_operations()
#: The same string hidden in different places of a body (a field, a key, a nested list/object).
BODIES = [
    '{"text": "a\\u0000b"}',
    '{"title": "Eng", "company": "x\\u0000"}',
    '{"filters": {"q": ["ok", "\\u0000"]}}',
    '{"a\\u0000": 1}',
    '{"text": "a\\\\\\u0000b"}',  # an escaped backslash, then the NUL escape
]


def test_the_document_lists_the_body_operations():
    assert len(OPERATIONS) >= 14
    assert ("POST", "/applications/1/notes") in OPERATIONS and ("PATCH", "/applications/1") in OPERATIONS


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
@pytest.mark.parametrize("method,path", OPERATIONS)
async def test_every_json_body_operation_refuses_an_escaped_nul(method, path):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=build()), base_url="http://t") as c:
        for body in BODIES:
            r = await c.request(method, path, content=body.encode(), headers={"Content-Type": "application/json"})
            assert r.status_code == 422, (method, path, body, r.status_code, r.text[:200])
            assert "NUL" in r.json()["detail"], (method, path, body, r.text[:200])
        # the six characters "\u0000" (an escaped backslash) are ordinary text: not this refusal
        r = await c.request(method, path, content=b'{"text": "a\\\\u0000b"}', headers={"Content-Type": "application/json"})
        assert "NUL" not in r.text, (method, path, r.text[:200])
