"""Structured fields parsed from resume text, and section splitting.

Pure functions over plain text (as produced by
:func:`careercopilot.normalize.documents_extract.extract_text`).  Heuristics are
deliberately conservative: a field that cannot be found confidently is left
empty/``None`` rather than guessed.

Rules and their sources:

* **Email** – ``local@domain.tld``: ``[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}``
  (the practical subset of RFC 5322 seen on resumes); first one wins.
* **Phone** – a run starting with ``+``, ``(`` or a digit made of digits,
  spaces, ``.``, ``-`` and ``()``, containing 9–15 digits (ITU-T E.164 allows at
  most 15), not looking like a date range (``2019 - 2021``); first one wins,
  returned as written (trimmed).
* **Links** – ``http(s)://…``, ``www.…`` or a bare ``domain.tld/path`` on a
  common TLD (``linkedin.com/in/jane``, ``github.com/jane``); e-mail domains are
  excluded; trailing punctuation is stripped; ``https://`` is prepended when
  no scheme was written; de-duplicated in order.
* **Sections** – see :func:`careercopilot.normalize.resume_sections.split_sections`.
* **Years of experience** – date ranges (``2019 – Present``,
  ``Jan 2018 - Mar 2021``, ``03/2017 – 06/2019``, ``2016-01 to 2018-12``) in the
  experience section (or the whole text minus education when there is no
  experience heading) are merged so overlapping jobs are not double-counted.
  Month-precise ranges count both end months (Jan–Mar = 3 months); year-only
  dates are taken as mid-year (2019 – 2021 = 2.0 years); internships, co-ops, rotations,
  practicums, capstones, apprenticeships, student assistantships and career breaks are not
  counted (``_NOT_TENURE``; 0.0 when they are all there is).  An explicit
  statement ("8+ years of experience") is also read; the larger of the two
  values is returned, rounded to 0.1 year.
* **Recent titles** – for each dated entry in the experience section the
  nearest line segment containing a job-title word (engineer, nurse,
  manager, technician, teacher, …) is taken; entries are ordered by end date
  (most recent first; volunteer entries last; an "Other Experience" section's entries after the main
  sections', a concurrent role's section — reserve or Guard service, board seats — after a main job its
  dates overlap, ``normalize.experience_tiers``; of two current entries, a side job — part-time,
  weekends, per diem, reserve service, adjunct teaching — after the main one); up to 3 distinct titles. A range wrapped after its dash
  ("2020 -⏎Present", PDF pastes) is read as one; a title three lines above the dates (over an
  employer on two lines) is read when the block has no blank line; a bracketed aside is dropped
  from a title longer than 8 words.
* **Columns** – a two-column paste (sidebar beside the experience, title beside the contact
  details) is read one column after the other first (``normalize.text_columns``).
* **Current title** – a title-like segment of the header (the headline under or beside the
  name), else the most recent experience entry's title.
* **Location** – the first header segment shaped "City, ST [ZIP]" or "City, Country/Region"
  whose last part is a known subdivision or country (``normalize.location``).
* **Name** – the first of the first five header lines (before any heading)
  whose first ``|``/``,``-separated segment is 2–5 capitalised words without
  digits, ``@``, URLs or job-title words; ALL-CAPS names are title-cased.
* **Skills** – :func:`careercopilot.normalize.resume_skills.extract_resume_skills` on the
  whole text (skills named only in passing left out), with the candidate's name blanked out first.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import threading
from collections import OrderedDict
from datetime import date

from pydantic import BaseModel, Field

from careercopilot.normalize.date_ranges import RANGE_RE, point_month
from careercopilot.normalize.occupation_jargon import JARGON_TITLE_WORDS
from careercopilot.normalize.resume_skills import extract_resume_skills
from careercopilot.normalize.resume_title_lines import (
    BARE_RANK,
    RANK_OR_VANITY_HEAD,
    SERVICE_HEAD,
    prose_line,
    rank_with_function,
    title_words_max,
    undated_titles,
)
from careercopilot.normalize.resume_header import (  # noqa: F401  (re-exported: resume_fields.find_name still works)
    _HEADER_SPLIT,
    _PLACE_RE,
    _find_location,
    _find_name,
    find_name,
    header_lines_of,
)
from careercopilot.normalize.text_columns import unfold_columns
from careercopilot.normalize.experience_tiers import PRIMARY, set_apart, tier_at, tier_marks
from careercopilot.normalize.resume_sections import (  # noqa: F401  (re-exported: resume_fields.X still works)
    _HEADINGS,
    _PHRASE_TO_KEY,
    _KEYWORDS,
    _BULLET_START,
    _norm_heading,
    heading_key,
    heading_of,
    split_sections,
)

__all__ = ["ResumeFields", "find_name", "header_lines_of", "heading_key", "parse_resume_fields", "split_sections"]


class ResumeFields(BaseModel):
    """Structured data parsed from a resume's plain text.

    ``sections`` maps a canonical section key (``summary``, ``experience``,
    ``education``, ``skills``, ``projects``, ``certifications``, ``awards``,
    ``publications``, ``languages``, ``volunteer``, ``interests``,
    ``references``, or the lower-cased heading text when unrecognised;
    ``header`` for text before the first heading) to the section body.
    ``years_experience`` is in years (float, 0.1 precision).
    """

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    links: list[str] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    years_experience: float | None = None
    recent_titles: list[str] = Field(default_factory=list)
    #: the person's current title: the header's headline ("Daniel Novak — Senior Backend
    #: Engineer") or else the most recent experience entry's title
    current_title: str | None = None
    #: where the person lives as written in the header ("Denver, CO", "Berlin, Germany")
    location: str | None = None
    sections: dict[str, str] = Field(default_factory=dict)


# --------------------------------------------------------------------------
# Contact details
# --------------------------------------------------------------------------

EMAIL_RE = re.compile(r"(?=[A-Za-z0-9._%+-])(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PHONE_RE = re.compile(r"(?=[+(\d])(?<![\w/@.])(?:\+|\()?\d[\d\s().-]{6,22}\d(?![\w/@])")
_YEAR_RANGE_RE = re.compile(r"(?:19|20)\d{2}\s*[-–—/]\s*(?:(?:19|20)\d{2}|\d{2})\b")
URL_RE = re.compile(
    r"(?i)(?=[a-z0-9])(?:\bhttps?://|\bwww\.)[^\s<>()\"'|,]+"
    r"|(?<![@\w.\-])(?:[a-z0-9-]+\.)+(?:com|io|dev|me|net|org|co|ai|app|tech|page|site|xyz|info|blog|design|codes|"
    r"us|uk|ca|de|fr|in|eu)(?:/[^\s<>()\"'|,]*)?(?![@\w])"
)
_LINK_HOST_HINT = re.compile(r"/|linkedin|github|gitlab|behance|dribbble|medium|kaggle|stackoverflow|portfolio|"
                             r"twitter|x\.com|bitbucket|scholar|orcid|substack", re.IGNORECASE)


def _find_phone(text: str) -> str | None:
    for m in PHONE_RE.finditer(text):
        cand = m.group(0).strip()
        digits = re.sub(r"\D", "", cand)
        if not 9 <= len(digits) <= 15:
            continue
        if _YEAR_RANGE_RE.search(cand) or re.search(r"\s{3,}|[.-]{2,}", cand):
            continue
        if cand.count("(") != cand.count(")"):
            cand = cand.lstrip("(") if cand.startswith("(") and ")" not in cand else cand
            if cand.count("(") != cand.count(")"):
                continue
        return cand
    return None


def _find_links(text: str) -> list[str]:
    emails = {m.group(0).lower() for m in EMAIL_RE.finditer(text)}
    seen: dict[str, None] = {}
    for m in URL_RE.finditer(text):
        url = m.group(0).rstrip(".,;:!?)]}'\"")
        if not url or url.lower() in emails:
            continue
        has_scheme = re.match(r"(?i)https?://", url)
        if not has_scheme and not url.lower().startswith("www.") and not _LINK_HOST_HINT.search(url):
            # a bare "acme.com" in prose is more often a company than a link to the candidate
            continue
        if not has_scheme:
            url = "https://" + url
        seen.setdefault(url, None)
    return list(seen)


# --------------------------------------------------------------------------
# Dates and experience
# --------------------------------------------------------------------------

_YEARS_STATED_RE = re.compile(
    r"(?<![\d.])(?P<n>\d{1,2}(?:\.\d)?)[ \t]*\+?[ \t]*(?:years?|yrs?)['’]?"
    r"\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?experience",
    re.IGNORECASE,
)


def _month_index(m: re.Match[str], p: str) -> tuple[int, bool] | None:
    """Return (months since year 0, precise?) for the start (p='s') or end (p='e') date."""
    year = m.group(f"{p}y")
    if not year:
        return None
    month = point_month(m, p)
    if month is None:
        return int(year) * 12 + 6, False  # year only (or a season): mid-year
    return int(year) * 12 + month - 1, True


def _date_ranges(text: str, today: date) -> list[tuple[int, int, int]]:
    """Find date ranges → ``(start_month, end_month_exclusive, text_position)``."""
    now = today.year * 12 + today.month - 1
    out = []
    for m in RANGE_RE.finditer(text):
        s = _month_index(m, "s")
        if s is None:
            continue
        start, s_precise = s
        if m.group("present") or m.group("since"):
            end, e_precise = now, True
        else:
            e = _month_index(m, "e")
            if e is None:
                continue
            end, e_precise = e
        end = min(end, now)
        if s_precise and e_precise:
            end += 1  # month-precise ranges include their end month
        if start < 1950 * 12 or end < start or end - start > 50 * 12:
            continue
        out.append((start, end, m.start()))
    return out


#: A dated entry that is training or time away, not work at a rung (session 22; level guide: entry =
#: "intern/trainee/apprentice/new-grad"): an internship, co-op, externship, clinical rotation,
#: practicum, capstone, apprenticeship, a student's research, teaching or graduate assistantship, a
#: student or work-study job, and a career break ("Career break | 2021 – 2023"). A new graduate whose
#: only entries are these has 0 counted years (blind9 i02: two design internships and a student web
#: job; i05), and a returner's break does not add to their tenure (blind2 b19). The program's staff
#: are not its trainees ("Internship Coordinator", "Intern Supervisor", "Practicum Instructor").
_NOT_TENURE = re.compile(
    r"(?<!\bof )\b(?:(?:summer |winter |spring |fall |graduate |undergraduate )?intern(?:ship)?|co-?op(?: student| term)?|"
    r"extern(?:ship)?|clinical (?:rotation|placement)s?|practicum|capstone|apprentice(?:ship)?|pre-apprentice(?:ship)?|"
    r"(?<!clinical )(?<!senior )(?<!lead )(?:graduate |undergraduate |student )?research assistant(?:ship)?|"
    r"(?:graduate )?teaching assistant(?:ship)?|graduate assistant(?:ship)?|student (?:worker|employee|assistant|"
    r"[\w-]+ assistant|ambassador)|work[- ]study|career (?:break|gap|pause))\b"
    r"(?!\s*(?:program\s+)?(?:coordinator|supervisor|manager|director|instructor|liaison|mentor|advisor|adviser|"
    r"recruiter|lead|specialist|class|classes|course|training))", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-•*·▪●◦]")


def _tenure_ranges(text: str, ranges: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``ranges`` without the entries :data:`_NOT_TENURE` names: the range's own line when it names a
    job (:data:`TITLE_WORDS`: "Line Cook / Grill Lead — The Harborside Tavern | 2019 – 2024"), else
    also the up to two lines above it that are neither blank, bullets nor another entry's dates (the
    entry's title and employer over "May 2025 - August 2025 (4 months)")."""
    kept = []
    verdicts: dict[int, bool] = {}  # line start → tenure? (one reading per line: perf75, linear in the text)
    breaks = [m.start() for m in re.finditer("\n", text)] if ranges else []
    for start, end, pos in ranges:
        k = bisect.bisect_left(breaks, pos)  # == text.rfind("\n", 0, pos) + 1, without the scan back
        line_start = breaks[k - 1] + 1 if k else 0
        if line_start not in verdicts:
            verdicts[line_start] = _line_is_tenure(text, line_start)
        if verdicts[line_start]:
            kept.append((start, end, pos))
    return kept


