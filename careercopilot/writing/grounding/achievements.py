"""Achievements: things the user says they launched, founded, won, authored first or put into
production must be achievements the resume states — not work the resume describes in a smaller role
("ran vaccination clinics" is not "launched a travel health clinic"; "reached the national final" is
not "won the national final"; "co-author" is not "first author"; "built a prototype" is not "deployed
to production"). Flags have kind ``claim`` (the judge's kind for an invented achievement).

=========  ===============================================  ===============================================
claim      sentence                                          a resume line backing it has
=========  ===============================================  ===============================================
creation   launched / founded / co-founded / established /   the object's head noun and a verb of creating
           pioneered <object>; "the <object> I launched"     (launch, found, establish, start, set up, create,
                                                             introduce, pilot, open, build, implement,
                                                             design, develop, initiate)
win        won <object>                                      a word of winning (won, winner, awarded,
                                                             champion, gold …; not "awards", an event's name)
                                                             and a content word of the object
authorship first / lead / sole author                        that role — on the line naming the sentence's
                                                             venue, the role nearest before the venue
pioneer    was / became the first <noun> in / to / among …    "first", "pioneer", "only" or "earliest" and a
           ("the first pharmacy in Leipzig to switch")       content word of the sentence (session 12)
production deployed / put / released … into production,     a word of production (production, deploy, live,
           went live                                         release, ship, launch) and a content word of the
                                                             sentence
=========  ===============================================  ===============================================

The object is the noun phrase after the verb, up to a preposition or punctuation; its head is its last
word (singular). Session 10; variants in ``tests/unit/writing/test_grounding_achievements.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.writing.grounding.context import content_words

_CREATE_CLAIM = re.compile(r"(?i)\b(?:launched|founded|co-founded|cofounded|established|pioneered)\s+"
                           r"(?:(?:a|an|the|our|my|its|their|[A-Z][\w&.-]*['’]s)\s+)?"
                           r"(?P<np>(?:[\w&'’-]+\s+){0,4}?[\w&'’-]+)(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|in|on|for|with|"
                           r"from|to|across|and|that|which|who|where|while|during|since|as|by|of)\b)")
#: The object of a relative clause before the verb: "the weekly running clinic I launched".
_RELATIVE = re.compile(r"(?i)\b(?:the|my|our|a|an)\s+(?:[\w&'’-]+\s+){0,4}?(?P<head>[\w&'’-]+)\s+(?:that\s+)?(?:I|we)\s+$")
_CREATE_BACK = re.compile(r"(?i)\b(?:launch\w*|found\w*|co-?found\w*|establish\w*|start\w*|set\s+up|creat\w*|introduc\w*|"
                          r"pilot\w*|open\w*|built|build\w*|implement\w*|design\w*|develop\w*|initiat\w*|new)\b")
_WIN_CLAIM = re.compile(r"(?i)\b(?:won|(?:named|voted|crowned)\s+(?:me|us)\s+(?:as\s+)?)\s*(?P<np>[^,.;:]+)")
#: Words of having won ("awards"/"prize" alone name the event: "reached the final of the … awards").
_WIN_BACK = re.compile(r"(?i)\b(?:won|winner|winning|awarded|received|named|voted|crowned|champion\w*|gold|silver|bronze|first\s+place|"
                       r"medal\w*|recogni[sz]ed)\b")
_AUTHOR_CLAIM = re.compile(r"(?i)\b(?:first|lead|sole|senior)[- ]author\w*")
_AUTHOR_ANY = re.compile(r"(?i)\b(?P<role>first|lead|sole|senior|co|second|last|middle)?[- ]?author\w*")
_PROD_CLAIM = re.compile(r"(?i)\b(?:deployed|put|released|shipped|pushed|moved|taken|took)\s+(?:\w+\s+){0,3}?(?:to|into|in)\s+"
                         r"production\b|\bwent\s+live\b|\binto\s+production\b")
_PROD_BACK = re.compile(r"(?i)\b(?:production|deploy\w*|live|releas\w*|ship\w*|launch\w*|rolled\s+out|in\s+use|serving)\b")
#: "was the first pharmacy in Leipzig to …", "became the first nurse on the ward to …": a first-ever claim.
_PIONEER_CLAIM = re.compile(r"(?i)\b(?:was|were|is|are|became|become|becoming|being)\s+(?:the\s+|our\s+)?first\s+"
                            r"(?:[\w'’-]+\s+){0,3}?(?:in|to|among|on)\b")
_PIONEER_BACK = re.compile(r"(?i)\b(?:first|pioneer\w*|only|earliest)\b")
_GENERIC = content_words("project program programme work team company client clients role year years")


@dataclass(frozen=True)
class Claim:
    """An achievement phrase ``text[start:end]`` of ``kind`` (creation, win, authorship, pioneer, production)."""

    start: int
    end: int
    kind: str


def _singular(word: str) -> str:
    w = word.lower()
    for a, b in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("s", "")):
        if w.endswith(a) and not w.endswith(("ss", "us", "is")):
            return w[: -len(a)] + b
    return w


def _nouns(text: str) -> set[str]:
    return {_singular(w) for w in re.findall(r"[A-Za-z][\w'’-]*", text)}


def unsupported(text: str, lines: list[str]) -> list[Claim]:
    """Achievement claims of ``text`` that no resume line backs (see the module doc)."""
    out: list[Claim] = []
    for m in _CREATE_CLAIM.finditer(text):
        head = _singular(m.group("np").split()[-1])
        rel = _RELATIVE.search(text[:m.start()])
        if rel:  # "the weekly running clinic I launched brought in …": the object comes before
            head = _singular(rel.group("head"))
        if not any(head in _nouns(ln) and _CREATE_BACK.search(ln) for ln in lines):
            out.append(Claim(m.start(), m.end(), "creation"))
    for m in _WIN_CLAIM.finditer(text):
        obj = content_words(m.group("np")) - _GENERIC
        if obj and not any(_WIN_BACK.search(ln) and obj & content_words(ln) for ln in lines):
            out.append(Claim(m.start(), m.end(), "win"))
    for m in _AUTHOR_CLAIM.finditer(text):
        if not _author_backed(text, lines):
            out.append(Claim(m.start(), m.end(), "authorship"))
    topic = content_words(text) - _GENERIC
    for m in _PIONEER_CLAIM.finditer(text):
        if not any(_PIONEER_BACK.search(ln) and topic & content_words(ln) for ln in lines):
            out.append(Claim(m.start(), m.end(), "pioneer"))
    for m in _PROD_CLAIM.finditer(text):
        if not any(_PROD_BACK.search(ln) and topic & content_words(ln) for ln in lines):
            out.append(Claim(m.start(), m.end(), "production"))
    return out


def _author_backed(text: str, lines: list[str]) -> bool:
    """A first/lead/sole-author claim: the role on the resume line naming the sentence's venue (the
    authorship word nearest before it), else on any line."""
    names = [n for n in re.findall(r"(?<![\w-])[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*", text) if n not in ("I", "My")]
    for line in lines:
        for n in names:
            pos = line.find(n)
            if pos < 0 or not _AUTHOR_ANY.search(line):
                continue
            before = list(_AUTHOR_ANY.finditer(line[:pos]))
            near = before[-1] if before else _AUTHOR_ANY.search(line)
            return (near.group("role") or "").lower() in ("first", "lead", "sole", "senior")
    return any(_AUTHOR_CLAIM.search(ln) for ln in lines)
