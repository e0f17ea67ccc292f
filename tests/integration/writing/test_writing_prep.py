"""Tailoring (per-bullet diff → new resume version linked to the application, no new facts) and
interview prep (questions, STAR drafts, saved answers) through the service, cross-user."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from careercopilot.db import session_scope
from careercopilot.models import Application, JobPosting, Resume, User
from careercopilot.services import writing_prep as prep

RESUME = json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "writing" / "planted_resumes.json")
                    .read_text("utf-8"))["A"]


@pytest.fixture
def db(sqlite_engine, override_settings, tmp_path):
    override_settings(jobs_inline=True, data_dir=tmp_path)
    return sqlite_engine


def seed() -> tuple[int, int]:
    with session_scope() as s:
        u = User(email=f"p{time.time_ns()}@example.com")
        s.add(u)
        s.flush()
        s.add(Resume(user_id=u.id, filename="r.txt", mime="text/plain", storage_key="k", text=RESUME, is_active=True))
        p = JobPosting(source_type="manual", ats_id=str(time.time_ns()), url=f"https://example.com/j/{time.time_ns()}", title="Backend Engineer",
                       company="Acme Corp", company_key="acme", dedupe_key="d", content_hash="x", owner_id=u.id,
                       description_text="Requirements\n- Redis and RabbitMQ\n- Postgres\n- Kafka\n")
        s.add(p)
        s.flush()
        a = Application(user_id=u.id, posting_id=p.id, company="Acme Corp", title="Backend Engineer")
        s.add(a)
        s.flush()
        return u.id, a.id


def test_tailoring_to_a_new_linked_resume_version(db):
    uid, aid = seed()
    with session_scope() as s:
        doc = prep.start_tailoring(session=s, user_id=uid, application_id=aid)
        state = json.loads(doc.text)
        assert state["unmet"] == ["Apache Kafka"] and all(c["reason"] for c in state["changes"])
        term = next(c for c in state["changes"] if c["kind"] == "term")
        with pytest.raises(ValueError, match="9 million"):
            prep.decide_change(session=s, user_id=uid, document_id=doc.id, index=term["index"], status="edited",
                               edited=term["before"] + " for 9 million users")
        for c in state["changes"]:
            prep.decide_change(session=s, user_id=uid, document_id=doc.id, index=c["index"], status="accepted")
        resume = prep.finish_tailoring(session=s, user_id=uid, document_id=doc.id)
        assert not resume.is_active and "Postgres materialized" in resume.text
        assert s.get(Application, aid).resume_id == resume.id
        master = s.exec(__import__("sqlmodel").select(Resume).where(Resume.user_id == uid, Resume.is_active == True)).one()  # noqa: E712
        assert master.text == RESUME


def test_interview_prep_and_saved_answers(db):
    uid, aid = seed()
    other, _ = seed()
    with session_scope() as s:
        doc = prep.start_interview_prep(session=s, user_id=uid, application_id=aid)
        qs = json.loads(doc.text)["questions"]
        assert any(q["star"].startswith("Situation: as ") for q in qs)
        prep.save_answer(session=s, user_id=uid, document_id=doc.id, index=0, answer="At Brightline I ...")
        assert json.loads(doc.text)["questions"][0]["answer"] == "At Brightline I ..."
        with pytest.raises(LookupError):
            prep.save_answer(session=s, user_id=other, document_id=doc.id, index=0, answer="x")
        with pytest.raises(LookupError):
            prep.start_tailoring(session=s, user_id=other, application_id=aid)


def test_saving_a_tailoring_with_nothing_accepted_is_refused(db):
    """Session 16 trial: "Save as a new resume version" was offered with zero edits; an unchanged copy of
    the master is not a tailored version."""
    uid, aid = seed()
    with session_scope() as s:
        doc = prep.start_tailoring(session=s, user_id=uid, application_id=aid)
        versions = len(s.exec(__import__("sqlmodel").select(Resume).where(Resume.user_id == uid)).all())
        with pytest.raises(ValueError, match="Nothing to save"):
            prep.finish_tailoring(session=s, user_id=uid, document_id=doc.id)
        assert len(s.exec(__import__("sqlmodel").select(Resume).where(Resume.user_id == uid)).all()) == versions
        assert s.get(Application, aid).resume_id is None
