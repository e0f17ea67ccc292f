"""The job clipper (issue 14, "Clipper"): a posting page a browser already rendered — sent by
the extension (``clipper/``) or the bookmarklet's ``/clip`` window — becomes the user's
private posting through the SAME path as "Add posting from URL" (:mod:`.url_import`):

    parse_clip(url, html, json_ld)   no network: the page's JSON-LD (the node the extension
                                     scoped to the posting in view), else the page's HTML,
                                     through ``connectors.jsonld.posting_from_page`` — the
                                     parser behind URL import — then ``RawPosting.normalize``
                                     (description HTML sanitized by nh3, as every posting)
    url_import.store_posting(…)      upsert by (user, canonical URL): clipping the same page
                                     twice updates one row

The URL is never fetched by the server: the content comes with the request, so there is no
SSRF surface here. The URL must still be an absolute http(s) address (``check_url_syntax``);
it names the posting and is the deduplication key.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from sqlmodel import Session

from careercopilot.connectors.base import ConnectorError, MalformedPayloadError, prune_deep
from careercopilot.connectors.errors import InvalidURLError
from careercopilot.connectors.jsonld import posting_from_page
from careercopilot.connectors.netguard import check_url_syntax
from careercopilot.models import JobPosting
from careercopilot.normalize.posting import NormalizedPosting
from careercopilot.services import url_import
from careercopilot.services.ingest_normalize import normalize_raw

#: Most JSON-LD nodes one clip may carry (a listing page's JobPosting list is cut here).
MAX_JSON_LD_NODES = 50
#: Without JobPosting JSON-LD, the page's readable text must have at least this many words to be
#: taken for a posting (a heuristic: the shortest saved posting in tests/fixtures/clipper has ~40;
#: an "about" or sign-in page has a handful). URL import takes any titled page with text; a clip
#: is a click on whatever page is open, so it asks for a little more.
MIN_TEXT_WORDS = 25
NO_POSTING = ("This page has no job posting Career Copilot can read (no schema.org JobPosting and no "
              "readable posting text). Open the posting's own page and clip again.")


class ClipError(ValueError):
    """A clip that cannot become a posting; the message is for the user (API: 422)."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


def check_clip_url(url: str | None) -> str:
    """The page URL, stripped; ClipError unless it is an absolute http(s) URL of at most
    ``url_import.MAX_URL`` characters (no user-info, no backslash: ``netguard.check_url_syntax``)."""
    try:
        url = url_import.check_url(url)
        check_url_syntax(url)
    except InvalidURLError:
        raise ClipError("The clip's url is not an http(s) web address.") from None
    except ValueError as exc:
        raise ClipError(f"The clip's url: {exc}.") from None
    return url


def _script(text: str) -> str:
    # "</" inside the JSON would end the script element early; "<\/" is the same JSON string
    return '<script type="application/ld+json">' + text.replace("</", "<\\/") + "</script>"


def _json_ld_page(json_ld: Any) -> str:
    """JSON-LD nodes (an object, a list of objects, or JSON text) as ld+json script blocks,
    so they take the same parser as a fetched page's blocks."""
    if isinstance(json_ld, str):
        return _script(json_ld)
    nodes = json_ld if isinstance(json_ld, list) else [json_ld]
    # bounded nesting before json.dumps recurses through it (connectors.payload.MAX_RECORD_DEPTH)
    return "".join(_script(json.dumps(prune_deep(n))) for n in nodes[:MAX_JSON_LD_NODES])


def parse_clip(*, url: str, html: str | None = None, json_ld: Any = None,
               now: datetime | None = None) -> NormalizedPosting:
    """:func:`parse_clip_with_notes` without the notes."""
    return parse_clip_with_notes(url=url, html=html, json_ld=json_ld, now=now)[0]


def parse_clip_with_notes(*, url: str, html: str | None = None, json_ld: Any = None,
                          now: datetime | None = None) -> tuple[NormalizedPosting, list[str]]:
    """The normalized posting of a clipped page (no network, no database).

    ``(posting, notes)``: ``notes`` are sentences for the user about what the page's parsing left
    out (hidden elements, attributes or nesting beyond the HTML guard's bounds), ``[]`` when nothing.
    ``json_ld`` (the extension's pick) is read first; when it holds no usable JobPosting the
    page ``html`` is parsed like a fetched page (its own JSON-LD, else readable text).

    Raises:
        ClipError: bad URL, nothing sent, or no posting in what was sent.
    """
    url = check_clip_url(url)
    if json_ld in (None, "", [], {}) and not (html or "").strip():
        raise ClipError("Send the page's html or its json_ld.")
    pages = [p for p in (_json_ld_page(json_ld) if json_ld not in (None, "", [], {}) else None, html) if p]
    for page in pages:
        try:
            raw = posting_from_page(page, url=url)
        except MalformedPayloadError:
            continue
        except ConnectorError as exc:  # a field the mapper refuses (e.g. no title)
            raise ClipError(f"The posting could not be read: {exc.message}") from None
        from_json_ld = isinstance(raw.raw, dict) and "@type" in raw.raw
        if not from_json_ld and len((raw.description_text or "").split()) < MIN_TEXT_WORDS:
            continue  # the readable-text fallback found too little to be a posting
        notes = raw.raw.get("notes", []) if isinstance(raw.raw, dict) and not from_json_ld else []
        return normalize_raw(raw, now=now or _now()), list(notes)
    raise ClipError(NO_POSTING)


def clip_posting(*, session: Session, user_id: int, url: str, html: str | None = None, json_ld: Any = None,
                 now: datetime | None = None) -> JobPosting:
    """Parse then store the clip as ``user_id``'s private posting (flushed row); the same
    user clipping the same canonical URL again updates that row. Errors: :func:`parse_clip`."""
    posting = parse_clip(url=url, html=html, json_ld=json_ld, now=now)
    return url_import.store_posting(session=session, user_id=user_id, url=check_clip_url(url), posting=posting,
                                    now=now)
