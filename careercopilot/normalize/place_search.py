"""Place suggestions while typing (the Preferences place picker): :func:`search_places`.

A typed text is matched as **word prefixes** of place names (issue 10 trial finding: "Greater
Bost" suggested nothing), accents and case ignored and spaces collapsed (``location._key``):

* every typed word must begin the corresponding word of the name, the last one may be partial:
  "san fran" → San Francisco, "Rio de Jan" → Rio de Janeiro, "Zuri" → Zürich;
* the abbreviations of :data:`ABBREVIATIONS` equal their long form on both sides: "St. Lou",
  "Saint Lou", "st lou" → St. Louis / Saint-Louis; "Ft Wor" → Fort Worth; "Mt Vern" → Mount Vernon;
* metro-area words (``metros.strip_metro_words``: "Greater", "Metro", "… Area") are dropped, so
  "Greater Bost" also looks for "Bost…" (Boston, MA); names of
  :data:`~careercopilot.normalize.metros.METRO_ALIASES` match by prefix too ("Bay Ar" → San
  Francisco, "Twin Cit" → Minneapolis);
* with 3 or more characters, a word prefix later in a name matches too, ranked after names
  that begin with the text ("Worth" → Fort Worth).

Order: the exact place the text names (``resolve_place``), Remote, countries, US/CA/AU
states and provinces, US regions (``place_groups``: "New Eng" → New England) and parts of states
(``place_parts``: "Upstate N" → Upstate New York), metro aliases, cities beginning with the text (by population), cities
with a later word beginning with it (by population). Nothing here raises.
"""

from __future__ import annotations

from functools import lru_cache

from .location import _cities, _key
from .metros import METRO_ALIASES, metro_place, strip_metro_words
from .place_names import ABBREVIATIONS  # "St." → "saint" …: one table for look-ups and suggestions

__all__ = ["search_places", "ABBREVIATIONS"]


def _canon(key: str, *, partial_last: bool = False) -> list[str]:
    """``key`` with :data:`ABBREVIATIONS` expanded. With ``partial_last`` (a typed text whose
    last word may be unfinished: "st" may begin "Stockholm") both readings of that word."""
    words = key.split(" ")
    full = " ".join(ABBREVIATIONS.get(w, w) for w in words)
    if not partial_last:
        return [full]
    head = " ".join(ABBREVIATIONS.get(w, w) for w in words[:-1])
    raw_last = (head + " " + words[-1]).strip()
    return list(dict.fromkeys([full, raw_last]))


@lru_cache(maxsize=1)
def _city_keys() -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Canonical name keys of ``_cities()`` (same order) and their populations."""
    cities = _cities()
    return (tuple(_canon(_key(c.get("name") or ""))[0] for c in cities),
            tuple(int(c.get("population") or 0) for c in cities))


def _typed_variants(query: str) -> list[str]:
    """Canonical keys the typed ``query`` may begin: as typed, and without metro words."""
    variants = _canon(_key(query), partial_last=True)
    core, dropped = strip_metro_words(query)
    if dropped and len(_key(core)) >= 2:
        variants += _canon(_key(core), partial_last=True)
    return [v for v in dict.fromkeys(variants) if len(v) >= 2]


def search_places(query: str, *, limit: int = 10) -> list:
    """Places (``places.Place``) a picker suggests for the typed ``query`` (see the module
    docstring for the matching rules and the order); at most ``limit``. A ``query`` of fewer
    than 2 characters → []. "Boston, m" (a comma): cities named like the part before the comma,
    the exact place first."""
    from .places import _city_place, _country_names, _country_place, _region_names, _region_place, resolve_place

    q = _key(query or "")
    if len(q) < 2:
        return []
    exact = resolve_place(query)
    out: list = [exact] if exact else []
    cities = _cities()
    keys, pops = _city_keys()
    if "," in query:
        head = _canon(_key(query.split(",")[0]))[0]
        hits = [i for i, k in enumerate(keys) if k.startswith(head)] if len(head) >= 2 else []
        out += [_city_place(cities[i]) for i in sorted(hits, key=lambda i: -pops[i])[: limit * 2]]
        return _unique(out)[:limit]
    variants = _typed_variants(query)
    if _key("remote").startswith(q):
        out.append(_remote())
    out += [_country_place(cc) for cc, name in _country_names() if any(name.startswith(v) for v in variants)]
    out += [_region_place(cc, code) for (cc, code), name in _region_names().items()
            if any(name.startswith(v) for v in variants)]
    from .place_groups import GROUPS, group_place

    # US regions by prefix ("New Eng" → New England, "Pacific N" → Pacific Northwest: place_groups)
    out += [g for n in GROUPS if any(_key(n).startswith(v) for v in variants) and (g := group_place(n)) is not None]
    from .place_parts import PARTS, part_place

    # parts of states by prefix ("Upstate N" → Upstate New York, "North Jer" → North Jersey: place_parts)
    out += [g for n in PARTS if any(_key(n).startswith(v) for v in variants) and (g := part_place(n)) is not None]
    for alias in sorted(k for k in METRO_ALIASES if any(k.startswith(v) for v in variants)):
        metro = metro_place(alias)
        if metro is not None:
            out.append(metro)
    starts = [i for i, k in enumerate(keys) if any(k.startswith(v) for v in variants)]
    out += [_city_place(cities[i]) for i in sorted(starts, key=lambda i: -pops[i])[: limit * 2]]
    if len(q) >= 3 and len(out) < limit:
        inner = [i for i, k in enumerate(keys) if any((" " + v) in k for v in variants)]
        out += [_city_place(cities[i]) for i in sorted(inner, key=lambda i: -pops[i])[: limit * 2]]
    return _unique(out)[:limit]


def _remote():
    from .places import Place

    return Place(kind="remote", name="Remote")


def _unique(places: list) -> list:
    seen: list = []
    for p in places:
        if p not in seen:
            seen.append(p)
    return seen


#: Queries that walk every path of :func:`search_places` (the comma path, country/region/metro
#: names, city prefixes and later-word matches), loading every table it reads.
_WARM_QUERIES = ("Denver, CO", "Bost", "Worth")


def warm() -> None:
    """Load the GeoNames tables and the keys :func:`search_places` reads (``lru_cache``: ~2–5 s
    and ~100 MB once per process), so a user's first search is not the one that pays it.
    Call at start-up on a worker thread (``careercopilot.careercopilot`` does)."""
    for query in _WARM_QUERIES:
        search_places(query)
