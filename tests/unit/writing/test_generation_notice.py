"""A writing generation run as a background job (jobs/writing.py, in-process like the embedded
default) leaves one "writing finished" inbox item for the document's owner, keyed by the job id
and linking to the document; nobody else gets anything."""

from __future__ import annotations

from sqlmodel import select

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import Notification, User
from careercopilot.services import background, writing_documents


def test_generation_job_tells_the_owner_once(sqlite_engine, monkeypatch):
    monkeypatch.setattr(settings, "redis_url", None)
    monkeypatch.setattr(settings, "jobs_inline", True)
    monkeypatch.setattr(settings, "writing_offline_pace_ms", 0)
    with session_scope() as s:
        ana, ben = User(email="ana@example.com"), User(email="ben@example.com")
        s.add_all([ana, ben])
        s.flush()
        doc = writing_documents.create_document(session=s, user_id=ana.id, kind="cover_letter")
        ana_id, ben_id, doc_id = ana.id, ben.id, doc.id
    handle = background.enqueue("jobs.writing.generate_document", doc_id, user_id=ana_id)
    background.wait_inline_jobs()
    assert background.job_status(handle.id).status == "finished"
    with session_scope() as s:
        rows = s.exec(select(Notification)).all()
        assert [(n.user_id, n.kind, n.dedupe_key, n.link) for n in rows] == [
            (ana_id, "generation_finished", handle.id, f"/writing/{doc_id}")]
        assert rows[0].title.endswith(("is ready", "failed"))
        assert not [n for n in rows if n.user_id == ben_id]
