"""A resume's measured figure restated in another system of units (ground98, issue 12; set 24's false flags "4.2
hectares, roughly ten acres" and "410 kilometres …, about 255 miles" — variants in
``tests/unit/writing/test_grounding_conversions.py``).

* :func:`measures` — the unit written right after a figure ("410 km", "4.2 hectares", "a 2,000-litre tank",
  "200 bar", "12 m³", "100 °C", "1.400.000 litros"): the names of :data:`UNITS` it may mean (an ambiguous word gives
  several: "tons" are tonnes, short or long tons; "gallons" US or imperial; "barrels" beer or oil barrels).
* :func:`converted` — the sentence's figure ``q`` is a resume figure of the same dimension converted to the
  sentence's unit and rounded the way writers round: exactly at the figure's written precision ("255 miles" for
  254.8, "ten acres" for 10.4), "about/roughly/nearly N" within 5 %, "more than N" up to 2 N, "under N" down to N/2
  (the rules of :func:`.numbers._near`). A bound fits many figures: with one the sentence must be about the line's
  fact (it states the line's figure too, shares a content word with the line, or the line is in the CV's language).
* :func:`other_unit` — the sentence writes a resume figure's value with another unit of the same dimension and the
  resume never writes that value in that unit ("410 miles" for "410 km": a conversion left undone).

Factors: NIST Special Publication 811 (2008 ed.), *Guide for the Use of the International System of Units*,
Appendix B.8 (factors for units listed alphabetically) and B.9 (by kind of quantity); the temperature relation
t/°F = 1.8 t/°C + 32 is B.9's note. The US beer barrel (31 US gallons) is 27 CFR 25.11, the tonne/litre/hectare
are SI-accepted units (SP 811 table 6). Values are in the dimension's SI unit (m, m², m³, kg, Pa, m/s, W, J, K).
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.text import YEAR_RE, Quantity, quantities

#: unit name → (dimension, SI value of one unit). NIST SP 811 (2008), appendix B.8, unless said otherwise.
UNITS: dict[str, tuple[str, float]] = {
    # length (m)
    "metre": ("length", 1.0), "kilometre": ("length", 1e3), "centimetre": ("length", 1e-2),
    "millimetre": ("length", 1e-3), "mile": ("length", 1.609344e3), "nautical mile": ("length", 1.852e3),
    "foot": ("length", 3.048e-1), "yard": ("length", 9.144e-1), "inch": ("length", 2.54e-2),
    # area (m²)
    "square metre": ("area", 1.0), "square kilometre": ("area", 1e6), "hectare": ("area", 1e4),
    "acre": ("area", 4.046873e3), "square foot": ("area", 9.290304e-2), "square mile": ("area", 2.589988e6),
    # volume (m³)
    "litre": ("volume", 1e-3), "hectolitre": ("volume", 1e-1), "cubic metre": ("volume", 1.0),
    "US gallon": ("volume", 3.785412e-3), "imperial gallon": ("volume", 4.54609e-3),
    "oil barrel": ("volume", 1.589873e-1), "beer barrel": ("volume", 31 * 3.785412e-3),  # 27 CFR 25.11
    "cubic yard": ("volume", 7.645549e-1), "cubic foot": ("volume", 2.831685e-2),
    # mass (kg)
    "kilogram": ("mass", 1.0), "gram": ("mass", 1e-3), "tonne": ("mass", 1e3), "pound": ("mass", 4.535924e-1),
    "short ton": ("mass", 9.071847e2), "long ton": ("mass", 1.016047e3), "ounce": ("mass", 2.834952e-2),
    # pressure (Pa)
    "bar": ("pressure", 1e5), "psi": ("pressure", 6.894757e3), "kilopascal": ("pressure", 1e3),
    "megapascal": ("pressure", 1e6), "atmosphere": ("pressure", 1.01325e5),
    # speed (m/s)
    "knot": ("speed", 5.144444e-1), "mile per hour": ("speed", 4.4704e-1), "kilometre per hour": ("speed", 2.777778e-1),
    # power (W): horsepower of 550 ft·lbf/s
    "kilowatt": ("power", 1e3), "horsepower": ("power", 7.456999e2),
    # energy (J): British thermal unit (International Table)
    "kilowatt hour": ("energy", 3.6e6), "btu": ("energy", 1.055056e3),
    # temperature: affine, see :func:`_to_si`
    "celsius": ("temperature", 1.0), "fahrenheit": ("temperature", 1.0),
}

_M = r"(?:re|er|ro|ri)s?"  # metre/meter/metro/metri
#: The written forms of each unit after a figure (English, and the CV's language for the metric units a line keeps:
#: "litros", "Hektoliter", "toneladas", "quilos"); longest forms first where one is a prefix of another.
_FORMS: list[tuple[str, tuple[str, ...]]] = [
    (r"km/h|kph|km\s*h[-⁻]1|kilomet" + _M + r"\s+(?:per|an|a)\s+hour", ("kilometre per hour",)),
    (r"mph|miles?\s+(?:per|an|a)\s+hour", ("mile per hour",)),
    (r"knots?|kts?|kn(?![\w/])|knop|Knoten|nudos|nós|n(?:œ|oe)uds", ("knot",)),
    (r"nautical\s+miles?|nmi|NM(?![\w/])", ("nautical mile",)),
    (r"square\s+kilomet" + _M + r"|sq\.?\s*km|km2|km²", ("square kilometre",)),
    (r"square\s+miles?|sq\.?\s*mi(?![\w/])", ("square mile",)),
    (r"square\s+f(?:oo|ee)t|sq\.?\s*ft|ft2|ft²|sqft", ("square foot",)),
    (r"square\s+met" + _M + r"|sq\.?\s*m(?![\w/])|m2|m²", ("square metre",)),
    (r"hectares?|hect[aá]reas?|ettari|Hektar|ha(?![\w/])", ("hectare",)),
    (r"acres?", ("acre",)),
    (r"cubic\s+met" + _M + r"|cu\.?\s*m(?![\w/])|m3|m³", ("cubic metre",)),
    (r"cubic\s+yards?|cu\.?\s*yds?|yd3|yd³", ("cubic yard",)),
    (r"cubic\s+f(?:oo|ee)t|cu\.?\s*ft|ft3|ft³", ("cubic foot",)),
    (r"hectolit" + _M + r"|Hektoliter|ettolitri|hl(?![\w/])", ("hectolitre",)),
    (r"kilometers?|kilometres?|kil[oó]metros?|chilometri|Kilometer|km(?![\w/])", ("kilometre",)),
    (r"centimet" + _M + r"|cm(?![\w/])", ("centimetre",)),
    (r"millimet" + _M + r"|mm(?![\w/])", ("millimetre",)),
    (r"lit" + _M + r"|litros?|litri|Liter|ltrs?|[lL](?![\w/])", ("litre",)),
    (r"(?:US|U\.S\.)\s+gallons?", ("US gallon",)), (r"(?:imperial|UK)\s+gallons?", ("imperial gallon",)),
    (r"gallons?|gal(?![\w/])", ("US gallon", "imperial gallon")),
    (r"oil\s+barrels?|barrels?\s+of\s+oil", ("oil barrel",)), (r"(?:US\s+)?beer\s+barrels?", ("beer barrel",)),
    (r"(?:US\s+|U\.S\.\s+)?barrels?|bbls?(?![\w/])", ("beer barrel", "oil barrel")),
    (r"miles?|mi(?![\w/])", ("mile",)),
    (r"met" + _M + r"|m(?![\w/²³])", ("metre",)),
    (r"f(?:oo|ee)t|ft(?![\w/])", ("foot",)),
    (r"yards?|yds?(?![\w/])", ("yard",)),
    (r"inch(?:es)?", ("inch",)),
    (r"metric\s+tons?|tonnes?|toneladas?|tonnellate|Tonnen|t(?![\w/])", ("tonne",)),
    (r"short\s+tons?", ("short ton",)), (r"long\s+tons?", ("long ton",)),
    (r"tons?", ("tonne", "short ton", "long ton")),
    (r"kilo(?:gram(?:me)?s?|s)?|kilogramos?|quilos?|kg(?![\w/])", ("kilogram",)),
    (r"grams?|grammes?|g(?![\w/])", ("gram",)),
    (r"pounds?\s+per\s+square\s+inch|psi[ag]?", ("psi",)),
    (r"pounds?|lbs?(?![\w/])", ("pound",)),
    (r"ounces?|oz(?![\w/])", ("ounce",)),
    (r"bars?(?![\w/])|barg?(?![\w/])", ("bar",)),
    (r"kPa|kilopascals?", ("kilopascal",)), (r"MPa|megapascals?", ("megapascal",)),
    (r"atm|atmospheres?", ("atmosphere",)),
    (r"kilowatt[\s-]hours?|kWh", ("kilowatt hour",)),
    (r"kilowatts?|kW(?![\w/])", ("kilowatt",)),
    (r"horsepower|b?hp(?![\w/])", ("horsepower",)),
    (r"BTUs?|British\s+thermal\s+units?", ("btu",)),
    (r"°\s*C|º\s*C|degrees?\s+(?:Celsius|centigrade|C)\b|℃", ("celsius",)),
    (r"°\s*F|º\s*F|degrees?\s+(?:Fahrenheit|F)\b|℉", ("fahrenheit",)),
]
_UNIT_RE = re.compile(r"[ \t\u00a0]*-?[ \t\u00a0]*(?:" + "|".join(f"(?P<u{i}>{f})" for i, (f, _) in enumerate(_FORMS))
                      + r")(?![A-Za-z])", re.I)
#: Short symbols read in any case ("KM", "Kg"); the one-letter ones only as the SI writes them ("t", "m", "g", "l"/"L"),
#: and "NM" only in capitals: in other cases they are words or other units.
_SYMBOLS = frozenset("km kg cm mm ha hl ft yd yds lb lbs oz gal psi psia psig bbl bbls kt kts kn nmi kph mph ltr ltrs kwh "
                     "btu btus atm hp bhp mi bar barg bars kpa mpa kw sqft m2 m3 km2 ft2 ft3 yd3 m² m³ km² ft² ft³ yd³".split())
_ONE_LETTER = frozenset({"t", "m", "g", "l", "L", "NM"})


#: A rate per area ("2,950 kg/ha", "15 gallons per acre", "12 t/ha", "5.4 tons per acre"): numerator forms → units,
#: denominator forms → units; the unit's name is "<numerator>/<denominator>" (:func:`_unit`).
_RATE_NUM = [(r"kg|kilo(?:gram(?:me)?)?s?", ("kilogram",)), (r"t|tonnes?|metric\s+tons?", ("tonne",)),
             (r"tons?", ("tonne", "short ton")), (r"lbs?|pounds?", ("pound",)), (r"l|lit(?:re|er)s?", ("litre",)),
             (r"gal(?:lons?)?", ("US gallon",))]
_RATE_DEN = [(r"ha|hectares?", ("hectare",)), (r"ac|acres?", ("acre",))]
_RATE_RE = re.compile(r"[ \t\u00a0]*(?:" + "|".join(f"(?P<n{i}>{f})" for i, (f, _) in enumerate(_RATE_NUM)) + r")[ \t]*"
                      r"(?:/|per|an?)[ \t]*(?:" + "|".join(f"(?P<d{i}>{f})" for i, (f, _) in enumerate(_RATE_DEN))
                      + r")(?![A-Za-z])", re.I)


def _rate_at(text: str, at: int) -> tuple[str, ...]:
    m = _RATE_RE.match(text, at)
    if not m:
        return ()
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    num = next(_RATE_NUM[int(k[1:])][1] for k in groups if k[0] == "n")
    den = next(_RATE_DEN[int(k[1:])][1] for k in groups if k[0] == "d")
    if groups.get(next(k for k in groups if k[0] == "n")) in ("t", "l", "T", "L") and not re.match(r"[ \t]*[tTlL]/", text[at:]):
        return ()  # ("t per ha" is no form; "t/ha" is)
    return tuple(f"{n}/{d}" for n in num for d in den)


def _unit(name: str) -> tuple[str, float]:
    """``(dimension, SI value)`` of a unit of :data:`UNITS` or of a rate "<numerator>/<denominator>" of two."""
    if "/" in name:
        n, d = name.split("/")
        return f"{UNITS[n][0]}/{UNITS[d][0]}", UNITS[n][1] / UNITS[d][1]
    return UNITS[name]


def measures(text: str, q: Quantity) -> tuple[str, ...]:
    """The names of :data:`UNITS` the unit written right after figure ``q`` of ``text`` may mean (module doc); ``()``
    when none is written. ``q.text`` may hold the unit already ("410 km")."""
    spots = [q.end] + [q.start + i for i in range(1, len(q.text)) if q.text[i] in " \t-\u00a0" or (
        q.text[i - 1].isdigit() and not q.text[i].isdigit() and q.text[i] not in ".,")]  # ("2.4 million km")
    for at in spots:
        if rate := _rate_at(text, at):
            return rate
        m = _UNIT_RE.match(text, at)
        if not m:
            continue
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        written = m.group(f"u{i}")
        if written.isalnum() and (len(written) <= 2 or written != written.lower()) and written not in _ONE_LETTER and (
                written.lower() not in _SYMBOLS or len(written) == 1):
            continue  # ("M", "T", "nm": a magnitude, a word or another unit)
        return _FORMS[i][1]
    return ()


def _to_si(value: float, unit: str) -> float:
    if unit == "fahrenheit":
        return (value - 32.0) / 1.8 + 273.15
    if unit == "celsius":
        return value + 273.15
    return value * _unit(unit)[1]


def _from_si(value: float, unit: str) -> float:
    if unit == "fahrenheit":
        return (value - 273.15) * 1.8 + 32.0
    if unit == "celsius":
        return value - 273.15
    return value / _unit(unit)[1]


def convert(value: float, unit: str, to: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to`` (names of :data:`UNITS`, or rates "kilogram/hectare"), or None across
    dimensions."""
    if _unit(unit)[0] != _unit(to)[0]:
        return None
    return _from_si(_to_si(value, unit), to)


