"""``/api/v1/applications``: create, update, stage moves, notes, contacts, follow-ups, history
— ``services.applications``.

Concurrency: an application's representation carries a strong ``ETag`` (a digest of its
JSON). ``PATCH`` requires ``If-Match`` with that tag (428 without it or with ``*``, which names no
version; RFC 6585 §3) and answers 412 when the application changed since (RFC 9110 §13.1.1, strong
comparison: ``W/"…"`` never matches); stage moves and notes honour ``If-Match`` when sent (there
``*`` only says the application exists). Rules: :func:`careercopilot.apiv1.etags.check_if_match`. The
check and the write happen under the row's lock (``applications.lock_application``), so two
clients can't overwrite each other silently.

Repeated creates: ``POST /applications`` (a job typed in) and ``POST …/contacts`` honour an
``Idempotency-Key`` header (any client-chosen string, ≤ 255 characters; a UUID is best), as the IETF
draft "The Idempotency-Key HTTP Header Field" (draft-ietf-httpapi-idempotency-key-header-07) and
Stripe's API do — rules and their sources: ``services.idempotency``. Per user, within
:data:`IDEMPOTENCY_WINDOW_S` (a day): the first request with a key creates (201); the same key with
the same path and body again creates nothing and answers as the first did — 201, the resource's
CURRENT representation, its ``Location`` and ``Idempotent-Replayed: true`` — so a client that timed
out learns the id; the same key while the first is still running: 409 (retry later); the same key
with another path or body: 422. A create that fails (422, full tracker, 5xx) frees its key. When the
resource was deleted since, the replay answers 404 (draft §2.6 asks for "the result of the previously
completed operation": no representation is left to return, and creating again would apply a
request twice that the client sent once; the key stays used for its day). Saving a posting is
idempotent by itself (``posting_id``: the key is not recorded).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response

from careercopilot.apiv1 import pagination
from careercopilot.apiv1.etags import check_if_match, etag
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
from careercopilot.routes import MAX_ROW_ID
from careercopilot.services import applications as svc
from careercopilot.services import application_changes
from careercopilot.services import application_contacts as contacts_svc
from careercopilot.services import idempotency, resumes
from careercopilot.services.api_tokens import TokenPrincipal

router = APIRouter(tags=["applications"])
ID = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="Application id.")]
CONTACT_ID = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="Contact id.")]
IF_MATCH = Annotated[str | None, Header(alias="If-Match", max_length=200,
                                        description="The ETag of the application as last read, exactly as received "
                                                    "(strong comparison: W/\"…\" never matches).")]
IDEMPOTENCY_KEY = Annotated[str | None, Header(
    alias="Idempotency-Key", max_length=idempotency.MAX_KEY_LENGTH,
    description="A unique string of yours (a UUID is best; ≤ 255 characters) naming this create, remembered "
                "24 h per user. Retrying with the same key, path and body creates nothing: the answer is the "
                "first one's (201, the resource's current representation, Location, `Idempotent-Replayed: "
                "true`; 404 when it was deleted since). While the first is still running: 409 (retry later). "
                "The same key with another body or path: 422. A create that failed frees its key.")]
#: Seconds an ``Idempotency-Key`` is remembered (``services.idempotency.WINDOW_S``: a day).
IDEMPOTENCY_WINDOW_S = idempotency.WINDOW_S
#: Response header marking a replayed answer (Stripe's name).
REPLAYED_HEADER = "Idempotent-Replayed"
#: OpenAPI entry of a create's 201 (its headers; the body is the route's response model).
CREATED = {"description": "Created — or, for a retry with the same Idempotency-Key, the first request's resource",
           "headers": {"Location": {"description": "URL of the resource.", "schema": {"type": "string"}},
                       REPLAYED_HEADER: {"description": "`true` when this answer replays an earlier request with "
                                                        "the same Idempotency-Key (nothing was created).",
                                         "schema": {"type": "string", "enum": ["true"]}}}}
READ = Depends(requires("applications", "read"))
WRITE = Depends(requires("applications", "write"))


def application_out(app: Application) -> ApplicationOut:
    """An application row → its API shape."""
    return ApplicationOut.model_validate(app, from_attributes=True)


def _respond(response: Response, app: Application) -> ApplicationOut:
    body = application_out(app)
    response.headers["ETag"] = etag(body)
    return body


def _check_if_match(app: Application, if_match: str | None, *, required: bool) -> None:
    """:func:`careercopilot.apiv1.etags.check_if_match` on the application's representation."""
    check_if_match(application_out(app), if_match, what="application", required=required)


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
                        201: CREATED, **responses(401, 403, 404, 409, 422, 429)},
             summary="Track a posting or a job typed in")
