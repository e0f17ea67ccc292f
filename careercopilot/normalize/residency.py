"""A posting's residency demand, read from its description ("Candidates must reside in Oregon",
"must live within 50 miles of Tulsa", "open to residents of CA, WA, OR only") → allowed-region
tokens of a remote posting (``Location.allowed_regions``; ``places.remote_admits`` reads them):

* a state → its ISO 3166-2 code ("US-OR"); a country → ISO alpha-2 ("US");
* a city, with the stated radius or else ``places.METRO_RADIUS_KM`` → ``"<ISO 3166-2>:<city>:<km>"``
  ("US-OK:Tulsa:80.5"): the applicant must live within that distance of the city;
* an excluded state or country → ``"!"`` + its token ("!US-CA"), after the others: anywhere in them but there.

Trial 105: a list right after "Remote" limits it too — "Remote in ID, OR, WA, UT" (a Cambia Health posting of
the LinkedIn demo feed, which the location check had passed for a Rhode Islander as "open to US"), "Remote
(CA, OR, WA only)", "Remote: AZ/NV/UT", "Remote in the following states: …", "Remote (Eligible states: NC, SC,
VA)", "we can hire in the following states: Florida, Georgia, Alabama", provinces ("AB, BC, or ON") — but
only states, provinces and countries ("Remote in Denver" is no limit) and only when every name resolves
("remote in nature" is none). Exclusions: "US Remote excluding CA, NY", "Location: Remote (Excluding: CA, CT,
MD, …)" (issue-11 postings), "except Hawaii and Alaska", "not available in California or New York", "we
cannot hire in …". ``normalize_posting`` reads the location field and the description both. Not read (left):
time-zone limits ("Remote within Eastern time zone"), which need a zone token in the location check.

Issue 11, brief prefs65: a remote posting "Candidates must reside in Oregon" matched a seeker in
Texas (the limit was in the description; the location said only "Remote"). Wordings from the
recorded postings (benchmarks/data/issue11/postings.jsonl): "Candidates must reside in Oregon to
be considered", "you must reside in New York State", "required to reside in the state of Iowa",
"Candidates must reside in the United States", "must reside within 75 miles of our Yonkers, NY
location", "You must live local to New Haven, CT".

The place list after the cue is read by the preference reader (``place_phrases.read_places``) up
to the end of the sentence; a list of two-letter codes ("CA, WA, OR") is read as US states when
every code is one. A demand whose places are not all read gives nothing (no guessing).
Nothing here raises.
"""

from __future__ import annotations

import re

__all__ = ["residency_limits", "narrow_limits"]

_CUE = re.compile(
    r"(?:\b(?:can|able\s+to|currently|only)\s+(?:only\s+)?(?:hire|employ)\s+(?:candidates\s+|people\s+|employees\s+)?"
    r"(?:who\s+(?:reside|live)\s+)?(?:in|from)\s+"
    r"|\beligible\s+(?:states|provinces|locations)\s*(?:include|are)?\s*:\s*"
    r"|\b(?:must|required\s+to|requires?\s+(?:you|candidates|applicants)\s+to|need(?:s)?\s+to|will\s+need\s+to"
    r"|should|have\s+to)\s+(?:currently\s+)?(?:reside|live|be\s+(?:a\s+)?(?:legal\s+)?residents?\s+of"
    r"|be\s+(?:located|based|living|residing))"
    r"|\b(?:open|available|limited|restricted)\s+(?:only\s+)?to\s+(?:(?:candidates|applicants|people|those|individuals)"
    r"\s+(?:who\s+(?:reside|live|are\s+located|are\s+based)|residing|living|located|based)|residents\s+of)"
    r"|\bresidency\s+(?:in|within)\s+(?:the\s+state\s+of\s+)?)"
    r"\s*(?:(?P<radius>(?:within\s+)?(?:a\s+)?\d+(?:\.\d+)?\s*-?\s*(?:miles?|mi|km|kilomet(?:er|re)s?)\s*"
    r"(?:radius\s+)?(?:of|from)\s+(?:our\s+|the\s+)?)|(?:in\s+or\s+near|in|within|near|local\s+to)\s+)?"
    r"(?P<where>(?:one\s+of\s+)?the\s+following\s+states\s*:\s*[^.;!?\n]{2,200}|[^.;:!?\n]{2,160})", re.IGNORECASE)