def measured_figures(facts) -> list[tuple[str, float, tuple[str, ...]]]:
    """``(line, value, units)`` of every resume figure written with a unit of :data:`UNITS` (cached on ``facts``)."""
    cached = getattr(facts, "_measured_figures", None)
    if cached is not None:
        return cached
    out = []
    for line in facts.lines:
        years = [(m.start(), m.end()) for m in YEAR_RE.finditer(line)]
        for r in quantities(line, masked=years):
            if r.kind == "plain" and (units := measures(line, r)):
                out.append((line, r.value, units))
    facts._measured_figures = out
    return out


def _about_line(sentence: str, line: str, value: float, raw: list[str]) -> bool:
    """The sentence is about ``line``'s fact: it writes the line's figure too, shares a content word with it, or the
    line — or the physical line of ``raw`` it is a part of ("…; dykk til 1 200 m") — is in the CV's language or
    another script (its figure alone ties them, :mod:`.derivations`)."""
    from careercopilot.writing.grounding.derivations import other_language, other_script
    from careercopilot.writing.grounding.numbers import _fact_words, _shared

    if any(abs(x.value - value) < 1e-9 * max(1.0, value) for x in quantities(sentence)):
        return True
    words = {w for w in _fact_words(sentence, sentence=True) if w.isalpha() and len(w) >= 4}
    line_words = {w for w in _fact_words(line) if w.isalpha()}
    whole = [ln for ln in raw if line.strip() and line.strip() in ln] or [line]
    return _shared(words, line_words) >= 1 or any(other_language(ln) or other_script(ln) for ln in {line, *whole})