def _lines_above(text: str, line_start: int) -> list[str]:
    """The up to two lines before the line starting at ``line_start``, blank lines just above it
    skipped (``text[:line_start].rstrip("\n").split("\n")[-2:]`` without copying the text before)."""
    if not line_start:
        return []
    j = line_start
    while j > 0 and text[j - 1] == "\n":
        j -= 1
    p1 = text.rfind("\n", 0, j)
    if p1 < 0:
        return [text[:j]]
    return [text[text.rfind("\n", 0, p1) + 1:p1], text[p1 + 1:j]]


def _line_is_tenure(text: str, line_start: int) -> bool:
    """Whether the entry whose dates are on the line starting at ``line_start`` is not one
    :data:`_NOT_TENURE` names (see :func:`_tenure_ranges`)."""
    line_end = text.find("\n", line_start)
    lines = [text[line_start: line_end if line_end >= 0 else len(text)]]
    above = [] if _TITLE_WORDS.search(RANGE_RE.sub(" ", lines[0])) else _lines_above(text, line_start)
    for line in reversed(above):
        if not line.strip() or _BULLET.match(line) or RANGE_RE.search(line):
            break
        lines.append(line)
    if not re.search(r"[A-Za-z]{3,}", RANGE_RE.sub(" ", lines[0])) and line_end >= 0:
        # dates on a line of their own over the entry (Europass: "09/2024 - 07/2025⏎Occupation or position held:
        # Research Assistant (Master's thesis)"; fam139, blind19 u06): the two lines below name the entry too
        for line in text[line_end + 1:line_end + 1 + 2 * _MAX_TITLE_LINE].split("\n")[:2]:
            if not line.strip() or _BULLET.match(line) or RANGE_RE.search(line):
                break
            lines.append(line)
    joined = " ".join(lines)
    return all(_held_beside(joined, m) for m in _NOT_TENURE.finditer(joined))


