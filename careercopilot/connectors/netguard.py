"""SSRF guard for user-supplied URLs (careers pages, "add posting from URL").

Rules (after the OWASP "Server-Side Request Forgery Prevention Cheat Sheet"):

* only ``http`` and ``https`` schemes;
* the host is resolved once with :func:`socket.getaddrinfo`; if ANY resolved address
  is loopback, link-local (169.254.0.0/16 including the 169.254.169.254 cloud metadata
  endpoint, fe80::/10), private (10/8, 172.16/12, 192.168/16, fc00::/7, 100.64/10 CGNAT),
  multicast, unspecified (0.0.0.0, ::), reserved, or otherwise not globally routable —
  including the IPv4-mapped (``::ffff:a.b.c.d``), 6to4 and Teredo IPv6 forms of such
  IPv4 addresses — the URL is refused;
* the caller connects to the vetted IP (``VettedURL.connect_url``) with the original
  ``Host`` header and TLS SNI, so a second DNS answer (DNS rebinding) cannot redirect
  the connection;
* hosts in an explicit allow-list (e.g. ``{"127.0.0.1", "localhost"}`` in tests) skip the
  address checks and are connected to by name.

Redirects are re-vetted hop by hop by :class:`careercopilot.connectors.http.HttpFetcher`.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass

import httpx

from careercopilot.connectors.errors import BlockedURLError, InvalidURLError, UnresolvableHostError

__all__ = ["BlockedURLError", "InvalidURLError", "UnresolvableHostError", "VettedURL", "is_public_ip", "vet_url"]

ALLOWED_SCHEMES = frozenset({"http", "https"})
#: characters of a DNS host name or IPv4 literal in ASCII (IDNA) form; IPv6 literals are checked as addresses
_HOST_NAME = re.compile(r"[a-z0-9_.-]+")


@dataclass(frozen=True)
class VettedURL:
    """A URL that passed the SSRF guard.

    Attributes:
        url: the original URL (what the user gave; used for messages and ``Host``).
        scheme: ``"http"`` or ``"https"``.
        host: the host name as written in the URL (lower-cased, no brackets).
        port: explicit port or the scheme's default.
        ip: the vetted address to connect to, or None for allow-listed hosts
            (connected to by name).
        connect_url: the URL to open — ``url`` with its host replaced by ``ip``.
        host_header: the ``Host`` header value to send (``host`` or ``host:port``).
    """

    url: str
    scheme: str
    host: str
    port: int
    ip: str | None
    connect_url: str
    host_header: str

    @property
    def extensions(self) -> dict[str, str]:
        """httpx request extensions: TLS SNI (and certificate check) for the original host name."""
        if self.ip is not None and self.scheme == "https":
            return {"sni_hostname": self.host}
        return {}


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address carried inside an IPv4-mapped, 6to4 or Teredo IPv6 address, if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    # IPv4-compatible (deprecated ::a.b.c.d) form
    if int(ip) >> 32 == 0 and int(ip) > 1:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_ip(address: str | ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True when ``address`` is a globally routable unicast address safe to connect to.

    Refuses loopback, link-local, private, shared (CGNAT), multicast, unspecified,
    reserved and site-local addresses, and IPv6 forms that embed such an IPv4 address.
    """
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            return False
        inner = _embedded_ipv4(ip)
        if inner is not None and not is_public_ip(inner):
            return False
        if ip.is_site_local:
            return False
    flags = (ip.is_loopback, ip.is_link_local, ip.is_private, ip.is_multicast, ip.is_unspecified, ip.is_reserved)
    return not any(flags) and ip.is_global


def _resolve(host: str, port: int) -> list[str]:
    """All addresses ``host`` resolves to (literal IPs resolve to themselves).

    Raises:
        UnresolvableHostError: no DNS answer (or an empty one) for ``host``.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise UnresolvableHostError(f"cannot resolve host {host!r}: {exc}", host=host) from exc
    addresses: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        addr = str(sockaddr[0]).split("%", 1)[0]
        if addr not in addresses:
            addresses.append(addr)
    if not addresses:
        raise UnresolvableHostError(f"host {host!r} resolves to no address", host=host)
    return addresses


def vet_url(url: str, *, allow_hosts: frozenset[str] | set[str] = frozenset()) -> VettedURL:
    """Check ``url`` against the SSRF rules above and pin it to a vetted IP.

    Args:
        url: absolute URL supplied by a user or by a redirect.
        allow_hosts: host names/IP literals (case-insensitive) exempt from the address checks.

    Returns:
        A :class:`VettedURL` whose ``connect_url`` names the vetted IP.

    Raises:
        BlockedURLError: any resolved address is not public. Two subclasses name the
            cases that are not about the address: :class:`InvalidURLError` (not an
            absolute http/https URL with a host) and :class:`UnresolvableHostError`
            (no DNS answer). All three are refusals: nothing is fetched.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidURLError(f"invalid URL: {exc}", url=str(url)) from exc
    scheme = parsed.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise InvalidURLError(f"scheme {scheme or '(none)'!r} is not allowed; only http and https", url=url)
    host = (parsed.host or "").strip("[]").lower().rstrip(".")
    if not host:
        raise InvalidURLError("URL has no host", url=url)
    if ":" not in host and not _HOST_NAME.fullmatch(parsed.raw_host.decode("ascii", "replace").lower().rstrip(".")):
        # e.g. "exa mple.com" (httpx keeps it as "exa%20mple.com"): not a name DNS could answer
        raise InvalidURLError(f"host {host!r} is not a valid host name", url=url)
    port = parsed.port or (443 if scheme == "https" else 80)
    host_header = host if parsed.port is None else f"{host}:{parsed.port}"
    if ":" in host and parsed.port is not None:
        host_header = f"[{host}]:{parsed.port}"
    elif ":" in host:
        host_header = f"[{host}]"
    allowed = {h.lower().strip("[]") for h in allow_hosts}
    if host in allowed:
        return VettedURL(url, scheme, host, port, None, url, host_header)
    try:
        addresses = _resolve(host, port)
    except BlockedURLError as exc:
        exc.url = url
        raise
    for addr in addresses:
        if not is_public_ip(addr):
            raise BlockedURLError(f"host {host!r} resolves to non-public address {addr}", url=url)
    ip = addresses[0]
    connect_url = str(parsed.copy_with(host=ip))
    return VettedURL(url, scheme, host, port, ip, connect_url, host_header)
