"""Backend routes of the email flows, mounted on :data:`careercopilot.api.app`.

* ``GET /unsubscribe/<token>`` — a confirmation page only (mail scanners and link previews
  fetch links: a GET never changes anything); its button POSTs the one-click form.
* ``POST /unsubscribe/<token>`` with body ``List-Unsubscribe=One-Click`` — RFC 8058 one-click
  unsubscribe: no session, no CSRF token (the signed token is the authority; the path is in
  :data:`careercopilot.routes.ORIGIN_EXEMPT_PREFIXES`, so mail clients that POST without an
  Origin are let through).

Pages are small self-contained HTML (text escaped); database work runs on
:mod:`careercopilot.offload`'s pool.
"""

from __future__ import annotations

import html

import structlog
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from careercopilot import offload, routes
from careercopilot.db import session_scope
from careercopilot.services.mail import outbox, tokens

log = structlog.get_logger(__name__)
router = APIRouter()

#: What each unsubscribe topic is called on the confirmation page.
TOPIC_NAMES = {"digest": "job digests", "alerts": "saved-search alerts", "search_alert": "saved-search alerts",
               "reminders": "follow-up reminders",
               "reminder_due": "follow-up reminders",
               "test": "test messages"}
ONE_CLICK = "One-Click"


#: The standalone pages' look: the app's indigo accent, readable on a phone, 44 px targets
#: (WCAG 2.5.5), a visible focus ring (CSP allows inline styles: api.py ``style-src``).
_PAGE_CSS = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;color:#1c2024;background:#f9f9fb;"
    "margin:0;padding:1rem}main{max-width:32rem;margin:2rem auto;background:#fff;border:1px solid #e0e1e6;"
    "border-radius:12px;padding:1.5rem}h1{font-size:1.5rem;margin:0 0 .75rem}p{margin:0 0 1rem}"
    "button{font:inherit;font-weight:600;min-height:44px;padding:.5rem 1.25rem;border:0;border-radius:8px;"
    "background:#3e63dd;color:#fff;cursor:pointer}button:hover{background:#3358d4}"
    "a{color:#3a5bc7}a,button{outline-offset:3px}a:focus-visible,button:focus-visible{outline:3px solid #1f2d5c}"
    ".brand{font-weight:700;color:#3a5bc7;margin-bottom:1rem}"
)


