"""A research doctorate claimed for a professional one (ground142; set 28's w05: "I earned a PhD in physical therapy
from Georgia State University" for «Doctor of Physical Therapy, Georgia State University, 2016»).

Doctorates come in two kinds. A **professional (clinical) doctorate** is the entry degree of a practice — DPT, PharmD,
MD, DO, JD, DNP, DVM, DDS/DMD, OD, AuD, OTD, PsyD, EdD, DrPH, DBA, DMin, DSW, DNAP, DAT — earned by coursework and
clinical training. A **research doctorate** — PhD, DPhil, Doctor of Philosophy, DSc/ScD, and the CV languages'
doctorates (Dr. rer. nat., Dr.-Ing., doctorat, doctoraat, dottorato di ricerca, doutorado, doctorado, doktorat, 博士, 박사) — is
earned by a dissertation of original research. The degree check reads both as level ``doctorate`` and passes the field
("physical therapy") from the professional entry, so a PhD claimed on a DPT's resume went through.

Flagged (kind ``degree``): a sentence's research-doctorate marker (:data:`RESEARCH_CLAIM`: "PhD", "Ph.D.", "DPhil",
"Doctor of Philosophy", "research doctorate") when the resume names a professional doctorate
(:data:`PROFESSIONAL`) and no research doctorate (:data:`RESEARCH_HELD`, which also holds the CV languages' forms and
a bare "doctorate"/"doctoral degree" with a dissertation or thesis cue). A resume with no doctorate at all is the
degree check's (no entry of that level). A sentence that keeps the resume's status ("PhD candidate", "PhD coursework")
is :mod:`.status`'s.

Source of the distinction: the U.S. Department of Education's "doctor's degree–research/scholarship" vs
"doctor's degree–professional practice" (IPEDS glossary). Variants in ``tests/unit/writing/test_grounding_doctorates.py``.
"""

from __future__ import annotations

import re

#: A sentence's claim of a research doctorate.
RESEARCH_CLAIM = re.compile(r"\b(?:Ph\.?\s?D\.?|D\.?\s?Phil\.?|PHD)(?![\w-])|(?i:\bdoctor\s+of\s+philosophy\b|"
                            r"\bresearch\s+doctorate\b)")
#: A resume's professional doctorate (U.S. professional-practice doctorates and their written-out names; initials that name other things alone — MD for Maryland, DO, DC, DBA for a database administrator — only with their dots).
PROFESSIONAL = re.compile(
    r"\b(?:D\.?\s?P\.?\s?T|Pharm\.?\s?D|M\.D|D\.O|J\.?D|D\.?N\.?P|D\.?V\.?M|D\.?D\.?S|D\.?M\.?D|O\.D|Au\.?D|O\.?T\.?D|"
    r"Psy\.?\s?D|Ed\.?\s?D|Dr\.?\s?PH|D\.B\.A|D\.?Min|D\.?S\.?W|DNAP|DPM)\b\.?|"
    r"(?i:\bdoctor\s+of\s+(?:physical\s+therapy|pharmacy|medicine|osteopathic\s+medicine|jurisprudence|law|nursing"
    r"(?:\s+practice)?|veterinary\s+medicine|dental\s+(?:surgery|medicine)|optometry|audiology|occupational\s+therapy|"
    r"psychology|education|public\s+health|business\s+administration|ministry|social\s+work|chiropractic|"
    r"podiatric\s+medicine|nurse\s+anesthesia\s+practice|athletic\s+training)\b)")
#: A resume's research doctorate, in English and the CV languages.
RESEARCH_HELD = re.compile(
    r"\b(?:Ph\.?\s?D|D\.?\s?Phil|D\.?\s?Sc|Sc\.?\s?D|Dr\.\s?(?:rer|phil|sc|techn|ing)\b|Dr\.-Ing)|"
    r"(?i:\bdoctor\s+of\s+(?:philosophy|science)\b|\bdoctorat\b|\bdottorato\b|\bdoutorado\b|\bdoctorado\b|"
    r"\bdoktorat\w*|\bdoctoraat\b|\btohtori\b|\bdoktor\s+(?:nauk|habil)\w*|\bkandidat\s+nauk\b|"
    r"\bdoctorate\s+(?:in|of)\b|\bdoctoral\b|\b(?:dissertation|thesis)\b.{0,60}\bdoctor|\bdoctor\w*\b.{0,60}\b(?:dissertation|thesis)\b)|博士|박사")
#: A sentence that keeps a pending doctorate's status (":mod:`.status`'s").
_PENDING = re.compile(r"(?i)\b(?:candidate|student|coursework|studying|pursuing|enrolled|toward|towards|applying|"
                      r"applied|admitted|ABD|program(?:me)?\s+in)\b")
_SENTENCE = re.compile(r"(?:[^.!?]|\.(?=\s*[a-z(,\d])|(?<=\b[A-Za-z])\.|(?<=\bPh)\.)+[.!?]?")


def unsupported(text: str, resume: str) -> list[tuple[int, int]]:
    """Spans of the research-doctorate claims of ``text`` on a ``resume`` whose doctorates are professional only."""
    if not PROFESSIONAL.search(resume) or RESEARCH_HELD.search(resume):
        return []
    out = []
    for s in _SENTENCE.finditer(text):
        if _PENDING.search(s.group(0)):
            continue
        out += [(s.start() + m.start(), s.start() + m.end()) for m in RESEARCH_CLAIM.finditer(s.group(0))]
    return out
