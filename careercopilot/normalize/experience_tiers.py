"""Which of a resume's dated entries is the career: the tier of the experience section an entry sits in
(issue 11, fam140; used by ``resume_fields`` to order the recent titles).

A resume splits its work into sections that say which work is the career (blind19, session 28):

* **secondary** (tier 1) — "Other Experience", "Additional Experience", "Earlier Career", "Other
  Employment", "Part-Time Work", "Non-Relevant Experience": work the person sets apart from the
  career. A returner's bridge job under "Other Experience" (a deputy commissioner's part-time grant
  writing since 2024, blind19 u30; a laid-off GIS technician's warehouse job, u12) is not the current
  title when a primary section exists; the primary section's latest entry is.
* **concurrent** (tier 2) — "Military Service (concurrent, drilling Guard member)", "Army Reserve",
  "National Guard", "Board Service", "Adjunct Teaching", "Community Leadership": a role held beside
  the main job. It is placed after a primary entry whose dates overlap its own (blind19 u21: a county
  emergency-management director whose Guard billet "Sergeant Major (2022 - present)" started after
  her directorship was read as her current title); a veteran whose service ended before the civilian
  job, or whose service is the only work, is read as before.
* **primary** (tier 0) — every other heading ("Experience", "Relevant Experience", "Civilian
  Experience", "Professional Experience").

A heading is either one ``resume_sections.split_sections`` cut the text at (``parts``) or a heading-like
line left inside a body (:func:`_inline_heading`: an ALL-CAPS line, its bracketed aside aside, or a short
line ending with a colon — "MILITARY SERVICE (concurrent, U.S. Army Reserve)" has a comma, so the
section splitter keeps it in the body). Pure; no I/O.
"""

from __future__ import annotations

import re

from careercopilot.normalize.date_ranges import RANGE_RE

PRIMARY, SECONDARY, CONCURRENT = 0, 1, 2

#: A heading that sets work apart from the career ("Other Experience", "Earlier Career", "Part-time
#: Employment"); a heading that also says the work is relevant ("Other Relevant Experience") is primary.
_SECONDARY = re.compile(
    r"\b(?:other|additional|earlier|early|previous|prior|past|supplemental|supplementary|non[- ]?relevant|unrelated|"
    r"miscellaneous|misc|part[- ]time|bridge|interim|outside|side|non[- ]?(?:industry|field))\b", re.IGNORECASE)
_RELEVANT = re.compile(r"(?<!non-)(?<!non )\b(?:relevant|related|selected|key|professional|civilian|industry|clinical)\b", re.IGNORECASE)
#: A heading of a role held beside the main job: reserve component service (the Army/Navy/Air Force/
#: Marine Corps Reserve, the National Guard — "drilling", "M-day", "traditional guardsman"), military
#: service in general, board and governance seats, adjunct teaching, volunteer and civic work.
_CONCURRENT = re.compile(
    r"\b(?:military|reserves?|reservist|national guard|air guard|army guard|guard service|armed forces|uniformed service|"
    r"concurrent|drilling|m-day|boards?|board service|directorships?|governance|trustee(?:ship)?s?|adjunct|"
    r"volunteer(?:ing)?|community|civic|pro bono|service to the profession)\b", re.IGNORECASE)
_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def heading_tier(heading: str) -> int:
    """:data:`PRIMARY`, :data:`SECONDARY` or :data:`CONCURRENT` for a section heading's text (module doc)."""
    if _CONCURRENT.search(heading or ""):
        return CONCURRENT
    if _SECONDARY.search(heading or "") and not _RELEVANT.search(heading or ""):
        return SECONDARY
    return PRIMARY


#: A section word an inline heading names (an ALL-CAPS employer line, "COMMUNITY HOSPITAL", "BOARD OF
#: EDUCATION", names none and is no heading).
_SECTION_WORD = re.compile(r"\b(?:experience|service|employment|work|history|positions|roles|career|appointments|"
                           r"leadership|involvement|activities|duty|national guard|reserves?|boards|board (?:service|seats?|roles?|"
                           r"memberships?|positions?)|governance|directorships|adjunct|teaching|military|volunteer(?:ing)?|"
                           r"civic)\b", re.IGNORECASE)


def _inline_heading(line: str) -> bool:
    """Whether a body line reads as a section heading: no dates, at most 10 words, a section word
    (:data:`_SECTION_WORD`), and either ALL CAPS (≥ 4 letters) once its bracketed asides are dropped,
    or ending with a colon."""
    s = line.strip()
    if not s or len(s) > 100 or RANGE_RE.search(s) or re.match(r"[-*•·▪●◦‣–—>]", s) or len(s.split()) > 10 \
            or not _SECTION_WORD.search(_ASIDE.sub(" ", s)):
        return False
    bare = _ASIDE.sub(" ", s)
    letters = [c for c in bare if c.isalpha()]
    return (len(letters) >= 4 and all(c.isupper() for c in letters)) or (s.endswith(":") and len(s.split()) <= 6) \
        or bool(_TITLE_CASE_HEADING.match(bare.strip()))


#: A Title Case heading ending in a section noun ("Other Work Experience", "Military Service", "Board
#: Service", "Part-Time Employment"), ≤ 6 words.
_TITLE_CASE_HEADING = re.compile(
    r"^(?:(?:[A-Z][\w'-]*|&|and|of|the|to|in)\s+){0,5}(?:Experience|Service|Employment|Work|History|Positions(?: Held)?|"
    r"Roles|Career|Appointments|Involvement|Activities|Duty|Boards|Governance)$")


def tier_marks(parts: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """``[(offset, tier)]`` in offset order over ``"\\n\\n".join(body for _, body in parts)`` (the
    experience text ``resume_fields`` reads): where each part's heading starts its tier and where a heading
    line inside a body (:func:`_inline_heading`) starts another. An entry's tier is that of the last mark
    at or before its dates."""
    marks: list[tuple[int, int]] = []
    offset = 0
    for heading, body in parts:
        marks.append((offset, heading_tier(heading)))
        pos = 0
        for line in body.split("\n"):
            if _inline_heading(line):
                marks.append((offset + pos, heading_tier(line)))
            pos += len(line) + 1
        offset += len(body) + 2
    return marks


def tier_at(marks: list[tuple[int, int]], pos: int) -> int:
    """The tier of the last mark at or before ``pos`` (:data:`PRIMARY` before any mark)."""
    tier = PRIMARY
    for offset, t in marks:
        if offset > pos:
            break
        tier = t
    return tier


def set_apart(tier: int, start: int, end: int, primary: list[tuple[int, int]]) -> bool:
    """Whether an entry of ``tier`` dated ``[start, end)`` (months) comes after the primary entries
    ``primary`` (their ``(start, end)``): a secondary entry when any primary entry exists, a concurrent
    one when a primary entry's dates overlap its own (module doc)."""
    if tier == SECONDARY:
        return bool(primary)
    if tier == CONCURRENT:
        return any(s < end and start < e for s, e in primary)
    return False
