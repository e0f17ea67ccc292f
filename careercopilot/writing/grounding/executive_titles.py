"""Executive and officer titles written as acronyms: "promoted to CTO", "I served as CEO of a fintech" (sec125
finding 2: 30 of 45 such sentences passed — :data:`.entities.ROLE_ACRONYMS` lists them only as not-names, and
:data:`.entities.TITLE_HEADS` has no acronym but "VP").

A claim is the acronym held by the writer: after a role cue ("promoted to", "served/worked/acted as", "became",
"was named/appointed/hired/elected", "my role as", "I am/was (the)", "joined … as"), with an optional article and
qualifier ("the", "interim", "acting", "founding", "fractional", "deputy"). "reporting to the CTO", "their CFO",
"the CEO's office" and "as the CEO asked" are no claims. A claim is supported when the resume holds the acronym
(as a word) or its expansion ("Chief Technology Officer" ↔ CTO; :data:`EXPANSIONS`, the titles' usual
spellings) in any case. Kind ``title``.
"""

from __future__ import annotations

import re

#: Acronym → its spellings out (the C-suite and officer titles as US/UK companies write them).
EXPANSIONS: dict[str, tuple[str, ...]] = {
    "CEO": ("chief executive officer", "chief executive"),
    "CTO": ("chief technology officer", "chief technical officer"),
    "CFO": ("chief financial officer", "chief finance officer"),
    "COO": ("chief operating officer", "chief operations officer"),
    "CIO": ("chief information officer", "chief investment officer"),
    "CISO": ("chief information security officer",),
    "CSO": ("chief security officer", "chief strategy officer", "chief scientific officer", "chief science officer"),
    "CPO": ("chief product officer", "chief people officer", "chief procurement officer", "chief privacy officer"),
    "CMO": ("chief marketing officer", "chief medical officer"),
    "CRO": ("chief revenue officer", "chief risk officer", "chief research officer"),
    "CHRO": ("chief human resources officer",),
    "CDO": ("chief data officer", "chief digital officer", "chief design officer"),
    "CCO": ("chief commercial officer", "chief compliance officer", "chief customer officer"),
    "CNO": ("chief nursing officer",),
    "CAO": ("chief administrative officer", "chief accounting officer"),
    "CXO": ("chief experience officer",),
    "SVP": ("senior vice president", "senior vice-president", "senior vp"),
    "EVP": ("executive vice president", "executive vice-president", "executive vp"),
    "AVP": ("assistant vice president", "associate vice president"),
    "GM": ("general manager",),
    "MD": ("managing director", "m.d.", "doctor of medicine"),
}

_ACRONYM = "|".join(sorted(EXPANSIONS, key=len, reverse=True))
_QUALIFIER = r"(?:(?:the|a|an|our|its)\s+)?(?:(?:interim|acting|founding|fractional|deputy|first|sole|co-)\s*)?"
_CUE = (r"(?:promoted\s+to|(?:served|worked|acted|stepped\s+in|stayed\s+on|continued|joined\s+[^.;\n]{1,60}?|hired|"
        r"brought\s+(?:on|in)|took\s+over)\s+as|became|become|becoming|was\s+(?:named|appointed|elected|made|hired\s+as)|"
        r"(?:my|a)\s+(?:role|position|time|tenure|years?|stint)\s+as|(?:role|position|title)\s+of|"
        r"\bI\s+(?:am|was|have\s+been|had\s+been|remain(?:ed)?)|\bI['’]m|\bas)")
_CLAIM = re.compile(rf"\b(?i:{_CUE})\s+{_QUALIFIER}(?P<a>{_ACRONYM})\b(?!['’]s\b|-level|\s+(?:asked|requested|said|noted|put|"
                    rf"wanted|suggested|approved|decided|announced|of\s+(?:your|the\s+company\s+you))\b)")


_OTHERS = re.compile(r"(?i)\b(?:to|with|for|under|by|our|their|his|her|its|company['’]s)\s+(?:the\s+)?$")
_WANTED = re.compile(r"(?i)\b(?:to|would|will|could|can|might|I['’]d|hope|hoping|love|like)(?:\s+\w+)?\s+\w?$")


def supported(acronym: str, resume: str) -> bool:
    """``resume`` holds ``acronym`` as a word (all-caps only: "Md" is a name) or one of its :data:`EXPANSIONS`
    (any case, hyphen or space) — as the user's title, not another person's ("reported to the CTO", "with our
    CFO": an article, possessive or preposition before it)."""
    flat = re.sub(r"[ \t-]+", " ", resume)
    forms = [rf"(?<![\w-]){acronym}(?![\w-])"] + [rf"(?i:\b{re.escape(e.replace('-', ' '))})" for e in EXPANSIONS[acronym]]
    for m in re.finditer("|".join(forms), flat):
        if not _OTHERS.search(flat[max(0, m.start() - 20):m.start()]):
            return True
    return False


def unsupported(text: str, resume: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each acronym title ``text`` claims for the writer that ``resume`` does not hold."""
    out = []
    for m in _CLAIM.finditer(text):
        if _WANTED.search(text[max(0, m.start() - 30):m.start() + 1]):
            continue  # the role applied for: "eager to serve as CTO", "I would join as GM"
        if not supported(m.group("a"), resume):
            out.append((m.start("a"), m.end("a")))
    return out
