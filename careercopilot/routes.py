"""Route constants and URL builders (pattern: reflex-examples form-designer ``routes.py``)."""

from __future__ import annotations

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
