"""A tool the resume scopes to one past job, claimed for the current work (issue 12, set 22: "I document home hospice
visits in Epic" when the tools line reads "Epic (oncology unit, Gainesville Regional)" and that hospital job ended in
2015; kind ``tool``).

A resume scopes a tool when a labelled list line ("TOOLS: …", "Systems: …") names a taxonomy tool with a parenthesis
naming a history employer: "Epic (oncology unit, Gainesville Regional)", "SAP PM (at Norsk Hydro)". Tools written without such a
scope are the user's anywhere, and a tool scoped to the present job, or to any job still held, is never flagged.

A sentence claims the tool for the current work when it says so in the present tense in the first person ("I document
… in Epic", "I chart in Epic every day", "I now use SAP") and names no past time ("in 2012", "previously", "at my
first job", "earlier"): then every entry the scope names must be one still held. A sentence naming the tool's own
employer ("in Epic at Gainesville Regional") is the attribution check's, not this one's.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding.facts import SourceFacts
from careercopilot.writing.grounding.text import squash

#: A tool with a scope in parentheses after it: "Epic (oncology unit, Gainesville Regional)".
_SCOPED = re.compile(r"(?P<tool>\b[A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*){0,2})\s*\((?P<scope>[^()\n]{3,80})\)")
#: A labelled list line: "TOOLS: …", "Software: …", "SYSTEMS: …" (any short label before a colon at the line's start).
_LIST_LABEL = re.compile(r"\s*[•*-]?\s*[A-Za-z][A-Za-z &/-]{1,30}:\s")
#: A first-person verb in the present tense right after "I" (optionally after an adverb of now or habit).
_PRESENT = re.compile(r"\bI\s+(?:(?:also|now|currently|still|routinely|daily|personally|mainly|mostly)\s+)?"
                      r"(?P<v>[a-z]+)\b")
#: First-person verbs that are not the present tense of doing: past forms, auxiliaries, modals.
_NOT_PRESENT = frozenset("was were had did used have has am would could should might will can may must led ran built "
                         "made wrote taught kept took gave got began brought bought sent spent set put held won "
                         "found drove flew saw knew left met paid sold told thought understood".split())
#: A past time in the sentence: a year, "previously", "earlier", "back then", "at my first job", "before".
_PAST_TIME = re.compile(r"(?i)\b(?:(?:19|20)\d\d|previously|earlier|formerly|back\s+then|before|used\s+to|first\s+job|"
                        r"former|prior)\b")


def _scopes(facts: SourceFacts) -> dict[str, list[ctx.Entry]]:
    """Tool name (as written) → the history entries its scope names, for tools whose parenthesis names one."""
    out: dict[str, list[ctx.Entry]] = {}
    for line in facts.text.splitlines():
        if ctx.RANGE_RE.search(line) or not _LIST_LABEL.match(line):
            continue  # a dated title line ("HVAC Service Technician (promoted from Installer, March 2018) | …"): no list
        for m in _SCOPED.finditer(line):
            if not any(s == 0 for s, _, _ in ent.find_tools(m.group("tool"))):
                continue  # a taxonomy tool only ("Epic", "SAP PM"), not a body or a course named in the list
            pieces = [p.strip() for p in re.split(r"[,;]|\bat\b|\bfor\b", m.group("scope")) if p.strip()]
            pieces = [p for p in pieces if p[:1].isupper() and len(p) > 3 and not re.search(r"\d", p)]
            named = [e for e, org in zip(facts.history, facts.entry_orgs, strict=True)
                     if any(ctx.name_in(p, org) for p in pieces)]
            if named:  # the name as written and its first word ("SAP PM (at Blue Ridge Castings)": "SAP")
                for key in {m.group("tool"), m.group("tool").split()[0]}:
                    out.setdefault(key, []).extend(named)
    return out


def unsupported(text: str, facts: SourceFacts) -> list[tuple[int, int]]:
    """Spans of tools ``text`` claims for the current work that the resume scopes to jobs no longer held."""
    scopes = _scopes(facts)
    if not scopes:
        return []
    out = []
    for tool, entries in scopes.items():
        if any(e.present for e in entries):
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(tool)}(?![\w-])", text):
            start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            end = min([i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0] or [len(text)])
            sentence = text[start:end]
            verb = _PRESENT.search(sentence)
            if not verb or verb.group("v") in _NOT_PRESENT or verb.group("v").endswith("ed") or _PAST_TIME.search(sentence):
                continue
            if any(ctx.name_in(p, squash(sentence)) for e in entries
                   for p in re.findall(r"[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+)*", e.header.split("\n")[0])):
                continue  # the tool's own employer named: the attribution check's
            out.append((m.start(), m.end()))
    return out
