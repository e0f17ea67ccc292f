"""Skill words that are everyday nouns in the line at hand (issue 11 trial 55 finding 5).

Two kinds of phantom skill, each read by a rule on the mention and its neighbours:

* A **product named by a common noun** — "Sheets", "Slack", "Intercom", "Blackboard", "Excel",
  "Outlook", "Zoom", "Notion" (:data:`COMMON_NOUN_PRODUCTS`): a respiratory therapist's "teach-back
  sheets", a housekeeper's "changed bed sheets", "took up the slack", "answered the intercom", "wrote on
  the blackboard", "Excel at de-escalation". :func:`common_noun_product` drops a *bare* product word (the
  full names "Google Sheets", "MS Excel" are other taxonomy terms) when

  - it is written in lower case and the word before it (same line) is neither a list separator (line
    start, ``, ; / | : ( • -``) nor a tool cue ("in", "use/using", "utilizing", "leveraging", "with", "via",
    "on", "and", "or", "&", "including", "like"): a modifier or verb makes it the head of a noun phrase ("bed sheets", "the
    slack") — lower-case product names in tool lists ("slack, jira, zoom") stay;
  - it is "Excel" used as the verb: at a clause start and followed by "at"/"in" and a lower-case word
    ("Excel at building rapport", "Excel in fast-paced settings").

* A **hospital unit named as a place of work** by someone who is not a nurse (:func:`unit_of_work`): a
  respiratory therapist's "respiratory care on med-surg, telemetry and ED" names where she worked, not
  Medical-Surgical Nursing or Telemetry monitoring. A mention of a nursing specialty (a taxonomy name
  ending in "Nursing") by its unit word ("med-surg", "pediatrics", "oncology", "emergency department"), or
  of :data:`PLACE_UNIT_SKILLS` ("telemetry") before "unit/floor/ward" or after a place preposition
  ("on/to/in/across/throughout/covering" and up to three list items) is dropped when the text shows no
  nurse credential or title (:data:`NURSE_SELF`). A nurse's "Med-surg RN", "floated to telemetry" stay.

Sources: product names from the taxonomy's Office/productivity and design/LMS entries whose name is an
English noun (``careercopilot/data/skills.json``); unit names from hospital unit lists (med-surg,
telemetry, ICU, ED, OR) in respiratory-therapy, PT/OT and pharmacy resumes of the issue-11 trials; nurse
credentials RN/LPN/LVN/BSN/MSN/APRN/CNA (NCSBN titles).
"""

from __future__ import annotations

import functools
import re

__all__ = ["COMMON_NOUN_PRODUCTS", "NURSE_SELF", "PLACE_UNIT_SKILLS", "common_noun_product", "unit_of_work"]

#: Bare product words (lower-cased surface) that are also everyday nouns.
COMMON_NOUN_PRODUCTS = frozenset({"sheets", "slack", "intercom", "blackboard", "excel", "outlook", "zoom",
                                  "notion", "word", "teams", "access", "canvas", "greenhouse", "puppet", "unity"})
_LIST_BEFORE = re.compile(r"(?:^|[,;/|:(•·▪●\-–—&+]|\b(?:in|us(?:e|es|ed|ing)|utiliz(?:e|es|ed|ing)|leverag(?:e|ed|ing)|"
                          r"with|via|through|on|and|or|including|like|incl\.?|"
                          r"e\.g\.?|skills?|tools?|software|proficient|knowledge of))\s*$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:^|[.;!?•·▪●:\n]|\s[-–—]\s)\s*$")
_VERB_AFTER = re.compile(r"^\s+(?:at|in)\s+[a-z]")


def common_noun_product(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` is a product's bare name used as an everyday noun or
    verb (module rules); False for every other mention."""
    surface = text[start:end]
    key = surface.lower()
    if key not in COMMON_NOUN_PRODUCTS and key[:-1] not in COMMON_NOUN_PRODUCTS:  # "slacks", "outlooks"
        return False
    line_start = text.rfind("\n", 0, start) + 1
    left = text[max(line_start, start - 60):start]
    if surface == "Excel" and _CLAUSE_START.search(left) and _VERB_AFTER.match(text[end:end + 20]):
        return True
    if not surface.islower():
        return False
    return not _LIST_BEFORE.search(left)


#: A nurse's own credential or title anywhere in the text (the person is a nurse).
NURSE_SELF = re.compile(r"\b(?:RN|LPN|LVN|BSN|MSN|APRN|CNA|CCRN|CEN|CPN)\b(?!s)|"
                        r"\b(?:registered|licensed practical|licensed vocational|staff|travel|charge|float|"
                        r"school|clinical) nurse\b(?!s)|\bnursing (?:assistant|student|license)\b", re.IGNORECASE)
#: Skills that also name a unit (mention only read as a place in a place context).
PLACE_UNIT_SKILLS = frozenset({"Telemetry"})
_UNIT_AFTER = re.compile(r"^[\s-]*(?:units?|floors?|wards?|wings?|pods?|departments?|service)\b", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(?:on|to|in|across|throughout|covering|between)\s+(?:the\s+|our\s+|adult\s+|"
                           r"pediatric\s+)?(?:[\w/-]+(?:\s*,\s*|\s+(?:and|or|&)\s+)){0,3}$", re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def nurse_self(text: str) -> bool:
    """Whether ``text`` names the person a nurse (:data:`NURSE_SELF`), read once per text and reused for
    every mention (perf75: searching the whole text per skill mention made a resume quadratic)."""
    return NURSE_SELF.search(text) is not None


def unit_of_work(text: str, start: int, end: int, canonical: str) -> bool:
    """Whether the mention ``text[start:end]`` of ``canonical`` names a hospital unit where a person who is
    not a nurse worked (module rules)."""
    if nurse_self(text):
        return False
    surface = text[start:end]
    if canonical.endswith(" Nursing") and "nurs" not in surface.lower():
        return True
    if canonical in PLACE_UNIT_SKILLS and surface.lower() == surface.lower().split()[0]:
        line_start = text.rfind("\n", 0, start) + 1
        left = text[max(line_start, start - 80):start]
        return bool(_UNIT_AFTER.match(text[end:end + 20]) or _PLACE_BEFORE.search(left))
    return False
