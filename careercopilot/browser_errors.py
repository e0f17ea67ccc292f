"""Errors of download routes a browser tab opens (a link with ``href``): a short human page for
a browser, the JSON body for any other client.

Download links (DOCX/PDF export of a letter, an uploaded resume file, an account export zip,
an application's ``.ics``) are followed by the browser as a navigation, so a refusal must not
show raw JSON in a new tab (stranger10 finding 3). Clients that do not ask for HTML (scripts,
``fetch``, tests with ``httpx``) keep the JSON body ``{"error": <message>, **extra}``; the status
code is the same either way.

A browser is recognised by its ``Accept`` header listing ``text/html`` (every navigation of a
mainstream browser sends ``text/html,application/xhtml+xml,…``; ``fetch``/``httpx`` send ``*/*``).
"""

from __future__ import annotations

import html

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from careercopilot import routes

_HEADERS = {"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"}

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · Career Copilot</title>
<style>body{{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}}
a{{display:inline-block;min-height:24px;padding:0.25rem 0}}</style></head>
<body><main><h1>{title}</h1><p id="download-error">{message}</p>
<p><a id="download-error-back" href="{back_href}">{back_label}</a></p></main></body></html>
"""


def wants_html(request: Request) -> bool:
    """True when the request is a browser navigation (``Accept`` lists ``text/html``)."""
    return "text/html" in request.headers.get("accept", "").lower()


def error_response(request: Request, *, status: int, message: str, title: str = "Download not available",
                   back_href: str = routes.DASHBOARD, back_label: str = "Back to Career Copilot",
                   extra: dict | None = None, headers: dict[str, str] | None = None) -> Response:
    """``status`` with a human page (``message`` + a link to ``back_href``) for a browser, else
    ``{"error": message, **extra}`` as JSON. Texts are HTML-escaped; ``back_href`` must be a
    same-site path (it is, at every call site: a ``routes`` constant or function)."""
    merged = {**_HEADERS, **(headers or {})}
    if not wants_html(request):
        return JSONResponse({"error": message, **(extra or {})}, status_code=status, headers=merged)
    page = _PAGE.format(title=html.escape(title), message=html.escape(message),
                        back_href=html.escape(back_href, quote=True), back_label=html.escape(back_label))
    return HTMLResponse(page, status_code=status, headers=merged)
