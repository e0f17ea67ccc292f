"""Tailoring (per-bullet diff, no new facts) and interview prep (questions, STAR drafts from the resume)."""

from __future__ import annotations

import json
from pathlib import Path

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.interview import questions
from careercopilot.writing.tailor import apply, grounded_edit, propose

RESUME = json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "writing" / "planted_resumes.json")
                    .read_text("utf-8"))["A"]
POSTING = ("Requirements\n- Redis and RabbitMQ\n- Postgres\n- Kafka\nResponsibilities\n"
           "- Build reliable payment services for our merchants\n")


def test_proposal_has_reasons_and_only_fact_preserving_changes():
    p = propose(RESUME, POSTING)
    kinds = {(c.kind, c.requirement) for c in p.changes}
    assert ("term", "PostgreSQL") in kinds and ("reorder", "Redis") in kinds
    assert all(c.reason for c in p.changes) and p.unmet == ["Apache Kafka"]
    for c in p.changes:
        c.status = "accepted"
    tailored = apply(RESUME, p.changes)
    assert "Postgres materialized views" in tailored and "PostgreSQL materialized" not in tailored
    lines = [ln for ln in tailored.splitlines() if ln.startswith("- ")]
    assert lines[0].startswith("- Cut p95 latency")  # moved up within its role
    assert tailored.index("Maintained Redis") < tailored.index("Developed route-planning")
    assert check(tailored, SourceFacts.from_texts(RESUME)) == []  # no new facts
    assert sorted(tailored.split()) != sorted(RESUME.split()) or tailored != RESUME


def test_rejected_changes_are_not_applied_and_edits_are_grounded():
    p = propose(RESUME, POSTING)
    for c in p.changes:
        c.status = "rejected"
    assert apply(RESUME, p.changes) == RESUME
    assert grounded_edit("Maintained Redis caching layer", "Maintained the Redis cache layer", RESUME) == []
    assert grounded_edit("Maintained Redis caching layer", "Maintained Redis for 9 million users at Google",
                         RESUME) == ["9 million", "Google"]


def test_interview_questions_and_star_drafts_come_from_the_resume():
    qs = questions(RESUME, POSTING)
    texts = [q.text for q in qs]
    assert "Tell me about a time you used Redis." in texts
    assert "How would you get up to speed with Apache Kafka?" in texts
    assert any("payment services" in t for t in texts) and "Tell me about yourself." in texts
    facts = SourceFacts.from_texts(RESUME)
    for q in qs:
        if q.star:
            assert "Situation: as " in q.star and check(q.star, facts) == [], q.star
