"""MCP tools over postings, hidden postings, saved searches, preferences and analytics — the
REST routes of ``apiv1.routes_postings``, ``routes_alerts``, ``routes_preferences`` and
``routes_analytics`` called with the token's principal (see :mod:`careercopilot.mcp.server`)."""

from typing import Annotated, Any, Literal

from pydantic import Field

from careercopilot.apiv1 import routes_alerts, routes_analytics, routes_postings, routes_preferences
from careercopilot.apiv1.schemas_more import SavedSearchIn, SavedSearchUpdate, SearchFilters
from careercopilot.mcp.server import Context, Response, current_etag, dump, fake_request, principal, tool
from careercopilot.routes import MAX_ROW_ID

PostingId = Annotated[int, Field(ge=1, le=MAX_ROW_ID, description="Posting id (from search_postings).")]
SearchId = Annotated[int, Field(ge=1, le=MAX_ROW_ID, description="Saved search id (from list_saved_searches).")]
Limit = Annotated[int, Field(ge=1, le=100, description="Items per page.")]
Cursor = Annotated[str | None, Field(max_length=500, description="next_cursor of the previous page.")]
WorkMode = Literal["remote", "hybrid", "onsite"]


def register(server) -> None:
    @tool(server, "postings", "read", title="Search job postings")
    def search_postings(
        ctx: Context,
        q: Annotated[str, Field(max_length=500, description="Search text, e.g. 'python berlin visa'; empty: "
                                                             "postings ranked by match score.")] = "",
        work_mode: Annotated[WorkMode | None, Field(description="Only this work mode.")] = None,
        country: Annotated[str | None, Field(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2.")] = None,
        salary_floor: Annotated[float | None, Field(ge=0, le=10_000_000, description="Annual, in USD.")] = None,
        visa_only: Annotated[bool, Field(description="Only postings offering visa sponsorship.")] = False,
        posted_within_days: Annotated[int | None, Field(ge=1, le=3650)] = None,
        limit: Limit = 10,
        cursor: Cursor = None,
    ) -> dict[str, Any]:
        """Postings for the user, ranked by match score for their active resume (or by relevance
        to `q`), each with its score (0–100) and matched/missing skills. Returns
        {items, total, ranked, total_about, next_cursor} (total_about: about how many match a `q`
        whose words match more postings than are listed; else null)."""
        who = principal(ctx, "postings", "read")
        return dump(routes_postings.list_postings(
            fake_request("/api/v1/postings"), Response(), who=who, q=q or None, work_mode=work_mode, country=country,
            salary_floor=salary_floor, visa_only=visa_only, posted_within_days=posted_within_days, limit=limit,
            cursor=cursor))

    @tool(server, "postings", "read", title="Get a posting with its match explanation")
    def get_posting(ctx: Context, posting_id: PostingId) -> dict[str, Any]:
        """One posting with why it scored what it did for the user: score, components (0–1),
        matched and missing skills, preference checks; and the id of the application tracking it."""
        who = principal(ctx, "postings", "read")
        return dump(routes_postings.get_posting(posting_id, who=who))

    @tool(server, "postings", "write", title="Hide a posting (not interested)", read_only=False)
    def hide_posting(ctx: Context, posting_id: PostingId,
                     reason: Annotated[str | None, Field(max_length=200, description="Why (optional).")] = None,
                     ) -> dict[str, Any]:
        """Hide a posting from the user's lists and alerts (idempotent)."""
        who = principal(ctx, "postings", "write")
        from careercopilot.apiv1.schemas_more import HideIn

        return dump(routes_alerts.hide_posting(posting_id, HideIn(reason=reason), who=who))

    @tool(server, "postings", "write", title="Unhide a posting", read_only=False)
    def unhide_posting(ctx: Context, posting_id: PostingId) -> dict[str, Any]:
        """Undo hide_posting (not found when the user had not hidden it)."""
        who = principal(ctx, "postings", "write")
        return dump(routes_alerts.unhide_posting(posting_id, who=who))

    @tool(server, "searches", "read", title="List saved searches")
    def list_saved_searches(ctx: Context, limit: Limit = 20, cursor: Cursor = None) -> dict[str, Any]:
        """The user's saved searches (name, text, filters, delivery, active). Returns {items, next_cursor}."""
        who = principal(ctx, "searches", "read")
        return dump(routes_alerts.list_saved_searches(fake_request("/api/v1/saved-searches"), Response(), who=who,
                                                      limit=limit, cursor=cursor))

    @tool(server, "searches", "write", title="Save a search")
    def create_saved_search(
        ctx: Context,
        name: Annotated[str, Field(min_length=1, max_length=120, description="Unique among the user's searches.")],
        query: Annotated[str, Field(max_length=200, description="Search text (empty: filters only).")] = "",
        work_mode: WorkMode | None = None,
        country: Annotated[str | None, Field(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2.")] = None,
        delivery: Annotated[Literal["instant", "daily", "weekly", "in_app"],
                            Field(description="How new matches reach the user.")] = "daily",
    ) -> dict[str, Any]:
        """Save a search; new postings matching it are reported from now on."""
        who = principal(ctx, "searches", "write")
        body = SavedSearchIn(name=name, query=query, delivery=delivery,
                             filters=SearchFilters(work_mode=work_mode, country=country))
        return dump(routes_alerts.create_saved_search(body, Response(), who=who))

    @tool(server, "searches", "write", title="Pause, resume, rename or re-route a saved search")
    def update_saved_search(
        ctx: Context, search_id: SearchId,
        name: Annotated[str | None, Field(min_length=1, max_length=120)] = None,
        delivery: Literal["instant", "daily", "weekly", "in_app"] | None = None,
        active: Annotated[bool | None, Field(description="false pauses, true resumes.")] = None,
    ) -> dict[str, Any]:
        """Change the fields given (last write wins)."""
        who = principal(ctx, "searches", "write")
        changes = {k: v for k, v in {"name": name, "delivery": delivery, "active": active}.items() if v is not None}
        return dump(routes_alerts.update_saved_search(search_id, SavedSearchUpdate(**changes), Response(),
                                                      if_match=current_etag(lambda r: routes_alerts.get_saved_search(
                                                          search_id, r, who=who)), who=who))

    @tool(server, "searches", "write", title="Delete a saved search", destructive=True)
    def delete_saved_search(ctx: Context, search_id: SearchId) -> dict[str, Any]:
        """Delete the saved search and its hits."""
        who = principal(ctx, "searches", "write")
        routes_alerts.delete_saved_search(search_id, who=who)
        return {"deleted": search_id}

    @tool(server, "searches", "read", title="New postings a saved search found")
    def list_search_hits(ctx: Context, search_id: SearchId, limit: Limit = 20, cursor: Cursor = None) -> dict[str, Any]:
        """Newest first: posting id, title, company, score when found, delivery. Returns {items, next_cursor}."""
        who = principal(ctx, "searches", "read")
        return dump(routes_alerts.list_hits(search_id, fake_request(f"/api/v1/saved-searches/{search_id}/hits"),
                                            Response(), who=who, limit=limit, cursor=cursor))

    @tool(server, "preferences", "read", title="Job-search preferences")
    def get_preferences(ctx: Context) -> dict[str, Any]:
        """What the user is looking for: titles, places, work modes, salary floor, visa, seniority."""
        who = principal(ctx, "preferences", "read")
        return dump(routes_preferences.get_preferences(who=who))

    @tool(server, "analytics", "read", title="Search analytics summary")
    def get_analytics(ctx: Context, weeks: Annotated[int, Field(ge=1, le=260, description="Weeks of the "
                                                                                         "per-week series.")] = 12,
                      ) -> dict[str, Any]:
        """Funnel, response and interview rates (0–1), median days to a response, applications per
        week, breakdowns by source and work mode, the skills top matches miss most."""
        who = principal(ctx, "analytics", "read")
        return dump(routes_analytics.get_analytics(who=who, weeks=weeks))
