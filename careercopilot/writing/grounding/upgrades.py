"""Upgrades: the user's part in a result must not be raised above the one the resume gives it.

The resume line about a result states the part: "co-inventor on 2 granted patents", "Co-investigator,
study of …", "Member of the pre-opening team", "Store ranked No. 2 of 48", "Top-3 consultant of 35". A
sentence about the same result may restate that part ("a co-inventor", "one of the top three") but not
raise it:

==========  ==========================================  ==============================================
part        the sentence says                           the line about the same result says
==========  ==========================================  ==============================================
rank        first, top, No. 1, number one, best,        a rank of 2 or more: "No. 2", "2nd", "second",
            top-selling / top-performing / top-rated    "top-3", "top 5", "ranked 3rd"
sole        sole / only / single inventor, author …     co-inventor, co-author, co-founder, joint …
principal   principal / lead investigator, PI           co-investigator, co-PI, sub-investigator
lead        led, headed, managed, ran, directed,        member of, part of, took part, participated,
            spearheaded, coordinated (of that result)   contributed, assisted, supported (and no lead verb)
==========  ==========================================  ==============================================

The line about the same result is the resume line sharing the most content words with the sentence (two at
least, more than any other line); a part the resume states on another line of its own ("Principal
investigator, university grant") belongs to that line's result. Kind ``claim`` (the blind sets'
"other_fabrication": an upgraded achievement). Session 11, after set 10 (5 of its 12 achievement misses);
variants in ``tests/unit/writing/test_grounding_upgrades.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.writing.grounding.context import content_words

_RANK_CLAIM = re.compile(r"(?i)\b(?:(?:ranked|placed|came|finished)\s+(?:in\s+)?first|first\s+of\s+\d+|"
                         r"top[- ](?:selling|performing|rated|ranked|producing)|no\.\s*1\b|number\s+one|#1\b|"
                         r"the\s+top\s+(?!\d|one|two|three|four|five|six|seven|eight|nine|ten)[a-z-]+|the\s+best\b)")
_RANK_BACK = re.compile(r"(?i)\b(?:no\.\s*(?:[2-9]|\d\d)|(?:[2-9]|\d\d)(?:nd|rd|th)\b|second|third|fourth|fifth|"
                        r"top[- ](?:[2-9]|\d\d|two|three|four|five|ten)\b|ranked\s+(?:[2-9]|\d\d))")
_RANK_FIRST = re.compile(r"(?i)\b(?:no\.\s*1\b|1st\b|first\s+(?:of|place|in)|number\s+one|top[- ](?:seller|performer))")
_SOLE_CLAIM = re.compile(r"(?i)\b(?:sole|only|single|solo)\s+(?P<n>inventor|author|founder|applicant|designer|"
                         r"architect|developer|owner|investigator)s?\b")
_PI_CLAIM = re.compile(r"(?i)\b(?:principal|lead|chief)\s+investigator\b|\bPI\b")
_PI_BACK = re.compile(r"(?i)\b(?:co-?investigator|co-?PI|sub-?investigator)\b")
_PI_HELD = re.compile(r"(?i)\b(?:principal|lead|chief)\s+investigator\b|\bPI\b(?!\))")
_LEAD_CLAIM = re.compile(r"(?i)\bI\s+(?:led|headed|managed|ran|directed|spearheaded|coordinated|oversaw|"
                         r"was\s+in\s+charge\s+of)\b")
_MEMBER_BACK = re.compile(r"(?i)\b(?:member\s+of|part\s+of|took\s+part|participated|participant|contributed|"
                          r"assisted|supported)\b")
_LEAD_BACK = re.compile(r"(?i)\b(?:led|lead|leads|leading|headed|head\s+of|managed|manager|ran|directed|"
                        r"spearheaded|coordinated|coordinator|chaired|chair|in\s+charge)\b")
#: Words of the part itself, not of the result (shared words must name the result).
_PART_WORDS = content_words("led lead headed managed ran directed coordinated member part took participated "
                            "contributed assisted supported sole only single co inventor investigator principal "
                            "ranked first top best selling performing rated number")


@dataclass(frozen=True)
class Upgrade:
    """A raised part ``text[start:end]``."""

    start: int
    end: int


def _line_about(sentence: str, lines: list[str]) -> str | None:
    """The resume line sharing the most result words (two at least) with ``sentence``, if it is the only one."""
    words = content_words(sentence) - _PART_WORDS
    scored = sorted(((len(words & (content_words(ln) - _PART_WORDS)), ln) for ln in lines), reverse=True)
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def unsupported(text: str, lines: list[str]) -> list[Upgrade]:
    """Raised parts in ``text`` (see the module doc) against the resume ``lines``."""
    out = []
    for m in re.finditer(r"(?:[^.!?]|\.(?=\d))+[.!?]?", text):  # (not at a decimal point: "GHS 1.6 million")
        sentence, base = m.group(0), m.start()
        checks = []
        if (c := _RANK_CLAIM.search(sentence)):
            checks.append((c, lambda ln: bool(_RANK_BACK.search(ln)) and not _RANK_FIRST.search(ln)))
        if (c := _SOLE_CLAIM.search(sentence)):
            noun = c.group("n").lower()
            checks.append((c, lambda ln, n=noun: re.search(rf"(?i)\b(?:co-?|joint\s+){n}", ln) is not None))
        if (c := _PI_CLAIM.search(sentence)):
            checks.append((c, lambda ln: bool(_PI_BACK.search(ln)) and not _PI_HELD.search(_PI_BACK.sub(" ", ln))))
        if (c := _LEAD_CLAIM.search(sentence)):
            checks.append((c, lambda ln: bool(_MEMBER_BACK.search(ln)) and not _LEAD_BACK.search(ln)))
        if not checks:
            continue
        line = _line_about(sentence, lines)
        if line is None:
            continue
        for c, lower_part in checks:
            if lower_part(line):
                out.append(Upgrade(base + c.start(), base + c.end()))
                break
    return out
