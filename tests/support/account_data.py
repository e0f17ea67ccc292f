"""A fully populated account for the data-rights tests: a row in every user-owned table.

:func:`populate` goes through the services where one exists (resume upload → storage file,
applications, contacts, stage moves, preferences, sessions) and adds the rest as rows. The
tests check against ``services.ownership`` that every owned table really got a row, so a new
table without a line here fails loudly instead of going untested.
"""

from __future__ import annotations

import json
import secrets
import zlib
from datetime import date, datetime, timezone

from sqlmodel import Session

from careercopilot.integrations.storage import Storage
from careercopilot.normalize.html import clean_html
from careercopilot.models import (
    ApiIdempotencyKey,
    ApplicationSnapshot,
    BackgroundJob,
    DocumentVersion,
    EmbeddingRecord,
    GenerationLog,
    MailMessage,
    MailOptOut,
    MatchRefresh,
    MetricSnapshot,
    OAuthAuthorizationCode,
    OAuthRefreshToken,
    PostingSighting,
    Source,
    UserLLMSetting,
    WritingDocument,
)
from careercopilot.models.alerts import SavedSearchHit
from careercopilot.models.identity import RecoveryCode
from careercopilot.services import (
    alert_settings,
    api_tokens,
    application_changes,
    application_contacts,
    applications,
    identities,
    notifications,
    preferences,
    resumes,
    totp,
    users,
)
from careercopilot.services.alerts import saved_searches
from careercopilot.services.oauth import Profile
from tests.support.tracker_data import add_missing_skills, make_posting

PASSWORD = "a-long-Passphrase-{n}"


def populate(session: Session, *, user_id: int, storage: Storage, resume_data: bytes,
             filename: str = "Résumé – Jane.pdf") -> dict:
    """Give ``user_id`` a row in every owned table (and one stored resume file); returns some ids."""
    tag = secrets.token_hex(3)
    cv = resumes.add_resume(session=session, user_id=user_id, filename=filename, data=resume_data, storage=storage)
    private = make_posting(session, owner_id=user_id, title=f"Private role {tag}")
    # a clip / URL import stores its normalize inputs (a BLOB: attack80 finding 2, hex in the export)
    private.normalize_inputs = zlib.compress(json.dumps({"title": private.title, "tag": tag}).encode())
    private.description_html, private.description_text = clean_html("<p>Build APIs in <b>Python</b>.</p>")
    app = applications.add_manual(session=session, user_id=user_id, company=f"Acme {tag}", title="Engineer",
                                  url=f"https://jobs.example.org/{tag}", notes="=cmd|' /C calc'!A0 first call")
    application_changes.move_stage(session=session, user_id=user_id, application_id=app.id, to_stage="applied")
    application_contacts.add_contact(session=session, user_id=user_id, application_id=app.id, name=f"Ada {tag}",
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
    # sign-in identities (issue 14): a linked GitHub account, a TOTP factor being set up (unconfirmed, so
    # password logins in these tests need no code) and a recovery code row
    identities.link(session=session, user_id=user_id, profile=Profile("github", f"gh-{tag}", f"gh-{tag}@example.org", True))
    totp.begin_enrolment(session=session, user_id=user_id)
    session.add(RecoveryCode(user_id=user_id, code_hash=secrets.token_hex(32)))
    # first-party sign-in (issue 14 "Auth"): an authorization code and a refresh token of the clipper
    session.add(OAuthAuthorizationCode(user_id=user_id, client_id="clipper", code_hash=secrets.token_hex(32),
                                       redirect_uri="http://127.0.0.1:8765/cb", code_challenge="c" * 43,
                                       scopes=["postings:read"], expires_at=datetime.now(timezone.utc)))
    session.add(OAuthRefreshToken(user_id=user_id, client_id="clipper", family_id=secrets.token_hex(16),
                                  token_hash=secrets.token_hex(32), scopes=["postings:read"],
                                  expires_at=datetime.now(timezone.utc)))
    # an API create's Idempotency-Key (services.idempotency): purged with the account, never imported
    session.add(ApiIdempotencyKey(user_id=user_id, action="applications.create", key=f"key-{tag}",
                                  fingerprint="0" * 64, resource_id=app.id))
    # alerts (issue 13): a saved search with a hit, a hidden posting, alert times, an inbox item and a
    # channel choice (the stage move to "applied" above already made a follow-up reminder)
    search = saved_searches.create(session=session, user_id=user_id, name=f"Remote {tag}", query="engineer",
                                   filters={"work_mode": "remote"}, delivery="daily")
    session.add(SavedSearchHit(user_id=user_id, saved_search_id=search.id, posting_id=private.id, score=71.5))
    saved_searches.hide(session=session, user_id=user_id, posting_id=private.id, reason="too far")
    alert_settings.save_timing(session=session, user_id=user_id,
                               value=alert_settings.AlertTiming(quiet_start_hour=22, quiet_end_hour=7, digest_hour=9))
    notifications.notify(session=session, user_id=user_id, kind="digest", dedupe_key=f"daily:{tag}",
                         title="Your daily digest", link="/jobs")
    notifications.set_preference(session=session, user_id=user_id, kind="sync_finished", channel="email",
                                 enabled=True)
    session.flush()
    return {"resume_id": cv.id, "application_id": app.id, "posting_id": private.id, "storage_key": cv.storage_key}
