"""Strong ETags and ``If-Match`` checks for any ``/api/v1`` representation (RFC 9110 §8.8.3,
§13.1.1): the tag is a digest of the body's JSON, so it changes exactly when the body does.
``routes_applications`` has the same rule for applications; this is the shared form for the
resources added later (saved searches …)."""

from __future__ import annotations

import hashlib

from pydantic import BaseModel

from careercopilot.apiv1.problems import Problem


def etag(body: BaseModel) -> str:
    """Strong ETag (quoted) of a representation."""
    return '"' + hashlib.sha256(body.model_dump_json().encode()).hexdigest()[:32] + '"'


def check_if_match(current: BaseModel, if_match: str | None, *, what: str, required: bool = True) -> None:
    """428 without ``If-Match`` (when ``required``), 412 when no tag in it matches ``current``
    (``*`` matches anything)."""
    if if_match is None:
        if required:
            raise Problem(428, f"Send If-Match with the {what}'s ETag (GET it first).")
        return
    tag = etag(current)
    tags = {t.strip().removeprefix("W/") for t in if_match.split(",")}
    if "*" not in tags and tag not in tags:
        raise Problem(412, f"The {what} changed since you read it; GET it again and re-apply your change.",
                      headers={"ETag": tag})
