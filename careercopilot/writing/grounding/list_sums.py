"""The total of figures a resume line lists side by side, stated without its parts (ground98, issue 12; set 24's false
flags "roughly 10,500 echocardiograms a year" for "about 9,400 transthoracic and 1,100 stress echoes a year", "seven
vessel designs" for "5 ferry and 2 research-vessel designs", "seven firefighters in all" for "a Type 6 engine crew of
4 and a Type 4 engine crew of 3", "430 hectares" for "310 ha propias y 120 ha de productores" — variants in
``tests/unit/writing/test_grounding_list_totals.py``).

:func:`.numbers.derived_quantities` reads a sum only next to its parts; here a list's total stands alone when the
sentence says what the parts have in common:

* a **list** is two or more figures of one line joined by a conjunction or comma (English, Spanish/Portuguese "y"/"e",
  German "und", Scandinavian "og"/"och", French "et", "+"), with no change ("from … to"), no clause break and no
  other figure between; a graded figure ("Type 4", "Level 2", "Class 8") is a name, not a part.
* the sentence's figure is the total (exactly, or rounded as :func:`.numbers._near` allows), and
  - its noun is the list's common noun: the head after the last part ("designs", "echoes" ~ "echocardiograms": the
    same stem of four letters), the parts' shared unit ("ha" ~ "hectares") or the noun before each part ("crew of 4
    … crew of 3"); or
  - it says it is a total ("in all", "in total", "combined", "altogether", "all told", "between them") and shares a
    content word with the line; or
  - it writes one of the parts as well ("430 hectares, 310 of them estate-owned").
* a total given one part's own word right after it ("seven ferry designs", "10,500 stress echoes") stays flagged: that
  word is the first word after only one part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.writing.grounding.text import YEAR_RE, Quantity, norm_words, quantities

#: Joins parts of one list: a comma, "and", "&", "+", "plus" and the CV languages' "and".
_JOIN = re.compile(r"(?i)(?:,|&|\+|\b(?:and|plus|y|e|und|og|och|et|en|ja|i|oraz|és|ve)\b)")
#: What a list's gap never holds: a change or comparison, a clause break, a share.
_NOT_A_LIST = re.compile(r"(?i)[;:.()\n]|\b(?:from|to|vs|versus|of\s+which|including|per|each|out\s+of|up|down|than)\b")
#: A graded figure: the word before it makes it a name.
_LABEL = re.compile(r"(?i)\b(?:type|level|class|grade|band|tier|part|phase|stage|no\.?|number|model|unit|line|zone|"
                    r"category|step|rev|version|gen)[ \t#-]*$|#[ \t]*$")
#: The sentence calls its figure a total.
_TOTAL = re.compile(r"(?i)\b(?:in\s+all|in\s+total|total(?:l?ing)?|combined|altogether|all\s+told|between\s+(?:them|us|the\s+"
                    r"(?:two|three|four))|together|overall|across\s+(?:both|all|the\s+(?:two|three|four)))\b")


#: Units that rate one thing (no total of a list): electrical ratings, frequencies, temperatures, pressures, speeds.
_RATINGS = frozenset("amp ampere volt kilovolt hertz kilohertz megahertz gigahertz percent degree bar psi rpm knot mph "
                     "kph watt kilowatt megawatt horsepower".split())


@dataclass(frozen=True)
class Listed:
    """A list of figures on one resume line: the total, the parts' values, the head noun(s) and each part's own first
    word (its modifier)."""

    line: str
    total: float
    parts: tuple[float, ...]
    heads: frozenset[str]
    own: frozenset[str]


def _stem(w: str) -> str:
    return w[:4] if len(w) >= 4 else w


def _words_after(line: str, q: Quantity, stop: int) -> list[str]:
    """The noun phrase after figure ``q`` up to ``stop`` (a preposition, a period word or a clause break ends it: "… 19
    flight-deck retrofits since 2017" heads "retrofits", not "since"; ground121)."""
    piece = re.split(r"(?i)[,;:()&+]|\b(?:and|plus|y|e|und|og|och|et|en|ja|oraz|és|ve|a|an|per|each|every|in|at|on|for|from|with|across|de|da|do|des|di|von|av|i|til|"
                     r"since|until|till|during|between|through|throughout|over|by|to|ago|seit|desde|depuis|sinds)\b",
                     line[q.end:stop])[0]
    return [w for w in norm_words(piece) if not w.isdigit()]


def listed(lines: list[str]) -> list[Listed]:
    """Every list of two or more figures on ``lines`` (module doc)."""
    from careercopilot.writing.grounding.unit_forms import canonical

    out = []
    for line in lines:
        years = [(m.start(), m.end()) for m in YEAR_RE.finditer(line)]
        qs = [q for q in quantities(line, masked=years) if not _LABEL.search(line[max(0, q.start - 12):q.start])
              and not re.match(r"\s*[–-]\s*\d", line[q.end:]) and not re.search(r"\d\s*[–-]\s*$", line[:q.start])
              and not re.match(r"-[A-Za-z]", line[q.end:]) and not re.search(r"\d[A-Za-z]", q.text)
              and not set(q.unit[:1]) & _RATINGS]
        # (no end of a range: "5-6 service calls"; no rating of one thing, which does not add up: "200A and 400A
        #  services", "a 40-hl brewhouse", "11 kV and 33 kV feeders")
        chains: list[list[Quantity]] = []
        for q in qs:
            prev = chains[-1][-1] if chains else None
            gap = line[prev.end:q.start] if prev else ""
            joined = _JOIN.search(gap)
            if (prev and prev.kind == q.kind == "plain" and len(gap) <= 60 and joined and not _NOT_A_LIST.search(gap)
                    and len(gap[:joined.start()].split()) <= 3 and len(gap.split()) <= 8):
                # (the join right after the part's own noun: "5 ferry and 2 …", not "4-truck service crew, personally
                #  averages 5")
                chains[-1].append(q)
            else:
                chains.append([q])
        for chain in chains:
            if len(chain) < 2 or len({q.value for q in chain}) < 2:
                continue
            ends = [b.start for b in chain[1:]] + [len(line)]
            after = [_words_after(line, q, end) for q, end in zip(chain, ends, strict=True)]
            heads = {after[-1][-1]} if after[-1] else set()
            heads |= {canonical(u) for u in set.intersection(*(set(q.unit[:1]) for q in chain)) if u}
            before = [norm_words(line[max(0, q.start - 20):q.start])[-2:] for q in chain]
            if all(len(b) == 2 and b[1] == "of" for b in before) and len({b[0] for b in before}) == 1:
                heads.add(before[0][0])  # "a crew of 4 and … a crew of 3"
            own = {a[0] for a in after if len(a) >= 2 or (a and a is not after[-1])} - heads
            out.append(Listed(line, sum(q.value for q in chain), tuple(q.value for q in chain), frozenset(heads),
                              frozenset(own)))
    return out


def summed(q: Quantity, text: str, facts) -> bool:
    """``q`` is the total of a list on a resume line, said with what its parts share (module doc)."""
    from careercopilot.writing.grounding import context as ctx
    from careercopilot.writing.grounding.facts import sentence_at
    from careercopilot.writing.grounding.numbers import _near
    from careercopilot.writing.grounding.unit_forms import canonical

    if q.kind != "plain" or q.value < 2:
        return False
    cached = getattr(facts, "_listed", None)
    if cached is None:
        cached = facts._listed = listed(facts.lines)
    sentence = sentence_at(text, q.start)
    mine = {canonical(u) for u in q.unit[:3]} | set(q.unit[:3])
    figures = {x.value for x in quantities(sentence)} - {q.value}
    for lst in cached:
        if not _near(q, lst.total, text) or set(q.unit[:1]) & lst.own:
            continue  # ("seven ferry designs": the noun right after the total is one part's own word; "thirty educators
            #           and support staff", "twelve classes across infant care, playgroup and kindergarten" name them all)
        noun = any(_stem(u) == _stem(h) and len(h) >= 3 for u in mine for h in lst.heads)
        total = bool(_TOTAL.search(sentence)) and bool(ctx.content_words(sentence) & ctx.content_words(lst.line))
        part = bool(figures & set(lst.parts)) and (noun or bool(ctx.content_words(sentence) & ctx.content_words(lst.line)))
        if noun or total or part:
            return True
    return False
