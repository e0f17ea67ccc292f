"""A degree being studied, named where it is studied (ground143, set 28's false flags; variants in
``tests/unit/writing/test_grounding_study_claims.py``).

* **the school of a degree in progress is no employer** — "I am studying part-time for an MBA at Wake Forest", "I am
  working on a nurse-educator MSN at Capital University, expected in 2027": a sentence whose verb is study
  (studying, enrolled, pursuing, working on/toward a degree, completing, expect to graduate/finish) names its school,
  not an employer; the flag is cleared when a resume line names that school with a degree (the school check then
  holds: a school no line names stays flagged, and "I worked at Capital University" keeps its employer flag).
* **"associate" before "degree" is a degree's level, no title** — "working toward an associate degree in electrical
  technology", "an associate's in nursing", "an Associate of Applied Science": the title check read "working toward an
  associate" as the title Associate. A title flag ending in a degree level word followed by "degree", "'s", "of
  (Applied) Arts/Science" or "in <field>" names a degree (the degree check judges it).
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.facts import Flag, SourceFacts
from careercopilot.writing.grounding.text import fold_accents

_STUDY = re.compile(
    r"(?i)\b(?:stud(?:y|ying|ies)|enrolled|enrol(?:l)?ing|pursuing|reading\s+for|working\s+(?:on|toward|towards)|"
    r"completing|part-time\s+student|student|candidate\s+for|midway\s+through|(?:half|two\s+thirds|[a-z]+)\s+of\s+the\s+"
    r"way\s+through|expect(?:ed|ing)?\s+to\s+(?:finish|graduate|complete)|due\s+to\s+(?:finish|graduate)|"
    r"in\s+progress)\b")
_DEGREE_WORDS = re.compile(
    r"(?i)\b(?:MBA|MSN|BSN|DNP|PhD|Ph\.D\.|MSc|M\.Sc\.|BSc|B\.Sc\.|MS|M\.S\.|MA|M\.A\.|BA|B\.A\.|BS|B\.S\.|A\.A\.S\.|AAS|"
    r"MEng|MPA|MPH|LLM|LL\.M\.|JD|J\.D\.|EdD|master(?:'s|’s)?|bachelor(?:'s|’s)?|associate(?:'s|’s)?|doctorate|degree|"
    r"diploma|laurea|licen[cs]iatura|magister|ingineer|inginer|certificate)\b")
_LINE_DEGREE = re.compile(
    r"(?i)\b(?:MBA|MSN|BSN|DNP|PhD|Ph\.D\.|MSc|M\.Sc\.|BSc|B\.Sc\.|MS|M\.S\.|MA|M\.A\.|BA|B\.A\.|BS|B\.S\.|A\.A\.S\.|AAS|"
    r"MEng|MPA|MPH|LLM|JD|EdD|master|bachelor|associate|doctorate|degree|diploma|laurea|licen[cs]iatura|"
    r"in\s+progress|enrolled|expected|in\s+curs|present)\b")
_LEVEL_END = re.compile(r"(?i)\b(?:associate|bachelor|master|doctor|graduate)(?:['’]s)?$")
#: After the level: "degree", "diploma", "of (Applied) Science …", or "in" + a field in lower case (not "in the real estate
#: group", not "in Gallagher Rowe's …": an associate of a firm's group).
_DEGREE_AFTER = re.compile(r"^(?:['’]s)?\s+(?:(?i:degree|diploma|of\s+(?:applied\s+)?(?:arts?|sciences?|business|fine|"
                           r"engineering|nursing|laws?|occupational))\b|in\s+(?!(?:the|a|an|our|my|his|her|their|its|this|"
                           r"that|each|every)\b)[a-z])")
#: Words before the level that make it a rank of a title ("senior associate", "sales associate").
_RANKED = re.compile(r"\b(?:[A-Z]\w*|senior|junior|lead|principal|managing|staff|sales|research|teaching|store|"
                     r"retail|legal|client|project|program|team)\b")


def _school_on_degree_line(name: str, lines: list[str]) -> bool:
    key = fold_accents(name).lower()
    return any(key in fold_accents(line).lower() and _LINE_DEGREE.search(line) for line in lines)


def studied(f: Flag, text: str, facts: SourceFacts) -> bool:
    """True when flag ``f`` is a school or a degree's level read as an employer or a title (module doc)."""
    s0 = max(text.rfind(". ", 0, f.start), text.rfind("\n", 0, f.start)) + 1
    before = text[s0:f.start]
    if f.kind == "employer":
        if not (_STUDY.search(before) and _DEGREE_WORDS.search(before)):
            return False
        return _school_on_degree_line(f.text, facts.text.splitlines() + facts.original.splitlines())
    if f.kind == "title":
        level = _LEVEL_END.search(f.text)
        return bool(level and not _RANKED.search(f.text[:level.start()]) and _DEGREE_AFTER.match(text[f.end:]))
    return False
