"""Identity helpers: canonical URLs, company/title keys, fuzzy duplicate
detection and content hashes."""

from __future__ import annotations

import hashlib
import ipaddress
import re
import socket
import unicodedata
from functools import lru_cache
from typing import Any
from urllib.parse import unquote_plus, urlsplit, urlunsplit

from rapidfuzz import fuzz
from w3lib.url import canonicalize_url

from .location import Location, fold_accents, parse_location

__all__ = [
    "canonical_url",
    "company_key",
    "title_key",
    "location_key",
    "dedupe_key",
    "is_same_posting",
    "content_hash",
    "TRACKING_PARAMS",
    "TRACKING_PREFIXES",
    "LEGAL_SUFFIXES",
    "SAME_POSTING_THRESHOLD",
]

# Query parameters that only track the visitor, never identify the job.
# Sources: Google Analytics campaign params (utm_*), ad click ids
# (fbclid/gclid/dclid/msclkid/yclid/twclid/ttclid/li_fat_id), Mailchimp
# (mc_cid/mc_eid), HubSpot (_hsenc/_hsmi/__hssc/__hstc/__hsfp/hsCtaTracking),
# Greenhouse (gh_src - referral source; gh_jid IS the job id and is kept),
# Lever (lever-source, lever-origin, lever-via), LinkedIn (trk, trackingId,
# refId), and generic referrer params (ref, referrer, source, src, ref_src).
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        "gh_src", "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid",
        "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi",
        "__hssc", "__hstc", "__hsfp", "hsctatracking", "ref", "referrer", "ref_src",
        "source", "src", "lever-source", "lever-origin", "lever-via", "trk",
        "trackingid", "refid", "_ga", "_gl", "spm", "campaign", "medium",
    }
)
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "pk_", "mtm_")

# Legal-form tokens removed from the END of company names (after punctuation
# is dropped, so "S.A." -> "sa", "B.V." -> "bv", "Co." -> "co"). Sources: ISO
# 20275 Entity Legal Forms list (common forms in the US, UK, EU, Nordics,
# Australia, India, Singapore/Malaysia, Latin America).
LEGAL_SUFFIXES: frozenset[str] = frozenset(
    {
        "inc", "incorporated", "llc", "lllp", "llp", "lp", "pllc", "ltd", "limited",
        "corp", "corporation", "co", "plc", "gmbh", "mbh", "ag", "kg", "kgaa", "ug",
        "ev", "se", "sa", "sas", "sasu", "sarl", "sl", "slu", "srl", "spa", "sapi",
        "bv", "nv", "vof", "oy", "oyj", "ab", "aps", "as", "asa", "pty", "pvt",
        "private", "pte", "bhd", "sdn", "kk", "ltda", "cv", "sab", "zrt",
        "kft", "sro", "spzoo", "doo", "ooo",
    }
)

# Default similarity (0-100) for rapidfuzz token_sort_ratio on company and
# title keys. Project choice: 90 accepts word-order changes and small typos
# ("Software Engineer, Senior" vs "Senior Software Engineer" = 100,
# "Acme Inc" vs "ACME, Inc." = 100) while rejecting different roles
# ("Backend Engineer" vs "Frontend Engineer" = 48, "Data Engineer" vs
# "Data Scientist" = 59). Seniority/level words must
# additionally be identical (see _LEVEL_TOKENS).
SAME_POSTING_THRESHOLD = 90.0

_TITLE_ABBREVIATIONS = {
    "sr": "senior", "snr": "senior", "jr": "junior", "jnr": "junior",
    "mgr": "manager", "eng": "engineer", "engr": "engineer", "dev": "developer",
    "swe": "software engineer", "sde": "software development engineer",
    "ii": "2", "iii": "3", "iv": "4", "vp": "vice president", "svp": "senior vice president",
}
_LEVEL_TOKENS = frozenset(
    {"intern", "junior", "mid", "senior", "staff", "principal", "lead", "head",
     "director", "vice", "chief", "associate", "1", "2", "3", "4", "5"}
)
_GENDER_RE = re.compile(
    r"\(\s*(?:[mwfdhxn]\s*/\s*)+[mwfdhxn]\s*\)|\b(?:[mwfdh]\s*/\s*){1,3}[mwfdhx]\b|\(\s*(?:all\s+genders?|gn|w|m|d|x)\s*\)|\*in\b",
    re.IGNORECASE,
)
_MAX_LEN = 5000
_NON_WORD_RE = re.compile(r"[\W_]+")


def _fold(s: str) -> str:
    return fold_accents(s)


