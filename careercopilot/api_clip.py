"""The bookmarklet half of the job clipper (issue 14): the ``/clip`` window, behind the session
cookie and the Origin guard (``careercopilot/origin_guard.py``).

* ``GET /clip`` — the window the bookmarklet opens; opened directly it offers the bookmarklet
  (a ``javascript:`` link that knows this app's origin, :func:`bookmarklet`).
* ``GET /clip/clip.js`` — its script (``clip_window/clip.js``): it takes the page the
  bookmarklet hands over with ``postMessage`` (from ``window.opener`` only, and only when the
  page's URL is on the sending origin) and calls the routes below on the app's own origin.
  ANY page can open ``/clip`` and post a page of its own origin (attack a12 W1: a hostile page
  stored a planted posting in the visitor's account), so the window first shows what it read —
  title, company, the page's site — and stores nothing until the user presses *Add to my
  postings*.
* ``POST /clip/preview`` ``{url, html}`` — the parse alone, stored nowhere →
  ``{title, company, location, site}`` (same refusals and rate limit as ``/clip/parse``).
* ``POST /clip/parse`` ``{url, html}`` — the same parsing and storing as ``POST /api/v1/clips``
  (:mod:`careercopilot.services.clips`), as the signed-in user; the same answer shape
  (posting, match, application_id). 401 without a session, 413 past ``CLIP_MAX_BYTES``,
  422 when the page holds no posting, 429 past ``API_RATE_LIMIT`` per window per user.
* ``POST /clip/save`` ``{posting_id}`` — save it to the board (``applications.save_posting``;
  idempotent) → ``{"application_id"}``; 404 for a posting that is not the user's to see.

The window's requests are same-origin (the page is served by the app), so the Origin guard lets
them through; a job site cannot call these routes with the visitor's cookie (its Origin is
foreign). Sync routes: FastAPI runs them on its thread pool, off the event loop (parsing,
database, scoring).
"""

from __future__ import annotations

import html as html_lib
import json
from functools import lru_cache
from pathlib import Path
from string import Template
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from careercopilot import offload, origin_guard
from careercopilot.apiv1.routes_clip import MAX_HTML_CHARS
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.normalize.posting import NormalizedPosting
from careercopilot.routes import MAX_ROW_ID
from careercopilot.services import applications, clips, matching, ratelimit, url_import, users

router = APIRouter()
CLIP = "/clip"
_HERE = Path(__file__).parent / "clip_window"
#: Characters of the page the bookmarklet hands over (the server accepts CLIP_MAX_BYTES).
BOOKMARKLET_MAX_HTML = 1_500_000
_BOOKMARKLET = (
    "(function(){var A=%s;var w=window.open(A+'/clip','cc_clip','popup,width=480,height=700');"
    "if(!w){alert('Career Copilot: allow pop-ups on this site to clip it.');return;}"
    "var d={type:'cc-clip',url:location.href,html:document.documentElement.outerHTML.slice(0,%d)};"
    "function on(e){if(e.source===w&&e.origin===A&&e.data==='cc-clip-ready'){"
    "removeEventListener('message',on);w.postMessage(d,A);}}"
    "addEventListener('message',on);})();"
)


class ClipPage(BaseModel):
    url: str = Field(..., min_length=1, max_length=url_import.MAX_URL)
    html: str = Field(..., max_length=MAX_HTML_CHARS)


class SaveClip(BaseModel):
    posting_id: int = Field(..., ge=1, le=MAX_ROW_ID)


def bookmarklet(app_origin: str) -> str:
    """The ``javascript:`` URL of the bookmarklet for the app at ``app_origin``
    (``https://copilot.example.org``): it opens ``/clip`` and posts the page to that origin only."""
    return "javascript:" + quote(_BOOKMARKLET % (json.dumps(app_origin), BOOKMARKLET_MAX_HTML), safe="")


def _app_origin(request: Request) -> str:
    """The origin the user reached the app on, when it is one of the app's (APP_URL, ALLOWED_ORIGINS,
    loopback aliases); APP_URL's origin otherwise."""
    here = f"{request.url.scheme}://{request.url.netloc}"
    if origin_guard.parse_origin(here) in origin_guard.trusted_origins(settings):
        return here
    app = urlsplit(settings.app_url)
    return f"{app.scheme}://{app.netloc}"


@lru_cache(maxsize=2)
def _asset(name: str) -> str:
    return (_HERE / name).read_text(encoding="utf-8")


def _user_id(request: Request) -> int | None:
    with session_scope() as s:
        who = users.resolve_session(session=s, token=request.cookies.get(settings.session_cookie_name))
        return who.user_id if who else None


def _too_large(request: Request) -> bool:
    length = request.headers.get("content-length") or ""
    return length.isdigit() and int(length) > settings.clip_max_bytes


