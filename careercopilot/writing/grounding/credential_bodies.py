"""Credentials named from the words of a body's name, and open tiers of a limited licence (session 30, ground120;
set 26's certification misses: "a Certified Wine Educator with the Society of Wine Educators" on a CV holding
«Certified Specialist of Wine (CSW), Society of Wine Educators», "an unlimited-tonnage master's licence from the Coast
Guard" for «USCG … Master of Vessels of Not More Than 1,600 GRT»).

**Body words** (:func:`borrowed`): a credential phrase of the sentence (:func:`.entities.find_certifications`)
whose every word stands on a resume line only when the words of a body's name there count (:data:`BODY_RE`:
"Society of Wine Educators", "Court of Master Sommeliers", "Board of Certified Safety Professionals", "Institute
of Internal Auditors") while the line names its own credential outside the body (a credential word or a capitals
token: «Certified Specialist of Wine (CSW)», «Associate Safety Professional (ASP)»): the body's name is who grants
it, not the credential held. The phrase's initials inside a capitals token of the line back it («ACA, Institute of
Chartered Accountants …» holds a "Chartered Accountant"); a line naming only a membership ("Member, Institute of
Internal Auditors") is :mod:`.credential_holdings`'.

**Open tiers** (:func:`open_tier`): "unlimited", "unrestricted", "any-tonnage" before a credential noun (licence,
certificate, endorsement, rating, permit, ticket, credential, registration; up to four words between, "(unlimited)"
after one) claim the open tier of a licence that comes in limits (USCG masters and engineers by tonnage or
horsepower, contractors by job value, radiotelephone and medical licences by restriction). Backed when a resume line
writes an open word with a word of the claim's base ("master", "chief engineer", "electrical") or its initials
(«EASA ATPL(A), unrestricted since 2019»), or — the claim naming no base — with a credential noun. A resume
naming no credential at all is left to the other checks. Kind ``certification``, through :mod:`.recall_hooks`.
Variants in ``tests/unit/writing/test_grounding_variants_credential_bodies.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding.text import fold_accents

#: A body's name: an organisation noun with capitalised words before it and an "of/for …" part of up to four
#: capitalised words after it (to the first plural: "Court of Master Sommeliers Advanced Sommelier" keeps "Advanced
#: Sommelier" out).
_ORG = (r"(?:Society|Association|Court|Guild|Institute|Institution|Academy|College|Council|Board|Federation|Chamber|"
        r"Commission|Order|Register|Registry|Union|Conference|Corps)\b(?![\s-]+[Cc]ertified)")
#: A capitalised word of a body's name: no credential noun ("… Board of Respiratory Therapy License": the licence's).
_CAP = r"(?!(?:Licen[cs]e|Certificate|Certification|Registration|Permit|Diploma|Award|Credential)\b)[A-Z][\w'’.-]*"
BODY_RE = re.compile(
    rf"(?:\b[A-Z][\w'’.-]*\s+){{0,3}}\b{_ORG}"
    rf"\s+(?:of|for|on|in)\s+(?:the\s+)?(?:(?:{_CAP}\s+){{0,3}}?{_CAP}s\b|(?:{_CAP}\s+){{0,3}}{_CAP})"
    rf"|(?:\b[A-Z][\w'’.-]*\s+){{1,3}}{_ORG}")  # "Society of Wine Educators"; "Piano Technicians Guild"
#: Words of a credential phrase that name no particular credential.
_CUE_WORDS = frozenset("certified licensed registered certificate certification credential licence license holder "
                       "diploma award i am a an the my of in for with and".split())
#: A credential of the line's own, outside the body's name.
_OWN_CREDENTIAL = re.compile(r"(?i)\b(?:certif\w*|licen[cs]\w*|diploma\w*|award|registered|specialist|credential|"
                             r"qualif\w*|accredit\w*)\b|(?-i:\b[A-Z]{2,6}\b)")


#: A credential noun right after a body's name: the body names the credential ("Alabama Board of Respiratory Therapy
#: License 4418", "Institute of Internal Auditors certificate") — its words are the credential's own.
_NAMES_CREDENTIAL = re.compile(r"(?i)\s*(?:licen[cs]e|certificate|certification|registration|permit|diploma|award|"
                               r"credential)\b")


def _without_bodies(text: str) -> str:
    """``text`` with the bodies' names (:data:`BODY_RE`) blanked, but for one naming a credential right after it."""
    return BODY_RE.sub(lambda m: m.group(0) if _NAMES_CREDENTIAL.match(text, m.end()) else " ", text)


