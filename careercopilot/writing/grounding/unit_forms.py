"""Units of measure in one form, and the unit a "from A to B" change gives both its ends (session 23, ground38;
set 19's per-unit false flags: "38 to 26 milligrams per liter" for "38 to 26 mg/L", "fourteen hours to nine per
1,000 wafers" for "14 h → 9 h", "van 52 naar 17 km").

* :func:`canonical` — a unit word as one form: symbols and abbreviations spelled out (:data:`SYMBOLS`, with
  :data:`.text.UNIT_ABBREVIATIONS`: "mg" → "milligram", "L"/"l" → "litre", "NTU" → "nephelometric", "mGy" →
  "milligray", "µg" → "microgram", "ppm" → "part"), US spellings in the SI's ("liter" → "litre", "meter" → "metre",
  "kilometers" → "kilometre"). Sources: the SI brochure (BIPM, 9th ed.) symbols; EPA/WHO water-quality reporting
  units (mg/L, µg/L, µg/m³, NTU, ppm, ppb); dose units (mGy, mSv).
* :func:`units_meet` — two unit tuples share a word in that form.
* :func:`carry_change_units` — in "from A <unit> to B …" the second end with no noun of its own ("to nine per 1,000
  wafers", "to 31 after …") counts A's unit (in place of the words after it: a rate's base); in "from A to B <unit>" / "van A naar B km" the first end counts B's;
  in "B <unit> …, up from A" / "(down from A)" / "vs. A" the earlier value A counts B's (ground98).
  Quantities are :class:`.text.Quantity`; returns new ones (units are tuples of lower-case words).
"""

from __future__ import annotations

import re
from dataclasses import replace

#: Unit symbols and abbreviations not in :data:`.text.UNIT_ABBREVIATIONS` (lower case) → a spelled word.
SYMBOLS = {
    "l": "litre", "ltr": "litre", "dl": "decilitre", "cl": "centilitre", "m": "metre", "mm": "millimetre",
    "m2": "square", "m²": "square", "m3": "cubic", "m³": "cubic", "g": "gram", "µg": "microgram", "ug": "microgram",
    "mcg": "microgram", "ng": "nanogram", "t": "tonne", "ppm": "part", "ppb": "part", "ntu": "nephelometric",
    "gy": "gray", "mgy": "milligray", "sv": "sievert", "msv": "millisievert", "usv": "microsievert",
    "µsv": "microsievert", "min": "minute", "mins": "minute", "sec": "second", "s": "second", "wk": "week",
    "wks": "week", "mo": "month", "mos": "month", "yr": "year", "yrs": "year", "gal": "gallon", "mgd": "gallon",
    "psi": "pound", "bbl": "barrel", "mph": "mile", "kph": "kilometre", "kmh": "kilometre",
}
#: Spelled units whose US form ends in "-er" and SI form in "-re" ("liter", "milliliter", "kilometer").
_ER_UNITS = re.compile(r"^(?P<stem>(?:kilo|centi|milli|micro|nano|deci|hecto)?(?:lit|met))ers?$")


def canonical(word: str) -> str:
    """``word`` (a unit word as :func:`.text._unit_after` gives it, or a symbol) in one form (module doc)."""
    from careercopilot.writing.grounding.text import UNIT_ABBREVIATIONS

    w = word.lower().strip(".")
    if w in SYMBOLS:
        return SYMBOLS[w]
    if w in UNIT_ABBREVIATIONS:
        return UNIT_ABBREVIATIONS[w]
    er = _ER_UNITS.match(w)
    if er:
        return er.group("stem") + "re"
    if w.endswith("res") and _ER_UNITS.match(w[:-3] + "er"):
        return w[:-1]
    return w


def units_meet(a, b) -> bool:
    """Unit words ``a`` and ``b`` share a word in :func:`canonical` form."""
    return bool({canonical(x) for x in a} & {canonical(y) for y in b})


#: "from A … to B": the words between the two ends.
_FROM_TO = re.compile(r"(?i)\b(?:from|van|von|de|da|od)\s+$")
_TO = re.compile(r"(?i)^(?P<unit>(?:\s+[^\W\d][\w/²³-]*){0,3}?)\s*(?:to|down\s+to|up\s+to|→|->|naar|auf|à|a|para|do)\s*$")
#: What may follow the second end without being its own noun: a rate's "per", a period, the clause's end.
_NO_NOUN = re.compile(r"(?i)^[ \t]*(?:$|[\n.,;:)!?]|per\b|a\s+(?:year|month|week|day|shift)\b|an\s+hour\b|each\b|and\b|in\s+|"
                      r"after\b|over\b|within\b|by\b|on\s+average\b|/)")


def carry_change_units(text: str, qs: list) -> list:
    """``qs`` (sorted by position) with the units of a "from A to B" change carried across its ends (module doc)."""
    out = list(qs)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.kind != "plain" or b.kind != "plain" or not _FROM_TO.search(text[max(0, a.start - 6):a.start]):
            continue
        between = _TO.match(text[a.end:b.start])
        if not between:
            continue
        if a.unit and _NO_NOUN.match(text[b.end:]) and not set(a.unit[:1]) & set(b.unit):
            # "from fourteen hours to nine per 1,000 wafers": nine hours (the words after "per" are the rate's base)
            out[i + 1] = replace(b, unit=tuple(a.unit))
        elif b.unit and not between.group("unit").strip() and not units_meet(a.unit[:1], b.unit):
            out[i] = replace(a, unit=tuple(b.unit[:1]) + tuple(a.unit))  # "van 52 naar 17 km"
    for i in range(len(out) - 1):  # "86 patients in 2025, up from 52 in 2022": the old value counts the new one's noun
        a, b = out[i], out[i + 1]
        if (a.kind == b.kind == "plain" and a.unit and _UP_FROM.match(text[a.end:b.start]) and _NO_NOUN.match(text[b.end:])
                and not set(a.unit[:1]) & set(b.unit)):
            out[i + 1] = replace(b, unit=tuple(a.unit))
    return out


#: A figure's earlier value written after it: "86 patients in 2025, up from 52", "41 days (down from 97)", "12 sites
#: vs. 7", "3.1 FTE, compared with 4" (ground98, set 24's "from 52 patients in 2022 to 86 in 2025").
_UP_FROM = re.compile(r"(?i)^[^.;:\n]{0,40}?[\s(,]\(?(?:(?:up|down|rising|falling|increased|decreased|cut|grown)\s+from|"
                      r"vs\.?|versus|compared\s+(?:with|to))\s+$")
