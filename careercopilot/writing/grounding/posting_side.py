"""The posting-side grounding check: what a document says ABOUT THE POSTING must be in the posting.

The resume-side checker (:func:`careercopilot.writing.grounding.check`) verifies the user's facts
against the resume; a sentence such as "Your posting asks for skills I use in my work, including
PostgreSQL, Python and FastAPI" passes it when the resume has all three, even though the posting asks
for C#/.NET and Azure (trial of session 16). :func:`check_posting_claims` reads the claims a document
makes about the posting, the role or the employer and flags (kind ``posting``) each skill or figure in
them that the posting does not support.

A claim is the rest of a clause (up to the sentence's end, a semicolon, a colon between spaces, or a
coordinated clause about the writer: ", and I …", ", y las uso …", ", mais je …") after a cue
(:data:`CLAIM_CUES`, English, Spanish and French, as the offline templates and LLM letters phrase them):

==========  ====================================================================================
kind        cue (subject + verb) → what must hold
==========  ====================================================================================
``asks``    "your posting / the role / the job description / you / <Company> … asks for, is
            looking for, calls for, seeks, wants, emphasises, lists, mentions", "your need for",
            "the role's focus on", "su oferta pide", "votre offre demande", "vous recherchez"
            → each skill is one the posting asks for (its title, its required, duty or preferred
            sections: :func:`careercopilot.normalize.posting_sections.read_posting`) — a skill
            the posting names only in its company blurb is not asked for
``requires`` "… requires, needs, must have, insists on", "su oferta requiere / exige", "votre offre
            exige / requiert" → as ``asks``, and not one the posting lists only as preferred
            ("The posting lists PostgreSQL as desired, not required")
``company`` "<Company> / your team / your company / your stack … uses, builds, runs on, relies on,
            works with, offers, provides, is, has" → each skill appears anywhere in the posting
==========  ====================================================================================

In every claim a figure ("5+ years", "$180,000", "three offices" is not read: digits only) must be
one the posting states. The company's name and the posting's title are the posting's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from careercopilot.normalize.posting_sections import PostingAsks, read_posting
from careercopilot.normalize.skills import _find as find_skills
from careercopilot.normalize.skills import extract_skills
from careercopilot.writing.grounding.facts import Flag

__all__ = ["CLAIM_CUES", "check_posting_claims", "merge"]

_SUBJECT = (r"(?:(?:your|the|this)\s+(?:job\s+)?(?:posting|post|listing|ad|advert(?:isement)?|job\s+description|"
            r"description|role|position|job|opening|vacancy|opportunity|requirements?|qualifications)|"
            r"the\s+(?:posting|role|position|job)'s\s+requirements|you(?:'re|\s+are)?)")
_ASK_VERB = (r"(?:asks?|asking|asked|calls?|calling)\s+for|(?:is|are|'re|were)?\s*(?:looking|searching|hiring)\s+for|"
             r"seeks?|seeking|wants?|emphasi[sz]es|emphasi[sz]ing|highlights?|prioriti[sz]es|focus(?:es)?\s+on|"
             r"lists?|mentions?|names|specifies|expects?|values|includes?|stresses|centers\s+on|revolves\s+around")
_REQ_VERB = r"requires?|requiring|needs?|must\s+have|insists\s+on|demands?|mandates"
_NOUN_ASK = (r"(?:your|the\s+(?:posting|role|position|job)'s|the\s+role's)\s+(?:need|emphasis|focus|interest|"
             r"request|call|search)\s+(?:for|on|in)")
_NOUN_REQ = r"(?:your|the\s+(?:posting|role|position|job)'s)\s+(?:requirements?|must-haves?)\s+(?:of|for|include|are)"
_ES = (r"(?:su|la|esta)\s+(?:oferta|vacante|descripción|convocatoria|puesto)\s+(?:pide|busca|menciona|valora|"
       r"destaca|solicita)|\bpiden\b|\bbuscan\b|\bsolicitan\b")
_ES_REQ = (r"(?:su|la|esta)\s+(?:oferta|vacante|descripción|convocatoria|puesto)\s+(?:requiere|exige)|"
           r"\brequieren\b|\bexigen\b")
_FR = (r"(?:votre|l'|cette)\s*(?:offre|annonce|poste|description)\s+(?:demande|recherche|mentionne|cite|valorise|"
       r"met\s+l'accent\s+sur)|\bvous\s+(?:demandez|recherchez|cherchez)\b")
_FR_REQ = r"(?:votre|l'|cette)\s*(?:offre|annonce|poste|description)\s+(?:exige|requiert|impose)|\bvous\s+exigez\b"
_COMPANY_SUBJ = r"(?:your\s+(?:team|company|organi[sz]ation|stack|platform|product|engineers)|{company})"
_COMPANY_VERB = (r"(?:uses?|using|builds?|runs?\s+on|is\s+built\s+on|relies\s+on|works?\s+with|offers?|provides?|"
                 r"has|is|are|develops?|makes?|operates?|serves?|ships?)")

#: ``(kind, pattern source)``; ``{company}`` is replaced by the escaped employer name
CLAIM_CUES: tuple[tuple[str, str], ...] = (
    ("requires", rf"\b{_SUBJECT}\s+(?:also\s+|clearly\s+|specifically\s+)?(?:{_REQ_VERB})\b"),
    ("requires", rf"\b{_NOUN_REQ}\b"),
    ("requires", rf"(?i:{_ES_REQ}|{_FR_REQ})"),
    ("asks", rf"\b{_SUBJECT}\s+(?:also\s+|clearly\s+|specifically\s+)?(?:{_ASK_VERB})\b"),
    ("asks", rf"\b{_NOUN_ASK}\b"),
    ("asks", rf"(?i:{_ES}|{_FR})"),
    ("company", rf"\b{_COMPANY_SUBJ}(?:'s\s+(?:team|engineers|platform|product))?\s+(?:also\s+)?{_COMPANY_VERB}\b"),
)
#: where a claim ends: the sentence, a semicolon, a spaced colon, or a coordinated clause about the writer
_CLAIM_END = re.compile(
    r"[.!?](?=\s|$)|;|\s:\s|\n|,\s+(?:and|but|so|while|whereas|which|y|pero|et|mais|que)\s+(?:I|I'm|I've|my|me|las|"
    r"los|les|je|j'|mis|mes|mi|mon|ma)\b|\s[—–]\s(?:I|my|je|yo)\b|,\s+(?:as|where)\s+I\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class _Posting:
    asks: PostingAsks
    asked: frozenset[str]  # title + every tier
    required: frozenset[str]  # title + required + duties
    mentioned: frozenset[str]  # anywhere in the posting
    numbers: frozenset[float]


@lru_cache(maxsize=32)
def _posting(posting_text: str, company: str, title: str) -> _Posting:
    asks = read_posting(posting_text, company=company or None)
    own = set(extract_skills(title)) | set(extract_skills(company))
    numbers = {_value(m.group(0)) for m in _NUMBER.finditer(posting_text + " " + title)}
    return _Posting(asks, frozenset(own | set(asks.everything)), frozenset(own | set(asks.asked)),
                    frozenset(own | set(extract_skills(posting_text))), frozenset(n for n in numbers if n is not None))


def _value(raw: str) -> float | None:
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


@lru_cache(maxsize=32)
def _cues(company: str) -> tuple[tuple[str, re.Pattern], ...]:
    name = re.escape(company.strip()) if len(company.strip()) >= 2 else r"(?!x)x"
    return tuple((k, re.compile(src.replace("{company}", name), re.IGNORECASE)) for k, src in CLAIM_CUES)


def _claims(text: str, company: str) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` of each claim about the posting: the words after its cue, up to the clause's
    end or the next cue. Of two overlapping cues the first listed (``requires``, ``asks``, ``company``) wins."""
    cues: list[tuple[str, int, int]] = []
    for kind, rx in _cues(company):
        for m in rx.finditer(text):
            if not any(s < m.end() and m.start() < e for _, s, e in cues):
                cues.append((kind, m.start(), m.end()))
    cues.sort(key=lambda c: c[1])
    out = []
    for i, (kind, _, ce) in enumerate(cues):
        end = _CLAIM_END.search(text, ce)
        stop = min(end.start() if end else len(text), cues[i + 1][1] if i + 1 < len(cues) else len(text))
        out.append((kind, ce, stop))
    return out


