"""The README names exactly the API lists that answer a bare array and those that page
(trial: it said every list answers ``{"items", "next_cursor"}`` while /follow-ups,
/applications/{id}/history and /resumes answer arrays)."""

from __future__ import annotations

import re
from pathlib import Path

from careercopilot.apiv1 import openapi_document

README = Path(__file__).resolve().parents[3] / "README.md"


def _section(start: str, end: str) -> str:
    text = README.read_text(encoding="utf-8")
    a = text.index(start)
    return text[a:text.index(end, a)]


def _routes(text: str) -> set[str]:
    return {re.sub(r"\{[a-z_]+\}", "{}", r) for r in re.findall(r"`(?:GET )?(/[a-z/{}_-]+)`", text)}


def _get_lists() -> tuple[set[str], set[str]]:
    arrays, pages = set(), set()
    doc = openapi_document()
    for path, ops in doc["paths"].items():
        schema = ops.get("get", {}).get("responses", {}).get("200", {}).get("content", {}) \
            .get("application/json", {}).get("schema", {})
        if schema.get("type") == "array":
            arrays.add(re.sub(r"\{[a-z_]+\}", "{}", path))
        ref = schema.get("$ref", "")
        if ref and "next_cursor" in doc["components"]["schemas"][ref.rsplit("/", 1)[1]].get("properties", {}):
            pages.add(re.sub(r"\{[a-z_]+\}", "{}", path))
    return arrays, pages


def test_readme_lists_the_bare_array_and_paginated_routes_exactly():
    arrays, pages = _get_lists()
    assert arrays and pages
    assert _routes(_section("Short, bounded lists answer a bare JSON array", "tests/unit/api")) == arrays
    assert _routes(_section("Paginated lists answer", "Short, bounded lists")) == pages


def test_readme_curl_examples_use_no_fixed_ids():
    """Every id in the examples is read from an answer, so they run on a fresh account."""
    examples = _section("export CC=http://localhost:3000/api/v1", "Errors are RFC 9457")
    fixed = re.findall(r"\$CC/[a-z-]+/\d+|\"application_id\":\s*\d+|\"posting_id\":\s*\d+", examples)
    assert not fixed, fixed
