"""Time zones in a remote preference ("remote, Eastern or Central time", "US remote (PST/MST)",
"EST hours", "remote within UTC-5 to UTC-8", "CET ±2") and the time zones of a posting.

A preference's zones are one window of UTC offsets ``(lo, hi)`` in hours, standard time
(DST ignored: "EDT" is Eastern, UTC-5), kept on its ``remote`` place as ``utc_offsets``
(``places.Place``). "Eastern or Central time" → (-6, -5); "UTC-5 to UTC-8" → (-8, -5); "CET
±2" → (-1, 3); "PST or EST" → (-8, -5) (the zones between are in the window: a window, not a
list). Abbreviations and offsets: IANA tz database (``tzdata``) abbreviations and the US time
zones of 49 CFR part 71 (Atlantic, Eastern, Central, Mountain, Pacific, Alaska,
Hawaii-Aleutian); "IST" is India (UTC+5:30), as job postings use it.

Which words are zones: an offset ("UTC-5", "GMT+1"), a three- or four-letter abbreviation
("EST", "PDT", "CET", "AEST") alone; a two-letter one ("ET", "PT", "CT" — also Connecticut,
Montana's "MT") or a zone word ("Eastern", "Central", "Pacific") only with "time", "hours",
"time zone" or "TZ", or beside a three-letter one ("PST/MT").

A posting's offsets (:func:`place_offsets`) come from the GeoNames ``timezone`` of its
cities; a state's or country's offsets are those of all its GeoNames cities (Texas: Central
and Mountain). Nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

__all__ = ["ZONE_OFFSETS", "ZoneWindow", "find_zones", "window_label", "place_offsets", "token_offsets"]

#: Zone name or abbreviation (``location._key`` form) → standard UTC offset (hours).
ZONE_OFFSETS: dict[str, float] = {
    **dict.fromkeys(("eastern", "et", "est", "edt", "eastern standard", "eastern daylight", "us eastern"), -5.0),
    **dict.fromkeys(("central", "ct", "cst", "cdt", "central standard", "central daylight", "us central"), -6.0),
    **dict.fromkeys(("mountain", "mt", "mst", "mdt", "mountain standard", "mountain daylight"), -7.0),
    **dict.fromkeys(("pacific", "pt", "pst", "pdt", "pacific standard", "pacific daylight", "us pacific"), -8.0),
    **dict.fromkeys(("alaska", "akst", "akdt"), -9.0),
    **dict.fromkeys(("hawaii", "hst", "hawaii aleutian"), -10.0),
    **dict.fromkeys(("atlantic", "ast", "adt"), -4.0),
    **dict.fromkeys(("newfoundland", "nst", "ndt"), -3.5),
    **dict.fromkeys(("brt", "brasilia", "art"), -3.0),
    **dict.fromkeys(("gmt", "utc", "wet", "west", "bst", "uk", "british", "western european", "greenwich"), 0.0),
    **dict.fromkeys(("cet", "cest", "central european", "mez"), 1.0),
    **dict.fromkeys(("eet", "eest", "eastern european"), 2.0),
    **dict.fromkeys(("msk", "moscow"), 3.0),
    **dict.fromkeys(("gst", "gulf"), 4.0),
    **dict.fromkeys(("ist", "india", "indian"), 5.5),
    **dict.fromkeys(("sgt", "hkt", "awst", "pht"), 8.0),
    **dict.fromkeys(("jst", "kst"), 9.0),
    "acst": 9.5,
    **dict.fromkeys(("aest", "aedt"), 10.0),
    **dict.fromkeys(("nzst", "nzdt"), 12.0),
}
#: Zone names that are also other words (states, regions, countries): zones only beside a zone word.
_WEAK = frozenset({"eastern", "central", "mountain", "pacific", "alaska", "hawaii", "atlantic", "newfoundland",
                   "et", "ct", "mt", "pt", "uk", "british", "india", "indian", "gulf", "moscow", "brasilia",
                   "greenwich", "us eastern", "us central", "us pacific", "west", "gst"})

_NAMES = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in ZONE_OFFSETS), key=len, reverse=True))
_OFFSET = r"(?:utc|gmt)\s*(?:[+\-−–]\s*\d{1,2}(?:(?::|\.)(?:30|5|45))?)?"
_ZONE = rf"(?:{_OFFSET}|(?:{_NAMES}))"
_SEP = r"\s*(?:/|,|\bor\b|\band\b|&|\bto\b|\bthrough\b|\bthru\b|-|–|—)\s*"
_TAIL = (r"(?:\s*(?:standard\s+|daylight\s+)?(?:time(?:\s*zones?)?|timezones?|tz|zones?|hours|business\s+hours"
         r"|working\s+hours|work\s+hours|core\s+hours|overlap|friendly))")
_SPREAD = r"(?:\s*(?:±|\+/-|\+-|plus\s+or\s+minus|plus/minus)\s*(?P<spread>\d{1,2})\s*(?:h|hrs?|hours?)?)"
_PHRASE = re.compile(
    rf"(?<![\w+\-])(?:(?:within|in|on|during|across|covering)\s+)?(?:(?:the|us|u\.s\.)\s+)?"
    rf"(?:(?P<near>\d{{1,2}})\s*(?:h|hrs?|hours?)\s+(?:of|from)\s+)?"
    rf"(?P<zones>{_ZONE}(?:{_SEP}{_ZONE})*)(?P<tail>{_TAIL})?{_SPREAD}?"
    rf"(?:\s+(?:preferred|only|required|ok|a\s+must|please))?(?![\w])", re.IGNORECASE)
_ONE = re.compile(_ZONE, re.IGNORECASE)

ZoneWindow = tuple[float, float]


def _offset_of(token: str) -> float | None:
    from .location import _key

    t = " ".join(token.replace("−", "-").replace("–", "-").split())
    m = re.fullmatch(r"(?:utc|gmt)\s*(?:(?P<sign>[+-])\s*(?P<h>\d{1,2})(?:(?::|\.)(?P<m>30|5|45))?)?", t, re.IGNORECASE)
    if m is not None:
        if not m.group("sign"):
            return 0.0
        minutes = {"30": 0.5, "5": 0.5, "45": 0.75}.get(m.group("m") or "", 0.0)
        value = int(m.group("h")) + minutes
        return (-value if m.group("sign") == "-" else value) if value <= 14 else None
    return ZONE_OFFSETS.get(_key(t))


def find_zones(text: str) -> tuple[ZoneWindow | None, str]:
    """The time-zone window ``text`` names and the text without it → ``((lo, hi) or None,
    rest)``; ``rest`` keeps everything else ("US remote (PST/MST)" → ((-8, -7), "US remote")).
    Several phrases widen one window. Never raises."""
    if not isinstance(text, str) or not text:
        return None, text or ""
    lo = hi = None
    spans: list[tuple[int, int]] = []
    for m in _PHRASE.finditer(text[:2000]):
        tokens = _ONE.findall(m.group("zones"))
        offsets = [_offset_of(t) for t in tokens]
        if not tokens or any(o is None for o in offsets):
            continue
        from .location import _key

        strong = [t for t in tokens if _key(t) not in _WEAK and (len(t) >= 3 or t.lower().startswith(("utc", "gmt")))]
        cased = [t for t in strong if t.isupper() or t.lower().startswith(("utc", "gmt")) or len(t) > 4]
        if not (m.group("tail") or m.group("spread") or m.group("near") or cased):
            continue  # "Central", "CT", "est" alone: a word, a state code, no zone
        spread = float(m.group("spread") or m.group("near") or 0)
        a, b = min(offsets) - spread, max(offsets) + spread  # type: ignore[type-var]
        lo, hi = (a, b) if lo is None else (min(lo, a), max(hi, b))
        spans.append(m.span())
    if lo is None:
        return None, text
    rest = text
    for s, e in reversed(spans):
        rest = rest[:s] + " " + rest[e:]
    rest = re.sub(r"\s*(?:[,;/]|\bor\b|\band\b)\s*(?=[)\]])|(?<=[(\[])\s*(?:[,;/]|\bor\b|\band\b)\s*", "", rest)  # "(US, )"
    rest = re.sub(r"[(\[]\s*[)\]]", " ", rest)  # "US remote ()"
    rest = re.sub(r"\s*(?:,|;|/|\bor\b|\band\b|-|–)\s*$", "", " ".join(rest.split()), flags=re.IGNORECASE)
    rest = re.sub(r"^\s*(?:,|;|/|\bor\b|\band\b|-|–)\s*", "", rest, flags=re.IGNORECASE)
    rest = re.sub(r"\b(?:within|in|during)\s*$", "", rest, flags=re.IGNORECASE).strip(" ,;-")
    return (float(lo), float(hi)), rest


def _fmt(offset: float) -> str:
    sign = "+" if offset >= 0 else "-"
    h, frac = divmod(abs(offset), 1)
    return f"UTC{sign}{int(h)}" + (f":{int(round(frac * 60)):02d}" if frac else "")


def window_label(window: Iterable[float] | None) -> str:
    """"UTC-6 to UTC-5", "UTC+1" (one offset) — read back by :func:`find_zones`."""
    lo, hi = tuple(window or (0.0, 0.0))[:2]
    return _fmt(lo) if lo == hi else f"{_fmt(lo)} to {_fmt(hi)}"


@lru_cache(maxsize=512)
def _tz_offset(name: str) -> float | None:
    """Standard UTC offset (hours) of an IANA zone: the smaller of its January and July offsets."""
    from zoneinfo import ZoneInfo

    try:
        z = ZoneInfo(name)
    except Exception:  # noqa: BLE001 - unknown zone name
        return None
    offs = [datetime(2026, mo, 15, 12, tzinfo=timezone.utc).astimezone(z).utcoffset() for mo in (1, 7)]
    return min(o.total_seconds() for o in offs if o is not None) / 3600.0


@lru_cache(maxsize=1)
def _zone_tables() -> tuple[dict[int, float], dict[tuple[str, str], frozenset], dict[str, frozenset]]:
    """GeoNames id → offset; (country, region) → offsets; country → offsets (all cities)."""
    from .places import _region_code
    from .location import _cities

    by_id: dict[int, float] = {}
    by_region: dict[tuple[str, str], set] = {}
    by_country: dict[str, set] = {}
    for c in _cities():
        off = _tz_offset(c.get("timezone") or "")
        if off is None:
            continue
        by_id[int(c["geonameid"])] = off
        cc = c.get("countrycode") or ""
        by_country.setdefault(cc, set()).add(off)
        region = _region_code(c)
        if region:
            by_region.setdefault((cc, region), set()).add(off)
    return (by_id, {k: frozenset(v) for k, v in by_region.items()}, {k: frozenset(v) for k, v in by_country.items()})


def place_offsets(place: Any) -> frozenset:
    """The standard UTC offsets of a place (``places.Place`` or its dict): a GeoNames city's
    zone; a town without a GeoNames id, its state's; a state's or country's, those of all their
    GeoNames cities; a group, its members'; empty when unknown."""
    from .places import as_place

    p = as_place(place)
    if p is None:
        return frozenset()
    by_id, by_region, by_country = _zone_tables()
    if p.kind == "group":
        return frozenset().union(*(place_offsets(m) for m in p.members)) if p.members else frozenset()
    if p.kind == "city" and p.geonameid in by_id:
        return frozenset({by_id[p.geonameid]})
    if p.kind in ("city", "region") and p.region and p.country:
        return by_region.get((p.country, p.region), frozenset())
    if p.kind == "country" and p.country:
        return by_country.get(p.country, frozenset())
    return frozenset()


