"""Postings of the person's own profession exist, but none near them (ux100, issue 12 newcomer
trial: a CPhT in Pittsburgh saw only far-away pharmacy technician postings ranked under other
work, and nothing said why).

The Jobs page already says when nothing in the feed is of the person's profession
(``reads.profession_gap``). This is the other half: some stored scores are of the person's own
occupation (explanation ``occupation_relation`` "code" or "same") and every one of them failed
the location preference (its ``location`` check ``ok`` is False: outside the places the person
chose, ``normalize.places.location_verdict``). Then the page says so, with what to do: widen
the places, add Remote, or add a source that lists such jobs near them.

A person without places (no location check) or with one open own-occupation posting whose
location check passes or is unknown gets no far note. Only open postings count.

Scarce (trial105 finding 4: a dental hygienist's feed held 3 dental postings among 900, and the
ranked list filled up with nurse, respiratory and coding jobs without a word): fewer than
:data:`FEW_OWN` open postings of the person's own occupation, at least one of them near, while
other postings are scored — the page says how few, that the rest are other work, and where such
postings are listed (``ProfessionGap.few_count``).
"""

from __future__ import annotations

from sqlmodel import Session, select

from careercopilot.models import JobPosting, MatchScore
from careercopilot.schemas import ProfessionGap
from careercopilot.services.matching.candidates import REFRESH_CANDIDATES
from careercopilot.services.matching.common import location_text
from careercopilot.services.matching.persistence import _stored_where

#: How many far places the note names ("e.g. Columbus, OH; Denver, CO; Austin, TX").
EXAMPLE_PLACES = 3
#: Fewer open own-occupation postings than this (with others scored) is a scarce feed: a first
#: page of 20 then holds mostly other work. Product choice: a quarter of the first page.
FEW_OWN = 5


def _location_failed(checks) -> bool:
    """True when the stored explanation's ``location`` check is a ✗ (ok False)."""
    for c in checks or []:
        if isinstance(c, dict) and c.get("name") == "location":
            return c.get("ok") is False
    return False


def profession_far_or_scarce(session: Session, user_id: int, resume_id: int) -> ProfessionGap | None:
    """The person's profession with ``far_count`` (how many open postings of it are scored, all
    outside their places) and ``far_places`` (up to :data:`EXAMPLE_PLACES` of their locations,
    "; "-joined); or with ``few_count`` when fewer than :data:`FEW_OWN` are scored, one of them near,
    and other postings are scored too (module doc); None otherwise.

    Reads the stored explanations of the own-occupation scores best first and stops at the first
    near one — on the usual page load, the first row."""
    from careercopilot.normalize.occupations import FAMILY_BOARDS, FAMILY_LABELS

    ex = MatchScore.explanation
    relation = ex["occupation_relation"].as_string()
    rows = session.exec(
        select(ex["checks"], ex["person_family"].as_string(), JobPosting)
        .join(JobPosting, JobPosting.id == MatchScore.posting_id)
        .where(*_stored_where(user_id, resume_id), relation.in_(("code", "same")), JobPosting.is_open,
               JobPosting.duplicate_of_id.is_(None))
        .order_by(MatchScore.score.desc(), MatchScore.posting_id).limit(REFRESH_CANDIDATES))
    count, near, family, places = 0, 0, None, []
    for checks, person_family, posting in rows:
        count += 1
        family = family or person_family
        if not _location_failed(checks):
            near += 1
            if count >= FEW_OWN:
                return None  # enough of the profession, one near: no note (the usual page load stops here)
            continue
        place = location_text(posting)
        if place and place not in places and len(places) < EXAMPLE_PLACES:
            places.append(place)
    if not count or not family:
        return None
    label = FAMILY_LABELS.get(family, family.replace("_", " "))
    boards = FAMILY_BOARDS.get(family, "employers' career sites (add one on the Sources page)")
    if not near:
        return ProfessionGap(family=family, label=label, boards=boards, far_count=count, far_places="; ".join(places))
    others = session.exec(select(MatchScore.id).join(JobPosting, JobPosting.id == MatchScore.posting_id)
                          .where(*_stored_where(user_id, resume_id), JobPosting.is_open,
                                 JobPosting.duplicate_of_id.is_(None)).offset(count).limit(1)).first()
    if others is None:  # the whole feed is of the profession: nothing else fills the page
        return None
    return ProfessionGap(family=family, label=label, boards=boards, few_count=count)
