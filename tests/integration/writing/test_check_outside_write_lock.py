"""The grounding check never runs while SQLite's write lock is held (sec125 finding 1).

A 50,000-character edit held the lock 55 s (``save_edit`` checked inside its write transaction)
and another user's login failed with "database is locked". Each row below makes the check slow
(:data:`SLOW_S`) and records every write transaction's lock hold
(:func:`careercopilot.db_write_locks.record_write_holds`): none may last the check's time.
Old code: 4 of 4 rows held the lock through the check.
"""

from __future__ import annotations

import threading
import time

import pytest

from careercopilot import db_write_locks
from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services import writing_documents as docs, writing_generation, writing_prep
from careercopilot.writing import grounding, prep_grounding
from tests.integration.writing.test_documents import seed

#: Seconds the patched check takes; a lock hold this long means the check ran under the lock.
SLOW_S = 1.5


@pytest.fixture
def slow_check(sqlite_engine, override_settings, tmp_path, monkeypatch):
    override_settings(jobs_inline=True, data_dir=tmp_path)
    real_check, real_questions = grounding.check, prep_grounding.question_flags
    calls = []

    def check(text, facts):
        calls.append(len(text))
        time.sleep(SLOW_S)
        return real_check(text, facts)

    def question_flags(*a, **kw):
        calls.append(-1)
        time.sleep(SLOW_S)
        return real_questions(*a, **kw)

    monkeypatch.setattr(grounding, "check", check)
    monkeypatch.setattr(docs, "check", check, raising=False)  # the old module imported it by name
    monkeypatch.setattr(prep_grounding, "question_flags", question_flags)
    return calls


def _document(uid: int, aid: int) -> int:
    with session_scope() as s:
        doc = docs.create_document(session=s, user_id=uid, kind="cover_letter", application_id=aid)
        docs.add_version(session=s, doc=doc, text="Dear team, I built Python services.", source="generated")
        doc.status = "ready"
        s.add(doc)
        return doc.id


def _edit(uid, did):
    with session_scope() as s:
        docs.save_edit(session=s, user_id=uid, document_id=did, text="Dear team, I led 40 engineers at Globex.",
                       expected_version=1)


def _restore(uid, did):
    _edit(uid, did)
    with session_scope() as s:
        docs.restore_version(session=s, user_id=uid, document_id=did, version=1)


def _partial(uid, did):
    writing_generation._keep_partial(did, "Dear team, I led 40 engineers at Globex.", status="stopped")


def _prep(uid, did):
    with session_scope() as s:
        app_id = docs.get_document(session=s, user_id=uid, document_id=did).application_id
        writing_prep.start_interview_prep(session=s, user_id=uid, application_id=app_id)


@pytest.mark.parametrize("operation", [_edit, _restore, _partial, _prep], ids=lambda f: f.__name__.strip("_"))
def test_no_write_lock_is_held_through_the_check(slow_check, operation):
    uid, _pid, aid = seed("lock")
    did = _document(uid, aid)
    with db_write_locks.record_write_holds() as holds:
        operation(uid, did)
    assert slow_check, "the check ran"
    longest = max((h.seconds for h in holds), default=0.0)
    assert longest < SLOW_S / 2, [(round(h.seconds, 2), h.statement) for h in holds]


def test_another_users_write_completes_while_a_large_edit_is_checked(slow_check):
    uid, _pid, aid = seed("big")
    did = _document(uid, aid)
    text = "Dear team, I led 97 engineers at Globex in 2011. " * 300  # ~15,000 characters, several chunks
    editing = threading.Thread(target=lambda: docs_edit(uid, did, text))
    editing.start()
    time.sleep(0.3)  # the edit is in its check
    began = time.monotonic()
    with session_scope() as s:  # another user's write (a sign-up)
        s.add(User(email=f"other-{time.time_ns()}@example.com"))
    waited = time.monotonic() - began
    editing.join()
    assert waited < SLOW_S / 2
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=uid, document_id=did)
        assert doc.text.strip() == text.strip() and doc.flags[-1]["end"] > 14_000  # checked to the end


def docs_edit(uid: int, did: int, text: str) -> None:
    with session_scope() as s:
        docs.save_edit(session=s, user_id=uid, document_id=did, text=text, expected_version=1)
