"""Opaque cursors for ``/api/v1`` lists.

A cursor is base64url JSON naming where the next page starts, bound to the query it came
from (``q``: a short digest of the filters) so it cannot be replayed against other filters:

* keyset lists (applications): ``{"k": <last id>, "q": …}`` — rows strictly after it;
* ranked lists (postings; ranking is computed, not a column): ``{"p": <page>, "n": <limit>, "q": …}``.

Lists answer ``{"items": [...], "next_cursor": "…" | null}``; a ``Link: <…>; rel="next"``
header carries the same cursor (RFC 8288). A malformed or foreign cursor is a 422 problem.
"""

from __future__ import annotations

import base64
import hashlib
import json
from urllib.parse import urlencode

from fastapi import Request

from careercopilot.apiv1.problems import Problem

#: Items per page unless ``limit`` says otherwise; the most a page may hold.
DEFAULT_LIMIT = 20
MAX_LIMIT = 100


def digest(*parts: object) -> str:
    """Short digest of the filters a cursor belongs to."""
    return hashlib.sha256(json.dumps(parts, default=str, sort_keys=True).encode()).hexdigest()[:12]


def encode(data: dict) -> str:
    """``data`` → opaque cursor string."""
    raw = json.dumps(data, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str | None, query_digest: str) -> dict | None:
    """The cursor's data (None for no cursor); raises a 422 Problem when it is malformed or was
    made for other filters."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise Problem(422, "The cursor is not valid; start again without one.") from None
    if not isinstance(data, dict) or data.get("q") != query_digest:
        raise Problem(422, "The cursor belongs to another query; start again without one.")
    return data


def int_field(data: dict, key: str, *, minimum: int = 1) -> int:
    """An integer field of a decoded cursor (422 when missing or out of range)."""
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum or value > 2**31:
        raise Problem(422, "The cursor is not valid; start again without one.")
    return value


def link_header(request: Request, next_cursor: str | None) -> dict[str, str]:
    """``{"Link": '<url?cursor=…>; rel="next"'}`` for a next page, else ``{}``."""
    if not next_cursor:
        return {}
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"] + [("cursor", next_cursor)]
    return {"Link": f'<{request.url.path}?{urlencode(params)}>; rel="next"'}
