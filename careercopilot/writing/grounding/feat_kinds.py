"""Feats of a kind the resume never mentions: patents and inventions, courses taught, talks given (session 25,
ground62; set 21's "I designed a socket liner that the clinic now holds a patent on" and "I teach the master-craftsman
preparation course at HWK Erfurt" on CVs that name no patent and no teaching at all).

A sentence **claims** a feat of a kind when it holds that kind's claim words (:data:`KINDS`: "patent", "invented",
"co-inventor"; a verb of teaching with a teaching object within six words — "taught … course", "lecture … students" —
or of running with a course, class or lesson ("I run the evening course"; not "I lead the stroke program's team"),
or "as a (guest) lecturer/instructor"; "gave/delivered a talk", "spoke at", "presented at", "a speaker at"). The claim
is **backed** when any resume line holds a word of that kind (the kind's stems, in English and the blind sets' CV
languages: "patent", "Erfindung", "brevet"; "instructor", "trainer", "Dozent", "docente",
"curriculum" — not "Curriculum Vitae", not an "EDUCATION" heading; "presented", "conference", "poster", "webinar",
"ponencia"; not "Present" of a date range): the kind is judged by its presence anywhere, not the one instance — a
resume that names one talk may back a sentence's paraphrase of it; a resume with none backs none. Awards, keynotes and
publications are :mod:`.recognitions`' and :mod:`.authorship`'s. Kind ``claim`` (the blind sets' "other_fabrication").
Variants in ``tests/unit/writing/test_grounding_feat_kinds.py``.
"""

from __future__ import annotations

import re

_TEACH_OBJECT = (r"(?:courses?|(?<![\w-])class(?:es)?|modules?|seminars?|workshops?|lessons?|curricul(?:um|a)|"
                 r"students?|apprentices?|trainees?|cadets?|subjects?|lectures?)")
#: What a verb of running or leading must have for object to be teaching ("I led the stroke program's team" is not).
_RUN_OBJECT = r"(?:courses?|(?<![\w-])class(?:es)?|lessons?|lectures?)"

#: kind → (claim pattern, backing pattern). Claim patterns are case-insensitive; a backing word may open a longer one
#: ("instruct" / "instructor", "present" / "presentation").
KINDS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "patent": (
        re.compile(r"(?i)\b(?:patent(?:s|ed|ing)?|(?:co-?)?invent(?:ed|or|ors|ion|ions)|patent-pending)\b"),
        re.compile(r"(?i)patent|invent|erfind|brevet|octroo|特許|专利|특허"),
    ),
    "teaching": (
        re.compile(r"(?i)\b(?:I|we)\s+(?:\w+\s+)?(?:teach|taught|lecture[sd]?|instruct(?:ed)?|tutor(?:ed)?)\s+"
                   r"(?!myself\b)(?:[\w'’&-]+\s+){0,5}?" + _TEACH_OBJECT + r"\b"
                   r"|\b(?:I|we)\s+(?:\w+\s+)?(?:deliver(?:ed)?|run|ran|lead|led)\s+(?:[\w'’&-]+\s+){0,4}?"
                   + _RUN_OBJECT + r"\b"
                   r"|\b(?:teach|taught|lectur\w*|tutor\w*)\s+(?:at|for|on)\b"
                   r"|\bas\s+(?:an?\s+|the\s+)?(?:guest\s+|adjunct\s+|visiting\s+|part-time\s+)?(?:lecturer|instructor|"
                   r"teacher|tutor|trainer)\b"),
        re.compile(r"(?i)teach|taught|instruct|lectur|tutor|trainer|training|trained|\btrain\b|dozent|ausbilder|docen|"
                   r"professor|adjunct|mentor|educator|curricul(?!um\s+vitae)|precept|coach|formador|formateur|"
                   r"capacita|instrut|講師|教員|教師|"
                   # a teacher's title in the CV's language ("Lehrerin, Gymnasium am Dom" backs "I have taught at …")
                   r"lehrer|lehrkraft|enseignant|insegnant|leraar|docent|l[äæ]rer|l[äæ]rare|nauczyciel|maestr[ao]|"
                   r"profesor|opettaja|underviser"),
    ),
    "talk": (
        re.compile(r"(?i)\b(?:gave|give|given|deliver(?:ed)?|presented)\s+(?:a|an|the|two|three|four|several|\d+)\s+"
                   r"(?:[\w'’&-]+\s+){0,3}?(?:talks?|presentations?|lectures?|papers?|posters?|webinars?|addresses)\b"
                   r"|\b(?:spoke|speak|presented|present)\s+at\b|\b(?:a|an|the|invited|guest)\s+(?:\w+\s+)?"
                   r"(?:speaker|panell?ist|presenter)\s+at\b"),
        re.compile(r"(?i)present(?:ed|ation|ing|er)|talk|speak|spoke|lectur|conferen|poster|webinar|panel|symposi|congress|summit|"
                   r"vortrag|ponencia|palestra|keynote|講演|発表"),
    ),
}

#: Claim words that name the resume's own field, not a feat: "patent law", "patent attorney/agent/examiner/office",
#: "intellectual property" work; "train the trainer" course names are still courses.
_FIELD_USE = re.compile(r"(?i)\bpatent\s+(?:law|attorney|agent|examiner|office|prosecution|litigation|portfolio|"
                        r"search|drafting|filings?|applications?\s+for\s+clients|paralegal|specialist|counsel)\b")


def unsupported(text: str, resume_text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of ``text`` claiming a feat of a kind (:data:`KINDS`) no line of ``resume_text``
    (the resume's whole text) mentions; empty when every kind claimed is mentioned."""
    out = []
    for kind, (claim, back) in KINDS.items():
        if back.search(resume_text):
            continue
        for m in claim.finditer(text):
            if kind == "patent" and _FIELD_USE.search(text):
                continue
            out.append((m.start(), m.end()))
            break
    return out
