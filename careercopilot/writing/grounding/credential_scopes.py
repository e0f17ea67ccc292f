"""A resume credential claimed with another class or with a scope it does not cover (session 31, ground133; set 27's
certification misses: "the Class A industrial electronics technician certificate" for «乙級工業電子技術士 (Class B
Industrial Electronics Technician)», "certified to administer nitrous oxide sedation" for «Local Anesthesia
Certification (Wisconsin DEB)», "The IMCP has certified me in both tax and auditing" for «Contador Público Certificado
en Fiscal, … (IMCP)»).

**Class**: the sentence writes "Class/Grade/Level/Tier/Category <A–E | I–VI | 1–9>" and a resume line names a credential
with the same word and another value sharing two distinctive words with the sentence (:func:`_distinct`), while no
resume line gives that value with them ("Class IV water treatment operator" against «Operator Class IV» passes; Roman
and Arabic numerals are one value: "Level 3" = "Level III").

**Scope**: "certified/licensed/credentialed/endorsed/authorised/permitted/qualified to <act> <area>" or "… in/for
(both) <area> (and <area>)": each area (split at "and", "or", commas; a shared tail is distributed: "basic and
advanced life support" → "basic life support", "advanced life support") must be named on a credential line of the
resume (:data:`CREDENTIAL_LINE`) by one of its content words (first five letters, or a cognate in the CV's language:
"tax" / "Fiscal" through :func:`.titles._translated`) or by its initials ("BLS"). Kind ``certification``.

Variants in ``tests/unit/writing/test_grounding_credential_scopes.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.status import _distinct
from careercopilot.writing.grounding.text import fold_accents

#: A line naming a credential (a licence, certification, registration, endorsement …).
CREDENTIAL_LINE = re.compile(r"(?i)\b(?:certif\w*|licen[cs]\w*|registered|registration|credential\w*|permit\w*|"
                             r"endorse\w*|accredit\w*|qualification|card|cert\.?|diploma|authori[sz]ation)\b|"
                             r"\b(?:BLS|ACLS|PALS|ALS\d?|CPR|NRP)\b")
#: A credential's own words, in the sentence and in the resume's part of a line (a "Tier 2" analyst is no credential).
_CREDENTIAL_WORD = re.compile(r"(?i)\b(?:certif\w*|licen[cs]\w*|registered|registration|credential\w*|permit|"
                              r"endorse\w*|qualif\w*)\b|級")
_CLASS = re.compile(r"(?i)\b(?P<w>class|grade|level|tier|category|cat\.)\s+(?P<v>[A-E]|[IVX]{1,4}|\d{1,2})\b")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9", "x": "10"}
_SCOPE = re.compile(
    r"(?i)\b(?:certified|licen[sc]ed|credentialed|endorsed|authori[sz]ed|permitted|qualified)\s+(?:me\s+)?"
    r"(?:to\s+(?:administer|perform|provide|practi[sc]e|prescribe|operate|inspect|install|sign\s+off|teach|give|"
    r"deliver|carry\s+out|conduct|handle|dispense)\s+|in\s+(?:both\s+)?|for\s+(?:both\s+)?)"
    # (not a length, a place or a role: "certified for more than eleven years", "licensed to practise in Greece")
    r"(?!(?:more|over|nearly|almost|about|around|some|the\s+past|the\s+last|\d|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|a\s+decade|decades|years?|in|at|as|on|since|with|by|under|across|throughout)\b)"
    r"(?P<area>[^.,;:!?()]{3,70}?)(?=\s*(?:[.,;:!?()]|$|\s(?:since|by|from|at|with|through|until|in\s+(?:19|20)\d\d)\b)|"
    # the next clause of the same subject ("… in both basic and advanced life support and renewed it in 2024")
    r"\s+and\s+(?:have\s+|has\s+)?\w+(?:ed|ew|ept|eld)\s+(?:it|them|the|my|this|that|both|each|every)\b)")
#: Fields of practice as CVs in other languages write them on a credential line ("Certificado en Fiscal"): a gloss
#: where no cognate reads ("tax" / "fiscal"; from the IMCP, StBerG, CNCC and NBA credential names).
_FIELD_WORDS = {"tax": {"fiscal", "impuestos", "steuer", "steuerrecht", "fiscalite", "fiscaliteit", "belasting", "skatt",
                        "podatki", "podatkowe", "tributario", "tributaria"},
                "taxation": {"fiscal", "impuestos", "steuer", "fiscalite", "fiscaliteit", "belasting", "tributario"},
                "audit": {"auditoria", "revision", "prufung", "wirtschaftsprufung", "controle", "revisie", "revision"},
                "auditing": {"auditoria", "revision", "prufung", "wirtschaftsprufung", "controle", "revisie"}}
_AREA_STOP = frozenset("a an the my our both and or of for in on to with work all any".split())


def _value(v: str) -> str:
    return _ROMAN.get(v.lower(), v.upper())


def _credential_lines(lines: list[str]) -> list[str]:
    """Lines naming a credential, and the bullet lines under a heading of credentials."""
    out, under = [], False
    for line in lines:
        if re.match(r"(?i)^\s*(?:certifications?|licen[cs]es?|credentials|qualifications|certificat\w*|certificaten|"
                    r"certificados?|zertifikate)\b", line):
            under = True
            continue
        if line.strip() and line.strip() == line.strip().upper() and re.search(r"[A-Z]{4}", line):
            under = False  # another heading
        if under or CREDENTIAL_LINE.search(line):
            out.append(line)
    return out


def _class_flags(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Class claims whose credential (the resume's parts sharing most distinctive words, two at least) has another value."""
    parts = [p for line in lines for p in re.split(r"\s[·|•]\s|;\s", line) if _CREDENTIAL_WORD.search(p)]
    out = []
    if not _CREDENTIAL_WORD.search(text):
        return out  # "moved up to Tier 2": a job's tier, no credential
    written = "\n".join(lines).lower()
    for m in _CLASS.finditer(text):
        if " ".join(m.group(0).lower().split()) in written:
            continue  # the resume writes this class itself ("Escalate network issues to Tier 2")
        words = _distinct(text)
        word, value = m.group("w").lower()[:4], _value(m.group("v"))
        scored = [(len(words & _distinct(p)), _value(c.group("v"))) for p in parts for c in _CLASS.finditer(p)
                  if c.group("w").lower()[:4] == word]
        best = max((n for n, _ in scored), default=0)
        values = {v for n, v in scored if n == best}
        if best >= 2 and value not in values:
            out.append((m.start(), m.end()))
    return out


