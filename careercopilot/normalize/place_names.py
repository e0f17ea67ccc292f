"""Short forms, nicknames and abbreviations of place names, as data (issue 11, "Preferences as
structured places": "SF", "LA", "DC", "Nola", "the Bay", "NoVA", "SoCal" were read as nothing,
as Laos, or as a village in the Central African Republic).

Tables (keys are ``location._key`` forms: accents folded, lower case, punctuation as spaces, a
leading "the" dropped — so "the Bay" is ``"bay"`` and "H-Town" is ``"h town"``):

* :data:`CITY_NICKNAMES` — short forms and nicknames of one city → ``(GeoNames primary name,
  ISO 3166-2 region code or None, ISO 3166-1 alpha-2)``; merged into
  :data:`~careercopilot.normalize.metros.METRO_ALIASES`, so both the preference reader and
  the posting reader (``normalize.places``) read them, and the place picker suggests them.
  Sources: Wikipedia "List of city nicknames in the United States" (and the per-state lists)
  and the articles of each city (sections "Names and nicknames" / "Etymology"); former names
  from the city articles ("Calcutta": renamed Kolkata in 2001). Entries marked ``# usage``
  rest on how job boards and job seekers write them rather than on those lists (not checked
  against a published list: review them when a table of real preference texts exists).
  Airport codes are listed ONLY where people write them as the city's name ("ATL", "SLC",
  "OKC"; "PDX" is ``# usage``); "JFK", "LAX", "ORD" are airports and are not here.
* :data:`REGION_NICKNAMES` — nicknames of a part of a state that has no principal city →
  the state (``(country, ISO 3166-2 code)``). "SoCal"/"Southern California" and
  "NorCal"/"Northern California" are parts of California without one principal city (the
  Los Angeles CSA and the San Francisco CSA together are not all of either): a preference for
  SoCal is read as California — it admits every Californian posting rather than drop San Diego
  (180 km from Los Angeles, beyond ``places.METRO_RADIUS_KM``). Structured places have no
  polygons, so the state is the smallest place that holds the whole region.
* :data:`ABBREVIATIONS` — "St." / "Mt." / "Ft." / "Pt." / "Ste." read as their long form on
  both sides of a look-up ("Mt. Vernon, NY" is GeoNames "Mount Vernon"; "St. Paul" is "Saint
  Paul"): :func:`canon_key`.

Rules the readers apply (``places._resolve_group``, ``metros.metro_readings``):

1. A nickname wins over a homonymous GeoNames place when the text gives no other context:
   "Nola" is New Orleans (GeoNames lists "Nola" as its alternate name, and also as the primary
   name of Nola, CF, which a primary-name-first look-up picked); "the Bay" is San Francisco,
   not Bay, PH; "Calcutta" is Kolkata, not Calcutta, ZA.
2. With context the real place wins: "Nola, Central African Republic" is Nola, CF; "Bay,
   Philippines" is Bay, PH. A hint that agrees keeps the nickname: "SF, CA", "KL, Malaysia"
   (``metros._hints_agree``).
3. Two letters alone: "LA", "SF", "DC", "KC", "KL" are the cities of the table. Every other
   two-letter token alone keeps the ISO 3166-1 rule (an upper-case code alone is a country:
   "DE" Germany, "IN" India, "CA" Canada, "HK" Hong Kong). Evidence from the recorded
   postings (benchmarks/data/issue11/postings.jsonl + careercopilot/data/demo_feed, 2,363
   location strings): no two-letter token stands alone; after a city, 2,095 two-letter tokens
   are US state codes save 5 (Lisbon, PT ×2; Munich/Cologne, DE ×2 — cities of those
   countries; Montréal, QC); "LA" after a city is Louisiana all 12 times ("Baton Rouge, LA",
   "Metairie, LA"), never Laos — a state code after a city stays a state, also after a town
   GeoNames does not list ("Blue Bell, PA" was read as Panama: 36 postings of the issue 11
   set got a place outside the US before, none after; ``benchmarks/place_readings.py``).

Nothing here raises.
"""

from __future__ import annotations

import re

__all__ = ["CITY_NICKNAMES", "REGION_NICKNAMES", "ABBREVIATIONS", "canon_key", "has_abbreviation"]