def _measured(q: Quantity, text: str) -> bool:
    """``q`` is a plain figure, or "N pounds" read as money with no currency sign (a mass: "2,650 pounds of fruit")."""
    return q.kind == "plain" or (q.kind == "money" and q.currency == "GBP" and "£" not in text[max(0, q.start - 3):q.end]
                                 and bool(units := measures(text, q)) and all(u.split("/")[0] == "pound" for u in units))


def converted(q: Quantity, text: str, facts) -> bool:
    """``q`` restates a resume figure in another unit of the same dimension (module doc)."""
    from careercopilot.writing.grounding.facts import sentence_at
    from careercopilot.writing.grounding.numbers import _APPROX, _UPPER_BOUND, _near, _rounds_to

    if not _measured(q, text) or not (mine := measures(text, q)):
        return False
    sentence = sentence_at(text, q.start)
    before = text[max(0, q.start - 24):q.start]
    for line, value, theirs in measured_figures(facts):
        for a in theirs:
            for b in mine:
                if a == b or (v := convert(value, a, b)) is None:
                    continue
                stated = _rounds_to(v, q) or (_APPROX.search(before) is not None and _near(q, v, text))
                bound = _near(q, v, text) or (_UPPER_BOUND.search(before) is not None and q.value / 2 <= v <= q.value)
                # (a figure stated or "about" it is distinctive in a converted unit; a bound fits many: the sentence
                #  must then be about the line's fact)
                if stated or (bound and _about_line(sentence, line, value, facts.text.splitlines())):
                    return True
    return False


