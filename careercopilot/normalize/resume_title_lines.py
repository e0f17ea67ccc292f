"""Title lines of a resume's dated entries that the job-title words alone miss (issue 11, fam118, blind17):
hospitality's service words heading a title, a compressed executive CV's "<rank>, <function>", one job's several
hats, and the prose above an employer's line. Used by ``resume_fields._titles_from_experience``."""

from __future__ import annotations

import re

__all__ = ["BARE_RANK", "SERVICE_HEAD", "prose_line", "rank_with_function", "title_words_max"]

#: Hospitality's service words as the head of a dated entry's title, only last in the segment (a rung or a
#: bracketed note may follow): "Member Concierge II", "Tech Concierge", "Au Pair", "Banquet Captain", "Maintenance
#: Porter (work release)" (issue-11 blind17 s03, s14, s17, s29, s01: the entry was skipped and an older or side title
#: read as current). Not in ``resume_fields.TITLE_WORDS``, whose header and name readings would take surnames ("Jane Porter",
#: "Lee Butler") and employers ("Butler County Schools") for titles.
SERVICE_HEAD = re.compile(
    r"\b(?:concierge|ambassador|navigator|guide|steward|butler|captain|au[ -]pair|nanny|porter|attendant|greeter|"
    r"valet|bellman|bellhop|doorman|houseman)s?(?:\s+(?:[ivx]{1,4}|\d))?\s*(?:\([^()]*\))?$", re.IGNORECASE)


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
