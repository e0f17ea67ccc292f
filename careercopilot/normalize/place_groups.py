"""US regions people name instead of places ("the Southeast", "Pacific Northwest", "New England",
"Bay Area", "Research Triangle", "Front Range") → a ``places.Place`` of kind ``group`` whose
``members`` are the states or cities it covers; a posting place within any member is within the
group (``places.place_within``).

Member lists and their sources (issue 11, brief prefs51: each region cites its definition):

* Census regions and divisions — US Census Bureau, "Census Regions and Divisions of the United
  States" (geography reference map; the four regions and nine divisions used since 1950).
  Northeast, Midwest, South, West; New England, Middle Atlantic, East North Central, West North
  Central, South Atlantic, East South Central, West South Central, Mountain, Pacific.
* "Southeast" and "Mid-Atlantic" (no Census region of that name) — the US Bureau of Labor
  Statistics regional information offices: Southeast (Atlanta: AL, FL, GA, KY, MS, NC, SC, TN) and
  Mid-Atlantic (Philadelphia: DE, DC, MD, NJ, PA, VA, WV).
* "Pacific Northwest" — the Pacific Northwest Electric Power Planning and Conservation Act of
  1980, 16 U.S.C. § 839a(14): Oregon, Washington, Idaho and western Montana; read at state
  granularity as WA, OR, ID (western Montana left out: a state cannot be split here).
* Metro-scale regions — cities, each standing for its ``places.METRO_RADIUS_KM`` around it:
  "Bay Area": the nine counties of the Association of Bay Area Governments (ABAG/MTC), by their
  principal city or county seat; "Tri-State area": the principal cities named in the New
  York-Newark, NY-NJ-CT-PA CSA and its MSAs (OMB Bulletin 23-01) in the three states; "DFW":
  the Dallas-Fort Worth-Arlington, TX MSA title cities (OMB Bulletin 23-01) plus Denton and
  Plano (principal cities of that MSA); "Research Triangle": Raleigh, Durham and Chapel Hill,
  the three university cities that name it (Research Triangle Foundation of North Carolina);
  "Inland Empire": the Riverside-San Bernardino-Ontario, CA MSA title cities (OMB Bulletin
  23-01); "Front Range": the Front Range Urban Corridor from Cheyenne, WY to Pueblo, CO (US
  Geological Survey, Front Range Urban Corridor map series, 1970s).

Look-up keys are ``location._key`` forms after dropping "the", "greater", a trailing "area",
"region", "metro", "metroplex", "US"/"USA"/"United States" and a leading "US"/"Colorado"-style
state word where the table says so. Nothing here raises.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .places import Place

__all__ = ["GROUPS", "group_place", "group_key"]

_NE = ("CT", "ME", "MA", "NH", "RI", "VT")
_MID_ATL_CENSUS = ("NJ", "NY", "PA")
_ENC = ("IL", "IN", "MI", "OH", "WI")
_WNC = ("IA", "KS", "MN", "MO", "NE", "ND", "SD")
_SA = ("DE", "DC", "FL", "GA", "MD", "NC", "SC", "VA", "WV")
_ESC = ("AL", "KY", "MS", "TN")
_WSC = ("AR", "LA", "OK", "TX")
_MOUNTAIN = ("AZ", "CO", "ID", "MT", "NV", "NM", "UT", "WY")
_PACIFIC = ("AK", "CA", "HI", "OR", "WA")

#: Group name → ``("states", state codes)`` or ``("cities", ((city, state code), …))`` (module doc
#: for each source). All in the US.
GROUPS: dict[str, tuple[str, tuple]] = {
    # US Census Bureau regions
    "Northeast": ("states", _NE + _MID_ATL_CENSUS),
    "Midwest": ("states", _ENC + _WNC),
    "South": ("states", _SA + _ESC + _WSC),
    "West": ("states", _MOUNTAIN + _PACIFIC),
    # US Census Bureau divisions
    "New England": ("states", _NE),
    "Middle Atlantic": ("states", _MID_ATL_CENSUS),
    "East North Central": ("states", _ENC),
    "West North Central": ("states", _WNC),
    "South Atlantic": ("states", _SA),
    "East South Central": ("states", _ESC),
    "West South Central": ("states", _WSC),
    "Mountain West": ("states", _MOUNTAIN),
    "Pacific": ("states", _PACIFIC),
    # BLS regional information offices
    "Southeast": ("states", ("AL", "FL", "GA", "KY", "MS", "NC", "SC", "TN")),
    "Mid-Atlantic": ("states", ("DE", "DC", "MD", "NJ", "PA", "VA", "WV")),
    # 16 U.S.C. § 839a(14), at state granularity
    "Pacific Northwest": ("states", ("WA", "OR", "ID")),
    # metro-scale regions (cities, each with its METRO_RADIUS_KM)
    "Bay Area": ("cities", (("San Francisco", "CA"), ("Oakland", "CA"), ("San Jose", "CA"), ("Concord", "CA"),
                            ("San Rafael", "CA"), ("Napa", "CA"), ("Redwood City", "CA"), ("Fairfield", "CA"),
                            ("Santa Rosa", "CA"))),
    "Tri-State Area": ("cities", (("New York City", "NY"), ("Newark", "NJ"), ("Jersey City", "NJ"),
                                  ("White Plains", "NY"), ("Stamford", "CT"), ("Bridgeport", "CT"),
                                  ("New Haven", "CT"), ("New Brunswick", "NJ"))),
    "Dallas-Fort Worth": ("cities", (("Dallas", "TX"), ("Fort Worth", "TX"), ("Arlington", "TX"), ("Denton", "TX"),
                                     ("Plano", "TX"))),
    "Research Triangle": ("cities", (("Raleigh", "NC"), ("Durham", "NC"), ("Chapel Hill", "NC"))),
    "Inland Empire": ("cities", (("Riverside", "CA"), ("San Bernardino", "CA"), ("Ontario", "CA"))),
    "Front Range": ("cities", (("Cheyenne", "WY"), ("Fort Collins", "CO"), ("Greeley", "CO"), ("Boulder", "CO"),
                               ("Denver", "CO"), ("Colorado Springs", "CO"), ("Pueblo", "CO"))),
}

#: Other wordings (``location._key`` form, after :func:`group_key`'s trimming) → a :data:`GROUPS` name.
_ALIASES: dict[str, str] = {
    "north east": "Northeast", "northeastern": "Northeast", "northeastern united states": "Northeast",
    "mid west": "Midwest", "midwestern": "Midwest", "midwestern united states": "Midwest",
    "mid atlantic": "Mid-Atlantic", "midatlantic": "Mid-Atlantic", "middle atlantic": "Middle Atlantic",
    "south east": "Southeast", "southeastern": "Southeast", "southeastern united states": "Southeast",
    "pnw": "Pacific Northwest", "pacific north west": "Pacific Northwest",
    "mountain states": "Mountain West", "rocky mountain": "Mountain West",
    "sf bay": "Bay Area", "san francisco bay": "Bay Area", "sf bay area": "Bay Area",
    "tri state": "Tri-State Area", "tristate": "Tri-State Area", "ny tri state": "Tri-State Area",
    "nyc tri state": "Tri-State Area", "new york tri state": "Tri-State Area",
    "dfw": "Dallas-Fort Worth", "dallas fort worth": "Dallas-Fort Worth", "dallas ft worth": "Dallas-Fort Worth",
    "dfw metroplex": "Dallas-Fort Worth", "dallas fort worth metroplex": "Dallas-Fort Worth",
    "metroplex": "Dallas-Fort Worth",
    "triangle": "Research Triangle", "raleigh durham": "Research Triangle", "nc triangle": "Research Triangle",
    "raleigh durham chapel hill": "Research Triangle", "rtp": "Research Triangle",
    "colorado front range": "Front Range", "front range urban corridor": "Front Range",
}

#: One-word names read as the region only with "the" or a qualifier ("the South", "the West",
#: "US West", "Pacific region"): alone they are words of company names and titles.
_QUALIFIED_ONLY = frozenset({"West", "South", "Pacific"})

_TRIM_HEAD = re.compile(r"^(?:the|greater|us|u s|usa)\s+")
_TRIM_TAIL = re.compile(r"\s+(?:area|region|metro|metroplex|corridor|of the (?:us|usa|united states)|us|u s|usa"
                        r"|united states|states)$")


def group_key(text: str) -> str | None:
    """The :data:`GROUPS` name ``text`` names ("the Southeast" → "Southeast", "PNW" → "Pacific
    Northwest", "DFW metroplex" → "Dallas-Fort Worth"), else ``None``."""
    from .location import _key

    if not isinstance(text, str) or not text.strip() or len(text) > 80:
        return None
    k = _key(text)
    names = {_key(n): n for n in GROUPS}
    bare = not re.match(r"^\s*the\s", text, re.IGNORECASE)
    for _ in range(4):
        hit = names.get(k) or _ALIASES.get(k)
        if hit and bare and k == _key(text) and hit in _QUALIFIED_ONLY:
            return None  # "Union Pacific", "sales rep South": a bare word, not the region
        if hit:
            return hit
        trimmed = _TRIM_TAIL.sub("", _TRIM_HEAD.sub("", k)).strip()
        if trimmed == k or not trimmed:
            return None
        k = trimmed
    return None


@lru_cache(maxsize=64)
def group_place(name: str) -> Place | None:
    """The ``group`` place of a :data:`GROUPS` name (or of any wording :func:`group_key` reads):
    ``members`` are region places (states) or city places (GeoNames, with coordinates); a member
    city GeoNames does not list is left out. ``None`` for no group."""
    from .places import Place, _city_candidates, _region_place

    key = group_key(name)
    if key is None:
        from .place_parts import part_place

        return part_place(name)  # "Upstate NY", "North Jersey", "NoVA": a part of one state
    what, items = GROUPS[key]
    members: list[Place] = []
    if what == "states":
        members = [_region_place("US", code) for code in items]
    else:
        for city, code in items:
            found = _city_candidates(city, country="US", region=code, primary_only=True)
            if found:
                members.append(found[0])
    if not members:
        return None
    return Place(kind="group", name=key, country="US", members=tuple(members))


#: Miles per kilometre (international mile, 1,609.344 m).
_KM_PER_MILE = 1.609344
_MODE_LABELS = {"onsite": "on-site", "hybrid": "hybrid", "remote": "remote"}


def qualified_label(label: str, place: dict) -> str:
    """``label`` with a wanted place's radius and modes, worded so the preference reader reads it
    back the same: "Within 30 mi of Dayton, OH, US" (miles in the US, else km), "Columbus, OH, US
    (on-site/hybrid)"."""
    radius = place.get("radius_km")
    if isinstance(radius, (int, float)) and radius > 0:
        if place.get("country") == "US":
            label = f"Within {radius / _KM_PER_MILE:.0f} mi of {label}"
        else:
            label = f"Within {radius:.0f} km of {label}"
    modes = [_MODE_LABELS[m] for m in place.get("modes") or () if m in _MODE_LABELS]
    return f"{label} ({'/'.join(modes)})" if modes else label


_CENSUS = "US Census Bureau"
#: The short source of each :data:`GROUPS` member list, as the Preferences page names it.
SOURCES: dict[str, str] = {
    **{n: f"{_CENSUS} region" for n in ("Northeast", "Midwest", "South", "West")},
    **{n: f"{_CENSUS} division" for n in ("New England", "Middle Atlantic", "East North Central", "West North Central",
                                          "South Atlantic", "East South Central", "West South Central",
                                          "Mountain West", "Pacific")},
    "Southeast": "BLS Southeast region", "Mid-Atlantic": "BLS Mid-Atlantic region",
    "Pacific Northwest": "Northwest Power Act, 16 U.S.C. § 839a",
    "Bay Area": "the nine ABAG counties", "Tri-State Area": "New York CSA, OMB Bulletin 23-01",
    "Dallas-Fort Worth": "Dallas-Fort Worth-Arlington MSA, OMB Bulletin 23-01",
    "Research Triangle": "Research Triangle Foundation", "Inland Empire": "Riverside-San Bernardino-Ontario MSA",
    "Front Range": "USGS Front Range Urban Corridor",
}


def describe(place) -> str:
    """What a wanted place covers, for the Preferences page: a group's members and source
    ("Southeast, US: AL, FL, GA, KY, MS, NC, SC, TN (BLS Southeast region)."; cities are named
    "… and 50 km around each"), a stated radius ("Within 30 mi of Dayton, OH, US: 48 km around
    it."); '' for any other place."""
    from .places import as_place

    p = as_place(place)
    if p is None:
        return ""
    if p.kind == "group" and p.members:
        if all(m.kind == "region" for m in p.members):
            names = ", ".join(m.region or m.name for m in p.members)
        else:
            from .places import METRO_RADIUS_KM

            radius = p.members[0].radius_km or METRO_RADIUS_KM
            within = f" in {p.region}" if p.region else ""
            shown = [m.name for m in p.members[:10]] + ([f"{len(p.members) - 10} more"] if len(p.members) > 10 else [])
            names = ", ".join(shown) + f" and {radius:.0f} km around each{within}"
        from .place_parts import SOURCES as PART_SOURCES

        src = SOURCES.get(p.name) or PART_SOURCES.get(p.name) or PART_SOURCES.get(f"{p.name} {p.region}")
        return f"{p.label}: {names}" + (f" ({src})." if src else ".")
    if p.kind == "city" and p.radius_km:
        return f"{p.label}: {p.radius_km:.0f} km around it."
    return ""