def other_unit(q: Quantity, text: str, facts) -> bool:
    """The resume writes ``q``'s value only with other units of ``q``'s unit's dimension (module doc)."""
    if not _measured(q, text) or not (mine := measures(text, q)):
        return False
    same = [units for _, value, units in measured_figures(facts) if abs(value - q.value) < 1e-9 * max(1.0, value)]
    if not same or any(set(units) & set(mine) for units in same):
        return False
    if any(abs(r.value - q.value) < 1e-9 * max(1.0, q.value) and not measures(facts.text, r) for r in facts.quantities):
        return False  # the value is also written without a unit somewhere (a count that happens to match)
    dims = {_unit(u)[0] for u in mine}
    return any(_unit(u)[0] in dims for units in same for u in units)


#: A country's name that qualifies a unit ("US gallons", "U.S. barrels", "UK gallons", "Imperial gallons").
_QUALIFIED_UNIT = re.compile(r"[ \t]*(?:liquid[ \t]+|dry[ \t]+|beer[ \t]+|oil[ \t]+|short[ \t]+)?(?:gallons?|barrels?|bbls?|"
                             r"tons?|pints?|quarts?|(?:fluid[ \t]+)?ounces?|bushels?|survey[ \t]+(?:miles?|feet|foot))\b", re.I)


def unit_qualifier(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is "US"/"U.S."/"UK"/"Imperial" naming which gallon, barrel or ton a figure is in (module
    doc): no organisation."""
    return bool(re.fullmatch(r"U\.?S\.?|U\.?K\.?|Imperial|American|British", text[start:end].strip())
                and _QUALIFIED_UNIT.match(text, end))
