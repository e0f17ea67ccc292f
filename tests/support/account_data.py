"""A fully populated account for the data-rights tests: a row in every user-owned table.

:func:`populate` goes through the services where one exists (resume upload → storage file,
applications, contacts, stage moves, preferences, sessions) and adds the rest as rows. The
tests check against ``services.ownership`` that every owned table really got a row, so a new
table without a line here fails loudly instead of going untested.
"""

from __future__ import annotations

import json
import secrets
from datetime import date, datetime, timezone

from sqlmodel import Session

from careercopilot.integrations.storage import Storage
from careercopilot.models import (
    ApplicationSnapshot,
    BackgroundJob,
    DocumentVersion,
    EmbeddingRecord,
    GenerationLog,
    MailMessage,
    MailOptOut,
    MatchRefresh,
    MetricSnapshot,
    PostingSighting,
    Source,
    UserLLMSetting,
    WritingDocument,
)
from careercopilot.services import api_tokens, applications, preferences, resumes, users
from tests.support.tracker_data import add_missing_skills, make_posting

PASSWORD = "a-long-Passphrase-{n}"


def populate(session: Session, *, user_id: int, storage: Storage, resume_data: bytes,
             filename: str = "Résumé – Jane.pdf") -> dict:
    """Give ``user_id`` a row in every owned table (and one stored resume file); returns some ids."""
    tag = secrets.token_hex(3)
    cv = resumes.add_resume(session=session, user_id=user_id, filename=filename, data=resume_data, storage=storage)
    private = make_posting(session, owner_id=user_id, title=f"Private role {tag}")
    app = applications.add_manual(session=session, user_id=user_id, company=f"Acme {tag}", title="Engineer",
                                  url=f"https://jobs.example.org/{tag}", notes="=cmd|' /C calc'!A0 first call")
    applications.move_stage(session=session, user_id=user_id, application_id=app.id, to_stage="applied")
    applications.add_contact(session=session, user_id=user_id, application_id=app.id, name=f"Ada {tag}",
                             role="Recruiter", email=f"ada-{tag}@example.org")
    app.posting_id, app.resume_id = private.id, cv.id
    session.add(app)
    preferences.save_preferences(session=session, user_id=user_id, titles=["Engineer"], work_modes=["remote"])
    users.start_session(session=session, user_id=user_id, ip="127.0.0.1", user_agent="pytest")
    doc = WritingDocument(user_id=user_id, application_id=app.id, posting_id=private.id, kind="cover_letter",
                          title="Letter", status="ready", text="Dear team", options={"tone": "warm"})
    session.add(doc)
    session.flush()
    session.add(DocumentVersion(document_id=doc.id, user_id=user_id, version=1, text="Dear team"))
    session.add(ApplicationSnapshot(application_id=app.id, user_id=user_id, document_id=doc.id, kind="cover_letter",
                                    text="Dear team"))
    session.add(GenerationLog(user_id=user_id, document_id=doc.id, provider="offline", tokens_out=12))
    session.add(MetricSnapshot(user_id=user_id, day=date(2026, 1, 5), metrics=json.dumps({"applied": 1})))
    session.add(UserLLMSetting(user_id=user_id, api_key_enc="gAAAA-secret-ciphertext"))
    session.add(BackgroundJob(id=secrets.token_hex(16), func="jobs.matching.rescore_user", args=f"[{user_id}]",
                              user_id=user_id, status="finished", finished_at=datetime.now(timezone.utc)))
    session.add(EmbeddingRecord(kind="resume", item_id=cv.id, model_version="test", content_hash="h" * 64, chunks=1))
    session.add(EmbeddingRecord(kind="posting", item_id=private.id, model_version="test", content_hash="p" * 64))
    api_tokens.create_token(session=session, user_id=user_id, name=f"script {tag}", scopes="applications:read",
                            expires_in_days=30)
    session.add(MailMessage(user_id=user_id, kind="verify", dedupe_key=f"signup-{tag}", to_addr=f"x-{tag}@example.org",
                            subject="Confirm your address", body_text="https://app.example/auth/verify?token=t",
                            message_id=f"<{tag}@example.org>", status="sent", sent_at=datetime.now(timezone.utc)))
    session.add(MailOptOut(user_id=user_id, topic="digest"))
    source = Source(type="greenhouse", token=f"board-{tag}", name=f"Board {tag}", created_by=user_id)
    session.add(source)
    session.flush()
    session.add(PostingSighting(posting_id=private.id, source_id=source.id, ats_id=f"s-{tag}",
                                url=f"https://boards.example.com/{tag}"))
    session.add(MatchRefresh(posting_id=private.id))
    add_missing_skills(session, user_id=user_id, posting_id=private.id, skills=["kubernetes"], resume_id=cv.id)
    session.flush()
    return {"resume_id": cv.id, "application_id": app.id, "posting_id": private.id, "storage_key": cv.storage_key}
