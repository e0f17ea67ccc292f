"""RFC 9457 problem details for ``/api/v1``: every error is ``application/problem+json``.

A problem carries ``type`` (``about:blank`` — the HTTP status says it all), ``title`` (the
status phrase), ``status``, ``detail`` (what went wrong, for a person) and ``instance`` (the
request path), plus ``errors`` for request validation (FastAPI's list of ``loc``/``msg``/
``type``). Services raise ``LookupError`` (→ 404) and ``ValueError`` subclasses with a
user-facing message (→ 422); both are mapped here, so routes stay thin.
"""

from __future__ import annotations

import re

from http import HTTPStatus

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

MEDIA_TYPE = "application/problem+json"
log = structlog.get_logger(__name__)


class ProblemDetail(BaseModel):
    """RFC 9457 problem details object."""

    type: str = Field("about:blank", description="URI reference naming the problem type.")
    title: str = Field(..., description="Short summary of the problem type (the HTTP status phrase).")
    status: int = Field(..., description="HTTP status code.")
    detail: str | None = Field(None, description="What went wrong, for a person.")
    instance: str | None = Field(None, description="The request path.")
    errors: list[dict] | None = Field(None, description="Request validation errors (loc, msg, type).")

    model_config = {"json_schema_extra": {"examples": [
        {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "application 7 not found",
         "instance": "/api/v1/applications/7"}]}}


class Problem(Exception):
    """Raise to answer with a problem: ``status``, ``detail``, extra ``headers``."""

    def __init__(self, status: int, detail: str | None = None, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail or HTTPStatus(status).phrase)
        self.status, self.detail, self.headers = status, detail, headers or {}


def response(request: Request, status: int, detail: str | None = None, *, headers: dict[str, str] | None = None,
             errors: list[dict] | None = None) -> JSONResponse:
    """A ``application/problem+json`` response for ``status``."""
    body = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status}
    if detail:
        body["detail"] = detail
    body["instance"] = request.url.path
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


def _jsonable_errors(exc: RequestValidationError) -> list[dict]:
    return [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()]


#: FastAPI's ``HTTPException`` detail when the request body cannot be decoded (fastapi/routing.py).
_FASTAPI_BODY_UNPARSABLE = "There was an error parsing the body"


def refuse_nul_query(request: Request) -> None:
    """App-wide dependency: a query string holding a NUL character (``%00``) is a 422 problem
    (PostgreSQL text cannot hold U+0000; a search for it used to end in a 500)."""
    if any("\x00" in k or "\x00" in v for k, v in request.query_params.multi_items()):
        raise Problem(422, "Query parameters must not contain NUL (U+0000) characters.")


#: A JSON string escape for U+0000 that is not itself escaped: ``\u0000`` after an even number of backslashes
#: (``"\\u0000"`` is the six characters ``\u0000``, which is allowed). Linear: a run of backslashes is
#: only tried from its first one.
_ESCAPED_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


async def refuse_nul_body(request: Request) -> None:
    """App-wide dependency: a JSON request body holding U+0000 anywhere — a raw 0x00 byte or the
    escape ``\u0000`` in any string, key or nested value — is a 422 problem, on every route
    (attack54 row 64: ``NoteIn`` did not inherit ``schemas.InputModel``'s check and the NUL was
    silently dropped by ``text_guard``). Other bodies (multipart uploads) are checked by their routes."""
    if request.method in ("GET", "HEAD", "OPTIONS", "DELETE") and not request.headers.get("content-length"):
        return
    if "json" not in request.headers.get("content-type", "").lower():
        return
    body = await request.body()  # Starlette caches it: FastAPI parses the same bytes afterwards
    if b"\x00" in body or (b"u0000" in body and _ESCAPED_NUL.search(body)):
        raise Problem(422, "The request body must not contain NUL (U+0000) characters.")


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error of ``app`` into a problem."""

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem):
        return response(request, exc.status, exc.detail, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return response(request, 422, "The request is not valid; see errors.", errors=_jsonable_errors(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 400 and exc.detail == _FASTAPI_BODY_UNPARSABLE:
            # FastAPI answers 422 (json_invalid) for malformed JSON but a bare 400 when the body is
            # not even text (invalid UTF-8): both are one kind, an unreadable body, answered alike
            # with the 422 every operation with a body documents.
            return response(request, 422, "The request body is not valid JSON.",
                            errors=[{"loc": ["body"], "msg": "The body could not be read as UTF-8 JSON.",
                                     "type": "json_invalid"}])
        detail = exc.detail if isinstance(exc.detail, str) and exc.detail != HTTPStatus(exc.status_code).phrase else None
        return response(request, exc.status_code, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(LookupError)
    async def _missing(request: Request, exc: LookupError):
        return response(request, 404, str(exc).strip("'\"") or None)

    @app.exception_handler(ValueError)
    async def _refused(request: Request, exc: ValueError):
        return response(request, 422, str(exc) or None)

    @app.exception_handler(DataError)
    async def _unstorable(request: Request, exc: DataError):
        # PostgreSQL "data exception" (SQLSTATE class 22): a value the client sent that the
        # database cannot hold (NUL in text, out-of-range number or date). Input validation
        # catches the known ones; this keeps any other from becoming a 500 (attack notes, session 6).
        log.warning("api.unstorable_value", path=request.url.path, error=str(exc.orig)[:200])
        return response(request, 422, "A value in the request cannot be stored.")

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        log.exception("api.unhandled", path=request.url.path, error=type(exc).__name__)
        return response(request, 500, "Something went wrong on our side.")


#: The problem schema inlined into every error response (one media type: problem+json).
_SCHEMA = ProblemDetail.model_json_schema()


def responses(*codes: int) -> dict[int | str, dict]:
    """OpenAPI ``responses`` entries (problem+json) for ``codes``."""
    out: dict[int | str, dict] = {}
    for code in codes:
        out[code] = {"description": HTTPStatus(code).phrase, "content": {MEDIA_TYPE: {"schema": _SCHEMA}}}
    return out
