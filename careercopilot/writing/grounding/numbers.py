"""Numbers in a generated document: counts, amounts and percentages must be the resume's, or
follow from them by the arithmetic and restatements a careful reader accepts (differences, sums
next to their parts, per-period restatements, true rounding, values inside a stated range).

Session 11 (set 10's derived figures): a derived figure may take the rounding a stated one may ("almost
six points" for +5.7, "more than a hundred"); a change is relative to the old value whichever the line
writes first ("about 47% faster" for "220/min (previous model: 150)"); the parts of one group joined by
"and" add up for the group's noun ("a crew of five" for "crew of 3 electricians and 2 apprentices", not
"5 electricians"); "N of my M" is a part the resume states with its whole (:func:`_part_supported`)."""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import list_sums, unit_conversions
from careercopilot.writing.grounding.derivations import OTHER_LANGUAGE, OTHER_SCRIPT, more_derived, other_language, other_script
from careercopilot.writing.grounding.facts import Flag, SourceFacts, sentence_at
from careercopilot.writing.grounding.text import (
    FRACTION_RE, RATIO_RE, YEAR_RE, Quantity, fold_accents, norm_words, quantities, same_currency,
)
from careercopilot.writing.grounding.text import _ratio_term as _ratio_whole

SCALE_NOUNS = frozenset(
    "team engineer developer staff nurse electrician writer student school service subsidiary user customer client "
    "employee people person member report crew bed unit store location country office dispatcher volunteer "
    "patient budget revenue sale".split()
)




def _compatible(a: Quantity, b: Quantity) -> bool:
    if a.kind == b.kind or "plain" in (a.kind, b.kind):
        return a.kind != "ordinal" and b.kind != "ordinal" or a.kind == b.kind
    return False


#: Per-period words ("45 cases a year"): they say how often, not what is counted.
PERIOD_WORDS = frozenset("year month week day shift hour quarter annual annually yearly monthly weekly daily fortnight "
                         "biweekly semimonthly".split())


def _quantity_supported(q: Quantity, facts: SourceFacts) -> bool:
    unit = set(q.unit) - PERIOD_WORDS
    if q.kind == "vague":
        related = [r for r in facts.quantities if unit & set(r.unit)]
        return any(r.value >= q.value for r in related)
    if q.unit[:1] == ("year",) and q.kind == "plain":
        if q.value <= facts.tenure_years:
            return True
    same = [r for r in facts.quantities if same_currency(q.currency, r.currency) and (abs(r.value - q.value) < 1e-9 * max(1.0, q.value)
            or (q.kind == r.kind == "percent" and q.value == int(q.value) and r.value != int(r.value)
                and round(r.value) == q.value)) and _compatible(q, r)
            and not (q.kind == "percent" and r.kind == "plain" and r.unit)]  # "97%" for 97.4 %; not "30%" for
    #                                                   "25–30 preparations" (a count of something is no share)
    if not same:
        return False
    if not unit or any(r.kind == q.kind in ("money", "percent") for r in same) or any(_units_meet(unit, r.unit) for r in same):
        return True  # an exact amount or percentage is distinctive; its following words often are not ("$310K in FY2024")
    from careercopilot.writing.grounding.names import foreign_word

    if any(r.unit and len(r.unit[0]) >= 4 and r.unit[0].isalpha() and foreign_word(r.unit[0]) for r in same):
        return True  # "62 hectares" for "62 ettari vitati, di cui 48 ha …": the figure's own noun in the CV's language
    conflicting = [r for r in facts.quantities if r.value != q.value and r.kind == q.kind and _same_count(q, r)]
    # "96% clean-claim rate" does not contradict "900 claims"
    return not conflicting


def _units_meet(a: tuple[str, ...] | set[str], b: tuple[str, ...]) -> bool:
    """Unit words ``a`` (the sentence's, English) and ``b`` (the resume's) share a word, or one of ``a`` in the
    CV's language ("bottles" for "410.000 bottiglie", :func:`.names.cognate`)."""
    from careercopilot.writing.grounding.names import cognate
    from careercopilot.writing.grounding.unit_forms import units_meet

    # (a unit in another form: "milligrams per liter" for "mg/L", session 23)
    return units_meet(a, b) or any(cognate(x, y) for x in a for y in b if y.isalpha() and x.isalpha())


def _same_count(q: Quantity, r: Quantity) -> bool:
    """``q`` and ``r`` count the same thing: the noun right after one is among the other's unit
    words, or they share two unit words ("a 24-person front office team" does not count the
    "11 years in hotel front office operations")."""
    a, b = [w for w in q.unit if w not in PERIOD_WORDS], [w for w in r.unit if w not in PERIOD_WORDS]
    if not a or not b:
        return False
    return a[0] in b or b[0] in a or len(set(a) & set(b)) >= 2


