"""Calendar routes of the backend (included by :mod:`careercopilot.api`):

* ``GET /calendar/<token>.ics`` — the user's private iCal feed (``services.calendar_feed``): no
  session (calendar apps subscribe with the URL alone; the 256-bit token is the authority).
  A wrong, rotated or revoked token → 404 with a body that names no user. Rate-limited per
  client IP (``ICAL_FEED_RATE_LIMIT`` requests per ``AUTH_RATE_WINDOW_SECONDS``; 429 with
  ``Retry-After``), so tokens cannot be guessed at speed.
* ``GET /api/applications/<id>/calendar.ics`` — "Add to calendar": one application's open
  reminders as a download, to its owner only (401 without a session, 404 for anyone else).

Both answer ``text/calendar; charset=utf-8`` with ``Cache-Control: private, no-store``. Sync
routes: FastAPI runs them on its thread pool, off the event loop (database reads).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response

from careercopilot import routes
from careercopilot.api_validation import RowId
from careercopilot.browser_errors import error_response
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.download_names import content_disposition
from careercopilot.services import calendar_feed, ratelimit, users

router = APIRouter()
MEDIA_TYPE = "text/calendar; charset=utf-8"
_HEADERS = {"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"}


def _calendar(data: bytes, filename: str) -> Response:
    return Response(data, media_type=MEDIA_TYPE,
                    headers={**_HEADERS, "Content-Disposition": content_disposition(filename)})


@router.get(calendar_feed.FEED_PREFIX + "{token}.ics")
def calendar_feed_route(token: str, request: Request) -> Response:
    """The private feed of the token's owner; 404 (no user information) for any other token."""
    from careercopilot.api import client_ip_key

    try:
        ratelimit.hit("ical-ip", client_ip_key(request), limit=settings.ical_feed_rate_limit,
                      window_seconds=settings.auth_rate_window_seconds)
    except ratelimit.RateLimited as exc:
        return PlainTextResponse("Too many requests.", status_code=429,
                                 headers={**_HEADERS, "Retry-After": str(exc.retry_after)})
    with session_scope() as s:
        data = calendar_feed.feed_for_token(session=s, token=token[:200])
    if data is None:
        return PlainTextResponse("Not found.", status_code=404, headers=_HEADERS)
    return _calendar(data, "career-copilot.ics")


@router.get("/api/applications/{application_id}/calendar.ics")
def application_calendar(application_id: RowId, request: Request) -> Response:
    """One application's open reminders as an ``.ics`` download (owner only)."""
    with session_scope() as s:
        who = users.resolve_session(session=s, token=request.cookies.get(settings.session_cookie_name))
        if who is None:
            return error_response(request, status=401, message="Sign in to download this calendar file.",
                                  back_href=routes.LOGIN, back_label="Sign in")
        try:
            data = calendar_feed.application_ics(session=s, user_id=who.user_id, application_id=application_id)
        except LookupError:
            return error_response(request, status=404, message="There is no such application in your account.",
                                  back_href=routes.APPLICATIONS, back_label="Back to applications")
    return _calendar(data, f"application-{application_id}.ics")
