"""CalendarFeedState: create, rotate and revoke the private iCal feed URL (Settings)."""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.db import session_scope
from careercopilot.services import calendar_feed as svc
from careercopilot.services.local_time import local_minute
from careercopilot.services.applications import user_zone
from careercopilot.state.auth import current_user_id


def _status(uid: int) -> str:
    """When the live feed was created (``YYYY-MM-DD HH:MM`` in the user's zone), "" for none."""
    with session_scope() as s:
        created = svc.token_created_at(session=s, user_id=uid)
        return local_minute(created, user_zone(s, uid)) if created else ""


def _rotate(uid: int) -> tuple[str, str]:
    with session_scope() as s:
        url = svc.rotate_token(session=s, user_id=uid)
    return url, _status(uid)


def _revoke(uid: int) -> bool:
    with session_scope() as s:
        return svc.revoke_token(session=s, user_id=uid)


class CalendarFeedState(rx.State):
    """Whether a feed exists, and its URL right after it was made (shown once: only a hash is
    stored, so a lost URL is replaced by rotating)."""

    created: str = ""
    new_url: str = ""
    message: str = ""

    @rx.event
    async def load_feed(self):
        """Load the feed status (never the URL: it is not stored)."""
        uid = await current_user_id(self)
        if uid is None:
            return
        self.new_url, self.message = "", ""
        self.created = await offload.db(_status, uid)

    @rx.event
    async def submit_rotate(self):
        """Create the feed, or replace its URL (the old one stops working at once)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        had = bool(self.created)
        self.new_url, self.created = await offload.db(_rotate, uid)
        self.message = "New feed URL created; the old one no longer works." if had else "Feed URL created."
        return None

    @rx.event
    async def submit_revoke(self):
        """Turn the feed off: its URL answers "not found" from now on."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        await offload.db(_revoke, uid)
        self.new_url, self.created, self.message = "", "", "Calendar feed turned off."
        return None
