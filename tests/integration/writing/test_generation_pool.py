"""attack93 item 1: generations waiting on a model that never answers must not delay anyone else's jobs.

A real hung provider (:class:`tests.support.silent_server.SilentServer`: accepts, reads, never answers)
configured the way an admin does (``LLM_BASE_URL`` → the seeded provider row, the SSRF allowlist), real
generation jobs started as the pages start them (``writing_documents.start_generation``), and a real
other job (``jobs.maintenance.purge_expired_sessions`` on the general queue) — in-process, the embedded
default. Before the fix two hung generations held both in-process threads and the other job waited
``attempts × LLM_TIMEOUT_SECONDS``.

Variants (real-world forms of "a generation is busy"), and how the old code fared:

=====================================================================  ========
variant                                                                old code
=====================================================================  ========
two users' generations hang; a general job is enqueued                 waited
two users' generations hang; an import/reaper job (default queue)      waited
a third user's generation while two hang: queued in the writing pool   ran on the general pool
the same user starts a second document while one hangs                 both ran
the same user's two starts race (two tabs)                             both ran
the same document started twice (double click)                         one job (kept)
the LLM pass of interview prep while the user's letter hangs           both ran
offline writer (no model): a second document is not refused            not refused (kept)
=====================================================================  ========
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from careercopilot.db import session_scope
from careercopilot.models import Application, JobPosting, Resume, User, WritingDocument
from careercopilot.services import background, writing_documents as docs, writing_prep, writing_prep_llm
from careercopilot.services import writing_providers as wp
from tests.support.silent_server import SilentServer

FIX = Path(__file__).resolve().parents[2] / "fixtures" / "writing"
RESUME = json.loads((FIX / "planted_resumes.json").read_text("utf-8"))["A"]
#: a job on another pool must finish within this many seconds while generations hang (old code: never)
PROMPT_S = 8.0


@pytest.fixture
def hung(tmp_path, override_settings, sqlite_engine):
    """A silent model server configured as the instance's provider; closed (and the generations
    waiting on it ended) before the database goes."""
    with SilentServer() as srv:
        override_settings(jobs_inline=True, data_dir=tmp_path, llm_judge=False, writing_offline_pace_ms=0,
                          llm_base_url=srv.url + "/v1", llm_model="m", llm_wire="openai",
                          ssrf_allow_hosts=["127.0.0.1"], llm_timeout_seconds=120)
        with session_scope() as s:  # the admin page seeds the provider row from LLM_* (as on a running instance)
            wp.list_providers(session=s)
        yield srv
        srv.close()
        _wait_documents_done()


def _wait_documents_done(timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with session_scope() as s:
            from sqlmodel import select

            if not s.exec(select(WritingDocument).where(WritingDocument.status == "streaming")).first():
                return
        time.sleep(0.2)


def seed(kind: str = "follow_up", n_docs: int = 1) -> tuple[int, int, list[int]]:
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
        ids = [docs.create_document(session=s, user_id=user.id, kind=kind, application_id=app.id,
                                    title=f"Letter {i} — Acme Corp").id for i in range(n_docs)]
        return user.id, app.id, ids


def _wait(cond, timeout: float, what: str) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if cond():
            return time.monotonic() - start
        time.sleep(0.05)
    raise AssertionError(f"{what() if callable(what) else what}: not within {timeout} s")


def _status(job_id: str) -> str:
    return background.job_status(job_id).status


def _two_hung(srv: SilentServer) -> list[str]:
    jobs = []
    for _ in range(2):
        uid, _, (doc_id,) = seed()
        jobs.append(docs.start_generation(user_id=uid, document_id=doc_id))
    _wait(lambda: srv.accepted >= 2 and all(_status(j) == "running" for j in jobs), 120,
          lambda: f"two generations hanging (accepted {srv.accepted}, {[_status(j) for j in jobs]})")
    return jobs


@pytest.mark.parametrize("other", ["jobs.maintenance.purge_expired_sessions", "jobs.maintenance.reap_jobs"])
def test_other_jobs_do_not_wait_behind_hung_generations(hung, other):
    jobs = _two_hung(hung)
    handle = background.enqueue(other)
    took = _wait(lambda: _status(handle.id) in ("finished", "failed"), PROMPT_S, f"{other} behind two hung generations")
    assert _status(handle.id) == "finished" and took < PROMPT_S
    assert all(_status(j) == "running" for j in jobs)  # still hung: the other job did not wait for them


def test_the_writing_pool_is_bounded_a_third_generation_queues(hung):
    _two_hung(hung)
    uid, _, (doc_id,) = seed()
    third = docs.start_generation(user_id=uid, document_id=doc_id)
    time.sleep(1.0)
    assert _status(third) == "queued" and hung.accepted == 2  # waits in the writing pool, holds no general thread
    handle = background.enqueue("jobs.maintenance.purge_expired_sessions")
    _wait(lambda: _status(handle.id) == "finished", PROMPT_S, "a general job with the writing pool full")


def test_a_second_generation_of_the_same_user_is_refused_with_the_running_one_named(hung):
    uid, _, (first, second) = seed(n_docs=2)
    job = docs.start_generation(user_id=uid, document_id=first)
    _wait(lambda: hung.accepted >= 1, 30, "the first generation hanging")
    assert docs.start_generation(user_id=uid, document_id=first) == job  # the same document again: that job
    from careercopilot.services.writing_slots import GenerationBusy

    with pytest.raises(GenerationBusy, match="“Letter 0 — Acme Corp”.*stop it"):
        docs.start_generation(user_id=uid, document_id=second)
    with session_scope() as s:
        doc = s.get(WritingDocument, second)
        assert doc.status == "failed" and "one generation per person" in doc.error  # never left streaming
        assert s.get(WritingDocument, first).status == "streaming"
    time.sleep(0.5)
    assert hung.accepted == 1


def test_racing_starts_of_one_user_take_one_slot(hung):
    uid, _, ids = seed(n_docs=4)
    from careercopilot.services.writing_slots import GenerationBusy

    results: list[object] = []
    barrier = threading.Barrier(len(ids))

    def start(doc_id: int) -> None:
        barrier.wait()
        try:
            results.append(docs.start_generation(user_id=uid, document_id=doc_id))
        except GenerationBusy as exc:
            results.append(exc)

    threads = [threading.Thread(target=start, args=(d,)) for d in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(isinstance(r, str) for r in results) == 1, results
    assert sum(isinstance(r, GenerationBusy) for r in results) == len(ids) - 1


def test_interview_prep_pass_is_not_started_while_the_users_letter_hangs(hung):
    uid, aid, (letter,) = seed()
    docs.start_generation(user_id=uid, document_id=letter)
    _wait(lambda: hung.accepted >= 1, 30, "the letter hanging")
    with session_scope() as s:
        prep_id = writing_prep.start_interview_prep(session=s, user_id=uid, application_id=aid).id
    assert writing_prep_llm.enqueue(user_id=uid, document_id=prep_id) is None
    with session_scope() as s:
        doc = s.get(WritingDocument, prep_id)
        assert doc.status == "ready" and "one generation per person" in doc.notice
        assert json.loads(doc.text)["questions"]  # the offline proposals stand


def test_the_offline_writer_takes_no_slot(tmp_path, override_settings, sqlite_engine):
    override_settings(jobs_inline=True, data_dir=tmp_path, llm_judge=False, writing_offline_pace_ms=0,
                      llm_base_url=None, llm_model=None)
    uid, _, ids = seed(n_docs=2)
    jobs = [docs.start_generation(user_id=uid, document_id=d) for d in ids]
    background.wait_inline_jobs()
    assert [_status(j) for j in jobs] == ["finished", "finished"]


def test_first_generations_racing_on_a_fresh_instance_seed_one_provider(tmp_path, override_settings, sqlite_engine):
    """Two generations started at once before anyone opened the admin page both seed the provider from
    LLM_* (``seed_from_settings``): one row, and neither fails (the old code failed one with a UNIQUE error)."""
    override_settings(jobs_inline=True, data_dir=tmp_path, llm_base_url="http://127.0.0.1:9/v1", llm_model="m",
                      ssrf_allow_hosts=["127.0.0.1"])
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def seed_now() -> None:
        barrier.wait()
        try:
            with session_scope() as s:
                wp.provider_for_user(session=s, user_id=1).close()
        except BaseException as exc:  # noqa: BLE001 — collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=seed_now) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with session_scope() as s:
        assert len(wp.list_providers(session=s)) == 1