#: A job title joined to the training word in one title: "HVAC Installer / Apprentice", "Carpenter/Apprentice",
#: "Intern / Junior Developer" (trial127 finding 3: an HVAC technician's first 17 months, "HVAC Installer /
#: Apprentice — Valley Breeze Heating & Cooling | January 2016 – May 2017", were no tenure and her years read
#: 9.6 for Jan 2016 – present). The job was held, so its months count; "Apprentice Electrician" and "Summer
#: Intern" stay training.
_JOINED_BEFORE = re.compile(r"(?:^|\s)([\w-]+)\s*(?:/|&|\+|\bor\b|\band\b)\s*$", re.IGNORECASE)
_JOINED_AFTER = re.compile(r"^\s*(?:/|&|\+|\bor\b|\band\b)\s*((?:[\w-]+[ \t]*){1,3})", re.IGNORECASE)


def _held_beside(text: str, m: re.Match[str]) -> bool:
    """Whether the training word ``m`` shares its title with a job title: the word just before a joiner
    (:data:`_JOINED_BEFORE`) or one of the three words after one (:data:`_JOINED_AFTER`)."""
    before = _JOINED_BEFORE.search(text[max(0, m.start() - 40):m.start()])
    after = _JOINED_AFTER.search(text[m.end():m.end() + 40])
    words = ([before.group(1)] if before else []) + (after.group(1).split() if after else [])
    return any(_TITLE_WORDS.fullmatch(w) and not _NOT_TENURE.fullmatch(w) for w in words)


