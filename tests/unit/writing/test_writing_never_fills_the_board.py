"""Writing never puts a posting on the board (trial 17 finding 1: "Write a cover letter" on a job
page saved the posting to the tracker, silently, before writing). Every writing document kind
started from a posting is written for the posting alone, or for the user's application of it when
there is one; started from an application it leaves the application's stage and history as they
are; saving the posting later brings the documents along (``services.writing_targets``)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlmodel import func, select

from careercopilot.db import session_scope
from careercopilot.models import Application, JobPosting, Resume, StageEvent, User, WritingDocument
from careercopilot.services import applications, writing_documents as docs, writing_prep as prep, writing_targets

FIX = Path(__file__).resolve().parents[2] / "fixtures" / "writing"
RESUME = json.loads((FIX / "planted_resumes.json").read_text("utf-8"))["A"]
#: every writing document kind (letters and e-mails, then tailoring and interview prep)
ALL_KINDS = docs.KINDS + prep.KINDS


@pytest.fixture
def seeded(sqlite_engine, monkeypatch, tmp_path):
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "jobs_inline", True)
    monkeypatch.setattr(settings, "data_dir", tmp_path)
    with session_scope() as s:
        user = User(email=f"writer-{time.time_ns()}@example.com", display_name="Jordan Avery")
        s.add(user)
        s.flush()
        s.add(Resume(user_id=user.id, filename="r.txt", mime="text/plain", storage_key="k", text=RESUME, is_active=True))
        ids = []
        for n in range(2):
            posting = JobPosting(source_type="manual", ats_id=f"p{n}-{time.time_ns()}",
                                 url=f"https://example.com/j/{n}-{time.time_ns()}", title=f"Backend Engineer {n}",
                                 company="Acme Corp", company_key="acme", dedupe_key=f"k{n}",
                                 description_text="Requirements\n- Python\n- PostgreSQL\n- Docker",
                                 content_hash="x", owner_id=user.id)
            s.add(posting)
            s.flush()
            ids.append(posting.id)
        return user.id, ids[0], ids[1]


def _board(uid: int) -> list[tuple]:
    with session_scope() as s:
        apps = s.exec(select(Application.id, Application.stage, Application.updated_at, Application.applied_at)
                      .where(Application.user_id == uid).order_by(Application.id)).all()
        events = s.exec(select(func.count()).select_from(StageEvent)).one()
        return [tuple(a) for a in apps] + [("stage events", events)]


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_writing_for_a_posting_leaves_the_board_alone(seeded, kind):
    uid, pid, _ = seeded
    before = _board(uid)
    with session_scope() as s:
        doc, reused = writing_targets.start_for_posting(session=s, user_id=uid, kind=kind, posting_id=pid)
        doc_id, app_id, doc_posting = doc.id, doc.application_id, doc.posting_id
    assert not reused and app_id is None and doc_posting == pid
    assert _board(uid) == before == [("stage events", 0)]
    with session_scope() as s:
        assert "Backend Engineer 0" in docs.get_document(session=s, user_id=uid, document_id=doc_id).title


@pytest.mark.parametrize("kind", ALL_KINDS)
@pytest.mark.parametrize("stage", ["saved", "applied", "interviewing"])
def test_writing_for_a_posting_on_the_board_links_without_moving_it(seeded, kind, stage):
    from careercopilot.services import application_changes
    from careercopilot.models import PipelineStage

    uid, pid, _ = seeded
    with session_scope() as s:
        app_id = applications.save_posting(session=s, user_id=uid, posting_id=pid).id
    if stage != "saved":
        with session_scope() as s:
            application_changes.move_stage(session=s, user_id=uid, application_id=app_id, to_stage=PipelineStage(stage))
    before = _board(uid)
    with session_scope() as s:
        doc, _ = writing_targets.start_for_posting(session=s, user_id=uid, kind=kind, posting_id=pid)
        assert doc.application_id == app_id
    assert _board(uid) == before


@pytest.mark.parametrize("kind", docs.KINDS)
def test_writing_from_an_application_leaves_it_as_it_is(seeded, kind):
    uid, pid, _ = seeded
    with session_scope() as s:
        app_id = applications.save_posting(session=s, user_id=uid, posting_id=pid).id
    before = _board(uid)
    with session_scope() as s:
        docs.create_document(session=s, user_id=uid, kind=kind, application_id=app_id)
    with session_scope() as s:
        prep.start_tailoring(session=s, user_id=uid, application_id=app_id)
        prep.start_interview_prep(session=s, user_id=uid, application_id=app_id)
    assert _board(uid) == before


def test_saving_the_job_later_brings_its_documents(seeded):
    uid, pid, other = seeded
    with session_scope() as s:
        mine = [writing_targets.start_for_posting(session=s, user_id=uid, kind=k, posting_id=pid)[0].id for k in ALL_KINDS]
        elsewhere = writing_targets.start_for_posting(session=s, user_id=uid, kind="cover_letter", posting_id=other)[0].id
    with session_scope() as s:
        app_id = applications.save_posting(session=s, user_id=uid, posting_id=pid).id
    with session_scope() as s:
        linked = {d.id for d in docs.list_documents(session=s, user_id=uid, application_id=app_id)}
        assert linked == set(mine)
        assert s.get(WritingDocument, elsewhere).application_id is None  # another job's letter stays put


def test_a_double_click_reuses_the_posting_document(seeded):
    uid, pid, other = seeded
    with session_scope() as s:
        first, _ = writing_targets.start_for_posting(session=s, user_id=uid, kind="cover_letter", posting_id=pid)
        first_id = first.id
    with session_scope() as s:
        again, reused = writing_targets.start_for_posting(session=s, user_id=uid, kind="cover_letter", posting_id=pid)
        assert reused and again.id == first_id
        other_doc, reused_other = writing_targets.start_for_posting(session=s, user_id=uid, kind="cover_letter",
                                                                    posting_id=other)
        assert not reused_other and other_doc.id != first_id


def test_a_posting_the_user_cannot_see_writes_nothing(seeded):
    uid, pid, _ = seeded
    with session_scope() as s:
        stranger = User(email=f"stranger-{time.time_ns()}@example.com")
        s.add(stranger)
        s.flush()
        sid = stranger.id
    with session_scope() as s, pytest.raises(LookupError):
        writing_targets.start_for_posting(session=s, user_id=sid, kind="cover_letter", posting_id=pid)  # private posting
    with session_scope() as s:
        assert s.exec(select(func.count()).select_from(WritingDocument)).one() == 0


def test_unknown_kind_is_refused(seeded):
    uid, pid, _ = seeded
    with session_scope() as s, pytest.raises(ValueError, match="unknown document kind"):
        writing_targets.start_for_posting(session=s, user_id=uid, kind="resignation_letter", posting_id=pid)


def test_the_job_page_start_saves_nothing(seeded):
    """The job page's "Write a cover letter" (state.writing._start) — the path the trial took."""
    from careercopilot.state import writing as writing_state

    uid, pid, _ = seeded
    doc_id = writing_state._start(uid, pid)
    assert _board(uid) == [("stage events", 0)]
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=uid, document_id=doc_id)
        assert doc.posting_id == pid and doc.application_id is None
    view = writing_state._view(uid, doc_id)
    assert view["application_href"] == "" and view["posting_href"] == f"/jobs/{pid}"


def test_the_job_page_lists_what_was_written_for_it(seeded):
    uid, pid, other = seeded
    with session_scope() as s:
        for kind in ("cover_letter", "tailoring"):
            writing_targets.start_for_posting(session=s, user_id=uid, kind=kind, posting_id=pid)
        writing_targets.start_for_posting(session=s, user_id=uid, kind="interview_prep", posting_id=other)
    with session_scope() as s:
        listed = writing_targets.posting_documents(session=s, user_id=uid, posting_id=pid)
        assert [d["label"] for d in listed] == ["Tailored resume", "Cover letter"]
        applications.save_posting(session=s, user_id=uid, posting_id=pid)
    with session_scope() as s:  # still listed once the job is saved
        assert len(writing_targets.posting_documents(session=s, user_id=uid, posting_id=pid)) == 2
