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
ADMIN = "/admin"
WRITING = "/writing"
OUTBOX = "/outbox"
#: Saved searches and hidden postings (issue 13).
ALERTS = "/alerts"
INBOX = "/inbox"
#: Password reset: the request form and the "choose a new password" page (token in ``?token=``).
FORGOT = "/forgot"
RESET = "/reset"
INDEX = "/"
#: Route patterns of the detail pages (Reflex dynamic segments); URLs come from the builders below.
JOB_DETAIL = "/jobs/[posting_id]"
APPLICATION_DETAIL = "/applications/[application_id]"
WRITING_DOCUMENT = "/writing/[doc_id]"
#: Reflex's route key of the "not found" page (served for any unknown path).
NOT_FOUND = "404"

AUTH_SIGNUP = "/auth/signup"
AUTH_LOGIN = "/auth/login"
AUTH_LOGOUT = "/auth/logout"
AUTH_PASSWORD = "/auth/password"
AUTH_FORGOT = "/auth/forgot"
AUTH_RESET = "/auth/reset"
AUTH_VERIFY = "/auth/verify"
#: RFC 8058 one-click unsubscribe (``/unsubscribe/<signed token>``, careercopilot/api_mail.py).
UNSUBSCRIBE = "/unsubscribe"
AUTH_DELETE_ACCOUNT = "/auth/delete-account"
#: The second sign-in step (TOTP or recovery code) after the password or a provider sign-in.
AUTH_TWO_FACTOR = "/auth/two-factor"
#: Provider sign-in: ``/auth/oauth/<provider>/start`` and ``…/callback`` (careercopilot/api_oauth.py).
AUTH_OAUTH = "/auth/oauth"
#: The authorization server of first-party clients (careercopilot/api_first_party.py): the consent
#: page (GET, and its form POST), the token endpoint (RFC 6749 §3.2) and revocation (RFC 7009).
OAUTH_AUTHORIZE = "/oauth/authorize"
OAUTH_TOKEN = "/oauth/token"
OAUTH_REVOKE = "/oauth/revoke"

#: Routes that carry no cookie authority, exempt from the Origin check by design
#: (careercopilot/origin_guard.py): a bearer-token API, RFC 8058 one-click unsubscribe (a mail
#: client POSTs it with no Origin), OAuth callbacks (the identity provider redirects the browser
#: back; state + PKCE protect them), the first-party token and revocation endpoints (an extension's
#: service worker posts with its own Origin; they read no cookie: the code with its PKCE verifier, or the
#: token, is the credential), the MCP endpoint ``/mcp`` (bearer tokens; it checks Origin itself:
#: careercopilot/mcp/http.py). A new such route is added here, never special-cased elsewhere.
ORIGIN_EXEMPT_PREFIXES = ("/api/v1/", "/unsubscribe/", "/auth/oauth/", OAUTH_TOKEN, OAUTH_REVOKE, "/mcp/")

#: Pages reachable without a session.
PUBLIC = frozenset({LOGIN, SIGNUP, FORGOT, RESET})

#: Every page route of the app. ``tests/unit/foundation/test_routes_pages.py`` checks that
#: exactly these are registered, and the e2e accessibility test visits each of them — a
#: new page adds its route here (and to that test's visit table).
PAGES = frozenset({
    ALERTS,
    INDEX, LOGIN, SIGNUP, DASHBOARD, JOBS, JOB_DETAIL, APPLICATIONS, APPLICATION_DETAIL, RESUME, PREFERENCES,
    SETTINGS, SOURCES, ANALYTICS, ADMIN, NOT_FOUND, WRITING_DOCUMENT, OUTBOX, FORGOT, RESET, INBOX,
})


def oauth_start(provider: str, *, next_path: str = "", link: bool = False, reauth: bool = False) -> str:
    """``/auth/oauth/<provider>/start`` with the safe ``next`` path, or ``link=1`` (Settings → link);
    ``reauth=1``: sign in again to confirm a sensitive change (the provider must ask for a fresh login)."""
    params = {"link": "1"} if link else ({"reauth": "1"} if reauth else {})
    params |= {"next": next_path} if next_path and not link else {}
    return f"{AUTH_OAUTH}/{provider}/start" + (f"?{urlencode(params)}" if params else "")