def _named(area: str, cred_lines: list[str]) -> bool:
    """A credential line names ``area``: a content word by its first five letters or a cognate, or its initials."""
    from careercopilot.writing.grounding.titles import _translated

    words = [w for w in re.findall(r"[a-z]+", fold_accents(area).lower()) if w not in _AREA_STOP]
    if not words:
        return True
    initials = "".join(w[0] for w in words).upper()
    for line in cred_lines:
        theirs = [w for w in re.findall(r"[a-z]+", fold_accents(line).lower()) if len(w) > 2]
        if len(initials) >= 2 and re.search(rf"\b{initials}\d?\b", line):
            return True
        for w in words:
            if len(w) < 3:
                continue
            if any(t[:5] == w[:5] or t in _FIELD_WORDS.get(w, ()) or _translated(w, t) for t in theirs):
                return True
    return False


def _scope_flags(text: str, cred_lines: list[str]) -> list[tuple[int, int]]:
    out = []
    for m in _SCOPE.finditer(text):
        parts = [p.strip() for p in re.split(r"\s*,\s*|\s+(?:and|or|&)\s+", m.group("area")) if p.strip()]
        last = parts[-1].split() if parts else []
        for p in parts:
            # a shared tail distributed: "advanced cardiac and pediatric advanced life support" → "… cardiac life support"
            spreads = [p] + [" ".join([p, *last[-n:]]) for n in (1, 2, 3) if n < len(last) and p != parts[-1]]
            if not any(_named(x, cred_lines) for x in spreads):
                out.append((m.start(), m.end()))
                break
    return out


def unsupported(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` giving a resume credential another class, or a scope its credential lines do not name."""
    cred_lines = _credential_lines(lines)
    return _class_flags(text, lines) + (_scope_flags(text, cred_lines) if cred_lines else [])
