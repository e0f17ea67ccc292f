"""Why a same-profession, same-rung posting scores under 75 (``benchmarks/_calibration_causes.py``, calib96).

Rows shaped as ``match_quality.py --dump`` writes them, one per kind of shortfall found on dev, blind14
and blind15 (the pair each row imitates in its comment). Each must be attributed to the reading that
holds it out of the strong-fit band (``steps.in_band``), never to the calibration map when the
relation is known. New module: no old code to fail.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from careercopilot.services.matching.steps import in_band

_PATH = Path(__file__).resolve().parents[3] / "benchmarks" / "_calibration_causes.py"
_spec = importlib.util.spec_from_file_location("_calibration_causes", _PATH)
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
CAUSES, cause_table, shortfall_cause = _mod.CAUSES, _mod.cause_table, _mod.shortfall_cause

RIGHT = {"posting_family": "legal", "label_family": "legal", "person_family": "legal", "resume_family": "legal",
         "posting_level": "mid", "label_level": "mid", "person_level": "mid", "resume_level": "mid"}


def _row(**kw) -> dict:
    row = {**RIGHT, "relation": "code", "factors": {}, "skill_gap": False, "licence_gap": False,
           "target_gap": False, "score": 60.0}
    row.update(kw)
    return row


ROWS = [
    # dev r41 "In-House EHSO" read engineering for a safety officer
    (_row(relation="other", posting_family="engineering_architecture", factors={"occupation": 0.45}), 0),
    # a resume read into another family than its label
    (_row(relation="adjacent", person_family="administrative", factors={"occupation": 0.75}), 1),
    # both families right, the relation table says adjacent (not seen; the attribution must still say so)
    (_row(relation="adjacent", factors={"occupation": 0.75}), 2),
    # dev r17 / blind15 p24: a paralegal and an attorney posting that requires bar admission
    (_row(relation="same", licence_gap=True), 3),
    # blind15 p12: a principal asking to teach again read lead, the teacher postings mid
    (_row(relation="same", person_level="lead", factors={"level": 0.85}), 4),
    # dev r41 "Emergency Manager" read lead from the title, labeled mid
    (_row(relation="same", posting_level="lead", factors={"level": 0.85}), 5),
    (_row(relation="same", posting_level="lead", label_level="lead", person_level="mid",
          resume_level="mid", factors={"level": 0.85}), 6),
    # dev r25 "DATABASE ADMINISTRATOR" for a systems administrator: no shared skill
    (_row(relation="same", factors={"occupation": 0.5}), 7),
    # blind15 p21 "Senior Enterprise Integrations Developer"
    (_row(relation="code", skill_gap=True), 8),
    (_row(relation="code", target_gap=True), 9),
    (_row(relation="code", factors={"location": 0.5}), 10),
    (_row(relation=None), 11),
    (_row(relation="code"), 12),
]


@pytest.mark.parametrize(("row", "cause"), ROWS)
def test_each_shortfall_is_attributed_to_the_reading_that_holds_it(row, cause):
    assert shortfall_cause(row) == CAUSES[cause]


def test_a_pair_with_every_strong_fit_condition_is_in_the_band():
    """The last cause never counts a real pair: the band puts such a pair at 75 or more."""
    assert in_band(0.0, "code", 1.0, False) >= 75 and in_band(0.0, "same", 1.0, False) >= 75


def test_the_table_counts_only_pairs_under_the_floor_in_cause_order():
    rows = [ROWS[3][0], ROWS[3][0], ROWS[0][0], {**ROWS[7][0], "score": 80.0}]
    assert cause_table(rows) == [(CAUSES[0], 1), (CAUSES[3], 2)]
