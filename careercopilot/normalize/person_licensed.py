"""A licensed occupation the person holds keeps their profession against other target titles (trial 55, F3).

The family vote of ``normalize.person_occupation.person_family`` weighs each target title 2 and
the current title and a licence 1 each. A registered respiratory therapist (RRT, current title
"Respiratory Therapist", 7 years) who listed "Respiratory Therapist" and four case-manager and
educator titles was read as social work: four service titles outvoted the licence, the title
held for years and her own first target. Her postings then showed "an occupation next to
yours" on a Respiratory Therapist posting whose title row said "the same occupation".

Rule (:func:`licensed_family`): when a licence or certification on the resume
(``person_occupation.CREDENTIAL_TITLES``: RRT, RN, LCSW, CPA, Master Electrician …) names the
same O*NET occupation as the current title, held at least :data:`HELD_YEARS` years, and at
least one target title (or a title the resume asks for) is of that occupation's family, the
person's profession is that family, whatever the other targets add up to. A career changer who
asks only for titles of another field (an RN whose targets are all data analyst titles) is not
held: no target is of the licensed family, and the vote decides as before.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Years of experience (``resume_fields.years_experience``) from which the licensed, held
#: occupation is the person's profession; unknown years (None) count as held.
HELD_YEARS = 2.0


def licensed_family(readings: Iterable, years: float | None = None) -> str | None:
    """The family of the licensed occupation the person holds (module doc) or None.

    ``readings``: ``person_occupation.Reading`` objects (``occupation``, ``source``);
    ``years``: the resume's years of experience (None = unknown)."""
    rows = list(readings)
    if years is not None and years < HELD_YEARS:
        return None
    held = {r.occupation.code for r in rows if r.source == "current" and r.occupation.code}
    licensed = [r.occupation for r in rows if r.source == "credential" and r.occupation.code in held]
    if not licensed:
        return None
    family = licensed[0].family
    asked = any(r.source in ("target", "stated") and r.occupation.family == family for r in rows)
    return family if asked else None
