"""Outbound destinations other than HTTP fetches, vetted by the one allowlist (``SSRF_ALLOW_HOSTS``).

HTTP (job boards, careers pages, pasted URLs) goes through ``ingest_fetch.make_fetcher()`` and LLM
servers through ``writing_providers.llm_guard``; the SMTP relay through :func:`smtp_destination`
here. A relay on the local network (``localhost:25``, a LAN relay) must be listed in
``SSRF_ALLOW_HOSTS`` (e.g. ``["127.0.0.1:25"]``), like an Ollama server (issue 9 finding 3).
"""

from __future__ import annotations

import structlog

from careercopilot.config import settings
from careercopilot.connectors.errors import BlockedURLError
from careercopilot.connectors.netguard import Resolver, vet_host

log = structlog.get_logger(__name__)


def smtp_destination(host: str | None = None, port: int | None = None, *, allow_hosts: list[str] | None = None,
                     resolver: Resolver | None = None) -> str:
    """What to connect to for the SMTP relay (default ``SMTP_HOST``/``SMTP_PORT``): the vetted
    address (connect there; use the host name for TLS/``EHLO`` checks), or the host name itself
    when that name is allow-listed. ``allow_hosts``: the allowlist entries (default
    ``settings.ssrf_allow_hosts``).

    Raises:
        BlockedURLError: no host configured, or the relay resolves to a non-public address that
            is not allow-listed (neutral message; the cause is logged).
    """
    host = host if host is not None else settings.smtp_host
    port = int(port if port is not None else settings.smtp_port)
    if not host:
        raise BlockedURLError(detail="SMTP_HOST is not set")
    try:
        allow = settings.ssrf_allow_hosts if allow_hosts is None else allow_hosts
        return vet_host(host, port, allow_hosts=allow, resolver=resolver)
    except BlockedURLError as exc:
        log.warning("smtp.blocked", host=host, port=port, detail=exc.detail or exc.message)
        raise
