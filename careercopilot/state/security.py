"""SecurityState: Settings → Security — linked sign-in providers and two-factor (issue 14).

Linking goes through the browser (``/auth/oauth/<provider>/start?link=1``, careercopilot/api_oauth.py),
which comes back to Settings with ``notice=identity_linked`` or an ``error`` code; unlinking and the
two-factor steps are events here. Every database call runs on :mod:`careercopilot.offload`'s pools
(argon2 for "disable with password" on the CPU pool) and passes the signed-in user's id: another
user's identity is "not found".

The enrolment secret and QR code live in the state only while the user sets two-factor up; the
recovery codes only until they dismiss them or leave the page (never stored in clear).
"""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.db import session_scope
from careercopilot.services import auth_messages, identities, oauth, ratelimit, reauth, totp
from careercopilot.services.applications import user_zone
from careercopilot.services.local_time import local_day
from careercopilot.state.auth import current_user_id, session_user
from careercopilot.state.form_feedback import clear_fields, reauth_ids

#: Codes of the ``?error=``/``?notice=`` redirect that this section shows (the rest belong to others).
SECURITY_CODES = frozenset({
    "identity_linked", "identity_taken", "identity_exists", "oauth_cancelled", "oauth_failed", "oauth_state",
    "oauth_unavailable", "oauth_email_unverified", "oauth_email_lookalike", "oauth_reauth_stale", "reauth_other_account",
})


def _overview(uid: int) -> dict:
    """Identities (``{"id", "provider", "label", "email", "since"}``), link buttons for configured
    providers not linked yet, two-factor status and recovery codes left."""
    labels = {p.name: p.label for p in oauth.providers()}
    with session_scope() as s:
        rows = identities.list_identities(session=s, user_id=uid)
        zone = user_zone(s, uid)
        status = totp.status(session=s, user_id=uid)
        left = totp.recovery_codes_left(session=s, user_id=uid)
        how = reauth.method(session=s, user_id=uid)
    linked = {r.provider for r in rows}
    return {
        "identities": [{"id": str(r.id), "provider": r.provider, "label": labels.get(r.provider, r.provider.title()),
                        "email": r.email or "", "since": local_day(r.created_at, zone)} for r in rows],
        "link_options": [{"label": f"Link {p.label}", "href": routes.oauth_start(p.name, link=True),
                          "id": f"link-{p.name}"} for p in oauth.providers() if p.name not in linked],
        "status": status, "left": left, "reauth_method": how, "reauth_prompt": reauth.prompt(how),
        "reauth_links": [{"label": f"Sign in again with {labels.get(r.provider, r.provider.title())}",
                          "href": routes.oauth_start(r.provider, reauth=True, next_path=routes.SETTINGS),
                          "id": f"reauth-{r.provider}"} for r in rows],
    }


def _unlink(uid: int, identity_id: int) -> None:
    with session_scope() as s:
        identities.unlink(session=s, user_id=uid, identity_id=identity_id)


def _begin(uid: int) -> totp.Enrolment:
    with session_scope() as s:
        return totp.begin_enrolment(session=s, user_id=uid)


def _confirm(uid: int, code: str, password: str = "", session_id: int | None = None) -> list[str]:
    """Turn two-factor on: re-authentication first (``services.reauth``), then the app's code."""
    with session_scope() as s:
        reauth.confirm(session=s, user_id=uid, password=password, session_id=session_id)
        return totp.confirm_enrolment(session=s, user_id=uid, code=code)


def _disable(uid: int, code: str, password: str, session_id: int | None = None) -> None:
    """Turn two-factor off. An account with a password must give it (a code alone is not enough: it
    proves the device, not the person); without one, the current code or a recovery code is the proof."""
    with session_scope() as s:
        if reauth.method(session=s, user_id=uid) == "totp":
            totp.disable(session=s, user_id=uid, code=code)
            return
        reauth.confirm(session=s, user_id=uid, password=password, session_id=session_id)
        totp.disable(session=s, user_id=uid, password=password)


