"""Another occupation of the person's field needs some evidence of fit (trial 55, F2).

A registered respiratory therapist (7 years) saw "Medical Coder" (remote) at 92, "a strong fit":
the posting's occupation (Medical Records Specialists) is of her family (allied health), so
``steps.in_band`` placed it in 75–97 (``occupation_band``), although none of its skills were on
her resume (skills 0 %), its title was not her target ("Medical Records Specialists is not
Respiratory Therapists") and it asked for a coding certificate she does not hold. Her three real
Respiratory Therapist postings, lowered × 0.5 for their place, scored 60–64 — under it.

The family is the issue-11 grade (a coder posting is grade 2 for an RT), but the family is wide
(allied health holds therapists, coders, pharmacists, dietitians, sonographers); within it only
the person's own occupation earns the band on the family alone. Another occupation of the family
(relation "same") earns it with evidence: one of the skills it asks for on the resume, or its
title one of the person's targets (the title check). Without either, when the posting names
skills to compare (the skills component known) and the resume names enough skills for their
absence to say something (:data:`EVIDENCE_PERSON_SKILLS`), it is lowered by
:data:`NO_EVIDENCE_FACTOR`, the factor of a place ruled out (``scoring.DEALBREAKERS``),
so it ranks under the person's own occupation's postings lowered for their place (those keep
their title and skills components). A licence the posting requires and the resume does not show
already keeps it out of the band (``steps.score_steps(licence_gap=…)``); it is not counted again.
"""

from __future__ import annotations

#: The multiplier of another occupation of the person's field with no evidence of fit; the same
#: as a failed location (``scoring.DEALBREAKERS["location"]``, module doc).
NO_EVIDENCE_FACTOR = 0.5
#: The absence of shared skills is evidence only from a skill-rich resume, the skill-gap rule's floor
#: (``steps.SKILL_GAP_PERSON``, 20; the trial's RRT names 29). Measured on blind11 (a session-24
#: per-pair dump with the rule applied to it): a floor of 10 took nDCG@10 0.859 → 0.831 and 150 of
#: the 662 grade-2 pairs ≥ 75 out of the band (family-graded postings of a policy or hospitality resume
#: share no recognized skill); 20 leaves nDCG 0.859 and moves 12 of them.
EVIDENCE_PERSON_SKILLS = 20
#: How the explanation names it (``MatchExplanation.penalty_factors``).
NO_EVIDENCE_WORDS = "another occupation of your field: none of its skills on your resume and not one of your target titles"


def lacks_evidence(relation: str | None, *, skills: float | None, matched: int, title_ok: bool | None,
                   person_skills: int = 0) -> str | None:
    """Why a posting of another occupation of the person's family has no evidence of fit, in
    words (:data:`NO_EVIDENCE_WORDS`), or None.

    ``relation``: ``scoring.occupation_relation`` ("code", "same", "adjacent", "other", None);
    only "same" is judged. ``skills``: the skills component (0–1, None = the posting names no
    required skill); ``matched``: how many of its skills (required or preferred) the resume shows;
    ``title_ok``: the title preference check (True = one of the person's targets, None = no
    targets); ``person_skills``: how many skills the resume names (under
    :data:`EVIDENCE_PERSON_SKILLS` nothing is decided)."""
    if relation != "same" or title_ok is True or person_skills < EVIDENCE_PERSON_SKILLS:
        return None
    if skills is not None and matched == 0:
        return NO_EVIDENCE_WORDS
    return None
