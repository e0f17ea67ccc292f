"""The title row, the penalty row and the band line of one explanation tell one story (trial 55, F3b).

The title check (``explanations.occupation_title_fit``) compares the posting with each target
title on its own; the occupation relation (``scoring.occupation_relation``) and so the penalty
row and the band line compare it with the person's profession. A target of another field than the
profession passed the title check ("Title 'Respiratory Therapist' matches your target: the same
occupation (Respiratory Therapists)") while the penalty row said "× 0.75 an occupation next to
yours" and the band line "a field next to yours" — a contradiction on one page (trial 55: four
case-manager targets had read an RRT as social work, so her own occupation was "next to" it).

:func:`reconcile` keeps the score and says the relation in both rows: the title row names the
target's occupation as outside the person's field, and the penalty row names the target matched. The other
way round (fam71), a ✗ title row beside a high title-fit component (the posting's occupation is of the
person's profession, "code" 100 % or "same" 85 %, though none of the target titles) says so.
"""

from __future__ import annotations

from careercopilot.schemas import PenaltyFactor, PreferenceCheck

#: What the title row adds for each relation a matched target can still have.
_OUTSIDE = {"adjacent": "next to", "other": "outside"}
#: What the title row adds when no target matched but the posting's occupation is of the person's
#: profession (fam71: "Title fit 85 %" beside "✗ Chemical Technicians is not Chemists" with no word why).
_INSIDE = {"code": "your own occupation, in", "same": "another occupation of"}


def reconcile(checks: list[PreferenceCheck], factors: list[PenaltyFactor], relation: str | None,
              family_label: str | None) -> tuple[list[PreferenceCheck], list[PenaltyFactor]]:
    """``checks`` and ``factors`` of one explanation with the title row and the occupation factor
    reworded when the title check passed but the relation is "adjacent" or "other", or the title row
    when the check failed but the relation is "code" or "same" (module doc); unchanged otherwise. ``family_label``: the person's profession in words ("allied health")."""
    title = next((c for c in checks if c.name == "title"), None)
    field = f" ({family_label})" if family_label else ""
    if title is not None and title.ok is False and relation in _INSIDE:
        new_title = title.model_copy(update={"reason": f"{title.reason} — {_INSIDE[relation]} your field{field}, "
                                                       f"scored as such"})
        return [new_title if c is title else c for c in checks], factors
    if title is None or title.ok is not True or relation not in _OUTSIDE:
        return checks, factors
    where = _OUTSIDE[relation]
    new_title = title.model_copy(update={"reason": f"{title.reason} — an occupation {where} your field{field}, "
                                                   f"scored as such"})
    checks = [new_title if c is title else c for c in checks]
    factors = [f.model_copy(update={"reason": f"{f.reason}: your target title is {where} your field{field}"})
               if f.name == "occupation" else f for f in factors]
    return checks, factors
