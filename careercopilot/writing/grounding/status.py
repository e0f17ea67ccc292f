"""Status: a credential or degree the resume names as *not held* must not be claimed as held.

Resumes list what their owner is working towards next to what they hold: "CISSP – exam scheduled for
2027", "ACCA – 9 of 13 exams passed", "MBA – in progress (expected 2027)", "PMP exam-preparation course;
exam not yet taken", "OSCP – course in progress", "module 1 of the 4-module SI certification",
"Authorised electrical installer: practical exam 2027 – NOT yet authorised", "Aerospace Engineering degree –
2 years completed, not finished", "PhD (ABD)". The name is in the resume, so the certification and degree
checks (which look for the name) pass a sentence claiming to hold it; this module flags it.

A **pending line** is a resume line with a status cue (:data:`PENDING`). A sentence is a **holding
claim** when it has a cue of holding (:data:`HOLDING`: "I am … certified", "I hold", "charterholder",
"I have completed", "I have a degree") and no cue of the status (:data:`KEEPS_STATUS`: "working towards",
"preparing for", "module", "passed", "studying", "first of", "course"). A holding claim is flagged when it
shares the credential with a pending line — an acronym of 3+ capitals written in both ("CISSP", "PMP"), or
two distinctive content words ("electrical installer", "aerospace engineering") — and no resume line
without a status cue names it as well (held elsewhere: "CCNP Enterprise – 2021"). Kind ``degree`` when the
pending line names a degree, else ``certification`` (the blind sets' labels). Session 11, after set 10
(7 of its 17 certification misses); variants in ``tests/unit/writing/test_grounding_credential_status.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding.context import GENERIC
from careercopilot.writing.grounding.text import STOP, norm_words

#: A resume line's status cue: the credential is studied for, not held.
PENDING = re.compile(
    r"(?i)\b(?:in\s+progress|not\s+yet|not\s+(?:completed|finished|obtained|awarded|held)|unfinished|incomplete|"
    r"did\s+not\s+(?:graduate|finish|complete)|expected\s+(?:in\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d|(?:exam|test)[- ](?:prep\w*|scheduled|"
    r"pending)|prep(?:aration)?\s+course|preparing\s+for|studying\s+(?:for|towards)|working\s+towards|pursuing|"
    r"candidate|all\s+but\s+dissertation|ABD|thesis\s+pending|level\s+(?:I{1,3}|[1-3])\s*[—–:,(-]?\s*passed|"
    r"\d+\s+of\s+(?:the\s+)?\d+(?:[- ]module)?\s+(?:\w+\s+)?(?:exams?|papers?|modules?|ECTS|credits|units)|"
    r"module\s+\d+\s+of|\d+\s+years?\s+completed|"
    # an exam not (yet) sat or passed (session 21, set 17: "coursework completed; CRME exam not taken")
    r"not\s+(?:yet\s+)?(?:taken|sat|attempted|written)|did\s+not\s+(?:sit|take|write|attempt)|"
    r"(?:exams?|tests?)\s+(?:still\s+)?outstanding|awaiting\s+(?:(?:exam|test)\s+)?results?|results?\s+pending|"
    r"eligible\s+to\s+(?:sit|take)|coursework\s+only|without\s+(?:the\s+)?(?:exam|examination)|"
    # session 22 (ground32): a part of a programme passed ("FRM Part I passed"), a status in the CV's language
    # ("Licencia de piloto RPAS — en trámite", "Prüfung ausstehend", "en cours", "em andamento", "w trakcie")
    r"part\s+(?:I{1,3}|[1-3])\s*[—–:,(-]?\s*passed|en\s+tr[aá]mite|en\s+curso|ausstehend|in\s+bearbeitung|en\s+cours|"
    r"em\s+andamento|in\s+corso|w\s+trakcie|"
    # session 31 (ground133, set 27's partial degrees): coursework towards a degree, credits without the title in the CV's
    # language ("créditos concluidos, sin titulación", "Licenciatura trunca", "ohne Abschluss", "sans diplôme")
    r"coursework\s+(?:toward|towards|for|in\s+progress)|sin\s+titulaci[oó]n|sin\s+t[ií]tulo|trunca|"
    r"cr[eé]ditos\s+(?:concluidos|cubiertos|terminados)|ohne\s+abschluss|nicht\s+abgeschlossen|sans\s+dipl[oô]me|"
    r"non\s+dipl[oô]m[ée]e?|not\s+conferred|withdrew|left\s+before\s+(?:completion|completing|graduating)|"
    # ground142 (set 28's w06: «MBA, Wake Forest University — currently enrolled (part-time), expected May 2027»)
    r"currently\s+enrolled|enrolled\s+\(?(?:part|full)[- ]time|"
    # credits of a total in the CV's language («120 CFU su 180», «90 ECTS de 120», «60 op / 180»)
    r"\d+\s+(?:CFU|ECTS|credits?|cr[eé]ditos?|cr[eé]dits?|op|LP)\s+(?:su|of|de|sur|von|z|/)\s+\d+)\b")
#: A degree studied now: its line's range runs to the present («2023 – in corso Laurea triennale …» once read in English
#: form, "2024 – present  MSc Data Science"; ground142).
_STUDYING_NOW = re.compile(r"(?i)(?:19|20)\d\d\s*[–—-]\s*(?:present|current|now|ongoing|today)\b")
#: A lapsed credential ("HashiCorp Terraform Associate, 2020 (expired 2022)"): not held by a sentence that says it is
#: current (:data:`_CURRENT`); read in the clause that says so, not the line's other credentials (session 22).
_LAPSED = re.compile(r"(?i)\b(?:expired|lapsed|no\s+longer\s+(?:valid|active|current|held)|not\s+renewed|inactive|"
                     r"vencid[oa]|caducad[oa]|abgelaufen|verlopen|expir[ée]e?|utg[aå]ngen)\b")
#: A sentence that says the credential is held *now* (session 31, ground133: "I still hold the ISA Tree Risk Assessment
#: Qualification" for «… — expired March 2024»): a present holding cue, not a past one ("I earned it in 2020").
_CURRENT = re.compile(r"(?i)\b(?:current(?:ly)?|active|valid|up[- ]to[- ]date|still|in\s+good\s+standing|I\s+hold|"
                      r"I\s+am\s+(?:an?\s+)?(?:\w+\s+){0,3}?(?:certified|licen[sc]ed|registered|qualified)|I\s+maintain|"
                      r"I['’]m\s+(?:\w+\s+){0,3}?(?:certified|licen[sc]ed|registered|qualified))\b")
#: A sentence that keeps the lapse: it says the credential ended or was held before (session 31, ground133).
_KEEPS_LAPSE = re.compile(r"(?i)\b(?:expired|lapsed|no\s+longer|before|earned|previously|formerly|used\s+to|until\s+"
                          r"(?:(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)|once|renewal\s+(?:is\s+)?pending)\b")
#: A validity end the resume writes ("valid until 06/2024", "current through March 2023", "exp. 2022", "geldig tot
#: 05-2027" once in English form): lapsed when that month is before today (session 31, ground133).
_VALID_TO = re.compile(r"(?i)\b(?:valid\s+(?:until|till|to|through|thru)|current\s+(?:through|thru|to|until)|"
                       r"(?:recertified|renewed|certified)\s+(?:through|thru|until|to)|expir(?:es|ing|y)(?:\s+date)?:?|"
                       r"exp\.|good\s+through|vigente\s+hasta)\s+(?:(?P<m>[A-Za-z]{3,9})\.?\s+|(?P<n>\d{1,2})[/.-])?"
                       r"(?P<y>(?:19|20)\d\d)\b")
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def _expired_by_date(clause: str, today) -> bool:
    """``clause`` gives a validity end (:data:`_VALID_TO`) before ``today``'s month (``today``: a date or None)."""
    if today is None:
        return False
    for m in _VALID_TO.finditer(clause):
        month = int(m.group("n")) if m.group("n") else _MONTHS.get((m.group("m") or "")[:3].lower(), 12)
        if (int(m.group("y")), month) < (today.year, today.month):
            return True
    return False