#: Largest row id a route accepts: PostgreSQL ``integer``, the bound /api/v1 puts on every id.
MAX_ROW_ID = 2**31 - 1


def parse_row_id(raw: object) -> int | None:
    """The row id ``raw`` (a route segment) names, or None: only ASCII decimal digits (``"²"``,
    ``"١٢"``, ``"+7"``, ``" 7"``, ``"1e3"`` are no ids) with a value in ``1..MAX_ROW_ID``."""
    text = str(raw if raw is not None else "")
    if not (text.isascii() and text.isdigit()) or len(text.lstrip("0")) > len(str(MAX_ROW_ID)):
        return None
    value = int(text)
    return value if 1 <= value <= MAX_ROW_ID else None


def job_detail(posting_id: int | str) -> str:
    """URL of a posting's detail page."""
    return f"{JOBS}/{posting_id}"


def application_detail(application_id: int | str) -> str:
    """URL of an application's detail page."""
    return f"{APPLICATIONS}/{application_id}"


#: Views of the Applications page (its tabs), the first the default; the chosen one is the ``view``
#: query parameter, so a reload or a shared link opens the same tab (issue 10 trial: reload returned
#: to Board).
APPLICATION_VIEWS = ("board", "list")


def applications_view(params: dict) -> str:
    """The Applications view named by query ``params`` (``{"view": "list"}`` → ``"list"``); the
    default (:data:`APPLICATION_VIEWS` [0]) for a missing or unknown value."""
    value = str(params.get("view", "") or "").strip().lower()
    return value if value in APPLICATION_VIEWS else APPLICATION_VIEWS[0]


def applications_url(view: str) -> str:
    """``/applications`` showing ``view`` (no parameter for the default view)."""
    view = applications_view({"view": view})
    return APPLICATIONS if view == APPLICATION_VIEWS[0] else f"{APPLICATIONS}?{urlencode({'view': view})}"


def writing_document(document_id: int | str) -> str:
    """URL of a writing document's page."""
    return f"{WRITING}/{document_id}"


def writing_export(document_id: int | str, fmt: str) -> str:
    """URL of a document's DOCX/PDF export (served by api.py with the session cookie)."""
    return f"/api/writing/{document_id}/export.{fmt}"


def resume_file(resume_id: int | str) -> str:
    """URL of an uploaded resume file (served by api_data.py to its owner, with the session cookie)."""
    return f"/api/resumes/{resume_id}/file"


def export_download(token: str) -> str:
    """URL of an account export behind a signed, expiring token (services.data_export)."""
    return f"/api/exports/{token}"


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


#: Query-string names of the Jobs page's search, filters and page (``/jobs?q=…&mode=remote&page=2``):
#: the URL is the Jobs page's state, so a search can be bookmarked, shared, reloaded, gone back
#: to — and saved (``services.alerts``).
JOBS_URL_PARAMS = {"query": "q", "work_mode": "mode", "country": "country", "salary_floor": "salary",
                   "visa_only": "visa", "posted_within": "posted", "source": "source"}
#: Values of the Jobs filter form that mean "no filter" (``job_views.ANY`` for the selects).
JOBS_EMPTY_FORM = {"work_mode": "any", "country": "", "salary_floor": "", "visa_only": "",
                   "posted_within": "any", "source": "any"}


#: Query parameter (and value) of the Jobs page's "all open postings, newest first" list.
JOBS_NEWEST = ("order", "newest")


def jobs_search(query: str, form: dict, page: int = 1, *, newest: bool = False) -> str:
    """``/jobs`` with the non-default search/filter values (and page > 1) as query parameters;
    ``newest``: every open posting newest first instead of the ranked list (:data:`JOBS_NEWEST`)."""
    params = {JOBS_URL_PARAMS["query"]: query.strip()} if query.strip() else {}
    if newest:
        params[JOBS_NEWEST[0]] = JOBS_NEWEST[1]
    for key, name in JOBS_URL_PARAMS.items():
        value = str(form.get(key, "") or "").strip()
        if key != "query" and value and value != JOBS_EMPTY_FORM.get(key):
            params[name] = value
    if page > 1:
        params["page"] = str(page)
    return JOBS + (f"?{urlencode(params)}" if params else "")
