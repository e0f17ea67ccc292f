"""The place a free-text job search names: "nurse Ohio" = the text "nurse" in Ohio.

Issue 11 trial finding 4: a search for "nurse Ohio" listed nurses in Texas first — the place was
just another word of the query (a posting mentioning Ohio anywhere matched it; the semantic
side ignored it). :func:`split_place_query` reads the place with the gazetteer
(``normalize.places.resolve_place``: GeoNames cities, US/CA/AU states and provinces, countries,
metro names such as "Bay Area"/"NYC") and returns the rest as the text query.

Where a place may sit (a job title rarely ends in a place, a place rarely begins a title):

1. after "in", "near", "around" or "based in" to the end ("RN in Columbus, OH") — any place;
2. the last 1–4 words ("nurse Ohio", "accountant New York City", "electrician Columbus OH",
   "welder Columbus, Ohio", "data analyst Germany");
3. the first 1–3 words ("Ohio nurse", "Texas electrician", "New York accountant"): a state,
   province or country, or a city of two words or more.

Trailing words the search reads on its own ("visa", "sponsorship", "jobs") may follow the place
("engineer Berlin visa").

A **work mode** word at either end is read too: "remote", "hybrid", "onsite"/"on-site"/"in
office" ("remote accountant", "nurse remote", "remote Germany" = remote and Germany); not in
"remote sensing/monitoring/control/access" (a skill).

Places of the same name in two countries ("Georgia" the country and the US state, "Limburg" the
Dutch province and the German town, "Victoria" the Australian state and the BC city): with the
searcher's ``home_country`` (ISO 3166-1 alpha-2, from their preferred places), a **region**
(state, province) of that name in the home country wins over a foreign country or city
("nurse Georgia" from a US user = Georgia, US; from anyone else = the country). Only a region:
"nurse in Jordan" stays the country for a US user although small US towns are named Jordan.

Homonyms (a place that is also a job word): a one-word city outside rule 1 must have at least
:data:`MIN_BARE_CITY_POPULATION` people in GeoNames ("java developer London", "nurse Columbus";
not "Mobile developer" → Mobile, AL, nor "reading teacher" → Reading, GB: "developer in Mobile"
still finds Mobile); a bare two-letter state code counts only when typed in capitals and not a
job or common word (:data:`AMBIGUOUS_CODES`: PA physician assistant, MA medical assistant, IN, OR,
ME, OK, HI, DE, ID, CO, AL, LA, MD doctor, MS, MT, NE, SC, ND, VA Veterans Affairs, PE, SA…). A place that is the whole
query stays the text too (a search needs words): "Ohio" searches "Ohio" in Ohio.

A capitalized two-letter **job acronym** (:data:`JOB_ACRONYMS`: HR, IT, PR, QA, AI, BA, PM, BI, ER, PT,
NP, AE, SE, DO …) is never a place typed bare ("HR Generalist", "PR manager"; trial144 finding 1: "HR"
was read as Croatia and every HR search listed nothing), and after "in" only when it is a state or
province code of the searcher's country ("nurse in PA"; "jobs in IT" is the field). With a home
country, any other capitalized code that is one of its first-level subdivisions names that
subdivision before a country ("nurse CA" from a US searcher is California, not Canada).

Pure; never raises on ``str`` input.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from .gazetteer import _key  # the gazetteer's name key: no case, accents or punctuation
from .places import Place, resolve_place
from .title_spellings import ABBREVIATIONS as TITLE_ABBREVIATIONS

__all__ = ["AMBIGUOUS_CODES", "MIN_BARE_CITY_POPULATION", "QueryPlace", "split_place_query"]

#: A one-word city named without "in …" must be at least this large (GeoNames population):
#: Columbus 0.9 M, Boston 0.65 M and Plano 0.29 M count; Reading (0.23 M) and Mobile (0.19 M),
#: which are also English words, do not.
MIN_BARE_CITY_POPULATION = 250_000
#: An everyday English word (wordfreq Zipf ≥ 4.0: ten or more per million words — "store" 5.0,
#: "pool" 4.7, "unity" 4.2, "van" 4.8, "coast" 4.9) typed alone at either end of a search names a
#: place outside the searcher's country only when the place is prominent (:func:`_prominent`):
#: pycountry lists ~3,000 first-level subdivisions and some are such words — Štore (SI), Pool (CG),
#: Unity (SS), Coast (TZ), South (CM), Gulf (PG), Bay (SO), Bar (ME), Male (MV) — and a newcomer's
#: search for "Store Manager" listed nothing because it was read as Slovenia (trial81, session 26).
EVERYDAY_ZIPF = 4.0
#: A city (or a region named like one) at least this large still counts when its name is an
#: everyday word: London, Paris, Berlin, Sydney; not Van (TR, 0.37 M) or Split (HR).
MIN_EVERYDAY_CITY_POPULATION = 1_000_000
#: Two-letter US state / province codes never read as a place without a comma or "in": job
#: titles and common words (PA physician assistant, MA medical assistant, MD doctor, "IN", "OR"…).
AMBIGUOUS_CODES = frozenset({"PA", "MA", "MD", "IN", "OR", "ME", "OK", "HI", "DE", "ID", "CO", "AL", "LA", "MS",
                             "MT", "NE", "SC", "ND", "ON", "AB", "BC", "NS", "PE", "VA", "SA", "NT"})

#: Capitalized two-letter words that are job-field acronyms before they are ISO 3166-1 country codes:
#: the two-letter keys of ``title_spellings.ABBREVIATIONS`` (HR, IT, QA, AI, BA, PM, BI, ML, AE, AP, PT, OT,
#: NP, RN, UX, UI) and fields, units and degrees written that way in job searches (PR public relations, ER
#: emergency room, IR investor relations, AR accounts receivable, CI continuous integration, CD, EE
#: electrical engineering, CM construction manager, GM general manager, SE sales/software engineer, DO
#: osteopathic physician, ST speech therapy, IS information systems, TA talent acquisition, GC general
#: contractor/counsel, FP, PE, SM scrum master, SA solutions architect, MA, BS/MS/MD degrees).
JOB_ACRONYMS = frozenset({"PR", "ER", "IR", "AR", "CI", "CD", "EE", "CM", "GM", "SE", "DO", "ST", "IS", "TA", "GC",
                          "PE", "SM", "SA", "MA", "BS", "MS", "MD", "CS", "DS", "PD", "PO", "TL", "QC", "SQ", "LD",
                          "BD", "CX", "EA", "FA", "HC", "IC", "LE", "MC", "OR", "PA", "PH", "SW", "TE", "VA"}
                         | {k.upper() for k in TITLE_ABBREVIATIONS if len(k) == 2})

_WORD = re.compile(r"\S+")
_CUE = re.compile(r"\b(?:based\s+in|located\s+in|in|near|around)\s+(?=\S)", re.IGNORECASE)
_MODES = {"remote": "remote", "remotely": "remote", "wfh": "remote", "hybrid": "hybrid", "onsite": "onsite",
          "on-site": "onsite", "in-office": "onsite"}
_NOT_A_MODE_AFTER = re.compile(r"^(?:sensing|monitoring|control|controls|access|patient|pilot|operations?)\b",
                               re.IGNORECASE)
_CODE = re.compile(r"^[A-Z]{2}$")
_CUE_WORDS = frozenset({"in", "near", "around"})
#: Trailing words a search reads on its own (the visa boost, filler): "engineer Berlin visa".
_TRAILING = frozenset({"visa", "sponsorship", "jobs", "job", "positions", "roles", "openings", "vacancies"})


class QueryPlace(BaseModel):
    """A search query read as ``text`` + ``place`` (None: no place) + ``work_mode`` (None)."""

    model_config = ConfigDict(frozen=True)

    text: str
    place: Place | None = None
    work_mode: str | None = None


@lru_cache(maxsize=1)
def _population() -> dict[int, int]:
    from .gazetteer import _cities

    return {int(c["geonameid"]): int(c.get("population") or 0) for c in _cities() if c.get("geonameid")}


def _place(words: list[str], *, bare: bool, home: str | None = None) -> Place | None:
    """The one place ``words`` name, or None. ``bare``: not after "in …" (homonym rules);
    ``home``: the searcher's country (a region of that name there wins, module doc)."""
    if not words:
        return None
    text = " ".join(words).strip(" ,;")
    if not text:
        return None
    if bare and len(words) == 1 and _CODE.match(text) and text in AMBIGUOUS_CODES:
        return None
    if bare and len(words) == 1 and len(text) == 2 and not _CODE.match(text):
        return None  # "oh", "in": a code typed in lower case is a word
    if len(words) == 2 and words[0].lower() in _CUE_WORDS:
        words, text = words[1:], words[1]  # "in IT" among the trailing words: the cue is no part of a name
    if len(words) == 1 and _CODE.match(text):
        own = _state_of_code(text, only=home) if home else None
        if text in JOB_ACRONYMS and (bare or own is None):
            return None  # "HR Generalist", "PR manager", "jobs in IT": a field, not Croatia, Puerto Rico, Italy
        if own is not None:
            return own  # "nurse CA" from a US searcher: California before Canada; "analyst in GA": Georgia, US
    p = resolve_place(text)
    if p is None and _CODE.match(text):
        p = _state_of_code(text)  # "OH" → Ohio
    if p is None and len(words) >= 2 and re.fullmatch(r"[A-Z]{2}", words[-1]) and "," not in text:
        p = resolve_place(" ".join(words[:-1]) + ", " + words[-1])  # "Columbus OH" = "Columbus, OH"
    if p is None or p.kind == "remote":
        return None
    if home and p.country != home and "," not in text:
        own = resolve_place(f"{text}, {home}")
        if own is not None and own.kind == "region" and own.country == home and _key(own.name) == _key(text):
            return own
    if p.kind == "city" and p.geonameid is None:
        return None  # "assistant, PA" is no city: only GeoNames cities (metro names resolve to one) count
    if bare and p.kind == "city" and len(words) == 1 and p.geonameid is not None:
        if _population().get(p.geonameid, 0) < MIN_BARE_CITY_POPULATION and text.upper() != text:
            return None
    # an everyday word is no foreign region ("store" is no Štore, SI; "pool technician" no Pool, CG),
    # nor — when the searcher's country is known — a foreign city of under a million ("driver van" is
    # no Van, TR); a city elsewhere already needs MIN_BARE_CITY_POPULATION ("plumber Cleveland")
    if (bare and len(words) == 1 and p.country != home and (p.kind == "region" or (p.kind == "city" and home))
            and _everyday_word(text) and not _prominent(p)):
        return None
    return p


