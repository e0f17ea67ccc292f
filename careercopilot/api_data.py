"""Data-rights routes of the backend (included by :mod:`careercopilot.api`), all behind the
session cookie and the Origin guard (``careercopilot/origin_guard.py``):

* ``GET /api/resumes/{id}/file`` — an uploaded resume file, to its owner only (404 for anyone
  else, 401 without a session);
* ``GET /api/writing/{id}/export.{docx|pdf}`` — a letter as DOCX or PDF, to its owner only (409
  while a grounding flag is open);
* ``GET /api/exports/{token}`` — an account export zip behind a signed, expiring token
  (``services.data_export``); the token's user must be the signed-in user (404 otherwise);
* ``POST /auth/delete-account`` — schedule the account's deletion after the grace period
  (password re-entered; without a password: the typed email plus a two-factor ``code`` or a fresh
  provider sign-in, ``services.account_deletion``); signs out everywhere.

Files are served with ``Content-Disposition: attachment`` carrying an ASCII ``filename`` and an
RFC 8187 ``filename*`` (RFC 6266 §4.3; :mod:`careercopilot.download_names`, the one builder), ``X-Content-Type-Options: nosniff`` and
``Cache-Control: private, no-store``. Refusals of the download links are a human page for a
browser tab and JSON for other clients (``careercopilot/browser_errors.py``). Sync routes: FastAPI runs them on its thread pool, off
the event loop (database and storage reads).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from careercopilot import routes
from careercopilot.api_validation import RowId
from careercopilot.browser_errors import error_response
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.download_names import content_disposition
from careercopilot.integrations.storage import ObjectNotFound, get_storage
from careercopilot.services import users

router = APIRouter()

#: Types a stored resume is served as (the upload sniffed them); anything else is octet-stream.
SERVED_TYPES = frozenset({
    "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text/plain", "text/markdown",
})


def _file_response(data: bytes, *, mime: str, filename: str) -> Response:
    return Response(data, media_type=mime if mime in SERVED_TYPES or mime == "application/zip"
                    else "application/octet-stream",
                    headers={"Content-Disposition": content_disposition(filename), "X-Content-Type-Options": "nosniff",
                             "Cache-Control": "private, no-store"})


def _not_found(request: Request, *, what: str, back_href: str) -> Response:
    return error_response(request, status=404, message=f"{what} is not available (it may have been deleted or "
                          "the link has expired).", back_href=back_href, back_label="Back")


def _signed_out(request: Request) -> Response:
    return error_response(request, status=401, message="Sign in to download this file.", back_href=routes.LOGIN,
                          back_label="Sign in")


def _who(session, request: Request):
    return users.resolve_session(session=session, token=request.cookies.get(settings.session_cookie_name))


@router.get("/api/resumes/{resume_id}/file")
def resume_file(resume_id: RowId, request: Request) -> Response:
    """The signed-in user's uploaded resume file ``resume_id`` (404 if it is not theirs)."""
    from careercopilot.services import resumes

    with session_scope() as s:
        who = _who(s, request)
        if who is None:
            return _signed_out(request)
        try:
            row = resumes.get_resume(session=s, user_id=who.user_id, resume_id=resume_id)
            data = get_storage().get(row.storage_key)
        except (LookupError, ObjectNotFound):
            return _not_found(request, what="This resume file", back_href=routes.RESUME)
        from careercopilot.normalize.documents import name_for_type

        # served under the name of its sniffed type (rows stored before the upload renamed them:
        # "fake_pdf.pdf" holding text is served as fake_pdf.txt, text/plain)
        return _file_response(data, mime=row.mime, filename=name_for_type(row.filename, row.mime)[0])


@router.get("/api/writing/{document_id}/export.{fmt}")
def writing_export(document_id: RowId, fmt: str, request: Request) -> Response:
    """A document as DOCX or PDF for the signed-in owner (404 for anyone else; 409 while a
    grounding flag is neither fixed nor accepted). Refusals are a human page for a browser tab and
    JSON otherwise (``browser_errors``). Sync route: FastAPI runs it off the loop."""
    from careercopilot.services import writing_documents

    back = routes.writing_document(document_id)
    with session_scope() as s:
        who = users.resolve_session(session=s, token=request.cookies.get(settings.session_cookie_name))
        if who is None:
            return error_response(request, status=401, message="Sign in to download this letter.",
                                  back_href=routes.LOGIN, back_label="Sign in")
        try:
            out = writing_documents.export(session=s, user_id=who.user_id, document_id=document_id, fmt=fmt)
        except LookupError:
            return error_response(request, status=404, message="There is no such letter in your account.")
        except writing_documents.ExportBlocked as exc:
            n = len(exc.flags)
            return error_response(
                request, status=409, title="Export blocked",
                message=f"{n} grounding flag{'' if n == 1 else 's'} to fix or accept before export: "
                        "edit the sentence or press \"It's true — accept\" on the letter's page.",
                back_href=back, back_label="Back to the letter",
                extra={"flags": [f["text"] for f in exc.flags]})
        except ValueError as exc:
            return error_response(request, status=400, message=str(exc), back_href=back,
                                  back_label="Back to the letter")
    return _file_response(out.data, mime=out.mime, filename=out.filename)


@router.get("/api/exports/{token}")
def export_file(token: str, request: Request) -> Response:
    """An export zip for the signed-in owner of a live signed link (404 otherwise)."""
    from careercopilot.services import data_export

    with session_scope() as s:
        who = _who(s, request)
    if who is None:
        return _signed_out(request)
    try:
        key = data_export.open_link_token(token[:2000], user_id=who.user_id)
        data = get_storage().get(key)
    except (data_export.ExportNotFound, ObjectNotFound):
        return _not_found(request, what="This export", back_href=routes.SETTINGS)
    return _file_response(data, mime="application/zip", filename=data_export.download_name(key))


@router.post(routes.AUTH_DELETE_ACCOUNT)
async def delete_account(request: Request) -> Response:
    """Schedule the signed-in account's deletion (password re-entered); signs out everywhere and
    returns to the login page with a notice. Wrong password → back to Settings with
    ``delete_error=<code>`` (the "Your data" section reopens its confirmation step with the sentence
    under the submit button, ``state.data_rights.delete_step``). Deleting the instance's only admin is
    allowed: the confirmation warns and names ``users promote``."""
    from careercopilot import api, offload
    from careercopilot.services import account_deletion, ratelimit

    if not api._csrf_ok(request):
        return JSONResponse({"error": "cross-site form post refused"}, status_code=403)
    form = await api._form(request)
    token = request.cookies.get(settings.session_cookie_name)

    def schedule() -> bool:  # argon2 verify + database: on the CPU pool; False = no session
        with session_scope() as s:
            who = users.resolve_session(session=s, token=token)
            if who is None:
                return False
            api._rate_limit(request, "password", who.email)
            account_deletion.request_deletion(session=s, user_id=who.user_id, password=form.get("password", ""),
                                              code=form.get("code", ""), email=form.get("email", ""),
                                              session_id=who.session_id)
            return True

    try:
        if not await offload.cpu(schedule):
            return api._redirect(request, routes.LOGIN, error="session_expired")
    except (users.AccountError, ratelimit.RateLimited) as exc:
        params = api._error_params(exc)
        return api._redirect(request, routes.SETTINGS, delete_error=params.pop("error"), **params)
    response = api._redirect(request, routes.LOGIN, notice="deletion_scheduled")
    response.delete_cookie(settings.session_cookie_name, path="/")
    return response
