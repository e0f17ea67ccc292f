"""Qualifications claimed by their kind or national name rather than as a bachelor's or master's (session 25, ground62;
set 21's "a technical college degree (fagskole)" for a CV holding a Fagbrev, a trade certificate): each claim names a
level or type of qualification, and the resume must hold one of the kinds that claim may stand for.

Kinds (:data:`RESUME_KINDS`, read from the resume's whole text): the degree levels the degree reader gives
(:attr:`.facts.SourceFacts.degrees`, :attr:`.facts.SourceFacts.native_degrees`: associate, bachelor, master,
doctorate), and by their national names: a German Meister (Meisterprüfung/Meisterbrief, "master craftsman", DQR 6 but
no degree), a trade certificate (Fagbrev, Svennebrev, Gesellenbrief, a completed apprenticeship, journeyman), a
Norwegian fagskole or German Fachschule (higher vocational college), the UK's HND/HNC, a Latin-American Técnico de
Nivel Superior or Tecnólogo, a licenciatura, a German Diplom from a Fachhochschule ("Dipl.-Ing. (FH)", bachelor level
by the KMK's 2001 equivalence) or a university ("Dipl.-Ing.", master level), a diploma and a certificate.

Claims (:data:`CLAIMS`) and the kinds each may stand for: "a technical/vocational college degree", "fagskole",
"Fachschule" ← a higher vocational kind or an associate degree; "a college degree" ← any tertiary kind; "a university
/ undergraduate / four-year degree" ← bachelor level and up; "a graduate / postgraduate degree" ← master level and up;
"a two-year degree" ← associate level; "HND", "licenciatura", "Técnico de Nivel Superior", "Meister"/"master
craftsman", "trade certificate"/"Fagbrev"/"apprenticeship", "Dipl.-Ing. (FH)" / "Dipl.-Ing."
← their own kind (a Meister holds a trade certificate too; either Diplom backs either Diplom claim), "a diploma in …"
← a diploma or any tertiary kind.
A claim of a level up ("a university degree" for an HND) or of another type ("Dipl.-Ing. (FH)" for a Meisterprüfung)
is flagged, kind ``degree``. Bachelor's, master's, associate and doctoral degrees by those names are
:mod:`.degrees`'. Variants in ``tests/unit/writing/test_grounding_qualification_levels.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.facts import SourceFacts

#: Kind → pattern over the resume's text.
RESUME_KINDS: dict[str, re.Pattern[str]] = {
    "meister": re.compile(r"Meister(?:prüfung|brief|titel|schule)?\b|\w+meister(?:in)?\b|(?i:master[\s-]+craftsman)"),
    "trade": re.compile(r"(?i)fagbrev|svennebrev|gesellen(?:brief|prüfung)|\w+geselle\b|trade\s+certificate|"
                        r"apprentice|journey(?:man|person)|lehrabschluss|\bNVQ\b|red\s+seal|"
                        r"certificado\s+de\s+profissionalidade|\bCAP\b"),
    "fagskole": re.compile(r"(?i)fagskole|fachschule|staatlich\s+geprüfte?r?\s+techniker|yrkeshögskol|"
                           r"erhvervsakademi|ammattikorkeakoulu|technical\s+college|vocational\s+college|"
                           r"polytechnic|politécnic|\bTAFE\b|community\s+college"),
    "hnd": re.compile(r"\bHN[DC]\b|(?i:higher\s+national\s+(?:diploma|certificate))"),
    "tecnico": re.compile(r"(?i)t[ée]cnic[oa]\s+(?:de\s+)?nivel\s+superior|tecn[óo]log[oa]|t[ée]cnic[oa]\s+superior|"
                          r"\bTSU\b|curso\s+superior\s+de\s+tecnologia"),
    "licenciatura": re.compile(r"(?i)licenciatura|licenciad[oa]"),
    "diplom_fh": re.compile(r"Dipl\.-?\s?[A-Z][a-z]*\.?\s*\(FH\)|Diplom\w*\s*\(FH\)"),
    "diplom": re.compile(r"Dipl\.-?\s?(?:Ing|Kfm|Kffr|Inf|Phys|Chem|Math|Psych|Biol|Geol|Volksw)\.(?!\s*\(FH\))|"
                         r"Diplom-\w+(?!\s*\(FH\))"),
    # (and its initials: "PGDM", "PGDBA", "PG Dip", "DipHE", "Adv. Dip.")
    "diploma": re.compile(r"(?i)diploma\b|diplomado|diplôme|\bdiplom\b|\bPG\s?D(?:ip\w*|[A-Z]{1,3})\b|\bDip\.?\s?HE\b|"
                          r"\bAdv\.?\s?Dip\b"),
}
_TERTIARY = {"associate", "bachelor", "master", "doctorate", "fagskole", "hnd", "tecnico", "licenciatura",
             "diplom_fh", "diplom"}
_BACHELOR_UP = {"bachelor", "master", "doctorate", "licenciatura", "diplom_fh", "diplom"}
_VOCATIONAL_HIGHER = {"fagskole", "hnd", "tecnico", "associate", "diplom_fh"}

#: Claim pattern → the resume kinds that back it.
CLAIMS: list[tuple[re.Pattern[str], set[str]]] = [
    (re.compile(r"(?i)\b(?:technical|vocational|trade|polytechnic|community)[\s-]+college\s+(?:degree|diploma)|"
                r"\bfagskole\b|\bFachschule\b|higher\s+vocational\s+(?:degree|diploma|qualification)"),
     _VOCATIONAL_HIGHER),
    (re.compile(r"(?i)(?<!technical\s)(?<!vocational\s)(?<!trade\s)(?<!polytechnic\s)(?<!community\s)"
                r"\bcollege\s+degree"), _TERTIARY),
    (re.compile(r"(?i)\b(?:university|undergraduate|four-year|4-year)\s+degree"), _BACHELOR_UP),
    (re.compile(r"(?i)(?<!under)\b(?:graduate|postgraduate|post-graduate)\s+degree"), {"master", "doctorate", "diplom"}),
    (re.compile(r"(?i)\b(?:two-year|2-year)\s+(?:college\s+)?degree"), {"associate", "fagskole", "hnd", "tecnico"}),
    (re.compile(r"\bHND\b|(?i:higher\s+national\s+diploma)"), {"hnd"}),
    (re.compile(r"(?i)\blicenciatura\b"), {"licenciatura", "bachelor"}),
    (re.compile(r"(?i)\bt[ée]cnic[oa]\s+(?:de\s+)?nivel\s+superior\b"), {"tecnico"}),
    (re.compile(r"(?i)\bmaster[\s-]+craftsman(?:'s)?\s+(?:qualification|certificate|diploma|title|exam\w*)|"
                r"\b(?:a|an|qualified)\s+master[\s-]+craftsman\b|\bMeister(?:prüfung|brief|titel)\b"), {"meister"}),
    (re.compile(r"(?i)\btrade\s+certificate|\bjourney(?:man|person)['’]?s?\s+(?:certificate|card|ticket)|"
                r"\bfagbrev\b|\bsvennebrev\b|\bGesellenbrief\b|\bcompleted\s+(?:an?|my)\s+(?:\w+\s+)?apprenticeship"),
     {"trade", "meister"}),
    (re.compile(r"Dipl\.-?\s?[A-Z][a-z]*\.?\s*\(FH\)|Diplom\w*\s*\(FH\)"), {"diplom_fh", "diplom"}),
    (re.compile(r"Dipl\.-?\s?Ing\.(?!\s*\(FH\))|Diplom-Ingenieur\b(?!\s*\(FH\))"), {"diplom", "diplom_fh"}),
    (re.compile(r"(?i)\b(?:a|an|my|the)\s+(?:[\w-]+\s+){0,2}diploma\s+(?:in|of)\b(?<!high school diploma in)"),
     {"diploma"} | _TERTIARY),  # (a diploma claimed for a degree is a step down, not an invention)
]


def resume_kinds(facts: SourceFacts) -> set[str]:
    """The qualification kinds the resume holds (module doc)."""
    kinds = {level for level, _, _ in facts.degrees} | set(facts.native_degrees)
    text = f"{facts.text}\n{facts.original}"  # (national degree names are in English form in ``facts.text``)
    return kinds | {k for k, rx in RESUME_KINDS.items() if rx.search(text)}


def unsupported(text: str, facts: SourceFacts) -> list[tuple[int, int]]:
    """Spans of ``text``'s qualification claims (:data:`CLAIMS`) the resume holds no kind for."""
    out: list[tuple[int, int]] = []
    have: set[str] | None = None
    for rx, backs in CLAIMS:
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in out):
                continue
            have = have if have is not None else resume_kinds(facts)
            if not backs & have:
                out.append((m.start(), m.end()))
    return out