#: A held line that is a course towards the credential, no credential ("Curso de fotogrametría con drones (RPAS)").
_COURSE = re.compile(r"(?i)\b(?:course|curso|cours|kurs|corso|kursus|training|workshop|seminar|module)\b")
#: A sentence's cue of holding.
HOLDING = re.compile(
    r"(?i)\b(?:I\s+am\s+(?:an?\s+)?(?:\w+\s+){0,3}?(?:certified|authori[sz]ed|licen[sc]ed|chartered|qualified|"
    r"registered)|certified\s+(?:in|as)|charterholder|I\s+hold|I(?:\s+have|['’]ve)\s+(?:earned|obtained|gained|"
    r"completed|finished|a|an)|I\s+(?:earned|obtained|completed|finished|gained)|qualified\s+as|I\s+graduated|"
    r"[A-Z]{3,}[- ]certified)\b")
#: A sentence's cue of the status: it says what the resume says.
KEEPS_STATUS = re.compile(
    r"(?i)\b(?:working\s+towards?|preparing|prepar\w+\s+for|studying|pursuing|enrolled|candidate|in\s+progress|"
    r"expect\w*|scheduled|passed|module|modules|first\s+of|part\s+of|course|courses|coursework|all\s+but|"
    r"not\s+yet|finishing|completing|thesis|currently\s+taking|attended|level\s+(?:I{1,3}|[1-3])|"
    # a part of the programme said as such (session 31, ground134; set 27: "I completed about half of a forestry
    # bachelor's" for «Coursework toward B.S. Forestry … (62 of 120 credits)»): a share before the degree, credits
    # or years counted toward it
    r"(?:about|roughly|nearly|almost|over|more\s+than|less\s+than|just\s+under)\s+(?:half|a\s+third|two[- ]thirds|"
    r"a\s+quarter|three[- ]quarters)\s+of|(?:half|most|much|part|some|two[- ]thirds|a\s+third)\s+of\s+(?:an?|the|my)\b|"
    r"\d+\s+(?:of\s+(?:the\s+)?\d+\s+)?(?:credits?|credit\s+hours|ECTS|units|modules|semesters)\s+(?:toward|towards|of|for)|"
    r"(?:\w+\s+){0,2}years?\s+(?:of|toward|towards)\s+(?:an?|the|my)\b|"
    # the part said as a part (session 31, ground133): "62 of the 120 credits toward a B.S.", "without graduating"
    # ("credit(s)", "toward(s)" and "half of" alone, so the longer forms above that start with them need no alternative)
    r"credits?|toward|towards|half\s+of|(?:one|two|three|four|\d)\s+(?:years?|semesters?)\s+of|without|never|not\s+complet\w*|left|expired|lapsed|until\s+(?:19|20)\d\d)\b")
