"""Professional registers and regulators named in a sentence: credential claims, not employment.

"I am a member of the Royal Institution of Chartered Surveyors", "registered with Portugal's Order of
Physiotherapists", "a registered Competent Person with Chile's Mining Commission", "a Registered Professional
Archaeologist": the body is a register (RICS, an Ordem/Ordre/Colegio/Kammer, Engineers Ireland, HCPC, AHPRA, CORU,
ECSA, the Register of Professional Archaeologists …) and the sentence claims a standing with it. The resume writes
such a body in three ways this module reads (session 27, ground88, set 23):

* **by a postnominal**: a membership grade glued to the body's initials — "MRICS", "FRICS", "MCIOB", "MIEI",
  "AMIChemE", "CEng MIStructE" (:func:`postnominal`); the grade letters are the usual UK/Irish/Commonwealth
  ones (M member, F fellow, A/AM associate, Hon honorary, Tech technician, I incorporated);
* **in its own language on a register line** — "Ordem dos Fisioterapeutas — Cédula Profissional n.º …",
  "Registro Público de la … (Comisión Minera), N.º 0417 — inscrita desde …" (:func:`register_line_names`):
  the English name's organisation noun has a cognate on a line with a registration cue
  (:data:`REGISTRATION_CUE`), and every other word of the name a cognate or a shared root of three letters;
* **as the designation the register grants** — "Registered Professional Archaeologist" for "Register of
  Professional Archaeologists (RPA) — registered since …", "Professional Engineering Technologist" for "ECSA
  Professional Engineering Technologist (Pr Tech Eng), Reg. No. …" (:func:`designation_held`): every word of the
  designation, by its first five letters, on one line with a registration cue.

A register the resume never names stays flagged ("a member of the Chartered Institute of Building" for an MRICS,
"registered with the Order of Nurses" for the Ordem dos Fisioterapeutas). Cognates: :func:`.names.cognate` and
:func:`.title_words.agent_cognate`.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.text import fold_accents

#: Words of a resume line that make it a register's or a regulator's line (English and the languages of the
#: registers named in the module doc): "registered", "Reg. No.", "inscrita", "Cédula Profissional", "colegiado",
#: "matrícula", "membre", "Mitglied", "chartered", "licensed", "N.º 0417".
REGISTRATION_CUE = re.compile(
    r"(?i)\b(?:regist\w*|reg\.|inscri\w*|c[ée]dula|colegiad\w*|matr[íi]cula\w*|membre|miembro|membro|mitglied\w*|"
    r"member\w*|chartered|licen[cs]\w*|n\.\s?º|nº|no\.\s?\d|cert\w*|ordem|ordre|ordine|colegio|col·legi|kammer|"
    r"fellow\w*|associate)\b")
#: Membership grades glued before a body's initials ("MRICS", "FCIOB", "AMIChemE", "HonFRSC").
_GRADES = ("Hon", "Tech", "AM", "M", "F", "A", "I", "C")
#: Words that link a body's name and carry no initial ("Royal Institution of Chartered Surveyors" → RICS).
_LINKS = frozenset("of and the for in & de da do dos das del la le les des di du der für".split())
#: Organisation nouns of a register's name (the English head a translated name must keep a cognate of).
_ORG_NOUNS = frozenset("order college council commission board institution institute society association chamber "
                       "register registry academy federation guild authority union".split())


def _initials(name: str) -> str:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w.lower() not in _LINKS]
    return "".join(w[0] for w in words if w[0].isupper())


def postnominal(name: str, source: str) -> str | None:
    """The resume's token writing ``name`` (a body, three capitals or more of initials) as a membership grade and its
    initials ("MRICS" for "Royal Institution of Chartered Surveyors", "FCIOB" for "Chartered Institute of Building"),
    else ``None``. A bare acronym of the body is :func:`.names._abbreviated_in`'s."""
    initials = _initials(name)
    if len(initials) < 3 or not ({w.lower() for w in name.split()} & _ORG_NOUNS):
        return None
    grades = "|".join(_GRADES)
    m = re.search(rf"(?<![\w-])(?:{grades}){re.escape(initials)}(?![\w-])", source)
    return m.group(0) if m else None


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]{3,}", fold_accents(text).lower()) if w not in _LINKS]


def register_line_names(name: str, lines: list[str]) -> bool:
    """A resume line with a registration cue (:data:`REGISTRATION_CUE`) writes ``name`` (a register's English name,
    its country's possessive dropped: "Order of Physiotherapists", "Mining Commission") in its own language: the
    name's organisation noun has a cognate there ("Ordem", "Comisión"), and every other word of it a cognate or the
    same first three letters ("Fisioterapeutas", "Minera"); the line must write one word differently (a translation,
    not the English name, which the usual name check reads)."""
    from careercopilot.writing.grounding.names import cognate
    from careercopilot.writing.grounding.title_words import agent_cognate

    words = _words(name)
    nouns = [w for w in words if w.rstrip("s") in _ORG_NOUNS or w in _ORG_NOUNS]
    if not nouns or len(words) < 2:
        return False

    def alike(w: str, p: str) -> bool:
        return w == p or cognate(w, p) or cognate(w.rstrip("s"), p) or agent_cognate(w, p)

    for line in lines:
        if not REGISTRATION_CUE.search(line):
            continue
        pool = _words(line)
        if not all(any(alike(n, p) for p in pool) for n in nouns):
            continue
        rest = [w for w in words if w not in nouns]
        if all(any(alike(w, p) or (len(w) >= 5 and len(p) >= 5 and w[:3] == p[:3]) for p in pool) for w in rest) and (
                not set(words) <= set(pool)):
            return True
    return False


def designation_held(title: str, lines: list[str]) -> bool:
    """``title`` (a capitalised professional designation: "Registered Professional Archaeologist", "Professional
    Engineering Technologist", "Chartered Engineer") is written on one resume line with a registration cue, its words in
    a row, each by its first five letters ("Register of Professional Archaeologists (RPA)") and its head noun whole, a
    plural aside ("Professional Engineer" is not "Professional Engineering Technologist")."""
    words = _words(title)
    if len(words) < 2:
        return False

    def same(i: int, w: str, p: str) -> bool:
        return p.rstrip("s") == w.rstrip("s") if i == len(words) - 1 else p[:5] == w[:5]

    for line in lines:
        if not REGISTRATION_CUE.search(line):
            continue
        pool = _words(line)
        if any(all(same(i, w, pool[k + i]) for i, w in enumerate(words)) for k in range(len(pool) - len(words) + 1)):
            return True
    return False


#: The grade a sentence claims before a body's name ("a fellow of the …", "an associate of the …") → the postnominal
#: grade letters that hold it (a fellow is a member too: "a member of" fits MRICS and FRICS).
_GRADE_CLAIMED = (("fellow", ("F", "HonF")), ("associate", ("A", "AM")), ("member", ("M", "F", "HonF", "A", "AM", "I",
                                                                                     "C", "Tech")))


def grade_fits(before: str, token: str) -> bool:
    """The grade the words ``before`` a body's name claim ("… a fellow of the") is the one ``token`` writes ("FRICS";
    "MRICS" holds no fellowship); no grade claimed fits any token."""
    for word, grades in _GRADE_CLAIMED:
        if re.search(rf"(?i)\b{word}s?\s+of\s+(?:the\s+)?$", before):
            return any(token.startswith(g) and token[len(g):].isupper() for g in grades)
    return True
