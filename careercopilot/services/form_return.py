"""What an auth form post hands back to the page it returns to — the address the user typed —
carried in a short-lived signed cookie, never in the URL.

Why (trial 17 finding 3): the sign-up, sign-in and forgot-password posts redirected to
``/signup?email=…``, ``/login?email=…`` so the page could fill the field in again. An address in a
URL stays in the browser's history and autocomplete, in every proxy and access log on the way
(``uvicorn``/nginx log the request line), in the ``Referer`` of the next request and in any
screenshot or shared link. No personal data goes in a URL: the redirect carries only codes
(``error``, ``notice``, ``retry``, ``step``, a same-site ``next`` path), and the address rides in
:data:`COOKIE` — HttpOnly (scripts cannot read it), ``SameSite=Lax``, ``Secure`` when the site
is served over HTTPS, :data:`MAX_AGE_SECONDS` long, signed with ``SECRET_KEY`` and bound to the one
page it is for (``page``), so it is not an address book a later visitor of another page reads.

The page's ``on_load`` reads it from the connection's cookies (``state.auth.cookie_value``, as the
two-factor step reads ``cc_2fa``). A successful sign-in or sign-up and a sign-out delete it.
"""

from __future__ import annotations

import itsdangerous

from careercopilot.config import settings

#: Cookie name.
COOKIE = "cc_form"
#: Seconds the cookie (and its signature) stay valid: long enough to read the error and type
#: again, short enough that a shared computer does not keep the address.
MAX_AGE_SECONDS = 600
#: Longest address kept (RFC 5321's 254-character path limit, ``users.MAX_EMAIL_LENGTH``).
MAX_EMAIL = 254
_SALT = "cc-form-return-v1"


def _serializer() -> itsdangerous.URLSafeTimedSerializer:
    return itsdangerous.URLSafeTimedSerializer(settings.secret_key, salt=_SALT)


def seal(*, page: str, email: str) -> str:
    """The cookie value giving ``email`` (cut to :data:`MAX_EMAIL`, surrounding blanks dropped)
    back to the page at path ``page`` (``routes.LOGIN``…)."""
    return _serializer().dumps({"p": page.rstrip("/") or "/", "e": email.strip()[:MAX_EMAIL]})


def unseal(value: str | None, *, page: str) -> str:
    """The address a valid cookie ``value`` gives to ``page``; "" when there is none, it is for
    another page, older than :data:`MAX_AGE_SECONDS`, or tampered with."""
    if not value:
        return ""
    try:
        data = _serializer().loads(value, max_age=MAX_AGE_SECONDS)
    except itsdangerous.BadData:
        return ""
    if not isinstance(data, dict) or data.get("p") != (page.rstrip("/") or "/") or not isinstance(data.get("e"), str):
        return ""
    return data["e"][:MAX_EMAIL]


def set_on(response, *, page: str, email: str) -> None:
    """Attach the cookie for ``page`` to a (redirect) ``response``; deletes it when ``email`` is blank."""
    if not email.strip():
        clear(response)
        return
    response.set_cookie(COOKIE, seal(page=page, email=email), max_age=MAX_AGE_SECONDS, httponly=True,
                        samesite="lax", secure=settings.cookie_secure, path="/")


def clear(response) -> None:
    """Delete the cookie (a sign-in, sign-up or sign-out that succeeded)."""
    response.delete_cookie(COOKIE, path="/")