def _is_tracking(name: str) -> bool:
    name = name.casefold().removesuffix("[]")
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def canonical_url(url: str | None) -> str:
    """Canonical form of a job URL, used as an identity key.

    Removes :data:`TRACKING_PARAMS` and parameters starting with
    :data:`TRACKING_PREFIXES` (``utm_*``...; names compared percent-decoded
    and casefolded, ``[]`` suffix ignored), then ``w3lib.url.canonicalize_url`` (lower-case scheme and host, sorted query,
    normalized percent-encoding, fragment dropped), then collapses runs of ``/`` in the path and
    strips its trailing ``/``; the host loses a default or empty port and its root-label dot. ``gh_jid`` and every other parameter are kept.
    ``None``/``""`` -> ``""``; unparsable input is returned stripped. Never
    raises.
    """
    if not isinstance(url, str) or not url.strip():
        return ""
    url = url.strip()[:_MAX_LEN]
    try:
        parts = urlsplit(url)
        kept: list[str] = []
        for pair in parts.query.split("&"):
            name = unquote_plus(pair.split("=", 1)[0])
            # no name ("?=", "?=x") names no parameter; a repeated identical pair adds nothing
            if name and not _is_tracking(name) and pair not in kept:
                kept.append(pair)
        url = urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), ""))
        url = canonicalize_url(url, keep_fragments=False)
        parts = urlsplit(url)
        path = _SLASHES.sub("/", parts.path).rstrip("/")  # "//careers//42/" is "/careers/42" on servers
        scheme = parts.scheme.lower()
        return urlunsplit((scheme, _canonical_netloc(scheme, parts.netloc.lower()), path, parts.query, ""))
    except Exception:
        return url


_SLASHES = re.compile(r"/{2,}")

_NUMERIC_HOST = re.compile(r"^(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}$")


def _dotted_ipv4(host: str) -> str | None:
    """The dotted-decimal form of an IPv4 host written another way (``2130706433``, ``0x7f.1``,
    ``127.1``, ``0177.0.0.1``: the inet_aton forms browsers also accept, WHATWG URL §3.5 IPv4 parser),
    else None. Session 13 attacker, third round: three spellings of one address made three postings."""
    if not _NUMERIC_HOST.match(host):
        return None
    try:
        return str(ipaddress.IPv4Address(socket.inet_aton(host)))
    except (OSError, ValueError):
        return None


#: Ports a scheme implies (RFC 9110 §4.2: 80 for http, 443 for https).
DEFAULT_PORTS = {"http": "80", "https": "443"}


def _canonical_netloc(scheme: str, netloc: str) -> str:
    """``netloc`` (lower-case) with the scheme's default or an empty port dropped (RFC 3986 §6.2.3)
    and the root label's dot of a fully qualified host removed (``jobs.example.org.`` names the
    same host, RFC 1034 §3.1): ``jobs.example.org.:443`` → ``jobs.example.org`` for https.
    An empty userinfo (``@host``) is dropped; other userinfo and IPv6 brackets are kept as they are. Session 13 attacker: ``…:443/c/X`` and
    ``jobs.example.org./c/X`` clipped the same page as three postings."""
    userinfo, at, hostport = netloc.rpartition("@")
    host, port = hostport, ""
    if hostport.startswith("["):  # [v6]:port
        end = hostport.find("]")
        if end != -1:
            host, port = hostport[:end + 1], hostport[end + 1:].removeprefix(":")
    elif ":" in hostport:
        host, port = hostport.rsplit(":", 1)
    if port == DEFAULT_PORTS.get(scheme) or (":" in hostport and not port):
        port = ""
    if not host.startswith("["):
        host = host.rstrip(".") or host
        host = _dotted_ipv4(host) or host
    if not userinfo:  # "https://@jobs.example.org/…": an empty userinfo names nobody
        at = ""
    return f"{userinfo}{at}{host}" + (f":{port}" if port else "")


def company_key(name: str | None) -> str:
    """Comparable company key.

    Accents folded with ``unicodedata`` (NFKD, combining marks dropped),
    casefolded, ``&`` -> ``and``, dots removed ("S.A." -> "sa"), other
    punctuation -> space, then trailing :data:`LEGAL_SUFFIXES` (and a dangling
    "and", as in "GmbH & Co. KG") are removed repeatedly, never leaving the
    key empty. "Acme, Inc." -> "acme"; "Société Générale S.A." ->
    "societe generale". ``None`` -> ``""``.
    """
    if not isinstance(name, str):
        return ""
    return _company_key(name[:_MAX_LEN])


