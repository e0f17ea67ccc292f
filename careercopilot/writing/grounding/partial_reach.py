"""A part of a counted whole claimed as the whole (session 29, ground109; set 25's inflated-scale misses: "I report
trials in all eleven civil trial parts of the courthouse" for «in 4 of the courthouse's 11 civil trial parts», "I survey
across all 23 Maryland counties" for «in 3 of Maryland's 23 counties», "all four of the laboratory system's regional
sites" for «2 of the laboratory system's 4 regional sites»).

**The resume's part**: a line writes "k of [the|its|our] [owner's] N <noun phrase>" or "k out of N <noun phrase>"
with k < N ("2 of the station group's 3 markets", "1 of the mine's 2 longwall faces", "3 out of 7 fields"); the noun
phrase's head is its last word before a preposition, a bracket or punctuation (singular: "counties" → "county").

**The claim**: the sentence quantifies that head over the whole — "all/every/each (one) of/both/100 % of/the entire/
the whole" with the head among the next eight words (no clause break between), and no other count than N there ("all
eleven civil trial parts", "every one of the courthouse's civil trial parts", "each of the group's three markets",
"both of the mine's longwall faces", "100 % of the county's …"). Whatever the verb: the resume says how many of them
the work reached, so the whole is an inflation (:mod:`.totality` asks for a verb of reach and leaves these).

Not claims: the part restated ("two of the station group's three markets", "in three Maryland counties"), the whole
named without a quantifier ("the courthouse's 11 civil trial parts" as a size), and a head the resume quantifies whole
on another line (:func:`.totality._total_windows`: "Trained all 11 part clerks" backs "all 11 clerks").

Kind ``scale``. Variants in ``tests/unit/writing/test_grounding_partial_reach.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.totality import _singular, _total_windows

_COUNT = (r"\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
          r"sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty(?:-\w+)?|forty(?:-\w+)?|fifty(?:-\w+)?")
_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50})
#: "2 of the laboratory system's 4 regional sites", "3 of Maryland's 23 counties", "1 out of 3 plants".
_PART = re.compile(r"(?i)(?<![\w.,])(?P<k>" + _COUNT + r")\s+(?:out\s+)?of\s+(?:(?:the|its|our|their|his|her)\s+)?"
                   r"(?:(?:[\w&.-]+\s+){0,3}?[\w&.-]+(?:['’]s|s['’])\s+)?(?P<n>" + _COUNT + r")\s+"
                   r"(?P<np>(?:[\w&'’/-]+\s+){0,4}?[\w&'’/-]+?)(?=\s*(?:[,;:.()\[\]]|$|\s(?:of|in|at|on|for|from|to|"
                   r"across|with|by|and|under|per|where|that|which|each|every|a|an|annually|yearly|monthly|weekly|daily|since|"
                   r"during|over|through|within|before|after|while)\b))")
#: A measured whole after the counted unit: "38 of the co-op's 140 miles of three-phase backbone" (ground142): the
#: backbone is the whole, the miles its measure.
_MEASURED = re.compile(r"(?i)\s+of\s+(?:(?:the|its|our)\s+)?(?P<np>(?:[\w&'’/-]+\s+){0,3}?[\w&'’/-]+?)(?=\s*(?:[,;:.()]|$|"
                       r"\s(?:in|at|on|for|from|to|across|with|by|and|since|each|every|per|during|over)\b))")
#: A quantifier over a whole: "all", "every", "each of", "both", "100 % of", "the entire/whole".
_QUANT = re.compile(r"(?i)\b(?:all|every|each\s+(?:one\s+)?of|both|100\s?%\s+of|(?:the|its|our|[\w-]+['’]s)\s+(?:entire|whole))\b")
#: Before "one of N …" on a resume line, a quantifier that makes it the whole ("every one of", "each one of").
_WHOLE_BEFORE = re.compile(r"(?i)\b(?:every|each|any)\s+$")
#: "the whole / the entire" before a singular noun is one unit ("the whole team"), not all N of them.
_WHOLE_OF_ONE = re.compile(r"(?i)^(?:the|its|our|[\w-]+['’]s)\s+(?:entire|whole)$")
_MINE_AFTER = re.compile(r"(?i)\s+(?:(?:that|which)\s+)?(?:I|we|my\s+team)\s+(?!and\b)\w+")
_BREAK = re.compile(r"[;:!?]|,\s|\.(?:\s|$)|\s(?:and|but|while|where|which|who|because|since)\s")


def _value(token: str) -> int | None:
    token = token.lower().replace(",", "")
    if token.isdigit():
        return int(token)
    if "-" in token:
        tens, _, unit = token.partition("-")
        return _WORDS.get(tens, 0) + _WORDS.get(unit, 0) if tens in _WORDS and unit in _WORDS else None
    return _WORDS.get(token)


def parts(lines: list[str]) -> dict[str, set[int]]:
    """Head noun (singular, lower case) → the whole counts N the resume's lines give as "k of N <head>" (k < N)."""
    out: dict[str, set[int]] = {}
    for line in lines:
        for m in _PART.finditer(line):
            if _WHOLE_BEFORE.search(line[:m.start()]):
                continue  # "every one of the plant's 9 processing rooms": the whole, not a part
            k, n = _value(m.group("k")), _value(m.group("n"))
            if k is None or n is None or not k < n:
                continue
            out.setdefault(_singular(m.group("np").split()[-1]), set()).add(n)
            if of := _MEASURED.match(line, m.end()):  # ("140 miles of three-phase backbone": the backbone too)
                out.setdefault(_singular(of.group("np").split()[-1]), set()).add(n)
                out.setdefault(_MEASURED_KEY, set()).add(_singular(of.group("np").split()[-1]))  # type: ignore[arg-type]
    return out


#: The key of :func:`parts` under which it lists the heads that are a measured whole (not counted items).
_MEASURED_KEY = " measured"


def unsupported(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` claiming the whole of a counted noun the resume reaches only part of (see the module doc)."""
    whole = parts(lines)
    if not whole:
        return []
    backed = {_singular(w) for line in lines for win in _total_windows(line) for w in re.findall(r"[A-Za-z][\w-]*", win)}
    out = []
    for q in _QUANT.finditer(text):
        tail = text[q.end():q.end() + 90]
        cut = _BREAK.search(tail)
        tail = tail[:cut.start()] if cut else tail
        for w in list(re.finditer(r"[\w'’-]+", tail))[:8]:
            if re.search(r"['’]s$|s['’]$", w.group(0)):
                continue  # the owner ("every one of the plant's nine rooms": rooms are quantified, not plants)
            head = _singular(w.group(0))
            if head not in whole or head in backed:
                continue
            if _WHOLE_OF_ONE.match(q.group(0)) and w.group(0).lower() == head and head not in whole.get(_MEASURED_KEY, ()):
                break  # "I thanked the whole team": one team, however many the resume counts
            if _MINE_AFTER.match(tail, w.end()):
                break  # "every longwall face I am assigned": the ones given to the user, no whole
            counts = {_value(c) for c in re.findall(r"(?i)\b(?:" + _COUNT + r")\b", tail[:w.start()])} - {None}
            counts.discard(1)  # "every one of"
            if counts and head not in whole.get(_MEASURED_KEY, ()) and not counts <= whole[head]:
                break  # another count: the numbers check judges it
            out.append((q.start(), q.end() + w.end()))
            break
    return out
