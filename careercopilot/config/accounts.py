"""Account settings of :class:`careercopilot.config.Settings`: sessions, sign-in limits, OAuth /
OpenID providers, two-factor, the REST API and its tokens, first-party OAuth clients, data rights."""

from __future__ import annotations

import ipaddress

from pydantic import BaseModel, Field, field_validator

from careercopilot.config.clients import FirstPartyClient


class AccountSettings(BaseModel):
    """Fields and derived values of accounts and sign-in (a section of ``Settings``)."""

    # --- accounts -----------------------------------------------------------------
    #: Idle timeout of a login session, seconds (sliding).
    session_idle_seconds: int = 3600
    #: Absolute lifetime of a login session, seconds (7 days).
    session_absolute_seconds: int = 7 * 24 * 3600
    session_cookie_name: str = "cc_session"
    #: Seconds a backend process reuses a session cookie's validation across websocket handlers
    #: (services/session_checks.py; 0 = validate on every handler). A session revoked by another
    #: process stops working within this time; revocations in the same process at once.
    session_check_seconds: float = Field(default=2.0, ge=0, le=5)
    #: Login/sign-up attempts allowed per window, per client IP and per account.
    auth_rate_limit_ip: int = 20
    auth_rate_limit_account: int = 8
    auth_rate_window_seconds: int = 300
    #: Private calendar-feed requests (``/calendar/<token>.ics``) allowed per client IP per
    #: ``auth_rate_window_seconds`` (calendar apps poll a few times an hour; guessing is cut short).
    ical_feed_rate_limit: int = 60
    #: Proxies whose X-Forwarded-For header is trusted (e.g. nginx): addresses or networks in CIDR
    #: form (``"172.18.0.10"``, ``"10.0.0.0/8"``, ``"fd00::/8"``); checked by ``careercopilot.api.is_trusted_proxy``.
    trusted_proxies: list[str] = Field(default_factory=list)
    default_timezone: str = "UTC"
    #: The first account created on an instance with no accounts becomes its admin
    #: (manages job sources). Unset → on for the embedded default (a personal install),
    #: off with DATABASE_URL (production: create admins with ``create-user --admin``).
    first_account_admin: bool | None = None

    @field_validator("trusted_proxies")
    @classmethod
    def _proxy_networks(cls, value: list[str]) -> list[str]:
        """Each entry an IP address or a network (``ipaddress.ip_network``, host bits allowed), kept
        in its canonical form; anything else is a start-up error — a range compared as text never
        matched, so every client shared the proxy's rate-limit bucket (session 13 attacker)."""
        out = []
        for entry in value:
            try:
                text = str(entry).strip()
                out.append(str(ipaddress.ip_network(text, strict=False) if "/" in text else ipaddress.ip_address(text)))
            except ValueError:
                raise ValueError(f"TRUSTED_PROXIES: {entry!r} is not an IP address or network "
                                 "(e.g. 172.18.0.10 or 10.0.0.0/8)") from None
        return out

    # --- OAuth / OpenID sign-in and two-factor (services/oauth.py, services/totp.py) -----
    #: Google sign-in (OpenID Connect): both set → the "Continue with Google" button appears.
    google_client_id: str | None = None
    google_client_secret: str | None = None
    #: OpenID discovery document of the Google provider (tests point it at a loopback provider).
    google_discovery_url: str = "https://accounts.google.com/.well-known/openid-configuration"
    #: GitHub sign-in (OAuth app): both set → the "Continue with GitHub" button appears.
    github_client_id: str | None = None
    github_client_secret: str | None = None
    #: GitHub's web origin (authorize, access_token) and REST API base (``/user``, ``/user/emails``);
    #: GitHub Enterprise or a loopback test API override them.
    github_url: str = "https://github.com"
    github_api_url: str = "https://api.github.com"
    #: Two-factor code attempts allowed per AUTH_RATE_WINDOW_SECONDS, per account.
    totp_rate_limit: int = Field(default=5, ge=1)

    # --- REST API (/api/v1, personal access tokens) --------------------------------
    #: Requests one personal access token may make per window (through services/ratelimit.py).
    api_rate_limit: int = Field(default=120, ge=1)
    api_rate_window_seconds: int = Field(default=60, ge=1)
    #: Failed bearer-token authentications (unknown, revoked, expired token) one client IP may make
    #: per AUTH_RATE_WINDOW_SECONDS on /api/v1 and /mcp; past it every bearer request from that IP
    #: is 429 + Retry-After until the window ends (attack106 item 5: 300 guesses met no limit).
    api_token_failure_limit: int = Field(default=20, ge=1)
    #: Longest lifetime a new token may have, days (the Settings form and CLI offer up to this).
    api_token_max_days: int = Field(default=365, ge=1)
    #: A token's last-used time is written at most once per this many seconds.
    api_token_touch_seconds: int = Field(default=60, ge=0)
    #: Tokens one user may hold at once (revoked and expired ones do not count).
    api_tokens_per_user: int = Field(default=20, ge=1)
    #: Largest job-clipper request body (POST /api/v1/clips and the /clip window), bytes: the
    #: page's HTML + JSON-LD; 413 past it (services/clips.py).
    clip_max_bytes: int = Field(default=3_000_000, ge=10_000)

    # --- first-party sign-in (OAuth 2.0 authorization code + PKCE, services/first_party.py) ---
    #: Registered first-party clients, JSON list of ``{"client_id", "name", "redirect_uris", "scopes"?}``
    #: (:class:`FirstPartyClient`); empty: the authorization server refuses every client.
    oauth_clients: list[FirstPartyClient] = Field(default_factory=list)
    #: Lifetime of a JWT access token, seconds (issue 14: 1 h).
    oauth_access_token_seconds: int = Field(default=3600, ge=60, le=86_400)
    #: Lifetime of each refresh token of a rotation family, days (issue 14: 7 d; each rotation restarts it).
    oauth_refresh_token_days: int = Field(default=7, ge=1, le=90)
    #: Lifetime of an authorization code, seconds (RFC 6749 §4.1.2 recommends at most 10 minutes).
    oauth_code_seconds: int = Field(default=60, ge=10, le=600)
    #: Token/revocation/approval requests allowed per client IP per AUTH_RATE_WINDOW_SECONDS.
    oauth_rate_limit: int = Field(default=60, ge=1)

    #: Most applications one account's tracker holds (``services.applications.room_left``): saving,
    #: adding and CSV import stop there with a clear message. A job search of several years is a few
    #: thousand; 50,000 is the import's tested scale (``test_50k_row_import_is_streamed_with_progress``);
    #: the bound keeps one account from growing the database without end (session 13 attacker: one
    #: 3 MB CSV imported 200,000 rows, and that account's pages stopped loading).
    max_applications_per_user: int = Field(default=50_000, ge=1)

    # --- data rights (services/data_export.py, services/account_deletion.py) --------
    #: An account export's download link (and the stored zip) lives this long, seconds.
    export_link_ttl_seconds: int = Field(default=86_400, ge=60)
    #: Account exports one user may START per hour (``services.export_jobs.start``, through
    #: ``services.ratelimit``); asking again while one is queued or running returns that one and is not
    #: counted. attack80 finding 4: 102 POSTs in 40 s kept 48 zips on disk.
    export_starts_per_hour: int = Field(default=6, ge=1)
    #: Days between a deletion request and the purge; signing in within them cancels it.
    deletion_grace_days: int = Field(default=7, ge=0)
    #: An account without a password (provider sign-in) and without two-factor re-authenticates for
    #: sensitive changes by signing in again: its session must be at most this old, seconds
    #: (services/reauth.py).
    reauth_fresh_seconds: int = Field(default=600, ge=60)
    #: Re-import of an export (services/data_import.py): uncompressed bytes read in all, bytes
    #: (data.json + resume files, counted as they inflate), and members of the zip.
    import_max_bytes: int = Field(default=134_217_728, ge=1_048_576)
    import_max_members: int = Field(default=10_000, ge=10)

    @property
    def first_account_is_admin(self) -> bool:
        """Whether sign-up makes the instance's first account an admin (see the field)."""
        return self.first_account_admin if self.first_account_admin is not None else not self.is_production_stack
