"""ApiTokensState: the user's personal access tokens on Settings (create, show once, revoke).

The new secret lives in ``new_secret`` only until the user dismisses it or leaves the page
(it is never stored, so it can't be shown again).
"""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.db import session_scope
from careercopilot.services import api_tokens, ratelimit, reauth
from careercopilot.services.applications import user_zone
from careercopilot.services.local_time import local_day, local_minute
from careercopilot.state.auth import current_user_id, session_user
from careercopilot.state.form_feedback import clear_fields, reauth_ids

#: DOM id of the create form.
FORM_ID = "token-form"
#: Expiry choices of the form, days.
EXPIRY_DAYS = ("7", "30", "90", "365")


def _rows(uid: int) -> list[dict]:
    """Token rows; expiry and last use in the user's time zone (like every time on the site)."""
    with session_scope() as s:
        rows = api_tokens.list_tokens(session=s, user_id=uid)
        zone = user_zone(s, uid)
    return [{"id": str(r.id), "name": r.name, "prefix": r.prefix + "…", "scopes": ", ".join(r.scopes),
             "status": api_tokens.status(r), "expires": local_day(r.expires_at, zone),
             "last_used": local_minute(r.last_used_at, zone) or "never"} for r in rows]


def _create(uid: int, form: dict, session_id: int | None = None) -> str:
    """Create a token after re-authentication (``services.reauth``: the form's ``reauth_password`` or
    ``reauth_code``, or a fresh provider sign-in); returns its secret."""
    scopes = [f"{res}:{form.get(f'scope_{res}')}" for res in api_tokens.RESOURCES
              if form.get(f"scope_{res}") in api_tokens.MODES]
    with session_scope() as s:
        reauth.confirm(session=s, user_id=uid, password=str(form.get("reauth_password", ""))[:512],
                       code=str(form.get("reauth_code", ""))[:32], session_id=session_id)
        _, secret = api_tokens.create_token(session=s, user_id=uid, name=str(form.get("name", ""))[:200],
                                            scopes=scopes, expires_in_days=str(form.get("expires_days", "30")))
    return secret


def _revoke(uid: int, token_id: int) -> None:
    with session_scope() as s:
        api_tokens.revoke_token(session=s, user_id=uid, token_id=token_id)


class ApiTokensState(rx.State):
    """Token rows, the secret just created (shown once) and messages."""


    tokens: list[dict] = []
    new_secret: str = ""
    message: str = ""
    error: str = ""

    @rx.event
    async def load_tokens(self):
        """Load the token list (and forget any secret shown before)."""
        self.new_secret = self.message = self.error = ""
        uid = await current_user_id(self)
        if uid is not None:
            self.tokens = await offload.db(_rows, uid)

    @rx.event
    async def submit_token(self, form: dict):
        """Create a token from the form; its secret is shown once, in one panel with the warning
        and the Copy button, scrolled into view (``state.form_feedback``). A failure keeps what
        was typed except the password, and keeps a secret shown before: a repeated submit (double
        click, Enter twice, a retried event; Reflex runs it after the first) is refused as a name
        that exists (``api_tokens.NameTaken``) while the first token's secret stays on screen."""
        who = await session_user(self)
        if who is None:
            yield rx.redirect(routes.LOGIN)
            return
        uid = who.user_id
        self.error = self.message = ""
        yield
        try:
            secret = await offload.cpu(_create, uid, form, who.session_id)
        except (api_tokens.TokenError, reauth.ReauthError, ratelimit.RateLimited) as exc:
            self.error = str(exc)
            yield clear_fields(*reauth_ids("token"))
            return
        self.new_secret = secret
        self.tokens = await offload.db(_rows, uid)
        yield clear_fields("token-name", *reauth_ids("token"))  # the panel's Copy has auto_focus

    @rx.event
    async def revoke_token(self, token_id: str):
        """Revoke one of the user's tokens (it stops working at once)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            await offload.db(_revoke, uid, int(token_id))
            self.error, self.message = "", "Token revoked."
        except (LookupError, ValueError):
            self.error = "That token was not found."
        self.tokens = await offload.db(_rows, uid)

    @rx.event
    def dismiss_secret(self):
        """Hide the secret shown after creation."""
        self.new_secret = ""
