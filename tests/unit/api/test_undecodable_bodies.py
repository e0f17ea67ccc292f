"""A body that is not UTF-8 (or not the declared type) is a 4xx on every backend route, never a
500 (attack106 item 4: FastAPI's default validation handler echoed the raw bytes of a
``text/plain`` body to ``/clip/preview`` and failed to encode them as JSON)."""

from __future__ import annotations

import pytest

from careercopilot import routes
from careercopilot.config import settings

POSTS = ["/clip/preview", "/clip/parse", "/clip/save", routes.AUTH_LOGIN, routes.AUTH_SIGNUP, routes.AUTH_PASSWORD,
         routes.AUTH_LOGOUT, routes.AUTH_DELETE_ACCOUNT, routes.AUTH_FORGOT, routes.AUTH_RESET, routes.AUTH_TWO_FACTOR,
         routes.OAUTH_TOKEN, routes.OAUTH_REVOKE, "/api/v1/applications", "/api/v1/clips"]
#: (content type, body)
BODIES = [
    ("text/plain", b"\xff\xfe\x00h\x00i"),
    ("text/plain; charset=latin-1", "café".encode("latin-1")),
    ("application/octet-stream", b"\x80\x81\x82"),
    ("", b"\xc3\x28"),
    ("application/json", b'{"html": "\xff"}'),
    ("application/json", b"\xef\xbb\xbf{\"a\": 1}"),
    ("application/x-www-form-urlencoded", b"email=\xff\xfe&password=\xc3\x28"),
    ("multipart/form-data; boundary=x", b"--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\xff\r\n--x--\r\n"),
]


@pytest.mark.parametrize("path", POSTS)
def test_undecodable_body_is_a_client_error(backend, path):
    """Every (content type, body) row of :data:`BODIES` to ``path``: a 4xx (one database per path)."""
    failures = []
    for ctype, body in BODIES:
        headers = {"Origin": settings.app_url.rstrip("/"), "Content-Type": ctype}
        if path.startswith("/api/v1"):
            headers.update(backend.bearer)
        r = backend.client.post(path, content=body, headers=headers)
        if r.status_code >= 500:
            failures.append((ctype or "none", body[:12], r.status_code))
    assert failures == []
