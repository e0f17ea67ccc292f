"""A title claimed in lower case whose head noun is not the one the resume gives that line of work (session 25,
ground62; set 21's "I am the state apiarist for North Carolina" for "Regional Apiary Inspector" and "I am the
ventilation engineer for the mine" for "Senior Ventilation Officer"): an officer is no engineer, an inspector no
apiarist, a technician no technologist, an assistant no associate — the head names another job, often a rung up.

A **claim** is a lower-case phrase of one to four words after "I am / I'm / I was / I've been / I work as / I serve
as" and an article or possessive, ending in a job noun (:func:`_job_noun`: a title head of
:data:`.entities.TITLE_HEADS`, or an agent ending: -ist, -er, -or, -ian, -eer, -wright, -smith, and the CV languages'
-eur, -ador, -ista, -ero, -iker, -ör) before a preposition or the clause's end. It is **anchored** to a resume title
segment (a non-bullet line cut at "|", "—", ",", "(", "/", ending in a job noun) when a word of the claim shares its
first five letters with a word of the segment ("ventilation" / "Ventilation", "apiarist" / "Apiary"; rank and scope
words aside). It is **flagged** when it is anchored, no anchored segment ends in the claim's head (the same word, a
spelling of :data:`.entities.TITLE_SPELLINGS`, a plural, or the two heads filed under one occupation:
:func:`.entities.same_job`), and the resume writes neither the head word nor a job noun of its root in another
language (:func:`.names.foreign_word`: "adviseur" for "adviser", not "technician" for "technologist"; a head the
resume uses elsewhere — "Lead 5 ventilation officers" — is left to :mod:`.titles`). Word order and abbreviations do
not change the head ("officer for ventilation", "sr. ventilation officer"). A phrase opening on a word of standing
("registered", "licensed": a credential, :mod:`.licence_titles`') or whose initials end a capitals token of the resume ("RDH") is left
alone. Kind ``title``. Variants in
``tests/unit/writing/test_grounding_title_heads.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding.context import BULLET_RE
from careercopilot.writing.grounding.names import foreign_word
from careercopilot.writing.grounding.text import fold_accents

_HEADS = frozenset(h.lower() for h in ent.TITLE_HEADS.split("|"))
#: Agent endings of English and of the CV languages a title is written in ("adviseur", "directeur", "operador",
#: "analista", "ingeniero", "mekaniker", "operatör").
_AGENT_END = re.compile(r"(?:ist|er|or|ian|eer|wright|smith|eur|euse|ador|ista|ero|iker|ör)$")
#: Words ending like an agent that name no job ("other", "order", "river", "floor", "the water", "summer").
_NOT_AGENT = frozenset("other another order water river floor door under over after never ever either neither "
                       "together member number summer winter corner paper border matter letter center centre "
                       "chapter quarter register computer sector minor major interior exterior senior junior "
                       "prior error color colour honor honour labor labour favor favour tractor reactor motor "
                       "monitor elevator generator vendor mirror meter tower power hour year asian higher lower "
                       "longer shorter bigger smaller better larger greater earlier later newer older further "
                       "faster slower stronger".split())
#: "I am the/a …" and its past and work forms, then the phrase (group ``t``) up to a preposition or the clause's end.
_CLAIM = re.compile(
    r"\b(?:I\s+(?:am|was|have\s+been|had\s+been|work(?:ed)?\s+as|serve[ds]?\s+as|now\s+serve\s+as)|I['’]m|I['’]ve\s+been)"
    r"\s+(?:(?:currently|now|also|still)\s+)?(?:the|an?|our|its|their)\s+"
    r"(?P<t>(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)(?=\s+(?:for|at|of|in|on|with|to|and|since|who|across|over)\b|\s*[,.;:!?]|\s*$)")
#: Words of standing that make the phrase a credential's name, not a job title ("a registered dental hygienist").
_STANDING = frozenset("registered licensed certified qualified chartered accredited board-certified sworn".split())
#: Seniority and scope words that are no anchor (the rung is :mod:`.titles`' check).
_NO_ANCHOR = frozenset("senior sr junior jr lead chief head principal assistant associate deputy state regional "
                       "national district county city area general the a an of and for".split())


def _root(word: str) -> str:
    return word[:5]


def _same_head(claim: str, have: str) -> bool:
    if claim == have or claim.rstrip("s") == have.rstrip("s"):
        return True
    return any(claim in g and have in g for g in ent.TITLE_SPELLINGS)


def _job_noun(word: str) -> bool:
    return word not in _NOT_AGENT and (word in _HEADS or (len(word) > 4 and _AGENT_END.search(word) is not None))


def _segments(resume_text: str) -> list[list[str]]:
    """Word lists (lower case) of the resume's non-bullet line segments ending in a job noun (:func:`_job_noun`: a
    title, not "Aviation Safety" of a course or a department)."""
    out = []
    for line in resume_text.splitlines():
        if not line.strip() or BULLET_RE.match(line):
            continue
        for seg in re.split(r"[|—–,;()/·]|\s-\s", line):
            words = re.findall(r"[a-z][a-z-]+", seg.lower())
            if words and _job_noun(words[-1]):
                out.append(words)
    return out


def unsupported(text: str, resume_text: str) -> list[tuple[int, int]]:
    """Spans of ``text``'s lower-case title claims whose head the resume does not give that work (module doc)."""
    out = []
    low_resume = resume_text.lower()
    segments = None
    for m in _CLAIM.finditer(text):
        words = m.group("t").split()
        if {"or", "and"} & set(words):
            continue  # "a sous chef or higher", "a welder and fitter": no one title
        head = words[-1]
        if not _job_noun(head):
            continue
        if re.search(rf"(?<![a-z]){re.escape(head.rstrip('s'))}(?:s|es)?(?![a-z])", low_resume) or any(
                _job_noun(w) and foreign_word(fold_accents(w))
                for w in re.findall(rf"(?<![a-z]){re.escape(_root(head))}[a-zà-ÿ]*", low_resume)):
            continue  # the resume writes the head word or its cognate job noun ("adviseur" for "adviser"): a title it
            #           may hold (:mod:`.titles` reads it); "apiary" is no job noun for "apiarist", "technician" an
            #           English word of its own for "technologist"
        if words[0] in _STANDING or re.search(rf"\b[A-Z]*{''.join(w[0] for w in words).upper()}\b", resume_text):
            continue  # "a registered dental hygienist": a credential's standing (:mod:`.licence_titles`), or "RDH"
        segments = segments if segments is not None else _segments(resume_text)
        keys = {_root(w) for w in words if w not in _NO_ANCHOR and len(w) >= 4}
        anchored = [seg for seg in segments if keys & {_root(w) for w in seg if len(w) >= 4}]
        if not anchored:
            continue
        if any(_same_head(head, seg[-1]) or ent.same_job(" ".join(seg[-len(words):]), " ".join(words))
               for seg in anchored):
            continue
        out.append((m.start("t"), m.end("t")))
    return out