def derived_quantities(lines: list[str]) -> list[tuple[str, float, set[str]]]:
    """Simple arithmetic on two numbers of one resume line (labeling rule of the blind set:
    "raised completion by 23 percentage points" for 54 % → 77 %): ``("points", b - a)`` for two
    percentages, ``("change", |b - a| / a × 100)`` as a relative change in percent, and
    ``("difference", |b - a|)`` for two plain numbers of the same unit and ``("sum", a + b)`` for two
    plain numbers ("eight people" for "6 engineers and 2 CAD technicians"); each with the line's
    content words (the sentence must share two of them, or state both operands: it is about the
    same fact; a sum always needs its operands next to it)."""
    from careercopilot.writing.grounding.unit_forms import units_meet

    out: list[tuple[str, float, set[str]]] = []
    for line in lines:
        spans = [(m.start(), m.end()) for m in YEAR_RE.finditer(line)]
        qs = [q for q in quantities(line, masked=spans) if q.kind in ("percent", "plain", "money")]
        words = _fact_words(line) | ({OTHER_SCRIPT} if other_script(line) else {OTHER_LANGUAGE} if other_language(line) else set())
        for q in qs:  # "$18,000 per month" → $216K a year; "110 calls per 12-hour shift" → 9 an hour
            period = _period_after(line, q.end) or _period_before(line, q.start)
            if period:
                for other, value in _restated(q.value, *period).items():
                    out.append((f"rate:{other}", value, words | set(q.unit) | {"$" if q.kind == "money" else "#"}))
        for m in re.finditer(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s*[–-]\s*(\d[\d,]*(?:\.\d+)?)(?![\d%])", line):
            lo, hi = (float(x.replace(",", "")) for x in m.groups())
            if lo < hi:  # "14–16 inpatients per day": a value inside the range
                out.append((f"range:{lo:g}", hi, words | set(_unit_words(line[m.end():]))))
        for i, a in enumerate(qs):
            for b in qs[i + 1:]:
                if a.kind != b.kind or a.value == b.value:
                    continue
                if a.kind == "plain":  # "eight people" for "6 engineers and 2 CAD technicians"
                    out.append(("sum", a.value + b.value, words | {f"#{a.value:g}", f"#{b.value:g}"}))
                    if min(a.value, b.value) > 0:  # "close to 80%" for "78 affected, 61 redeployed"
                        out.append(("share", min(a.value, b.value) / max(a.value, b.value) * 100,
                                    words | {f"#{a.value:g}", f"#{b.value:g}"}))
                if a.kind == "percent":
                    out.append(("points", abs(b.value - a.value), words | {f"#{a.value:g}", f"#{b.value:g}"}))
                elif a.kind == "plain" and a.unit and b.unit and not units_meet(a.unit, b.unit):  # "score from 88 to 97": nine points
                    out.append(("difference*", abs(b.value - a.value), words | {f"#{a.value:g}", f"#{b.value:g}"}))
                    continue
                else:  # (with the unit both are in: "1.2 hectolitres" for "4,6 hl/hl na 3,4 hl/hl")
                    out.append(("difference", abs(b.value - a.value), words | {f"#{a.value:g}", f"#{b.value:g}"}
                                | {u[:6] for u in set(a.unit[:1]) & set(b.unit[:1])}))
                # a change is relative to the old value, whichever the line writes first ("220 loaves an hour
                # (previous line: 150)" is 47 % faster; "down from 18 to 7" is 61 % lower)
                for base in {min(a.value, b.value), max(a.value, b.value)} - {0.0}:
                    # (with its operands: a sentence stating both is about the line's fact in any language)
                    out.append(("change", abs(b.value - a.value) / base * 100, words | {f"#{a.value:g}", f"#{b.value:g}"}))
        for a, b in zip(qs, qs[1:]):  # "a night shift of 4 bakers and 2 packers": one group of six
            group = re.search(r"([A-Za-z]+)(?:\s+of\s|:)\s*$", line[:a.start])  # the group's noun: "crew of", "team:"
            if group and a.kind == b.kind == "plain" and re.fullmatch(r"[\sA-Za-z-]{1,30}\s(?:and|&|\+)\s",
                                                                      line[a.end:b.start]):
                parts = {f"~{w}" for x in (a, b) for w in norm_words(line[x.end:x.end + 30])[:1]}  # the parts' nouns
                out.append(("group", a.value + b.value, words | parts | {f"={norm_words(group.group(1))[0]}"}))
        plain = [q for q in qs if q.kind == "plain"]
        if len(plain) >= 3:  # "a team of nine" for "2 pharmacists, 4 assistants and 3 front-shop staff"
            out.append(("sum", sum(q.value for q in plain), words | {f"#{q.value:g}" for q in plain}))
        out += more_derived(line, qs, words)  # conversions, products, "of which" parts
        money = [q for q in qs if q.kind == "money"]
        for a in money:  # "38 closings, $14.2M volume" → about $374K each
            for b in qs:
                if b.kind == "plain" and b.value > 1:
                    out.append(("ratio", a.value / b.value, words | {f"#{a.value:g}", f"#{b.value:g}"}))
    return out


#: Periods a rate is restated in, as hours of work: a 40-hour week, 52 weeks, a 12-hour or
#: 8-hour shift (written in the line, else 8), 5 working days a week.
_PERIOD_HOURS = {"hour": 1.0, "day": 8.0, "week": 40.0, "fortnight": 80.0, "semimonth": 40.0 * 52 / 24,
                 "month": 40.0 * 52 / 12, "quarter": 40.0 * 13, "year": 40.0 * 52}
_PERIOD_RE = re.compile(r"\s*(?:[a-z0-9/&,.–—-]+\s+){0,5}?(?:(?:per|a|an|each|every)\s+(?:(\d+)-hour\s+)?"
                        r"(hour|day|shift|week|month|year|fortnight|quarter)\b|(?:per|a|an|each|every)\s+"
                        r"(bi-?weekly|semi-?monthly)\s+(?:cycle|period|pay\s+period|payroll|run)\b)", re.I)


def _period_after(text: str, end: int) -> tuple[str, float] | None:
    """The period a number at ``text[:end]`` is counted per: ``("month", 0)``, ``("shift", 12)``."""
    m = _PERIOD_RE.match(text, end)
    if not m:
        return None
    if m.group(3):  # a pay cycle: biweekly = two weeks, semimonthly = half a month
        return ("fortnight" if m.group(3).lower().startswith("bi") else "semimonth"), 0.0
    return m.group(2).lower(), float(m.group(1) or 0)


#: A period word before a figure: "annual output from 28,000 barrels … to 45,000", "monthly volume of 1,200" (ground98).
_PERIOD_BEFORE = re.compile(r"(?i)\b(annual|yearly|monthly|weekly|daily)\b[^;:\n]{0,60}$")


def _period_before(text: str, start: int) -> tuple[str, float] | None:
    """The period an "annual/monthly/weekly/daily …" before the figure at ``start`` counts it per: ``("year", 0)``."""
    m = _PERIOD_BEFORE.search(text[max(0, start - 70):start])
    return ({"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}[m.group(1).lower()],
            0.0) if m else None


def _restated(value: float, period: str, shift_hours: float) -> dict[str, float]:
    """``value`` per ``period`` restated per hour, day, week, month and year (:data:`_PERIOD_HOURS`)."""
    hours = shift_hours or 8.0 if period == "shift" else _PERIOD_HOURS[period]
    per_hour = value / hours
    return {p: per_hour * h for p, h in _PERIOD_HOURS.items() if p != period}


def _unit_words(text: str) -> list[str]:
    return [w for w in norm_words(text[:60])[:5] if w not in ("per", "a", "each", "every")]


def _fact_words(text: str, *, sentence: bool = False) -> set[str]:
    """What ties a sentence to a resume line's fact across languages: content words (also with accents folded:
    "Coût" → "cout"), years as ``@2019`` ("between 2019 and 2024" for "(2019–2024)") and initialisms as ``^mttr``
    — in a sentence, the initials of each run of three to five words ("mean time to repair")."""
    folded = fold_accents(text)
    words = ctx.content_words(text) | ctx.content_words(folded) | {f"@{y}" for y in YEAR_RE.findall(text)}
    words |= {f"%{c.lower()}" for c in _MODEL_CODE.findall(text)}  # "CX-200": a product the fact is about
    if not sentence:
        return words | {f"^{t.lower()}" for t in re.findall(r"\b[A-Z]{3,5}\b", text)}
    tokens = re.findall(r"[A-Za-z]+", folded)
    return words | {"^" + "".join(t[0] for t in tokens[i:i + n]).lower()
                    for n in range(3, 6) for i in range(len(tokens) - n + 1)}


#: A model code: capitals then digits ("CX-200", "A320", "PC-12"), no fiscal year ("FY2024").
_MODEL_CODE = re.compile(r"\b(?!FY)[A-Z]{1,4}-?(?!(?:19|20)\d\d\b)\d{2,5}[A-Za-z]?\b")


def _shared(words: set[str], line_words: set[str]) -> int:
    """Words a sentence shares with a line: the same, or a cognate of the line's word in the CV's language
    (:func:`.names.cognate`: "cost" for "coût")."""
    from careercopilot.writing.grounding.names import cognate

    same = words & line_words
    theirs = [w for w in line_words - same if w.isalpha()]
    initialisms = sum(1 for w in same if f"^{w}" in line_words)  # "MTTR" on both: as distinctive as two words
    initialisms += sum(1 for w in same if w.startswith("%"))  # a model code on both ("CX-200"; session 22) too
    return len(same) + initialisms + sum(1 for w in words - same if w.isalpha() and any(cognate(w, t) for t in theirs))


def _derived_supported(q: Quantity, sentence: str, facts: SourceFacts, text: str = "") -> bool:
    """``q`` states a difference or relative change of two resume numbers (rounded to a whole
    number) of a line that shares ≥ 2 content words with ``sentence``."""
    words = _fact_words(sentence, sentence=True)
    numbers = {f"#{x.value:g}" for x in quantities(sentence)}
    if _ONE_MORE.search(sentence):  # "nine engineers, two designers and a data analyst": the last part is one
        numbers.add("#1")
    for tag, value, line_words in facts.derived:
        operands = {w for w in line_words if w.startswith("#")}
        if tag == "ratio":  # "averaged about $374,000 each" for "$14.2M volume" over "38 closings"
            if q.kind == "money" and _PER_ITEM.search(sentence) and (words & line_words or operands & numbers):
                before = (text or sentence)[max(0, q.start - 24):q.start]
                tolerance = 0.05 if _APPROX.search(before) else 0.01
                if abs(q.value - value) <= tolerance * value:
                    return True
            continue
        if tag == "difference*" and not operands <= numbers and _COMPARE.search(sentence) and len(
                words & line_words) >= 2:
            pass  # "sell 12 days faster than the area" for "19 days on market vs. 31 for the area"
        elif tag in ("sum", "difference*", "product*") and not operands <= numbers:
            continue  # a sum is only read as one next to its parts
        after = norm_words((text or sentence)[q.end:q.end + 40])
        parts = {w for w in line_words if w.startswith("~")}
        if tag == "group" and (f"={q.unit[0] if q.unit else ''}" not in line_words or (
                {f"~{w}" for w in after[:1]} & line_words and not parts <= {f"~{w}" for w in after[:4]})):
            continue  # the group's noun ("a crew of five"), not a part's ("6 bakers", "9 technicians"), unless the
            #           sentence names every part after it ("a team of nine engineers and draftspersons")
        if tag.startswith("rate:"):
            period = _period_after(text or sentence, q.end)
            if not period or period[0] != tag[5:] or ("$" in line_words) != (q.kind == "money"):
                continue
            counted = (set(q.unit) - PERIOD_WORDS) & line_words or words & line_words  # "35 a day, roughly 175 a week"
            before = (text or sentence)[max(0, q.start - 24):q.start]
            close = abs(q.value - value) <= 0.06 * value
            bound = _LOWER_BOUND.search(before) is not None and q.value <= value <= 2 * q.value
            if (q.kind == "money" or counted) and (close or bound):
                return True
            continue
        if tag.startswith("range:"):
            if q.kind == "plain" and float(tag[6:]) <= q.value <= value and set(q.unit) & line_words:
                return True
            continue
        if tag in ("difference", "points", "change") and _ENDPOINT.search((text or sentence)[max(0, q.start - 40):q.start]):
            continue  # "from 12 business days to 5": the new value, not a difference
        exact_decimal = (q.value != int(q.value) or tag == "convert") and abs(q.value - value) < 1e-6
        # ("2.7 points", "1,850 tonnes" for "1.850.000 kg": distinctive)
        unit = 1 if any(f"={u}" in line_words and u[:6] not in words for u in q.unit[:2]) else 0  # "1.45 GW"
        by_figure = OTHER_SCRIPT in line_words or (
            OTHER_LANGUAGE in line_words and _stated_closely(q, value, text or sentence)
            # (a share, a multiple or points; not a difference of counts: "by 23 minutes" for "Rüstzeit von 52 auf 29
            # Minuten" is another time than repair time)
            and tag in ("points", "change", "times", "share", "part"))
        if not by_figure and _shared(words, line_words) + unit < (1 if exact_decimal else 2) and not (
                operands and operands <= numbers) and not (operands & numbers and _shared(words, line_words)):
            continue  # about the same fact: two shared words (one for an exact decimal), its operands, or one
            #         operand and one word
        if tag == "points" and q.kind == "plain" and {"percentage", "point"} & set(q.unit[:2]):
            # ("a gain of 17 points": the noun before "of" leads the unit words)
            if _near(q, value, text or sentence):  # "almost eight points" for 83.6 % → 91.2 %
                return True
        elif tag == "change" and q.kind == "percent" and _share_bound_kept(q, value, text or sentence) and (
                abs(q.value - value) < max(1.0, _share_slack(q)) or _near(
                q, value, text or sentence) or _nearly_share(q, value, text or sentence)):
            return True  # (or rounded as a stated figure may be: "a reduction of nearly 80%" for 42 → 9, -78.6 %)
        elif tag == "times" and q.kind == "plain" and q.unit[:1] == ("time",) and (_near(q, value, text or sentence) or (
                _APPROX.search((text or sentence)[max(0, q.start - 24):q.start]) and abs(q.value - value) <= 0.05 * q.value)):
            return True  # "roughly two and a half times" for 1.1 → 2.7 million (× 2.45)
        elif tag == "share" and q.kind == "percent" and (operands <= numbers or (
                max(operands, key=lambda o: float(o[1:])) in numbers and _share_slack(q))) and (
                _near(q, value, text or sentence) or abs(q.value - value) <= _share_slack(q)):
            # (a share in words next to its whole: "roughly three-fifths of the 68 km" for "68 km …; 41 km …")
            # (a share is read next to its part and whole: "61 of the 78 …, close to 80%")
            return True
        elif tag == "change" and q.kind == "percent" and _LOWER_BOUND.search((text or sentence)[max(0, q.start - 24):q.start]) \
                and q.value <= value <= 2 * q.value:
            return True  # "more than 25%" for 92 → 118 (+28 %)
        elif tag in ("convert", "product", "product*") and q.kind == "plain" and any(f"={u}" in line_words for u in q.unit[:2]) \
                and _near(q, value, text or sentence):
            return True  # "about 1,850 tonnes" for "1.850.000 kg", "almost 19 km" for "2 x 9,4 km"
        elif tag == "part" and q.kind == "percent" and (abs(q.value - value) < max(1.0, _share_slack(q)) or _near(
                q, value, text or sentence)):
            return True  # "around 35%" for "410.000 bottiglie, di cui 145.000 …"
        elif tag in ("difference", "difference*", "sum", "group") and q.kind in ("plain", "money") and _near(
                q, value, text or sentence):
            return True
    return False


def _stated_closely(q: Quantity, value: float, text: str) -> bool:
    """``q`` states ``value`` exactly, or approximately ("almost nine points" for 8.8), with no bound before it."""
    before = text[max(0, q.start - 24):q.start]
    if _LOWER_BOUND.search(before) or _UPPER_BOUND.search(before):
        return False
    return abs(q.value - value) < 1e-6 or (bool(_APPROX.search(before)) and _near(q, value, text))


def _near(q: Quantity, value: float, text: str) -> bool:
    """``q`` states ``value`` exactly or by the rounding a stated number may take (:func:`_rounded_supported`):
    "about/almost N" within 5 %, "more than N" for N up to 2 N."""
    if abs(q.value - value) < 1e-6:
        return True
    before = text[max(0, q.start - 24):q.start]
    if _APPROX.search(before) and (abs(q.value - value) <= 0.05 * max(q.value, value) + 1e-9 or _rounds_to(value, q)):
        return re.search(r"(?i)(?:nearly|almost|close\s+to|just\s+(?:under|shy\s+of))\s*$", before) is None or value <= q.value
    return bool(_LOWER_BOUND.search(before)) and q.value <= value <= 2 * q.value


#: "12 of our 31 recipes", "nine of my 23 papers": a part of a whole.
_PART_OF = re.compile(r"(?i)\s+of\s+(?:(?:my|our|the|their|its|his|her|all)\s+)?")


def _part_supported(q: Quantity, text: str, facts: SourceFacts) -> bool:
    """``q`` is the part in "N of (my|our|the) M <things>" and a resume line states both N and M ("31 product
    recipes reformulated (lead on 12)", "23 peer-reviewed publications (first author on 9)")."""
    m = _PART_OF.match(text, q.end)
    whole = next((w for w in quantities(text[q.end:q.end + 40]) if m and w.start == m.end() - q.end), None)
    if whole is None or q.kind != "plain" or whole.value <= q.value:
        return False
    for line in facts.lines:
        values = {x.value for x in quantities(line)}
        if q.value in values and whole.value in values:
            return True
    return False


#: The last part of a list of counts written with "a"/"an": "…, two designers and a data analyst".
_ONE_MORE = re.compile(r"(?i)\d[\w ]*,?\s+(?:and|&|plus)\s+an?\s+[a-z]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"eleven|twelve)\s+[a-z]+s,?\s+(?:and|&|plus)\s+an?\s+[a-z]")
#: The end of a "from X to Y" change.
_ENDPOINT = re.compile(r"(?i)\bfrom\s+\S+(?:\s+[a-z][\w-]*){0,3}\s+(?:to|down to|up to)\s+$")
#: A per-item average: "averaged $374K each", "$1,200 per order", "on average".
_PER_ITEM = re.compile(r"(?i)\b(?:each|apiece|a piece|average[sd]?|averaging|on average|per\s+[a-z]+)\b")
#: A comparison that states a difference: "12 days faster than", "9 points higher", "ahead of".
_COMPARE = re.compile(r"(?i)\b(?:than|ahead|behind|faster|slower|sooner|quicker|shorter|longer|fewer|less|higher|"
                      r"lower)\b")
_LOWER_BOUND = re.compile(r"(?i)\b(?:more than|over|at least|upwards of|in excess of|north of|better than|above|tops|"
                          r"exceeds|exceeding|beyond)\s*$")
#: An upper bound that stays true for a smaller value: "under 30%" for 29 %, "fewer than 40" for 36.
_UPPER_BOUND = re.compile(r"(?i)\b(?:under|below|less than|fewer than|no more than|at most|just under)\s*$")
_APPROX = re.compile(r"(?i)(?:\b(?:about|roughly|nearly|almost|around|approximately|some|close\s+to|just\s+(?:under|over|shy\s+of)"
                     r"|on\s+the\s+order\s+of)|~)\s*$")


def _share_slack(q: Quantity) -> float:
    """How far a share in words may be from the resume's percentage, in points: "a third" is said of
    29–37 %, "two-thirds" of 63–71 %, never "three-quarters" of 67 % (4 points either way); 0 for numbers written as numbers."""
    # (session 22: "half" of "cut nearly in half" / "by half" is a share too: "nearly in half" for 2.6 → 1.4 %, -46 %)
    return 4.0 if FRACTION_RE.fullmatch(q.text) or q.text.strip().lower() == "half" else 0.0


def _nearly_share(q: Quantity, value: float, text: str) -> bool:
    """A share in words after "nearly/almost/close to" ("nearly in half", "almost two-thirds") said of a value up to a
    tenth below it: "nearly in half" of 45–50 % (94 → 51 days, −45.7 %: set 19), "almost a third" of 30–33 %; never of
    more than the share, nor of less than nine tenths of it ("nearly in half" for −40 % is flagged; session 23)."""
    if not _share_slack(q):
        return False
    before = re.sub(r"(?i)\s+(?:in|by)\s*$", " ", text[max(0, q.start - 24):q.start])
    return bool(re.search(r"(?i)(?:nearly|almost|close\s+to|just\s+(?:under|shy\s+of))\s*$", before)) and (
        0.9 * q.value <= value <= q.value)


def _share_bound_kept(q: Quantity, value: float, text: str) -> bool:
    """A share in words keeps its bound ("cut by more than half" needs more than 50 %, "nearly in half" at most 50 %;
    the bound word may stand before "in"/"by": session 22)."""
    before = re.sub(r"(?i)\s+(?:in|by)\s*$", " ", text[max(0, q.start - 24):q.start])
    if _LOWER_BOUND.search(before):
        return value >= q.value
    if re.search(r"(?i)(?:nearly|almost|close\s+to|just\s+(?:under|shy\s+of))\s*$", before):
        return value <= q.value
    return True


def _rounded_supported(q: Quantity, text: str, facts: SourceFacts) -> bool:
    """Rounding that stays true (labeling rule of the blind set): "more than 20%" / "20+" for
    22 % (a source value from N up to 2 N), "about 60" for 58–62 (within 5 %). Plain counts
    must share a unit word with the source number; percentages and amounts need not."""
    before = text[max(0, q.start - 24): q.start]
    lower = bool(_LOWER_BOUND.search(before)) or q.text.rstrip().endswith("+")
    upper = bool(_UPPER_BOUND.search(before))
    approx = bool(_APPROX.search(before))
    slack = _share_slack(q)
    if slack and any(r.kind == "percent" and abs(r.value - q.value) <= slack for r in facts.quantities):
        return True  # "nearly a third" / "a third" for 31 %
    if RATIO_RE.fullmatch(q.text.strip()) and any(r.kind == "percent" and _rounds_to(r.value, q) for r in facts.quantities):
        return True  # "nine in ten" for 87.5 %: a ratio of small counts is a rounded share by its form
    if q.kind not in ("plain", "percent", "money") or not (lower or approx or upper):
        return False
    about = _lines_about(sentence_at(text, q.start), facts, q.value)
    conflict = _counted_otherwise(q, facts)
    # what is counted, not how often: "about 450 services a year" meets no «465 a year» of contracts (ground120)
    counted = tuple(w for w in q.unit if w not in PERIOD_WORDS) or q.unit
    for r in facts.quantities:
        if r.kind != q.kind or not same_currency(q.currency, r.currency) or (
                q.kind == "plain" and not _units_meet(counted, r.unit) and (conflict or not any(
                r.text.strip() in line for line in about))):
            continue
        if lower and q.value <= r.value <= 2 * q.value:
            return True
        if upper and q.value / 2 <= r.value <= q.value:  # "under 30%" for 29 %
            return True
        if approx and (abs(r.value - q.value) <= 0.05 * max(r.value, q.value) or _rounds_to(r.value, q)):
            below = re.search(r"(?i)(?:nearly|almost|close\s+to|just\s+(?:under|shy\s+of))\s*$", before)
            if not below or r.value <= q.value:
                return True
    return False


def precision(q: Quantity) -> float:
    """The step of the last significant digit of ``q`` as written: 1 for "five" or "5", 10 for "80%" or
    "nine in ten" (a ratio of tenths), 100 for "2,300", a million for "CAD 2 million", 0.1 for "3.5"."""
    ratio = RATIO_RE.fullmatch(q.text.strip())
    if ratio:
        return 100.0 / _ratio_whole(ratio.group("b"))
    if q.value == 0:
        return 1.0
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", q.text)
    if digits and "." in digits.group(0):
        return 10.0 ** -len(digits.group(0).split(".")[1])
    v, step = abs(q.value), 1.0
    while v >= step * 10 and (v / (step * 10)) == int(v / (step * 10)):
        step *= 10
    return step


def _rounds_to(value: float, q: Quantity) -> bool:
    """``value`` rounded at ``q``'s precision is ``q`` ("almost five points" for 4.7, "close to 80%" for 78.2 %,
    "nearly CAD 2 million" for CAD 1.9 million), within 10 % of it (rounding "about 300" from 250 is not)."""
    return abs(value - q.value) <= precision(q) / 2 + 1e-9 and abs(value - q.value) <= 0.1 * max(abs(q.value), 1e-9)


def _lines_about(sentence: str, facts: SourceFacts, figure: float | None = None) -> list[str]:
    """Resume lines about the fact of ``sentence``: sharing two content words with it, or another of its figures
    (not a year): "2,300 flu and COVID-19 jabs in the 2024/25 season" is about "2,340 vaccinations in the
    2024/25 season", "three farms with 18,400 ha" about "3 fazendas: 18,400 ha"."""
    words = ctx.content_words(sentence)
    figures = {x.value for x in quantities(sentence, masked=[(m.start(), m.end()) for m in YEAR_RE.finditer(sentence)])
               if x.kind in ("plain", "money", "percent") and x.value >= 10} - {figure}  # (another figure than the one judged)
    caps = set(re.findall(r"\b[A-Z]{3,}\b", sentence))
    out = []
    for line, line_words, *_ in facts.line_info:
        # an initialism on both counts as two words ("a TOEIC score above 900" for "TOEIC Listening & Reading 905":
        # the test names the fact; session 27, ground88 — as :func:`_shared` reads one)
        initialisms = len(caps & set(re.findall(r"\b[A-Z]{3,}\b", line)))
        if len(words & line_words) + initialisms >= 2 or figures & {x.value for x in quantities(line)}:
            out.append(line)
    return out


#: A list of names after a preposition: "for EWEB and Lane Electric Co-op", "with Acme, Globex and Initech" (each name
#: capitalised words, initialisms or hyphenated; "and"/"&"/commas between; session 27, ground88).
_NAME = r"(?:[A-Z][\w&.'’-]*)(?:[ \t]+(?:[A-Z][\w&.'’-]*|of|de|du))*"
_NAMED_LIST = re.compile(rf"\b(?:for|with|at|across|to|from|serving|including)[ \t]+(?P<list>{_NAME}(?:[ \t]*,[ \t]*{_NAME})*"
                         rf"[ \t]*,?[ \t]+(?:and|&)[ \t]+{_NAME})")


def _named_counts(line: str) -> set[int]:
    """How many names each list of names in ``line`` holds (:data:`_NAMED_LIST`): {2} for "for EWEB and Lane Electric
    Co-op" — a sentence may count them ("two utilities")."""
    return {len(re.split(r"[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+", m.group("list")))
            for m in _NAMED_LIST.finditer(line)}


def _line_supported(q: Quantity, text: str, facts: SourceFacts) -> bool:
    """``q`` is written in a resume line about the same fact (:func:`_lines_about`) under another noun ("nine
    newly qualified nurses" for "9 preceptees", "64 sales and rentals" for "64 transactions", "three farms"
    for "3 fazendas"): the count is the line's."""
    if q.kind not in ("plain", "money", "percent") or set(q.unit[:1]) & _TIME_UNITS:
        return False  # (a length of time is :mod:`.durations`' to judge)
    if _counted_otherwise(q, facts):
        return False  # the resume counts the sentence's noun with another number ("two policy analysts")
    for line in _lines_about(sentence_at(text, q.start), facts, q.value):
        if q.kind == "plain" and 2 <= q.value <= 6 and q.value == int(q.value) and int(q.value) in _named_counts(line):
            return True  # "for two utilities" for "… for EWEB and Lane Electric Co-op": the names the line lists
        years = [(m.start(), m.end()) for m in YEAR_RE.finditer(line)]
        if any(abs(x.value - q.value) < 1e-9 * max(1.0, q.value) and x.kind == q.kind and same_currency(q.currency, x.currency)
               and not set(x.unit[:1]) & _TIME_UNITS for x in quantities(line, masked=years)):
            return True
    return False


def _counted_otherwise(q: Quantity, facts: SourceFacts) -> bool:
    """The resume counts what ``q`` counts with another number ("two policy analysts" for "three policy analysts")."""
    a = [w for w in q.unit if w not in PERIOD_WORDS]
    for r in facts.quantities:
        b = [w for w in r.unit if w not in PERIOD_WORDS]
        if r.value != q.value and r.kind == q.kind and a and b and a[0] in b and b[0] in a:
            return True  # each one's noun among the other's words ("nine newly qualified nurses" is no count of
            #              "14 nurses per shift" and "three farms with 18,400 ha" none of "18,400 ha")
    return False


#: Units of time: "three months", "a 12-hour shift" count time, not the things a sentence counts.
_TIME_UNITS = PERIOD_WORDS | {"minute", "second", "decade", "season", "semester", "term", "bed", "sq"}


def _label_supported(q: Quantity, text: str, facts: SourceFacts) -> bool:
    """A number that is part of a graded name the resume writes the same way: "Band 5 staff nurse"
    for "Staff Nurse (Band 5)", "a Level 6 course" for "(Level 6, 40 credits)" — a grade, not a count."""
    m = re.search(r"\b(Band|Level|Grade|Tier|Step|Class|Stage|Key Stage|Part|Phase|Category|Pay Grade)[ \t]+$",
                  text[max(0, q.start - 30):q.start])
    return bool(m and re.fullmatch(r"\d+", q.text)) and f" {m.group(1).lower()} {q.text} " in facts.squashed


def _label_conflict(q: Quantity, text: str, facts: SourceFacts) -> bool:
    """A number labelled by the capitalised word before it ("WSET Level 3", "Part 46", "Class 3")
    that the resume writes after the same label with another number only ("Level 2")."""
    m = re.search(r"([A-Z][A-Za-z]+)[ \t]+$", text[max(0, q.start - 30):q.start])
    if not m or not re.fullmatch(r"\d+", q.text) or re.search(r"(?:^|[.!?:]\s*)$", text[:q.start - len(m.group(0))]):
        return False  # no label, or the sentence's first word ("Managed 9 events")
    label = m.group(1).lower()
    written = {float(n) for n in re.findall(rf" {re.escape(label)} (\d+) (?!\d)", facts.squashed)}
    return bool(written) and q.value not in written


def check_numbers(text: str, facts: SourceFacts, flags: list[Flag], taken: list[tuple[int, int]]) -> None:
    for q in quantities(text, masked=taken):
        if _label_conflict(q, text, facts):
            flags.append(Flag("number", q.start, q.end, q.text, "Your resume gives another number for this."))
            continue
        if _each_of_the_sentence(q, text):
            continue  # "28,800 kW in total, or 7,200 kW each" of "four main engines" (session 22)
        if unit_conversions.other_unit(q, text, facts) and not unit_conversions.converted(q, text, facts):
            flags.append(Flag("number", q.start, q.end, q.text, "Your resume gives this figure in another unit."))
            continue  # "410 miles" for "410 km": a conversion left undone (ground98)
        if (unit_conversions.converted(q, text, facts)  # "about 255 miles" for "410 km" (ground98)
                or list_sums.summed(q, text, facts)  # "seven vessel designs" for "5 ferry and 2 research-vessel designs"
                or _label_supported(q, text, facts) or _quantity_supported(q, facts) or _part_supported(q, text, facts)
                or _line_supported(q, text, facts)
                or _derived_supported(q, sentence_at(text, q.start), facts, text)
                or _rounded_supported(q, text, facts)):
            continue
        scale = q.kind == "vague" or bool(set(q.unit) & SCALE_NOUNS) or q.kind == "money"
        kind = "scale" if scale else "number"
        message = ("This overstates the scale your resume gives." if kind == "scale"
                   else "This number is not in your resume.")
        flags.append(Flag(kind, q.start, q.end, q.text, message))


#: "each", "apiece", "per <noun>" right after a figure: a per-item share.
_EACH_AFTER = re.compile(r"(?i)\s*(?:each|apiece|a\s+piece|per\s+(?:unit|engine|turbine|item|piece|site|store|vessel|"
                         r"machine|line|branch|person|head))\b")


def _each_of_the_sentence(q: Quantity, text: str) -> bool:
    """``q`` is followed by "each" and is the quotient of two figures of its own sentence — a total in ``q``'s unit over
    a count ("The ship's four main engines deliver 28,800 kW in total, or 7,200 kW each"; session 22, set 15): the
    sentence derives it from figures checked on their own. Rounded at most at the last written digit of ``q``."""
    if not _EACH_AFTER.match(text, q.end) or q.kind not in ("plain", "money"):
        return False
    sentence = sentence_at(text, q.start)
    base = text.find(sentence, max(0, q.start - len(sentence)))
    others = [x for x in quantities(sentence) if x.start + base != q.start]
    totals = [x for x in others if x.kind == q.kind and x.unit[:1] == q.unit[:1] and x.value > q.value]
    counts = [x for x in others if x.kind == "plain" and x.value >= 2 and x.value == int(x.value)]
    return any(abs(t.value / n.value - q.value) <= precision(q) / 2 for t in totals for n in counts if n is not t)

