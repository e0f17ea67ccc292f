"""The location check of a posting against the wanted places: :func:`location_verdict` and the
remote-region rule :func:`remote_admits` (split from ``normalize.places`` for size; both are
re-exported there, which is where callers import them from). Nothing here raises."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .location import region_contains

if TYPE_CHECKING:
    from .places import Place

__all__ = ["remote_admits", "location_verdict"]


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
    if h.kind == "group":  # some member admitted → True; all refused → False
        said = [remote_admits(token, m) for m in h.members]
        return True if True in said else False if said and all(v is False for v in said) else None
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


def location_verdict(wanted: Iterable[Any], *, places: Iterable[Any] = (), work_mode: str | None = None,
                     allowed_regions: Iterable[str] = (), country: str | None = None) -> tuple[bool | None, str]:
    """Does a posting meet the wanted places? → ``(ok, reason)``; ``ok`` None = cannot tell.

    ``wanted``: the user's places (dicts or :class:`Place`; a ``remote`` place = accepts remote).
    ``places``: the posting's places (every location of a multi-location posting);
    ``country``: its primary country (used when it has no places); ``allowed_regions``: where a
    remote posting's applicants may live (countries, ISO 3166-2 "US-CO", area tokens).

    * Remote posting: with stated limits, ok when some limit admits one of the user's non-remote
      places (:func:`remote_admits`); ``None`` when the user named only "Remote" or a limit is
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
        if not limits:
            if accepts_remote:
                return True, "Remote posting; you accept remote"
            return None, "Remote posting without stated location limits"
        where = ", ".join(limits[:4])
        if not homes:
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
