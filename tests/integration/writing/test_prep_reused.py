"""Asking again for a tailoring or interview prep of the same application reuses its document (trial101
finding 2: a second click on "Tailor my resume" made a second tailoring document).

Variant table (old code: 4 of 4 rows made a second document): tailoring asked twice; asked again after a
decision (kept); asked again after the resume changed (regenerated in place, decision kept for a change
proposed again); interview prep asked twice (saved answer kept); a posting alone asked twice."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import Application, JobPosting, Resume, User, WritingDocument
from careercopilot.services import writing_prep as prep

RESUME = json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "writing" / "planted_resumes.json")
                    .read_text("utf-8"))["A"]


@pytest.fixture
def db(sqlite_engine, override_settings, tmp_path):
    override_settings(jobs_inline=True, data_dir=tmp_path)
    return sqlite_engine


def seed() -> tuple[int, int, int]:
    with session_scope() as s:
        u = User(email=f"r{time.time_ns()}@example.com")
        s.add(u)
        s.flush()
        s.add(Resume(user_id=u.id, filename="r.txt", mime="text/plain", storage_key="k", text=RESUME, is_active=True))
        p = JobPosting(source_type="manual", ats_id=str(time.time_ns()), url=f"https://example.com/j/{time.time_ns()}",
                       title="Backend Engineer", company="Acme Corp", company_key="acme", dedupe_key="d",
                       content_hash="x", owner_id=u.id,
                       description_text="Requirements\n- Redis and RabbitMQ\n- Postgres\n- Kafka\n")
        s.add(p)
        s.flush()
        a = Application(user_id=u.id, posting_id=p.id, company="Acme Corp", title="Backend Engineer")
        s.add(a)
        s.flush()
        return u.id, a.id, p.id


def _count(s, uid: int, kind: str) -> int:
    return len(s.exec(select(WritingDocument).where(WritingDocument.user_id == uid, WritingDocument.kind == kind)).all())


def test_tailoring_asked_twice_is_one_document_with_its_decisions(db):
    uid, aid, _ = seed()
    with session_scope() as s:
        first = prep.start_tailoring(session=s, user_id=uid, application_id=aid)
        change = json.loads(first.text)["changes"][0]
        prep.decide_change(session=s, user_id=uid, document_id=first.id, index=change["index"], status="accepted")
    with session_scope() as s:
        again = prep.start_tailoring(session=s, user_id=uid, application_id=aid)
        assert again.id == first.id and _count(s, uid, "tailoring") == 1
        assert json.loads(again.text)["changes"][0]["status"] == "accepted"


def test_tailoring_after_the_resume_changed_is_regenerated_in_place(db):
    uid, aid, _ = seed()
    with session_scope() as s:
        first = prep.start_tailoring(session=s, user_id=uid, application_id=aid)
        change = json.loads(first.text)["changes"][0]
        prep.decide_change(session=s, user_id=uid, document_id=first.id, index=change["index"], status="accepted")
        old = s.exec(select(Resume).where(Resume.user_id == uid)).one()
        old.is_active = False
        s.add(Resume(user_id=uid, version=2, filename="r2.txt", mime="text/plain", storage_key="k2",
                     text=RESUME + "\n- Wrote Kafka consumers for billing events\n", is_active=True))
    with session_scope() as s:
        again = prep.start_tailoring(session=s, user_id=uid, application_id=aid)
        state = json.loads(again.text)
        assert again.id == first.id and _count(s, uid, "tailoring") == 1
        assert state["master_id"] != old.id
        same = [c for c in state["changes"] if (c["kind"], c["before"]) == (change["kind"], change["before"])]
        assert not same or same[0]["status"] == "accepted"


def test_interview_prep_asked_twice_keeps_the_saved_answer(db):
    uid, aid, _ = seed()
    with session_scope() as s:
        first = prep.start_interview_prep(session=s, user_id=uid, application_id=aid)
        prep.save_answer(session=s, user_id=uid, document_id=first.id, index=0, answer="At Brightline I ...")
    with session_scope() as s:
        again = prep.start_interview_prep(session=s, user_id=uid, application_id=aid)
        assert again.id == first.id and _count(s, uid, "interview_prep") == 1
        assert json.loads(again.text)["questions"][0]["answer"] == "At Brightline I ..."


def test_a_posting_alone_asked_twice_is_one_document(db):
    uid, _, pid = seed()
    with session_scope() as s:
        first = prep.start_tailoring(session=s, user_id=uid, posting_id=pid)
    with session_scope() as s:
        again = prep.start_tailoring(session=s, user_id=uid, posting_id=pid)
        assert again.id == first.id and _count(s, uid, "tailoring") == 1


def test_the_saved_version_is_named_for_the_user_not_the_machine(db):
    """trial101 finding 3: the tailored version was listed as "tailored-3.txt"."""
    uid, aid, _ = seed()
    with session_scope() as s:
        doc = prep.start_tailoring(session=s, user_id=uid, application_id=aid)
        for c in json.loads(doc.text)["changes"]:
            prep.decide_change(session=s, user_id=uid, document_id=doc.id, index=c["index"], status="accepted")
        resume = prep.finish_tailoring(session=s, user_id=uid, document_id=doc.id)
        assert resume.filename == "Tailored resume — Backend Engineer at Acme Corp.txt"
        assert s.get(Application, aid).resume_id == resume.id