def _everyday_word(text: str) -> bool:
    """Whether ``text`` is an everyday English word: Zipf frequency ≥ :data:`EVERYDAY_ZIPF` in
    ``wordfreq`` (the project's word-frequency source, as in ``services.matching.signals``)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(text.lower(), "en") >= EVERYDAY_ZIPF


def _prominent(p: Place) -> bool:
    """A place a bare everyday word may still name: a US state, Canadian province or Australian
    state; a constituent country (England, Scotland: ISO 3166-2 type "Country"/"Nation"); a city —
    or a region named like a city — of at least :data:`MIN_EVERYDAY_CITY_POPULATION` people
    (Berlin, Tokyo, Delhi, London, Paris)."""
    import pycountry

    if p.kind == "region":
        if p.country in ("US", "CA", "AU"):
            return True
        sub = pycountry.subdivisions.get(code=f"{p.country}-{p.region}") if p.region else None
        if sub is not None and sub.type in ("Country", "Nation"):
            return True
        city = resolve_place(p.name)
        return bool(city and city.kind == "city" and city.geonameid is not None
                    and _population().get(city.geonameid, 0) >= MIN_EVERYDAY_CITY_POPULATION)
    if p.kind == "city" and p.geonameid is not None:
        return _population().get(p.geonameid, 0) >= MIN_EVERYDAY_CITY_POPULATION
    return True


def _state_of_code(code: str, *, only: str | None = None) -> Place | None:
    """The US state / Canadian province / Australian state a capitalized code names ("OH"); ``only``:
    that country's first-level subdivisions alone (any country pycountry lists)."""
    import pycountry

    for cc in (only,) if only else ("US", "CA", "AU"):
        sub = pycountry.subdivisions.get(code=f"{cc}-{code}")
        if sub is None:
            continue
        # the subdivision itself: "Georgia" alone is the country, "Washington, US" the capital city
        for name in (f"{sub.name}, {cc}", sub.name):
            p = resolve_place(name)
            if p is not None and p.kind == "region" and p.country == cc and p.region == code:
                return p
        return resolve_place(sub.name) if cc == "US" else resolve_place(f"{sub.name}, {cc}")
    return None


