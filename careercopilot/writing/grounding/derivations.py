"""More figures a sentence may derive from one resume line (session 16, set 14's derived figures): a line's
amount in another metric unit ("about 1,850 tonnes" for "1.850.000 kg"), a product ("almost 19 km of tunnel"
for "2 x 9,4 km"; "28,700 tonnes" for "410.000 sacos de 70 kg"), a part's share of the whole the line names
with its "of which" word ("around 35%" for "410.000 bottiglie, di cui 145.000 …"), and lines in another
script, which share no word with an English sentence (:data:`OTHER_SCRIPT`: the figures alone tie them).

Each entry is ``(tag, value, words)`` as in :func:`.numbers.derived_quantities`; the unit a product or a
conversion is in is the word ``=<unit>`` in ``words``."""

from __future__ import annotations

import re

from careercopilot.writing.grounding.text import Quantity

#: A line with no word in Latin letters but initialisms: its words cannot be shared with an English sentence.
OTHER_SCRIPT = "*script"
#: A line in the CV's language (:func:`other_language`): tied by its figures alone only for a figure stated
#: exactly or approximately ("almost nine points" for 8.8), never by a bound ("more than 10%" fits too many).
OTHER_LANGUAGE = "*language"

#: Metric units a sentence may restate a line's figure in (SI prefixes: BIPM, The International System of Units,
#: 9th ed. 2019, table 7; tonne = 1000 kg, hectolitre = 100 L, table 8): unit → ((other unit, factor), …).
CONVERSIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "kilogram": (("tonne", 1e-3),),
    "tonne": (("kilogram", 1e3),),
    "gram": (("kilogram", 1e-3),),
    "litre": (("hectolitre", 1e-2),),
    "hectolitre": (("litre", 1e2),),
    "kilolitre": (("litre", 1e3), ("hectolitre", 10.0)),
    "metre": (("kilometre", 1e-3),),
    "kilometre": (("metre", 1e3),),
    "kilowatt": (("megawatt", 1e-3),),
    "megawatt": (("kilowatt", 1e3), ("gigawatt", 1e-3)),
    "gigawatt": (("megawatt", 1e3),),
}

#: "Of which": the word a line writes between a whole and its part ("410.000 bottiglie, di cui 145.000 Brunello",
#: "312 000 hl, z toho 41 %"). From the bilingual dictionaries' entries for "of which" / "including" (Wiktionary
#: translations of "of which" and "including", checked against each language's CV samples in the blind sets):
#: English, Italian, Spanish, Portuguese, French, German, Dutch, Czech/Slovak, Polish, Swedish, Danish/Norwegian,
#: Finnish, Romanian, Hungarian, Turkish, Chinese, Japanese.
OF_WHICH = re.compile(
    r"(?i)(?:\bof\s+which\b|\bincluding\b|\bdi\s+cui\b|\bde\s+l[oa]s\s+cuales\b|\bd[oa]s\s+quais\b|\bdont\b|\bdavon\b"
    r"|\bdarunter\b|\bwaarvan\b|\bz\s+toho\b|\bw\s+tym\b|\bz\s+czego\b|\bvarav\b|\bheraf\b|\bhvorav\b|\bjoista\b"
    r"|\bdin\s+care\b|\bebből\b|\bbunun\b|其中|うち)")

_TIMES = re.compile(r"\s*[x×]\s*")
#: A count times a unit's rating written in its model designation: "62 × Vestas V110-2.0 MW" (62 turbines of 2.0 MW:
#: "124 MW"), "4 x Cat 3516-2.0 MW", "12 × Nordex N149/4.5 MW" (session 27, ground88).
_TIMES_MODEL = re.compile(r"\s*[x×]\s*(?:[A-Za-z][\w.]*[\s/-]){1,3}")
#: Units with a magnitude inside them (US water and gas industry abbreviations: MGD "million gallons per day", MLD
#: "million litres per day", Mcf/MMcf/Bcf "thousand/million/billion cubic feet", MMBtu "million British thermal units",
#: Mtpa/ktpa "million/thousand tonnes per annum", kb/d "thousand barrels per day"): symbol → (unit, factor).
MAGNITUDE_UNITS: dict[str, tuple[str, float]] = {
    "mgd": ("gallon", 1e6), "mld": ("litre", 1e6), "mcf": ("cubic", 1e3), "mmcf": ("cubic", 1e6),
    "bcf": ("cubic", 1e9), "mmbtu": ("btu", 1e6), "mtpa": ("tonne", 1e6), "ktpa": ("tonne", 1e3),
    "kbd": ("barrel", 1e3), "mbd": ("barrel", 1e6), "mmscfd": ("cubic", 1e6),
}
#: A part of a whole written "N of (the …'s) M": "2 of the circuit's 6 superior court judges", "1 of 3 offices", "1 das
#: 3 unidades", "1 de los 2 rajos", "1 des 4 équipes", "3 di 5 linee", "2 von 6 Teams" — the part's share of the whole
#: ("a third of the circuit's judges"; session 27, ground88).
_PART_OF = re.compile(r"(?i)\s+(?:of|de|des|das|dos|del|de\s+l[oa]s|di|dei|delle|von|van|z|av|af)\s+"
                      r"(?:(?:the|its|our|their|la|las|los|le|les|os|as|the\s+[\w'’-]+['’]s|[\w'’-]+['’]s)\s+)?$")

