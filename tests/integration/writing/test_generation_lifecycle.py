"""Issue 12 (attack93) findings 1, 5, 7, 10, 12 against a loopback fake provider: every terminal state
of a generation with text is grounding-checked and its open flags block export, the "as sent"
snapshot and reminder mail; a failed partial is never exportable as complete; a malformed chunk or an
unexpected crash ends the run ``failed`` with a log row and the budget settled; a runaway stream is cut;
a forged regenerate on a tailoring document changes nothing."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.llm import Provider, ProviderConfig
from careercopilot.models import Application, GenerationLog, JobPosting, Resume, User, WritingDocument
from careercopilot.services import application_changes, reminders, writing_budget, writing_documents as docs
from careercopilot.services import writing_generation
from tests.support.llm_server import LLMServer, Reply, openai_chunk, sse

FIX = Path(__file__).resolve().parents[2] / "fixtures" / "writing"
RESUME = json.loads((FIX / "planted_resumes.json").read_text("utf-8"))["A"]
OPENING = "Dear Acme Corp team, I am applying for the Backend Engineer role. "
PLANTS = {"url": "Read more at https://evil.example.net/apply now. ",
          "email": "Write to recruiter.bait@evil-mail.example today. ",
          "phone": "Call me on +1 415 555 0199 any time. "}


@pytest.fixture
def engine(tmp_path, override_settings, sqlite_engine):
    override_settings(jobs_inline=True, data_dir=tmp_path, llm_judge=False, writing_offline_pace_ms=0)
    return sqlite_engine


def seed() -> tuple[int, int, int]:
    with session_scope() as s:
        user = User(email=f"u{time.time_ns()}@example.com", display_name="Jordan Avery")
        s.add(user)
        s.flush()
        s.add(Resume(user_id=user.id, filename="r.txt", mime="text/plain", storage_key="k", text=RESUME, is_active=True))
        posting = JobPosting(source_type="manual", ats_id=f"p{time.time_ns()}", url=f"https://example.com/j/{time.time_ns()}",
                             title="Backend Engineer", company="Acme Corp", company_key="acme", dedupe_key="d",
                             description_text="Requirements\n- Python\n- PostgreSQL", content_hash="x", owner_id=user.id)
        s.add(posting)
        s.flush()
        app = Application(user_id=user.id, posting_id=posting.id, company="Acme Corp", title="Backend Engineer")
        s.add(app)
        s.flush()
        doc = docs.create_document(session=s, user_id=user.id, kind="follow_up", application_id=app.id)
        return user.id, app.id, doc.id


def use_server(monkeypatch, srv: LLMServer) -> None:
    cfg = ProviderConfig(wire="openai", base_url=srv.url + "/v1", model="m", name="fake", max_retries=0,
                         context_tokens=16000)
    monkeypatch.setattr(writing_generation, "provider_for_user",
                        lambda **kw: Provider(cfg, sleep=lambda s: None))


def stream(*chunks: str, pauses=None, cut=False, tail=()) -> Reply:
    return Reply(headers={"Content-Type": "text/event-stream"}, pauses=pauses or {}, cut=cut,
                 chunks=sse(*[openai_chunk(c) for c in chunks], *tail))


def stop_when_streamed(uid: int, doc_id: int, needle: str) -> threading.Thread:
    def press_stop():
        for _ in range(200):
            with session_scope() as s:
                if needle in s.get(WritingDocument, doc_id).text:
                    docs.stop(session=s, user_id=uid, document_id=doc_id)
                    return
            time.sleep(0.02)
    t = threading.Thread(target=press_stop)
    t.start()
    return t


ENDINGS = ["stopped", "cut", "malformed", "crash"]


@pytest.mark.parametrize("plant", sorted(PLANTS))
@pytest.mark.parametrize("ending", ENDINGS)
def test_partial_with_a_planted_contact_is_flagged_and_kept_in(engine, monkeypatch, ending, plant):
    uid, aid, doc_id = seed()
    planted = PLANTS[plant]
    if ending == "stopped":
        reply = stream(OPENING + planted, "More words ", "and the end.", pauses={1: 1.0},
                       tail=(openai_chunk(finish="stop"), "data: [DONE]"))
    elif ending == "cut":
        reply = stream(OPENING + planted, "More words ", cut=True)
    elif ending == "malformed":
        reply = Reply(headers={"Content-Type": "text/event-stream"},
                      chunks=sse(openai_chunk(OPENING + planted), 'data: {"choices": 5}'))
    else:
        reply = stream(OPENING + planted, "More words ", tail=(openai_chunk(finish="stop"), "data: [DONE]"))
        real = writing_generation.generate

        def crashing(*a, **kw):
            real(*a, **kw)
            raise RuntimeError("boom")
        monkeypatch.setattr(writing_generation, "generate", crashing)
    with LLMServer([reply]) as srv:
        use_server(monkeypatch, srv)
        t = stop_when_streamed(uid, doc_id, planted.strip()) if ending == "stopped" else None
        status = writing_generation.run(doc_id)
        if t:
            t.join()
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=uid, document_id=doc_id)
        assert status == doc.status == ("stopped" if ending == "stopped" else "failed")
        assert planted.strip()[:12] in doc.text
        flagged = " ".join(f["text"] for f in docs.open_flags(doc))
        assert any(w in flagged for w in ("evil.example.net", "evil-mail.example", "555")), doc.flags
        with pytest.raises((docs.ExportBlocked, ValueError)):
            docs.export(session=s, user_id=uid, document_id=doc_id, fmt="pdf")
        assert reminders.draft_for(s, user_id=uid, application_id=aid, kind="follow_up") is None
        outcome = s.exec(select(GenerationLog.outcome).where(GenerationLog.document_id == doc_id)).all()
        assert outcome == [{"stopped": "stopped", "cut": "incomplete", "malformed": "protocol",
                            "crash": "internal"}[ending]]
    with session_scope() as s:
        application_changes.move_stage(session=s, user_id=uid, application_id=aid, to_stage="applied")
    with session_scope() as s:
        assert docs.snapshots(session=s, user_id=uid, application_id=aid) == []


def test_accepted_flags_and_failed_partials(engine, monkeypatch):
    """Accepting every flag of a stopped draft clears it; a failed partial stays unexportable until
    the user saves it as their own text."""
    uid, aid, doc_id = seed()
    with LLMServer([stream(OPENING + PLANTS["url"], "More ", cut=True)]) as srv:
        use_server(monkeypatch, srv)
        assert writing_generation.run(doc_id) == "failed"
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=uid, document_id=doc_id)
        for f in docs.open_flags(doc):
            docs.accept_flag(session=s, user_id=uid, document_id=doc_id, flag_text=f["text"])
        with pytest.raises(ValueError, match="partial"):
            docs.export(session=s, user_id=uid, document_id=doc_id, fmt="pdf")
        docs.save_edit(session=s, user_id=uid, document_id=doc_id, text=doc.text.replace(PLANTS["url"], ""))
        assert docs.export(session=s, user_id=uid, document_id=doc_id, fmt="docx").data


def test_runaway_stream_is_cut_and_charged_only_to_the_cap(engine, monkeypatch):
    uid, aid, doc_id = seed()
    word = "Python developer with PostgreSQL experience. "
    flood = [word * 200] * 250  # ~2.3 MB, no finish
    before = writing_budget.remaining(uid).user
    with LLMServer([stream(OPENING, *flood, tail=(openai_chunk(finish="stop"),))]) as srv:
        use_server(monkeypatch, srv)
        assert writing_generation.run(doc_id) == "failed"
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=uid, document_id=doc_id)
        assert 0 < len(doc.text) <= docs.MAX_TEXT_CHARS and "cut" in doc.error
        log = s.exec(select(GenerationLog).where(GenerationLog.document_id == doc_id)).one()
        assert log.outcome == "runaway" and log.tokens_out <= docs.MAX_TEXT_CHARS // 4
    assert before - writing_budget.remaining(uid).user <= docs.MAX_TEXT_CHARS // 4 + 2000


def test_regenerate_of_another_kind_changes_nothing(engine):
    uid, aid, _ = seed()
    with session_scope() as s:
        doc = WritingDocument(user_id=uid, kind="tailoring", application_id=aid, status="ready",
                              text='{"proposals": [1]}', flags=[{"text": "x"}], accepted=["x"])
        s.add(doc)
        s.flush()
        doc_id = doc.id
    with pytest.raises(ValueError):
        docs.start_generation(user_id=uid, document_id=doc_id)
    with pytest.raises(ValueError):
        writing_generation.run(doc_id)
    with session_scope() as s:
        doc = s.get(WritingDocument, doc_id)
        assert (doc.status, doc.text, doc.flags, doc.accepted, doc.job_id) == (
            "ready", '{"proposals": [1]}', [{"text": "x"}], ["x"], None)


def test_a_generation_past_its_overall_time_limit_is_cut_and_failed(tmp_path, override_settings, sqlite_engine):
    """LLM_GENERATION_SECONDS bounds a whole generation (the per-token timeout alone let a trickling model run
    for hours): past it the partial is kept, marked failed, with the limit named (sec125)."""
    from careercopilot.services import writing_documents as docs
    from careercopilot.services.writing_generation import run
    from tests.integration.writing.test_documents import seed

    override_settings(jobs_inline=True, data_dir=tmp_path, llm_generation_seconds=0.05, writing_offline_pace_ms=20,
                      llm_base_url=None, llm_model=None)
    uid, _pid, aid = seed("overtime")
    with session_scope() as s:
        doc_id = docs.create_document(session=s, user_id=uid, kind="cover_letter", application_id=aid).id
    assert run(doc_id) == "failed"
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=uid, document_id=doc_id)
        assert "0.05 seconds" in doc.error and doc.status == "failed" and docs.unfinished_partial(s, doc)
