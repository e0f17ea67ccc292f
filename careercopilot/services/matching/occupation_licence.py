"""Another occupation the person cannot legally take: a licence its posting requires and the resume does not show.

Trial 105 (issue 11): a registered dental hygienist's #1 job was "Clinical Pharmacist Consultant" (65),
above every dental hygienist posting (64, 63, 63). The posting is of her family (allied health), so its
title fit was ``scoring.OCCUPATION_FIT["same"]`` (85 %) though its title names neither her targets nor her
occupation, and nothing lowered it: the licence gap (``scoring.missing_licences``, session 23) only kept it
under the strong band (``steps._below``: its calibrated 80.6 became 65), while her own occupation's
postings in other states carried the location dealbreaker (× 0.5) and landed at 63–64.

A licence is a legal condition of the occupation (state practice acts: a pharmacist, an attorney, a nurse
practitioner, a physical therapist, a dentist, a master electrician), not a preference: without it the
person cannot be hired into that occupation at all, however near it is to their own. So an occupation of
the person's family — or the one next to it — whose posting requires a licence the resume does not show is
scored as an occupation *next to* theirs (title fit ``OCCUPATION_FIT["adjacent"]``, 45 %; a higher rung of
their own occupation keeps its title fit) and carries
:data:`LICENCE_CLOSED_FACTOR`, the weight of the hard constraints a job board filters on (a ruled-out place or
work mode: ``scoring.DEALBREAKERS``) or a little more — it ranks under her own occupation's postings even
where those fail a place. The person's own occupation ("code") is closed only by the licence of a rung above theirs (a
"Master Electrician" posting for an apprentice: the master's licence takes years as a journeyman); an RN
posting asking an RN licence the resume does not spell out is not: the gap keeps it out of the strong band
as before (``steps.in_band``).
"""

from __future__ import annotations

from careercopilot.schemas import PenaltyFactor

__all__ = ["LICENCE_CLOSED_FACTOR", "CLOSED_RELATIONS", "closed_by_licence", "licence_factor"]

#: Multiplier of a posting whose occupation the person cannot take without a licence they do not show:
#: another field's (``scoring.OCCUPATION_FACTOR["other"]``, 0.45) — as closed to them as another field —
#: just under the location / work-mode dealbreaker's 0.5 (``scoring.DEALBREAKERS``), so it falls under the
#: person's own occupation's postings that fail a place (trial 105: 65 above 64/63/63 before). 0.5 tied
#: a dental assistant's own posting in another state with a dentist's (62.2 vs 62.3, the variant table).
LICENCE_CLOSED_FACTOR = 0.45
#: The occupation relations (``scoring.occupation_relation``) a required licence closes: another
#: occupation of the person's family, or of the family next to it.
CLOSED_RELATIONS = frozenset({"same", "adjacent"})


def closed_by_licence(relation: str | None, missing: list[str] | tuple[str, ...], *, rung_above: bool = False,
                      targeted: bool = False) -> bool:
    """Whether a posting of occupation ``relation`` requiring the licences ``missing`` (in words, from
    ``scoring.missing_licences``; empty = none missing) is closed to the person (module doc).
    ``rung_above``: the posting's level is above the person's (``occupations.LEVELS``); the person's
    own occupation ("code") is closed only then — the licence of a higher rung of it ("Master
    Electrician" for an apprentice), not one the resume merely does not spell out. ``targeted``: the
    posting passes the person's title check (they ask for this occupation — dev r02, a nursing assistant
    studying for her RN, asks for "Registered Nurse"): not closed; the gap still keeps it out of the strong
    band and the card names it (that closing cost dev nDCG@10 0.965 → 0.960, r02 1.000 → 0.852)."""
    if not missing or targeted:
        return False
    return relation in CLOSED_RELATIONS or (relation == "code" and rung_above)


def licence_factor(missing: list[str] | tuple[str, ...], relation: str | None = None) -> PenaltyFactor:
    """The penalty row of a closed posting: "another occupation than yours, which requires a pharmacist
    licence (RPh) — not on your resume"; of the person's own occupation ``relation`` "code": "a rung above
    yours, which requires …"."""
    first = missing[0].removeprefix("Requires ") if missing else "a licence — not on your resume"
    what = "a rung of your occupation above yours" if relation == "code" else "another occupation than yours"
    return PenaltyFactor(name="licence", factor=LICENCE_CLOSED_FACTOR, reason=f"{what}, which requires {first}")
