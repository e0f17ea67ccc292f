"""Strong ETags and ``If-Match`` checks for any ``/api/v1`` representation (RFC 9110 §8.8.3,
§13.1.1): the tag is a digest of the body's JSON, so it changes exactly when the body does.
``routes_applications`` has the same rule for applications; this is the shared form for the
resources added later (saved searches …)."""

from __future__ import annotations

import hashlib
import re

from pydantic import BaseModel

from careercopilot.apiv1.problems import Problem


def etag(body: BaseModel) -> str:
    """Strong ETag (quoted) of a representation."""
    return '"' + hashlib.sha256(body.model_dump_json().encode()).hexdigest()[:32] + '"'


#: One entity-tag of an ``If-Match`` list (RFC 9110 §8.8.3: ``[W/] DQUOTE *etagc DQUOTE``).
_ENTITY_TAG = re.compile(r'\s*(W/)?("[\x21\x23-\x7e\x80-\U0010ffff]*")\s*')


def if_match_tags(if_match: str) -> tuple[list[str], bool] | None:
    """The entity-tags of an ``If-Match`` value as ``(tags, weak_seen)`` — only the STRONG tags in
    ``tags`` (strong comparison, RFC 9110 §13.1.1: a weak tag never matches) — or None when the
    value is not a comma-separated list of entity-tags. ``*`` is the caller's case."""
    tags: list[str] = []
    weak = False
    for part in if_match.split(","):
        if not part.strip():
            continue  # RFC 9110 §5.6.1: empty list elements are ignored
        m = _ENTITY_TAG.fullmatch(part)
        if m is None:
            return None
        if m.group(1):
            weak = True
        else:
            tags.append(m.group(2))
    return tags, weak


def check_if_match(current: BaseModel, if_match: str | None, *, what: str, required: bool = True) -> None:
    """The ``If-Match`` precondition of a write on an existing resource whose representation is
    ``current`` (RFC 9110 §13.1.1, strong comparison).

    * no header: 428 when ``required`` (RFC 6585 §3), else no check;
    * ``*``: true for an existing resource — accepted when not ``required``; when ``required``
      (the lost-update guard of an update) 428, because ``*`` names no version you read;
    * a list of entity-tags: 412 unless one STRONG tag equals the current ETag; a weak tag
      (``W/"…"``) never matches, not even the current one; a malformed value is 412 too.

    412 answers carry the current ``ETag``."""
    if if_match is None:
        if required:
            raise Problem(428, f"Send If-Match with the {what}'s ETag (GET it first).")
        return
    if if_match.strip() == "*":
        if required:
            raise Problem(428, f"If-Match: * names no version of the {what}; send the ETag of your last read "
                               "(GET it first).")
        return
    tag = etag(current)
    parsed = if_match_tags(if_match)
    if parsed is None or tag not in parsed[0]:
        detail = (f"If-Match compares ETags strongly: send the {what}'s ETag as given, without W/."
                  if parsed is not None and parsed[1] else
                  f"The {what} changed since you read it; GET it again and re-apply your change.")
        raise Problem(412, detail, headers={"ETag": tag})
