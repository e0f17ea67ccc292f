"""How the user works, restated (session 24, ground53; set 20's false flags "I have run my own surveying practice in
Kraków", "my own NDIS occupational therapy practice", "a nationally certified (NIC) interpreter" — each read as an
inflated scale by :mod:`.scope`).

* **one's own practice** (:func:`own_practice`) — "run my own (surveying) practice / business / firm / studio":
  a sole trader's or owner's scale, no reach. Supported when a history header says the user is self-employed
  (:data:`SELF_EMPLOYED`: "sole trader", "self-employed practice", "owner", "founder", "freelance", "independent
  contractor", "własna działalność", "autónomo", "Inhaber" …) and every other word of the practice ("surveying",
  "NDIS occupational therapy") is in the resume (first five letters). The same words on an employee's resume, or a
  practice of another trade ("my own architecture firm" on a surveyor's), stay flagged.
* **a national credential** (:func:`national_credential`) — "nationally certified / registered / licensed /
  accredited" restates a credential whose resume line names a national body or certification ("National Interpreter
  Certification (NIC), RID", "National Registry of Emergency Medical Technicians", "Nationally Registered
  Paramedic"). A resume with state or provincial credentials only keeps the flag.
"""

from __future__ import annotations

import re

#: A history header's words saying the user works on their own account (English and the CV languages of the sets).
SELF_EMPLOYED = re.compile(
    r"(?i)\b(?<!product )(?<!process )(?<!service )(?<!data )(?<!system )(?<!risk )(?:sole[ -](?:trader|proprietor(?:ship)?|practitioner)|self[- ]employed|owner|co-?owner|founder|co-?founder|"
    r"freelance|freelancer|independent\s+(?:contractor|consultant|practi[cs]e|practitioner)|own\s+(?:practi[cs]e|"
    r"business|firm|company)|proprietor|własna\s+działalność|wlasna\s+dzialalnosc|właściciel|autónom[oa]|"
    r"trabajador[a]?\s+independiente|Inhaber(?:in)?|selbstständig|selbständig|Einzelunternehmer(?:in)?|"
    r"indépendant|auto-?entrepreneur|zzp(?:['’]er)?|eenmanszaak|ABN\s+\d)")
#: "my own (surveying) practice": the words between "own" and the practice's noun.
_OWN = re.compile(r"(?i)\bown\s+(?P<what>(?:[\w&'’-]+\s+){0,4}?)(?:practi[cs]e|business|firm|company|studio|"
                  r"consultancy|clinic|agency|office|shop|workshop)\b")
_NATIONAL = re.compile(r"(?i)^(?:nationally|national)\b")
_CREDENTIAL_AFTER = re.compile(r"(?i)^[\s-]*(?:board[\s-]+)?(?:certified|registered|licen[cs]ed|accredited|"
                               r"credentialed|qualified)\b")
_NATIONAL_LINE = re.compile(r"(?i)\bnational(?:ly)?\b[^\n]{0,60}?\b(?:certif\w*|regist\w*|licen[cs]\w*|accredit\w*|"
                            r"board|credential\w*|exam\w*)|\b(?:certif\w*|regist\w*|licen[cs]\w*|accredit\w*|board)\b"
                            r"[^\n]{0,40}?\bnational\b")
_STOP = frozenset("and the a an of in for my".split())
#: "… registered (as a paramedic) with <body>": the register the sentence names.
_WITH_BODY = re.compile(r"^[\s-]*(?i:(?:board[\s-]+)?(?:certified|registered|licen[cs]ed|accredited|credentialed)"
                        r"(?:\s+as\s+(?:an?\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?\s+(?:with|by)\s+(?:the\s+)?)"
                        r"(?P<body>[A-Z][\w&.-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&.-]*){0,5})")
_REGISTRATION_WORD = re.compile(r"(?i)\b(?:regist\w*|licen[cs]\w*|certif\w*|accredit\w*)")
#: A state's, a province's or a county's register: no national standing.
_SUBNATIONAL = re.compile(r"\b(?:State|Provincial|Province|County|Territory|Texas|California|Ontario|Queensland|"
                          r"Victoria|New\s+South\s+Wales|Bavaria|Bayern)\b")


def own_practice(flagged: str, headers: list[str], resume: str) -> bool:
    """The scale flag's text ``flagged`` restates the user's own practice, supported by a self-employed history
    header among ``headers`` and words of ``resume`` (module doc)."""
    m = _OWN.search(flagged)
    if not m or not any(SELF_EMPLOYED.search(h) for h in headers):
        return False
    low = resume.lower()
    words = [w for w in re.findall(r"[a-z]+", m.group("what").lower()) if w not in _STOP]
    return all(re.search(rf"\b{re.escape(w[:5])}", low) for w in words)


def national_credential(text: str, start: int, end: int, lines: list[str]) -> bool:
    """``text[start:end]`` is "nationally" (or "national") before "certified/registered/licensed …", and a resume
    line names a national credential (module doc)."""
    if not _NATIONAL.match(text[start:end].strip()):
        return False
    after = text[start:].split(None, 1)
    if len(after) < 2 or not _CREDENTIAL_AFTER.match(after[1]):
        return False
    if any(_NATIONAL_LINE.search(ln) for ln in lines):
        return True
    # the register named after it ("nationally registered as a paramedic with AHPRA" for «AHPRA Registered Paramedic
    # PAR…»): a body the resume's registration line names, a state's or a province's register excluded ("with the
    # Texas Board of Nursing"; session 31, ground134)
    body = _WITH_BODY.match(after[1])
    if not body or _SUBNATIONAL.search(body.group("body")):
        return False
    name = body.group("body").rstrip(".")
    return any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ln) and _REGISTRATION_WORD.search(ln)
               and not _SUBNATIONAL.search(ln) for ln in lines)