def _problem(status: int, detail: str, **headers: str) -> JSONResponse:
    return JSONResponse({"status": status, "detail": detail}, status_code=status,
                        headers={"Cache-Control": "no-store", **headers})


@router.get(CLIP, include_in_schema=False)
def clip_page(request: Request) -> HTMLResponse:
    """The clip window (and, opened directly, the page offering the bookmarklet)."""
    page = Template(_asset("clip.html")).safe_substitute(
        bookmarklet=html_lib.escape(bookmarklet(_app_origin(request)), quote=True))
    return HTMLResponse(page, headers={"Cache-Control": "no-store"})


@router.get(CLIP + "/clip.js", include_in_schema=False)
def clip_script() -> Response:
    return Response(_asset("clip.js"), media_type="text/javascript; charset=utf-8",
                    headers={"Cache-Control": "no-cache"})


def _checked_clip(request: Request, body: ClipPage) -> tuple[int, NormalizedPosting, list[str]] | JSONResponse:
    """``(user id, parsed posting, notes)`` of a window request, or the problem to answer (413, 401, 429, 422)."""
    if _too_large(request):
        return _problem(413, f"The page is larger than {settings.clip_max_bytes} bytes.")
    user_id = _user_id(request)
    if user_id is None:
        return _problem(401, "Sign in to Career Copilot first.")
    try:
        ratelimit.hit("clip-window", str(user_id), limit=settings.api_rate_limit,
                      window_seconds=settings.api_rate_window_seconds)
    except ratelimit.RateLimited as exc:
        return _problem(429, f"Too many clips; retry in {exc.retry_after} s.", **{"Retry-After": str(exc.retry_after)})
    try:  # on the bounded parse pool, at most UPLOADS_AT_ONCE_PER_USER of a user at once (attack102 item 2)
        with offload.user_parse_slot(user_id, wait=True):
            return user_id, *offload.parse_blocking(clips.parse_clip_with_notes, url=body.url, html=body.html)
    except clips.ClipError as exc:
        return _problem(422, str(exc))
    except ratelimit.RateLimited as exc:
        return _problem(429, f"Another clip is being read; retry in {exc.retry_after} s.",
                        **{"Retry-After": str(exc.retry_after)})


@router.post(CLIP + "/preview", include_in_schema=False)
def clip_preview(request: Request, body: ClipPage) -> JSONResponse:
    """What the handed-over page would become, stored nowhere: ``{title, company, location, site}``
    (``site``: the page's host) and ``notes`` (sentences about what was left out of the page:
    hidden text, markup beyond the HTML guard's bounds), for the window's confirmation step."""
    checked = _checked_clip(request, body)
    if isinstance(checked, JSONResponse):
        return checked
    _, posting, notes = checked
    out = {"title": posting.title, "company": posting.company, "location": posting.location.raw or "",
           "site": urlsplit(clips.check_clip_url(body.url)).hostname or "", "notes": notes}
    return JSONResponse(out, headers={"Cache-Control": "no-store"})


@router.post(CLIP + "/parse", include_in_schema=False)
def clip_parse(request: Request, body: ClipPage) -> JSONResponse:
    """Parse and store the handed-over page as the signed-in user's posting; see the module doc."""
    checked = _checked_clip(request, body)
    if isinstance(checked, JSONResponse):
        return checked
    user_id, posting, _notes = checked
    with session_scope() as s:
        posting_id = url_import.store_posting(session=s, user_id=user_id, url=clips.check_clip_url(body.url),
                                              posting=posting).id
    with session_scope() as s:
        detail, explanation = matching.posting_detail(session=s, user_id=user_id, posting_id=posting_id)
        app = applications.application_for_posting(session=s, user_id=user_id, posting_id=posting_id)
    out = {"posting": detail.model_dump(mode="json"), "match": explanation.model_dump(mode="json") if explanation else None,
           "application_id": app.id if app else None}
    return JSONResponse(out, headers={"Cache-Control": "no-store"})


@router.post(CLIP + "/save", include_in_schema=False)
def clip_save(request: Request, body: SaveClip) -> JSONResponse:
    """Save a posting the user can see to their board (stage "saved"; idempotent)."""
    user_id = _user_id(request)
    if user_id is None:
        return _problem(401, "Sign in to Career Copilot first.")
    try:
        with session_scope() as s:
            app_id = applications.save_posting(session=s, user_id=user_id, posting_id=body.posting_id).id
    except LookupError:
        return _problem(404, "That posting is not one you can see.")
    except applications.TrackerError as exc:  # the tracker is full (applications.room_left)
        return _problem(422, str(exc))
    return JSONResponse({"application_id": app_id}, status_code=201, headers={"Cache-Control": "no-store"})
