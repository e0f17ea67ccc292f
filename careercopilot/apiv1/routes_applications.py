"""``/api/v1/applications``: create, update, stage moves, notes, contacts, follow-ups, history
— ``services.applications``.

Concurrency: an application's representation carries a strong ``ETag`` (a digest of its
JSON). ``PATCH`` requires ``If-Match`` (428 without it; RFC 6585 §3) and answers 412 when the
application changed since (RFC 9110 §13.1.1); stage moves honour ``If-Match`` when sent. The
check and the write happen under the row's lock (``applications.lock_application``), so two
clients can't overwrite each other silently.
"""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response

from careercopilot.apiv1 import pagination
from careercopilot.apiv1.auth import requires
from careercopilot.apiv1.problems import Problem, responses
from careercopilot.apiv1.schemas import (
    ApplicationCreate,
    ApplicationOut,
    ApplicationPage,
    ApplicationUpdate,
    ContactIn,
    ContactOut,
    FollowUpOut,
    Stage,
    StageEventOut,
    StageMove,
)
from careercopilot.db import session_scope
from careercopilot.models import Application, Contact
from careercopilot.services import applications as svc
from careercopilot.services import application_contacts as contacts_svc
from careercopilot.services import resumes
from careercopilot.services.api_tokens import TokenPrincipal

router = APIRouter(tags=["applications"])
ID = Annotated[int, Path(ge=1, le=2**31 - 1, description="Application id.")]
CONTACT_ID = Annotated[int, Path(ge=1, le=2**31 - 1, description="Contact id.")]
IF_MATCH = Annotated[str | None, Header(alias="If-Match", max_length=200,
                                        description="The ETag of the application as last read.")]
READ = Depends(requires("applications", "read"))
WRITE = Depends(requires("applications", "write"))


def application_out(app: Application) -> ApplicationOut:
    """An application row → its API shape."""
    return ApplicationOut.model_validate(app, from_attributes=True)


def etag(body: ApplicationOut) -> str:
    """Strong ETag of an application's representation."""
    return '"' + hashlib.sha256(body.model_dump_json().encode()).hexdigest()[:32] + '"'


def _respond(response: Response, app: Application) -> ApplicationOut:
    body = application_out(app)
    response.headers["ETag"] = etag(body)
    return body


def _check_if_match(app: Application, if_match: str | None, *, required: bool) -> None:
    if if_match is None:
        if required:
            raise Problem(428, "Send If-Match with the application's ETag (GET it first).")
        return
    current = etag(application_out(app))
    tags = {t.strip().removeprefix("W/") for t in if_match.split(",")}
    if "*" not in tags and current not in tags:
        raise Problem(412, "The application changed since you read it; GET it again and re-apply your change.",
                      headers={"ETag": current})


@router.get("/applications", response_model=ApplicationPage, responses=responses(401, 403, 422, 429),
            summary="List applications")