def _words(text: str) -> list[str]:
    return [w[:6] for w in re.findall(r"[a-z0-9]+", fold_accents(text).lower()) if w not in _CUE_WORDS]


def borrowed(phrase: str, lines: list[str]) -> bool:
    """Every word of the credential ``phrase`` stands on a resume line only with a body's name counted (see the
    module doc)."""
    own = _without_bodies(phrase)  # (the sentence's own words of a body are the body's: "SWE Certified …")
    want = set(_words(own))
    if not want:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", phrase)).upper()
    seen = False
    for line in lines:
        if not want <= set(_words(line)):
            continue
        outside = _without_bodies(line)
        if want <= set(_words(outside)):
            return False
        if len(initials) >= 2 and any(initials in tok for tok in re.findall(r"\b[A-Z]{2,8}\b", outside)):
            return False  # «ACA, Institute of Chartered Accountants …»: the phrase's initials
        seen = seen or bool(_OWN_CREDENTIAL.search(outside))
    return seen


def unsupported_bodies(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Spans of credential phrases of ``text`` named from a body's words (:func:`borrowed`)."""
    out = []
    for s, e, _ in ent.find_certifications(text):
        phrase = text[s:e]
        lead = re.match(r"(?:(?:[a-z][\w'’-]*|I)[ \t]+)+(?=[A-Z0-9])", phrase)
        if lead:
            s, phrase = s + lead.end(), phrase[lead.end():]
        if re.search(r"[A-Z]", re.sub(r"\bI\b", "", phrase)) and borrowed(phrase, lines):
            out.append((s, e))
    return out


_OPEN = r"unlimited|unrestricted|any[\s-]+tonnage|all[\s-]+tonnages"
_NOUN = r"licen[cs]es?|certificates?|endorsements?|ratings?|permits?|tickets?|credentials?|registrations?"
#: An open tier before a credential noun ("an unlimited-tonnage master's licence", "an unrestricted electrical
#: licence") or after one ("a master's licence (unlimited)", "Chief Engineer Unlimited licence").
OPEN_RE = re.compile(
    rf"(?i)\b(?P<open>{_OPEN})(?:[\s-]+(?:tonnage|horsepower|hp|grt|gt))?(?P<base>(?:[\s-]+[\w'’/]+){{0,4}}?)\s+"
    rf"(?P<noun>{_NOUN})\b"
    rf"|(?P<base2>(?:[\w'’/]+\s+){{1,3}}?)(?P<noun2>{_NOUN})\s*\(\s*(?P<open2>{_OPEN})\s*\)")
_LINE_OPEN = re.compile(rf"(?i)\b(?:{_OPEN})\b")
_LINE_NOUN = re.compile(r"(?i)\b(?:certif\w*|licen[cs]\w*|credentials?|endorse\w*|permits?|ratings?|tickets?|"
                        r"mmc|stcw)\b")
_BASE_SKIP = frozenset("a an the my our uscg coast guard state federal full current valid".split())


def open_tier(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` claiming an open tier no resume line writes with the claim's base (see the module doc)."""
    if not any(_LINE_NOUN.search(line) for line in lines):
        return []
    out = []
    for m in OPEN_RE.finditer(text):
        base_text = m.group("base") if m.group("open") else m.group("base2")
        if m.group("open"):  # a rank written before the open word: "a Chief Engineer Unlimited licence"
            before = re.search(r"((?:[A-Z][\w'’]*\s+){1,3})$", text[max(0, m.start() - 40):m.start()])
            base_text = (before.group(1) if before else "") + " " + base_text
        base = {w[:5] for w in re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", base_text.lower()))
                if w not in _BASE_SKIP and len(w) > 1}
        backed = False
        for line in lines:
            if not _LINE_OPEN.search(line):
                continue
            words = {w[:5] for w in re.findall(r"[a-z]+", line.lower())}
            # a word of the base on the line, or its capitals' initials ("EASA ATPL(A), unrestricted since 2019")
            caps = "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", base_text))
            if base & words or not base and _LINE_NOUN.search(line) or len(caps) >= 2 and caps in line:
                backed = True
                break
        if not backed:
            out.append((m.start(), m.end()))
    return out
