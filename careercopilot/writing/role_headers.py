"""An experience entry's header lines read as title, employer and earlier titles (for the offline
writer's "In my current role as <title> at <employer>" and "I used X as <title> at <employer>").

Shapes read (user trial, session 16: a nurse's "Staff Nurse, Medical-Surgical Unit — Employer, City"
gave a bullet as the title; an accountant's promotion arrow line was read as a bullet):

========================================================  ===============================================
header lines                                               title / employer (earlier titles)
========================================================  ===============================================
"Senior Software Engineer, Lumen Health — Portland, OR"    Senior Software Engineer / Lumen Health
"Staff Nurse, Medical-Surgical Unit — Riverside, City"     Staff Nurse / Riverside (the unit is dropped)
"Journeyman Electrician | Hudson Electric Co. | Bronx, NY" Journeyman Electrician / Hudson Electric Co.
"Smith & Lee CPAs — Accounting Intern"                     Accounting Intern / Smith & Lee CPAs
"Software Engineer at Google"                              Software Engineer / Google
"Staff Nurse      Riverside Hospital      2019 – Present"  two-column paste: Staff Nurse / Riverside Hospital
"Grant Thornton LLP, Chicago, IL (2018 – Present)" then    Senior Staff Accountant / Grant Thornton LLP
"Staff Accountant → Senior Staff Accountant"               (Staff Accountant)
========================================================  ===============================================

A header is split into parts at dashes with spaces, bars, tabs, runs of 3+ spaces and " at "; each part
into pieces at commas. The part with a job-title word (:data:`careercopilot.normalize.resume_fields.TITLE_WORDS`)
and no organisation word (:data:`ORG_WORDS`) holds the title (its first piece; the other pieces are a unit or
speciality); the first other part that is not a place holds the employer (its first piece). With no such
part, the title part's second piece is the employer ("Title, Employer — City"), unless it names a unit.
Dates (:data:`careercopilot.normalize.date_ranges.RANGE_RE` and single "Summer 2017"/"2018") are removed first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careercopilot.normalize.date_ranges import RANGE_RE, runs_to_present
from careercopilot.normalize.gazetteer import is_us_state_code
from careercopilot.normalize.resume_fields import TITLE_WORDS

#: Words that make a header part an organisation, not a title ("Smith & Lee CPAs", "Hudson Electric Co.").
ORG_WORDS = re.compile(
    r"(?i)\b(?:inc|llc|llp|lp|ltd|plc|pllc|pc|gmbh|co|corp|corporation|company|companies|group|hospital|hospitals|"
    r"clinic|medical center|health|healthcare|university|college|school|district|academy|bank|agency|firm|"
    r"contractors|cpas|partners|associates|services|solutions|systems|technologies|labs?|studios?|foundation|"
    r"institute|county|city of|state of|department of|ministry|restaurant|hotel|store|stores|market)\b\.?")
#: Words of a unit or speciality inside an employer ("Medical-Surgical Unit", "Telemetry", "ICU").
UNIT_WORDS = re.compile(r"(?i)\b(?:unit|department|dept|floor|ward|team|division|icu|nicu|picu|er|ed|or|pacu|"
                        r"telemetry|med-surg|medical-surgical|oncology|pediatrics|emergency)\b")
_PART_SPLIT = re.compile(r"\s+(?:--|[—–-])\s+|\s*[|•·]\s*|\t+|\s{3,}|\s+at\s+|\s+@\s+")
_ARROW = re.compile(r"\s*(?:→|⟶|➔|➜|->|=>|»)\s*")
_SINGLE_DATE = re.compile(
    r"(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+|"
    r"(?:spring|summer|fall|autumn|winter)\s+|\d{1,2}/)?(?:19|20)\d{2}\b|\b(?:present|current|now)\b")


def is_us_region_code(text: str) -> bool:
    """A USPS code of a state, DC (the gazetteer's) or Puerto Rico, in capitals: "OH", "DC", "PR"."""
    return text == "PR" or is_us_state_code(text)


#: A word of an open end anywhere in a header ("Senior Analyst (current)"); dated forms: ``runs_to_present``.
ONGOING = re.compile(r"(?i)\b(?:present|current|now|today|ongoing)\b")


@dataclass
class Header:
    """What a header says: ``title`` (the latest, for a promotion line), ``employer``, the ``earlier``
    titles of a promotion line, and whether the dates run to the present (``ongoing``)."""

    title: str = ""
    employer: str = ""
    earlier: list[str] = field(default_factory=list)
    ongoing: bool = False


def strip_dates(line: str) -> str:
    """``line`` without date ranges or single dates, empty brackets and dangling separators."""
    s = _SINGLE_DATE.sub(" ", RANGE_RE.sub(" ", line))
    s = re.sub(r"\(\s*[-–—,to ]*\)", " ", s)
    s = re.sub(r"(?:\s+(?:[-–—|,]|to)\s*)+$", "", s.strip())
    return s.strip(" ,|–—-\t:")


def date_only(line: str) -> bool:
    """Whether ``line`` is only dates ("June 2021 – Present", "Summer 2017", "2015 - 2019")."""
    return bool(_SINGLE_DATE.search(line) or RANGE_RE.search(line)) and not re.search(r"[A-Za-z]{2}", strip_dates(line))


def _is_place(piece: str) -> bool:
    """A state/country code or "Remote" ("OH", "NY", "Remote")."""
    p = piece.strip(" .")
    return is_us_region_code(p) or p.lower() in {"remote", "hybrid", "usa", "us", "uk", "canada"}


def _part_is_place(pieces: list[str]) -> bool:
    """"Columbus, OH", "Portland, OR", "Remote": the last piece a region code and no org or title word."""
    return 0 < len(pieces) <= 2 and _is_place(pieces[-1]) and not any(ORG_WORDS.search(p) or TITLE_WORDS.search(p)
                                                               for p in pieces)


def _is_title(piece: str) -> bool:
    """A job title: a title word, and no organisation word after the last one — an organisation word that
    modifies the title's head noun keeps it a title ("Store Manager", "Assistant Store Manager", "Hospital
    Pharmacist", "Bank Teller"; trial144 finding 8: "Store Manager — BrightMart Stores" read as the employer "Store
    Manager", so prep asked about her oldest title), one that ends the piece is an employer ("BrightMart Stores")."""
    titles = list(TITLE_WORDS.finditer(piece))
    if not titles:
        return False
    orgs = list(ORG_WORDS.finditer(piece))
    return not orgs or (titles[-1].start() > orgs[-1].start() and not re.search(r"[.&]|\bof\b", piece))


def _only_unit(piece: str) -> bool:
    """A piece that names only a unit or speciality ("ICU", "Telemetry", "Medical-Surgical Unit")."""
    return bool(UNIT_WORDS.search(piece)) and not ORG_WORDS.search(piece) and len(piece.split()) <= 3 and all(
        UNIT_WORDS.fullmatch(w) or w.lower() in ("unit", "floor", "step-down", "&") for w in piece.split())


def read_header(lines: list[str]) -> Header:
    """Title, employer, earlier titles and ``ongoing`` of one entry's header lines (see the module doc).
    Never raises; a header without a title word keeps the old reading (first piece title, second employer)."""
    out = Header(ongoing=any(ONGOING.search(ln) or runs_to_present(ln) for ln in lines))
    parts: list[list[str]] = []
    for line in lines:
        body = strip_dates(line)
        if not body:
            continue
        for part in _PART_SPLIT.split(body):
            pieces = [p.strip(" ,()") for p in part.split(",") if p.strip(" ,()")]
            if pieces:
                parts.append(pieces)
    if not parts:
        return out
    title_at = next((i for i, ps in enumerate(parts) if _is_title(ps[0])), None)
    if title_at is None:
        # no title word anywhere: "Title, Employer" as written
        flat = [p for ps in parts if not _part_is_place(ps) for p in ps if not _is_place(p)]
        out.title = flat[0] if flat and not ORG_WORDS.search(flat[0]) else ""
        rest = flat[1:] if out.title else flat
        out.employer = rest[0] if rest else ""
        return out
    titles = _ARROW.split(parts[title_at][0])
    out.title, out.earlier = titles[-1], titles[:-1]
    # a part that is only a unit ("REGISTERED NURSE – ICU | MERCY GENERAL"): the title's speciality, no employer
    unit = title_at + 1 < len(parts) and len(parts[title_at + 1]) == 1 and _only_unit(parts[title_at + 1][0])
    if unit:
        out.title = f"{out.title} – {parts[title_at + 1][0]}"
    employer_part = next((ps for i, ps in enumerate(parts) if i != title_at and not _part_is_place(ps)
                          and not _is_title(ps[0]) and not (unit and i == title_at + 1)), None)
    if employer_part:
        out.employer = employer_part[0]
    else:
        rest = [p for p in parts[title_at][1:] if not _is_place(p) and not UNIT_WORDS.search(p)]
        out.employer = rest[0] if rest else ""
    return out
