"""``/api/v1/saved-searches`` (list, create, read, update, delete, hits) and hiding postings
(``/postings/{id}/hide``, ``/hidden-postings``) — ``services.alerts.saved_searches`` and
``services.alerts.hits``, the same rules as the Jobs page.

Scopes: ``searches:read|write`` for saved searches, ``postings:read|write`` for hides.
``PATCH`` of a saved search requires ``If-Match`` (428 without, 412 when it changed since).
Another user's search is a 404 like an unknown id.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response

from careercopilot.apiv1 import pagination
from careercopilot.apiv1.auth import requires
from careercopilot.apiv1.etags import check_if_match, etag
from careercopilot.apiv1.problems import responses
from careercopilot.apiv1.schemas_more import (
    HiddenOut,
    HiddenPostingOut,
    HiddenPostingPage,
    HideIn,
    SavedSearchIn,
    SavedSearchOut,
    SavedSearchPage,
    SavedSearchUpdate,
    SearchHitOut,
    SearchHitPage,
)
from careercopilot.db import session_scope
from careercopilot.models import SavedSearch
from careercopilot.routes import MAX_ROW_ID
from careercopilot.services.alerts import hits as hits_svc
from careercopilot.services.alerts import saved_searches as svc
from careercopilot.services.api_tokens import TokenPrincipal

router = APIRouter(tags=["searches"])
ID = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="Saved search id.")]
POSTING_ID = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="Posting id.")]
IF_MATCH = Annotated[str | None, Header(alias="If-Match", max_length=200,
                                        description="The ETag of the saved search as last read, exactly as received "
                                                    "(strong comparison: W/\"…\" never matches; * is 428).")]
LIMIT = Annotated[int, Query(ge=1, le=pagination.MAX_LIMIT)]
CURSOR = Annotated[str | None, Query(max_length=500)]
READ = Depends(requires("searches", "read"))
WRITE = Depends(requires("searches", "write"))


def search_out(row: SavedSearch) -> SavedSearchOut:
    """A saved-search row → its API shape."""
    return SavedSearchOut(id=row.id, name=row.name, query=row.query, filters=dict(row.filters or {}),
                          delivery=row.delivery, active=row.active, created_at=row.created_at,
                          updated_at=row.updated_at, jobs_url=svc.jobs_url(row))


def _respond(response: Response, row: SavedSearch) -> SavedSearchOut:
    body = search_out(row)
    response.headers["ETag"] = etag(body)
    return body


@router.get("/saved-searches", response_model=SavedSearchPage, responses=responses(401, 403, 422, 429),
            summary="List saved searches")
def list_saved_searches(request: Request, response: Response, who: TokenPrincipal = READ,
                        limit: LIMIT = pagination.DEFAULT_LIMIT, cursor: CURSOR = None) -> SavedSearchPage:
    """Your saved searches by name (at most 50 exist), a page at a time."""
    key = pagination.digest("saved-searches", who.user_id, limit)
    state = pagination.decode(cursor, key)
    start = pagination.int_field(state, "o", minimum=0) if state else 0
    with session_scope() as s:
        rows = svc.list_searches(session=s, user_id=who.user_id)
        items = [search_out(r) for r in rows[start:start + limit]]
    next_cursor = pagination.encode({"o": start + limit, "q": key}) if len(rows) > start + limit else None
    response.headers.update(pagination.link_header(request, next_cursor))
    return SavedSearchPage(items=items, next_cursor=next_cursor)


@router.post("/saved-searches", response_model=SavedSearchOut, status_code=201,
             responses=responses(401, 403, 422, 429), summary="Save a search")
def create_saved_search(body: SavedSearchIn, response: Response, who: TokenPrincipal = WRITE) -> SavedSearchOut:
    """New postings matching it from now on are reported by `delivery` (instant email, daily or
    weekly digest, or in the app only). A duplicate name, a bad filter or more than 50 searches
    is a 422."""
    with session_scope() as s:
        row = svc.create(session=s, user_id=who.user_id, name=body.name, query=body.query,
                         filters=body.filters.model_dump(exclude_none=True), delivery=body.delivery)
        out = _respond(response, row)
    response.headers["Location"] = f"/api/v1/saved-searches/{out.id}"
    return out


@router.get("/saved-searches/{search_id}", response_model=SavedSearchOut,
            responses=responses(401, 403, 404, 422, 429), summary="A saved search (with its ETag)")
def get_saved_search(search_id: ID, response: Response, who: TokenPrincipal = READ) -> SavedSearchOut:
    with session_scope() as s:
        return _respond(response, svc.get(session=s, user_id=who.user_id, search_id=search_id))


@router.patch("/saved-searches/{search_id}", response_model=SavedSearchOut,
              responses=responses(401, 403, 404, 412, 422, 428, 429), summary="Rename, re-route, pause or resume")
def update_saved_search(search_id: ID, body: SavedSearchUpdate, response: Response, if_match: IF_MATCH = None,
                        who: TokenPrincipal = WRITE) -> SavedSearchOut:
    """Resuming (`active` true) reports only postings first seen from now on. Send the ETag
    from your last read in `If-Match`."""
    with session_scope() as s:
        row = svc.get(session=s, user_id=who.user_id, search_id=search_id)
        s.refresh(row, with_for_update=True)
        check_if_match(search_out(row), if_match, what="saved search")
        row = svc.update(session=s, user_id=who.user_id, search_id=search_id, **body.model_dump(exclude_unset=True))
        return _respond(response, row)


@router.delete("/saved-searches/{search_id}", status_code=204, responses=responses(401, 403, 404, 422, 429),
               summary="Delete a saved search and its hits")
def delete_saved_search(search_id: ID, who: TokenPrincipal = WRITE) -> Response:
    with session_scope() as s:
        svc.delete_search(session=s, user_id=who.user_id, search_id=search_id)
    return Response(status_code=204)


def hit_out(h: hits_svc.Hit) -> SearchHitOut:
    return SearchHitOut(id=h.id, saved_search_id=h.saved_search_id, posting_id=h.posting_id, title=h.title,
                        company=h.company, score=h.score, found_at=h.found_at, delivered_via=h.delivered_via)


@router.get("/saved-searches/{search_id}/hits", response_model=SearchHitPage,
            responses=responses(401, 403, 404, 422, 429), summary="New postings a saved search found")
def list_hits(search_id: ID, request: Request, response: Response, who: TokenPrincipal = READ,
              limit: LIMIT = pagination.DEFAULT_LIMIT, cursor: CURSOR = None) -> SearchHitPage:
    """Newest first (keyset cursor)."""
    key = pagination.digest("hits", who.user_id, search_id, limit)
    state = pagination.decode(cursor, key)
    before = pagination.int_field(state, "k") if state else None
    with session_scope() as s:
        rows = hits_svc.list_hits(session=s, user_id=who.user_id, search_id=search_id, limit=limit + 1,
                                  before_id=before)
    items = [hit_out(h) for h in rows[:limit]]
    next_cursor = pagination.encode({"k": items[-1].id, "q": key}) if len(rows) > limit else None
    response.headers.update(pagination.link_header(request, next_cursor))
    return SearchHitPage(items=items, next_cursor=next_cursor)


# ------------------------------------------------------------------------------ hidden postings
@router.put("/postings/{posting_id}/hide", response_model=HiddenOut,
            responses=responses(401, 403, 404, 422, 429), summary="Hide a posting (not interested)")
def hide_posting(posting_id: POSTING_ID, body: HideIn | None = None,
                 who: TokenPrincipal = Depends(requires("postings", "write"))) -> HiddenOut:
    """Idempotent; the first reason stays. Hidden postings leave your lists and alerts."""
    with session_scope() as s:
        changed = svc.hide(session=s, user_id=who.user_id, posting_id=posting_id, reason=body.reason if body else None)
    return HiddenOut(posting_id=posting_id, hidden=True, changed=changed)


@router.delete("/postings/{posting_id}/hide", response_model=HiddenOut,
               responses=responses(401, 403, 404, 422, 429), summary="Unhide a posting")
def unhide_posting(posting_id: POSTING_ID, who: TokenPrincipal = Depends(requires("postings", "write"))) -> HiddenOut:
    """404 when you had not hidden it (another user's hide is never touched)."""
    with session_scope() as s:
        if not svc.unhide(session=s, user_id=who.user_id, posting_id=posting_id):
            raise LookupError(f"posting {posting_id} is not hidden")
    return HiddenOut(posting_id=posting_id, hidden=False, changed=True)


@router.get("/hidden-postings", response_model=HiddenPostingPage,
            responses=responses(401, 403, 422, 429), summary="Postings you hid")
def hidden_postings(request: Request, response: Response, who: TokenPrincipal = Depends(requires("postings", "read")),
                    limit: LIMIT = pagination.DEFAULT_LIMIT, cursor: CURSOR = None) -> HiddenPostingPage:
    """Newest hide first, a page at a time."""
    key = pagination.digest("hidden", who.user_id, limit)
    state = pagination.decode(cursor, key)
    start = pagination.int_field(state, "o", minimum=0) if state else 0
    with session_scope() as s:
        rows = svc.list_hidden(session=s, user_id=who.user_id, limit=start + limit + 1)
    items = [HiddenPostingOut(posting_id=h.posting_id, title=h.title, company=h.company, reason=h.reason,
                              hidden_at=h.hidden_at) for h in rows[start:start + limit]]
    next_cursor = pagination.encode({"o": start + limit, "q": key}) if len(rows) > start + limit else None
    response.headers.update(pagination.link_header(request, next_cursor))
    return HiddenPostingPage(items=items, next_cursor=next_cursor)
