"""Ranking mechanics (issue 11, observation 5) on real PostgreSQL + Chroma + MiniLM: the
candidate pool does not depend on how many results are asked for, exact ties are broken by
posting id, and scores are sorted unrounded."""

from __future__ import annotations

import pytest

from careercopilot.db import session_scope
from careercopilot.services import matching
from careercopilot.services.matching import reads

CV = ("Registered Nurse\n\nExperience\nRegistered Nurse, Medical-Surgical at Kings County Hospital (2019–2024): "
      "telemetry monitoring, IV therapy, post-op care, patient education.\n\nLicenses\nRN, BLS, ACLS")
JOBS = [
    ("Registered Nurse - Telemetry", "Telemetry unit RN: cardiac monitoring, IV therapy, BLS and ACLS required."),
    ("Registered Nurse - Med/Surg", "Medical-surgical nursing, post-op care, patient education. RN license, BLS."),
    ("ICU Registered Nurse", "Critical care nursing, ventilators, titrated drips. RN license, ACLS."),
    ("Licensed Practical Nurse", "LPN for a skilled nursing facility: medication passes, wound care."),
    ("Certified Nursing Assistant", "CNA: vital signs, activities of daily living, patient transfers."),
    ("Backend Engineer", "Python, PostgreSQL, Docker and Kubernetes on AWS."),
    ("Line Cook", "Prep, grill and saute stations in a busy kitchen."),
    ("Electrician", "Journeyman electrician: conduit, panels, NEC code."),
    ("Accountant", "General ledger, reconciliations, month-end close, GAAP."),
    ("Warehouse Associate", "Picking, packing, forklift, inventory counts."),
]


def test_top_n_does_not_change_the_top_and_ties_go_by_id(make_posting, index, monkeypatch):
    ids = [make_posting(t, d) for t, d in JOBS]
    twin = make_posting(*JOBS[0])  # the same posting text twice: an exact tie
    with session_scope() as s:
        matching.index_open_postings(session=s, index=index)
    # a small candidate stage, so that a pool growing with ``top`` would change the ranking
    monkeypatch.setattr(reads, "REFRESH_CANDIDATES", 4)
    with session_scope() as s:
        few = matching.match_resume_text(session=s, resume_text=CV, top=3, index=index)
        many = matching.match_resume_text(session=s, resume_text=CV, top=500, index=index)
    assert [r["posting_id"] for r in few] == [r["posting_id"] for r in many][:3]
    scores = [r["score"] for r in many]
    assert scores == sorted(scores, reverse=True)
    assert any(s != round(s, 1) for s in scores)  # unrounded
    by_id = {r["posting_id"]: r for r in many}
    if ids[0] in by_id and twin in by_id:
        # the same text embeds to the same vector up to float32 noise (~1e-6 of a point), which a
        # 6-decimal score can still show; an exact tie goes by posting id
        assert by_id[ids[0]]["score"] == pytest.approx(by_id[twin]["score"], abs=1e-5)
        if by_id[ids[0]]["score"] == by_id[twin]["score"]:
            order = [r["posting_id"] for r in many]
            assert order.index(ids[0]) < order.index(twin)
