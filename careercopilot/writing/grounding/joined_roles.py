"""Durations of titles claimed together or by a register's designation (session 27, ground88; set 23's false flags).

* Two titles joined by "or" or a sequence ("I have been a crew foreman or general foreman for more than twelve years",
  "a QS or senior QS", "a technician, then lead technician"): the span is the union of the titles' ranges
  (:func:`either_span`), each title read by :func:`.durations.role_span`.
* A capitalised designation with a standing word ("a Registered Piano Technician for …") that a register's line
  writes and no history header does: its years are the register line's (:func:`register_standing`).
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import duration_scopes as scopes
from careercopilot.writing.grounding import title_spans
from careercopilot.writing.grounding.facts import SourceFacts

#: A second title joined to a role by "or" or a sequence ("a crew foreman or a general foreman", "… and then
#: lead technician"): optional, so a longer pair of titles still reads as the role (session 27, ground88).
JOINED_TAIL = r"(?:\s+(?:or|then|and\s+then|and\s+later|and\s+now|later)\s+(?:an?\s+|the\s+)?(?:[\w&'’-]+\s+){0,3}?[\w&'’-]+)?"
#: Joins of two titles whose years add up: "crew foreman or general foreman", "technician II, then lead technician",
#: "project archaeologist and later field director" (a title with "and" inside it stays one: "Tool and Die Maker").
_EITHER = re.compile(r"(?i)\s*,?\s+(?:or|then|and\s+then|and\s+later|and\s+now|later)\s+(?:an?\s+|the\s+)?")


def alternatives(role: str) -> list[str]:
    """The titles of ``role`` joined by :data:`_EITHER`, a bare modifier completed by the last title's head noun ("crew
    or general foreman" → "crew foreman", "general foreman"; "junior or senior QS" → "junior QS", "senior QS")."""
    parts = [p.strip() for p in _EITHER.split(role) if p and p.strip()]
    if len(parts) < 2:
        return parts
    head = parts[-1].split()[-1]
    return [p if len(p.split()) > 1 or len(parts[-1].split()) == 1 else f"{p} {head}" for p in parts]


def either_span(parts: list[str], facts: SourceFacts, *, to_now: bool, entry_rank: bool, qualified: bool,
                 place: set[str] | frozenset[str]) -> tuple[float, float] | None:
    """(shortest, longest) years of two or more titles claimed together ("I have been a crew foreman or general foreman
    for more than twelve years"): the union of the titles' spans — from the first of them to today when the sentence
    runs to now, else the union of their header lines (a promotion's two lines count once); ``None`` when one of them is
    held nowhere (the title check flags it). Session 27 (ground88, set 23: "a QS or senior QS", "a technician II or lead
    technician" were measured by one title alone)."""
    from careercopilot.writing.grounding.durations import _union, role_entries, role_span

    spans = [role_span(p, facts, to_now=to_now, entry_rank=entry_rank, qualified=qualified, place=place)
             or scopes.core_role_span(p, facts, to_now=to_now) for p in parts]  # ("level III technician": its core)
    if any(s is None for s in spans):
        return None
    if to_now:
        return max(spans, key=lambda s: s[1])
    lo, hi = _union([e for p in parts for e in role_entries(p, facts, qualified=qualified)], facts)
    return lo, max([hi] + [s[1] for s in spans])



def register_standing(role: str, facts: SourceFacts) -> bool:
    """``role`` is a capitalised designation with a standing word ("Registered Piano Technician", "Chartered Quantity
    Surveyor") that no history header writes with that word, and a register's line does
    (:func:`.registers.designation_held`): its years are the register line's (session 27, ground88; set 22)."""
    from careercopilot.writing.grounding import registers
    from careercopilot.writing.grounding.durations import _STANDING

    standing = [w for w in role.split() if w.lower() in _STANDING and w[:1].isupper()]
    if not standing or not registers.designation_held(role, facts.text.splitlines()):
        return False
    return not any(w.lower() in e.header.lower() for e in facts.history for w in standing
                   if not title_spans.dated_by_credential(e))  # (the headline under the register line: no job)
