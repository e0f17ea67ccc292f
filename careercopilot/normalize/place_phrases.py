"""Free-form location text as people type it into the Preferences locations box → places,
work modes and the parts not understood (a newcomer's trial: "Denver, CO or remote" offered
only "Denver, CO, US" and silently dropped "or remote").

Read, in this order:

* items separated by ``;``, new lines, ``|``, ``•``, ``/`` and the connectors ``or`` / ``and``
  / ``&`` / ``+`` / ``plus`` ("Bay Area or Seattle", "Denver / remote") — unless the whole
  item is itself one place ("Trinidad and Tobago", "Bosnia and Herzegovina");
* inside an item, commas separate places and the parts of one place, grouped greedily by
  :func:`careercopilot.normalize.places._resolve_group` ("Denver, CO" is one place);
* separators inside parentheses do not split ("Columbus OH (onsite/hybrid) or remote");
* work-mode words in a part: "remote", "remote OK", "fully remote", "WFH", "hybrid",
  "on-site", "in office", alone or before a place ("hybrid in Austin", "onsite near Boston",
  "remote from Canada") or after one ("Austin (hybrid)", "Austin hybrid", "Columbus OH
  (onsite/hybrid)", "Denver - hybrid, onsite") → a work mode (``remote`` | ``hybrid`` |
  ``onsite``); "remote" is also the ``remote`` place (the preferences' "I accept remote work");
  on-site/hybrid words attached to a place are also that place's own ``modes`` (the location
  check admits an on-site or hybrid posting there only in those modes: "hybrid in Dayton or on
  site in Columbus" no longer admits hybrid in Columbus);
* filler before a place: "anywhere in NJ", "in", "near", "around", "based in", "preferably",
  "ideally", "open to", "willing to relocate to", "local to" … ("anywhere in NJ" is New Jersey);
* a stated radius before a city ("within 30 miles of Dayton", "25 mi radius of Boise", "within
  an hour of Mankato": :data:`_RADIUS`) is kept as the city's ``radius_km`` (a drive time at
  80 km/h, :data:`_KM_PER`); without one a city stands for ``places.METRO_RADIUS_KM`` around it;
* a US region ("the Southeast", "New England", "Bay Area", "DFW metroplex") is a ``group``
  place (``normalize.place_groups``: its states or cities and the source of each list);
* a city and its state code without the comma ("Memphis TN"), and a place with metro words the
  metro reader leaves ("Westerville OH area", "New York metro", "Philly suburbs") are that city;
* remote and a place as alternatives ("Remote or Columbus, OH", "Columbus or remote", "remote /
  Columbus"; issue 11, trial 41 finding 3) with no mode of the place's own → remote anywhere, or
  on site/hybrid at the place: ``work_modes`` gets ``hybrid`` and ``onsite`` too
  (``PlaceReading.remote_or_local``). A place a remote word qualifies ("remote from Canada",
  "Remote (US)") is where the remote work is done from, not an alternative. The work-mode
  preference is still one list, so the work-mode check of "hybrid in Dayton or on site in
  Columbus" passes a hybrid Columbus posting; the location check (the place's ``modes``) does not;
* the person's own place ("near me", "close to home", "in my area", "local") →
  ``near_home`` (the caller's ``home`` place is put in, else it asks for a city); any place
  ("anywhere", "open to relocation", "willing to relocate") → ``any_place`` (no place needed).

:func:`read_places` returns every part it could not read in ``unresolved``, so the caller
tells the user instead of dropping it. Nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["PlaceReading", "read_places"]

_LIST_SPLIT = re.compile(r"\s*(?:;|\n|\||•|/)\s*")
_CONNECTOR = re.compile(r"\s+(?:or|and|&|\+|plus|as\s+well\s+as)\s+|\s*&\s*", re.IGNORECASE)
_MODE_WORDS = (
    (r"(?:fully\s+|100\s*%?\s*)?remote(?:[\s-]+(?:ok|okay|fine|friendly|first|only|possible|preferred|welcome))?"
     r"|wfh|work(?:ing)?\s+from\s+home|telecommute|home\s+office", "remote"),
    (r"hybrid(?:[\s-]+(?:ok|okay|fine|possible|preferred))?", "hybrid"),
    (r"on[\s-]?site|in[\s-]office|in[\s-]person|office[\s-]based", "onsite"),
)
_MODE_ALT = "|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(_MODE_WORDS))
_ANY_MODE = "|".join(f"(?:{p})" for p, _ in _MODE_WORDS)
#: Several modes attached to a place: "Columbus OH (onsite/hybrid)", "Austin (hybrid or on-site)",
#: "Denver - hybrid, onsite" → the place and the mode list.
_MODES_AFTER = re.compile(
    rf"^(?P<rest>.+?)\s*(?:[(\[]\s*(?P<inner>(?:{_ANY_MODE})(?:\s*(?:/|,|&|\+|\bor\b|\band\b)\s*(?:{_ANY_MODE}))*)"
    rf"(?:\s+(?:only|ok|preferred))?\s*[)\]]"
    rf"|\s[-–]\s*(?P<dash>(?:{_ANY_MODE})(?:\s*(?:/|,|&|\+|\bor\b|\band\b)\s*(?:{_ANY_MODE}))+))$", re.IGNORECASE)
_ONE_MODE = re.compile(_ANY_MODE, re.IGNORECASE)
#: A stated radius before a place: "within 30 miles of Dayton", "25 mi radius of Boise", "within
#: an hour of Mankato", "30 minutes from La Crosse", "within a 40 km radius of Lyon".
_RADIUS = re.compile(
    r"^(?:anywhere\s+)?(?:within\s+|in\s+)?(?:a\s+)?(?:(?P<num>\d+(?:\.\d+)?)|(?P<word>an?|one|half\s+an?|two))\s*-?\s*"
    r"(?P<unit>mi(?:les?)?|mile|km|kms|kilomet(?:er|re)s?|min(?:ute)?s?|h(?:ou)?rs?|hour|h)\.?"
    r"(?:\s*(?:radius|drive|driving|commute|ride))?\s+(?:of|from|around|to|near)\s+(?P<rest>.+)$", re.IGNORECASE)
#: Kilometres per unit of a stated radius. A drive time is read as a straight-line distance at
#: 80 km/h: highway speed (~100 km/h) over a road circuity factor of ~1.25 (US road distance /
#: straight-line distance, Ballou, Rahardja & Sakai 2002); an assumption, not a measured figure.
_KM_PER = {"mi": 1.609344, "km": 1.0, "min": 80 / 60, "h": 80.0}
_NUMBER_WORDS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "half a": 0.5, "half an": 0.5}
#: A city and a US state code without the comma ("Memphis TN", "Providence RI").
_CITY_CODE = re.compile(r"^(?P<city>.+?)\s+(?P<code>[A-Z]{2})$")
#: Separators inside parentheses are not list separators ("Columbus OH (onsite/hybrid) or remote").
_PAREN = re.compile(r"[(\[][^()\[\]]*[)\]]")
_MASKS = (("/", "\x01"), (",", "\x02"), (";", "\x03"), ("&", "\x04"), (" or ", " \x05 "), (" and ", " \x06 "))
#: A mode before a place ("hybrid in Austin"), after one ("Austin (hybrid)"), or alone.
_MODE_FIRST = re.compile(rf"^(?:{_MODE_ALT})(?:\s*(?:,|:|-|–)?\s*(?:in|from|near|around|within|based\s+in)?\s+(?P<rest>.+))?$",
                         re.IGNORECASE)
_MODE_LAST = re.compile(rf"^(?P<rest>.+?)\s*[(\[]?\s*(?:-|–|,)?\s*(?:{_MODE_ALT})\s*[)\]]?$", re.IGNORECASE)
_FILLER = re.compile(r"^(?:anywhere\s+(?:in|within|across)|in|near|around|within|based\s+in|preferably(?:\s+in)?"
                     r"|ideally(?:\s+in)?|open\s+to|either|also|or|and|the"
                     # "willing to relocate to the Southeast", "open to relocating to Texas", "moving to Denver"
                     r"|(?:(?:willing|open|happy|able)\s+to\s+)?(?:relocat(?:e|ing|ion)|mov(?:e|ing))\s+(?:back\s+)?to"
                     # "local to Columbus", "within 30 miles of Dayton", "commutable to Austin": the place
                     # (a radius _RADIUS reads first is kept on the city; one it refuses is dropped here)
                     r"|local\s+to|commut(?:able|ing\s+distance)\s+(?:to|of|from)"
                     r"|(?:within\s+)?(?:\d+\s*(?:mi(?:les?)?|km|kilomet(?:er|re)s?|min(?:ute)?s?)|(?:a\s+)?(?:commut(?:e|ing)"
                     r"|driving|reasonable)\s+distance)\s+(?:of|from|to|around))\s+", re.IGNORECASE)
#: Words after a mode that add nothing ("remote otherwise", "remote anywhere else", "remote if possible").
_EMPTY = re.compile(r"^(?:otherwise|elsewhere|anywhere(?:\s+else)?|if\s+possible|preferred|ok|too|as\s+well|also)$",
                    re.IGNORECASE)
#: A part naming the person's own location ("near me", "close to home", "in my area", "local"):
#: ``PlaceReading.near_home`` — the caller puts the home place (the resume's address) or asks for a city.
_NEAR_HOME = re.compile(
    r"^(?:(?:only\s+)?(?:near|close\s+to|around)\s+(?:me|home|where\s+i\s+live|my\s+(?:home|house))|in\s+my\s+(?:area|city|town|region)"
    r"|my\s+(?:area|city|town|region)|local(?:ly)?(?:\s+(?:only|jobs?|area|positions?|roles?))?|nearby|where\s+i\s+live"
    r"|commut(?:able|ing\s+distance)(?:\s+(?:only|from\s+(?:home|me)))?|within\s+(?:a\s+)?(?:commut(?:e|ing)|driving)\s+distance)$",
    re.IGNORECASE)
#: A part saying any place will do ("anywhere", "open to relocation", "willing to relocate",
#: "nationwide"): ``PlaceReading.any_place`` — no place is needed (no places = postings everywhere count).
_ANY_PLACE = re.compile(
    r"^(?:anywhere(?:\s+in\s+the\s+world)?|any\s+(?:location|place|city|state)|(?:location\s+)?flexible|nationwide|worldwide\s+on[\s-]?site"
    r"|(?:(?:willing|open|happy|able)\s+to\s+|(?:will|can)\s+)?relocat(?:e|ion|ing)(?:\s+(?:anywhere|nationally|nationwide))?"
    r"|open\s+to\s+relocation\s+anywhere|no\s+(?:location\s+)?preference)$", re.IGNORECASE)
#: A remote mode word's rest that starts a new alternative ("Remote or Columbus"), not where the
#: remote worker lives ("remote from Canada", "Remote (US)").
_ALTERNATIVE = re.compile(r"^(?:or|and|&|\+|plus|otherwise)\b", re.IGNORECASE)


@dataclass
class PlaceReading:
    """``places``: ``places.Place`` in the order read, no duplicates; ``work_modes``: the modes
    named (``remote`` | ``hybrid`` | ``onsite``); ``unresolved``: the raw parts not understood."""

    places: list = field(default_factory=list)
    work_modes: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    #: Places read as where a remote worker lives ("remote from Canada", "Remote (US)"), not as
    #: a place to work on site.
    remote_homes: list = field(default_factory=list)
    #: True when remote and a place are alternatives with no mode of the place's own ("Remote or
    #: Columbus, OH"): read as remote anywhere, or on site/hybrid there (``hybrid`` and ``onsite``
    #: are added to ``work_modes``; the location check, ``places.location_verdict``, admits a
    #: remote posting anywhere and an on-site one only at the place).
    remote_or_local: bool = False
    #: Raw parts read as a place with its own modes or a stated radius (for the caller's message).
    qualified: list[str] = field(default_factory=list)
    #: The text named the person's own location (:data:`_NEAR_HOME`: "near me", "local").
    near_home: bool = False
    #: The text said any place will do (:data:`_ANY_PLACE`: "anywhere", "open to relocation").
    any_place: bool = False
    #: Neighbourhoods named in brackets after a city ("Capitol Hill / SLU"): read as the city.
    neighbourhoods: list[str] = field(default_factory=list)
    #: The UTC-offset window of the time zones named ("Eastern or Central time" → (-6, -5);
    #: ``normalize.place_zones``): the remote place carries it (``utc_offsets``).
    utc_offsets: tuple | None = None

    def _add(self, place) -> None:
        if place is not None and place not in self.places:
            self.places.append(place)

    def _mode(self, mode: str) -> None:
        if mode not in self.work_modes:
            self.work_modes.append(mode)


def _mode_of(m: re.Match) -> str:
    return next(mode for i, (_, mode) in enumerate(_MODE_WORDS) if m.group(f"m{i}"))


def _modes_in(text: str) -> list[str]:
    """The modes named in a list of mode words ("onsite/hybrid" → ["onsite", "hybrid"])."""
    out: list[str] = []
    for w in _ONE_MODE.findall(text):
        m = _MODE_FIRST.match(w)
        if m is not None and _mode_of(m) not in out:
            out.append(_mode_of(m))
    return out


def _radius_km(m: re.Match) -> float | None:
    """The radius of a :data:`_RADIUS` match in km (``None`` for a zero or absurd one)."""
    n = float(m.group("num")) if m.group("num") else _NUMBER_WORDS.get(" ".join(m.group("word").lower().split()), 1.0)
    unit = m.group("unit").lower()
    key = "km" if unit.startswith("k") else "mi" if unit.startswith("mi") and not unit.startswith("min") else \
        "min" if unit.startswith("min") else "h"
    km = n * _KM_PER[key]
    return round(km, 1) if 0 < km <= 1000 else None


def _strip_words(token: str, out: PlaceReading) -> tuple[str, bool, dict]:
    """``token`` without its work-mode words (recorded in ``out``) and filler → ``(text, home,
    extras)``; text "" when it was only a mode ("remote OK", "remote otherwise"). ``home``: the
    rest is where a remote worker lives ("remote from Canada", "Remote (US)"), not an
    alternative ("Remote or Columbus"). ``extras``: what the words say of the place itself —
    ``modes`` (on-site/hybrid named for it: "hybrid in Austin", "Columbus OH (onsite/hybrid)")
    and ``radius_km`` ("within 30 miles of Dayton"). A token that is a place as typed is left
    alone."""
    from .places import Place, _resolve_group

    text, home, after_mode, extras = _unmask(token).strip(), False, False, {}
    for _ in range(5):  # "hybrid in Austin", "anywhere in NJ (remote OK)"
        if not text or (after_mode and _EMPTY.match(text)):  # "remote otherwise", "remote anywhere"
            return "", home, extras
        if _NEAR_HOME.match(text) or _ANY_PLACE.match(text):
            out.near_home = out.near_home or bool(_NEAR_HOME.match(text))
            out.any_place = out.any_place or bool(_ANY_PLACE.match(text))
            return "", home, extras
        if _resolve_group([text]) is not None:
            return text, home, extras
        several = _MODES_AFTER.match(text)
        if several is not None:  # "Columbus OH (onsite/hybrid)": these modes at that place
            named = _modes_in(several.group("inner") or several.group("dash") or "")
            for mode in named:
                out._mode(mode)
            if "remote" in named:
                out._add(Place(kind="remote", name="Remote"))
            if set(named) & {"onsite", "hybrid"}:
                extras["modes"] = tuple(dict.fromkeys([*extras.get("modes", ()), *named]))
            text, after_mode = several.group("rest").strip(" -–"), True
            continue
        r = _RADIUS.match(text)
        if r is not None:  # "within 30 miles of Dayton": the stated radius, kept on the city
            km = _radius_km(r)
            if km is not None:
                extras["radius_km"] = km
            text = r.group("rest").strip()
            continue
        m = _MODE_FIRST.match(text) or _MODE_LAST.match(text)
        if m is not None:
            mode = _mode_of(m)
            out._mode(mode)
            rest = (m.group("rest") or "").strip(" ()[]-–")
            if mode == "remote":
                out._add(Place(kind="remote", name="Remote"))
                home = bool(rest) and (m.re is _MODE_FIRST and not _ALTERNATIVE.match(rest)
                                       or m.re is _MODE_LAST and _is_country_or_state(rest))  # "US remote"
            elif rest:
                extras["modes"] = tuple(dict.fromkeys([*extras.get("modes", ()), mode]))
            text, after_mode = rest, True
            continue
        stripped = _FILLER.sub("", text, count=1).strip()
        if stripped == text:
            inner = _NEIGHBOURHOODS.match(text)
            if inner is None or _ONE_MODE.search(inner.group("inner")) or _is_country_or_state(inner.group("inner")):
                return text, home, extras
            out.neighbourhoods.append(inner.group("inner").strip())  # "Seattle (Capitol Hill / SLU)": Seattle
            stripped = inner.group("head").strip()
        text = stripped
    return text, home, extras


#: A place with parts of it in brackets ("Seattle (Capitol Hill / SLU)", "Brooklyn (Park Slope)",
#: "Chicago (Loop or River North)"): neighbourhoods and boroughs lie within the city's metro radius,
#: so the city stands for them. Not a bracket of work modes or of a state/country ("Portland (OR)").
_NEIGHBOURHOODS = re.compile(r"^(?P<head>[^()\[\]]+?)\s*[(\[](?P<inner>[^()\[\]]+)[)\]]$")


def _is_country_or_state(text: str) -> bool:
    """Whether ``text`` is a country or a state/province ("US", "Canada", "Ohio", "OR")."""
    from .places import _as_country, _as_region

    t = text.strip()
    return bool(t) and (_as_country(t) is not None or _as_region(t, None) is not None)


def _qualify(place, extras: dict):
    """``place`` with the modes and radius its words stated (a radius only on a city with coordinates)."""
    update: dict = {}
    if extras.get("modes") and place.kind != "remote":
        update["modes"] = tuple(extras["modes"])
    if extras.get("radius_km") and place.kind == "city" and place.lat is not None:
        update["radius_km"] = float(extras["radius_km"])
    return place.model_copy(update=update) if update else place


def _mask(text: str) -> str:
    """``text`` with the separators inside parentheses hidden from the list split (:data:`_MASKS`)."""
    def hide(m: re.Match) -> str:
        s = m.group(0)
        for raw, mask in _MASKS:
            s = s.replace(raw, mask)
        return s

    return _PAREN.sub(hide, text)


def _unmask(text: str) -> str:
    for raw, mask in _MASKS:
        text = text.replace(mask, raw)
    return text


def _read_tokens(tokens: list[str], out: PlaceReading) -> None:
    """Comma tokens of one part: work-mode words and filler dropped, then greedy 3/2/1-token
    places; a token that is none goes to ``out.unresolved`` as typed."""
    from .places import _region_place, _resolve_group

    typed = [t.strip() for t in tokens if t.strip()]
    cleaned = [_strip_words(t, out) for t in typed]
    pairs = [(c, _unmask(t), home, extras) for (c, home, extras), t in zip(cleaned, typed) if c]
    i = 0
    while i < len(pairs):
        for n in (3, 2, 1):
            if i + n > len(pairs):
                continue
            p = _resolve_group([c for c, _, _, _ in pairs[i:i + n]])
            if p is None and n == 1:
                sub = _as_code_region(pairs[i][0])  # "anywhere in NJ": a bare state code after filler
                p = _region_place(*sub) if sub and pairs[i][0] != pairs[i][1] else None
                p = p or _city_code(pairs[i][0]) or _metro_city(pairs[i][0])
            if p is not None:
                extras: dict = {}
                for _, _, _, e in pairs[i:i + n]:
                    extras.update({k: v for k, v in e.items() if k != "modes"})
                    if e.get("modes"):
                        extras["modes"] = tuple(dict.fromkeys([*extras.get("modes", ()), *e["modes"]]))
                if extras:
                    p = _qualify(p, extras)
                    out.qualified.append(", ".join(t for _, t, _, _ in pairs[i:i + n]))
                out._add(p)
                if p.kind == "remote":
                    out._mode("remote")
                elif pairs[i][2] and p not in out.remote_homes:
                    out.remote_homes.append(p)
                i += n
                break
        else:
            out.unresolved.append(pairs[i][1])
            i += 1


def _city_code(text: str):
    """A city and its US state code without the comma ("Memphis TN", "Columbus OH") → the city, else None."""
    from .places import _resolve_group

    cc = _CITY_CODE.match(text)
    if cc is None:
        return None
    p = _resolve_group([cc.group("city"), cc.group("code")])
    return p if p is not None and p.kind in ("city", "group") and p.region == cc.group("code") else None


_SUBURBS = re.compile(r"\s+(?:and\s+)?(?:the\s+)?(?:suburbs|burbs|vicinity)$", re.IGNORECASE)


def _metro_city(text: str):
    """A city named with metro words the other readers leave ("New York metro", "Washington DC
    metro", "Westerville OH area", "Philly suburbs") → that city (its metro radius stands for the
    suburbs; a state of that name is not meant), else None."""
    from .metros import strip_metro_words
    from .places import _city_candidates, _resolve_group

    core, dropped = strip_metro_words(_SUBURBS.sub("", text))
    if not dropped and core == text.strip():
        return None
    from .location import _key
    from .metros import METRO_ALIASES

    p = _city_code(core) or next(iter(_city_candidates(core, primary_only=True)), None)
    if p is not None:
        return p
    p = _resolve_group([core])  # "Philly suburbs" (a nickname), "Texas area" (the state)
    if p is not None and p.kind == "region":  # "New York metro": the state's largest city named for it, else the state
        city = next(iter(_city_candidates(f"{core} City", country=p.country, region=p.region, primary_only=True)), None)
        return city if city is not None and _largest_in(city) else p
    if p is not None and p.kind == "city" and (_key(core) in METRO_ALIASES or _key(p.name) == _key(core)):
        return p  # not a city found by an alternate name ("North Region" is no North Salt Lake)
    return None


def _largest_in(city) -> bool:
    """Whether ``city`` is the most populous GeoNames city of its state (New York City in NY;
    not Texas City in TX)."""
    from .location import _cities

    same = [c for c in _cities() if c.get("countrycode") == city.country and c.get("admin1code") == city.region]
    top = max(same, key=lambda c: int(c.get("population") or 0), default=None)
    return top is not None and int(top["geonameid"]) == city.geonameid


def _as_code_region(token: str) -> tuple[str, str] | None:
    from .places import _as_region

    return _as_region(token, None) if token.isupper() and 2 <= len(token) <= 3 else None


def _read_item(item: str, out: PlaceReading) -> None:
    whole = PlaceReading()
    _read_tokens(item.split(","), whole)
    parts = [p for p in _CONNECTOR.split(item) if p.strip()]
    if len(parts) > 1 and (whole.unresolved or any(
            p.kind == "city" and p.geonameid is None and _CONNECTOR.search(p.name) for p in whole.places)):
        split = PlaceReading()  # "Denver, CO or remote", "Seattle and Portland, OR"; not "Trinidad and Tobago"
        for part in parts:
            _read_tokens(part.split(","), split)
        if len(split.unresolved) <= len(whole.unresolved):
            whole = split
    _merge(out, whole)


def _merge(out: PlaceReading, whole: PlaceReading) -> None:
    for p in whole.places:
        out._add(p)
    for md in whole.work_modes:
        out._mode(md)
    out.unresolved.extend(whole.unresolved)
    out.remote_homes.extend(p for p in whole.remote_homes if p not in out.remote_homes)
    out.qualified.extend(whole.qualified)
    out.neighbourhoods.extend(whole.neighbourhoods)
    out.near_home, out.any_place = out.near_home or whole.near_home, out.any_place or whole.any_place


def _share_state(chunks: list[tuple[str, PlaceReading]]) -> None:
    """Towns listed with one state after the last ("Fort Mill / Rock Hill SC", "Champaign /
    Urbana, IL"): a chunk left unread is read again with the state of the next chunk's place."""
    for i, (chunk, reading) in enumerate(chunks):
        if not reading.unresolved or reading.places:
            continue
        state = next((p for _, r in chunks[i + 1:] for p in r.places if p.kind in ("city", "region", "group")
                      and p.region and p.country), None)
        if state is None:
            continue
        again = PlaceReading()
        _read_item(f"{_unmask(chunk)}, {state.region}", again)
        if not again.unresolved and again.places:
            chunks[i] = (chunk, again)


def _state_context(out: PlaceReading, home) -> None:
    """"the Panhandle" (a part only with its state: ``place_parts.panhandle_of``) read with the
    state of another place in the text, else of ``home``."""
    from .place_parts import panhandle_of, part_place

    states = [p.region for p in [*out.places, *([home] if home is not None else [])]
              if p.kind in ("city", "region", "group") and p.country == "US" and p.region]
    for raw in list(out.unresolved):
        text, _, _ = _strip_words(raw, PlaceReading())
        name = next((n for st in states if (n := panhandle_of(text, st))), None)
        part = part_place(name) if name else None
        if part is not None:
            out.unresolved.remove(raw)
            out._add(part)


def _zoned_remote(out: PlaceReading, windows: list) -> None:
    """The remote place limited to the union window of the time zones named (module doc)."""
    from .places import Place

    window = (min(w[0] for w in windows), max(w[1] for w in windows))
    out.utc_offsets = window
    zoned = Place(kind="remote", name="Remote", utc_offsets=window)
    at = next((i for i, p in enumerate(out.places) if p.kind == "remote"), 0)
    out.places = [p for p in out.places if p.kind != "remote"]
    out.places.insert(min(at, len(out.places)), zoned)
    out._mode("remote")


def read_places(text: str | Iterable[str] | None, *, home=None) -> PlaceReading:
    """Everything a free-text locations field names (see the module docstring); a list of
    strings is read item by item. ``home``: the person's own place (a ``places.Place``, e.g. the
    resume's address), put where the text says "near me" / "local" (``near_home``; without it
    the caller asks for a city). Never raises."""
    out = PlaceReading()
    if text is None:
        return out
    from .place_zones import find_zones

    items = [text] if isinstance(text, str) else [t for t in text if isinstance(t, str)]
    windows = []
    for item in items:
        window, item = find_zones(item[:2000])  # "remote, Eastern or Central time", "US remote (PST/MST)"
        if window is not None:
            windows.append(window)
        chunks = []
        for chunk in _LIST_SPLIT.split(_mask(item)):
            if chunk.strip():
                reading = PlaceReading()
                _read_item(chunk, reading)
                chunks.append((chunk, reading))
        _share_state(chunks)
        for _, reading in chunks:
            _merge(out, reading)
    if out.unresolved:
        _state_context(out, home)
    if windows:
        _zoned_remote(out, windows)
    if out.near_home and home is not None:
        out._add(home)
    local = [p for p in out.places if p.kind != "remote" and p not in out.remote_homes]
    if out.work_modes == ["remote"] and local:  # "Remote or Columbus, OH": on site/hybrid at Columbus too
        from .places import place_within

        out.remote_or_local = True
        out.work_modes += ["hybrid", "onsite"]
        # "Remote (US) or near Dayton": the US is where the remote work may be done from, and
        # Dayton (in the US) stands for it; kept, the US would admit an on-site job anywhere there
        # (preferences hold one list of places for both modes).
        out.places = [p for p in out.places if p not in out.remote_homes or not any(place_within(q, p) for q in local)]
    return out