def _merged_months(ranges: list[tuple[int, int, int]]) -> int:
    total, cur_s, cur_e = 0, None, None
    for s, e, _ in sorted(ranges):
        if cur_e is None or s > cur_e:
            if cur_e is not None:
                total += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    if cur_e is not None:
        total += cur_e - cur_s
    return total


_TITLE_WORDS = re.compile(
    r"\b(?:engineer|developer|programmer|architect|scientist|analyst|manager|director|head|lead|vp|svp|evp|avp|"
    r"vice president|president|chief|cto|ceo|cfo|coo|founder|co-founder|officer|consultant|specialist|"
    r"coordinator|administrator|assistant|associate|intern|trainee|apprentice|technician|technologist|"
    r"designer|editor|writer|producer|nurse|rn|lpn|cna|physician|doctor|surgeon|therapist|pharmacist|"
    r"paramedic|emt|aide|caregiver|teacher|tutor|instructor|professor|lecturer|educator|principal|"
    r"counselor|counsellor|social worker|accountant|auditor|bookkeeper|controller|clerk|cashier|"
    r"representative|rep|agent|advisor|adviser|recruiter|partner|attorney|lawyer|paralegal|counsel|"
    r"electrician|plumber|welder|carpenter|mechanic|machinist|operator|driver|supervisor|foreman|"
    r"chef|cook|server|bartender|barista|host|housekeeper|receptionist|secretary|planner|buyer|"
    r"merchandiser|strategist|marketer|owner|fellow|researcher|postdoc|librarian|officer|guard|"
    r"firefighter|dispatcher|inspector|estimator|surveyor|drafter|installer|laborer|labourer|"
    r"handler|picker|packer|associate|stocker|crew member|team member|volunteer|sales|pta|cota|slp|np|crna|lvn|"
    r"cma|stna|hha|eit|sre|swe|sde|hygienist|phlebotomist|sonographer|therapist assistant|clinician|sergeant|"
    r"lieutenant|detective|trooper|deputy|superintendent|dean|sanitarian|statistician|mathematician|economist|"
    r"epidemiologist|actuary|underwriter|examiner|investigator|chemist|biologist|microbiologist|dietitian|"
    r"interpreter|translator|contractor|freelancer|courier|"
    # a contractor's labor category ("SME II - Emergency Management", ``labor_categories``; fam95 blind15 p17)
    r"sme|subject matter expert|"
    # the kitchen brigade's and the drilling crew's ranks ("Tournant / Expo", "Derrickhand"; ``occupation_jargon``)
    + JARGON_TITLE_WORDS + r")s?\b",
    re.IGNORECASE,
)
def _misspelt_title(seg: str) -> bool:
    """Whether a word of ``seg`` misspells a job-title word ("Maintanence Techncian II", "Front Desk
    Receptionst": ``title_typos.correct_word`` reads "technician", "receptionist"; session 31, blind18
    t06/t07 — their latest jobs were skipped and the level read from an older title)."""
    from careercopilot.normalize.title_typos import correct_word

    return any(_TITLE_WORDS.fullmatch(correct_word(w)) for w in re.findall(r"[A-Za-z]{6,}", seg)
               if not _TITLE_WORDS.fullmatch(w))