class SecurityState(rx.State):
    """Linked identities, two-factor status, the enrolment in progress and messages."""

    identities: list[dict[str, str]] = []
    link_options: list[dict[str, str]] = []
    #: "off" | "pending" | "on" (services/totp.py status)
    totp_status: str = "off"
    codes_left: int = 0
    #: during enrolment: the QR code (data: URI of the SVG) and the base32 secret to type in
    qr_src: str = ""
    secret: str = ""
    #: recovery codes just issued (shown once)
    recovery_codes: list[str] = []
    message: str = ""
    error: str = ""
    #: how this account re-authenticates for sensitive changes: "password" | "totp" | "provider"
    reauth_method: str = "password"
    reauth_prompt: str = ""
    reauth_links: list[dict[str, str]] = []

    async def _refresh(self, uid: int) -> None:
        data = await offload.db(_overview, uid)
        self.identities, self.link_options = data["identities"], data["link_options"]
        self.totp_status, self.codes_left = data["status"], data["left"]
        self.reauth_method, self.reauth_prompt, self.reauth_links = (
            data["reauth_method"], data["reauth_prompt"], data["reauth_links"])

    @rx.event
    async def load_security(self):
        """Load the section; show a link result carried back by the redirect."""
        q = self.router.url.query_parameters
        self.qr_src = self.secret = ""
        self.recovery_codes = []
        self.error = auth_messages.text(q.get("error")) if q.get("error") in SECURITY_CODES else ""
        self.message = auth_messages.text(q.get("notice")) if q.get("notice") in SECURITY_CODES else ""
        uid = await current_user_id(self)
        if uid is not None:
            await self._refresh(uid)

    @rx.event
    async def unlink(self, identity_id: str):
        """Unlink one of the user's providers (refused for the last way to sign in)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            await offload.db(_unlink, uid, int(identity_id))
            self.error, self.message = "", "Unlinked."
        except (LookupError, ValueError):
            self.error, self.message = auth_messages.text("identity_not_found"), ""
        except oauth.OAuthError as exc:
            self.error, self.message = auth_messages.text(exc.code), ""
        await self._refresh(uid)

    @rx.event
    async def begin_totp(self):
        """Start setting up two-factor: show the QR code and the secret."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            enrolment = await offload.db(_begin, uid)
        except totp.TotpError as exc:
            self.error, self.message = str(exc), ""
            return
        self.qr_src, self.secret = totp.qr_data_uri(enrolment.qr_svg), enrolment.secret
        self.error, self.message, self.totp_status = "", "", "pending"

    @rx.event
    async def confirm_totp(self, form: dict):
        """Turn two-factor on with a code from the app; show the recovery codes once (their panel
        scrolled into view, Copy focused — ``state.form_feedback``); a failure keeps the code typed."""
        who = await session_user(self)
        if who is None:
            yield rx.redirect(routes.LOGIN)
            return
        uid = who.user_id
        self.error = self.message = ""
        yield
        try:
            self.recovery_codes = await offload.cpu(_confirm, uid, str(form.get("code", ""))[:32],
                                                    str(form.get("reauth_password", ""))[:512], who.session_id)
        except (totp.TotpError, ratelimit.RateLimited, reauth.ReauthError) as exc:
            self.error = str(exc)
            yield clear_fields(*reauth_ids("totp-confirm"))
            return
        self.qr_src = self.secret = ""
        self.message = "Two-factor sign-in is on."
        await self._refresh(uid)
        # the codes' panel: its Copy button has auto_focus (state.form_feedback)

    @rx.event
    async def disable_totp(self, form: dict):
        """Turn two-factor off (a current code, a recovery code or the password)."""
        who = await session_user(self)
        if who is None:
            return rx.redirect(routes.LOGIN)
        uid = who.user_id
        try:
            await offload.cpu(_disable, uid, str(form.get("code", ""))[:32], str(form.get("reauth_password", ""))[:512],
                              who.session_id)
        except (totp.TotpError, ratelimit.RateLimited, reauth.ReauthError) as exc:
            self.error, self.message = str(exc), ""
            return clear_fields("totp-disable-password")
        self.qr_src = self.secret = ""
        self.recovery_codes = []
        self.error, self.message = "", "Two-factor sign-in is off."
        await self._refresh(uid)

    @rx.event
    def dismiss_codes(self):
        """Hide the recovery codes (they are not shown again)."""
        self.recovery_codes = []
