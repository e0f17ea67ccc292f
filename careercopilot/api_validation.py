"""Request validation of the backend app outside ``/api/v1`` (which has its own problem+json
handlers, :mod:`careercopilot.apiv1.problems`).

* :data:`RowId` — a row id in a path: ``1 ≤ id ≤`` :data:`careercopilot.routes.MAX_ROW_ID`, the
  bound /api/v1 puts on every id (``Path(ge=1, le=2**31-1)``; PostgreSQL ``integer``). Before it,
  ``/api/resumes/99999999999999999999/file`` reached the database and failed there (attack106
  item 3: SQLite "Python int too large", PostgreSQL "integer out of range" → 500).
* :func:`install` — the app's ``RequestValidationError`` handler: 422 with ``detail`` as a list of
  ``{loc, msg, type}`` (FastAPI's shape, https://fastapi.tiangolo.com/tutorial/handling-errors/),
  a human page for a browser tab (``careercopilot/browser_errors.py``). FastAPI's default handler
  echoes each error's ``input``; for a body that is not UTF-8 under a non-JSON content type that
  input is raw bytes, which ``jsonable_encoder`` cannot decode — the answer was a 500 (attack106
  item 4, ``/clip/preview`` with ``text/plain``). The input is never echoed here.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import FastAPI, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

from careercopilot.browser_errors import error_response, wants_html
from careercopilot.routes import MAX_ROW_ID

#: A row id path parameter (``application_id: RowId``): out of range or not an integer → 422.
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID)]


def _errors(exc: RequestValidationError) -> list[dict]:
    """``{loc, msg, type}`` of each error, as text (never the offending input)."""
    return [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()]


def validation_response(request: Request, exc: RequestValidationError) -> Response:
    """422: JSON ``{"detail": [...]}`` for programs, a human page for a browser tab."""
    errors = _errors(exc)
    if wants_html(request):
        in_path = any(e["loc"][:1] == ["path"] for e in errors)
        return error_response(request, status=422, title="Not found" if in_path else "Request not valid",
                              message="There is no such item in your account." if in_path
                              else "The request could not be read. Go back and try again.")
    return JSONResponse({"detail": errors}, status_code=422)


def install(app: FastAPI) -> None:
    """Register :func:`validation_response` for every route of ``app`` (mounted sub-apps keep theirs)."""

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return validation_response(request, exc)
