"""``/api/v1/resumes``: list, upload (multipart), detail, activate — ``services.resumes``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Path, Response, UploadFile

from careercopilot import offload
from careercopilot.apiv1.auth import requires
from careercopilot.apiv1.problems import Problem, responses
from careercopilot.apiv1.schemas import ResumeDetailOut, ResumeOut, ResumeUploadOut
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import Resume
from careercopilot.routes import MAX_ROW_ID
from careercopilot.services import ratelimit, resumes
from careercopilot.services.api_tokens import TokenPrincipal

router = APIRouter(prefix="/resumes", tags=["resumes"])
ID = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="Resume id.")]


def limit_text() -> str:
    """The upload limit as people read it (``10 MB``), from ``resumes.MAX_RESUME_BYTES`` — the one figure
    the server enforces (``normalize.documents``), so the OpenAPI document can't disagree with it."""
    return f"{resumes.MAX_RESUME_BYTES / 1_048_576:g} MB"


#: The OpenAPI description of the file field (and so of the limit).
UPLOAD_DESCRIPTION = f"The resume file (at most {limit_text()}: {resumes.MAX_RESUME_BYTES} bytes; larger → 413)."


def resume_out(row: Resume) -> ResumeOut:
    """A resume row → its API shape (no text)."""
    from careercopilot.normalize.documents import name_for_type

    return ResumeOut(id=row.id, version=row.version, filename=name_for_type(row.filename, row.mime)[0], mime=row.mime, size_bytes=row.size_bytes,
                     is_active=row.is_active, skills=[str(x) for x in (row.skills or [])], created_at=row.created_at)


@router.get("", response_model=list[ResumeOut], responses=responses(401, 403, 429), summary="List resume versions")
def list_resumes(who: TokenPrincipal = Depends(requires("resumes", "read"))) -> list[ResumeOut]:
    """The user's resume versions, newest first (one is active: the one matching reads)."""
    with session_scope() as s:
        return [resume_out(r) for r in resumes.list_resumes(session=s, user_id=who.user_id)]


@router.post("", response_model=ResumeUploadOut, status_code=201,
             responses={200: {"model": ResumeUploadOut, "description": "The same file was a version already: re-activated"},
                        **responses(400, 401, 403, 413, 422, 429)},
             summary="Upload a resume (PDF, DOCX, TXT, Markdown)")
def upload_resume(response: Response, file: Annotated[UploadFile, File(description=UPLOAD_DESCRIPTION)],
                  who: TokenPrincipal = Depends(requires("resumes", "write"))) -> ResumeUploadOut:
    """Store a new version and make it active (rankings refresh in the background). The same
    bytes as an existing version re-activate that one (200, ``duplicate`` true) — also when the
    same file is sent twice at once. At most UPLOADS_AT_ONCE_PER_USER (default 2) uploads and
    clips of one user are read at a time; one more waits up to 30 s for a slot, then is a 429 with
    Retry-After."""
    data = file.file.read(resumes.MAX_RESUME_BYTES + 1)
    if len(data) > resumes.MAX_RESUME_BYTES:
        raise Problem(413, f"Resumes can be at most {limit_text()}.")
    name = file.filename or "resume"
    try:  # before a connection is taken (a parse may take a minute), on the bounded parse pool
        with offload.user_parse_slot(who.user_id, wait=True):
            read = offload.parse_blocking(resumes.read_resume, data, name)
    except ratelimit.RateLimited as exc:
        raise Problem(429, f"You have {settings.uploads_at_once_per_user} uploads being read already; "
                           f"try again in {exc.retry_after} seconds.", headers={"Retry-After": str(exc.retry_after)}) from None
    with session_scope() as s:
        out = resumes.upload_resume(session=s, user_id=who.user_id, filename=name, data=data, read=read)
        body = ResumeUploadOut(resume=resume_out(out.resume), duplicate=out.duplicate, message=out.message)
    if out.duplicate:
        response.status_code = 200
    response.headers["Location"] = f"/api/v1/resumes/{body.resume.id}"
    return body


@router.get("/{resume_id}", response_model=ResumeDetailOut, responses=responses(401, 403, 404, 422, 429),
            summary="A resume version with its text")
def get_resume(resume_id: ID, who: TokenPrincipal = Depends(requires("resumes", "read"))) -> ResumeDetailOut:
    with session_scope() as s:
        row = resumes.get_resume(session=s, user_id=who.user_id, resume_id=resume_id)
        return ResumeDetailOut(**resume_out(row).model_dump(), text=row.text)


@router.post("/{resume_id}/activate", response_model=ResumeOut, responses=responses(401, 403, 404, 422, 429),
             summary="Make a version the active one")
def activate_resume(resume_id: ID, who: TokenPrincipal = Depends(requires("resumes", "write"))) -> ResumeOut:
    """Matching reads the active version; switching refreshes rankings in the background."""
    with session_scope() as s:
        return resume_out(resumes.set_active(session=s, user_id=who.user_id, resume_id=resume_id))