def _mode_word(word: str) -> str | None:
    return _MODES.get(word.lower().strip(",;:()"))


def split_place_query(query: str | None, *, home_country: str | None = None) -> QueryPlace:
    """``query`` → :class:`QueryPlace` (module rules). ``"nurse Ohio"`` → text "nurse", place Ohio
    (region OH, US); ``"remote python developer"`` → text "python developer", work mode remote;
    ``"Mobile developer"`` → text as typed, no place. ``home_country``: the searcher's country
    (alpha-2; None: unknown) for names that are places in two countries ("nurse Georgia")."""
    home = (home_country or "").upper() or None
    q = " ".join((query or "").split())[:500]
    words = _WORD.findall(q)
    mode = None
    if len(words) > 1 and _mode_word(words[-1]):
        mode = _mode_word(words[-1])
        words = words[:-1]
    elif len(words) > 1 and _mode_word(words[0]) and not _NOT_A_MODE_AFTER.match(words[1]):
        mode = _mode_word(words[0])
        words = words[1:]
    if len(words) > 1 and words[-1].lower() in ("office",) and words[-2].lower() == "in":
        mode, words = "onsite", words[:-2]
    rest = " ".join(words)
    # 1. "… in <place>"
    for m in reversed(list(_CUE.finditer(rest))):
        head, tail = rest[:m.start()].strip(" ,"), rest[m.end():]
        p = _place(_WORD.findall(tail), bare=False, home=home)
        if p is not None and head:
            return QueryPlace(text=head, place=p, work_mode=mode)
        if p is not None and mode:
            return QueryPlace(text=q, place=p, work_mode=mode)
    # 2. the last 1–4 words (before trailing "visa"/"jobs"), longest first
    end = len(words)
    while end > 1 and words[end - 1].lower() in _TRAILING:
        end -= 1
    for n in range(min(4, end - 1), 0, -1):
        p = _place(words[end - n:end], bare=True, home=home)
        if p is not None:
            text = " ".join(words[:end - n] + words[end:]).strip(" ,")
            return QueryPlace(text=text, place=p, work_mode=mode)
    # 3. the first 1–3 words: a state, province or country, or a city of two words or more
    #    ("reading teacher", "Mobile developer" are no places)
    for n in range(min(3, len(words) - 1), 0, -1):
        p = _place(words[:n], bare=True, home=home)
        if p is not None and (p.kind != "city" or n > 1):
            return QueryPlace(text=" ".join(words[n:]).strip(" ,"), place=p, work_mode=mode)
    whole = _place(words, bare=True, home=home) if len(words) <= 4 else None
    if whole is not None:  # "Ohio", "remote Germany": the place is also the text
        return QueryPlace(text=q, place=whole, work_mode=mode)
    if mode and words:
        return QueryPlace(text=" ".join(words), work_mode=mode)
    return QueryPlace(text=q)
