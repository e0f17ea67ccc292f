"""Shares a sentence derives from two figures of one resume line, and partitives that count nothing (ground143, set
28's false flags; variants in ``tests/unit/writing/test_grounding_line_ratios.py``).

* **partitive "one of"** — "I am one of five analysts on each shift", "one of the 3 site leads": "one" picks a member
  of a group the sentence counts elsewhere; it is no figure of its own (the group's size is still checked).
* **a fraction in words** — "two thirds of the way through a bachelor's" for «120 CFU su 180», "about half of the 40
  stores" for «21 of 40 stores»: the fraction (CLDR/English fraction words: half, third, quarter, fifth …; "two
  thirds", "three quarters", "a third") within 0.02 of a/b for two figures a < b on a resume line sharing a content
  word with the sentence (0.05 after "about/roughly/nearly/almost/over/more than").
* **a change's percentage next to its difference** — "by 4.5 tonnes per hectare, about 21 percent" for «from 21.4
  t/ha to 25.9 t/ha»: when the sentence states the line's difference |b − a| exactly, the percentage is read as that
  change relative to the old value, |b − a| / a × 100, rounded (< 0.5 point; < 1.5 after an approximation word).
  (:func:`.numbers.derived_quantities` reads the change only when the sentence shares two content words with the
  line or states an operand; a sentence stating the difference is about the same pair.)
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.text import STOP, WORD_NUMBERS, fold_accents, quantities

_PARTITIVE = re.compile(r"(?i)^\s+of\s+(?:(?:the|our|my|its|their|his|her|just|only)\s+)?"
                        r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|"
                        r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|few|handful|several|many|"
                        r"top|best|first|last|leading|main|[a-z]+est|[a-z]+)\b)")
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
                 "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
_FRACTION = re.compile(r"(?i)^(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?(?P<d>"
                       + "|".join(_DENOMINATORS) + r")$")
_PERCENT = re.compile(r"(?i)^(?P<v>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent|pct)$")
_APPROX = re.compile(r"(?i)\b(?:about|around|roughly|approximately|nearly|almost|close\s+to|some|over|more\s+than|"
                     r"just\s+(?:over|under)|under|~)\s*$")
_WORD_RE = re.compile(r"[^\W\d_]{4,}")
_ENDPOINTS = re.compile(r"(?i)\bfrom\b|→|->|\bto\b|\bsu\b|\bof\b|/|\bout\s+of\b")


def partitive(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is "one" of "one of five analysts", "one of the …" (module doc)."""
    return text[start:end].lower() == "one" and bool(_PARTITIVE.match(text[end:]))


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD_RE.findall(fold_accents(text).lower()) if w not in STOP}


def _sentence(text: str, start: int, end: int) -> str:
    s0 = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[s0:min(ends, default=len(text))]


def _fraction(flagged: str) -> float | None:
    m = _FRACTION.match(flagged.strip())
    if not m:
        return None
    n = m.group("n")
    num = 1 if not n or n.lower() in ("a", "an") else WORD_NUMBERS[n.lower()]
    return num / _DENOMINATORS[m.group("d").lower()]


def line_ratio(text: str, start: int, end: int, raw: list[str]) -> bool:
    """True when the flagged ``text[start:end]`` is a fraction of two figures of a resume line, or a change's
    percentage the sentence gives with the change's difference (module doc)."""
    flagged = text[start:end]
    approx = bool(_APPROX.search(text[max(0, start - 24):start]))
    sentence = _sentence(text, start, end)
    words = _stems(sentence)
    frac = _fraction(flagged)
    pct = _PERCENT.match(flagged.strip())
    if frac is None and not pct:
        return False
    stated = {q.value for q in quantities(sentence)}
    for line in raw:
        qs = [q for q in quantities(line) if q.kind in ("plain", "percent", "money") and q.value > 0
              and not (1950 <= q.value <= 2039 and q.value == int(q.value))]
        if len(qs) < 2:
            continue
        for i, a in enumerate(qs):
            for b in qs[i + 1:]:
                lo, hi = sorted((a.value, b.value))
                same_unit = tuple(a.unit[:2]) == tuple(b.unit[:2])
                if lo == hi or a.kind != b.kind or not (same_unit or frac is not None and not (a.unit and b.unit)):
                    continue  # (a fraction's whole may be written bare: «120 CFU su 180»)
                if frac is not None and words & _stems(line):
                    if abs(lo / hi - frac) <= (0.05 if approx else 0.02):
                        return True
                if pct and _ENDPOINTS.search(line[min(a.end, b.end):max(a.start, b.start)]):
                    diff = hi - lo
                    if any(abs(s - diff) < 1e-6 for s in stated):
                        change = diff / (a.value if a.start < b.start else b.value) * 100
                        if abs(float(pct.group("v")) - change) < (1.5 if approx else 0.5):
                            return True
    return False
