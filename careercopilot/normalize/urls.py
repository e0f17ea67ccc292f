"""Link safety for URLs that come from feeds, imports and users: only absolute http(s) links.

A posting's ``url``/``apply_url`` ends up in an ``href``. A ``javascript:``, ``data:`` or
``vbscript:`` value there runs in the app's origin when clicked (issue 9, finding 7), and
browsers parse URLs leniently (WHATWG URL Standard, "basic URL parser"): leading and trailing
C0 control characters and spaces are stripped, ASCII tab and newline are removed anywhere,
and the scheme is case-insensitive — so ``" JaVa\\tScRiPt:alert(1)"`` is a script link.
:func:`http_url` applies the same clean-up first and then accepts only ``http``/``https``
with a host; everything else gives None.

:func:`complete_url` adds ``https://`` to an address typed without a scheme
(``acme.example/jobs/1``, ``www.acme.example``, ``localhost:8080/x``, ``//cdn.example/a``), as
browsers' address bars do — the trial refused such input instead (issue 10). It never invents a
host: text whose first segment is not a host name (``jobs at acme``, ``mailto:a@b.example``,
``javascript:…``, ``user@host``) is returned unchanged, so the caller's validation still refuses it.
Host rule: labels of letters, digits and hyphens with at least one dot (RFC 1123 host names), or
``localhost``, optionally ``:port``.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: WHATWG URL Standard: "remove any leading and trailing C0 control or space" …
_C0_OR_SPACE = "".join(chr(c) for c in range(0x21))
#: … and "remove all ASCII tab or newline".
_TAB_NEWLINE = re.compile(r"[\t\n\r]")
#: Anything left that no valid URL contains (controls, DEL, spaces).
_FORBIDDEN = re.compile(r"[\x00-\x20\x7f]")
#: Longest link stored or rendered (the posting columns hold 2,000 characters).
MAX_URL_CHARS = 2000
SAFE_SCHEMES = frozenset({"http", "https"})


def http_url(value: object) -> str | None:
    """``value`` as a clickable absolute http(s) URL, or None.

    ``"https://boards.example.com/jobs/1"`` → unchanged; ``" https://x.io/a\\n"`` →
    ``"https://x.io/a"``; ``"javascript:alert(1)"``, ``"JaVaScRiPt:…"``, ``"java\\tscript:…"``,
    ``"\\x00javascript:…"``, ``"data:text/html,…"``, ``"vbscript:…"``, ``"//evil.example"``
    (no scheme), ``"/jobs/1"`` (relative), ``"https://"`` (no host), non-strings and
    values over :data:`MAX_URL_CHARS` → None. Never raises.
    """
    if not isinstance(value, str):
        return None
    url = _TAB_NEWLINE.sub("", value.strip(_C0_OR_SPACE))
    if not url or len(url) > MAX_URL_CHARS or _FORBIDDEN.search(url):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # e.g. an invalid IPv6 literal
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not host:
        return None
    return url


_HAS_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HOST = re.compile(r"^(?:localhost|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9-]{2,63}\.?)"
                   r"(?::\d{1,5})?$")


def complete_url(text: str | None) -> str:
    """``text`` stripped, with ``https://`` added when it starts with a bare host name.

    ``"acme.example/jobs/1"`` → ``"https://acme.example/jobs/1"``; ``"//cdn.example/a"`` →
    ``"https://cdn.example/a"``; ``"http://x.example"`` and non-URLs unchanged; ``None`` → ``""``.
    """
    url = (text or "").strip()
    if not url or _HAS_SCHEME.match(url):
        return url
    if url.startswith("//"):
        return "https:" + url if _HOST.match(re.split(r"[/?#]", url[2:], maxsplit=1)[0]) else url
    first = re.split(r"[/?#]", url, maxsplit=1)[0]
    return "https://" + url if _HOST.match(first) else url