def create_application(body: ApplicationCreate, response: Response, who: TokenPrincipal = WRITE,
                       idempotency_key: IDEMPOTENCY_KEY = None) -> ApplicationOut:
    """With `posting_id`: save that posting (idempotent: the existing application is returned,
    200). Otherwise `company` and `title` are required. The stage starts at `saved`. A retried
    create with the same `Idempotency-Key` returns the first one's application (201,
    `Idempotent-Replayed: true`)."""
    if body.posting_id is not None:
        with session_scope() as s:
            existing = svc.application_for_posting(session=s, user_id=who.user_id, posting_id=body.posting_id)
            active = resumes.get_active_resume(session=s, user_id=who.user_id)
            app = svc.save_posting(session=s, user_id=who.user_id, posting_id=body.posting_id,
                                   resume_id=active.id if active else None)
            if existing is not None:
                response.status_code = 200
            out = _respond(response, app)
    else:
        def create(s) -> tuple[int, ApplicationOut]:
            app = svc.add_manual(session=s, user_id=who.user_id, company=body.company or "", title=body.title or "",
                                 url=body.url, notes=body.notes, source_label="api", work_mode=body.work_mode)
            return app.id, _respond(response, app)

        def current(s, application_id: int) -> ApplicationOut:
            return _respond(response, svc.get_application(session=s, user_id=who.user_id, application_id=application_id))

        out = _once(response, who.user_id, "applications.create", "/api/v1/applications", idempotency_key, body,
                    create, current, what="application")
    response.headers["Location"] = f"/api/v1/applications/{out.id}"
    return out


def _once(response: Response, user_id: int, action: str, path: str, key: str | None, body, create, current,
          *, what: str):
    """``create(session) -> (id, out)`` — or, for a key seen before, the answer the module doc
    gives (``current(session, id)`` on a replay; :class:`Problem` 404/409/422). ``path``: the
    request's path below the host (part of the fingerprint; built by the route, so callers of the
    route function without a request — the MCP tools — need none)."""
    if not key:
        with session_scope() as s:
            return create(s)[1]
    fp = idempotency.fingerprint(path=path, body=body.model_dump(mode="json", exclude_unset=True))
    try:
        outcome = idempotency.run(user_id=user_id, action=action, key=key, fingerprint=fp, create=create)
    except idempotency.KeyInProgress:
        raise Problem(409, "A request with this Idempotency-Key is still being processed; retry later.",
                      headers={"Retry-After": "1"}) from None
    except idempotency.KeyReused as exc:
        raise Problem(422, str(exc)) from None
    if not outcome.replayed:
        return outcome.value
    try:
        with session_scope() as s:
            out = current(s, outcome.resource_id)
    except LookupError:
        raise Problem(404, f"The request with this Idempotency-Key created {what} {outcome.resource_id}, which has "
                           "since been deleted; send a new key to create another.") from None
    response.headers[REPLAYED_HEADER] = "true"
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
    from your last read in `If-Match`: 412 when someone changed it since (or for a weak
    `W/"…"` tag: the comparison is strong), 428 without it or with `*` (it names no version)."""
    changes = body.model_dump(exclude_unset=True)
    archived = changes.pop("archived", None)
    with session_scope() as s:
        app = svc.lock_application(session=s, user_id=who.user_id, application_id=application_id)
        _check_if_match(app, if_match, required=True)
        if changes:
            app = application_changes.update_application(session=s, user_id=who.user_id, application_id=application_id, **changes)
        if archived is not None and archived != app.archived:
            application_changes.bulk_archive(session=s, user_id=who.user_id, application_ids=[application_id], archived=archived)
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
        app = application_changes.move_stage(session=s, user_id=who.user_id, application_id=application_id, to_stage=body.stage,
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
                      profile_url=c.profile_url, updated_at=c.updated_at)


@router.get("/applications/{application_id}/contacts", response_model=list[ContactOut],
            responses=responses(401, 403, 404, 422, 429), summary="Contacts of an application")
def list_contacts(application_id: ID, who: TokenPrincipal = READ) -> list[ContactOut]:
    with session_scope() as s:
        rows = contacts_svc.list_contacts(session=s, user_id=who.user_id, application_id=application_id)
        return [_contact_out(c) for c in rows]


@router.post("/applications/{application_id}/contacts", response_model=ContactOut, status_code=201,
             responses={201: CREATED, **responses(401, 403, 404, 409, 422, 429)}, summary="Add a contact")
def add_contact(application_id: ID, body: ContactIn, response: Response, who: TokenPrincipal = WRITE,
                idempotency_key: IDEMPOTENCY_KEY = None) -> ContactOut:
    """A retried add with the same `Idempotency-Key` returns the first one's contact (201,
    `Idempotent-Replayed: true`)."""
    def create(s) -> tuple[int, ContactOut]:
        c = contacts_svc.add_contact(session=s, user_id=who.user_id, application_id=application_id, name=body.name,
                                     role=body.role, email=body.email, profile_url=body.profile_url)
        return c.id, _contact_out(c)

    def current(s, contact_id: int) -> ContactOut:
        return _contact_out(contacts_svc.get_contact(session=s, user_id=who.user_id, contact_id=contact_id))

    out = _once(response, who.user_id, "contacts.create", f"/api/v1/applications/{application_id}/contacts",
                idempotency_key, body, create, current, what="contact")
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
