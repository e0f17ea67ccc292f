"""Route constants and URL builders (pattern: reflex-examples form-designer ``routes.py``)."""

from __future__ import annotations

from urllib.parse import unquote, urlencode, urlsplit

LOGIN = "/login"
SIGNUP = "/signup"
DASHBOARD = "/dashboard"
JOBS = "/jobs"
APPLICATIONS = "/applications"
RESUME = "/resume"
PREFERENCES = "/preferences"
SETTINGS = "/settings"
SOURCES = "/sources"
ANALYTICS = "/analytics"
INDEX = "/"

AUTH_SIGNUP = "/auth/signup"
AUTH_LOGIN = "/auth/login"
AUTH_LOGOUT = "/auth/logout"
AUTH_PASSWORD = "/auth/password"

#: Pages reachable without a session.
PUBLIC = frozenset({LOGIN, SIGNUP})


def job_detail(posting_id: int | str) -> str:
    """URL of a posting's detail page."""
    return f"{JOBS}/{posting_id}"


def application_detail(application_id: int | str) -> str:
    """URL of an application's detail page."""
    return f"{APPLICATIONS}/{application_id}"


#: Longest ``next`` return path accepted (longer values are dropped, not truncated).
MAX_NEXT_LENGTH = 2000


def safe_next(value: str | None) -> str | None:
    """``value`` if it is a safe post-login return path on this site, else None.

    Accepted: a same-site relative path such as ``/applications/1`` or
    ``/jobs?q=python`` — it starts with exactly one ``/``, is printable ASCII (browsers
    send paths percent-encoded), has no backslash, no scheme and no host, and is at
    most :data:`MAX_NEXT_LENGTH` characters. Refused (None): absolute URLs
    (``https://evil.example``), scheme-relative ``//host`` and ``/\\host`` forms (also
    percent-encoded), ``javascript:`` and other schemes, control characters or spaces
    (browsers strip tabs/newlines, so ``/<tab>/host`` would become ``//host``), the login/sign-up
    pages and ``/auth/*`` form endpoints (no loops). The site root ``/`` gives None
    too: the default landing page is the dashboard anyway.
    """
    if not value or len(value) > MAX_NEXT_LENGTH or not value.startswith("/") or value.startswith("//"):
        return None
    if not value.isascii() or any(ch == "\\" or not ch.isprintable() or ch.isspace() for ch in value):
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return None
    decoded = unquote(parts.path)
    if decoded.startswith("//") or "\\" in decoded:  # %2F%2Fhost, %5Chost: refused even though encoded
        return None
    path = parts.path.rstrip("/")
    if not path or path in (LOGIN, SIGNUP) or path.startswith("/auth/") or path == "/auth":
        return None
    return value


def login_url(next_path: str | None = None) -> str:
    """The login page URL, carrying ``next`` (see :func:`safe_next`) when it is safe.

    ``login_url("/applications/1")`` → ``"/login?next=/applications/1"``; an unsafe or
    empty ``next_path`` gives plain ``"/login"``.
    """
    target = safe_next(next_path)
    if target is None:
        return LOGIN
    return f"{LOGIN}?{urlencode({'next': target}, safe='/')}"
