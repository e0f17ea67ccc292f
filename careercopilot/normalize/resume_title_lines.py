"""Title lines of a resume's dated entries that the job-title words alone miss (issue 11, fam118, blind17):
hospitality's service words heading a title, a compressed executive CV's "<rank>, <function>", one job's several
hats, and the prose above an employer's line. Used by ``resume_fields._titles_from_experience``."""

from __future__ import annotations

import re

__all__ = ["BARE_RANK", "RANK_OR_VANITY_HEAD", "SERVICE_HEAD", "UNDATED_TITLES", "prose_line", "rank_with_function",
           "title_words_max", "undated_titles"]

#: Hospitality's service words as the head of a dated entry's title, only last in the segment (a rung or a
#: bracketed note may follow): "Member Concierge II", "Tech Concierge", "Au Pair", "Banquet Captain", "Maintenance
#: Porter (work release)" (issue-11 blind17 s03, s14, s17, s29, s01: the entry was skipped and an older or side title
#: read as current). Not in ``resume_fields.TITLE_WORDS``, whose header and name readings would take surnames ("Jane Porter",
#: "Lee Butler") and employers ("Butler County Schools") for titles.
SERVICE_HEAD = re.compile(
    r"\b(?:concierge|ambassador|navigator|guide|steward|butler|captain|au[ -]pair|nanny|porter|attendant|greeter|"
    r"valet|bellman|bellhop|doorman|houseman)s?(?:\s+(?:[ivx]{1,4}|\d))?\s*(?:\([^()]*\))?$", re.IGNORECASE)


#: An industry rank or a vanity title heading a dated entry that has no job-title word (session 31, fam130; issue-11
#: blind18 t03, t29: "Member of Technical Staff III" and Apple's "Genius" / "Technical Expert" were skipped and an older
#: or side title read as current). Read into plain titles by ``industry_ranks.plain_title``.
RANK_OR_VANITY_HEAD = re.compile(
    r"^(?:(?:senior|sr\.?|principal|distinguished|consulting|lead)\s+)?member of (?:the )?technical staff\b|"
    r"^[sp]?mts(?:\s+(?:[ivx]{1,4}|\d))?$|\bgenius(?:\s+admin)?$|\bgeek squad\b|^technical expert$|"
    r"\b(?:ninja|wizard|guru|evangelist|rock ?star|jedi|superhero|hero)s?$", re.IGNORECASE)

#: An executive rank alone, the function it heads in the next segment ("2021-now SVP, Engineering - Trellis Health
#: Cloud | 880 eng/QA/SRE": a compressed executive CV's one line per role, blind17 s09; "VP, Finance").
BARE_RANK = re.compile(r"(?:senior |executive |assistant )?(?:vice president|[sea]?vp)|(?:managing )?director|head|"
                       r"chief", re.IGNORECASE)
#: A function's name: at most four words, none a title word, no digits ("Engineering", "Human Resources", "Supply
#: Chain"), not an employer (``org_names.ORG_HEADS`` last).
_FUNCTION_NAME = re.compile(r"[A-Za-z&/ -]{2,40}")


def rank_with_function(rank: str, nxt: str, title_words: re.Pattern[str]) -> str:
    """``"<rank>, <function>"`` when ``nxt`` names a function the rank heads (:data:`_FUNCTION_NAME`, no title word,
    not an employer; ``occupation_heads.department_reading`` of the joined title, not a catch-all management
    code: "Chief, Response Division" and "Managing Director, East" stay the rank), else ``rank``."""
    from careercopilot.normalize.occupation_heads import department_reading
    from careercopilot.normalize.occupations import CATCH_ALL_CODES
    from careercopilot.normalize.org_names import ORG_HEADS, WEAK_HEADS

    words = nxt.split()
    if not words or len(words) > 4 or not _FUNCTION_NAME.fullmatch(nxt) or title_words.search(nxt) \
            or words[-1] in ORG_HEADS + WEAK_HEADS or SERVICE_HEAD.search(nxt):
        return rank
    hit = department_reading(f"{rank}, {nxt}")
    return f"{rank}, {nxt}" if hit is not None and hit[0][:7] not in CATCH_ALL_CODES else rank


def title_words_max(seg: str) -> int:
    """Words a title segment may have: 8; 14 for one job's hats joined by " / ", none over 5 words ("Deputy Sheriff /
    Emergency Management Coordinator / Code Enforcement Officer": a rural county's one job, blind17 s25)."""
    hats = seg.split(" / ")
    return 14 if 1 < len(hats) <= 3 and all(len(h.split()) <= 5 for h in hats) else 8


def prose_line(line: str) -> bool:
    """Whether a line over a dated entry is a sentence of prose (over 15 words, a sentence's end inside it: the
    summary above an employer's line, "… so I have been a deputy, the emergency manager and …"), not a title line."""
    return len(line.split()) > 15 and bool(re.search(r"[a-z][.!?](?:\s|$)", line))


#: Entry lines of an undated experience section read for titles: at most this many, first = current.
UNDATED_TITLES = 3


def undated_titles(experience: str, title_words: re.Pattern[str], bullet: re.Pattern[str]) -> list[str]:
    """Titles of an experience section that gives no dates at all (session 31, fam130; issue-11 blind18 t08, t09: an
    older executive hiding age, "Executive Director - Harborlight Family Services, Providence, RI" with no years on
    any job, read as no title held — the family fell to the target titles and the level to none). Each non-bullet
    line of at most 16 words, not prose (:func:`prose_line`), whose first " - " / " | " / " — " segment (or the whole
    line) has a title word and at most :func:`title_words_max` words, is an entry's title, in the resume's order
    (most recent first, as chronological resumes are written); at most :data:`UNDATED_TITLES`. Only called when the
    section has no date range (``resume_fields._titles_from_experience`` reads dated entries)."""
    out: list[str] = []
    for line in (experience or "").splitlines():
        s = line.strip()
        if not s or bullet.match(line) or len(s.split()) > 16 or prose_line(s) or s.endswith(":"):
            continue
        head = re.split(r"\s+[-–—|]\s+|\s*\|\s*", s, maxsplit=1)[0].strip(" ,;")
        if head == s and "," in s and len(s.split()) > 8:
            continue  # a sentence-like line without an employer split
        if head and len(head.split()) <= title_words_max(head) and title_words.search(head) \
                and head.lower() not in (t.lower() for t in out):
            out.append(head)
        if len(out) >= UNDATED_TITLES:
            break
    return out