#: Job-title words ("nurse", "electrician", "accountant", "manager"): a header segment with one names a job.
TITLE_WORDS = _TITLE_WORDS
_SEGMENT_SPLIT = re.compile(r"\s+[|–—•·@]\s+|\s+-\s+|\t+|\s{3,}|,\s+|\s+at\s+|\s*\|\s*")


#: The field label before a title in a form-shaped CV: Europass's "Occupation or position held", South Asian CVs'
#: "Designation", "Position held", "Job title", "Role" (Europass CV template, European Commission; fam139, blind19
#: u06, whose current title was read with the label).
_FIELD_LABEL = re.compile(r"^\s*(?:occupation or position held|position held|positions held|designation|job title|"
                          r"title|position|role|post held|post)\s*[:：]\s*", re.IGNORECASE)


def _clean_title(seg: str) -> str:
    """A title segment without date ranges, edge punctuation, empty brackets or an unclosed
    bracket's tail ("Budget Manager (OTPS" cut by a segment split → "Budget Manager"); a closing
    bracket that closes one is kept ("Staff Sergeant (E-5)", "Rehab Aide (PRN)")."""
    seg = RANGE_RE.sub(" ", seg)
    seg = _FIELD_LABEL.sub("", seg)  # "Occupation or position held: Research Assistant" (Europass; fam139)
    if seg.count("(") > seg.count(")"):  # "Budget Manager (OTPS" cut by a segment split
        seg = seg[:seg.rfind("(")]
    seg = re.sub(r"\(\s*\)", " ", seg)
    seg = seg.strip(" \t-–—|,:;•·(")
    while seg.endswith(")") and seg.count(")") > seg.count("("):
        seg = seg[:-1].rstrip(" \t-–—|,:;•·")
    seg = seg.lstrip(")")
    return " ".join(seg.split())