#: Words that name no particular credential.
_GENERIC = frozenset(norm_words("certified certification certificate licence license licensed authorised authorized "
                                "qualified chartered registered exam exams course programme program level hold held "
                                "completed passed full fully university college school member degree"))
_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")


def _distinct(text: str) -> set[str]:
    """Whole lower-case words (plural ``s`` removed; not stems: "installer" is no "Installationsteknik")."""
    return {w for w in norm_words(text) if len(w) > 2 and not w.isdigit()} - STOP - GENERIC - _GENERIC


def _names(words: set[str], acronyms: set[str], line: str) -> bool:
    """The line names the sentence's credential: a shared acronym, two shared distinctive words, or the
    sentence's only one ("a Certified ScrumMaster")."""
    shared = words & _distinct(line) | cognates(words, _distinct(line))
    return bool(acronyms & set(_ACRONYM.findall(line))) or len(shared) >= 2 or (len(words) == 1 and shared == words)


def _studying_now(line: str) -> bool:
    """A line naming a degree whose range runs to the present (:data:`_STUDYING_NOW`)."""
    return bool(_STUDYING_NOW.search(line)) and bool(ent.find_degrees(line) or re.search(r"(?i)\bdegree\b", line))


def cognates(words: set[str], line_words: set[str]) -> set[str]:
    """``words`` that share a stem of 7+ letters with a word of ``line_words`` — a field written in the CV's language
    ("gastronomic" / «Gastronomiche», "management" / «Managementul»; ground142, set 28's w14)."""
    return {w for w in words if len(w) >= 7 and any(len(v) >= 7 and w[:7] == v[:7] for v in line_words)}


