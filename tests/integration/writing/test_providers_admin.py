"""Providers admin and users' keys: encrypted at rest, never returned or logged, rotate-secret,
connection test through the SSRF guard, the user's provider and key used for their generations,
and daily token budgets (user and instance) through the rate limiter."""

from __future__ import annotations

import json
import logging
import socket
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from careercopilot.db import session_scope
from careercopilot.models import GenerationLog, JobPosting, Resume, User, WritingDocument
from careercopilot.services import llm_keys, ratelimit, writing_budget, writing_documents as docs
from careercopilot.services import writing_providers as wp
from careercopilot.services.writing_generation import run
from tests.support.llm_server import LLMServer, json_reply, openai_chunk, sse_reply

SECRET_KEY_VALUE = "sk-live-PLAINTEXT-9f8e7d6c5b4a"
RESUME = json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "writing" / "planted_resumes.json")
                    .read_text("utf-8"))["A"]
OK_JSON = json_reply({"choices": [{"index": 0, "message": {"content": '{"ok": true}'}, "finish_reason": "stop"}]})


@pytest.fixture
def db(sqlite_engine, override_settings, tmp_path):
    override_settings(jobs_inline=True, data_dir=tmp_path, ssrf_allow_hosts=["127.0.0.1"], llm_base_url=None,
                      llm_model=None, secret_key="a" * 40, writing_offline_pace_ms=0,
                      llm_judge=False)  # one call per generation here; the judge is tested in test_judge.py
    ratelimit.reset()
    return sqlite_engine


def user(tag: str = "u") -> int:
    with session_scope() as s:
        u = User(email=f"{tag}{time.time_ns()}@example.com", display_name="Jordan Avery")
        s.add(u)
        s.flush()
        s.add(Resume(user_id=u.id, filename="r.txt", mime="text/plain", storage_key="k", text=RESUME, is_active=True))
        return u.id


def test_keys_are_encrypted_at_rest_and_never_returned(db):
    with session_scope() as s:
        row = wp.save_provider(session=s, actor_is_admin=True, name="openai", base_url="https://api.example.com/v1",
                               model="gpt-x", api_key=SECRET_KEY_VALUE)
        pid = row.id
    with session_scope() as s:
        raw = s.execute(text("SELECT api_key_enc FROM llmprovider")).scalar_one()
        assert SECRET_KEY_VALUE not in raw and llm_keys.decrypt(raw) == SECRET_KEY_VALUE
        shown = wp.list_providers(session=s)
        assert SECRET_KEY_VALUE not in repr(shown) and shown[0].has_key
        uid = user()
        wp.set_user_choice(session=s, user_id=uid, provider_id=pid, api_key="sk-personal-ABCDEF123456")
        assert "sk-personal" not in repr(wp.user_choice(session=s, user_id=uid))
        assert "sk-personal" not in s.execute(text("SELECT api_key_enc FROM userllmsetting")).scalar_one()
        with pytest.raises(PermissionError):
            wp.save_provider(session=s, actor_is_admin=False, name="x", base_url="https://x.example/v1", model="m")


def test_rotate_secret_reencrypts_every_key(db, override_settings):
    """LLM keys and, since session 31, two-factor secrets (a new SECRET_KEY left every TOTP secret
    unreadable: every two-factor user locked out)."""
    from careercopilot.services import totp
    from tests.support.tracker_data import make_user

    with session_scope() as s:
        wp.save_provider(session=s, actor_is_admin=True, name="p", base_url="https://api.example.com/v1", model="m",
                         api_key=SECRET_KEY_VALUE)
        uid = make_user(s).id
        s.commit()
        enrolment = totp.begin_enrolment(session=s, user_id=uid)
    override_settings(secret_key="b" * 40)
    with session_scope() as s, pytest.raises(ValueError):
        llm_keys.decrypt(s.execute(text("SELECT api_key_enc FROM llmprovider")).scalar_one())
    from careercopilot.cli import app

    result = CliRunner().invoke(app, ["rotate-secret", "--old", "a" * 40])
    assert result.exit_code == 0, result.output
    assert "re-encrypted 2" in result.output and SECRET_KEY_VALUE not in result.output
    with session_scope() as s:
        assert llm_keys.decrypt(s.execute(text("SELECT api_key_enc FROM llmprovider")).scalar_one()) == SECRET_KEY_VALUE
        assert llm_keys.decrypt(s.execute(text("SELECT secret_enc FROM totpfactor")).scalar_one()) == enrolment.secret


def test_connection_test_and_ssrf_guard(db, override_settings):
    with LLMServer([OK_JSON]) as srv, session_scope() as s:
        pid = wp.save_provider(session=s, actor_is_admin=True, name="local", base_url=srv.url + "/v1", model="m").id
        ok, message = wp.test_connection(session=s, actor_is_admin=True, provider_id=pid)
        assert ok and "structured output: json_schema" in message
        override_settings(ssrf_allow_hosts=[])
        ok, blocked = wp.test_connection(session=s, actor_is_admin=True, provider_id=pid)
        assert not ok and blocked == f"Failed (unreachable): {wp.LLM_BLOCKED}"
        assert len(srv.requests) == 1  # refused before connecting
        # issue 9 finding 3: a closed port on an allow-listed host reads exactly like a refused
        # address (no port-scan oracle through "test connection")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            closed = sock.getsockname()[1]
        override_settings(ssrf_allow_hosts=["127.0.0.1"])
        gone = wp.save_provider(session=s, actor_is_admin=True, name="gone", base_url=f"http://127.0.0.1:{closed}/v1",
                                model="m").id
        ok, refused = wp.test_connection(session=s, actor_is_admin=True, provider_id=gone)
        assert not ok and refused == blocked


