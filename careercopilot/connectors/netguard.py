"""SSRF guard for every outbound destination built from user or admin input.

Job-board tokens and base URLs, careers pages, "add posting from URL", LLM base URLs and the
SMTP relay all pass here (issue 9 finding 3). Rules (after the OWASP "Server-Side Request
Forgery Prevention Cheat Sheet"):

* only ``http`` and ``https``; no user-info (``http://example.com@127.0.0.1/``), no
  backslash, whitespace or control character anywhere in the URL (parser differentials);
* host names are IDNA-encoded by httpx and compared lower-case without a trailing dot;
  legacy numeric IPv4 spellings (``2130706433``, ``0x7f.1``, ``127.1``, ``0177.0.0.1``) are
  read as the address they mean (``socket.inet_aton``, as the C resolver would), and a host
  whose last label is numeric but is no IPv4 address is not a host name;
* the host is resolved ONCE (``resolver``; :func:`resolve_host` = ``socket.getaddrinfo``);
  if ANY resolved address is loopback, link-local (169.254.0.0/16 incl. the cloud metadata
  endpoint, fe80::/10), private (10/8, 172.16/12, 192.168/16, fc00::/7), shared 100.64/10,
  multicast, unspecified (0.0.0.0, ::), reserved or otherwise not global — including the
  IPv4-mapped, IPv4-compatible, 6to4 and Teredo IPv6 forms of such addresses — the
  destination is refused, unless the address is in the allowlist;
* the caller connects to the vetted address (``VettedURL.connect_url``) with the original
  ``Host`` header and TLS SNI, so a second DNS answer (rebinding) cannot move the connection;
  redirects are re-vetted hop by hop by :class:`careercopilot.connectors.http.HttpFetcher`;
* the allowlist (:class:`AllowList`, from the one setting ``SSRF_ALLOW_HOSTS``) holds
  ``host``, ``host:port`` and CIDR entries: a listed name is connected to by name (any
  address), a listed address/network admits that address (any port, or the listed port).

Every refusal raises :class:`BlockedURLError` (or its subclasses) whose ``str()`` is ONE
neutral text (:data:`NEUTRAL_MESSAGE`) — the cause (which address, no DNS answer…) is in
``exc.detail`` for the server log only, so error texts cannot serve as a port/DNS oracle.
:class:`InvalidURLError` (the text is not a web address) keeps a syntactic message: it
depends on the input only, never on the network.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import httpx

from careercopilot.connectors.errors import (
    NEUTRAL_MESSAGE,
    BlockedURLError,
    InvalidURLError,
    UnresolvableHostError,
)
from careercopilot.connectors.special_addresses import embedded_ipv4, special_block

__all__ = [
    "NEUTRAL_MESSAGE",
    "AllowList",
    "BlockedURLError",
    "InvalidURLError",
    "Resolver",
    "UnresolvableHostError",
    "VettedURL",
    "check_url_syntax",
    "is_public_ip",
    "resolve_host",
    "vet_host",
    "vet_url",
]

ALLOWED_SCHEMES = frozenset({"http", "https"})
#: characters of a DNS host name or IPv4 literal in ASCII (IDNA) form; IPv6 literals are checked as addresses
_HOST_NAME = re.compile(r"[a-z0-9_.-]+")
#: a last label that makes the host an IPv4 address to a WHATWG/C parser (``1``, ``0x7f``)
_NUMERIC_LABEL = re.compile(r"(0x[0-9a-f]*|[0-9]+)")
#: backslash, whitespace, control characters: refused anywhere in a URL
_BAD_CHARS = re.compile(r"[\\\s\x00-\x1f\x7f]")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
#: ``resolver(host, port) -> addresses`` (text form); raises UnresolvableHostError
Resolver = Callable[[str, int], list[str]]


@dataclass(frozen=True)
class AllowList:
    """Destinations on the local network an admin allowed on purpose (``SSRF_ALLOW_HOSTS``).

    Entries (case-insensitive): ``host`` (any port), ``host:port``, an IP address
    (``127.0.0.1``, ``::1``, ``[::1]:8080``, ``10.0.0.5:11434``) or a CIDR network
    (``10.0.0.0/8``; any port). Names match the URL's host as written (IDNA, no trailing dot)
    and are connected to by name; addresses and networks match the resolved addresses.

    Raises (``parse``): ValueError naming a malformed entry.
    """

    names: frozenset[tuple[str, int | None]] = frozenset()
    networks: tuple[tuple[IPNetwork, int | None], ...] = field(default=())

    @classmethod
    def parse(cls, entries: AllowList | Iterable[str] | None) -> AllowList:
        """An :class:`AllowList` from setting entries (an AllowList passes through)."""
        if isinstance(entries, AllowList):
            return entries
        names: set[tuple[str, int | None]] = set()
        networks: list[tuple[IPNetwork, int | None]] = []
        for raw in entries or ():
            entry = str(raw).strip().lower()
            if not entry:
                continue
            kind, value, port = parse_allow_entry(entry)
            if kind == "name":
                names.add((value, port))  # type: ignore[arg-type]
            else:
                networks.append((value, port))  # type: ignore[arg-type]
        return cls(frozenset(names), tuple(networks))

    def __bool__(self) -> bool:
        return bool(self.names or self.networks)

    def allows_name(self, host: str, port: int) -> bool:
        """Whether the host NAME (as written in a URL, canonical form) is listed for ``port``."""
        host = host.lower().rstrip(".")
        return (host, None) in self.names or (host, port) in self.names

    def allows_ip(self, address: str | IPAddress, port: int) -> bool:
        """Whether the resolved ``address`` is in a listed address/network for ``port``."""
        ip = ipaddress.ip_address(address) if isinstance(address, str) else address
        candidates = [ip]
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            candidates.append(ip.ipv4_mapped)
        for network, allowed_port in self.networks:
            if allowed_port not in (None, port):
                continue
            if any(c.version == network.version and c in network for c in candidates):
                return True
        return False

    def allows(self, host: str, port: int) -> bool:
        """Whether a destination ``host`` (name or literal) and ``port`` is listed by name or address."""
        if self.allows_name(host, port):
            return True
        literal = ip_literal(host)
        return literal is not None and self.allows_ip(literal, port)


def parse_allow_entry(entry: str) -> tuple[str, str | IPNetwork, int | None]:
    """``("name", host, port)`` or ``("net", network, port)`` for one allowlist entry.

    Raises:
        ValueError: not a host, host:port, IP, [IPv6]:port or CIDR entry.
    """
    entry = entry.strip().lower()
    try:
        if "/" in entry:
            return "net", ipaddress.ip_network(entry, strict=False), None
        if entry.startswith("["):
            inside, _, rest = entry[1:].partition("]")
            port = _port(rest[1:]) if rest.startswith(":") else None
            if rest and port is None:
                raise ValueError(entry)
            return "net", ipaddress.ip_network(inside), port
        try:
            return "net", ipaddress.ip_network(entry), None  # bare IPv4/IPv6 address
        except ValueError:
            pass
        host, sep, port_text = entry.rpartition(":") if entry.count(":") == 1 else (entry, "", "")
        port = _port(port_text) if sep else None
        if sep and port is None:
            raise ValueError(entry)
        try:
            return "net", ipaddress.ip_network(host), port
        except ValueError:
            pass
        name = host.rstrip(".")
        if not name or not _HOST_NAME.fullmatch(name):
            raise ValueError(entry)
        return "name", name, port
    except ValueError:
        raise ValueError(
            f"SSRF_ALLOW_HOSTS entry {entry!r} is not a host, host:port, IP address or CIDR network "
            "(e.g. ollama, ollama:11434, 10.0.0.5, [::1]:8080, 192.168.0.0/16)") from None


def _port(text: str) -> int | None:
    return int(text) if text.isdigit() and 0 < int(text) < 65536 else None


@dataclass(frozen=True)
class VettedURL:
    """A URL that passed the SSRF guard.

    Attributes:
        url: the original URL (what the user gave; used for messages and ``Host``).
        scheme: ``"http"`` or ``"https"``.
        host: the host name as written in the URL (lower-cased, no brackets, no trailing dot).
        port: explicit port or the scheme's default.
        ip: the vetted address to connect to, or None for allow-listed names
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
        if self.ip is not None and self.scheme == "https" and ip_literal(self.host) is None:
            return {"sni_hostname": self.host}
        return {}