#: Words that make a dated entry a side job ("Delivery Driver (part-time, weekends)",
#: "Evening instructor … (part time, two nights a week)", "Volunteer office helper"): of two
#: entries running to the same end, the main job is the current title (issue-11 blind5 e11,
#: blind4 d05, blind3 c20).
_SIDE_JOB = re.compile(r"\b(?:part[- ]time|weekends?|evening (?:instructor|teacher|job|class)|side (?:job|business|gig)|"
                       r"volunteer|per diem|prn|seasonal|moonlighting|"
                       # a board or advisory seat held beside the main job ("BOARD / ADVISORY: Technical advisor, 2
                       # seed-stage startups (2022-now)" under an SVP's 2021-now entry; blind17 s09)
                       r"advisory|board (?:member|seat|of directors|director)|board\s*/)\b", re.IGNORECASE)
#: Reserve-component service and teaching held beside a civilian job ("Missouri Army National Guard (drilling)",
#: "Navy Reservist", "Adjunct Instructor"; blind19 u21/u22, fam140), read on the entry's own line and title (a
#: main job's line next to it does not make the main job a side job).
_CONCURRENT_ROLE = re.compile(r"\b(?:adjunct|(?:army|navy|naval|air force|marine corps|marine|coast guard|military|"
                              r"usar) reserves?|reservist|national guard|air guard|army guard|"
                              r"drilling (?:reservist|guard(?:sman|smen)?|member)|drill weekends?|concurrent(?:ly)?|second job|"
                              r"one weekend a month)\b", re.IGNORECASE)
#: A volunteer entry is never the current title, whatever its dates (blind3 c20: "Volunteer
#: office helper" during a career break after years as an administrative assistant).
_VOLUNTEER = re.compile(r"\bvolunteer(?:ing|ed)?\b", re.IGNORECASE)
_GROUP_NAME = re.compile(r"\b(?:association|society|chapter|club|council|union|league|federation|guild|network|"
                         r"alliance|institute|college|academy|school|department|corps)\b", re.IGNORECASE)
def _firm_name(seg: str) -> bool:
    """A firm's name whose only title words are plurals of its members ("Mid-South Fulfillment
    Partners (3PL)", "Hudson Staffing Partners", "Kaplan & Associates", "Crescent Power & Light
    Contractors"), or a body whose only title words are plurals ("National Association of Black
    Accountants (NABA) Baruch chapter", "Society of Women Engineers"): not a job title."""
    words = {m.group(0).lower() for m in _TITLE_WORDS.finditer(seg)}
    if words and all(w.endswith("s") and w != "sales" and _TITLE_WORDS.fullmatch(w[:-1]) for w in words) and \
            _GROUP_NAME.search(seg):
        return True  # "National Association of Black Accountants (NABA) Baruch chapter"
    return bool(words) and words <= {"partners", "associates", "contractors"}


#: A date range wrapped after its dash ("2020 -⏎Present"): the line break becomes a space.
_WRAPPED_RANGE = re.compile(r"(?:19|20)\d{2}[ \t]*[-–—][ \t]*\n(?=[ \t]*(?:present|current|now|(?:19|20)\d{2})\b)",
                            re.IGNORECASE)
#: A bracketed aside of a title line, dropped when the title is too long with it.
_PARENTHETICAL = re.compile(r"\([^()]*\)")
_MAX_TITLE_ENTRIES = 100  # dated entries examined for titles (bounds work on huge input)
_MAX_TITLE_LINE = 200  # characters of a line examined for a title


