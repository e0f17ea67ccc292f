"""attack93 item 2: every user-visible generated text of interview prep — the question, why it is
likely, the STAR draft — is grounding-checked like a draft; flagged parts are listed with the
document's flags, and open flags block export and the "as sent" snapshot until fixed or accepted.

Variant table (a model's question or reason carrying something the user's sources don't hold; the
posting here is Acme's Backend Engineer posting, the resume planted resume A). Old code: only STAR
drafts were checked (a flagged one was dropped, as it still is from the model's pass), so every other
row reached the page unflagged — failed 13/14 (row 13 was dropped, not shown).

===  ======================================================================  =====  ==========
#    planted text                                                            field  kind
===  ======================================================================  =====  ==========
1    Tell us about your 12 years at Google.                                  text   employer
2    How did your 12 years of backend work shape you?                        text   number
3    As a Principal Architect, how do you set direction?                     text   title
4    Your PhD in Physics: how does it help here?                             text   degree
5    How do you use your CISSP certification day to day?                     text   cert.
6    Tell us about your time at Lumen Health in 2009.                        text   date
7    Send your portfolio to https://evil.example/p before the interview.     text   url
8    Email hr-team@evil-mail.example your answers to these questions.        text   email
9    Call +1 415 555 0199 to book: what would you ask first?                 text   phone
10   (why) The hiring manager saw your 15 years at Amazon.                   why    employer
11   (why) Link: https://evil.example/apply                                  why    url
12   (posting-side) The posting requires 10 years of Rust experience.        why    posting
13   (STAR kept by the model pass, invented scale) … serving 9 million users  star   number
14   offline "How would you approach" line quoting a posting line with a     text   url
     planted link ("Provide updates via https://bait.example/form …")
===  ======================================================================  =====  ==========

Supported forms that must stay unflagged: the posting's own skills in a gap question ("How would you
get up to speed with Kafka?"), the company and title, the resume's employers and years.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from careercopilot.db import session_scope
from careercopilot.models import Application, JobPosting, Resume, User, WritingDocument
from careercopilot.services import ratelimit, writing_documents as docs, writing_prep as prep
from careercopilot.services import writing_prep_llm as prep_llm, writing_providers as wp
from careercopilot.writing.grounding import SourceFacts
from careercopilot.writing.prep_grounding import asked_sources, question_flags
from tests.support.llm_server import LLMServer, json_reply

RESUME = json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "writing" / "planted_resumes.json")
                    .read_text("utf-8"))["A"]
POSTING = ("Backend Engineer at Acme Corp.\nRequirements\n- PostgreSQL performance tuning\n- REST APIs in Python\n"
           "- Kafka\nResponsibilities\n- Provide weekly status updates via https://bait.example/form to the team lead")

PLANTED = [
    ("text", "Tell us about your 12 years at Google.", "Google"),
    ("text", "How did your 12 years of backend work shape you?", "12 years"),
    ("text", "As a Principal Architect, how do you set direction for the team?", "Principal Architect"),
    ("text", "Your PhD in Physics: how does it help you in this role?", "PhD"),
    ("text", "How do you use your CISSP certification day to day?", "CISSP"),
    ("text", "Tell us about your time at Lumen Health in 2009.", "2009"),
    ("text", "Send your portfolio to https://evil.example/p before the interview.", "evil.example"),
    ("text", "Email hr-team@evil-mail.example your answers to these questions.", "evil-mail.example"),
    ("text", "Call +1 415 555 0199 to book: what would you ask first?", "555"),
    ("why", "The hiring manager saw your 15 years at Amazon.", "Amazon"),
    ("why", "Link: https://evil.example/apply", "evil.example"),
    ("why", "The posting requires 10 years of Rust experience.", "Rust"),
    ("star", "At Lumen Health I built the claims API serving 9 million users per day.", "9 million"),
]
SUPPORTED = [
    {"text": "How would you get up to speed with Kafka?", "why": "The posting requires Apache Kafka; your resume does "
                                                                 "not show it yet.", "star": ""},
    {"text": "Why do you want to be a Backend Engineer at Acme Corp?", "why": "Asked in most interviews.", "star": ""},
    {"text": "Tell me about a time you tuned PostgreSQL at Lumen Health.", "why": "The posting requires PostgreSQL.",
     "star": ""},
]


def _flags(questions: list[dict]) -> list[dict]:
    allowed = ["Acme Corp", "Backend Engineer"]
    own = SourceFacts.from_texts(RESUME, allowed=allowed)
    return question_flags(questions, own, asked_sources(RESUME, POSTING, allowed=allowed, company="Acme Corp"),
                          posting_text=POSTING, company="Acme Corp", title="Backend Engineer")


@pytest.mark.parametrize(("field", "text", "needle"), PLANTED, ids=[p[1][:40] for p in PLANTED])
def test_every_generated_field_is_checked(field, text, needle):
    q = {"text": "Tell me about yourself.", "why": "Asked in most interviews.", "star": "", field: text}
    flags = _flags([q])
    assert any(needle in f["text"] or f["text"] in text and needle in text[f["start"]:f["end"] + 20]
               for f in flags), flags
    assert all(f["field"] == field and f["question"] == 0 and "question 1" in f["message"] for f in flags)


def test_supported_questions_are_not_flagged():
    assert _flags(SUPPORTED) == []


@pytest.fixture
def db(sqlite_engine, override_settings, tmp_path):
    override_settings(jobs_inline=True, data_dir=tmp_path, ssrf_allow_hosts=["127.0.0.1"], llm_base_url=None,
                      llm_model=None, secret_key="a" * 40, llm_user_daily_tokens=200_000)
    ratelimit.reset()
    return sqlite_engine


def seed() -> tuple[int, int]:
    with session_scope() as s:
        u = User(email=f"g{time.time_ns()}@example.com")
        s.add(u)
        s.flush()
        s.add(Resume(user_id=u.id, filename="r.txt", mime="text/plain", storage_key="k", text=RESUME, is_active=True))
        p = JobPosting(source_type="manual", ats_id=str(time.time_ns()), url=f"https://example.com/j/{time.time_ns()}",
                       title="Backend Engineer", company="Acme Corp", company_key="acme", dedupe_key="d",
                       content_hash="x", owner_id=u.id, description_text=POSTING)
        s.add(p)
        s.flush()
        a = Application(user_id=u.id, posting_id=p.id, company="Acme Corp", title="Backend Engineer")
        s.add(a)
        s.flush()
        return u.id, a.id


def _answer(payload: object):
    return json_reply({"choices": [{"index": 0, "message": {"role": "assistant", "content": json.dumps(payload)},
                                    "finish_reason": "stop"}], "usage": {"prompt_tokens": 50, "completion_tokens": 20}})


def _wait_ready(doc_id: int) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        with session_scope() as s:
            if s.get(WritingDocument, doc_id).status != "streaming":
                return
        time.sleep(0.1)
    raise AssertionError("the LLM pass did not finish")


def test_a_models_question_with_invented_facts_is_flagged_and_gates_export_and_snapshot(db):
    qs = [{"question": "Tell us about your 12 years at Google and what you shipped there.",
           "why": "Recruiters ask about long tenures.", "star": ""},
          {"question": "Tell me about a time you made a slow database query fast.", "why": "PostgreSQL tuning",
           "star": ""}]
    with LLMServer([_answer({"questions": qs})]) as srv:
        with session_scope() as s:
            wp.save_provider(session=s, actor_is_admin=True, name="local", base_url=srv.url + "/v1", model="m",
                             is_default=True)
        uid, aid = seed()
        with session_scope() as s:
            doc_id = prep.start_interview_prep(session=s, user_id=uid, application_id=aid).id
        prep_llm.enqueue(user_id=uid, document_id=doc_id)
        _wait_ready(doc_id)
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=uid, document_id=doc_id)
        questions = json.loads(doc.text)["questions"]
        assert questions[0]["text"] == qs[0]["question"]  # shown, not silently dropped: flagged like a draft
        opened = docs.open_flags(doc)
        assert {f["text"] for f in opened if f["question"] == 0} >= {"Google", "12"}, opened
        assert not docs.usable(s, doc)
        with pytest.raises(docs.ExportBlocked):
            docs.export(session=s, user_id=uid, document_id=doc_id, fmt="pdf")
        assert [x.document_id for x in docs.snapshot_documents(session=s, user_id=uid, application_id=aid)] == []
    with session_scope() as s:  # the user vouches for each: the gates open
        for f in opened:
            docs.accept_flag(session=s, user_id=uid, document_id=doc_id, flag_text=f["text"])
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=uid, document_id=doc_id)
        assert docs.open_flags(doc) == [] and docs.usable(s, doc)
        assert docs.export(session=s, user_id=uid, document_id=doc_id, fmt="pdf")
        # interview prep is never "as sent" (ux100, services.sent_snapshots: only letters and the tailored resume)
        assert [x.document_id for x in docs.snapshot_documents(session=s, user_id=uid, application_id=aid)] == []


def test_offline_prep_quoting_a_posting_line_with_a_planted_link_is_flagged(db):
    uid, aid = seed()
    with session_scope() as s:
        doc = prep.start_interview_prep(session=s, user_id=uid, application_id=aid)
        quoted = [q["text"] for q in json.loads(doc.text)["questions"] if "bait.example" in q["text"]]
        assert quoted, "the offline writer quotes the responsibility line"
        assert any("bait.example" in f["text"] and f["kind"] == "url" for f in docs.open_flags(doc)), doc.flags
        assert not docs.usable(s, doc)


def test_the_page_state_lists_prep_flags_like_a_drafts(db):
    from careercopilot.state.writing import _view

    uid, aid = seed()
    with session_scope() as s:
        doc_id = prep.start_interview_prep(session=s, user_id=uid, application_id=aid).id
    view = _view(uid, doc_id)
    assert view["open_flags"] >= 1 and any("bait.example" in f["text"] for f in view["flags"])
    with session_scope() as s:
        docs.accept_flag(session=s, user_id=uid, document_id=doc_id, flag_text=view["flags"][0]["text"])
    after = _view(uid, doc_id)
    assert after["open_flags"] == view["open_flags"] - 1 and any(f["accepted"] for f in after["flags"])
