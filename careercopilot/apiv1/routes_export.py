"""``/api/v1/exports``: start the full account export (a background job), follow it, download
the zip — ``services.export_jobs`` over ``services.data_export`` (the Settings page's export).

Scopes ``export:write`` (start) and ``export:read`` (status, download). Another user's job id is
a 404 like an unknown one; the zip is served only to its owner's token.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response

from careercopilot.api_data import _file_response
from careercopilot.apiv1.auth import requires
from careercopilot.apiv1.problems import Problem, responses
from careercopilot.apiv1.schemas_more import ExportOut
from careercopilot.integrations.storage import ObjectNotFound, StorageError, get_storage
from careercopilot.services import data_export, export_jobs, ratelimit
from careercopilot.services.api_tokens import TokenPrincipal
from careercopilot.services.background import JobQueueUnavailable

router = APIRouter(prefix="/exports", tags=["export"])
JOB_ID = Annotated[str, Path(pattern="^[0-9a-f]{32}$", description="Export job id.")]
ZIP = {"content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}},
       "description": "The export zip (JSON, CSV and your uploaded files)."}


def _out(user_id: int, st: export_jobs.ExportStatus) -> ExportOut:
    h = st.handle
    out = ExportOut(job_id=h.id, status=h.status, progress=h.progress, message=h.message or h.error)
    if st.key is not None:
        try:
            link = data_export.export_link(user_id=user_id, key=st.key)
        except StorageError:
            link = None
        out.download_url = f"/api/v1/exports/{h.id}/file"
        if link is not None:
            out.link, out.expires_at = link.url, link.expires_at
    return out


@router.post("", response_model=ExportOut, status_code=202, responses=responses(401, 403, 429, 503),
             summary="Start a full export of your account")
def start_export(response: Response, who: TokenPrincipal = Depends(requires("export", "write"))) -> ExportOut:
    """A zip of every row of your account (JSON and CSV) plus your uploaded files, built in the
    background; follow it with `GET /exports/{job_id}`. Starting again while one runs returns it; a new
    export replaces your previous zip (one ready export per account); at most EXPORT_STARTS_PER_HOUR
    (default 6) new exports an hour, then 429 with Retry-After."""
    try:
        handle = export_jobs.start(user_id=who.user_id)
    except JobQueueUnavailable:
        raise Problem(503, "The export could not be started right now; try again in a minute.",
                      headers={"Retry-After": "60"}) from None
    except ratelimit.RateLimited as exc:
        raise Problem(429, f"Too many exports started in the last hour; try again in {exc.retry_after} seconds.",
                      headers={"Retry-After": str(exc.retry_after)}) from None
    response.headers["Location"] = f"/api/v1/exports/{handle.id}"
    return _out(who.user_id, export_jobs.status(user_id=who.user_id, job_id=handle.id))


@router.get("/{job_id}", response_model=ExportOut, responses=responses(401, 403, 404, 422, 429),
            summary="Progress and link of an export")
def get_export(job_id: JOB_ID, who: TokenPrincipal = Depends(requires("export", "read"))) -> ExportOut:
    return _out(who.user_id, export_jobs.status(user_id=who.user_id, job_id=job_id))


@router.get("/{job_id}/file", response_class=Response, responses={200: ZIP, **responses(401, 403, 404, 422, 429)},
            summary="Download an export")
def download_export(job_id: JOB_ID, who: TokenPrincipal = Depends(requires("export", "read"))) -> Response:
    """404 until the job finished, and after the export expired."""
    st = export_jobs.status(user_id=who.user_id, job_id=job_id)
    if st.key is None:
        raise Problem(404, "This export is not ready (or has expired).")
    try:
        data = get_storage().get(st.key)
    except ObjectNotFound:
        raise Problem(404, "This export has expired.") from None
    return _file_response(data, mime="application/zip", filename=data_export.download_name(st.key))