def is_public_ip(address: str | IPAddress) -> bool:
    """True when ``address`` is a globally routable unicast address safe to connect to.

    Refuses every block of the IANA IPv4/IPv6 Special-Purpose Address Registries, multicast,
    site-local and the cloud metadata/platform endpoints — and IPv6 forms (IPv4-mapped, NAT64,
    6to4, Teredo, IPv4-compatible) that embed such an IPv4 address — by an explicit list
    (:mod:`careercopilot.connectors.special_addresses`, sources there), not by ``ipaddress``'s
    ``is_global`` alone (its tables lag: 192.0.0.192, 192.88.99.1 and 168.63.129.16 read global in
    Python 3.11.7; sec125 finding 3). A zone-scoped IPv6 address is refused too.
    """
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address) and ip.scope_id:
        return False
    if special_block(ip) is not None:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and (inner := embedded_ipv4(ip)) is not None:
        return is_public_ip(inner)  # the IPv4 address the packets go to decides (``::/8`` reads "reserved")
    flags = (ip.is_loopback, ip.is_link_local, ip.is_private, ip.is_multicast, ip.is_unspecified, ip.is_reserved)
    return not any(flags) and ip.is_global


def ip_literal(host: str) -> str | None:
    """The canonical address text when ``host`` is an IP literal in any spelling, else None.

    ``::1``/``[::1]`` → ``::1``; ``2130706433``, ``0x7f.1``, ``127.1``, ``0177.0.0.1`` →
    ``127.0.0.1`` (the legacy ``inet_aton`` forms the C resolver accepts).
    """
    host = host.strip("[]").lower().rstrip(".")
    try:
        return str(ipaddress.ip_address(host.split("%", 1)[0]))
    except ValueError:
        pass
    labels = host.split(".")
    if labels and _NUMERIC_LABEL.fullmatch(labels[-1]):
        try:
            return socket.inet_ntoa(socket.inet_aton(host))
        except OSError:
            return None
    return None