#: A figure per a distance the sentence may restate per kilometre, exactly (session 22, set 18 "from 0.59 to 0.51
#: litres per kilometre" for "5,9 till 5,1 l/mil"): the Scandinavian mil is 10 km (Swedish and Norwegian road use;
#: Svenska Akademiens ordbok "mil": 10 km since the metric reform of 1889), "l/100 km" is per 100 km. Conversions
#: that are not exact ("l/100 km" to miles per gallon) are left out.
_PER_DISTANCE = re.compile(r"[ \t]*(?P<num>[^\W\d_]{1,6})?[ \t]*(?:/[ \t]*|[ \t]per[ \t]+)(?:(?P<mil>mil|(?:Swedish|Norwegian|"
                           r"Scandinavian)[ \t]+mile)|(?P<hundred>100[ \t]*km))\b", re.I)


def _unit(q: Quantity) -> str:
    return q.unit[0] if q.unit else ""


def _converted(tag: str, value: float, unit: str, words: set[str]) -> list[tuple[str, float, set[str]]]:
    out = [(tag, value, words | {f"={unit}", unit[:6]})] if tag != "convert" else []
    for other, factor in CONVERSIONS.get(unit, ()):  # (the unit as a content word: cut at six letters)
        out.append((tag, value * factor, words | {f"={other}", other[:6]}))
    return out


def other_script(line: str) -> bool:
    """``line`` has no word in Latin letters but initialisms and unit symbols ("송금 완료율 72% → 89% (2023)",
    "看護職員離職率: 14.2%（2021年度）→ 7.9%")."""
    rest = re.sub(r"\b(?:[A-Z]{2,6}|[a-zA-Z]{1,3})\b", " ", line)
    return not re.search(r"[A-Za-z]", rest) and bool(re.search(r"[^\W\d_]", rest))


def other_language(line: str) -> bool:
    """``line`` is written in the CV's language, not English: at least two words of four letters or more, and
    more than two thirds of them foreign (:func:`.names.foreign_word`: "Önkéntes fluktuáció: 21,4 % → 12,6 %",
    "tempo médio de internação reduzido de 31 para 22 dias"). Like a line in another script it shares no word
    with an English sentence, and its figures alone tie it to one (session 18, set 15's derived figures)."""
    from careercopilot.writing.grounding.names import foreign_word
    from careercopilot.writing.grounding.text import fold_accents

    words = [w.lower() for w in re.findall(r"[^\W\d_]{4,}", line) if not w.isupper()]
    if len(words) < 2:
        return False
    return sum(foreign_word(fold_accents(w)) for w in words) * 3 > 2 * len(words)


def more_derived(line: str, qs: list[Quantity], words: set[str]) -> list[tuple[str, float, set[str]]]:
    """Conversions, products and "of which" shares of the figures ``qs`` of resume ``line`` (whose content
    words are ``words``)."""
    out: list[tuple[str, float, set[str]]] = []
    for q in qs:
        if q.kind == "plain" and _unit(q) in MAGNITUDE_UNITS:  # "8 MGD" = 8 million gallons a day
            unit, factor = MAGNITUDE_UNITS[_unit(q)]
            out.append(("convert", q.value * factor, words | {f"={unit}", unit[:6], f"#{q.value:g}"}))
        if q.kind == "plain" and _unit(q) in CONVERSIONS:
            out += _converted("convert", q.value, _unit(q), words | {f"#{q.value:g}"})
        nxt = next((b for b in qs if b.start >= q.end), None)
        per = _PER_DISTANCE.match(line, q.end) if q.kind == "plain" else None
        if per is None and q.kind == "plain" and nxt is not None and re.fullmatch(r"[^\d\n]{1,8}", line[q.end:nxt.start]):
            per = _PER_DISTANCE.match(line, nxt.end)  # "från 5,9 till 5,1 l/mil": both ends per mil
        if per:  # "5,1 l/mil" = 0.51 per kilometre; the line's numerator unit kept ("=litre")
            top = {f"={u}" for u in q.unit[:1] if u not in ("mil", "mile")} | (
                {"=litre"} if (per.group("num") or "").lower() in ("l", "litre", "liter", "litres", "liters") else set())
            out.append(("convert", q.value / (10.0 if per.group("mil") else 100.0),
                        words | top | {"=kilometre", "kilome", f"#{q.value:g}"}))
    for a, b in zip(qs, qs[1:]):
        if a.kind == b.kind and a.kind in ("plain", "money") and min(a.value, b.value) > 0 and a.value != b.value:
            # "grew roughly two and a half times" for "from 1.1 million to 2.7 million" (session 18)
            out.append(("times", max(a.value, b.value) / min(a.value, b.value),
                        words | {f"#{a.value:g}", f"#{b.value:g}"}))
        if a.kind != "plain" or b.kind != "plain":
            continue
        operands = {f"#{a.value:g}", f"#{b.value:g}"}
        if 0 < a.value < b.value and _PART_OF.fullmatch(line[a.end:b.start]):  # "2 of the circuit's 6 judges"
            out.append(("part", 100.0 * a.value / b.value, words | operands))
        if _TIMES.fullmatch(line[a.end:b.start]) or (_TIMES_MODEL.fullmatch(line[a.end:b.start]) and b.unit):  # "2 x 9,4 km"
            out += _converted("product", a.value * b.value, _unit(b), words | operands)
            continue
        if _unit(b) in ("kilogram", "tonne", "litre", "hectolitre") and _unit(a) not in CONVERSIONS and re.fullmatch(
                r"\s*[^\W\d_]+\s+(?:de|di|of|von|à|a|z|po)\s*", line[a.end:b.start]):  # "410.000 sacos de 70 kg"
            out += _converted("product*", a.value * b.value, _unit(b), words | operands)
        if 0 < b.value < a.value and OF_WHICH.search(line[a.end:b.start]):  # "410.000 bottiglie, di cui 145.000"
            out.append(("part", 100.0 * b.value / a.value, words | operands | {u[:6] for u in set(a.unit[:1]) & set(b.unit[:1])}))
    return out
