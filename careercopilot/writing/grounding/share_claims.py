"""A share of a counted set claimed as all or nearly all of it (session 31, ground133; set 27's inflated-scale misses:
"All 38 dies we built in 2025 were for EV battery-tray parts" for «Built 38 progressive dies …; 9 of them for EV
battery-tray parts», "about 1,150 surgeries a year, nearly all of them emergency colic cases" for «… 38% of them
emergency colic surgeries», "Every SAT audit we handled closed without a tax assessment" for «9 de 11 revisiones del
SAT concluidas sin créditos fiscales»).

**The resume's share** of a set, on one line: "<N> <noun phrase> …; k of them" / "… , p% of them" (the set is the
noun after the line's last count before the share), or "k of N <noun phrase>" in the CV's language ("9 de 11
revisiones del SAT", "3 sur 5", "4 von 6", "2 van de 5", "3 av 7", "2 z 5"), with k < N or p < 100. The set's
**heads**: its noun's singular and the noun phrase's acronyms ("SAT").

**The claim**: a quantifier of the whole or nearly the whole (:data:`_QUANT`: all, every, each, 100 %, nearly/almost/
virtually/practically all, the vast majority, most) over one of those heads — the head within the next six words, or
"… of them" after a count of that head earlier in the sentence. Flagged (kind ``scale``) when the claim's share
exceeds the resume's: all/every/each above any part; nearly all above 80 %; the vast majority above 70 %; most above
50 %. A share the sentence itself restates ("nine of the eleven SAT audits", "38 % of them") has no such quantifier.

Variants in ``tests/unit/writing/test_grounding_share_claims.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.totality import _singular

_NUM = r"\d[\d,.]*"
#: "<k> of them", "<p>% of them" (English and CV languages: "de ellos", "d'entre eux").
_OF_THEM = re.compile(r"(?i)(?<![\w.,])(?P<k>\d[\d,.]*)\s*(?P<pct>%|\s?percent)?\s+(?:of\s+them|of\s+these|de\s+ell[oa]s|"
                      r"d['’]entre\s+eux|von\s+ihnen|daarvan|av\s+dem)\b")
#: "k of N <np>" in English or the CV's language ("9 de 11 revisiones del SAT").
_K_OF_N = re.compile(r"(?i)(?<![\w.,])(?P<k>\d+)\s+(?:out\s+of|of|de|sur|von|van\s+de|av|z|di|su)\s+(?:the\s+|los\s+|las\s+|"
                     r"les\s+)?(?P<n>\d+)\s+(?P<np>(?:[\w'’-]+\s+){0,4}[\w'’-]+)")
#: A count and the noun after it ("38 progressive dies", "about 1,150 surgeries").
_COUNTED = re.compile(r"(?<![\w.,])(?P<n>\d[\d,]*)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
#: Quantifiers and the least share each claims.
_QUANT = re.compile(r"(?i)\b(?P<q>nearly\s+all|almost\s+all|virtually\s+all|practically\s+all|the\s+vast\s+majority|"
                    r"most|all|every|each|100\s?%)(?:\s+(?:of\s+)?(?:the\s+|our\s+|my\s+|its\s+)?)?")
_LEAST = {"nearly all": 0.8, "almost all": 0.8, "virtually all": 0.8, "practically all": 0.8,
          "the vast majority": 0.7, "most": 0.5}
_STOP = frozenset("a an the of for and in on at to by with from per year years month week day days".split())


def _heads(np: str) -> set[str]:
    """The set's words: the noun phrase's acronyms ("SAT") and its content words, singular ("dies" → "die")."""
    words = np.split()
    acronyms = {w.lower() for w in words if re.fullmatch(r"[A-Z]{2,6}", w)}
    return acronyms | {f for w in words if w.lower() not in _STOP and len(w) > 2 for f in _forms(w)} - _STOP


def _forms(word: str) -> set[str]:
    """A word's lower-case forms: as written, singular, and without a plural "s" ("dies": "dies", "die")."""
    w = word.lower()
    return {w, _singular(w), w[:-1] if w.endswith("s") and len(w) > 3 else w}


def shares(lines: list[str]) -> list[tuple[set[str], float]]:
    """(heads, share 0–1) of each part of a counted set the resume's ``lines`` give (see the module doc)."""
    out = []
    for line in lines:
        for m in _OF_THEM.finditer(line):
            k = float(m.group("k").replace(",", ""))
            # the set: the line's first count above k ("Built 38 progressive dies of up to 14 stations …; 9 of them")
            c = next((c for c in _COUNTED.finditer(line[:m.start()])
                      if float(c.group("n").replace(",", "") or 0) > k or m.group("pct")), None)
            if c is None:
                continue
            n = float(c.group("n").replace(",", ""))
            share = k / 100 if m.group("pct") else (k / n if n else 1.0)
            if share < 1:
                out.append((_heads(c.group("np")), share))
        for m in _K_OF_N.finditer(line):
            k, n = int(m.group("k")), int(m.group("n"))
            if 0 < k < n:
                out.append((_heads(m.group("np")), k / n))
    return out


def unsupported(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` claiming all or nearly all of a set the resume gives only a share of."""
    parts = shares(lines)
    if not parts:
        return []
    out = []
    for q in _QUANT.finditer(text):
        least = _LEAST.get(" ".join(q.group("q").lower().split()), 1.0)
        tail = text[q.end():q.end() + 60]
        found = list(re.finditer(r"[A-Za-z][\w-]*", re.split(r"[,;:.!?]", tail)[0]))[:6]
        words = {f for w in found for f in _forms(w.group(0))}
        end = q.end() + (found[0].end() if found else 0)
        if re.match(r"(?i)them\b", tail):
            counted = list(_COUNTED.finditer(text[:q.start()]))
            words = {f for w in counted[-1].group("np").split() for f in _forms(w)} if counted else set()
            end = q.end() + 4
        if re.match(r"(?i)\s*(?:of\s+)?(?:the\s+)?(?:time|day|week|year|shift|night)s?\b", tail):
            continue  # "all the time", "every week": time, no set
        for heads, share in parts:
            if heads & words and share < least:
                out.append((q.start(), end))
                break
    return out