#: City short forms and nicknames → (GeoNames primary name, region code or None, country).
#: Metro-area principal cities follow OMB Bulletin 23-01 (the first principal city of the CBSA
#: title): "NoVA" (Northern Virginia) lies in the Washington-Arlington-Alexandria, DC-VA-MD-WV
#: MSA, whose first principal city in Virginia is Arlington (a posting's "NoVA"; a preference's
#: "NoVA" is the Northern Virginia part of the state, ``place_parts``, read first); "the DMV" (DC, Maryland,
#: Virginia) and "DC" are that MSA's first principal city, Washington; "Tampa Bay" is the
#: Tampa-St. Petersburg-Clearwater, FL MSA → Tampa; "KC" is the Kansas City, MO-KS MSA →
#: Kansas City, MO.
CITY_NICKNAMES: dict[str, tuple[str, str | None, str]] = {
    # United States
    "sf": ("San Francisco", "CA", "US"),
    "bay": ("San Francisco", "CA", "US"),  # "the Bay"
    "east bay": ("Oakland", "CA", "US"),  # usage
    "la": ("Los Angeles", "CA", "US"),
    "l a": ("Los Angeles", "CA", "US"),
    "dc": ("Washington", "DC", "US"),
    "dmv": ("Washington", "DC", "US"),  # usage
    "nova": ("Arlington", "VA", "US"),
    "northern virginia": ("Arlington", "VA", "US"),
    "slc": ("Salt Lake City", "UT", "US"),
    "kc": ("Kansas City", "MO", "US"),
    "okc": ("Oklahoma City", "OK", "US"),
    "atl": ("Atlanta", "GA", "US"),
    "chi": ("Chicago", "IL", "US"),
    "chi town": ("Chicago", "IL", "US"),
    "chitown": ("Chicago", "IL", "US"),
    "h town": ("Houston", "TX", "US"),
    "htown": ("Houston", "TX", "US"),
    "nola": ("New Orleans", "LA", "US"),
    "st pete": ("St. Petersburg", "FL", "US"),
    "saint pete": ("St. Petersburg", "FL", "US"),
    "tampa bay": ("Tampa", "FL", "US"),
    "pdx": ("Portland", "OR", "US"),  # usage
    "beantown": ("Boston", "MA", "US"),
    "philly": ("Philadelphia", "PA", "US"),
    "vegas": ("Las Vegas", "NV", "US"),
    # Elsewhere
    "kl": ("Kuala Lumpur", None, "MY"),  # usage
    "mtl": ("Montréal", "QC", "CA"),  # usage
    "calcutta": ("Kolkata", None, "IN"),
    "delhi ncr": ("New Delhi", None, "IN"),  # usage
    "ncr delhi": ("New Delhi", None, "IN"),  # usage
    "cdmx": ("Mexico City", None, "MX"),
    "mexico df": ("Mexico City", None, "MX"),
}

#: Regions named by a nickname → (country, ISO 3166-2 subdivision code); see the module doc.
REGION_NICKNAMES: dict[str, tuple[str, str]] = {
    "socal": ("US", "CA"),
    "so cal": ("US", "CA"),
    "southern california": ("US", "CA"),
    "norcal": ("US", "CA"),
    "nor cal": ("US", "CA"),
    "northern california": ("US", "CA"),
}

#: Place-name abbreviations read as their long form (whole words of a ``_key``: "St." → "st").
ABBREVIATIONS: dict[str, str] = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}
_ABBREVIATED = re.compile(r"\b(?:" + "|".join(ABBREVIATIONS) + r")\b")


def has_abbreviation(key: str) -> bool:
    """Whether a ``_key`` holds a short form of :data:`ABBREVIATIONS` ("st", "mt" …)."""
    return bool(_ABBREVIATED.search(key))


def canon_key(key: str) -> str:
    """``key`` (a ``_key`` form) with every :data:`ABBREVIATIONS` word spelled out:
    "mt vernon" → "mount vernon", "st louis" → "saint louis"; other keys unchanged."""
    if not has_abbreviation(key):
        return key
    return " ".join(ABBREVIATIONS.get(w, w) for w in key.split(" "))