def _titles_from_experience(text: str, ranges: list[tuple[int, int, int]],
                            marks: list[tuple[int, int]] | None = None) -> list[str]:
    """Up to 3 distinct titles of the dated entries, the current one first (module doc "Recent titles");
    ``marks`` (``experience_tiers.tier_marks``) place an entry of an "Other Experience" section, and one of
    a concurrent role's section (reserve or Guard service, a board seat) that overlaps a main job, after
    the main entries."""
    lines = text.splitlines()
    offsets = []
    offset = 0
    for line in lines:
        offsets.append(offset)
        offset += len(line) + 1
    entries: list[tuple] = []
    for start, end, pos in ranges[:_MAX_TITLE_ENTRIES]:
        li = bisect.bisect_right(offsets, pos) - 1
        candidates = [ln[:_MAX_TITLE_LINE] for ln in [lines[li]]]
        j, taken = li - 1, 0
        while j >= 0 and taken < 2:
            if lines[j].strip() and not _BULLET_START.match(lines[j]):
                if not prose_line(lines[j]):
                    candidates.append(lines[j][:_MAX_TITLE_LINE])
                taken += 1
            elif _BULLET_START.match(lines[j]):
                break
            j -= 1
        below = None
        if li + 1 < len(lines) and not _BULLET_START.match(lines[li + 1]):
            below = lines[li + 1][:_MAX_TITLE_LINE]
            candidates.append(below)
        if taken == 2 and j >= 0 and lines[j].strip() and not _BULLET_START.match(lines[j]) and \
                all(ln.strip() for ln in lines[j:li]):
            # the title over an employer on two lines over the dates, one block (a column of a paste)
            candidates.append(lines[j][:_MAX_TITLE_LINE])
        title = None
        for cand in candidates:
            # split before the spaces are made one: a column's gap ("9 years in …      Senior Estimator")
            segs = _SEGMENT_SPLIT.split(RANGE_RE.sub(" ", cand).strip())
            for k, seg in enumerate(segs):
                seg = _clean_title(seg)
                if BARE_RANK.fullmatch(seg) and k + 1 < len(segs):
                    seg = rank_with_function(seg, _clean_title(segs[k + 1]), _TITLE_WORDS)
                if len(seg.split()) > 8:  # "Substitute Teacher (day-to-day and one 9-week long-term sub in Grade 3)"
                    seg = _clean_title(_PARENTHETICAL.sub(" ", seg))
                if len(seg.split()) > title_words_max(seg) and ";" in seg and not _BULLET_START.match(cand):
                    # "<title> (2017 - present); <earlier title> (2014 - 2017)" on its own line, not a bullet's duty
                    seg = _clean_title(seg.split(";")[0])
                if seg and len(seg.split()) <= title_words_max(seg) \
                        and (_TITLE_WORDS.search(seg) or SERVICE_HEAD.search(seg) or RANK_OR_VANITY_HEAD.search(seg)
                             or _misspelt_title(seg)) \
                        and not RANGE_RE.search(seg) and not _firm_name(seg):
                    title = seg
                    break
            if title:
                break
        if title:
            # the next line, when it is another dated entry ("Pharmacy Officer - U.S. Army Reserve (one weekend a
            # month) | 2021 - present" under "Pharmacist | 2016 - present"), says nothing of this entry's hours
            around = " ".join(c for c in candidates if c is not below or not RANGE_RE.search(c))
            side = bool(_SIDE_JOB.search(around) or _CONCURRENT_ROLE.search(lines[li] + " " + title))
            entries.append((bool(_VOLUNTEER.search(around)), end, side, start, title,
                            tier_at(marks or [], pos)))
    primary = [(e[3], e[1]) for e in entries if e[5] == PRIMARY]
    entries.sort(key=lambda e: (e[0], set_apart(e[5], e[3], e[1], primary), -e[1], e[2], -e[3]))
    seen: dict[str, str] = {}
    for *_, title, _tier in entries:
        seen.setdefault(title.lower(), title)
    return list(seen.values())[:3]


def _find_headline(header_lines: list[str], name: str | None) -> str | None:
    """A title-like header segment ("Journeyman Electrician — Bronx, NY", "Derek Kowalski — CNC
    Machinist"): ≤ 7 words with a job-title word, no digits, e-mail or place."""
    for line in header_lines[:4]:
        for seg in _HEADER_SPLIT.split(line.strip()):
            seg = seg.strip(" ,")
            if not seg or (name and seg.lower().startswith(name.lower())) or "@" in seg or re.search(r"\d|https?:|www\.|\.com", seg):
                continue
            if _PLACE_RE.match(seg) or len(seg.split()) > 7 or not _TITLE_WORDS.search(seg):
                continue
            return _clean_title(seg)
    return None