def list_applications(
    request: Request, response: Response, who: TokenPrincipal = READ,
    stage: Stage | None = None,
    search: Annotated[str | None, Query(max_length=200, description="Text in company or title.")] = None,
    archived: Annotated[bool | None, Query(description="true: archived only; false (default): active only.")] = False,
    limit: Annotated[int, Query(ge=1, le=pagination.MAX_LIMIT)] = pagination.DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> ApplicationPage:
    """The user's applications, newest first, a page at a time (keyset cursor)."""
    key = pagination.digest("applications", who.user_id, stage, search, archived, limit)
    state = pagination.decode(cursor, key)
    before = pagination.int_field(state, "k") if state else None
    filters = svc.ApplicationFilter(stage=stage or "", search=search or "", archived=archived)
    with session_scope() as s:
        rows = svc.list_applications(session=s, user_id=who.user_id, filters=filters, sort="id", limit=limit + 1,
                                     before_id=before)
    items = [application_out(a) for a in rows[:limit]]
    next_cursor = pagination.encode({"k": items[-1].id, "q": key}) if len(rows) > limit else None
    response.headers.update(pagination.link_header(request, next_cursor))
    return ApplicationPage(items=items, next_cursor=next_cursor)


@router.post("/applications", response_model=ApplicationOut, status_code=201,
             responses={200: {"model": ApplicationOut, "description": "The posting was tracked already: that application"},
                        **responses(401, 403, 404, 422, 429)},
             summary="Track a posting or a job typed in")
def create_application(body: ApplicationCreate, response: Response, who: TokenPrincipal = WRITE) -> ApplicationOut:
    """With `posting_id`: save that posting (idempotent: the existing application is returned,
    200). Otherwise `company` and `title` are required. The stage starts at `saved`."""
    with session_scope() as s:
        if body.posting_id is not None:
            existing = svc.application_for_posting(session=s, user_id=who.user_id, posting_id=body.posting_id)
            active = resumes.get_active_resume(session=s, user_id=who.user_id)
            app = svc.save_posting(session=s, user_id=who.user_id, posting_id=body.posting_id,
                                   resume_id=active.id if active else None)
            if existing is not None:
                response.status_code = 200
        else:
            app = svc.add_manual(session=s, user_id=who.user_id, company=body.company or "", title=body.title or "",
                                 url=body.url, notes=body.notes, source_label="api", work_mode=body.work_mode)
        out = _respond(response, app)
    response.headers["Location"] = f"/api/v1/applications/{out.id}"
    return out


@router.get("/applications/{application_id}", response_model=ApplicationOut,
            responses=responses(401, 403, 404, 422, 429), summary="An application (with its ETag)")
def get_application(application_id: ID, response: Response, who: TokenPrincipal = READ) -> ApplicationOut:
    with session_scope() as s:
        return _respond(response, svc.get_application(session=s, user_id=who.user_id, application_id=application_id))


@router.patch("/applications/{application_id}", response_model=ApplicationOut,
              responses=responses(401, 403, 404, 412, 422, 428, 429), summary="Update fields (If-Match required)")
def update_application(application_id: ID, body: ApplicationUpdate, response: Response,
                       if_match: IF_MATCH = None, who: TokenPrincipal = WRITE) -> ApplicationOut:
    """Change the fields sent (notes, follow-up date, salaries, archived …). Send the ETag
    from your last read in `If-Match`: 412 when someone changed it since, 428 without it."""
    changes = body.model_dump(exclude_unset=True)
    archived = changes.pop("archived", None)
    with session_scope() as s:
        app = svc.lock_application(session=s, user_id=who.user_id, application_id=application_id)
        _check_if_match(app, if_match, required=True)
        if changes:
            app = svc.update_application(session=s, user_id=who.user_id, application_id=application_id, **changes)
        if archived is not None and archived != app.archived:
            svc.bulk_archive(session=s, user_id=who.user_id, application_ids=[application_id], archived=archived)
            app = svc.get_application(session=s, user_id=who.user_id, application_id=application_id)
        return _respond(response, app)


@router.post("/applications/{application_id}/stage", response_model=ApplicationOut,
             responses=responses(401, 403, 404, 412, 422, 429), summary="Move to a pipeline stage")
def move_stage(application_id: ID, body: StageMove, response: Response, if_match: IF_MATCH = None,
               who: TokenPrincipal = WRITE) -> ApplicationOut:
    """Appends to the stage history; the first move to `applied` (or later) sets `applied_at`.
    `If-Match` is checked when sent."""
    with session_scope() as s:
        app = svc.lock_application(session=s, user_id=who.user_id, application_id=application_id)
        _check_if_match(app, if_match, required=False)
        app = svc.move_stage(session=s, user_id=who.user_id, application_id=application_id, to_stage=body.stage,
                             at=body.at)
        return _respond(response, app)


@router.get("/applications/{application_id}/history", response_model=list[StageEventOut],
            responses=responses(401, 403, 404, 422, 429), summary="Stage history")
def stage_history(application_id: ID, who: TokenPrincipal = READ) -> list[StageEventOut]:
    """Every stage move in the order made (append-only)."""
    with session_scope() as s:
        return [StageEventOut(from_stage=e.from_stage, to_stage=e.to_stage, at=e.at)
                for e in svc.stage_history(session=s, user_id=who.user_id, application_id=application_id)]


def _contact_out(c: Contact) -> ContactOut:
    return ContactOut(id=c.id, application_id=c.application_id, name=c.name, role=c.role, email=c.email,
                      profile_url=c.profile_url)


@router.get("/applications/{application_id}/contacts", response_model=list[ContactOut],
            responses=responses(401, 403, 404, 422, 429), summary="Contacts of an application")
def list_contacts(application_id: ID, who: TokenPrincipal = READ) -> list[ContactOut]:
    with session_scope() as s:
        rows = contacts_svc.list_contacts(session=s, user_id=who.user_id, application_id=application_id)
        return [_contact_out(c) for c in rows]


@router.post("/applications/{application_id}/contacts", response_model=ContactOut, status_code=201,
             responses=responses(401, 403, 404, 422, 429), summary="Add a contact")
def add_contact(application_id: ID, body: ContactIn, response: Response, who: TokenPrincipal = WRITE) -> ContactOut:
    with session_scope() as s:
        c = contacts_svc.add_contact(session=s, user_id=who.user_id, application_id=application_id, name=body.name,
                                     role=body.role, email=body.email, profile_url=body.profile_url)
        out = _contact_out(c)
    response.headers["Location"] = f"/api/v1/contacts/{out.id}"
    return out


@router.put("/contacts/{contact_id}", response_model=ContactOut, responses=responses(401, 403, 404, 422, 429),
            summary="Replace a contact")
def update_contact(contact_id: CONTACT_ID, body: ContactIn, who: TokenPrincipal = WRITE) -> ContactOut:
    with session_scope() as s:
        c = contacts_svc.update_contact(session=s, user_id=who.user_id, contact_id=contact_id, name=body.name,
                                        role=body.role, email=body.email, profile_url=body.profile_url)
        return _contact_out(c)


@router.delete("/contacts/{contact_id}", status_code=204, responses=responses(401, 403, 404, 422, 429),
               summary="Delete a contact")
def delete_contact(contact_id: CONTACT_ID, who: TokenPrincipal = WRITE) -> Response:
    with session_scope() as s:
        contacts_svc.delete_contact(session=s, user_id=who.user_id, contact_id=contact_id)
    return Response(status_code=204)


@router.get("/follow-ups", response_model=list[FollowUpOut], responses=responses(401, 403, 422, 429),
            summary="Follow-ups due")
def follow_ups(who: TokenPrincipal = READ,
               limit: Annotated[int, Query(ge=1, le=pagination.MAX_LIMIT)] = pagination.DEFAULT_LIMIT,
               ) -> list[FollowUpOut]:
    """Active applications whose follow-up date is today or earlier in your time zone, oldest first.
    Set or clear a date with `PATCH /applications/{id}` (`follow_up_on`)."""
    with session_scope() as s:
        rows = svc.followups_due(session=s, user_id=who.user_id, limit=limit)
    return [FollowUpOut(application_id=a.id, company=a.company, title=a.title, stage=a.stage,
                        follow_up_on=a.follow_up_on) for a in rows]