#: A state list right after "remote" ("Remote in ID, OR, WA, UT", "Remote (CA, OR, WA only)", "Remote: AZ/NV/UT",
#: "Remote - open to candidates in Massachusetts, New Hampshire and Maine", "Remote in the following states: …"):
#: read as a limit only when every place of it resolves to a state, province or country (trial 105).
_REMOTE_LIST = re.compile(
    r"\bremote\b(?:[ \t]+(?:position|role|job|opportunity|only))?[ \t]*(?:[-–—:,][ \t]*|\([ \t]*|[ \t]+)"
    r"(?:(?:(?:open|available)[ \t]+(?:only[ \t]+)?to[ \t]+(?:candidates|applicants|residents|people)[ \t]+(?:in|of|from)"
    r"|only[ \t]+in|in|within|for|from|across)[ \t]+)?"
    r"(?P<where>(?:(?:one\s+of\s+)?the\s+following\s+states\s*:\s*|eligible\s+(?:states|provinces)\s*:\s*)?[^.;!?\n()]{2,200})",
    re.IGNORECASE)
#: An exclusion from a remote posting's area ("US Remote excluding CA, NY", "Remote (Excluding: CA, CT, MD)",
#: "Remote, US (except Hawaii and Alaska)", "not available to residents of California or New York", "we cannot
#: hire in CO or NY"): its states become "!US-CA" tokens (``place_verdicts.location_verdict``).
_EXCLUDE = re.compile(
    r"(?:\bexcluding|\bexcept(?:\s+(?:for|in))?|\bwith\s+the\s+exception\s+of"
    r"|\bnot\s+(?:available|open|eligible)\s+(?:to\s+(?:candidates|applicants|residents|people)\s+)?(?:in|of|from)"
    r"|\b(?:cannot|can\s*not|can't|unable\s+to|(?:do|does)\s+not|don't)\s+(?:hire|employ|consider\s+(?:candidates|applicants))"
    r"\s+(?:candidates\s+|applicants\s+|anyone\s+)?(?:in|from|residing\s+in|who\s+(?:live|reside)\s+in)"
    r"|\bexcluded\s+states)\s*:?\s*(?P<where>[^.;!?\n()]{2,200})", re.IGNORECASE)
_STOP = re.compile(r"\s+(?:to\s+be\s+considered|and\s+(?:be|have|must|work)|or\s+(?:become|be\s+willing|relocate)"
                   r"|for\s+the\s+(?:first|duration)|within\s+\d+\s+days|at\s+the\s+time|prior\s+to|upon|by\s+the"
                   r"|during|while|in\s+order|as\s+(?:a|this)|if\b|who\b|with\b|\(|—|–\s).*$", re.IGNORECASE)
_LEAD = re.compile(r"^(?:one\s+of\s+)?(?:the\s+)?(?:following\s+states\s*:\s*|eligible\s+(?:states|provinces)\s*:\s*|"
                   r"states?\s+of\s+|commonwealth\s+of\s+)",
                   re.IGNORECASE)
_TRAIL = re.compile(r"\s+(?:only|location|office|area|region|preferred)$", re.IGNORECASE)
_CODES = re.compile(r"^[A-Z]{2}(?:\s*(?:,|/|\bor\b|\band\b|&)\s*(?:or\s+|and\s+)?[A-Z]{2})+$")
_KM = {"mi": 1.609344, "km": 1.0}


