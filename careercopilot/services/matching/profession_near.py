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
location check passes or is unknown gets no note. Only open postings count.
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


def _location_failed(checks) -> bool:
    """True when the stored explanation's ``location`` check is a ✗ (ok False)."""
    for c in checks or []:
        if isinstance(c, dict) and c.get("name") == "location":
            return c.get("ok") is False
    return False


def profession_far(session: Session, user_id: int, resume_id: int) -> ProfessionGap | None:
    """The person's profession with ``far_count`` (how many open postings of it are scored, all
    outside their places) and ``far_places`` (up to :data:`EXAMPLE_PLACES` of their locations,
    "; "-joined); None when one of them is near (or of unknown place) or there is none.

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
    count, family, places = 0, None, []
    for checks, person_family, posting in rows:
        if not _location_failed(checks):
            return None
        count += 1
        family = family or person_family
        place = location_text(posting)
        if place and place not in places and len(places) < EXAMPLE_PLACES:
            places.append(place)
    if not count or not family:
        return None
    return ProfessionGap(family=family, label=FAMILY_LABELS.get(family, family.replace("_", " ")),
                         boards=FAMILY_BOARDS.get(family, "employers' career sites (add one on the Sources page)"),
                         far_count=count, far_places="; ".join(places))
