"""A posting's residency demand, read from its description ("Candidates must reside in Oregon",
"must live within 50 miles of Tulsa", "open to residents of CA, WA, OR only") → allowed-region
tokens of a remote posting (``Location.allowed_regions``; ``places.remote_admits`` reads them):

* a state → its ISO 3166-2 code ("US-OR"); a country → ISO alpha-2 ("US");
* a city, with the stated radius or else ``places.METRO_RADIUS_KM`` → ``"<ISO 3166-2>:<city>:<km>"``
  ("US-OK:Tulsa:80.5"): the applicant must live within that distance of the city.

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
    r"(?:\b(?:must|required\s+to|requires?\s+(?:you|candidates|applicants)\s+to|need(?:s)?\s+to|will\s+need\s+to"
    r"|should|have\s+to)\s+(?:currently\s+)?(?:reside|live|be\s+(?:a\s+)?(?:legal\s+)?residents?\s+of"
    r"|be\s+(?:located|based|living|residing))"
    r"|\b(?:open|available|limited|restricted)\s+(?:only\s+)?to\s+(?:(?:candidates|applicants|people|those|individuals)"
    r"\s+(?:who\s+(?:reside|live|are\s+located|are\s+based)|residing|living|located|based)|residents\s+of)"
    r"|\bresidency\s+(?:in|within)\s+(?:the\s+state\s+of\s+)?)"
    r"\s*(?:(?P<radius>(?:within\s+)?(?:a\s+)?\d+(?:\.\d+)?\s*-?\s*(?:miles?|mi|km|kilomet(?:er|re)s?)\s*"
    r"(?:radius\s+)?(?:of|from)\s+(?:our\s+|the\s+)?)|(?:in\s+or\s+near|in|within|near|local\s+to)\s+)?"
    r"(?P<where>(?:one\s+of\s+)?the\s+following\s+states\s*:\s*[^.;!?\n]{2,200}|[^.;:!?\n]{2,160})", re.IGNORECASE)
_STOP = re.compile(r"\s+(?:to\s+be\s+considered|and\s+(?:be|have|must|work)|or\s+(?:become|be\s+willing|relocate)"
                   r"|for\s+the\s+(?:first|duration)|within\s+\d+\s+days|at\s+the\s+time|prior\s+to|upon|by\s+the"
                   r"|during|while|in\s+order|as\s+(?:a|this)|if\b|who\b|with\b|\(|—|–\s).*$", re.IGNORECASE)
_LEAD = re.compile(r"^(?:one\s+of\s+)?(?:the\s+)?(?:following\s+states\s*:\s*|states?\s+of\s+|commonwealth\s+of\s+)",
                   re.IGNORECASE)
_TRAIL = re.compile(r"\s+(?:only|location|office|area|region|preferred)$", re.IGNORECASE)
_CODES = re.compile(r"^[A-Z]{2}(?:\s*(?:,|/|\bor\b|\band\b|&)\s*(?:or\s+|and\s+)?[A-Z]{2})+$")
_KM = {"mi": 1.609344, "km": 1.0}


def _places(where: str) -> list:
    from .place_phrases import read_places
    from .places import _region_place

    text = _TRAIL.sub("", _TRAIL.sub("", _LEAD.sub("", _STOP.sub("", where.strip())).strip(" ,")))
    if _CODES.match(text):  # "CA, WA, OR": US states, not Canada and Oman
        codes = re.findall(r"[A-Z]{2}", text)
        import pycountry

        if all(pycountry.subdivisions.get(code=f"US-{c}") for c in codes):
            return [_region_place("US", c) for c in codes]
    text = re.sub(r"^(?:the\s+)?city\s+of\s+new\s+york$", "New York City", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+state$", "", text, flags=re.IGNORECASE)  # "New York State", "Washington State": the state
    reading = read_places(text)
    if reading.unresolved or not reading.places:
        return []
    return [p for p in reading.places if p.kind in ("city", "region", "country")]


def residency_limits(text: str | None) -> list[str]:
    """The allowed-region tokens of the residency demands in a description (module doc), in
    order, without duplicates; [] when it states none it can read."""
    from .places import METRO_RADIUS_KM

    out: list[str] = []
    for m in _CUE.finditer((text or "")[:20000]):
        km = None
        if m.group("radius"):
            num = re.search(r"\d+(?:\.\d+)?", m.group("radius"))
            unit = "km" if re.search(r"\bk", m.group("radius"), re.IGNORECASE) else "mi"
            km = round(float(num.group(0)) * _KM[unit], 1) if num else None
        for p in _places(m.group("where")):
            if p.kind == "country" and p.country:
                token = p.country
            elif p.kind == "region" and p.country and p.region:
                token = f"{p.country}-{p.region}"
            elif p.kind == "city" and p.country and p.region:
                token = f"{p.country}-{p.region}:{p.name}:{km or METRO_RADIUS_KM}"
            else:
                continue
            if token not in out:
                out.append(token)
    return out


def narrow_limits(stated: list[str], residency: list[str]) -> list[str]:
    """A remote posting's allowed regions with its residency demand: the residency tokens that
    lie in a stated limit's country (all of them when none is stated); the stated ones when the
    demand names another country (the location wins over a stray sentence)."""
    if not residency:
        return list(stated)
    if not stated:
        return list(residency)
    countries = {t.split(":", 1)[0].split("-", 1)[0].upper() for t in stated}
    kept = [t for t in residency if t.split(":", 1)[0].split("-", 1)[0].upper() in countries]
    return kept or list(stated)
