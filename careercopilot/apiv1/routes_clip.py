"""``POST /api/v1/clips``: the job clipper's endpoint (issue 14, "Clipper").

The browser extension (``clipper/``) sends the posting in view — its schema.org JobPosting
JSON-LD scoped to that posting and/or the rendered page HTML — with the page URL. The server
never fetches the URL: it parses what was sent through URL import's parser
(:mod:`careercopilot.services.clips`), stores or updates the user's private posting (one per
canonical URL, like URL import) and answers exactly like ``GET /postings/{id}``: the posting,
the match explanation for the active resume, and the application tracking it. Saving to the
board is then ``POST /applications {"posting_id": …}``.

Limits: the body is refused with 413 past ``CLIP_MAX_BYTES`` (its ``Content-Length``, before
it is read); ``html`` is capped at :data:`MAX_HTML_CHARS` characters besides.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from careercopilot import offload
from careercopilot.apiv1.auth import requires
from careercopilot.apiv1.problems import Problem, responses
from careercopilot.apiv1.schemas import PostingOut
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import applications, clips, matching, ratelimit, url_import
from careercopilot.services.api_tokens import TokenPrincipal

router = APIRouter(tags=["clipper"])
#: Longest ``html`` accepted, characters (pages are cut to this by the extension too).
MAX_HTML_CHARS = 2_000_000

_JOB_POSTING = {
    "@context": "https://schema.org/", "@type": "JobPosting", "title": "Backend Engineer",
    "description": "<p>Build our Python APIs on PostgreSQL.</p>", "datePosted": "2026-11-30",
    "hiringOrganization": {"@type": "Organization", "name": "Acme"},
    "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Berlin",
                                                  "addressCountry": "DE"}},
    "url": "https://boards.greenhouse.io/acme/jobs/4012345",
}


class ClipIn(BaseModel):
    """A page the user is looking at: its URL plus its JobPosting JSON-LD and/or its HTML
    (at least one). ``json_ld`` wins when it holds a usable JobPosting; the HTML is read
    otherwise (its own JSON-LD first, then the readable text)."""

    url: str = Field(..., min_length=1, max_length=url_import.MAX_URL,
                     description="The page's address (absolute http/https); names the posting and deduplicates it.")
    html: str | None = Field(None, max_length=MAX_HTML_CHARS,
                             description="The rendered page, `document.documentElement.outerHTML`.")
    json_ld: dict[str, Any] | list[dict[str, Any]] | None = Field(
        None, max_length=clips.MAX_JSON_LD_NODES,
        description="The schema.org JobPosting node of the posting in view (or a list of candidate nodes).")
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"url": "https://boards.greenhouse.io/acme/jobs/4012345", "json_ld": _JOB_POSTING},
        {"url": "https://www.linkedin.com/jobs/view/4392276998",
         "html": "<html><head><title>Backend Engineer at Acme</title></head><body><h1>Backend Engineer</h1>"
                 "<p>Build our Python APIs on PostgreSQL …</p></body></html>"},
    ]})


def _size_limit(request: Request) -> None:
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > settings.clip_max_bytes:
        raise Problem(413, f"The clip is larger than {settings.clip_max_bytes} bytes; send the posting's JSON-LD "
                           "or a smaller page.")


@router.post("/clips", response_model=PostingOut, responses=responses(401, 403, 413, 422, 429),
             summary="Clip a posting page (browser extension)", dependencies=[Depends(_size_limit)])
def create_clip(body: ClipIn, who: TokenPrincipal = Depends(requires("postings", "write"))) -> PostingOut:
    """Parse the page the way URL import does (no fetch), store it as your private posting
    (clipping the same URL again updates it) and return it with its match explanation.
    `422` when the page holds no readable posting; `429` (Retry-After) when UPLOADS_AT_ONCE_PER_USER
    (default 2) of your clips and uploads were being read for 30 s."""
    try:  # on the bounded parse pool, at most UPLOADS_AT_ONCE_PER_USER of a user at once
        with offload.user_parse_slot(who.user_id, wait=True):
            posting = offload.parse_blocking(clips.parse_clip, url=body.url, html=body.html, json_ld=body.json_ld)
    except clips.ClipError as exc:
        raise Problem(422, str(exc)) from None
    except ratelimit.RateLimited as exc:
        raise Problem(429, f"You have {settings.uploads_at_once_per_user} clips or uploads being read already; "
                           f"try again in {exc.retry_after} seconds.", headers={"Retry-After": str(exc.retry_after)}) from None
    with session_scope() as s:  # a short write; scoring (may embed) happens after the commit
        posting_id = url_import.store_posting(session=s, user_id=who.user_id, url=clips.check_clip_url(body.url),
                                              posting=posting).id
    with session_scope() as s:
        detail, explanation = matching.posting_detail(session=s, user_id=who.user_id, posting_id=posting_id)
        app = applications.application_for_posting(session=s, user_id=who.user_id, posting_id=posting_id)
    return PostingOut(posting=detail, match=explanation, application_id=app.id if app else None)
