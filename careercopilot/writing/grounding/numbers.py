"""Numbers in a generated document: counts, amounts and percentages must be the resume's, or
follow from them by the arithmetic and restatements a careful reader accepts (differences, sums
next to their parts, per-period restatements, true rounding, values inside a stated range)."""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.facts import Flag, SourceFacts, sentence_at
from careercopilot.writing.grounding.text import FRACTION_RE, YEAR_RE, Quantity, norm_words, quantities

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
    same = [r for r in facts.quantities if (abs(r.value - q.value) < 1e-9 * max(1.0, q.value)
            or (q.kind == r.kind == "percent" and q.value == int(q.value) and r.value != int(r.value)
                and round(r.value) == q.value)) and _compatible(q, r)]  # "97%" for 97.4 %
    if not same:
        return False
    if not unit or any(r.kind == q.kind in ("money", "percent") for r in same) or any(unit & set(r.unit) for r in same):
        return True  # an exact amount or percentage is distinctive; its following words often are not ("$310K in FY2024")
    conflicting = [r for r in facts.quantities if r.value != q.value and r.kind == q.kind and _same_count(q, r)]
    # "96% clean-claim rate" does not contradict "900 claims"
    return not conflicting


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
    out: list[tuple[str, float, set[str]]] = []
    for line in lines:
        spans = [(m.start(), m.end()) for m in YEAR_RE.finditer(line)]
        qs = [q for q in quantities(line, masked=spans) if q.kind in ("percent", "plain", "money")]
        words = ctx.content_words(line)
        for q in qs:  # "$18,000 per month" → $216K a year; "110 calls per 12-hour shift" → 9 an hour
            period = _period_after(line, q.end)
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
                if a.kind == "percent":
                    out.append(("points", abs(b.value - a.value), words | {f"#{a.value:g}", f"#{b.value:g}"}))
                elif a.kind == "plain" and a.unit and b.unit and not set(a.unit) & set(b.unit):  # "score from 88 to 97": nine points
                    out.append(("difference*", abs(b.value - a.value), words | {f"#{a.value:g}", f"#{b.value:g}"}))
                    continue
                else:
                    out.append(("difference", abs(b.value - a.value), words | {f"#{a.value:g}", f"#{b.value:g}"}))
                if a.value:
                    out.append(("change", abs(b.value - a.value) / a.value * 100, words))
        plain = [q for q in qs if q.kind == "plain"]
        if len(plain) >= 3:  # "a team of nine" for "2 pharmacists, 4 assistants and 3 front-shop staff"
            out.append(("sum", sum(q.value for q in plain), words | {f"#{q.value:g}" for q in plain}))
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


def _restated(value: float, period: str, shift_hours: float) -> dict[str, float]:
    """``value`` per ``period`` restated per hour, day, week, month and year (:data:`_PERIOD_HOURS`)."""
    hours = shift_hours or 8.0 if period == "shift" else _PERIOD_HOURS[period]
    per_hour = value / hours
    return {p: per_hour * h for p, h in _PERIOD_HOURS.items() if p != period}


def _unit_words(text: str) -> list[str]:
    return [w for w in norm_words(text[:60])[:5] if w not in ("per", "a", "each", "every")]


def _derived_supported(q: Quantity, sentence: str, facts: SourceFacts, text: str = "") -> bool:
    """``q`` states a difference or relative change of two resume numbers (rounded to a whole
    number) of a line that shares ≥ 2 content words with ``sentence``."""
    words = ctx.content_words(sentence)
    numbers = {f"#{x.value:g}" for x in quantities(sentence)}
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
        elif tag in ("sum", "difference*") and not operands <= numbers:
            continue  # a sum is only read as one next to its parts
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
        exact_decimal = q.value != int(q.value) and abs(q.value - value) < 1e-6  # "2.7 points": distinctive
        if len(words & line_words) < (1 if exact_decimal else 2) and not (operands and operands <= numbers) and not (
                operands & numbers and words & line_words):
            continue  # about the same fact: two shared words (one for an exact decimal), its operands, or one
            #         operand and one word
        if tag == "points" and q.kind == "plain" and q.unit[:1] in (("percentage",), ("point",)):
            if abs(q.value - value) < 1e-6:
                return True
        elif tag == "change" and q.kind == "percent" and abs(q.value - value) < max(1.0, _share_slack(q)):
            return True
        elif tag == "change" and q.kind == "percent" and _LOWER_BOUND.search((text or sentence)[max(0, q.start - 24):q.start]) \
                and q.value <= value <= 2 * q.value:
            return True  # "more than 25%" for 92 → 118 (+28 %)
        elif tag in ("difference", "difference*", "sum") and q.kind in ("plain", "money") and abs(q.value - value) < 1e-6:
            return True
    return False


