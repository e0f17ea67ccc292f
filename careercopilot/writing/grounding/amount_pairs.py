"""Amounts stated as a change: "grew restaurant sales from $3.1M to $4.4M", "Custo de defensivos de R$ 612/ha para
R$ 418/ha", "van € 11.800 naar € 8.900", "from ₹6.8 crore to ₹5.1 crore", "from KSh 84 million to KSh 132 million",
"물류비 52억 원 → 37억 원" (session 23, set 19's miss "grew restaurant sales from $1.3 million to $4.4 million";
variants in ``tests/unit/writing/test_grounding_amount_pairs.py``).

:mod:`.changes` reads "from A to B" with bare numbers, "%" and units of time. Amounts escape it: a magnitude ("$1.3
million", "$3.1M", "€2.6 million" for "2,6 Mio. €"), a currency code or sign ("KSh", "R$", "US$"), a per-unit tail
("/ha", "per metre"), a resume line in the CV's language ("de … para", "van … naar", "von … auf", "da … a", "→").
And a writer who alters one end of a pair lands on a figure the numbers check accepts: 1.3 in "from $1.3 million to
$4.4 million" is the increase of the resume's "$3.1M to $4.4M" (4.4 − 3.1, a derived figure), and the ends swapped
("from $4.4 million to $3.1 million") are both the resume's. A pair is one claim:

* a **pair** is two amounts — money (:func:`.text.quantities` kind ``money``) or a number with a magnitude word
  ("KSh 84 million", "3.7 billion won") — joined "from A to B" in one clause ("from $3.1 million in sales to …"),
  or "A → B"; in a resume line, read in English form (:mod:`.locale_forms`), also "de/desde
  A para/a B" (Portuguese, Spanish), "van A naar B" (Dutch), "von A auf B" (German), "da A a B" (Italian), "de A à
  B" (French) and "A → B"; B first as "B (2025), up from A in 2020" (set 11); in a resume line, two amounts each
  labelled with its year, "USD 18.6 million (2025), USD 11.2 million (2019)" (set 12), from the earlier year's; up
  to eight words or bracketed years between A and "to" ("in the first full year (2021)", "MXN (2019)": sets 9, 13);
  a bare end takes the other end's magnitude ("from $3.1 to $4.4 million");
* the sentence's pairs are checked against the resume's pairs in the same currency (:func:`.text.same_currency`)
  about the same thing: the line shares a content word with the sentence, or is written in the CV's language or
  another script (:func:`.derivations.other_language`, :data:`.text.NON_LATIN`) and is tied by its figures alone;
* an end **matches** a resume end at the sentence figure's own rounding ("$3 million" for $3.1M, "€12,000" for
  €11,800 — half a unit of its last written digit), or within 10 % after "about/around/roughly/nearly/almost";
* both ends matching one resume pair in order: supported, and neither end is read alone by the numbers check
  ("$2.7" of "from $2.7 to $4.1 million", "about ₩5 billion" for 5.2); the ends of a resume pair in reverse order, or one end
  matching a resume pair's and the other not: the other end (the pair, when reversed) is flagged, kind ``number``;
  a pair sharing no end with a resume pair is left to the numbers check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.writing.grounding.context import content_words
from careercopilot.writing.grounding.text import NON_LATIN, Quantity, quantities, same_currency

#: "from" before A: English, and in a resume line Portuguese/Spanish "de/desde", Dutch "van", German "von", Italian
#: "da/dal", French "de/depuis", with an approximation word.
_APPROX = r"(?P<approx>(?:about|around|roughly|nearly|almost|approximately|some|ca\.|circa|just\s+(?:over|under))[ \t]+)?"
_FROM = re.compile(rf"(?i)\b(?:(?:down|up)\s+)?(?:from|de|desde|van|von|da|dal|depuis)\s+{_APPROX}$")
_FROM_SENTENCE = re.compile(rf"(?i)\b(?:(?:down|up)\s+)?from\s+{_APPROX}$")
#: What may stand between A and "to": a per-unit tail ("/ha"), then up to eight words, years or labels in brackets
#: ("in the first full year (2021)", "MXN (2019)", "in FY2019").
_TOKEN = (r"(?:[ \t]*\((?:FY[ \t]?)?\d{4}(?:/\d{2})?\)|[ \t]+(?:FY[ \t]?)?\d{4}(?:/\d{2})?(?![\d,.])"
          r"|[ \t]+[^\s\d,.;:()→]+)")
_GAP = rf"(?:[ \t]*/[ \t]*[a-z]{{1,4}}\.?)?{_TOKEN}{{0,8}}?[ \t]*"
_TO_SENTENCE = re.compile(rf"(?i){_GAP}(?:(?:to|down\s+to|up\s+to)[ \t]+|[→⇒]|->){_APPROX}$")
_TO_LINE = re.compile(rf"(?i){_GAP}(?:(?:to|down\s+to|up\s+to|para|a|à|naar|auf|till|til)[ \t]+|[→⇒]|->|=>)[ \t]*"
                      rf"{_APPROX}$")
_ARROW = re.compile(r"[→⇒]|->|=>")
#: B first: "€4.8 million (2025), up from €3.9 million in 2020", "grew to $4.4 million, up from $3.1 million".
_UP_FROM = re.compile(rf"(?i){_GAP},?[ \t]+(?:up|down|increased|decreased|rising|falling)[ \t]+from[ \t]+{_APPROX}$")
#: Two amounts each labelled with its year in a resume line: "USD 18.6 million (2025), USD 11.2 million (2019)" — a
#: change from the earlier year's to the later's.
_YEAR_LABEL = re.compile(r"[ \t]*\((?:FY[ \t]?)?(?P<y>(?:19|20)\d\d)(?:/\d{2})?\)")
_LIST_SEP = re.compile(r"[ \t]*[,;][ \t]*")
#: A magnitude written with the amount: a word or a letter ("million", "bn", "3.1M", "crore", "lakh").
_MAGNITUDE = re.compile(r"(?i)\d\s?(?:thousand|million|billion|trillion|lakhs?|lacs?|crores?|cr|mn|bn|mm|k|m|b)\b")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class End:
    """One end of a pair: ``value`` (magnitude applied), ``step`` (its last written digit's place, in the same
    unit), ``approx`` (an approximation word before it), ``currency`` and its span in the text."""

    value: float
    step: float
    approx: bool
    currency: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Pair:
    a: End
    b: End


def _amount(q: Quantity) -> bool:
    return q.kind == "money" or bool(_MAGNITUDE.search(q.text))


def _end(q: Quantity, approx: bool, factor: float = 1.0) -> End:
    """``q`` as an end, its bare value times ``factor`` (the other end's magnitude)."""
    digits = _DIGITS.search(q.text)
    raw = digits.group(0).replace(",", "") if digits else ""
    written = float(raw) if raw else q.value
    magnitude = q.value / written if written else 1.0
    if "." in raw:
        place = 10.0 ** -len(raw.split(".")[1])
    else:
        place = 10.0 ** (len(raw) - len(raw.rstrip("0"))) if raw.strip("0") else 1.0
    return End(q.value * factor, place * magnitude * factor, approx, q.currency, q.start, q.end)


def _ordered(text: str, qa: Quantity, qb: Quantity, *, line: bool) -> tuple[Quantity, Quantity, bool, bool] | None:
    """``(A, B, A approximate, B approximate)`` when ``qa`` and ``qb`` (in text order) state a change, else ``None``."""
    between = text[qa.end:qb.start]
    before = text[max(0, qa.start - 30):qa.start]
    to = (_TO_LINE if line else _TO_SENTENCE).fullmatch(between)
    start = (_FROM if line else _FROM_SENTENCE).search(before)
    if to and (start or _ARROW.search(between)):
        return qa, qb, bool(start and start.group("approx")), bool(to.group("approx"))
    back = _UP_FROM.fullmatch(between)
    if back:
        return qb, qa, bool(back.group("approx")), False
    year_a, year_b = _YEAR_LABEL.match(text, qa.end), _YEAR_LABEL.match(text, qb.end)
    if line and year_a and year_b and year_a.group("y") != year_b.group("y") and _LIST_SEP.fullmatch(
            text[year_a.end():qb.start]):
        return (qa, qb, False, False) if year_a.group("y") < year_b.group("y") else (qb, qa, False, False)
    return None


def pairs(text: str, *, line: bool = False) -> list[Pair]:
    """The amount pairs of ``text`` (a sentence, or with ``line`` a resume line in English form)."""
    found = [q for q in quantities(text) if q.kind in ("money", "plain")]
    out = []
    for first, second in zip(found, found[1:], strict=False):
        if second.start < first.end or not (_amount(first) or _amount(second)):
            continue
        ordered = _ordered(text, first, second, line=line)
        if ordered is None:
            continue
        qa, qb, approx_a, approx_b = ordered
        ma, mb = bool(_MAGNITUDE.search(qa.text)), bool(_MAGNITUDE.search(qb.text))
        if not (_amount(qa) and _amount(qb)) and not (ma or mb):
            continue  # "from 9.5 to 13 covers": no amount, :mod:`.changes`' and the numbers check's
        fa = fb = 1.0
        if mb and not ma and qa.value < 1000:  # "from $3.1 to $4.4 million"
            fa = _magnitude(qb)
        if ma and not mb and qb.value < 1000:  # "from 2.6 million to 3.1" (rare)
            fb = _magnitude(qa)
        out.append(Pair(_end(qa, approx_a, fa), _end(qb, approx_b, fb)))
    return out


def _magnitude(q: Quantity) -> float:
    digits = _DIGITS.search(q.text)
    written = float(digits.group(0).replace(",", "")) if digits else 0.0
    return q.value / written if written else 1.0


def _matches(mine: End, theirs: End) -> bool:
    """The sentence's end ``mine`` states the resume's ``theirs`` (see the module doc)."""
    if not same_currency(mine.currency, theirs.currency):
        return False
    if abs(mine.value - theirs.value) <= mine.step / 2 + 1e-9 * max(abs(mine.value), 1.0):
        return True
    return mine.approx and abs(mine.value - theirs.value) <= 0.1 * abs(theirs.value)


def _tied(sentence_words: set[str], line: str) -> bool:
    from careercopilot.writing.grounding.derivations import other_language

    return bool(sentence_words & content_words(line)) or other_language(line) or bool(NON_LATIN.search(line))


def judged(text: str, lines: list[str]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``(contradicted, stated)`` spans of ``text``'s amount pairs against resume ``lines``: an end or a reversed
    pair the resume's pairs contradict; the ends of a pair a resume pair states (both read as one claim, so the
    numbers check need not read "$2.7" in "from $2.7 to $4.1 million" alone)."""
    mine = pairs(text)
    if not mine:
        return [], []
    words = content_words(text)
    theirs = [p for ln in lines if re.search(r"\d", ln) for p in pairs(ln, line=True) if _tied(words, ln)]
    bad, good = [], []
    for p in mine:
        same = [t for t in theirs if same_currency(p.a.currency, t.a.currency)]
        if any(_matches(p.a, t.a) and _matches(p.b, t.b) for t in same):
            good += [(p.a.start, p.a.end), (p.b.start, p.b.end)]
        elif any(_matches(p.a, t.b) and _matches(p.b, t.a) for t in same):
            bad.append((p.a.start, p.b.end))  # the resume's ends in reverse order
        elif any(_matches(p.b, t.b) for t in same):
            bad.append((p.a.start, p.a.end))
        elif any(_matches(p.a, t.a) for t in same):
            bad.append((p.b.start, p.b.end))
    return bad, good


def unsupported(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` (an end, or a reversed pair) that the resume's amount pairs contradict."""
    return judged(text, lines)[0]
