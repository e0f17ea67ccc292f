"""DNS stubs for unit tests: the SSRF guard resolves names through ``HttpFetcher(resolver=…)``
(or ``vet_url(resolver=…)``), so tests never ask the machine's resolver and never leave the
process. A stub records the names it was asked for."""

from __future__ import annotations

import socket

from careercopilot.connectors.errors import UnresolvableHostError

#: a public address (example.com's historical one); MockTransport never connects to it
PUBLIC_IP = "93.184.216.34"


class StubResolver:
    """``resolver(host, port)`` answering from ``answers`` (host → list of addresses); a host not
    listed gets ``default`` (None → no DNS answer, as offline)."""

    def __init__(self, answers: dict[str, list[str]] | None = None, default: list[str] | None = None) -> None:
        self.answers = {k.lower(): v for k, v in (answers or {}).items()}
        self.default = default
        self.asked: list[tuple[str, int]] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append((host, port))
        found = self.answers.get(host.lower(), self.default)
        if found is None:
            raise UnresolvableHostError(host=host, detail=f"stub: no answer for {host!r}")
        return list(found)


def public_dns() -> StubResolver:
    """Every name resolves to :data:`PUBLIC_IP` (a MockTransport test of a public board API)."""
    return StubResolver(default=[PUBLIC_IP])


def getaddrinfo_answer(*addresses: str):
    """A ``socket.getaddrinfo`` replacement answering ``addresses`` (for monkeypatching)."""

    def fake(host, port, *args, **kw):
        out = []
        for a in addresses:
            family = socket.AF_INET6 if ":" in a else socket.AF_INET
            out.append((family, socket.SOCK_STREAM, 6, "", (a, port) if family == socket.AF_INET else (a, port, 0, 0)))
        return out

    return fake