#: The end of a "from X to Y" change.
_ENDPOINT = re.compile(r"(?i)\bfrom\s+\S+(?:\s+[a-z][\w-]*){0,3}\s+(?:to|down to|up to)\s+$")
#: A per-item average: "averaged $374K each", "$1,200 per order", "on average".
_PER_ITEM = re.compile(r"(?i)\b(?:each|apiece|a piece|average[sd]?|averaging|on average|per\s+[a-z]+)\b")
#: A comparison that states a difference: "12 days faster than", "9 points higher", "ahead of".
_COMPARE = re.compile(r"(?i)\b(?:than|ahead|behind|faster|slower|sooner|quicker|shorter|longer|fewer|less|higher|"
                      r"lower)\b")
_LOWER_BOUND = re.compile(r"(?i)\b(?:more than|over|at least|upwards of|in excess of|north of|better than|above|tops|"
                          r"exceeds|exceeding|beyond)\s*$")
_APPROX = re.compile(r"(?i)(?:\b(?:about|roughly|nearly|almost|around|approximately|some|close\s+to|just\s+(?:under|over|shy\s+of)"
                     r"|on\s+the\s+order\s+of)|~)\s*$")


def _share_slack(q: Quantity) -> float:
    """How far a share in words may be from the resume's percentage, in points: "a third" is said of
    29–37 %, "two-thirds" of 63–71 %, never "three-quarters" of 67 % (4 points either way); 0 for numbers written as numbers."""
    return 4.0 if FRACTION_RE.fullmatch(q.text) else 0.0


def _rounded_supported(q: Quantity, text: str, facts: SourceFacts) -> bool:
    """Rounding that stays true (labeling rule of the blind set): "more than 20%" / "20+" for
    22 % (a source value from N up to 2 N), "about 60" for 58–62 (within 5 %). Plain counts
    must share a unit word with the source number; percentages and amounts need not."""
    before = text[max(0, q.start - 24): q.start]
    lower = bool(_LOWER_BOUND.search(before)) or q.text.rstrip().endswith("+")
    approx = bool(_APPROX.search(before))
    slack = _share_slack(q)
    if slack and any(r.kind == "percent" and abs(r.value - q.value) <= slack for r in facts.quantities):
        return True  # "nearly a third" / "a third" for 31 %
    if q.kind not in ("plain", "percent", "money") or not (lower or approx):
        return False
    for r in facts.quantities:
        if r.kind != q.kind or (q.kind == "plain" and not set(q.unit) & set(r.unit)):
            continue
        if lower and q.value <= r.value <= 2 * q.value:
            return True
        if approx and abs(r.value - q.value) <= 0.05 * max(r.value, q.value):
            return True
    return False


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
        if (_label_supported(q, text, facts) or _quantity_supported(q, facts)
                or _derived_supported(q, sentence_at(text, q.start), facts, text)
                or _rounded_supported(q, text, facts)):
            continue
        scale = q.kind == "vague" or bool(set(q.unit) & SCALE_NOUNS) or q.kind == "money"
        kind = "scale" if scale else "number"
        message = ("This overstates the scale your resume gives." if kind == "scale"
                   else "This number is not in your resume.")
        flags.append(Flag(kind, q.start, q.end, q.text, message))


