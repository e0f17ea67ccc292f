"""Request-body limits of the upload routes (issue 14, attacker run), on PostgreSQL through the backend app:

* every over-limit body gets 413 ``application/problem+json`` naming the limit — with a declared
  ``Content-Length`` or chunked (no length: it used to reach the route and come back 422/400), on every
  upload route of ``/api/v1`` and the clipper window (``apiv1.body_limit``), anonymous or with a token;
* a body of exactly the limit is not refused for its size;
* the resume limit in the OpenAPI document is the figure the server enforces (it said 5 MB while the
  server took 10 MB): both come from ``normalize.documents.MAX_RESUME_BYTES``.
"""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from careercopilot.apiv1 import body_limit
from careercopilot.config import settings
from careercopilot.normalize.documents import MAX_RESUME_BYTES

PROBLEM = "application/problem+json"
CLIP_LIMIT = 120_000
BOUNDARY = "cc-test-boundary"


@pytest.fixture
def raw(use_pg, override_settings):
    from careercopilot import api

    override_settings(clip_max_bytes=CLIP_LIMIT)
    with TestClient(api.app, base_url=settings.app_url.rstrip("/"), raise_server_exceptions=False) as c:
        yield c


def multipart_of_size(total: int, filename: str = "resume.txt") -> tuple[bytes, str]:
    """A multipart/form-data body of exactly ``total`` bytes with one ``file`` part."""
    head = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode()
    tail = f"\r\n--{BOUNDARY}--\r\n".encode()
    return head + b"\0" * (total - len(head) - len(tail)) + tail, f"multipart/form-data; boundary={BOUNDARY}"


def json_of_size(total: int, field: str, **other) -> tuple[bytes, str]:
    """A JSON object of exactly ``total`` bytes whose ``field`` is padded with ``x``."""
    shell = json.dumps({**other, field: ""}).encode()
    pad = total - len(shell)
    return json.dumps({**other, field: "x" * pad}).encode(), "application/json"


#: (id, path, limit, body of a given size). Every upload route: the two of /api/v1, the clipper window,
#: and an ordinary JSON route under the general cap.
ROUTES = [
    ("api-resumes", "/api/v1/resumes", lambda: body_limit.MAX_BODY_BYTES, multipart_of_size),
    ("api-clips", "/api/v1/clips", lambda: CLIP_LIMIT,
     lambda n: json_of_size(n, "html", url="https://example.org/jobs/1")),
    ("clip-window", "/clip/parse", lambda: CLIP_LIMIT,
     lambda n: json_of_size(n, "html", url="https://example.org/jobs/1")),
    ("api-json-route", "/api/v1/applications", lambda: body_limit.MAX_BODY_BYTES,
     lambda n: json_of_size(n, "notes", company="A", title="t")),
]


def _chunks(data: bytes, size: int = 65_536):
    for i in range(0, len(data), size):
        yield data[i:i + size]


def _send(raw, path: str, data: bytes, ctype: str, framing: str, headers: dict):
    hdrs = {"content-type": ctype, "Origin": settings.app_url.rstrip("/"), **headers}
    content = data if framing == "declared" else _chunks(data)  # a generator: chunked, no Content-Length
    return raw.post(path, content=content, headers=hdrs)


@pytest.mark.parametrize("framing", ["declared", "chunked"])
@pytest.mark.parametrize("route_id, path, limit, body", ROUTES, ids=[r[0] for r in ROUTES])
@pytest.mark.parametrize("auth", ["anonymous", "token"])
def test_over_limit_body_is_413_problem(raw, make_account, route_id, path, limit, body, framing, auth):
    headers = make_account().headers if auth == "token" else {}
    data, ctype = body(limit() + 1)
    r = _send(raw, path, data, ctype, framing, headers)
    assert r.status_code == 413, (r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith(PROBLEM)
    problem = r.json()
    assert problem["status"] == 413 and problem["max_bytes"] == limit()
    assert f"larger than {limit()} bytes" in problem["detail"]
    assert problem["instance"] == path.split("?")[0]  # once: was "/api/v1/api/v1/resumes" (attack notes)


@pytest.mark.parametrize("framing", ["declared", "chunked"])
@pytest.mark.parametrize("route_id, path, limit, body", [r for r in ROUTES if r[0] != "api-resumes"],
                         ids=[r[0] for r in ROUTES if r[0] != "api-resumes"])
def test_body_at_the_limit_is_not_refused_for_its_size(raw, make_account, route_id, path, limit, body, framing):
    data, ctype = body(limit())
    r = _send(raw, path, data, ctype, framing, make_account().headers)
    assert r.status_code != 413, r.text[:300]


def test_openapi_resume_limit_is_the_enforced_one(raw, make_account):
    doc = raw.get("/api/openapi.json").json()
    schema = doc["paths"]["/resumes"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    ref = schema["$ref"].rsplit("/", 1)[-1]
    described = doc["components"]["schemas"][ref]["properties"]["file"]["description"]
    mb = float(re.search(r"at most ([\d.]+) MB", described).group(1))
    assert int(mb * 1_048_576) == MAX_RESUME_BYTES and f"{MAX_RESUME_BYTES} bytes" in described

    headers = make_account().headers
    over = raw.post("/api/v1/resumes", headers=headers,
                    files={"file": ("resume.bin", b"\0" * (MAX_RESUME_BYTES + 1), "application/octet-stream")})
    assert over.status_code == 413 and f"{mb:g} MB" in over.json()["detail"], over.text[:300]
    at = raw.post("/api/v1/resumes", headers=headers,
                  files={"file": ("resume.bin", b"\0" * MAX_RESUME_BYTES, "application/octet-stream")})
    assert at.status_code != 413, at.text[:300]  # refused for its type, not its size