def token_offsets(token: str) -> frozenset:
    """The offsets of a remote posting's allowed-region token ("US-OR", "US", "DE"; a
    residency radius "US-OK:Tulsa:80.5" → its state's); empty for area tokens ("EMEA")."""
    if not isinstance(token, str) or not token or token.startswith("!"):  # an exclusion names no zone
        return frozenset()
    _, by_region, by_country = _zone_tables()
    t = token.upper().split(":", 1)[0]
    if "-" in t and len(t) <= 6:
        cc, code = t.split("-", 1)
        return by_region.get((cc, code), frozenset())
    return by_country.get(t, frozenset()) if len(t) == 2 else frozenset()


def zone_verdict(window: Iterable[float], offsets: Iterable[float]) -> bool | None:
    """Whether offsets of a posting meet a window: True when any lies in it (a posting open
    across several zones includes the person's), False when none does, None when none is known."""
    lo, hi = tuple(window)[:2]
    offs = list(offsets)
    if not offs:
        return None
    return any(lo - 1e-9 <= o <= hi + 1e-9 for o in offs)


def offsets_text(offsets: Iterable[float]) -> str:
    """"UTC-8" / "UTC-8 to UTC-5" for a set of offsets."""
    offs = sorted(offsets)
    return window_label((offs[0], offs[-1])) if offs else ""


def window_of(place: Mapping[str, Any] | Any) -> ZoneWindow | None:
    """The ``utc_offsets`` window of a remote place (dict or Place), else None."""
    from .places import as_place

    p = as_place(place)
    w = getattr(p, "utc_offsets", None) if p is not None else None
    return (float(w[0]), float(w[1])) if w else None