def _places(where: str) -> list:
    from .place_phrases import read_places
    from .places import _region_place

    text = _TRAIL.sub("", _TRAIL.sub("", _LEAD.sub("", _STOP.sub("", where.strip())).strip(" ,)")))
    if _CODES.match(text):  # "CA, WA, OR": US states, not Canada and Oman; "AB, BC, or ON": provinces
        codes = re.findall(r"[A-Z]{2}", text)
        import pycountry

        for cc in ("US", "CA"):
            if all(pycountry.subdivisions.get(code=f"{cc}-{c}") for c in codes):
                return [_region_place(cc, c) for c in codes]
    text = re.sub(r"^(?:the\s+)?city\s+of\s+new\s+york$", "New York City", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+state$", "", text, flags=re.IGNORECASE)  # "New York State", "Washington State": the state
    reading = read_places(text)
    if reading.unresolved or not reading.places:
        return []
    if any(p.kind not in ("city", "region", "country") for p in reading.places):
        # a multi-country area among them ("Remote - LATAM, Canada, USA", "must reside in the EU or UK"): kept
        # out, the rest would narrow the posting to fewer countries than it names — no limit read at all
        return []
    return _states_of_one_country(list(reading.places))


def _states_of_one_country(places: list) -> list:
    """A list of one country's states with a country of a state's name among them ("Florida, Georgia,
    Alabama": Georgia the state, not the country) re-read as that state (pycountry subdivision names)."""
    from .places import _region_place

    ccs = {p.country for p in places if p.kind == "region"}
    if len(ccs) != 1 or not any(p.kind == "country" for p in places):
        return places
    import pycountry

    cc = next(iter(ccs))
    subs = {sd.name.casefold(): sd.code.split("-", 1)[1] for sd in pycountry.subdivisions.get(country_code=cc) or ()}
    out = []
    for p in places:
        code = subs.get((p.name or "").casefold()) if p.kind == "country" else None
        out.append(_region_place(cc, code) if code else p)
    return out


def _token(p, km: float | None = None) -> str | None:
    from .places import METRO_RADIUS_KM

    if p.kind == "country" and p.country:
        return p.country
    if p.kind == "region" and p.country and p.region:
        return f"{p.country}-{p.region}"
    if p.kind == "city" and p.country and p.region:
        return f"{p.country}-{p.region}:{p.name}:{km or METRO_RADIUS_KM}"
    return None


def residency_limits(text: str | None) -> list[str]:
    """The allowed-region tokens of the residency demands in a description (module doc), in
    order, without duplicates, exclusions last ("!US-CA": anywhere in the limits but California);
    [] when it states none it can read."""
    out: list[str] = []
    body = (text or "")[:20000]
    for m in _CUE.finditer(body):
        km = None
        if m.groupdict().get("radius"):
            num = re.search(r"\d+(?:\.\d+)?", m.group("radius"))
            unit = "km" if re.search(r"\bk", m.group("radius"), re.IGNORECASE) else "mi"
            km = round(float(num.group(0)) * _KM[unit], 1) if num else None
        for p in _places(_EXCLUDE.split(m.group("where"), maxsplit=1)[0]):
            token = _token(p, km)
            if token and token not in out:
                out.append(token)
    for m in _REMOTE_LIST.finditer(body):  # states and countries only: "Remote in Denver" is no limit
        where = _EXCLUDE.split(m.group("where"), maxsplit=1)[0]
        for p in _places(where):
            token = _token(p) if p.kind in ("region", "country") else None
            if token and token not in out:
                out.append(token)
    excluded: list[str] = []
    for m in _EXCLUDE.finditer(body):
        for p in _places(m.group("where")):
            token = _token(p) if p.kind in ("region", "country") else None
            if token and f"!{token}" not in excluded:
                excluded.append(f"!{token}")
    return out + excluded


def _country(token: str) -> str:
    return token.lstrip("!").split(":", 1)[0].split("-", 1)[0].upper()


def narrow_limits(stated: list[str], residency: list[str]) -> list[str]:
    """A remote posting's allowed regions with its residency demand: the residency tokens that
    lie in a stated limit's country (all of them when none is stated); the stated ones when the
    demand names another country (the location wins over a stray sentence). Exclusions ("!US-CA")
    are kept after them, with their country as the area when nothing else names one; a stated
    two-letter "country" that is an excluded state's code ("Remote (Excluding: CA, MD)" read as
    Canada and Moldova by the location parser) is dropped."""
    excl = [t for t in residency if t.startswith("!")]
    residency = [t for t in residency if not t.startswith("!")]
    if excl:
        codes = {t.rsplit("-", 1)[-1] for t in excl if "-" in t}
        stated = [t for t in stated if not (len(t) == 2 and t.upper() in codes)]
    if not residency:
        kept = list(stated)
    elif not stated:
        kept = list(residency)
    else:
        countries = {_country(t) for t in stated}
        kept = [t for t in residency if _country(t) in countries] or list(stated)
    if not excl:
        return kept
    kept = kept or list(dict.fromkeys(_country(t) for t in excl))
    return kept + [t for t in excl if _country(t) in {_country(k) for k in kept}]