#: A sentence's end: not a dot of an abbreviation ("a B.S. in Forestry", "U.S.", "No. 4") nor a decimal point.
_SENTENCE = re.compile(r"(?:[^.!?]|\.(?=\d)|(?<=\b[A-Za-z])\.|(?<=\bNo)\.|\.(?=\s*[a-z(,])|\.(?=[A-Za-z]))+[.!?]?")


def unsupported(text: str, lines: list[str], today=None) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of the sentences of ``text`` that claim to hold a credential or degree
    the resume ``lines`` (physical lines: a status often follows a semicolon) name only as pending, or — claimed as
    held now — as lapsed (an expiry cue, or a validity end before ``today``: a ``datetime.date``, None = not read).
    Session 31 (ground133): a line's credentials written side by side ("… · ISA Tree Risk Assessment Qualification —
    expired March 2024") are read one by one; an abbreviation's dot ("a B.S. in Forestry") ends no sentence."""
    pending = [ln for ln in lines if PENDING.search(ln) or _studying_now(ln)]
    lapsed = [c for ln in lines for c in re.split(r";\s|,\s(?=[A-Z])|\s[·•|]\s", ln)
              if _LAPSED.search(c) or _expired_by_date(c, today)]
    if not pending and not lapsed:
        return []
    held = [ln for ln in lines if ln not in pending and not _COURSE.search(ln)]
    # (a credential held beside the lapsed one on its line: "ISA Certified Arborist … · ISA TRAQ — expired 2024")
    held += [c for ln in lines if any(x in ln for x in lapsed) for c in re.split(r";\s|,\s(?=[A-Z])|\s[·•|]\s", ln)
             if c not in lapsed and not PENDING.search(c) and not _COURSE.search(c)]
    out = []
    for m in _SENTENCE.finditer(text):  # (not at a decimal point: "GHS 1.6 million", nor in "B.S.")
        sentence = m.group(0)
        pends = pending if HOLDING.search(sentence) and not KEEPS_STATUS.search(sentence) else []
        lapses = lapsed if _CURRENT.search(sentence) and not _KEEPS_LAPSE.search(sentence) else []
        if not pends and not lapses:
            continue
        words = _distinct(sentence)
        acronyms = set(_ACRONYM.findall(sentence))
        hit = next((ln for ln in pends + lapses if _names(words, acronyms, ln)), None)
        if hit is None:
            continue
        # held elsewhere: a line without a status naming all of what the sentence shares with the pending
        # one ("MSc Nursing, University of Leeds" does not hold "a PhD in nursing education … Leeds")
        same = words & _distinct(hit) | cognates(words, _distinct(hit))
        same_acr = acronyms & set(_ACRONYM.findall(hit))
        if any(same <= _distinct(ln) and same_acr <= set(_ACRONYM.findall(ln)) for ln in held if hit not in ln):
            continue
        kind = "degree" if ent.find_degrees(hit) or re.search(r"(?i)\bdegree\b", hit) else "certification"
        lead = len(sentence) - len(sentence.lstrip())
        out.append((m.start() + lead, m.end(), kind))
    return out
