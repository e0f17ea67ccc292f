"""Credentials the person does not hold, named by their initials or through a body they only belong to (session 29,
ground109; set 25's certification misses: "board certified in pharmacotherapy (BCPS)" on a BCOP's resume, "the SPE
Petroleum Engineering Certification" for «Society of Petroleum Engineers (SPE), member»).

**Initials claimed as a credential**: a capitals token of the sentence (2–7 capitals or digits, a leading capital, an
inner lower-case letter allowed: "BCPS", "CCRN", "FRICS", "CEng") in a credential frame — in brackets after a phrase
with a credential word ("board certified in …", "certified", "licensed", "registered", "chartered", "fellow"), before a
credential noun ("the CISA certification", "my CFE credential", "PMP-certified"), or after "hold/earned/passed the"
— that the resume neither writes as a word nor spells as the initials of consecutive words of one line
(:func:`.context.initialism_in`). Specialty boards sit side by side (BPS: BCPS, BCOP, BCCP, BCACP; AACN: CCRN, PCCN;
BCEN: CEN, CPEN; AHIMA: RHIA, RHIT), as do the grades of one body (MRICS/FRICS, ACCA/FCCA, IEng/CEng), so one held
says nothing of the next.

**A body the resume gives as a membership**: the sentence names a body ("SPE", "IEEE", "ASQ") with a credential word
in its clause ("the SPE … Certification", "IEEE-certified", "an ASQ certified quality engineer") and every resume line
naming that body is a membership ("member", "membership", "affiliate", "Member, Nigerian Society of Engineers (MNSE)")
with no credential word of its own.

Kind ``certification``. Variants in ``tests/unit/writing/test_grounding_credential_holdings.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx

_TOKEN = r"(?P<tok>(?-i:[A-Z](?:[A-Z0-9]|[a-z](?=[A-Z])){1,6}))"
_CRED_NOUN = (r"(?:credentials?|certifications?|certificates?|designations?|licen[cs]es?|registrations?|exams?|"
              r"boards?|charter|status)")
_CRED_WORD = re.compile(r"(?i)\b(?:certif\w*|licen[cs]\w*|registered|chartered|accredited|credential\w*|board[- ]"
                        r"certified|diplomate|fellow(?:ship)?|designation)\b")
#: The frames a capitals token stands in as a credential.
_FRAMES = [
    # "board certified in pharmacotherapy (BCPS)", "a registered health information administrator (RHIA)"
    re.compile(r"(?i)(?P<lead>\b(?:certif\w*|licen[cs]ed|registered|chartered|accredited|fellow|diplomate)\b[^.;()]{0,60}?)"
               r"\(" + _TOKEN + r"\)"),
    # "the CISA certification", "my CFE credential", "PMP-certified", "CCRN-credentialed"
    re.compile(r"(?i)(?<![\w-])" + _TOKEN + r"(?:\s+" + _CRED_NOUN + r"\b|-(?:certified|credentialed|licensed|"
               r"registered|chartered)\b)"),
    # "I hold the FRICS", "earned the CCRN", "passed the CPA"
    re.compile(r"(?i)\b(?:hold|holds|held|earned|earn|passed|obtained|gained|attained|awarded)\s+(?:the\s+|my\s+|an?\s+)?"
               + _TOKEN + r"(?![\w-])"),
]
#: Initials shaped like a degree's ("BSME", "MSN", "MPH", "DNP", "BEng"): left to the degree checks.
_DEGREE_LIKE = re.compile(r"(?:[BMD](?:S|A|Sc|Eng|Ed|N|PH|P|Arch|Com|Tech|Phil)|Ph|LL|JD|AA)")
_MEMBER = re.compile(r"(?i)\b(?:members?|membership|affiliates?|associate\s+members?|student\s+members?)\b")


def _unheard_initials(text: str, source: str) -> list[tuple[int, int]]:
    from careercopilot.writing.grounding import entities as ent

    degrees = [(s, e) for s, e, _ in ent.find_degrees(text)]  # "a PhD in orthodontics": the degree checks judge it
    out = []
    for rx in _FRAMES:
        for m in rx.finditer(text):
            tok = m.group("tok")
            # (written with a suffix counts: "CREA-GO" for "CREA-registered", "AGPO-registered firms")
            if sum(c.isupper() for c in tok) < 2 or re.search(rf"(?<![\w-]){re.escape(tok)}(?![\w])", source):
                continue
            if any(s < m.end("tok") and m.start("tok") < e for s, e in degrees) or _DEGREE_LIKE.match(tok):
                continue
            if ctx.initialism_in(tok, source):
                continue
            out.append((m.start("tok"), m.end("tok")))
    return out


def _member_only(text: str, lines: list[str]) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"(?<![\w-])[A-Z](?:[A-Z&]|[a-z](?=[A-Z])){1,6}(?![\w-])", text):
        tok = m.group(0)
        clause = re.split(r"[.;!?]\s|,\s", text[max(0, m.start() - 60):m.end() + 60])
        pos = min(m.start(), 60)
        # the clause holding the token
        acc, here = 0, ""
        for part in clause:
            if acc <= pos < acc + len(part) + 2:
                here = part
                break
            acc += len(part) + 2
        if not _CRED_WORD.search(here) or re.search(r"(?i)\bmember", here):
            continue
        own = [ln for ln in lines if re.search(rf"(?<![\w-]){re.escape(tok)}(?![\w-])", ln)]
        if own and all(_MEMBER.search(ln) and not _CRED_WORD.search(re.sub(r"\([^)]*\)", "", ln)) for ln in own):
            out.append((m.start(), m.end()))
    return out


def unsupported(text: str, lines: list[str], source: str) -> list[tuple[int, int]]:
    """Spans of ``text`` naming a credential the resume (``lines``, raw ``source``) does not give (see the module doc)."""
    spans = sorted(set(_unheard_initials(text, source) + _member_only(text, lines)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if not any(s < oe and os < e for os, oe in out):
            out.append((s, e))
    return out