#: Parses kept by content (perf75: a stored resume was parsed again on every posting detail —
#: ``services.matching.profile``); a hit returns a deep copy, so callers may change what they get.
PARSE_CACHE_SIZE = 32
_parsed: OrderedDict[tuple[str, date], ResumeFields] = OrderedDict()
_parsed_lock = threading.Lock()


def parse_resume_fields(text: str, *, today: date | None = None) -> ResumeFields:
    """:func:`read_resume_fields`, memoized by the text's SHA-256 and ``today`` (the last
    :data:`PARSE_CACHE_SIZE` texts)."""
    today = today or date.today()
    key = (hashlib.sha256((text or "").encode("utf-8", "surrogatepass")).hexdigest(), today)
    with _parsed_lock:
        hit = _parsed.get(key)
        if hit is not None:
            _parsed.move_to_end(key)
            return hit.model_copy(deep=True)
    fields = read_resume_fields(text, today=today)
    with _parsed_lock:
        _parsed[key] = fields.model_copy(deep=True)
        while len(_parsed) > PARSE_CACHE_SIZE:
            _parsed.popitem(last=False)
    return fields


def read_resume_fields(text: str, *, today: date | None = None) -> ResumeFields:
    """Parse structured fields from resume plain text.

    ``today`` anchors "Present"/"Current" in date ranges (defaults to
    ``date.today()``; pass it for reproducible results).  Never raises for
    ``str`` input; fields that are not found are ``None``/empty.  See the
    module docstring for every rule.
    """
    text = unfold_columns(text or "")  # a two-column paste read one column after the other
    today = today or date.today()
    pairs = split_sections(text)
    sections: dict[str, str] = {}
    header_lines: list[str] = []
    experience_parts: list[tuple[str, str]] = []  # (heading, body) of the experience sections, in order
    for heading, body in pairs:
        key = "header" if not heading else (heading_key(heading) or _norm_heading(heading))
        if not heading:
            header_lines = [ln for ln in body.splitlines() if ln.strip()]
        if body:
            sections[key] = (sections[key] + "\n\n" + body) if key in sections else body
            if key == "experience":
                experience_parts.append((heading, body))
    if not header_lines and pairs and pairs[0][0]:
        header_lines = [pairs[0][0]]

    email_m = EMAIL_RE.search(text)
    name = _find_name(header_lines)
    # the candidate's own name is not a skill source ("JANE DOE", "Ruby Chen", "Mark Go")
    skills_text = text.replace(name[1], " " * len(name[1]), 1) if name else text
    experience_text = sections.get("experience")
    if experience_text is None:
        education = sections.get("education", "")
        experience_text = text.replace(education, " ") if education else text
        experience_parts = [("", experience_text)]
    experience_text = _WRAPPED_RANGE.sub(lambda m: m.group(0).replace("\n", " "), experience_text)
    ranges = _date_ranges(experience_text, today)
    tenure = _tenure_ranges(experience_text, ranges)  # internships, rotations, a career break: not years at a rung
    computed = round(_merged_months(tenure) / 12, 1) if ranges else None
    stated = [float(m.group("n")) for m in _YEARS_STATED_RE.finditer(text) if 0 < float(m.group("n")) <= 60]
    candidates = [v for v in (computed, max(stated) if stated else None) if v is not None]
    years = max(candidates) if candidates else None

    recent = _titles_from_experience(experience_text, ranges, tier_marks(experience_parts))
    if not ranges and sections.get("experience"):  # no dates anywhere: the entries' lines (fam130, blind18 t08)
        recent = undated_titles(sections["experience"], _TITLE_WORDS, _BULLET_START)
    headline = _find_headline(header_lines, name[0] if name else None)
    return ResumeFields(
        current_title=headline or (recent[0] if recent else None),
        location=_find_location(header_lines),
        name=name[0] if name else None,
        email=email_m.group(0) if email_m else None,
        phone=_find_phone(text),
        links=_find_links(text),
        skills=extract_resume_skills(skills_text),
        years_experience=years,
        recent_titles=recent,
        sections=sections,
    )
