"""``/api/v1/postings``: ranked list, search, filters, detail with the match explanation.

Same rules as the Jobs pages (``services.matching`` / ``services.job_views``): closed postings,
duplicates and other users' private postings never appear; another user's private posting
is a 404 like an unknown id.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import ValidationError

from careercopilot.apiv1 import pagination
from careercopilot.apiv1.auth import requires
from careercopilot.apiv1.problems import Problem, responses
from careercopilot.apiv1.schemas import PostingOut, PostingPage, WorkMode
from careercopilot.db import session_scope
from careercopilot.routes import MAX_ROW_ID
from careercopilot.schemas import JobFilters
from careercopilot.services import applications, job_views, matching, resumes
from careercopilot.services.api_tokens import TokenPrincipal

router = APIRouter(prefix="/postings", tags=["postings"])
_ERRORS = responses(401, 403, 422, 429)
ID = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="Posting id.")]


@router.get("", response_model=PostingPage, responses=_ERRORS, summary="List or search postings")
def list_postings(
    request: Request, response: Response,
    who: TokenPrincipal = Depends(requires("postings", "read")),
    q: Annotated[str | None, Query(max_length=500, description="Search text, e.g. `python berlin visa`.")] = None,
    work_mode: WorkMode | None = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2.")] = None,
    salary_floor: Annotated[str | None, Query(max_length=60, description="Annual, in salary_currency: a number or "
                                              "text as people write it (`120000`, `$120k+`, `€60k`, `$60/hr` "
                                              "is annualized; a typed currency wins).")] = None,
    salary_currency: Annotated[str, Query(pattern="^[A-Za-z]{3}$")] = "USD",
    visa_only: bool = False,
    posted_within_days: Annotated[int | None, Query(ge=1, le=3650)] = None,
    source: Annotated[str | None, Query(max_length=40, description="Source type, e.g. greenhouse.")] = None,
    limit: Annotated[int, Query(ge=1, le=pagination.MAX_LIMIT)] = pagination.DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> PostingPage:
    """Postings for the token's user: ranked by match score for the active resume, by
    relevance when `q` is given, newest first when there is no active resume."""
    from careercopilot.normalize.salary_input import parse_salary_input

    try:  # the one money parser of every form (normalize.salary_input)
        typed = parse_salary_input(salary_floor)
    except ValueError as exc:
        raise Problem(422, str(exc)) from None
    floor = typed.per_year() if typed else None
    if floor is not None and floor > job_views.MAX_SALARY_FLOOR:
        raise Problem(422, f"The salary floor must be at most {job_views.MAX_SALARY_FLOOR:,} a year.")
    try:
        filters = JobFilters(work_mode=work_mode, country=country, salary_floor=floor or None,
                             salary_currency=(typed and typed.currency or salary_currency).upper(), visa_only=visa_only,
                             posted_within_days=posted_within_days, source_type=source or None)
    except ValidationError as exc:
        raise Problem(422, "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())) from None
    text = (q or "").strip()
    key = pagination.digest("postings", who.user_id, text, filters.model_dump(), limit)
    state = pagination.decode(cursor, key)
    page = pagination.int_field(state, "p") if state else 1
    with session_scope() as s:
        has_resume = resumes.get_active_resume(session=s, user_id=who.user_id)
        about = None
        if text:
            ranked = matching.search_postings(session=s, user_id=who.user_id, query=text, filters=filters,
                                              page=page, page_size=limit)
            items, total, is_ranked, about = ranked.items, ranked.total, True, ranked.total_about
        elif has_resume is not None:
            ranked = matching.rank_postings(session=s, user_id=who.user_id, filters=filters, page=page, page_size=limit)
            items, total, is_ranked = ranked.items, ranked.total, True
        else:
            items, total = job_views.browse_postings(session=s, user_id=who.user_id, filters=filters, page=page,
                                                     page_size=limit)
            is_ranked = False
    more = page * limit < total and bool(items)
    next_cursor = pagination.encode({"p": page + 1, "q": key}) if more else None
    response.headers.update(pagination.link_header(request, next_cursor))
    return PostingPage(items=items, total=total, ranked=is_ranked, total_about=about, next_cursor=next_cursor)


@router.get("/{posting_id}", response_model=PostingOut, responses=responses(401, 403, 404, 422, 429),
            summary="A posting with its match explanation")
def get_posting(posting_id: ID, who: TokenPrincipal = Depends(requires("postings", "read"))) -> PostingOut:
    """The posting, the user's match explanation (score, components, matched/missing skills,
    preference checks) and the id of the application tracking it."""
    with session_scope() as s:
        detail, explanation = matching.posting_detail(session=s, user_id=who.user_id, posting_id=posting_id)
        app = applications.application_for_posting(session=s, user_id=who.user_id, posting_id=posting_id)
    return PostingOut(posting=detail, match=explanation, application_id=app.id if app else None)
