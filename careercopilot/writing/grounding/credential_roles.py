"""Credentials of a role: "ISO 22000 lead auditor", "certified ASC auditor", "IATF 16949 third-party lead auditor",
"ISO 15189 lead assessor", "a current flight instructor rating", "TRE examiner" — a person certified to audit, assess,
instruct or examine under a scheme. The certification check finds the scheme ("ISO 22000" is in the resume) and the
title check sees no job title, so a resume's "Auditora interna ISO 22000" (internal auditor), "ASC Salmon Standard
training" or "FI(A) rating — lapsed 2015" passed (session 20, issue 12: set 16's and set 15's certification misses).

A **claim** is a role word (:data:`ROLES`) after a cue of holding ("I am", "I hold", "as", "qualified as" …) whose noun
phrase makes it a credential: a scheme token (capitals or digits: "ISO 22000", "ASC", "IATF 16949"), a standing word
("certified", "accredited", "registered", "qualified", "licensed") or a credential noun after it ("rating", "licence",
"certificate"). It is **supported** by a resume line that

* names the role in English or another language (:data:`ROLES`: "auditora", "auditeur", "instructeur", EASA's
  initials "FI", "TRI", "TRE"),
* states every scheme token of the claim (a standard's number with its year: "15189:2012"),
* holds every tier word of the claim (:data:`TIERS`: "lead" / "líder" / "principal", "third-party" / "external"),
* for a claim of current holding ("current", "valid", "active", "I hold"), says nothing of a lapse (:data:`LAPSED`),
* for a "certified/accredited" claim, is no training alone (:data:`TRAINING` without a word of certification).

Unsupported claims are flagged with kind ``certification`` (the blind sets' label). Sources of the word forms:
ISO 19011:2018 (auditor, lead auditor; first-, second- and third-party audits), ISO/IEC 17024 (certification of
persons vs. training), EASA Part-FCL subpart J/K (FI, CRI, TRI, IRI, SFI instructors; FE, CRE, TRE, IRE, SFE
examiners); the other languages' forms from common dictionary translations (written by hand, session 20).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Role word → a pattern of its forms (English, Romance, German, Polish, Swedish; EASA's initials case-sensitive).
ROLES: dict[str, str] = {
    "auditor": r"auditor(?:a|es|as|in)?|auditeur|auditrice|audytor(?:ka)?|auditorka|auditör|revisore",
    "assessor": r"assessor(?:a|e)?|[ée]valuateur|[ée]valuatrice|evaluador(?:a)?|valutatore|gutachter(?:in)?",
    "instructor": r"instructor(?:a)?|instructeur|instructrice|instruktor(?:ka)?|istruttore|istruttrice|ausbilder(?:in)?|"
                  r"(?-i:FI|CRI|TRI|IRI|SFI|MCCI)",
    "examiner": r"examiner|examinateur|examinatrice|examinador(?:a)?|esaminatore|pr[üu]fer(?:in)?|egzaminator|"
                r"(?-i:FE|CRE|TRE|IRE|SFE)",
    "verifier": r"verifier|v[ée]rificateur|verificador(?:a)?",
}
#: Tier word of a claim → a pattern of its forms a supporting line must hold (ISO 19011: a lead auditor leads the
#: audit team; third-party audits are a certification body's).
TIERS: dict[str, str] = {
    "lead": r"lead|leader|l[íi]der|principal|leitende[rn]?|capo|hlavn[íi]|wiod[ąa]cy|responsable",
    "third-party": r"third[- ]party|external|extern[oae]|tierce|certification\s+body|tercera\s+parte",
    "principal": r"principal",
    "chief": r"chief|jefe|jefa|chef",
    "senior": r"senior|s[ée]nior",
    "external": r"external|extern[oae]|third[- ]party",
}
#: Tier words of the sentence that are no scheme when capitalised ("Certified Internal Auditor" keeps "Internal").
_TIER_WORDS = frozenset("lead third-party principal chief senior external".split())
#: A cue of holding before the role's noun phrase.
_CUE = (r"(?:\bI\s+(?:am|was|have\s+been|became|hold|held|have|qualified\s+as|work\s+as|worked\s+as|serve\s+as|"
        r"served\s+as)|\bI['’]m|\bI['’]ve\s+been|\bas|\b(?:certified|qualified|accredited|approved|registered)\s+as)")
_CLAIM = re.compile(rf"(?i){_CUE}\s+(?:an?\s+|the\s+|my\s+)?(?P<np>(?:[\w:/().'’-]+\s+){{0,5}}?)"
                    rf"(?P<role>auditor|assessor|instructor|examiner|verifier)s?\b"
                    r"(?P<noun>\s+(?:rating|licen[cs]e|certificate|certification|qualification|endorsement|"
                    r"privileges|approval)s?)?\b")
#: Words that make a role a credential ("a certified auditor"), not a job title alone.
STANDING = frozenset("certified accredited registered qualified licensed licenced approved authorised authorized "
                     "current valid active".split())
#: A current holding: a lapsed line does not support it.
_CURRENT = re.compile(r"(?i)\b(?:current|valid|active|currently|I\s+hold)\b")
LAPSED = re.compile(r"(?i)\b(?:lapsed|expired|expirad[oa]|caducad[oa]|p[ée]rim[ée]e?|abgelaufen|vencid[oa]|"
                    r"not\s+current|inactive|no\s+longer\s+valid|revoked)\b")
#: A course, not a certification of the person (ISO/IEC 17024 separates the two).
TRAINING = re.compile(r"(?i)\b(?:training|trained|course|capacitaci[óo]n|curso|formation|forma[çc][ãa]o|formaci[óo]n|"
                      r"formazione|ausbildung|opleiding|koulutus|utbildning|kurz|schulung|szkolenie|"
                      r"workshop|units\s+earned|seminar|awareness)\b")
_CREDENTIAL_NOUN = re.compile(r"(?i)\b(?:rating|licen[cs]e|certificate|certification|qualification|endorsement|"
                              r"privilege|approval|habilitation|licencia|licen[cç]a|berechtigung|uprawnieni\w*)s?\b")
_CERTIFIED_LINE = re.compile(r"(?i)\b(?:certif\w*|accredit\w*|qualified|registered|zertifiziert\w*|acreditad\w*|"
                             r"approved|IRCA|CQI|Exemplar)\b")


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    role: str
    schemes: tuple[str, ...]
    tiers: tuple[str, ...]
    certified: bool
    current: bool
    noun: bool = False


def claims(text: str) -> list[Claim]:
    """Credential-of-a-role claims of ``text`` (see the module doc); a role without a scheme, a standing word or a
    credential noun is a job title (the title check's) and no claim."""
    out = []
    for m in _CLAIM.finditer(text):
        # (a list's earlier items are other credentials: "both OJTI and assessor endorsements")
        np = re.split(r"(?i),\s*|\s(?:and|or|&)\s", " " + m.group("np"))[-1]
        # a scheme glued to its standing word ("FAA-certified", "IRCA-registered"): the scheme and the word (ground98)
        words = [p for w in np.split() for p in (re.split(r"-(?=(?:certified|accredited|registered|qualified|licensed|"
                                                       r"approved)$)", w, flags=re.I) if re.match(r"[A-Z]", w) else [w])]
        low = [w.lower().strip("().,") for w in words]
        # a scheme: capitals, a standard's number, or a capitalised name ("Bonsucro", "Mental Health First Aid")
        schemes = tuple(t for w in words if (t := w.strip("().,")) and re.fullmatch(
            r"[A-Z][\w&-]*|\d{3,6}(?::\d{4})?|\d{1,2}\.\d", t) and t.lower() not in STANDING | set(TIERS) | _TIER_WORDS)
        tiers = tuple(t for t in TIERS if t in low or (t == "third-party" and "third-party" in np.lower()))
        standing = bool(STANDING & set(low))
        if not (schemes or standing or m.group("noun")):
            continue
        certified = bool({"certified", "accredited", "registered", "approved"} & set(low))
        out.append(Claim(m.start("np"), m.end(), m.group("role").lower(), schemes, tiers, certified,
                         bool(_CURRENT.search(text[m.start():m.end()])), bool(m.group("noun"))))
    return out


def _supports(line: str, claim: Claim) -> bool:
    if not re.search(rf"(?i)(?<![\w-])(?:{ROLES[claim.role]})(?![\w-])", line):
        return False
    for s in claim.schemes:
        if not re.search(rf"(?i)(?<![\w-]){re.escape(s)}(?![\w-])|(?<![\w]){re.escape(s)}:\d{{4}}", line):
            return False
    if any(not re.search(rf"(?i)\b(?:{TIERS[t]})\b", line) for t in claim.tiers):
        return False
    if claim.current and LAPSED.search(line):
        return False
    if claim.noun and not _CREDENTIAL_NOUN.search(line):
        return False  # "a flight instructor rating": a job header "Flight Instructor | 2011 – 2013" is no rating
    return not (claim.certified and TRAINING.search(line) and not _CERTIFIED_LINE.search(TRAINING.sub(" ", line)))


def unsupported(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text``'s credential-of-a-role claims no resume line (``lines``: the resume's lines) supports."""
    return [(c.start, c.end) for c in claims(text) if not any(_supports(ln, c) for ln in lines)]
