"""Wrong bearer tokens are limited per client IP (attack106 item 5: 300 guesses → 300 × 401).
After ``API_TOKEN_FAILURE_LIMIT`` failed authentications in ``AUTH_RATE_WINDOW_SECONDS`` one
client gets 429 with ``Retry-After`` on every bearer door (/api/v1, /mcp) — a right token too,
so the answer says nothing about the guess — while other clients are unaffected."""

from __future__ import annotations

import pytest

from careercopilot.config import settings

LIMIT = 5
GUESSES = ["cc_pat_" + "A" * 43, "cc_pat_", "not-a-token", "eyJhbGciOiJIUzI1NiJ9.e30.x", "cc_pat_" + "é" * 10]


def _get(backend, door: str, secret: str, ip: str = "203.0.113.9"):
    headers = {"Authorization": f"Bearer {secret}".encode(), "X-Forwarded-For": ip}
    if door == "mcp":
        headers.update({"Accept": "application/json, text/event-stream", "Content-Type": "application/json"})
        return backend.client.post("/mcp", headers=headers,
                                   json={"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}})
    return backend.client.get("/api/v1/applications", headers=headers)


@pytest.fixture
def limited(backend, monkeypatch):
    monkeypatch.setattr(settings, "api_token_failure_limit", LIMIT, raising=False)
    monkeypatch.setattr(settings, "trusted_proxies", ["127.0.0.0/8"])
    return backend


@pytest.mark.parametrize("guess", GUESSES, ids=range(len(GUESSES)))
@pytest.mark.parametrize("door", ["v1", "mcp"])
def test_failed_tokens_are_limited_per_ip(limited, door, guess):
    codes = [_get(limited, door, guess).status_code for _ in range(LIMIT)]
    assert codes == [401] * LIMIT
    over = _get(limited, door, guess)
    assert over.status_code == 429 and int(over.headers["Retry-After"]) >= 1, (over.status_code, over.text[:200])
    assert _get(limited, door, limited.token).status_code == 429  # no oracle: a right token is refused too
    assert _get(limited, door, limited.token, ip="198.51.100.4").status_code == 200  # another client is not


def test_right_tokens_are_never_counted(limited):
    for _ in range(LIMIT * 3):
        assert _get(limited, "v1", limited.token).status_code == 200


def test_readme_documents_the_setting():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text("utf-8")
    assert "`API_TOKEN_FAILURE_LIMIT`" in readme
