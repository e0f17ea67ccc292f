"""MCP tools over the inbox, the writing copilot and the account export — the REST routes of
``apiv1.routes_notifications``, ``routes_documents`` and ``routes_export`` called with the
token's principal (see :mod:`careercopilot.mcp.server`)."""

from typing import Annotated, Any, Literal

from pydantic import Field

from careercopilot.apiv1 import routes_documents, routes_export, routes_notifications
from careercopilot.apiv1.schemas_more import DocumentIn
from careercopilot.mcp.server import Context, Response, dump, fake_request, principal, tool
from careercopilot.routes import MAX_ROW_ID

DocId = Annotated[int, Field(ge=1, le=MAX_ROW_ID, description="Document id (from draft_document or list_documents).")]


def register(server) -> None:
    @tool(server, "notifications", "read", title="Inbox")
    def list_notifications(ctx: Context, unread_only: bool = False,
                           limit: Annotated[int, Field(ge=1, le=100)] = 20,
                           cursor: Annotated[str | None, Field(max_length=500)] = None) -> dict[str, Any]:
        """The user's in-app notifications, newest first: alerts, digests, due reminders, finished
        syncs and writing. Returns {items, unread, next_cursor}."""
        who = principal(ctx, "notifications", "read")
        return dump(routes_notifications.list_notifications(fake_request("/api/v1/notifications"), Response(), who=who,
                                                            unread_only=unread_only, limit=limit, cursor=cursor))

    @tool(server, "notifications", "write", title="Mark a notification read")
    def mark_notification_read(ctx: Context, notification_id: Annotated[int, Field(ge=1, le=MAX_ROW_ID)],
                               ) -> dict[str, Any]:
        """Mark one inbox item read."""
        who = principal(ctx, "notifications", "write")
        return dump(routes_notifications.mark_read(notification_id, who=who))

    @tool(server, "documents", "write", title="Draft a cover letter or follow-up", read_only=False)
    def draft_document(
        ctx: Context,
        application_id: Annotated[int, Field(ge=1, le=MAX_ROW_ID, description="The application it is for.")],
        kind: Annotated[Literal["cover_letter", "follow_up", "thank_you"], Field(description="What to write.")],
        tone: Annotated[str | None, Field(max_length=20, description="Cover letters: e.g. professional, warm.")] = None,
        length: Annotated[str | None, Field(max_length=20, description="Cover letters: short, standard, long.")] = None,
    ) -> dict[str, Any]:
        """Start writing a document from the user's active resume and the posting; it is written in
        the background (status `streaming`) — poll get_document until `ready`. Claims not found
        in the user's sources come back as `flags`."""
        who = principal(ctx, "documents", "write")
        options = {k: v for k, v in {"tone": tone, "length": length}.items() if v}
        body = DocumentIn(kind=kind, application_id=application_id, options=options or None)
        return dump(routes_documents.create_document(body, Response(), who=who))

    @tool(server, "documents", "read", title="Get a document")
    def get_document(ctx: Context, document_id: DocId) -> dict[str, Any]:
        """A document's status (streaming, ready, stopped, failed), text and open grounding flags."""
        who = principal(ctx, "documents", "read")
        return dump(routes_documents.get_document(document_id, who=who))

    @tool(server, "documents", "read", title="List documents")
    def list_documents(ctx: Context, application_id: Annotated[int | None, Field(ge=1, le=MAX_ROW_ID)] = None,
                       limit: Annotated[int, Field(ge=1, le=100)] = 20,
                       cursor: Annotated[str | None, Field(max_length=500)] = None) -> dict[str, Any]:
        """The user's documents, newest first (of one application when given)."""
        who = principal(ctx, "documents", "read")
        return dump(routes_documents.list_documents(fake_request("/api/v1/documents"), Response(), who=who,
                                                    application_id=application_id, limit=limit, cursor=cursor))

    @tool(server, "export", "write", title="Start a full account export", read_only=False)
    def start_export(ctx: Context) -> dict[str, Any]:
        """Build a zip of every row of the account plus uploaded files in the background; follow
        it with get_export (its link works for a limited time)."""
        who = principal(ctx, "export", "write")
        return dump(routes_export.start_export(Response(), who=who))

    @tool(server, "export", "read", title="Export progress and link")
    def get_export(ctx: Context, job_id: Annotated[str, Field(pattern="^[0-9a-f]{32}$",
                                                              description="From start_export.")]) -> dict[str, Any]:
        """Status, progress (0–100) and, once finished, the download links and their expiry."""
        who = principal(ctx, "export", "read")
        return dump(routes_export.get_export(job_id, who=who))