def _doc(uid: int) -> int:
    with session_scope() as s:
        p = JobPosting(source_type="manual", ats_id=str(time.time_ns()), url=f"https://example.com/j/{time.time_ns()}", title="Backend Engineer",
                       company="Acme Corp", company_key="acme", dedupe_key="d", content_hash="x", owner_id=uid,
                       description_text="Requirements: Python, PostgreSQL, Redis, AWS, Docker")
        s.add(p)
        s.flush()
        return docs.create_document(session=s, user_id=uid, kind="follow_up", posting_id=p.id).id


def test_user_key_is_used_and_never_logged(db, caplog, capsys):
    answer = sse_reply(openai_chunk("Dear Acme Corp team, I am following up on my application."),
                       openai_chunk(finish="stop"), 'data: {"choices": [], "usage": {"prompt_tokens": 900, "completion_tokens": 20}}',
                       "data: [DONE]")
    with LLMServer([answer]) as srv:
        with session_scope() as s:
            pid = wp.save_provider(session=s, actor_is_admin=True, name="local", base_url=srv.url + "/v1", model="m",
                                   api_key="sk-admin-key-000", is_default=True).id
        uid = user()
        with session_scope() as s:
            wp.set_user_choice(session=s, user_id=uid, provider_id=pid, api_key=SECRET_KEY_VALUE)
        caplog.set_level(logging.DEBUG)
        assert run(_doc(uid)) == "ready"
        assert srv.requests[0]["headers"]["Authorization"] == f"Bearer {SECRET_KEY_VALUE}"
    out = capsys.readouterr()
    assert SECRET_KEY_VALUE not in caplog.text + out.out + out.err
    with session_scope() as s:
        log = s.exec(__import__("sqlmodel").select(GenerationLog).where(GenerationLog.user_id == uid)).one()
        assert (log.provider, log.tokens_in, log.tokens_out, log.outcome) == ("local", 900, 20, "ok")


def test_parallel_generations_cannot_overspend_the_daily_budget(db, override_settings):
    """Session 25 probe: with a 12,000-token budget 6 parallel requests all passed the check made
    before generating and 20,000 tokens were charged. Reservations are atomic increments undone
    when they cross the limit: of 6 parallel 4,000-token reservations exactly 3 fit."""
    import threading

    override_settings(llm_user_daily_tokens=12_000, llm_instance_daily_tokens=0)
    uid, start, got = user("race"), threading.Barrier(6), []

    def reserve():
        start.wait(timeout=30)
        try:
            got.append(writing_budget.reserve(uid, 4_000))
        except writing_budget.BudgetExceeded:
            got.append(0)

    threads = [threading.Thread(target=reserve) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(got) == [0, 0, 0, 4_000, 4_000, 4_000]
    assert writing_budget.remaining(uid).user == 0
    writing_budget.settle(uid, 4_000, 1_500)  # one finished with fewer tokens: the rest comes back
    assert writing_budget.remaining(uid).user == 2_500


def test_a_generation_cut_short_is_charged_for_what_it_streamed(db, override_settings):
    """Session 25 probe: generations stopped at ~70 % were logged (and charged) as 0 tokens. A
    stream that ends unfinished is charged its prompt and streamed text (~4 characters a token),
    not nothing and not the whole reservation."""
    override_settings(llm_user_daily_tokens=50_000, llm_instance_daily_tokens=0)
    partial = "Dear Acme Corp team, I am following up on my application for the backend role. " * 4
    cut = sse_reply(openai_chunk(partial, finish=""), "data: [DONE]")
    with LLMServer([cut, cut, cut, cut, cut]) as srv:
        with session_scope() as s:
            wp.save_provider(session=s, actor_is_admin=True, name="local", base_url=srv.url + "/v1", model="m",
                             is_default=True)
        uid = user("cut")
        assert run(_doc(uid)) == "failed"
    with session_scope() as s:
        log = s.exec(__import__("sqlmodel").select(GenerationLog).where(GenerationLog.user_id == uid)).one()
    assert log.outcome == "incomplete" and log.tokens_out == len(partial) // 4 and log.tokens_in > 0
    assert writing_budget.remaining(uid).user == 50_000 - log.tokens_in - log.tokens_out


def test_daily_budget_refuses_and_remaining_is_shown(db, override_settings):
    override_settings(llm_user_daily_tokens=2000, llm_instance_daily_tokens=0)
    answer = sse_reply(openai_chunk("Dear Acme Corp team, thank you."), openai_chunk(finish="stop"),
                       'data: {"choices": [], "usage": {"prompt_tokens": 600, "completion_tokens": 400}}')
    with LLMServer([answer]) as srv:
        with session_scope() as s:
            wp.save_provider(session=s, actor_is_admin=True, name="local", base_url=srv.url + "/v1", model="m",
                             is_default=True)
        uid = user()
        assert writing_budget.remaining(uid).user == 2000
        assert run(_doc(uid)) == "ready"
        assert writing_budget.remaining(uid).user == 1000
        doc_id = _doc(uid)
        assert run(doc_id) == "failed"  # the next estimate does not fit what is left
        assert len(srv.requests) == 1
    with session_scope() as s:
        doc = s.get(WritingDocument, doc_id)
        assert "budget" in doc.error and doc.text == ""
        assert [g.outcome for g in s.exec(__import__("sqlmodel").select(GenerationLog)
                                          .where(GenerationLog.user_id == uid).order_by(GenerationLog.id))] == ["ok", "budget"]
    other = user("other")
    assert writing_budget.remaining(other).user == 2000  # per user
