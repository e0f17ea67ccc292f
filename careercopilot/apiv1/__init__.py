"""The REST API ``/api/v1`` (issue 14): a FastAPI app over the same services as the UI.

Mounted by :func:`mount` into the backend app (``careercopilot.api.app``, Reflex's
``api_transformer``):

* ``/api/v1/…`` — this app (routes in ``routes_*.py``), personal access tokens only
  (:mod:`careercopilot.apiv1.auth`), errors as RFC 9457 problems (:mod:`.problems`), cursor
  pagination (:mod:`.pagination`), ``ETag``/``If-Match`` on application updates;
* ``/api/openapi.json`` — the OpenAPI 3.1 document (server ``/api/v1``);
* ``/api/docs`` — Swagger UI served from this backend (assets of the ``fastapi-offline``
  package under ``/api/docs/static``: no CDN, the CSP allows only ``'self'`` scripts).

Cross-origin use: any origin may call ``/api/v1`` without credentials
(:mod:`careercopilot.apiv1.cors`); the cookie Origin checks don't apply
(``routes.ORIGIN_EXEMPT_PREFIXES``). Every endpoint is a plain ``def``: FastAPI runs it on
its thread pool, so database work never blocks the event loop.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from careercopilot.apiv1 import problems
from careercopilot.apiv1.body_limit import BodyLimit
from careercopilot.apiv1.routes_analytics import router as analytics_router
from careercopilot.apiv1.routes_applications import router as applications_router
from careercopilot.apiv1.routes_clip import router as clip_router
from careercopilot.apiv1.routes_postings import router as postings_router
from careercopilot.apiv1.routes_preferences import router as preferences_router
from careercopilot.apiv1.routes_resumes import router as resumes_router
from careercopilot.apiv1.routes_alerts import router as alerts_router
from careercopilot.apiv1.routes_documents import router as documents_router
from careercopilot.apiv1.routes_export import router as export_router
from careercopilot.apiv1.routes_notifications import router as notifications_router
from careercopilot.apiv1.routes_tracker import router as tracker_router

PREFIX = "/api/v1"
OPENAPI_PATH = "/api/openapi.json"
DOCS_PATH = "/api/docs"
DOCS_STATIC = "/api/docs/static"

DESCRIPTION = """\
The Career Copilot REST API: postings ranked for you with the reasons, your resumes and
preferences, your application tracker and analytics — the same data and rules as the web app.

**Authentication.** Create a personal access token in *Settings → API tokens* (or
`python -m careercopilot token create`) and send it as `Authorization: Bearer cc_pat_…`.
Each token has scopes (`postings:read`, `applications:write`, …; `write` includes `read`),
an expiry and its own rate limit (`429` with `Retry-After`). Cookies are never used, so any
origin may call the API (CORS without credentials).

**Errors** are [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457) `application/problem+json`.
**Lists** return `next_cursor` (also in a `Link: rel="next"` header); pass it back as `cursor`.
**Updates** of an application or a saved search need `If-Match: <ETag>` from your last read
(`412` when it changed since, `428` without it or with `If-Match: *`, which names no version).
Tags compare strongly (RFC 9110 §13.1.1): send the `ETag` exactly as received — a weak
`W/"…"` tag never matches. Stage moves and notes check `If-Match` when sent (`*` passes there:
it only says the application exists).
"""

TAGS = [
    {"name": "postings", "description": "Job postings ranked for your active resume, search, and why each scored."},
    {"name": "resumes", "description": "Resume versions: upload, list, activate."},
    {"name": "preferences", "description": "What you are looking for (titles, places, pay, work mode)."},
    {"name": "applications", "description": "Your tracker: applications, stages, notes, contacts, follow-ups."},
    {"name": "analytics", "description": "Your search in figures."},
    {"name": "clipper", "description": "The job clipper: send a posting page you are viewing; get it parsed and scored."},
    {"name": "searches", "description": "Saved searches and the new postings they found."},
    {"name": "notifications", "description": "Your in-app inbox."},
    {"name": "documents", "description": "Writing copilot: cover letters, follow-ups, thank-you notes."},
    {"name": "export", "description": "A full export of your account (zip of JSON, CSV and files)."},
]
#: Routers of the operations added after the first release (issue 14: the UI's other operations).
MORE_ROUTERS = (alerts_router, tracker_router, notifications_router, documents_router, export_router)


def build() -> FastAPI:
    """A new ``/api/v1`` app (routes relative to the mount point)."""
    v1 = FastAPI(title="Career Copilot API", version="1.0.0", description=DESCRIPTION, openapi_tags=TAGS,
                 docs_url=None, redoc_url=None, openapi_url=None, servers=[{"url": PREFIX}],
                 dependencies=[Depends(problems.refuse_nul_query), Depends(problems.refuse_nul_body)])
    for router in (postings_router, resumes_router, preferences_router, applications_router, analytics_router,
                   clip_router):
        v1.include_router(router)
    for router in MORE_ROUTERS:
        v1.include_router(router)
    problems.install(v1)
    v1.add_middleware(BodyLimit)
    return v1


app = build()


@lru_cache(maxsize=1)
def openapi_document() -> dict:
    """The OpenAPI document of :data:`app` (paths relative to the server ``/api/v1``)."""
    return app.openapi()


def _static_dir() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


def mount(backend: FastAPI) -> None:
    """Add ``/api/v1``, ``/api/openapi.json`` and ``/api/docs`` to the backend app."""

    @backend.get(OPENAPI_PATH, include_in_schema=False)
    def openapi_json() -> JSONResponse:
        return JSONResponse(openapi_document(), headers={"Access-Control-Allow-Origin": "*"})

    @backend.get(DOCS_PATH, include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=OPENAPI_PATH, title="Career Copilot API", swagger_js_url=f"{DOCS_STATIC}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_STATIC}/swagger-ui.css", swagger_favicon_url=f"{DOCS_STATIC}/favicon.png",
            swagger_ui_parameters={"persistAuthorization": False, "displayRequestDuration": True})

    backend.mount(DOCS_STATIC, StaticFiles(directory=_static_dir()), name="api-docs-static")
    backend.mount(PREFIX, app, name="api-v1")
    _problem_404_under_prefix(backend)


def _problem_404_under_prefix(backend: FastAPI) -> None:
    """A path under ``/api/v1`` that the mount does not match is still the API's 404 problem.

    Starlette matches a mount with ``^/api/v1/(?P<path>.*)$``; ``.`` stops at a newline, so a path
    with an encoded one (``/api/v1/resumes/%5C…%0A…``, found by schemathesis: attack80 item 8) fell
    through to the backend's own 404 — text/plain, not the problem+json every operation documents.
    Other paths keep the backend's handler."""
    import inspect

    from starlette.exceptions import HTTPException as StarletteHTTPException
    from starlette.responses import PlainTextResponse

    previous = backend.exception_handlers.get(404) or backend.exception_handlers.get(StarletteHTTPException)

    async def not_found(request, exc):  # noqa: ANN001, ANN202 - Starlette's handler signature
        if request.url.path.startswith(PREFIX):
            return problems.response(request, 404)
        if previous is not None:
            out = previous(request, exc)
            return await out if inspect.isawaitable(out) else out
        return PlainTextResponse(str(getattr(exc, "detail", "Not Found")), status_code=404,
                                 headers=getattr(exc, "headers", None))

    backend.add_exception_handler(404, not_found)
