"""Cover letter options through the service, on SQLite and PostgreSQL: stored on the document,
validated, changed between generations (Regenerate writes a new version in the new tone,
length and language), refused while streaming and for another user; an LLM provider receives
them in its prompt (loopback server)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from careercopilot.db import session_scope
from careercopilot.models import JobPosting, Resume, User
from careercopilot.services import ratelimit, writing_documents as docs, writing_providers as wp
from careercopilot.services.writing_generation import run
from careercopilot.writing.offline import words
from tests.support.llm_server import LLMServer, openai_chunk, sse_reply

RESUME = json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "writing" / "planted_resumes.json")
                    .read_text("utf-8"))["A"]


@pytest.fixture(params=["sqlite", "pg"])
def engine(request, tmp_path, override_settings):
    override_settings(writing_offline_pace_ms=0, llm_base_url=None, llm_model=None, llm_judge=False,
                      ssrf_allow_hosts=["127.0.0.1"], secret_key="a" * 40)
    ratelimit.reset()
    if request.param == "sqlite":
        override_settings(jobs_inline=True, data_dir=tmp_path)
        return request.getfixturevalue("sqlite_engine")
    request.getfixturevalue("use_pg")
    return request.getfixturevalue("pg_engine")


def seed() -> tuple[int, int]:
    with session_scope() as s:
        user = User(email=f"o{time.time_ns()}@example.com", display_name="Jordan Avery")
        s.add(user)
        s.flush()
        s.add(Resume(user_id=user.id, filename="r.txt", mime="text/plain", storage_key="k", text=RESUME,
                     is_active=True))
        posting = JobPosting(source_type="manual", ats_id=str(time.time_ns()), url=f"https://example.com/j/{time.time_ns()}",
                             title="Backend Engineer", company="Acme Corp", company_key="acme", dedupe_key="d",
                             description_text="Requirements\n- Python\n- PostgreSQL\n- Redis\n- AWS\n- Docker",
                             content_hash="x", owner_id=user.id)
        s.add(posting)
        s.flush()
        return user.id, posting.id


def test_options_stored_changed_and_honoured(engine):
    uid, pid = seed()
    other, _ = seed()
    with session_scope() as s:
        with pytest.raises(ValueError, match="tone"):
            docs.create_document(session=s, user_id=uid, kind="cover_letter", posting_id=pid, options={"tone": "rude"})
        doc_id = docs.create_document(session=s, user_id=uid, kind="cover_letter", posting_id=pid,
                                      options={"language": "fr", "length": "short"}).id
    with session_scope() as s:  # refused while the document is being written (status streaming)
        with pytest.raises(ValueError, match="still being written"):
            docs.set_options(session=s, user_id=uid, document_id=doc_id, options={"tone": "warm"})
    assert run(doc_id) == "ready"
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=uid, document_id=doc_id)
        assert doc.options == {"tone": "professional", "length": "short", "language": "fr"}
        # "d'Acme": French elides "de" before a vowel (session 23, writer40)
        assert doc.text.startswith("Bonjour à l'équipe de recrutement d'Acme Corp") and 150 <= words(doc.text) <= 250
        assert doc.flags == []
        with pytest.raises(LookupError):
            docs.set_options(session=s, user_id=other, document_id=doc_id, options={"tone": "warm"})
        with pytest.raises(ValueError, match="language"):
            docs.set_options(session=s, user_id=uid, document_id=doc_id, options={"language": "xx"})
        docs.set_options(session=s, user_id=uid, document_id=doc_id, options={"language": "es", "tone": "warm"})
    with session_scope() as s:
        assert docs.get_document(session=s, user_id=uid, document_id=doc_id).options == {
            "tone": "warm", "length": "short", "language": "es"}
    docs.start_generation(user_id=uid, document_id=doc_id)  # Regenerate: the in-process job writes it
    deadline = time.monotonic() + 60
    while True:
        with session_scope() as s:
            if docs.get_document(session=s, user_id=uid, document_id=doc_id).status != "streaming":
                break
        assert time.monotonic() < deadline, "the regeneration did not finish"
        time.sleep(0.2)
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=uid, document_id=doc_id)
        assert doc.status == "ready"
        assert doc.text.startswith("Hola, equipo de Acme Corp:") and "Un cordial saludo," in doc.text
        assert 150 <= words(doc.text) <= 250
        history = docs.versions(session=s, user_id=uid, document_id=doc_id)
        assert [v.text.split("\n")[0] for v in history] == ["Hola, equipo de Acme Corp:",
                                                            "Bonjour à l'équipe de recrutement d'Acme Corp,"]


def test_llm_receives_the_options(engine):
    answer = sse_reply(openai_chunk("Estimado equipo de selección de Acme Corp: gracias."), openai_chunk(finish="stop"),
                       "data: [DONE]")
    uid, pid = seed()
    with LLMServer([answer]) as srv:
        with session_scope() as s:
            wp.save_provider(session=s, actor_is_admin=True, name=f"local{time.time_ns()}",
                             base_url=srv.url + "/v1", model="m", is_default=True)
            doc_id = docs.create_document(session=s, user_id=uid, kind="cover_letter", posting_id=pid,
                                          options={"language": "es", "length": "long", "tone": "concise"}).id
        assert run(doc_id) == "ready"
        sent = srv.requests[0]["json"]
    system, user = sent["messages"][0]["content"], sent["messages"][1]["content"]
    assert "Write in Spanish, in a concise tone." in system and "400–550 words" in user
