"""Reach over several units without a count (session 21, ground22; set 17 "P&L responsibility for a portfolio of
Nevada resorts" for one resort, set 12 "I run a portfolio of hotels across Lisbon" for one hotel): a collective
noun ("portfolio", "network", "chain", "group", "cluster" of …) or a plural quantifier ("multiple", "several",
"numerous") before a plural noun claims more than one of it.

A claim is **backed** by a resume line that is not a history header (a header names the employer, whose own
"Desert Crown Hotels" says nothing of the user's reach) and writes the noun in the plural ("resorts", "3 hotels",
"two properties"), a count above one of it, or the collective noun itself ("portfolio", "multi-site",
"multi-property"). Counted claims ("a portfolio of 12 hotels") are the numbers check's. Kind ``scale``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.writing.grounding.text import fold_accents

_COLLECTIVE = r"portfolio|network|chain|group|cluster"
CLAIM_RE = re.compile(
    r"(?i)\b(?:(?:a|an|the|my|our|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<coll>" + _COLLECTIVE + r")\s+of\s+"
    r"|(?P<quant>multiple|several|numerous)\s+)"
    r"(?P<np>(?:(?!(?:the|a|an|our|my|their)\b)[\w&'’-]+\s+){0,3}?(?P<noun>[a-z]{3,}(?:s|es)))\b(?!['’])")
#: Plural words that are no units: "responsibilities", "years", "services".
_NOT_UNITS = frozenset("years months weeks days hours times ways things skills responsibilities duties tasks services "
                       "products people staff partners stakeholders customers clients patients students employees "
                       "members users guests projects initiatives programs programmes areas levels roles functions "
                       "disciplines languages needs issues topics types kinds sorts parts "
                       # whom and what one works with, not units one runs ("I work with several departments")
                       "departments teams vendors suppliers specialties sources systems tools technologies methods "
                       "cultures friends colleagues".split())


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    phrase: str
    noun: str  # plural, lower case
    collective: str | None


def claims(text: str) -> list[Claim]:
    """Uncounted reach over several units in ``text`` (see the module doc)."""
    out = []
    for m in CLAIM_RE.finditer(text):
        noun = m.group("noun").lower()
        if noun in _NOT_UNITS or noun.endswith(("ss", "us", "is")) or re.search(r"\d", m.group("np")):
            continue
        out.append(Claim(m.start(), m.end(), m.group(0), noun, (m.group("coll") or "").lower() or None))
    return out


def _singulars(noun: str) -> set[str]:
    out = {noun[:-1]}
    if noun.endswith("es"):
        out.add(noun[:-2])
    if noun.endswith("ies"):
        out.add(noun[:-3] + "y")
    return out


_COUNT = r"(?:[2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|\d+\+?)"


def backed(claim: Claim, lines: list[str], headers: set[str]) -> bool:
    """A resume line not in a history header writes the claim's noun in the plural, a count above one of it, or the
    claim's collective noun or a "multi-" word ("multi-site", "multi-property")."""
    plural = claim.noun
    singular = "|".join(re.escape(s) for s in sorted(_singulars(plural), key=len, reverse=True))
    for line in lines:
        if any(line.strip() and line.strip() in h for h in headers):
            continue
        low = fold_accents(line).lower()
        if re.search(rf"\b{re.escape(plural)}\b", low) or re.search(rf"\b{_COUNT}\s+(?:[\w-]+\s+){{0,2}}(?:{singular})s?\b", low):
            return True
        if (claim.collective and re.search(rf"\b{claim.collective}\b", low)) or re.search(r"\bmulti-?\w+", low):
            return True
    return False


def unsupported(text: str, lines: list[str], headers: set[str]) -> list[Claim]:
    """Claims of ``text`` no resume line backs."""
    return [c for c in claims(text) if not backed(c, lines, headers)]
