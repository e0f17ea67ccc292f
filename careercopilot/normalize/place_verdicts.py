"""The location check of a posting against the wanted places: :func:`location_verdict` and the
remote-region rule :func:`remote_admits` (split from ``normalize.places`` for size; both are
re-exported there, which is where callers import them from). Nothing here raises."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .location import region_contains

if TYPE_CHECKING:
    from .places import Place

__all__ = ["remote_admits", "location_verdict", "limit_text"]


def remote_admits(token: str, home: Place | Mapping[str, Any]) -> bool | None:
    """Whether a remote posting's allowed-region token admits someone living in ``home``.

    ``token``: ISO 3166-2 code ("US-CO": home must be in that state/province), ISO alpha-2
    country, or an area token (:func:`region_contains`). ``None`` when it cannot tell (a
    state-limited posting and a home given only as a country).
    """
    from .places import as_place

    h = as_place(home)
    if h is None or h.kind == "remote" or not isinstance(token, str) or not token:
        return None
    if token.startswith("!"):  # "!US-CA": admitted unless inside the excluded area (normalize.residency)
        inside = remote_admits(token[1:], h)
        return None if inside is None else not inside
    if h.kind == "group":  # some member admitted → True; all refused → False
        said = [remote_admits(token, m) for m in h.members]
        return True if True in said else False if said and all(v is False for v in said) else None
    if token.count(":") == 2:  # "US-OK:Tulsa:80.5": live within 80.5 km of Tulsa (normalize.residency)
        return _near_admits(token, h)
    t = token.upper()
    if h.kind == "area":
        if len(t) == 2:
            return region_contains(h.name, t)
        return True if t == h.name or t == "WORLDWIDE" else None
    if "-" in t and len(t) <= 6:
        cc, code = t.split("-", 1)
        if h.country != cc:
            return False
        if h.kind == "country":
            return None
        return h.region == code
    return region_contains(t, h.country)


def _near_admits(token: str, home: Place) -> bool | None:
    """A residency radius token ("US-OK:Tulsa:80.5") against a home: a city within that many km
    of the named city (``places.METRO_RADIUS_KM`` is not added: the posting's radius is its own)."""
    from .places import _city_candidates, place_within

    where, name, km = token.split(":")
    cc, _, code = where.upper().partition("-")
    try:
        radius = float(km)
    except ValueError:
        return None
    if home.country != cc:
        return False
    if code and home.region and home.region != code and home.kind in ("city", "region", "group"):
        return False  # another state
    if home.kind != "city":
        return None  # a whole state or country: cannot tell
    centre = next(iter(_city_candidates(name, country=cc, region=code or None)), None)
    if centre is None:
        return None
    if home.lat is None:
        return True if home.name.casefold() == centre.name.casefold() else None
    return place_within(home, centre.model_copy(update={"radius_km": radius}))


def limit_text(token: str) -> str:
    """A limit token as the explanation names it: "within 50 mi of Tulsa, OK" for a residency
    radius, the token itself otherwise ("US-OR", "US", "EMEA")."""
    if isinstance(token, str) and token.count(":") == 2:
        where, name, km = token.split(":")
        try:
            miles = float(km) / 1.609344
        except ValueError:
            return token
        state = where.partition("-")[2]
        return f"within {miles:.0f} mi of {name}" + (f", {state}" if state else "")
    return token


def _zone_check(windows: list, limits: list[str], posted: list) -> tuple[bool | None, str]:
    """The time zones of a remote posting (its limit tokens, else its places:
    ``place_zones``) against the person's windows → ``(ok, words)``."""
    from .place_zones import offsets_text, place_offsets, token_offsets, window_label, zone_verdict

    offs = frozenset().union(*(token_offsets(t) for t in limits)) if limits else frozenset()
    if not offs:
        offs = frozenset().union(*(place_offsets(p) for p in posted)) if posted else frozenset()
    mine = " or ".join(window_label(w) for w in windows[:2])
    said = [zone_verdict(w, offs) for w in windows]
    if True in said:
        return True, f"its time zones ({offsets_text(offs)}) include your {mine}"
    if said and all(v is False for v in said):
        return False, f"Remote posting in {offsets_text(offs)}, outside your time zones ({mine})"
    return None, f"Remote posting without a stated time zone; you want {mine}"


def location_verdict(wanted: Iterable[Any], *, places: Iterable[Any] = (), work_mode: str | None = None,
                     allowed_regions: Iterable[str] = (), country: str | None = None) -> tuple[bool | None, str]:
    """Does a posting meet the wanted places? → ``(ok, reason)``; ``ok`` None = cannot tell.

    ``wanted``: the user's places (dicts or :class:`Place`; a ``remote`` place = accepts remote).
    ``places``: the posting's places (every location of a multi-location posting);
    ``country``: its primary country (used when it has no places); ``allowed_regions``: where a
    remote posting's applicants may live (countries, ISO 3166-2 "US-CO", area tokens).

    * Remote posting: when every remote place of the user has a time-zone window
      (``utc_offsets``: "remote, Eastern or Central time"), the posting's zones (of its limits,
      else its places: ``place_zones``) must meet one (not ok when none does, None when it
      states none). With stated limits (countries, states, a residency radius "US-OK:Tulsa:80.5"
      read from the description: ``normalize.residency``), ok when some limit admits one of the
      user's non-remote places (:func:`remote_admits`) that no exclusion ("!US-CA": "US remote excluding
      CA") holds — not ok when every one is excluded; ``None`` when the user named only "Remote" or a limit is
      finer than the user's place (a state-limited posting, a country-level home). Without
      limits: ok when the user accepts remote, else ``None``.
    * Onsite / hybrid / unstated: ok when any posting place lies in any wanted place
      (:func:`place_within`); ``None`` when the posting has no place; else not ok.
    """
    from .places import _country_place, as_place, place_within

    want = [p for p in (as_place(w) for w in wanted) if p is not None]
    if not want:
        return None, "No locations stated"
    homes = [w for w in want if w.kind != "remote"]
    accepts_remote = len(homes) < len(want)
    mine = ", ".join(w.label for w in want[:3])
    posted = [p for p in (as_place(x) for x in places) if p is not None]
    if not posted and country:
        posted = [_country_place(country)]
    if work_mode == "remote":
        limits = [t for t in allowed_regions if isinstance(t, str) and t]
        excluded = [t[1:] for t in limits if t.startswith("!")]  # "!US-CA" (normalize.residency)
        limits = [t for t in limits if not t.startswith("!")] or list(dict.fromkeys(
            t.split("-", 1)[0] for t in excluded))
        remote = [w for w in want if w.kind == "remote"]
        windows = [w.utc_offsets for w in remote if w.utc_offsets]
        zone_ok, zone_why = (None, "")
        if windows and len(windows) == len(remote):  # "remote, Eastern or Central time" (place_zones)
            zone_ok, zone_why = _zone_check(windows, limits, posted)
            if zone_ok is False:
                return False, zone_why
        if not limits:
            if accepts_remote and zone_ok is not None:
                return True, f"Remote posting; {zone_why}"
            if accepts_remote and not windows:
                return True, "Remote posting; you accept remote"
            if accepts_remote:
                return None, zone_why
            return None, "Remote posting without stated location limits"
        where = ", ".join(limit_text(t) for t in limits[:4]) + (
            f" excluding {', '.join(limit_text(t) for t in excluded[:6])}" if excluded else "")
        if excluded and homes:
            out = [h for h in homes if any(remote_admits(t, h) is True for t in excluded)]
            if len(out) == len(homes):
                return False, f"Remote posting open to {where}, not {', '.join(h.label for h in homes[:3])}"
            homes = [h for h in homes if h not in out]
        if not homes:
            if zone_ok and not any("-" in t or ":" in t for t in limits):
                return True, f"Remote posting open to {where}; {zone_why}"
            return None, f"Remote posting open to {where}; add where you live to check it"
        verdicts = [(remote_admits(t, h), h) for t in limits for h in homes]
        hit = next((h for v, h in verdicts if v is True), None)
        if hit is not None:
            return True, f"Remote posting open to {where}, which includes {hit.label}"
        if any(v is None for v, _ in verdicts):
            return None, f"Remote posting open to {where} only; cannot tell whether that includes {mine}"
        return False, f"Remote posting open to {where} only, not {', '.join(h.label for h in homes[:3])}"
    if not posted:
        return None, "The posting does not say where it is"
    there = "; ".join(p.label for p in posted[:3]) + (" …" if len(posted) > 3 else "")
    mode_refused = None
    for p in posted:
        for w in homes:
            if place_within(p, w):
                if w.modes and work_mode in ("onsite", "hybrid") and work_mode not in w.modes:
                    mode_refused = mode_refused or (p, w)  # "Columbus (hybrid)": not on site there
                    continue
                return True, f"Located in {p.label}, within {w.label}"
    if mode_refused is not None:
        p, w = mode_refused
        return False, f"{work_mode.capitalize()} in {p.label}; you want {w.label}"
    mode = {"hybrid": "Hybrid", "onsite": "Onsite"}.get(work_mode or "", "Located")
    if not homes:
        return False, f"{mode} in {there}; you want remote work"
    return False, f"{mode} in {there}, not in your locations ({mine})"
