"""Why a same-profession, same-rung posting scores under the strong-fit floor (75): one cause per pair.

Issue 11's calibration target counts the grade-2 pairs at the resume's labeled level (and, narrower,
those meeting every stated place and pay preference) that score ≥ 75. ``steps.in_band`` puts a
posting in the strong-fit band exactly when its occupation relation is "code"/"same", nothing lowered
it (penalty 1) and no gap (skills, licence, targets) holds it back — so a pair under 75 is held by one
of those readings, never by the calibration map itself (``steps.SCORE_CALIBRATION``) unless the
relation is unknown. :func:`shortfall_cause` names the first reading that holds a pair back, in the
order of :data:`CAUSES`; ``benchmarks/match_quality.py`` prints the counts (``--dump`` rows carry the
same fields).

Input: one ``--dump`` row (dict) with ``relation``, ``factors`` (name → factor), ``skill_gap``,
``licence_gap``, ``target_gap``, and the readings beside the labels: ``posting_family`` /
``label_family``, ``person_family`` / ``resume_family``, ``posting_level`` / ``label_level``,
``person_level`` / ``resume_level``. Missing keys read as unknown (no cause from them). No errors.
"""

from __future__ import annotations

from collections import Counter

#: The causes, in the order a pair is attributed (the first that holds). Words as the report prints them.
CAUSES: tuple[str, ...] = (
    "posting's family read wrong (relation adjacent/other)",
    "person's family read wrong (relation adjacent/other)",
    "families read right, relation adjacent/other",
    "licence required, not on the resume",
    "person's level read wrong (two+ rungs off)",
    "posting's level read wrong (two+ rungs off)",
    "level two+ rungs off, both read right",
    "another occupation of the field, no shared skill (occupation_evidence)",
    "skill gap (posting names 8+ skills, person has < 5 %)",
    "fails both target title and seniority",
    "a stated place/mode/pay/visa preference failed",
    "relation unknown: the calibration map",
    "none: in the band (score ≥ 75 expected)",
)


def shortfall_cause(row: dict) -> str:
    """The first of :data:`CAUSES` that holds ``row`` (a ``--dump`` row) under the strong-fit band."""
    rel = row.get("relation")
    factors = row.get("factors") or {}
    if rel in ("adjacent", "other"):
        if row.get("posting_family") and row.get("label_family") and row["posting_family"] != row["label_family"]:
            return CAUSES[0]
        if row.get("person_family") and row.get("resume_family") and row["person_family"] != row["resume_family"]:
            return CAUSES[1]
        return CAUSES[2]
    if row.get("licence_gap"):
        return CAUSES[3]
    if factors.get("level", 1.0) < 1.0:
        if row.get("person_level") and row.get("resume_level") and row["person_level"] != row["resume_level"]:
            return CAUSES[4]
        if row.get("posting_level") and row.get("label_level") and row["posting_level"] != row["label_level"]:
            return CAUSES[5]
        return CAUSES[6]
    if rel == "same" and factors.get("occupation", 1.0) < 1.0:
        return CAUSES[7]
    if row.get("skill_gap"):
        return CAUSES[8]
    if row.get("target_gap"):
        return CAUSES[9]
    if any(f < 1.0 for n, f in factors.items() if n not in ("level", "occupation")):
        return CAUSES[10]
    if rel is None:
        return CAUSES[11]
    return CAUSES[12]


def cause_table(rows: list[dict], floor: float = 75.0) -> list[tuple[str, int]]:
    """``[(cause, pairs)]`` over the ``rows`` scoring under ``floor``, in :data:`CAUSES` order, zero
    counts left out."""
    counts = Counter(shortfall_cause(r) for r in rows if r["score"] < floor)
    return [(c, counts[c]) for c in CAUSES if counts[c]]