@lru_cache(maxsize=65536)
def _company_key(name: str) -> str:
    """:func:`company_key` of a string (memoized: company names repeat across a feed)."""
    s = _fold(name).replace("&", " and ").replace(".", "")
    tokens = _NON_WORD_RE.sub(" ", s).split()
    while len(tokens) > 1 and (tokens[-1] in LEGAL_SUFFIXES or tokens[-1] == "and"):
        tokens.pop()
    return " ".join(tokens)


def title_key(title: str | None) -> str:
    """Comparable job-title key: accents folded, casefolded, gender markers
    removed ("(m/w/d)", "(f/m/x)", "(all genders)"), punctuation -> space,
    common abbreviations expanded (sr -> senior, jr -> junior, mgr ->
    manager, eng -> engineer, dev -> developer, ii -> 2 ...). ``None`` ->
    ``""``."""
    if not isinstance(title, str):
        return ""
    return _title_key(title[:_MAX_LEN])


@lru_cache(maxsize=65536)
def _title_key(title: str) -> str:
    """:func:`title_key` of a string (memoized: titles repeat across a feed)."""
    s = _GENDER_RE.sub(" ", title)
    s = _NON_WORD_RE.sub(" ", _fold(s))
    return " ".join(_TITLE_ABBREVIATIONS.get(t, t) for t in s.split())


def location_key(location: Location | str | Any | None) -> str:
    """Comparable location key ``"<country>:<city>"`` (lower case), or
    ``"remote:<country>"`` for remote jobs without a city. Accepts a
    :class:`Location` or anything :func:`parse_location` accepts."""
    loc = location if isinstance(location, Location) else parse_location(location)
    country = (loc.country or "").lower()
    city = " ".join(re.sub(r"[\W_]+", " ", _fold(loc.city or "")).split())
    if loc.work_mode == "remote" and not city:
        return f"remote:{country}"
    return f"{country}:{city}"


def dedupe_key(company: str | None, title: str | None, location: Location | str | Any | None) -> str:
    """Exact-match duplicate key ``"<company_key>|<title_key>|<location_key>"``.

    Two postings with the same key are the same job; use
    :func:`is_same_posting` for fuzzy matching."""
    return f"{company_key(company)}|{title_key(title)}|{location_key(location)}"


def _loc(value: Any) -> Location:
    return value if isinstance(value, Location) else parse_location(value)


def is_same_posting(
    a_company: str | None,
    a_title: str | None,
    a_location: Location | str | Any | None,
    b_company: str | None,
    b_title: str | None,
    b_location: Location | str | Any | None,
    *,
    threshold: float = SAME_POSTING_THRESHOLD,
) -> bool:
    """Fuzzy "same job" test across boards.

    True when all hold: ``rapidfuzz.fuzz.token_sort_ratio`` of the
    :func:`company_key` values >= ``threshold`` and of the :func:`title_key`
    values >= ``threshold`` (0-100, default
    :data:`SAME_POSTING_THRESHOLD` = 90); the titles' seniority/level words
    (junior, senior, staff, lead, 2, 3 ...) are identical; and the locations
    do not contradict each other (both countries known and different ->
    False; both cities known and similarity < threshold -> False; unknown
    parts are compatible). Empty company or title -> False.
    """
    ca, cb = company_key(a_company), company_key(b_company)
    ta, tb = title_key(a_title), title_key(b_title)
    if not (ca and cb and ta and tb):
        return False
    if fuzz.token_sort_ratio(ca, cb) < threshold or fuzz.token_sort_ratio(ta, tb) < threshold:
        return False
    if set(ta.split()) & _LEVEL_TOKENS != set(tb.split()) & _LEVEL_TOKENS:
        return False
    la, lb = _loc(a_location), _loc(b_location)
    if la.country and lb.country and la.country != lb.country:
        return False
    if la.city and lb.city and fuzz.token_sort_ratio(_fold(la.city), _fold(lb.city)) < threshold:
        return False
    return True


def content_hash(*parts: Any) -> str:
    """SHA-256 hex digest of the normalized parts.

    Each part: ``None`` -> ``""``, else ``str(part)``, Unicode NFC, runs of
    whitespace collapsed to one space, stripped. Parts are joined with U+001F
    (unit separator) so ``("ab", "c")`` and ``("a", "bc")`` differ. Case is
    kept. Used to skip re-embedding unchanged postings."""
    norm = []
    for p in parts:
        s = "" if p is None else str(p)
        s = " ".join(unicodedata.normalize("NFC", s).split())
        norm.append(s)
    return hashlib.sha256("\x1f".join(norm).encode("utf-8", "surrogatepass")).hexdigest()
