"""People claimed as skills (issue 12): "I used RNs, telemetry and CNAs", "skills … including
paralegals". A plural occupation noun names people — the ones a resume says the user supervised,
trained or worked with — never a skill, tool or credential the user has, so a document that
lists one among its skills claims something no resume states.

:func:`check_people_as_skills` flags each plural occupation noun (an O*NET person title,
:func:`careercopilot.normalize.role_nouns.role_phrase`: "RNs", "CNAs", "paralegals", "line cooks",
"forklift drivers", "call center agents") that is an item of a **skill claim**: the list after a
cue such as "I used", "I use", "skills … including/include/such as", "experience with/in",
"proficient in", "hands-on work with", "expertise in" up to the end of the clause (a sentence
break, ";", or " as "/" at "/" where "/" to " that start the next part). Kind ``tool`` (the
checker's kind for a named skill the sources don't list as the user's). Plural role nouns
elsewhere ("I supervised 8 RNs") are people and pass.
"""

from __future__ import annotations

import re

from careercopilot.normalize.role_nouns import role_phrase
from careercopilot.writing.grounding.facts import Flag, overlaps

__all__ = ["check_people_as_skills"]

_CLAIM = re.compile(
    r"(?i)\b(?:I\s+(?:have\s+)?(?:used|use|apply|applied)|(?:skills?|tools?|strengths?|competenc\w+|expertise)\b[^.;:!?\n]{0,60}?"
    r"\b(?:including|include[sd]?|such as|like|are|is|in)|experience (?:with|in|using)|proficien\w* (?:in|with)|"
    r"hands-on (?:work|experience) with|expertise (?:in|with)|skilled (?:in|with)|knowledge of|fluent in|"
    r"familiar with)\s+")
_CLAIM_END = re.compile(r"(?i)[.;!?\n]|:\s|\s(?:as|at|where|to|for|when|while|which|because)\s")
_ITEM_SPLIT = re.compile(r"(?i)\s*(?:,|&|/|\band\b|\bor\b)\s*")
_LEADING = re.compile(r"(?i)^(?:(?:the|a|an|my|our|\d+|several|many|other)\s+)+")


def check_people_as_skills(text: str, flags: list[Flag], known: list[tuple[int, int]]) -> None:
    """Flag plural occupation nouns listed in a skill claim of ``text`` (module rules). A span
    another detector already flagged is left to it; flagged spans are added to ``known``."""
    for cue in _CLAIM.finditer(text):
        start = cue.end()
        end_m = _CLAIM_END.search(text, start)
        end = end_m.start() if end_m else len(text)
        pos = start
        for piece in _ITEM_SPLIT.split(text[start:end]) + [""]:
            if not piece:
                continue
            at = text.find(piece, pos, end)
            if at < 0:
                break
            pos = at + len(piece)
            lead = _LEADING.match(piece)
            s = at + (lead.end() if lead else 0)
            first = re.match(r"[A-Za-z][\w'’-]*", text[s:pos])
            if not first:
                continue
            found = role_phrase(text, s, s + first.end())
            if found is None or not found[1] or found[0] > pos or overlaps((s, found[0]), [(f.start, f.end) for f in flags]):
                continue
            noun = text[s:found[0]]
            known.append((s, found[0]))
            flags.append(Flag("tool", s, found[0], noun,
                              f"“{noun}” are people (an occupation), not a skill: your resume names them as "
                              "people you worked with or led, not as a skill or credential of yours."))
