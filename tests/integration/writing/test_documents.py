"""Documents end to end below the UI, on SQLite and PostgreSQL: generate (offline writer,
background job), flags block export until fixed or accepted, edit/version/restore, DOCX and
PDF exports with equal text, "as sent" snapshot on applied, generation log, cross-user."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import Application, GenerationLog, JobPosting, Resume, User
from careercopilot.services import application_changes, writing_documents as docs, writing_export
from careercopilot.services.letterhead import letterhead_of, without_shown
from careercopilot.services.writing_generation import run

FIX = Path(__file__).resolve().parents[2] / "fixtures" / "writing"
RESUME = json.loads((FIX / "planted_resumes.json").read_text("utf-8"))["A"]


@pytest.fixture(params=["sqlite", "pg"])
def engine(request, tmp_path, override_settings):
    if request.param == "sqlite":
        override_settings(jobs_inline=True, data_dir=tmp_path)
        return request.getfixturevalue("sqlite_engine")
    request.getfixturevalue("use_pg")
    return request.getfixturevalue("pg_engine")


def seed(tag: str) -> tuple[int, int, int]:
    with session_scope() as s:
        user = User(email=f"{tag}-{time.time_ns()}@example.com", display_name="Jordan Avery")
        s.add(user)
        s.flush()
        s.add(Resume(user_id=user.id, filename="r.txt", mime="text/plain", storage_key="k", text=RESUME, is_active=True))
        posting = JobPosting(source_type="manual", ats_id=f"{tag}{time.time_ns()}", url=f"https://example.com/j/{time.time_ns()}",
                             title="Backend Engineer", company="Acme Corp", company_key="acme", dedupe_key=tag,
                             description_text="Requirements\n- Python\n- PostgreSQL\n- Redis\n- AWS\n- Docker",
                             content_hash="x", owner_id=user.id)
        s.add(posting)
        s.flush()
        app = Application(user_id=user.id, posting_id=posting.id, company="Acme Corp", title="Backend Engineer")
        s.add(app)
        s.flush()
        return user.id, posting.id, app.id


def test_cover_letter_lifecycle(engine):
    uid, pid, aid = seed("a")
    with session_scope() as s:
        doc_id = docs.create_document(session=s, user_id=uid, kind="cover_letter", application_id=aid).id
    assert run(doc_id) == "ready"
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=uid, document_id=doc_id)
        assert doc.status == "ready" and doc.mode == "offline" and "Acme Corp" in doc.text and doc.flags == []
        assert "offline writer" in doc.notice
        text = doc.text
        # an invented number is flagged and blocks export
        docs.save_edit(session=s, user_id=uid, document_id=doc_id, text=text.replace("35%", "60%"))
        assert [f["text"] for f in doc.flags] == ["60%"]
        with pytest.raises(docs.ExportBlocked):
            docs.export(session=s, user_id=uid, document_id=doc_id, fmt="pdf")
        docs.accept_flag(session=s, user_id=uid, document_id=doc_id, flag_text="60%")
        assert docs.export(session=s, user_id=uid, document_id=doc_id, fmt="docx").data
        # fixing it (restoring the generated version) clears the flag
        docs.restore_version(session=s, user_id=uid, document_id=doc_id, version=1)
        assert doc.flags == [] and doc.text == text
        assert [v.source for v in docs.versions(session=s, user_id=uid, document_id=doc_id)] == [
            "restored", "edited", "generated"]
        dx = docs.export(session=s, user_id=uid, document_id=doc_id, fmt="docx")
        pf = docs.export(session=s, user_id=uid, document_id=doc_id, fmt="pdf")
    assert writing_export.same_text(writing_export.docx_text(dx.data), writing_export.pdf_text(pf.data))
    head = without_shown(letterhead_of(RESUME), text).lines()  # the sender's header (ux122 finding 2)
    assert head and head[0] == "Jordan Avery"
    assert writing_export.same_text(writing_export.pdf_text(pf.data), "\n".join([*head, text]))
    with session_scope() as s:
        application_changes.move_stage(session=s, user_id=uid, application_id=aid, to_stage="applied")
    with session_scope() as s:
        snaps = docs.snapshots(session=s, user_id=uid, application_id=aid)
        assert [(x.kind, x.text) for x in snaps] == [("cover_letter", text)]
        docs.save_edit(session=s, user_id=uid, document_id=doc_id, text=text + "\nP.S. Thanks.")
    with session_scope() as s:  # the snapshot is immutable: later edits don't touch it
        assert docs.snapshots(session=s, user_id=uid, application_id=aid)[0].text == text
        log = s.exec(select(GenerationLog).where(GenerationLog.user_id == uid)).all()
        assert [(g.provider, g.outcome) for g in log] == [("offline", "ok")]


def test_documents_are_invisible_to_other_users(engine):
    uid, pid, aid = seed("owner")
    other, _, _ = seed("other")
    with session_scope() as s:
        doc_id = docs.create_document(session=s, user_id=uid, kind="follow_up", application_id=aid).id
    run(doc_id)
    with session_scope() as s:
        for call in (lambda: docs.get_document(session=s, user_id=other, document_id=doc_id),
                     lambda: docs.save_edit(session=s, user_id=other, document_id=doc_id, text="x"),
                     lambda: docs.versions(session=s, user_id=other, document_id=doc_id),
                     lambda: docs.restore_version(session=s, user_id=other, document_id=doc_id, version=1),
                     lambda: docs.accept_flag(session=s, user_id=other, document_id=doc_id, flag_text="x"),
                     lambda: docs.export(session=s, user_id=other, document_id=doc_id, fmt="pdf"),
                     lambda: docs.stop(session=s, user_id=other, document_id=doc_id),
                     lambda: docs.create_document(session=s, user_id=other, kind="cover_letter", application_id=aid)):
            with pytest.raises(LookupError):
                call()
        assert docs.list_documents(session=s, user_id=other) == []
        assert docs.snapshots(session=s, user_id=other, application_id=aid) == []


def test_stop_keeps_partial_text_marked_stopped(engine, monkeypatch):
    uid, pid, aid = seed("stop")
    with session_scope() as s:
        doc_id = docs.create_document(session=s, user_id=uid, kind="cover_letter", application_id=aid).id
    from careercopilot.writing import pipeline

    real = pipeline._chunks

    def slow_chunks(text, size=24):
        for i, chunk in enumerate(real(text, size=4)):
            if i == 3:
                with session_scope() as s:  # the user presses Stop mid-stream
                    docs.stop(session=s, user_id=uid, document_id=doc_id)
                time.sleep(docs.SAVE_EVERY_S + 0.05)
            yield chunk

    monkeypatch.setattr(pipeline, "_chunks", slow_chunks)
    assert run(doc_id) == "stopped"
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=uid, document_id=doc_id)
        assert doc.status == "stopped" and doc.text and doc.text.startswith("Dear Acme Corp")
        assert docs.versions(session=s, user_id=uid, document_id=doc_id) == []  # never saved as a version


def test_a_letter_made_seconds_ago_for_the_same_application_is_reused(engine):
    """stranger10 finding 7: a double click made two letters. ``recent_document`` finds the first
    one (same user, kind and application, within DUPLICATE_WINDOW_S); other kinds, applications,
    users and older letters are not matches."""
    uid, _pid, aid = seed("dup")
    other_uid, _p2, other_aid = seed("dup-other")
    with session_scope() as s:
        assert docs.recent_document(session=s, user_id=uid, kind="cover_letter", application_id=aid) is None
        first = docs.create_document(session=s, user_id=uid, kind="cover_letter", application_id=aid).id
    with session_scope() as s:
        assert docs.recent_document(session=s, user_id=uid, kind="cover_letter", application_id=aid) == first
        assert docs.recent_document(session=s, user_id=uid, kind="follow_up", application_id=aid) is None
        assert docs.recent_document(session=s, user_id=other_uid, kind="cover_letter", application_id=aid) is None
        assert docs.recent_document(session=s, user_id=uid, kind="cover_letter", application_id=other_aid) is None
        assert docs.recent_document(session=s, user_id=uid, kind="cover_letter", application_id=aid,
                                    within_s=0) is None  # older than the window: a new letter is wanted