def check_posting_claims(text: str, posting_text: str, *, company: str = "", title: str = "") -> list[Flag]:
    """Flags (kind ``posting``) for skills and figures that ``text`` says the posting asks for, requires
    or the employer uses, and the posting does not (module rules). Without a posting text: none."""
    if not (posting_text or "").strip():
        return []
    p = _posting(posting_text, company or "", title or "")
    allowed = {n for _, _, n in find_skills(company or "")}
    flags: list[Flag] = []
    for kind, cs, ce in _claims(text, company or ""):
        for s, e, name in find_skills(text[cs:ce]):
            s, e = s + cs, e + cs
            if name in allowed:
                continue
            surface = text[s:e]
            if kind == "company":
                if name not in p.mentioned:
                    flags.append(Flag("posting", s, e, surface, f"The posting does not mention {surface}."))
            elif name not in p.asked:
                where = (" only in its description of the employer" if name in p.mentioned else "")
                flags.append(Flag("posting", s, e, surface, f"The posting does not ask for {surface}"
                                  + (f"; it names it{where}." if where else ".")))
            elif kind == "requires" and name not in p.required:
                flags.append(Flag("posting", s, e, surface,
                                  f"The posting lists {surface} as desired, not required."))
        for m in _NUMBER.finditer(text, cs, ce):
            v = _value(m.group(0))
            if v is not None and v not in p.numbers:
                flags.append(Flag("posting", m.start(), m.end(), m.group(0), "The posting does not state this figure."))
    return flags


def merge(flags: list[Flag], more: list[Flag]) -> list[Flag]:
    """Both lists sorted by position; a posting-side flag on a span already flagged is dropped."""
    have = {(f.start, f.end) for f in flags}
    return sorted(flags + [f for f in more if (f.start, f.end) not in have], key=lambda f: (f.start, f.end))
