"""The ``OAUTH_CLIENTS`` entry type (first-party OAuth clients) of :mod:`careercopilot.config`."""

from __future__ import annotations

from urllib.parse import urlsplit

from pydantic import BaseModel, Field, field_validator

#: extension schemes; plain http only on a loopback address, §7.3).
CLIENT_REDIRECT_SCHEMES = ("https", "chrome-extension", "moz-extension", "http")
_LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")


class FirstPartyClient(BaseModel):
    """A first-party OAuth client (an ``OAUTH_CLIENTS`` entry), e.g. the clipper extension.

    ``client_id``: 1–100 of ``[A-Za-z0-9._-]``; ``redirect_uris``: absolute URIs compared exactly
    (no fragment; ``http`` only on a loopback host); ``scopes``: the API scopes it may ask for
    (None: every scope of ``services.api_tokens.SCOPES``). Public clients: no secret, PKCE instead.
    """

    client_id: str = Field(pattern=r"^[A-Za-z0-9._-]{1,100}$")
    name: str = Field(min_length=1, max_length=100)
    redirect_uris: list[str] = Field(min_length=1)
    scopes: list[str] | None = None

    @field_validator("redirect_uris")
    @classmethod
    def _exact_uris(cls, v: list[str]) -> list[str]:
        for uri in v:
            parts = urlsplit(uri)
            if (parts.scheme not in CLIENT_REDIRECT_SCHEMES or not parts.netloc or parts.fragment
                    or len(uri) > 500 or uri.strip() != uri):
                raise ValueError(f"OAUTH_CLIENTS redirect URI {uri!r} must be an absolute https://, chrome-extension://,"
                                 " moz-extension:// or loopback http:// URI without a fragment")
            if parts.scheme == "http" and parts.hostname not in _LOOPBACK_HOSTS:
                raise ValueError(f"OAUTH_CLIENTS redirect URI {uri!r}: plain http is allowed on a loopback host only")
        return v