def simple_page(title: str, *paragraphs: str, form: str = "", status: int = 200) -> HTMLResponse:
    """A small standalone HTML page in the app's look (``paragraphs`` are escaped; ``form`` is
    trusted markup)."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{html.escape(title)} · Career Copilot</title>'
            f'<style>{_PAGE_CSS}</style></head><body>'
            f'<main><p class="brand">Career Copilot</p><h1 id="page-title">{html.escape(title)}</h1>{body}{form}'
            f'<p><a href="{routes.LOGIN}">Open Career Copilot</a></p></main></body></html>')
    return HTMLResponse(page, status_code=status)


def _topic_name(topic: str) -> str:
    """What the user reads for a mail topic (never the internal name, e.g. ``search_alert``)."""
    from careercopilot.services.notifications import KIND_LABELS

    if topic in TOPIC_NAMES:
        return TOPIC_NAMES[topic]
    label = KIND_LABELS.get(topic)
    return f"{label[0].lower()}{label[1:]}" if label else "these emails"


def _link_state(token: str) -> str:
    """``"invalid"`` (the account is scheduled for deletion or gone), ``"done"`` (already opted
    out) or ``"ask"``."""
    with session_scope() as s:
        if not outbox.link_usable(session=s, token=token):
            return "invalid"
        return "done" if outbox.is_unsubscribed(session=s, token=token) else "ask"


@router.get(routes.UNSUBSCRIBE + "/{token}")
async def unsubscribe_confirm(token: str) -> HTMLResponse:
    """Confirmation page with a one-click button (never unsubscribes by itself)."""
    topic = outbox.describe_topic(token)
    state = "invalid" if topic is None else await offload.db(_link_state, token)
    if state == "invalid":
        return simple_page("Link not valid", "This unsubscribe link is not valid or has expired. You can change "
                           "which emails you get in the app's settings.", status=400)
    if state == "done":  # opened again after unsubscribing: say so, do not ask again
        return simple_page("Unsubscribed", f"You no longer receive {_topic_name(topic)} by email. To get them "
                           "again, turn their email back on under Settings → Notifications.")
    form = (f'<form method="post" action="{routes.UNSUBSCRIBE}/{html.escape(token)}">'
            f'<input type="hidden" name="List-Unsubscribe" value="{ONE_CLICK}">'
            f'<button type="submit" id="unsubscribe-confirm">Unsubscribe</button></form>')
    return simple_page("Unsubscribe", f"Stop receiving {_topic_name(topic)} by email? You will still see them in "
                       "the app's inbox.", form=form)


def _apply(token: str) -> str:
    with session_scope() as s:
        return outbox.unsubscribe(session=s, token=token)[1]


@router.post(routes.UNSUBSCRIBE + "/{token}")
async def unsubscribe_one_click(token: str, request: Request) -> HTMLResponse:
    """RFC 8058 §3.2: the body must be ``List-Unsubscribe=One-Click``; 400 otherwise or for a bad token."""
    form = await request.form()
    if form.get("List-Unsubscribe") != ONE_CLICK:
        return simple_page("Not unsubscribed", "The request did not say List-Unsubscribe=One-Click.", status=400)
    try:
        topic = await offload.db(_apply, token)
    except tokens.InvalidToken:
        return simple_page("Link not valid", "This unsubscribe link is not valid or has expired.", status=400)
    log.info("mail.unsubscribed", topic=topic)
    return simple_page("Unsubscribed", f"You will no longer receive {_topic_name(topic)} by email.")


# ----------------------------------------------------------------------------- account flows
# Registered by careercopilot/api.py after its helpers exist (``core`` below is that module).


def _core():
    from careercopilot import api as core

    return core


@router.post(routes.AUTH_FORGOT)
async def forgot(request: Request):
    """Ask for a reset link. Always the same answer (``/login?notice=reset_requested``) whether
    or not the account exists; the lookup and the mail happen in a background job
    (``jobs.mail.send_password_reset``), so the answer also takes the same time. Rate-limited per
    client IP and per address (``AUTH_RATE_LIMIT_*``)."""
    core = _core()
    if not core._csrf_ok(request):
        return core.PlainTextResponse("Cross-site form post refused.", status_code=403)
    form = await core._form(request)
    email = form.get("email", "")[:254]
    if not email.strip():  # the page requires it; a bare POST gets the same error, and no job is queued
        return core._redirect(request, routes.FORGOT, error="email_invalid")

    def start() -> None:
        from careercopilot.services import users
        from careercopilot.services.background import enqueue

        core._rate_limit(request, "reset", email)
        enqueue("jobs.mail.send_password_reset", users.limit_key(email))

    try:
        await offload.db(start)
    except core.ratelimit.RateLimited as exc:
        return core._back(request, routes.FORGOT, email=email, **core._error_params(exc))
    # the address comes back (in the form-return cookie, never the URL): the login form is filled
    # in, and without SMTP the notice names the exact command the operator runs for it
    # (auth_messages.OUTBOX_MESSAGES)
    return core._back(request, routes.LOGIN, email=email, notice="reset_requested")


@router.post(routes.AUTH_RESET)
async def reset(request: Request):
    """Set a new password through a reset link: the token must be valid, unused and at most 30
    minutes old; every session of the account is revoked. Success → ``/login?notice=password_reset``."""
    from careercopilot.services import account_mail
    from careercopilot.services.passwords import PasswordPolicyError

    core = _core()
    if not core._csrf_ok(request):
        return core.PlainTextResponse("Cross-site form post refused.", status_code=403)
    form = await core._form(request)
    token = form.get("token", "")

    def apply() -> int:  # argon2 hashing + database: on the CPU pool
        core._rate_limit(request, "reset-set", "")
        if form.get("new_password", "") != form.get("new_password_confirm", ""):
            from careercopilot.services.users import AccountError

            raise AccountError("The two new passwords do not match.", "new_passwords_differ")
        with session_scope() as s:
            return account_mail.reset_password(session=s, token=token, new_password=form.get("new_password", ""))

    try:
        await offload.cpu(apply)
    except tokens.InvalidToken as exc:
        return core._redirect(request, routes.FORGOT, error="reset_expired" if exc.expired else "reset_invalid")
    except (core.users.AccountError, PasswordPolicyError, core.ratelimit.RateLimited) as exc:
        return core._redirect(request, routes.RESET, token=token, **core._error_params(exc))
    log.info("auth.password_reset")
    return core._redirect(request, routes.LOGIN, notice="password_reset")


@router.get(routes.AUTH_VERIFY)
async def verify(request: Request):
    """Confirm an address from the emailed link (a signed token; no session needed), then go to
    the login page with a notice. Idempotent: opening the link twice is harmless."""
    from fastapi.responses import RedirectResponse

    from careercopilot.services import account_mail

    token = request.query_params.get("token", "")

    def apply() -> int:
        with session_scope() as s:
            return account_mail.verify_email(session=s, token=token)

    try:
        await offload.db(apply)
    except tokens.InvalidToken as exc:
        code = "verify_expired" if exc.expired else "verify_invalid"
        return RedirectResponse(f"{routes.LOGIN}?error={code}", status_code=303)
    return RedirectResponse(f"{routes.LOGIN}?notice=email_verified", status_code=303)