def resolve_host(host: str, port: int) -> list[str]:
    """All addresses ``host`` resolves to with ``socket.getaddrinfo`` (de-duplicated, in order).

    Raises:
        UnresolvableHostError: no DNS answer (or an empty one) for ``host``.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise UnresolvableHostError(host=host, detail=f"cannot resolve host {host!r}: {exc}") from exc
    addresses: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        addr = str(sockaddr[0]).split("%", 1)[0]
        if addr not in addresses:
            addresses.append(addr)
    if not addresses:
        raise UnresolvableHostError(host=host, detail=f"host {host!r} resolves to no address")
    return addresses


def check_url_syntax(url: str) -> tuple[httpx.URL, str, str, int]:
    """Parse ``url`` and apply the syntactic rules (no network): ``(parsed, scheme, host, port)``.

    ``host`` is lower-case ASCII (the IDNA A-label form), without brackets or trailing dot.

    Raises:
        InvalidURLError: not an absolute http(s) URL with a valid host, or it carries
            user-info, a backslash, whitespace or a control character.
    """
    text = str(url)
    if _BAD_CHARS.search(text):
        raise InvalidURLError("URL contains a backslash, whitespace or a control character", url=text)
    try:
        parsed = httpx.URL(text)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidURLError(f"invalid URL: {exc}", url=text) from exc
    scheme = parsed.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise InvalidURLError(f"scheme {scheme or '(none)'!r} is not allowed; only http and https", url=text)
    if parsed.userinfo:
        raise InvalidURLError("URL carries a user name or password (user@host)", url=text)
    try:  # the ASCII (IDNA A-label) form is what DNS, Host and SNI get; decoding checks the labels
        parsed.host  # noqa: B018 - raises for an invalid A-label ("xn--x-")
        host = parsed.raw_host.decode("ascii").strip("[]").lower().rstrip(".")
    except (ValueError, UnicodeError) as exc:
        raise InvalidURLError(f"host is not a valid IDNA name: {exc}", url=text) from exc
    if not host:
        raise InvalidURLError("URL has no host", url=text)
    if ":" not in host:
        raw = host
        if not _HOST_NAME.fullmatch(raw) or ".." in raw:
            # e.g. "exa mple.com" (httpx keeps it as "exa%20mple.com"): not a name DNS could answer
            raise InvalidURLError(f"host {host!r} is not a valid host name", url=text)
        if _NUMERIC_LABEL.fullmatch(host.split(".")[-1]) and ip_literal(host) is None:
            raise InvalidURLError(f"host {host!r} is neither an IPv4 address nor a host name", url=text)
    port = parsed.port or (443 if scheme == "https" else 80)
    return parsed, scheme, host, port


def _vet_addresses(host: str, port: int, *, allow: AllowList, resolver: Resolver | None, url: str | None) -> str:
    """The address to connect to for a host that is not allowed by name (see module rules).

    Raises:
        BlockedURLError / UnresolvableHostError: with the cause in ``detail``.
    """
    literal = ip_literal(host)
    if literal is not None:
        addresses = [literal]
    else:
        try:
            addresses = (resolver or resolve_host)(host, port)
        except BlockedURLError as exc:
            exc.url = url
            raise
        except OSError as exc:  # a resolver stub raising socket errors
            raise UnresolvableHostError(host=host, url=url, detail=f"cannot resolve host {host!r}: {exc}") from exc
        if not addresses:
            raise UnresolvableHostError(host=host, url=url, detail=f"host {host!r} resolves to no address")
    for addr in addresses:
        try:
            ip = ipaddress.ip_address(addr.split("%", 1)[0])
        except ValueError:
            raise BlockedURLError(url=url, detail=f"host {host!r} resolved to {addr!r}, not an address") from None
        if not is_public_ip(ip) and not allow.allows_ip(ip, port):
            raise BlockedURLError(url=url, detail=f"host {host!r} resolves to non-public address {addr} (port {port})")
    return str(ipaddress.ip_address(addresses[0].split("%", 1)[0]))


def vet_url(url: str, *, allow_hosts: AllowList | Iterable[str] = (), resolver: Resolver | None = None) -> VettedURL:
    """Check ``url`` against the SSRF rules above and pin it to a vetted IP.

    Args:
        url: absolute URL supplied by a user, an admin, or by a redirect.
        allow_hosts: the allowlist (:class:`AllowList` or its setting entries).
        resolver: ``resolver(host, port) -> [address, ...]``; :func:`resolve_host` when None.

    Returns:
        A :class:`VettedURL` whose ``connect_url`` names the vetted IP (or the allow-listed name).

    Raises:
        BlockedURLError: any resolved address is not public and not allow-listed. Two
            subclasses: :class:`InvalidURLError` (not an absolute http/https URL with a host)
            and :class:`UnresolvableHostError` (no DNS answer). Nothing is fetched.
    """
    allow = AllowList.parse(allow_hosts)
    parsed, scheme, host, port = check_url_syntax(url)
    host_header = f"[{host}]" if ":" in host else host
    if parsed.port is not None:
        host_header = f"{host_header}:{parsed.port}"
    if allow.allows_name(host, port):
        return VettedURL(url, scheme, host, port, None, url, host_header)
    ip = _vet_addresses(host, port, allow=allow, resolver=resolver, url=url)
    connect_url = str(parsed.copy_with(host=ip))
    return VettedURL(url, scheme, host, port, ip, connect_url, host_header)


def vet_host(host: str, port: int, *, allow_hosts: AllowList | Iterable[str] = (),
             resolver: Resolver | None = None) -> str:
    """Vet a bare ``host``/``port`` destination (an SMTP relay, …) like :func:`vet_url`.

    Returns:
        What to connect to: the vetted address, or ``host`` itself when its name is allow-listed.

    Raises:
        BlockedURLError / InvalidURLError / UnresolvableHostError, as :func:`vet_url`.
    """
    allow = AllowList.parse(allow_hosts)
    text = (host or "").strip()
    authority = f"[{text.strip('[]')}]" if ":" in text.strip("[]") else text
    _parsed, _scheme, name, _ = check_url_syntax(f"http://{authority}:{int(port)}/")
    if allow.allows_name(name, int(port)):
        return name
    return _vet_addresses(name, int(port), allow=allow, resolver=resolver, url=None)
