"""Loopback identity providers for the sign-in tests (issue 14): an OpenID Connect provider shaped like
Google and an OAuth app API shaped like GitHub, each a ``ThreadingHTTPServer`` on 127.0.0.1.

:class:`OidcProvider` serves the discovery document (``/.well-known/openid-configuration``), the JWK set
(``/jwks``, one RSA key), ``/authorize`` (no login page: it consents at once as :attr:`account`, or
answers ``error=access_denied`` when :attr:`deny` is set, and redirects back to ``redirect_uri``),
``/token`` (authorization_code grant: client secret, redirect URI and PKCE S256 checked; the code is
single-use) returning a real RS256 ID token signed with joserfc (``iss``, ``aud``, ``sub``, ``exp``,
``iat``, ``nonce``, ``email``, ``email_verified``, ``name``; ``auth_time`` when the request carried
``max_age``, OIDC Core §2), and ``/userinfo``. It keeps a provider session
(:attr:`OidcProvider.session_auth_time`, when the user last logged in there): ``/authorize`` reuses it,
unless there is none or the request asks for a fresh login (``prompt=login``, or ``max_age`` shorter than
the session's age; OIDC Core §3.1.2.1), then the user "logs in" again now. :attr:`OidcProvider.honor_reauth`
= False plays a provider that ignores both; :attr:`OidcProvider.omit_auth_time` one that never sends
``auth_time``.

:class:`GitHubApi` serves ``/login/oauth/authorize``, ``/login/oauth/access_token`` (JSON when asked
with ``Accept: application/json``, as GitHub does), ``/user`` and ``/user/emails`` with the JSON
shapes of GitHub's REST docs ("Get the authenticated user", "List email addresses for the
authenticated user").

Both record every token request in :attr:`token_requests` (the form fields) so tests can assert the
PKCE verifier was sent. Use as a context manager or call :meth:`start` / :meth:`stop`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey


def _s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


class _Base:
    """Shared server plumbing: a thread, accounts per issued code, token request log."""

    client_id = "test-client"
    client_secret = "test-secret"

    def __init__(self) -> None:
        #: who consents at the next /authorize (dict; provider-specific keys)
        self.account: dict = {}
        #: answer the next /authorize with error=access_denied (the user pressed Cancel)
        self.deny = False
        self.token_requests: list[dict[str, str]] = []
        self.authorize_requests: list[dict[str, str]] = []
        self._codes: dict[str, dict] = {}
        self._tokens: dict[str, dict] = {}
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                outer._dispatch(self, "GET")

            def do_POST(self):
                outer._dispatch(self, "POST")

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self):
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body, content_type: str = "application/json",
              headers: dict | None = None) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(data)

    @staticmethod
    def _redirect(h: BaseHTTPRequestHandler, url: str) -> None:
        h.send_response(302)
        h.send_header("Location", url)
        h.send_header("Content-Length", "0")
        h.end_headers()

    @staticmethod
    def _form(h: BaseHTTPRequestHandler) -> dict[str, str]:
        raw = h.rfile.read(int(h.headers.get("Content-Length") or 0)).decode()
        return {k: v[0] for k, v in parse_qs(raw).items()}

    def _authorize(self, h: BaseHTTPRequestHandler, query: dict[str, str], **grant) -> None:
        """Consent at once as :attr:`account`; ``grant``: more facts the token endpoint reads back."""
        self.authorize_requests.append(query)
        back = query.get("redirect_uri", "")
        sep = "&" if "?" in back else "?"
        if self.deny:
            self._redirect(h, back + sep + urlencode({"error": "access_denied", "state": query.get("state", "")}))
            return
        code = secrets.token_urlsafe(16)
        with self._lock:
            self._codes[code] = {"account": dict(self.account), "query": query, **grant}
        self._redirect(h, back + sep + urlencode({"code": code, "state": query.get("state", "")}))

    def _redeem(self, form: dict[str, str], client_auth: tuple[str, str] | None) -> dict | None:
        """The grant of a valid token request (code single-use, client, redirect URI, PKCE), else None."""
        self.token_requests.append(form)
        cid, csecret = client_auth or (form.get("client_id"), form.get("client_secret"))
        with self._lock:
            grant = self._codes.pop(form.get("code", ""), None)
        if grant is None or cid != self.client_id or csecret != self.client_secret:
            return None
        q = grant["query"]
        if form.get("redirect_uri") != q.get("redirect_uri"):
            return None
        if q.get("code_challenge"):
            if q.get("code_challenge_method") != "S256" or _s256(form.get("code_verifier", "")) != q["code_challenge"]:
                return None
        return grant

    @staticmethod
    def _basic(h: BaseHTTPRequestHandler) -> tuple[str, str] | None:
        auth = h.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            cid, _, sec = base64.b64decode(auth[6:]).decode().partition(":")
            return cid, sec
        return None

    def _bearer_account(self, h: BaseHTTPRequestHandler) -> dict | None:
        auth = h.headers.get("Authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() not in ("bearer", "token"):
            return None
        return self._tokens.get(token.strip())

    def _dispatch(self, h: BaseHTTPRequestHandler, method: str) -> None:
        raise NotImplementedError


class OidcProvider(_Base):
    """A Google-shaped OpenID provider. :attr:`account` keys: ``sub``, ``email``, ``email_verified``, ``name``."""

    def __init__(self) -> None:
        super().__init__()
        self.key = RSAKey.generate_key(2048, parameters={"kid": "test-key-1", "use": "sig", "alg": "RS256"})
        #: when the user last logged in at this provider (Unix seconds); None: no provider session yet
        self.session_auth_time: int | None = None
        #: False: ignore ``prompt=login`` and ``max_age`` (reuse the provider session regardless)
        self.honor_reauth = True
        #: True: never put ``auth_time`` in ID tokens, even when ``max_age`` was asked
        self.omit_auth_time = False
        #: Unix times at which /authorize made the user log in (the provider's login page was shown)
        self.logins: list[int] = []

    def _authorize(self, h: BaseHTTPRequestHandler, query: dict[str, str], **grant) -> None:
        now = int(time.time())
        max_age = query.get("max_age")
        fresh = "login" in query.get("prompt", "").split() or (
            max_age is not None and self.session_auth_time is not None and now - self.session_auth_time > int(max_age))
        if self.session_auth_time is None or (fresh and self.honor_reauth):
            self.session_auth_time = now
            self.logins.append(now)
        super()._authorize(h, query, auth_time=self.session_auth_time, **grant)

    @property
    def discovery_url(self) -> str:
        return f"{self.url}/.well-known/openid-configuration"

    def id_token(self, claims: dict) -> str:
        return jwt.encode({"alg": "RS256", "kid": "test-key-1"}, claims, self.key)

    def _dispatch(self, h: BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(h.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path == "/.well-known/openid-configuration":
            self._send(h, 200, {
                "issuer": self.url, "authorization_endpoint": f"{self.url}/authorize",
                "token_endpoint": f"{self.url}/token", "jwks_uri": f"{self.url}/jwks",
                "userinfo_endpoint": f"{self.url}/userinfo", "response_types_supported": ["code"],
                "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"],
                "scopes_supported": ["openid", "email", "profile"], "code_challenge_methods_supported": ["S256"],
                "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
            })
        elif parts.path == "/jwks":
            self._send(h, 200, {"keys": [self.key.as_dict(private=False)]})
        elif parts.path == "/authorize":
            self._authorize(h, query)
        elif parts.path == "/token" and method == "POST":
            grant = self._redeem(self._form(h), self._basic(h))
            if grant is None:
                self._send(h, 400, {"error": "invalid_grant"})
                return
            acct, now = grant["account"], int(time.time())
            claims = {"iss": self.url, "aud": self.client_id, "sub": acct["sub"], "iat": now, "exp": now + 3600,
                      "nonce": grant["query"].get("nonce"), "email": acct.get("email"),
                      "email_verified": acct.get("email_verified", False), "name": acct.get("name")}
            if "max_age" in grant["query"] and not self.omit_auth_time:
                claims["auth_time"] = grant["auth_time"]
            claims = {k: v for k, v in claims.items() if v is not None}
            access = secrets.token_urlsafe(16)
            self._tokens[access] = acct
            self._send(h, 200, {"access_token": access, "token_type": "Bearer", "expires_in": 3599,
                                "scope": "openid email profile", "id_token": self.id_token(claims)})
        elif parts.path == "/userinfo":
            acct = self._bearer_account(h)
            if acct is None:
                self._send(h, 401, {"error": "invalid_token"})
            else:
                self._send(h, 200, {k: acct.get(k) for k in ("sub", "email", "email_verified", "name")})
        else:
            self._send(h, 404, {"error": "not_found"})


class GitHubApi(_Base):
    """A GitHub-shaped OAuth app host and REST API. :attr:`account` keys: ``id`` (int), ``login``,
    ``name``, ``emails`` (GitHub's ``/user/emails`` list: ``email``, ``primary``, ``verified``, ``visibility``)."""

    def _dispatch(self, h: BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(h.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path == "/login/oauth/authorize":
            self._authorize(h, query)
        elif parts.path == "/login/oauth/access_token" and method == "POST":
            grant = self._redeem(self._form(h), self._basic(h))
            wants_json = "application/json" in h.headers.get("Accept", "")
            if grant is None:
                body = {"error": "bad_verification_code",
                        "error_description": "The code passed is incorrect or expired.",
                        "error_uri": "https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#bad-verification-code"}
            else:
                access = "gho_" + secrets.token_urlsafe(27)
                self._tokens[access] = grant["account"]
                body = {"access_token": access, "scope": "read:user,user:email", "token_type": "bearer"}
            # GitHub answers 200 even for a bad code (the error is in the body)
            if wants_json:
                self._send(h, 200, body)
            else:
                self._send(h, 200, urlencode(body).encode(), "application/x-www-form-urlencoded")
        elif parts.path in ("/user", "/user/emails"):
            acct = self._bearer_account(h)
            if acct is None:
                self._send(h, 401, {"message": "Requires authentication",
                                    "documentation_url": "https://docs.github.com/rest"})
            elif parts.path == "/user":
                public = next((e["email"] for e in acct.get("emails", []) if e.get("visibility") == "public"), None)
                self._send(h, 200, {
                    "login": acct["login"], "id": acct["id"], "node_id": f"MDQ6VXNlcj{acct['id']}",
                    "avatar_url": f"https://avatars.githubusercontent.com/u/{acct['id']}?v=4", "gravatar_id": "",
                    "url": f"https://api.github.com/users/{acct['login']}", "type": "User", "site_admin": False,
                    "name": acct.get("name"), "company": None, "blog": "", "location": None, "email": public,
                    "hireable": None, "bio": None, "public_repos": 2, "followers": 0, "following": 0,
                    "created_at": "2020-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z",
                })
            else:
                self._send(h, 200, acct.get("emails", []))
        else:
            self._send(h, 404, {"message": "Not Found"})
