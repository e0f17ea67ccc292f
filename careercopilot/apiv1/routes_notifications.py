"""``/api/v1/notifications``: the in-app inbox (list, mark one or all read) —
``services.notifications``. Scopes ``notifications:read|write``. Another user's item is a 404."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from careercopilot.apiv1 import pagination
from careercopilot.apiv1.auth import requires
from careercopilot.apiv1.problems import responses
from careercopilot.apiv1.schemas_more import MarkedRead, NotificationOut, NotificationPage
from careercopilot.db import session_scope
from careercopilot.models import Notification
from careercopilot.routes import MAX_ROW_ID
from careercopilot.services import notifications as svc
from careercopilot.services.api_tokens import TokenPrincipal

router = APIRouter(prefix="/notifications", tags=["notifications"])
ID = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="Notification id.")]


def notification_out(n: Notification) -> NotificationOut:
    return NotificationOut(id=n.id, kind=n.kind, title=n.title, body=n.body or "", link=n.link or "",
                           created_at=n.created_at, read_at=n.read_at)


@router.get("", response_model=NotificationPage, responses=responses(401, 403, 422, 429), summary="Your inbox")
def list_notifications(request: Request, response: Response,
                       who: TokenPrincipal = Depends(requires("notifications", "read")),
                       unread_only: bool = False,
                       limit: Annotated[int, Query(ge=1, le=pagination.MAX_LIMIT)] = pagination.DEFAULT_LIMIT,
                       cursor: Annotated[str | None, Query(max_length=500)] = None) -> NotificationPage:
    """Newest first (keyset cursor): saved-search alerts, digests, due reminders, finished syncs
    and writing."""
    key = pagination.digest("notifications", who.user_id, unread_only, limit)
    state = pagination.decode(cursor, key)
    before = pagination.int_field(state, "k") if state else None
    with session_scope() as s:
        rows = svc.list_page(session=s, user_id=who.user_id, limit=limit + 1, before_id=before,
                             unread_only=unread_only)
        unread = svc.unread_count(session=s, user_id=who.user_id)
    items = [notification_out(n) for n in rows[:limit]]
    next_cursor = pagination.encode({"k": items[-1].id, "q": key}) if len(rows) > limit else None
    response.headers.update(pagination.link_header(request, next_cursor))
    return NotificationPage(items=items, unread=unread, next_cursor=next_cursor)


@router.post("/{notification_id}/read", response_model=MarkedRead, responses=responses(401, 403, 404, 422, 429),
             summary="Mark one item read")
def mark_read(notification_id: ID, who: TokenPrincipal = Depends(requires("notifications", "write"))) -> MarkedRead:
    """Idempotent (`changed` 0 when it was read already); 404 when it is not yours."""
    with session_scope() as s:
        svc.get_item(session=s, user_id=who.user_id, notification_id=notification_id)
        changed = svc.mark_read(session=s, user_id=who.user_id, notification_id=notification_id)
        return MarkedRead(changed=changed, unread=svc.unread_count(session=s, user_id=who.user_id))


@router.post("/read-all", response_model=MarkedRead, responses=responses(401, 403, 429), summary="Mark everything read")
def mark_all_read(who: TokenPrincipal = Depends(requires("notifications", "write"))) -> MarkedRead:
    with session_scope() as s:
        changed = svc.mark_read(session=s, user_id=who.user_id)
        return MarkedRead(changed=changed, unread=0)
