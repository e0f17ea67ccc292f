"""Durations of a title, a credential or a led unit named without an employer (session 22, ground32; set 18's
date misses): "I have been a lead PTA for more than eight years", "I have been an HR manager for …", "I have held my
Inspection Authorization for more than ten years", "I have been licensed as a clinical social worker for …", "I have
led the microbiology laboratory for …".

* **a title by its initials** — "PTA" for "Physical Therapist Assistant", "HR" for "Human Resources": an upper-case
  word of the sentence's role is held by a header whose consecutive words spell it (:func:`spelled`, read by
  :func:`.durations.role_entries`).
* **a credential held** — "held my Inspection Authorization", "been licensed as a clinical social worker", "a
  licensed P.Eng.", "a registered paramedic": the resume lines outside the dated history naming every word of the
  credential (or its initials) with a year ("FAA Inspection Authorization (IA), 2019", "Licensed Clinical Social
  Worker (Wisconsin), 2020"); from the earliest such year — or the earliest history role naming it, whichever is
  earlier — to today (:func:`credential_span`). A renewal's year ("renewed 2025") dates no start; a credential no
  dated line names is an unknown scope, never guessed.
* **a unit led under a nested role line** — "2016年4月 – 現在 … Department of Clinical Laboratory" over "2021年4月 –
  現在 … (Chief Technologist, Microbiology Laboratory)": an entry whose header holds several dated lines is led from
  its leading line's own dates (:func:`leading_lines`), not from the stay's start.

Issue 12, set 22 (ground78): a credential's year is read from its own part of a line listing several ("AFA Certified
Farrier (CF), 2011; Certified Journeyman Farrier (CJF), 2015": :func:`_own_part`); a line or title under another
standing is no year of this one ("Licensed Practical Nurse" for "a registered nurse": :func:`other_standing`); a
credential spelled out in the sentence may be written by its initials ("Texas RN License, 2020"), and one named by its
initials ("a CPA") is held from the line dating it; "senior" alone leads nothing when a later title does
(:func:`above_senior`); a title in the CV's language glossed in English elsewhere holds that English role
(:func:`glossed`).

Only an overstated length is flagged with these (a credential may be younger than the claim says, never older).
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.facts import SourceFacts
from careercopilot.writing.grounding.text import MONTH_YEAR_RE, MONTHS

Span = tuple[float, float]

#: Upper-case initials in a role ("PTA", "HR", "CNA", "SLP"): two to five capitals as one word.
_INITIALS = re.compile(r"(?<![\w.&-])[A-Z]{2,5}(?![\w.&-])")
#: Words an initialism may skip ("Doctor of Pharmacy", "Research and Development").
_SKIPPED = frozenset("of and the for in".split())


def initials(role: str) -> set[str]:
    """Lower-case initialisms of ``role`` as written ("lead PTA" → {"pta"})."""
    return {m.group(0).lower() for m in _INITIALS.finditer(role)}


def spelled(acronyms: set[str], part: str) -> set[str]:
    """Those of ``acronyms`` whose letters are the initials of consecutive words of ``part`` (hyphens split words:
    "Speech-Language Pathologist" spells "slp"; "of"/"and" may be skipped: "Doctor of Pharmacy" spells "dp" and
    "dop"), or that ``part`` writes as a word itself."""
    return set(spellings(acronyms, part))


def spellings(acronyms: set[str], part: str) -> dict[str, set[str]]:
    """:func:`spelled` with the lower-case words of ``part`` that spell each acronym ("pta" → {"physical",
    "therapist", "assistant"}: a rank word inside the spelled name, "Assistant", is the acronym's, no added rank)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", part)]
    out: dict[str, set[str]] = {}
    for acr in acronyms:
        if acr in words:
            out[acr] = {acr}
            continue
        for i in range(len(words)):
            k, j = 0, i
            while j < len(words) and k < len(acr):
                if words[j][0] == acr[k]:
                    k, j = k + 1, j + 1
                elif k and words[j] in _SKIPPED:
                    j += 1
                else:
                    break
            if k == len(acr):
                out[acr] = set(words[i:j])
                break
    return out


#: A credential held before its duration: "held my Inspection Authorization for", "had the CPA licence for", "been
#: licensed as a clinical social worker for", "been board-certified for".
_HELD = re.compile(r"(?i)\b(?:held|hold|holding|had|kept|maintained)\s+(?:my|an?|the|our|this|that)\s+"
                   r"(?P<cred>(?:[\w&'’.()/-]+\s+){0,5}?(?!(?:role|roles|position|positions|post|posts|job|jobs|title|"
                   r"seat|office|capacity|chair)\b)[\w&'’.()/-]+)\s+(?:for|over)\s*$")
_LICENSED = re.compile(r"(?i)\b(?:been|am|was|being|become)\s+(?:fully\s+|board[- ]|state[- ])?(?P<how>licensed|certified|"
                       r"registered|chartered|accredited|credentialed|qualified)"
                       r"(?:\s+as\s+(?:an?\s+|the\s+)?(?P<cred>(?:[\w&'’.()/-]+\s+){0,5}?[\w&'’.()/-]+))?\s+(?:for|over)\s*$")
_BEEN_A = re.compile(r"(?i)\b(?:been|am|was)\s+(?:an?|the)\s+(?P<cred>(?:[\w&'’.()/-]+\s+){0,5}?[\w&'’.()/-]+)\s+(?:for|over)\s*$")
#: Words that make a role a credential held: "a licensed P.Eng.", "a registered paramedic", "an ICAN chartered
#: accountant".
_STANDING = re.compile(r"(?i)\b(?:licensed|certified|registered|chartered|accredited|credentialed)\b")
#: A year on a credential line that is no start: a renewal, an expiry, an exam booked.
_NOT_START = re.compile(r"(?i)\b(?:renew\w*|recertif\w*|re-certif\w*|valid|expir\w*|exp\.?|until|through|due|"
                        r"expected|pending|scheduled|in\s+progress|candidate)\b")
#: Words of a credential that name no particular one.
_GENERIC = frozenset("my the a an licence license licensed certificate certification certified registration registered "
                     "credential qualified chartered accredited as".split())


def credential_phrase(before: str, role: str | None) -> str | None:
    """The credential a duration's clause says is held ("Inspection Authorization", "clinical social worker" of
    "licensed as a …", "licensed P.Eng."), or ``None``; ``role`` is the role :mod:`.durations` read there."""
    m = _HELD.search(before)
    if m:
        return m.group("cred")
    m = _LICENSED.search(before)
    if m:
        return m.group("cred") or m.group("how")
    if not role:  # a role with dots ("a licensed P.Eng."), which :mod:`.durations` does not read as one
        m = _BEEN_A.search(before)
        role = m.group("cred") if m else None
    if role and _INITIALS.fullmatch(role):
        return role  # "a CPA", "an RN": a credential by its initials, held from the line that dates it (issue 12, set 22)
    if role and _STANDING.search(role):  # (its jurisdiction is the place check's: "… surveyor in Poland", session 24)
        return re.sub(r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$", "", role)
    return None


def _words(text: str) -> set[str]:
    from careercopilot.writing.grounding.durations import _role_words

    return {w.replace(".", "") for w in _role_words(text.replace(".", ""))} - _GENERIC


def _names(cred: str, line: str) -> bool:
    """Resume ``line`` names every word of ``cred`` (initialisms by their spelled-out words too: "IA" for "Inspection
    Authorization"; "P.Eng." for "P.Eng")."""
    want = _words(cred)
    if not want:
        return False
    acr = initials(cred.replace(".", "")) & want
    if want - spelled(acr, line) <= _words(line) | {w.lower() for w in re.findall(r"[A-Za-z]+", line.replace(".", ""))}:
        return True
    # the line writes the credential spelled out by its initials ("Texas RN License, 2020" for "a registered nurse")
    words = [w for w in re.findall(r"[A-Za-z]+", cred) if w.lower() not in _SKIPPED | {"a", "an", "my"}]
    acronym = "".join(w[0] for w in words).upper()
    return len(words) >= 2 and re.search(rf"(?<![\w-]){acronym}(?![\w-])", line) is not None


#: A line stating a licence or registration held ("Texas Certified Shorthand Reporter (CSR) No. 11472 — licensed since
#: October 2011", "Registered Nurse, Nursing Council of Kenya, 2012").
_LICENCE_LINE = re.compile(r"(?i)\b(?:licen[cs]\w*|registered|registration|certified|certification|chartered|board)\b")


def _names_licence(cred: str, line: str) -> bool:
    """``line`` states a licence and names ``cred``'s profession in other words: its head noun (last word) and every
    capitalised word (a state, a country, a body) of it, all its other words but one ("a licensed Texas court reporter"
    for "Texas Certified Shorthand Reporter … licensed since October 2011"; session 23, set 19)."""
    if not _LICENCE_LINE.search(line):
        return False
    want = _words(cred)
    tokens = [t for t in re.findall(r"[A-Za-z]+", cred.replace(".", "")) if _words(t) & want]
    if len(want) < 2 or not tokens:
        return False
    have = _words(line) | {w.lower() for w in re.findall(r"[A-Za-z]+", line.replace(".", ""))}
    stems = {w[:6] for w in have if len(w) >= 6}  # "surveyor" for "surveying licence" (session 24, set 20)
    missing = {w for w in want - have if not (len(w) >= 6 and w[:6] in stems)}
    kept = _words(tokens[-1]) | set().union(*(_words(t) for t in tokens if t[0].isupper()))
    return len(missing) <= 1 and not missing & kept


def credential_span(cred: str, facts: SourceFacts, *, to_now: bool) -> Span | None:
    """(shortest, longest) years from the earliest year of a resume line naming credential ``cred`` ("Professional
    Engineer (P.Eng.), APEGA — since 2014"; its renewal or expiry years skipped) to today; ``None`` when no such
    line states a year. A licence line naming the profession in other words (:func:`_names_licence`) counts when no
    line names it word for word, or starts earlier (a role line "Official Court Reporter | January 2019 – Present" is
    no licence's start)."""
    spans = [s for s in (_credential_span(cred, facts, to_now, _names), _credential_span(cred, facts, to_now, _names_licence))
             if s is not None]
    return max(spans, key=lambda s: s[1], default=None)


#: Where one line lists several credentials, each with its year: "AFA Certified Farrier (CF), 2011; Certified Journeyman
#: Farrier (CJF), 2015", "Controlled Substance Licence, 2014; Approved Handler, 2012", "CPA, 2015 · CFA, 2018".
_PARTS = re.compile(r"\s*;\s*|\s+[·|•]\s+|(?<=(?:19|20)\d\d),\s+(?=[A-Z])")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


#: The standings a register gives a profession, each its own credential ("Registered Nurse" and "Licensed Practical
#: Nurse", "Chartered Accountant" and "Certified Accounting Technician").
_STANDINGS = re.compile(r"(?i)\b(licensed|registered|certified|chartered)\b")


def other_standing(cred: str, line: str) -> bool:
    """``line`` holds the profession of ``cred`` under another standing: ``cred`` says "registered", "licensed",
    "certified" or "chartered" and ``line`` names one of these but not ``cred``'s ("a registered nurse" against
    "Licensed Practical Nurse | May 2011 – May 2019": a lower credential's years; issue 12, set 22)."""
    want = {w.lower() for w in _STANDINGS.findall(cred)}
    have = {w.lower() for w in _STANDINGS.findall(line)}
    return bool(want and have and not want & have)


def _own_part(cred: str, line: str, names) -> str:
    """The part of ``line`` that dates ``cred`` when the line lists several credentials, each with its own year
    (:data:`_PARTS`): the parts naming ``cred`` with a year of their own, joined — the lower credential's year beside
    it starts no length of this one (issue 12, set 22: "held the Certified Journeyman Farrier credential for thirteen
    years" from the 2011 "Certified Farrier (CF)"); else the whole line. Parts dated "— since <month> <year>" each
    (a range to now) are such parts too (ground110, set 25: "RRT — since January 2010 · Alabama … License 4418 —
    since February 2010 · NPS — since September 2014" read whole dated the licence from 2014's range)."""
    parts = [p for p in _PARTS.split(line) if p.strip()]
    if len(parts) < 2 or sum(bool(_YEAR.search(p)) for p in parts) < 2:
        return line
    if ctx.RANGE_RE.search(line) and sum(bool(ctx.RANGE_RE.search(p)) for p in parts) < 2:
        return line  # one range over the line ("Staff Nurse · 2019 – 2023"): a history line, read whole
    own = [p for p in parts if names(cred, p) and _YEAR.search(p)]
    return "; ".join(own) if own else line


def _standing_stems(text: str) -> set[str]:
    """The standings ``text`` writes, by stem: "licensed"/"licence"/"license" → "licen", "registered"/"Register" →
    "regis", "certified"/"certificate" → "certi", "chartered"/"charter" → "chart"."""
    return {w[:5].lower() for w in re.findall(r"(?i)\b(?:licen|regist|certi|charter)\w*", text)}


def _credential_span(cred: str, facts: SourceFacts, to_now: bool, names, standing: bool = True) -> Span | None:
    years = []
    want = _standing_stems(cred)
    # a line writing the standing itself ("Piano Technicians Guild Registered Piano Technician (RPT) — since September
    # 2012") dates the credential; a role line without it ("Staff Piano Technician | August 2010 – …") does not then
    # (session 27, ground88: set 22's RPT years were read from the first technician job)
    stated = standing and want and any(names(cred, ln) and want & _standing_stems(ln) for ln in facts.text.splitlines())
    for line in facts.text.splitlines():
        if not line.strip() or not names(cred, line):
            continue
        if stated and not want & _standing_stems(line):  # ("licensed" by "licence", "registered" by "Register")
            continue
        if standing and other_standing(cred, line):
            continue  # "Licensed Practical Nurse, 2011" starts no registered nurse's years
        line = _own_part(cred, line, names)
        if "edu" in facts.line_tags.get(line.strip(), ()) and "cert" not in facts.line_tags.get(line.strip(), ()):
            continue  # a degree's year ("BSc (Hons) Paramedic Science, 2013 – 2016") starts no licence
        kept = _NOT_START.split(line, maxsplit=1)[0]
        if ctx.RANGE_RE.search(kept):  # a dated line: its own start ("Nov 2024 - present")
            start, _, month, _, _ = ctx._line_span(kept, facts.today.year)
            years.append((start, month, month))
            continue
        found = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", kept)]
        found = [y for y in found if y <= facts.today.year]
        if found:
            first = min(found)
            month = next((MONTHS.get(m.group("m").lower()[:3]) for m in MONTH_YEAR_RE.finditer(kept)
                          if int(m.group("y")) == first), None)
            years.append((first, month, month))
    if not years and standing and to_now:  # only lines of another standing name it: read them as before (set 19's
        return _credential_span(cred, facts, to_now, names, standing=False)  # "a licensed procurement professional")
    if not years or not to_now:
        return None
    # from the start's month, or January of a bare year (the longest it can be: "even from January 2016, at most
    # 10 y 11 m" in December 2026), to its month or December (the shortest)
    start, early, late = min(years, key=lambda y: (y[0], y[1] or 1))
    today = facts.today
    months = (today.year - start) * 12 + today.month
    return max(0.0, months - (late or 12)) / 12, (months - (early or 1)) / 12


def leading_lines(e: ctx.Entry, facts: SourceFacts, leading) -> list[ctx.Entry]:
    """``e`` as the leading history entries it holds: when its header holds several dated lines, the dated lines
    ``leading`` accepts (each with its own dates, its line as header); else ``e`` itself."""
    lines = [ln for ln in e.header.split("\n• ")[0].splitlines() if ctx.RANGE_RE.search(ln)]
    if len(lines) < 2:
        return [e]
    out = []
    for line in lines:
        start, end, sm, em, present = ctx._line_span(line, facts.today.year)
        one = ctx.Entry(start, end, sm, em, line, line, set(), present)
        if leading(one):
            out.append(one)
    return out or [e]


def with_months(e: ctx.Entry, facts: SourceFacts) -> ctx.Entry:
    """``e`` with the months of a header line giving the same years ("Senior Actuarial Analyst (2019 – 2021), Actuarial
    Analyst (2017 – 2018)" over "Highveld Life Ltd, Johannesburg | Jan 2017 – Mar 2021": 4 y 2 m, not "four or five
    years"), when the entry was read without them."""
    if e.start_month:
        return e
    for line in e.header.splitlines():
        if not ctx.RANGE_RE.search(line):
            continue
        start, end, sm, em, present = ctx._line_span(line, facts.today.year)
        if sm and (em or present) and start == e.start and end == e.end:
            return ctx.Entry(start, end, sm, em, e.header, e.text, e.words, present)
    return e


#: "since" in the languages of the blind sets' CVs, before a date on a bullet: "Coordinadora del Programa … desde mar.
#: 2021", "Leitung … seit 04/2020", "responsable … depuis 2019".
_SINCE_WORD = re.compile(r"(?i)\b(?:since|desde|seit|depuis|sinds|dal|dalla|od|från|siden|alkaen|sejak|kể\s+từ)\b"
                         r"[^0-9\n]{0,12}?(?:(?P<m>\d{1,2})[./])?(?P<y>(?:19|20)\d\d)\b")


def led_since(want: set[str], facts: SourceFacts, leading) -> list[ctx.Entry]:
    """Resume lines that give a leading role over what was led since a date ("Coordinadora del Programa de Trastornos
    de Ansiedad (anxiety disorders programme) desde mar. 2021"): a line ``leading`` accepts, naming a word of ``want``
    (the led object's content words), with a "since" word and a year; each as an entry from that year (its month when
    written as a number, else January) to today."""
    from careercopilot.writing.grounding.text import fold_accents

    out = []
    for line in facts.text.splitlines():
        m = _SINCE_WORD.search(line)
        if not m or not want & ctx.content_words(fold_accents(line)):
            continue
        start, month = int(m.group("y")), int(m.group("m")) if m.group("m") else None
        if ctx.RANGE_RE.search(line):  # a range the history reads ("… | desde mayo 2019"): its own start and month
            start, _, month, _, _ = ctx._line_span(line, facts.today.year)
        one = ctx.Entry(start, facts.today.year, month or 1, facts.today.month, line.split(m.group(0))[0], line, set(),
                        True)
        if leading(one):
            out.append(one)
    return out


def above_senior(held: list[ctx.Entry], leading) -> list[ctx.Entry]:
    """The leading entries ``held`` without those whose only leading word is "senior", when another holds a rank that
    leads ("Supervisor", "Manager", "Head": ``leading`` of the header with "senior" taken out): a "Senior Dispatcher |
    June 2015 – August 2019" before "Communications Supervisor | September 2019 – Present" supervised no shift (issue
    12, set 22: "I have supervised a dispatch shift for more than nine years")."""
    def ranked(e: ctx.Entry) -> bool:
        plain = re.sub(r"(?i)\b(?:senior|sr\.?)\s*", "", e.header)
        return leading(ctx.Entry(e.start, e.end, e.start_month, e.end_month, plain, plain, e.words, e.present))
    strong = [e for e in held if ranked(e)]
    return strong or held


#: A title in the CV's language with its English gloss in parentheses after it: "Maître de chai (cellar master)",
#: "Teeltmanager (head grower)", "Instruktor techniki jazdy (driving-technique instructor)".
_GLOSSED = re.compile(r"(?m)(?:^|[|—–•·,;:]\s*)(?P<native>[^\n()|—–•·,;:\d]{2,60}?)\s*\((?P<gloss>[A-Za-z][^()\n]{1,60})\)")


def glossed(words: set[str], part: str, text: str) -> bool:
    """Header ``part`` is a title in the CV's language that the resume glosses somewhere with an English phrase holding
    every role word of ``words`` ("Maître de chai | mars 2017 – aujourd'hui" under a heading "Maître de chai (cellar
    master)": "cellar master" is held from March 2017, and "Second de chai" is no cellar master; issue 12, set 22)."""
    from careercopilot.writing.grounding.durations import _role_words
    from careercopilot.writing.grounding.text import fold_accents

    title = fold_accents(part).strip().lower()
    if not words or not title:
        return False
    for m in _GLOSSED.finditer(text):
        native = fold_accents(m.group("native")).strip().lower()
        if len(native) > 2 and words <= _role_words(m.group("gloss")) and (
                title == native or re.match(rf"{re.escape(native)}(?![\w-])", title)):
            return True
    return False

